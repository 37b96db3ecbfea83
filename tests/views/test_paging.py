"""Pages in the second half are read from the other end: the same rows, in the same order."""

from __future__ import annotations

import pytest

from workbench.services.accounts import get_account
from workbench.services.context import Workbench
from workbench.services.tables import AssignmentSource, HitSource, TableRequest


@pytest.mark.parametrize("source_class", [AssignmentSource, HitSource])
def test_pages_read_backwards_match_the_order_read_forwards(
        demo_wb: Workbench, source_class: type[HitSource] | type[AssignmentSource]) -> None:
    source = source_class(demo_wb)
    account = get_account(demo_wb)
    # Sort keys with ties and with NULLs (approval times are empty until a decision).
    for key in [c.key for c in source.columns if c.sortable][:8]:
        for descending in (False, True):
            request = TableRequest({"account_id": account.id}, key, descending)
            total = source.count(request)
            every = source.page(request, 0, total + 10)
            assert len(every) == total > 50
            offsets = {0, total // 2, total // 2 + 1, total - 37, total - 1, max(0, total - 90)}
            for offset in sorted(offsets):
                forwards = source.page(request, offset, 25)
                assert source.page(request, offset, 25, total=total) == forwards \
                    == every[offset:offset + 25], (key, descending, offset)
