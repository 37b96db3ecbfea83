"""A boto3 client of the worker administration API (``WorkbenchAdminV1``) of a hosted site.

botocore builds clients from service models found on its loader's search path; adding our
``models`` folder to it makes ``workbench-admin`` a service like any other: boto3 validates
each request against the model before sending it, signs it with SigV4 from the AWS
credential chain or a profile (the same keys the site's MTurk API takes), retries throttling
and dropped connections, and raises ``ClientError`` for the server's refusals. A boto3
script can do the same with ``session._loader.search_paths`` or ``AWS_DATA_PATH``.
"""

from __future__ import annotations

from typing import Any

from workbench.marketplace.mturk import REGION, ClientSettings, utc_timestamp
from workbench.marketplace.pacing import pace
from workbench.marketplace.wire.admin import ADMIN_SERVICE, MODELS_FOLDER


def admin_client(settings: ClientSettings, *, credentials: dict[str, str] | None = None
                 ) -> Any:
    """A boto3 client of the administration API at ``settings.endpoint_url``.

    ``credentials`` (``aws_access_key_id`` and ``aws_secret_access_key``) is for checking a
    key before it is stored; otherwise the chain or ``settings.profile`` signs.
    """
    import boto3
    import botocore.session
    from botocore.config import Config

    settings.check()
    if not settings.endpoint_url:
        raise ValueError("the administration API needs the hosted site's address")
    core = botocore.session.get_session()
    loader = core.get_component("data_loader")
    if str(MODELS_FOLDER) not in loader.search_paths:
        loader.search_paths.insert(0, str(MODELS_FOLDER))
    core.get_component("response_parser_factory").set_parser_defaults(
        timestamp_parser=utc_timestamp)
    session = boto3.Session(botocore_session=core,
                            profile_name=None if credentials else settings.profile)
    # Retried as the account's MTurk client is (its "paced" mode rides on botocore's standard).
    paced = settings.retry_mode == "paced"
    config = Config(
        retries={"mode": "standard" if paced else settings.retry_mode,
                 "total_max_attempts": settings.max_attempts},
        connect_timeout=settings.connect_timeout, read_timeout=settings.read_timeout,
        max_pool_connections=4, tcp_keepalive=True)
    client = session.client(ADMIN_SERVICE, region_name=REGION,
                            endpoint_url=settings.endpoint_url, config=config,
                            **(credentials or {}))
    if paced:
        pace(client, settings.max_attempts)
    return client
