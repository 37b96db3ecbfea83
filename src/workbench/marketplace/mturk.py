"""MTurk itself (production, sandbox, or any endpoint speaking its API) through boto3."""

from __future__ import annotations

from typing import Any

PRODUCTION_ENDPOINT = "https://mturk-requester.us-east-1.amazonaws.com"
SANDBOX_ENDPOINT = "https://mturk-requester-sandbox.us-east-1.amazonaws.com"
REGION = "us-east-1"


def mturk_client(
    *,
    sandbox: bool = False,
    endpoint_url: str | None = None,
    profile: str | None = None,
    max_attempts: int = 8,
    retry_mode: str = "adaptive",
    read_timeout: float = 30.0,
    pool_size: int = 16,
    credentials: dict[str, str] | None = None,
) -> Any:
    """A boto3 ``mturk`` client; credentials come from the AWS chain or a named profile.

    Without ``endpoint_url`` a production client honours ``AWS_ENDPOINT_URL_MTURK``, as
    botocore does for every service.
    """
    import boto3
    from botocore.config import Config

    session = boto3.Session(profile_name=profile) if profile else boto3.Session()
    config = Config(
        retries={"mode": retry_mode, "max_attempts": max_attempts},
        connect_timeout=10,
        read_timeout=read_timeout,
        max_pool_connections=pool_size,
        tcp_keepalive=True,
    )
    endpoint = endpoint_url or (SANDBOX_ENDPOINT if sandbox else None)
    return session.client("mturk", region_name=REGION, endpoint_url=endpoint, config=config,
                          **(credentials or {}))
