"""The documented deployment: the image's command, the compose file, the systemd unit.

No container runs here, so the tests run the command the image runs (its ENTRYPOINT with
the compose file's command and environment) as a process, on PostgreSQL, with the desktop
packages the image leaves out made unimportable. The files themselves are parsed and
checked against each other: ports, addresses, variables, and the options the server takes.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import signal
import ssl
import stat
import subprocess
import sys
import threading
import time
import tomllib
from collections.abc import Callable, Iterator
from configparser import ConfigParser
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import boto3
import httpx
import pytest
from botocore.config import Config
from sqlalchemy.engine import make_url

from tests.wire.conftest import ACCESS_KEY, SECRET_KEY, write_keys_file
from workbench.cli import build_parser
from workbench.services.accounts import get_account
from workbench.services.context import Workbench

yaml = pytest.importorskip("yaml")
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SERVER = ROOT / "packaging" / "server"
SERVER_LINE = re.compile(r" at (https?://\S+) with ")
# What the image leaves out (packaging/server/requirements.txt): importing it must not happen.
BLOCKER = '''
import sys
class _NotInTheImage:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {"PySide6", "shiboken6", "pyqtgraph", "crowdkit"}:
            raise ImportError(name + " is not in the server image")
        return None
sys.meta_path.insert(0, _NotInTheImage())
'''


# -- the files ---------------------------------------------------------------------------------

def dockerfile() -> dict[str, Any]:
    """The final stage's ENTRYPOINT, CMD, ENV, EXPOSE and HEALTHCHECK of the Dockerfile."""
    text = (SERVER / "Dockerfile").read_text(encoding="utf-8")
    logical = re.sub(r"\\\n\s*", " ", text)
    final = logical.rsplit("\nFROM ", 1)[1]
    found: dict[str, Any] = {"env": {}, "copies": re.findall(r"^COPY (?!--from)(\S+)", logical,
                                                              re.MULTILINE)}
    for line in final.splitlines():
        word, _, rest = line.strip().partition(" ")
        if word == "ENTRYPOINT":
            found["entrypoint"] = json.loads(rest)
        elif word == "CMD":
            found["cmd"] = json.loads(rest)
        elif word == "EXPOSE":
            found["expose"] = int(rest)
        elif word == "HEALTHCHECK":
            found["healthcheck"] = rest
        elif word == "ENV":
            found["env"].update(dict(pair.split("=", 1) for pair in shlex.split(rest)))
    return found


def compose() -> dict[str, Any]:
    return dict(yaml.safe_load((SERVER / "compose.yaml").read_text(encoding="utf-8")))


def example_env() -> dict[str, str]:
    lines = (SERVER / "example.env").read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if line and not line.startswith("#"))


def interpolate(value: str, env: dict[str, str]) -> str:
    """Compose's ${NAME} and ${NAME:?message}, from ``env``."""
    return re.sub(r"\$\{(\w+)(?::\?[^}]*)?\}", lambda m: env[m.group(1)], value)


def option(argv: list[str], name: str) -> str:
    return argv[argv.index(name) + 1]


def unit() -> ConfigParser:
    parser = ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(SERVER / "requester-workbench-serve.service", encoding="utf-8")
    return parser


def unit_environment() -> dict[str, str]:
    text = (SERVER / "requester-workbench-serve.service").read_text(encoding="utf-8")
    return dict(line.split("=", 2)[1:] for line in text.splitlines()
                if line.startswith("Environment="))


# -- running a command as the image or the unit would ---------------------------------------

@dataclass
class Launched:
    process: subprocess.Popen[str]
    url: str
    lines: list[str] = field(default_factory=list)  # stdout after the first line

    def json_lines(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in list(self.lines) if line.startswith("{")]


