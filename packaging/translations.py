"""Keep the German translations whole: fill new messages, merge two branches' .ts files.

    python packaging/translations.py fill TS --sources F.py... --german MESSAGES.json
                                           [--locations none]
        lupdate TS from the sources (new messages arrive unfinished), then give each
        unfinished message whose source is a key of MESSAGES.json ({"context": {"source":
        "German"}} or {"source": "German"}) its German text, and compile the .qm.
    python packaging/translations.py union TS OTHER.ts...
        after a merge: every message of TS without a finished translation takes the finished
        translation the other versions of the file have for it (same context and source);
        then compile the .qm. ``git show BRANCH:path > other.ts`` gives the other versions.
    python packaging/translations.py release TS...
        compile .qm files.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def _finished(translation: ET.Element | None) -> bool:
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    return bool((translation.text or "").strip()) or translation.find("numerusform") is not None


def _messages(tree: ET.ElementTree) -> dict[tuple[str, str], ET.Element]:
    found: dict[tuple[str, str], ET.Element] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def release(paths: list[Path]) -> None:
    for path in paths:
        subprocess.run([_tool("pyside6-lrelease"), str(path), "-qm",
                        str(path.with_suffix(".qm"))], check=True, capture_output=True)


def fill(ts: Path, sources: list[Path], german: dict[str, object],
         locations: str = "relative") -> list[str]:
    lupdate = [_tool("pyside6-lupdate"), *map(str, sources), "-locations", locations,
               "-ts", str(ts)]
    subprocess.run(lupdate, check=True, capture_output=True)
    tree = ET.parse(ts)
    left: list[str] = []
    for (context, source), message in _messages(tree).items():
        translation = message.find("translation")
        if _finished(translation):
            continue
        if translation is not None and translation.get("type") in ("obsolete", "vanished"):
            continue
        by_context = german.get(context)
        text = by_context.get(source) if isinstance(by_context, dict) else german.get(source)
        if not isinstance(text, str):
            left.append(f"{context}: {source}")
            continue
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        translation.text = text
    _write(tree, ts)
    # Once more through lupdate: the file keeps lupdate's own layout, so diffs stay small.
    subprocess.run(lupdate, check=True, capture_output=True)
    release([ts])
    return left


def union(ts: Path, others: list[Path]) -> int:
    tree = ET.parse(ts)
    known: dict[tuple[str, str], ET.Element] = {}
    for other in others:
        for key, message in _messages(ET.parse(other)).items():
            if _finished(message.find("translation")):
                known.setdefault(key, message.find("translation"))  # type: ignore[arg-type]
    filled = 0
    for key, message in _messages(tree).items():
        translation = message.find("translation")
        if _finished(translation) or key not in known:
            continue
        if translation is not None:
            message.remove(translation)
        message.append(known[key])
        filled += 1
    _write(tree, ts)
    release([ts])
    return filled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    fill_parser = sub.add_parser("fill")
    fill_parser.add_argument("ts", type=Path)
    fill_parser.add_argument("--sources", type=Path, nargs="+", required=True)
    fill_parser.add_argument("--german", type=Path, required=True)
    fill_parser.add_argument("--locations", default="relative", choices=("relative", "none"),
                             help="as lupdate's -locations (the core .ts has none)")
    union_parser = sub.add_parser("union")
    union_parser.add_argument("ts", type=Path)
    union_parser.add_argument("others", type=Path, nargs="+")
    release_parser = sub.add_parser("release")
    release_parser.add_argument("ts", type=Path, nargs="+")
    args = parser.parse_args()
    if args.command == "fill":
        left = fill(args.ts, args.sources, json.loads(args.german.read_text(encoding="utf-8")),
                    args.locations)
        for line in left:
            print(f"untranslated: {line}")
    elif args.command == "union":
        print(f"filled {union(args.ts, args.others)} message(s)")
    else:
        release(args.ts)


if __name__ == "__main__":
    main()
