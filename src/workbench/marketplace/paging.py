"""Paginated list operations, read through botocore's own paginators.

botocore's ``Paginator`` is driven by the model's pagination rules (which key holds the
items, which carries the token, which sets the page size) and calls any callable with
boto3's arguments, so the same code pages through a boto3 client, the local marketplace,
or a wrapper around either (one that counts calls, or injects faults).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

import botocore.session
from botocore.paginate import Paginator, TokenEncoder

from workbench.marketplace.errors import SERVICE_NAME, service_model

MAX_PAGE_SIZE = 100


@cache
def _paginator_model() -> Any:
    return botocore.session.get_session().get_paginator_model(SERVICE_NAME)


def result_key(operation: str) -> str:
    """The member of ``operation``'s result that holds its items (``HITs`` for ListHITs)."""
    return str(_paginator_model().get_paginator(operation)["result_key"])


def starting_token(next_token: str) -> str:
    """The paginator's StartingToken that resumes at a page whose ``NextToken`` was saved."""
    return str(TokenEncoder().encode({"NextToken": next_token}))


def pages(method: Callable[..., dict[str, Any]], operation: str, *,
          page_size: int = MAX_PAGE_SIZE, start: str | None = None, **params: Any
          ) -> Iterator[dict[str, Any]]:
    """Every page of a list operation, in order; ``start`` resumes at a saved NextToken."""
    paginator = Paginator(method, _paginator_model().get_paginator(operation),
                          service_model().operation_model(operation))
    config: dict[str, Any] = {"PageSize": page_size}
    if start:
        config["StartingToken"] = starting_token(start)
    yield from paginator.paginate(PaginationConfig=config, **params)


def items(method: Callable[..., dict[str, Any]], operation: str, **params: Any
          ) -> Iterator[dict[str, Any]]:
    """Every item of a list operation, page after page."""
    key = result_key(operation)
    for page in pages(method, operation, **params):
        yield from page.get(key) or []