@pytest.fixture
def run_command(tmp_path: Path) -> Iterator[Callable[..., Launched]]:
    """Run ``workbench`` with these arguments and environment, the desktop packages blocked."""
    launched: list[Launched] = []
    blocker = tmp_path / "blocker"
    blocker.mkdir()
    (blocker / "sitecustomize.py").write_text(BLOCKER, encoding="utf-8")

    def run(argv: list[str], env: dict[str, str]) -> Launched:
        environment = {k: v for k, v in os.environ.items()
                       if not k.startswith(("WORKBENCH_", "AWS_"))}
        environment.update(env)
        environment["PYTHONPATH"] = os.pathsep.join(
            [str(blocker), *filter(None, [os.environ.get("PYTHONPATH")])])
        stderr = (tmp_path / f"stderr-{len(launched)}.log").open("w", encoding="utf-8")
        process = subprocess.Popen([sys.executable, "-m", "workbench", *argv], text=True,
                                   stdout=subprocess.PIPE, stderr=stderr, env=environment,
                                   start_new_session=True)
        assert process.stdout is not None
        first = ""
        for _ in range(5):  # the key's creation is announced first on a first start
            first = process.stdout.readline()
            if SERVER_LINE.search(first) or not first:
                break
        found = SERVER_LINE.search(first)
        assert found, (tmp_path / f"stderr-{len(launched)}.log").read_text("utf-8")
        url = found.group(1).replace("0.0.0.0", "127.0.0.1")
        running = Launched(process, url)
        threading.Thread(target=lambda: running.lines.extend(iter(process.stdout.readline, "")),
                         daemon=True).start()
        launched.append(running)
        return running

    yield run
    for running in launched:
        if running.process.poll() is None:
            os.killpg(running.process.pid, signal.SIGKILL)
            running.process.wait()


@pytest.fixture
def local_store(store_path: Path) -> Path:
    """A store whose default local account exists (the keys act as it)."""
    with Workbench.open(store_path) as wb:
        get_account(wb)
    return store_path


def wait_healthy(url: str, **options: Any) -> dict[str, Any]:
    deadline = time.monotonic() + 90
    while True:
        try:
            answer = httpx.get(f"{url}/healthz", timeout=5, **options)
            if answer.status_code == 200:
                return dict(answer.json())
        except httpx.HTTPError:
            pass
        assert time.monotonic() < deadline, "the server never became healthy"
        time.sleep(0.2)


def until(condition: Callable[[], bool], seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.05)
    return condition()


def keys_file_pair(config: Path) -> tuple[str, str]:
    parser = ConfigParser(interpolation=None)
    parser.read(config / "serve-keys.ini", encoding="utf-8")
    section = parser[parser.sections()[0]]
    return section["aws_access_key_id"], section["aws_secret_access_key"]


# -- the image's command --------------------------------------------------------------------

def test_the_image_command_serves_from_postgresql_behind_its_proxy(
        run_command: Callable[..., Launched], pg_database: str, tmp_path: Path) -> None:
    image, services = dockerfile(), compose()["services"]
    values = {**example_env(), "SITE_ADDRESS": "tasks.example.test"}
    argv = [interpolate(str(word), values) for word in services["server"]["command"]]
    assert image["entrypoint"] == ["workbench"]
    argv[argv.index("--port") + 1] = "0"  # the only change: a free port on this machine
    env = {k: v.replace("/data", str(tmp_path / "data")) for k, v in image["env"].items()
           if k.startswith("WORKBENCH_")}
    env["WORKBENCH_DB"] = pg_database  # compose's points at the `db` service
    server = run_command(argv, env)
    health = wait_healthy(server.url)
    assert health["status"] == "ok" and health["databases"][0]["dialect"] == "postgresql"
    assert health["databases"][0]["schema"]
    # The first start made a key, readable by the server's user only.
    config = Path(env["WORKBENCH_CONFIG_DIR"])
    assert stat.S_IMODE((config / "serve-keys.ini").stat().st_mode) == 0o600
    key, secret = keys_file_pair(config)
    mturk = boto3.client("mturk", region_name="us-east-1", endpoint_url=server.url,
                         aws_access_key_id=key, aws_secret_access_key=secret,
                         config=Config(retries={"total_max_attempts": 1}))
    assert mturk.get_account_balance()["AvailableBalance"]
    # The public address is HTTPS: cookies are Secure even though Caddy speaks plain HTTP
    # to the server.
    page = httpx.get(f"{server.url}/sign-in", headers={"X-Forwarded-For": "192.0.2.66"})
    assert "secure" in page.headers["set-cookie"].lower()
    # One JSON line per request; this client is not the trusted proxy, so its
    # X-Forwarded-For was not believed.
    assert until(lambda: any(e.get("path") == "/sign-in" for e in server.json_lines()))
    entry = next(e for e in server.json_lines() if e.get("path") == "/sign-in")
    assert entry["client"] == "127.0.0.1" and entry["status"] == 200 and entry["kind"] == \
        "access" and entry["method"] == "GET" and entry["ms"] >= 0
    call = next(e for e in server.json_lines() if e.get("operation") == "GetAccountBalance")
    assert call["access_key_id"] == key and secret not in json.dumps(server.json_lines())
    server.process.send_signal(signal.SIGTERM)
    assert server.process.wait(timeout=60) == 0


def test_forwarded_headers_are_believed_from_the_trusted_proxy_only(
        run_command: Callable[..., Launched], local_store: Path, tmp_path: Path) -> None:
    argv = shlex.split(unit()["Service"]["ExecStart"])[1:]
    assert option(argv, "--forwarded-allow-ips") == "127.0.0.1"
    argv[argv.index("--port") + 1] = "0"
    argv[argv.index("--workers") + 1] = "1"
    argv.remove("--public-url")
    argv.remove("https://tasks.example.com")  # so that only the forwarded scheme says https
    keys = write_keys_file(tmp_path / "keys.ini")
    server = run_command([*argv, "--keys", str(keys)],
                         {"WORKBENCH_DB": str(local_store),
                          "WORKBENCH_CONFIG_DIR": str(tmp_path / "config")})
    wait_healthy(server.url)
    forwarded = httpx.get(f"{server.url}/sign-in", headers={
        "X-Forwarded-For": "198.51.100.23", "X-Forwarded-Proto": "https"})
    assert "secure" in forwarded.headers["set-cookie"].lower()
    plain = httpx.get(f"{server.url}/sign-in")
    assert "secure" not in plain.headers["set-cookie"].lower()
    assert until(lambda: len([e for e in server.json_lines()
                              if e.get("path") == "/sign-in"]) == 2)
    first, second = (e for e in server.json_lines() if e.get("path") == "/sign-in")
    assert (first["client"], first["scheme"]) == ("198.51.100.23", "https")
    assert (second["client"], second["scheme"]) == ("127.0.0.1", "http")


def test_https_with_its_own_certificate(run_command: Callable[..., Launched], local_store: Path,
                                        tmp_path: Path) -> None:
    if shutil.which("openssl") is None:
        pytest.skip("no openssl command to make a certificate")
    cert, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2", "-subj",
                    "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
                    "-keyout", str(key_file), "-out", str(cert)], check=True,
                   capture_output=True)
    keys = write_keys_file(tmp_path / "keys.ini")
    server = run_command(["--db", str(local_store), "serve", "--port", "0", "--keys", str(keys),
                          "--certfile", str(cert), "--keyfile", str(key_file),
                          "--workers", "2"], {"WORKBENCH_CONFIG_DIR": str(tmp_path / "c")})
    assert server.url.startswith("https://127.0.0.1:")
    trusted = ssl.create_default_context(cafile=str(cert))
    wait_healthy(server.url, verify=trusted)
    page = httpx.get(f"{server.url}/sign-in", verify=trusted)
    assert page.status_code == 200 and "secure" in page.headers["set-cookie"].lower()
    mturk = boto3.client("mturk", region_name="us-east-1", endpoint_url=server.url,
                         verify=str(cert), aws_access_key_id=ACCESS_KEY,
                         aws_secret_access_key=SECRET_KEY)
    assert mturk.get_account_balance()["ResponseMetadata"]["HTTPStatusCode"] == 200
    with pytest.raises(httpx.HTTPError):
        httpx.get(server.url.replace("https://", "http://") + "/healthz", timeout=5)


def test_json_logs_in_a_folder_from_every_process(run_command: Callable[..., Launched],
                                                  local_store: Path, tmp_path: Path) -> None:
    keys = write_keys_file(tmp_path / "keys.ini")
    logs = tmp_path / "logs"
    server = run_command(["--db", str(local_store), "serve", "--port", "0", "--keys", str(keys),
                          "--workers", "2", "--log-format", "json", "--log-dir", str(logs)],
                         {"WORKBENCH_CONFIG_DIR": str(tmp_path / "c")})
    wait_healthy(server.url)
    for _ in range(40):
        httpx.get(f"{server.url}/task/3ASSIGNMENT/0123456789abcdef0123456789abcdef01234567")
    answered: set[int] = set()
    for _ in range(300):  # each call on a new connection, until both processes answered
        answered.add(wait_healthy(server.url)["process"])
        if len(answered) == 2:
            break
    assert len(answered) == 2
    server.process.send_signal(signal.SIGTERM)
    assert server.process.wait(timeout=60) == 0
    entries = [json.loads(line) for line in
               (logs / "access.log").read_text(encoding="utf-8").splitlines()]
    tasks = [e for e in entries if e["path"].startswith("/task/")]
    assert len(tasks) == 40 and {e["path"] for e in tasks} == {"/task/3ASSIGNMENT/-"}
    assert {e["process"] for e in entries} == answered  # both processes wrote, whole lines
    errors = (logs / "error.log").read_text(encoding="utf-8").splitlines()
    assert all(json.loads(line)["level"] for line in errors)
    assert server.json_lines() == []  # the access log went to the folder, not stdout


# -- the files agree with each other and with the server's options ----------------------------

def test_the_compose_file_hangs_together() -> None:
    image, document = dockerfile(), compose()
    services, values = document["services"], example_env()
    assert set(services) == {"db", "server", "caddy"}
    db, server, caddy = services["db"], services["server"], services["caddy"]
    argv = [interpolate(str(word), values) for word in server["command"]]
    build_parser().parse_args(["serve", *argv[1:]])  # every option exists and is well-formed
    assert (ROOT / server["build"]["dockerfile"]).is_file()
    assert (SERVER / server["build"]["context"]).resolve() == ROOT
    for source in image["copies"]:
        assert (ROOT / source).exists(), source
    url = make_url(interpolate(server["environment"]["WORKBENCH_DB"], values))
    assert url.host == "db" and url.drivername == "postgresql+psycopg"
    assert (url.username, url.database, url.password) == (
        db["environment"]["POSTGRES_USER"], db["environment"]["POSTGRES_DB"],
        values["POSTGRES_PASSWORD"])
    assert server["depends_on"]["db"]["condition"] == "service_healthy"
    port = int(option(argv, "--port"))
    assert port == image["expose"] and f":{port}/healthz" in image["healthcheck"]
    assert server["expose"] == [str(port)] and "ports" not in server  # only Caddy is public
    caddyfile = (SERVER / "Caddyfile").read_text(encoding="utf-8")
    assert f"reverse_proxy server:{port}" in caddyfile and "{$SITE_ADDRESS}" in caddyfile
    assert "./Caddyfile:/etc/caddy/Caddyfile:ro" in caddy["volumes"]
    proxy = caddy["networks"]["backend"]["ipv4_address"]
    subnet = document["networks"]["backend"]["ipam"]["config"][0]["subnet"]
    import ipaddress

    assert option(argv, "--forwarded-allow-ips") == proxy
    assert ipaddress.ip_address(proxy) in ipaddress.ip_network(subnet)
    assert option(argv, "--public-url") == f"https://{values['SITE_ADDRESS']}"
    assert int(server["stop_grace_period"].rstrip("s")) > float(option(argv, "--grace"))
    assert {"80:80", "443:443"} <= set(caddy["ports"])
    named = {volume.split(":")[0] for service in services.values()
             for volume in service.get("volumes", []) if not volume.startswith(".")}
    assert named == set(document["volumes"])
    used = set(re.findall(r"\$\{(\w+)", (SERVER / "compose.yaml").read_text("utf-8")))
    assert used == set(values)


def test_the_systemd_unit_runs_a_valid_command(tmp_path: Path) -> None:
    service = unit()["Service"]
    argv = shlex.split(service["ExecStart"])
    assert argv[0].endswith("/bin/workbench")
    build_parser().parse_args(argv[1:])
    assert service["KillMode"] == "mixed" and service["KillSignal"] == "SIGTERM"
    assert int(service["TimeoutStopSec"]) > float(option(argv, "--grace"))
    env = unit_environment()
    assert make_url(env["WORKBENCH_DB"]).get_backend_name() == "postgresql"
    assert env["WORKBENCH_CONFIG_DIR"].startswith("/var/lib/" + service["StateDirectory"])
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        return
    # systemd's own check, with the program pointed at one that exists on this machine.
    copy = tmp_path / "requester-workbench-serve.service"
    copy.write_text((SERVER / copy.name).read_text(encoding="utf-8").replace(
        argv[0], shutil.which("true") or "/bin/true"), encoding="utf-8")
    checked = subprocess.run([analyze, "verify", str(copy)], capture_output=True, text=True)
    assert checked.returncode == 0 and checked.stderr.strip() == "", checked.stderr


def test_the_image_installs_the_projects_dependencies_but_the_desktops() -> None:
    def names(lines: list[str]) -> dict[str, str]:
        found = {}
        for line in lines:
            line = line.split("#", 1)[0].strip()
            if line:
                name = re.split(r"[\[<>=!~;]", line, maxsplit=1)[0].strip().lower()
                found[name] = line[len(name):].lstrip("[binary]")
        return found

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = names(project["dependencies"])
    image = names((SERVER / "requirements.txt").read_text(encoding="utf-8").splitlines())
    assert set(wanted) - set(image) == {"pyside6", "pyqtgraph"}
    assert set(image) - set(wanted) == {"psycopg"}
    assert all(image[name] == wanted[name] for name in set(image) & set(wanted))
    assert image["psycopg"] == names(project["optional-dependencies"]["postgres"])["psycopg"]
