"""Table sources: the SQL behind every big table in the window, without Qt.

A source declares its columns once (key, label, SQL expression, kind) and answers four
questions for a request (filters + sort): how many rows, the first page of rows, every id in
order, and the rows for some ids. Sorting and filtering happen in SQL; the window holds ids
and fetches rows lazily, so a table of a million assignments opens as fast as one of ten.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import (
    ColumnElement,
    LargeBinary,
    Select,
    and_,
    cast,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy import text as sql_text

from workbench.services.context import Workbench
from workbench.sql.engine import CASEFOLD_FUNCTION
from workbench.store import answer_search
from workbench.store.schema import HIT, AnswerField, Assignment, Batch, BatchRow, OutboxAction

Kind = Literal["text", "id", "int", "money", "time", "status", "duration", "percent"]
ID_CHUNK = 500


@dataclass(frozen=True)
class Column:
    """One column of a table: what it shows, how it sorts, what kind of value it holds."""

    key: str
    label: str
    expression: Any  # an SQL expression (a mapped attribute or a ColumnElement)
    kind: Kind = "text"
    width: int = 110
    sortable: bool = True
    tooltip: str = ""
    # What the column sorts by, when that is not what it shows (e.g. an indexed key).
    sort_expression: Any = None


@dataclass(frozen=True)
class TableRequest:
    """What a table shows: filters (by name) and the sort."""

    filters: dict[str, Any] = field(default_factory=dict)
    sort_key: str | None = None
    descending: bool = False

    def with_filter(self, **changes: Any) -> TableRequest:
        filters = {**self.filters, **changes}
        return TableRequest({k: v for k, v in filters.items() if v not in (None, "")},
                            self.sort_key, self.descending)

    def sorted_by(self, key: str | None, descending: bool) -> TableRequest:
        return TableRequest(dict(self.filters), key, descending)


Row = tuple[Any, ...]


class TableSource:
    """Counts, pages, ids and rows for one entity's table, by SQL."""

    name: str = ""
    id_column: Any = None
    columns: Sequence[Column] = ()
    default_sort: str = ""

    def __init__(self, wb: Workbench) -> None:
        self.wb = wb
        self._by_key = {c.key: c for c in self.columns}

    # -- to be declared by each source -----------------------------------------------------

    def base(self, columns: Sequence[Any], *, joined: bool = True) -> Select[Any]:
        """SELECT ``columns`` FROM the entity, joining what its columns show if ``joined``."""
        raise NotImplementedError

    def needs_join(self, request: TableRequest) -> bool:
        """Whether ordering and filtering (not showing) need the joined tables."""
        return True

    @staticmethod
    def scans(request: TableRequest) -> bool:
        """Whether the request reads a whole table or index (a text search does)."""
        return bool(request.filters.get("search"))

    @staticmethod
    def account_is(column: Any, filters: dict[str, Any]) -> ColumnElement[bool]:
        """The account condition; under a text search, one that no index is chosen for.

        Accounts are few, so an index on them narrows nothing; for a search the database
        would walk it and fetch every row out of order.
        """
        account_id = filters.get("account_id", -1)
        return (column + 0 == account_id) if filters.get("search") else column == account_id

    def like(self, expressions: Sequence[Any], text: str) -> ColumnElement[bool]:
        """Any of the expressions contains ``text``, case-insensitively, taken literally."""
        text = text.strip()
        if self.wb.store.engine.dialect.name != "sqlite":
            return or_(*(e.ilike(_like(text), escape="\\") for e in expressions))
        # SQLite's LIKE ignores ASCII case only: enough, and fastest, for most searches.
        if not _folds_beyond_ascii(text):
            return or_(*(e.like(_like(text), escape="\\") for e in expressions))
        # "über" must find "ÜBER" too: a LIKE with such letters as wildcards narrows the
        # rows cheaply ("%ber%"), then the case-folded texts are compared (Python's
        # str.casefold, so "STRASSE" is found by "Straße" as well).
        rough, folded = _rough_like(text), _like(text.casefold())
        casefold = getattr(func, CASEFOLD_FUNCTION)

        def contains(e: Any) -> ColumnElement[bool]:
            checks = [e.like(rough, escape="\\")]
            if not folded.isascii():  # (it can be: "ſ" and "K", Kelvin, fold to ASCII)
                # Only a text with some non-ASCII letter can hold "é" in any case, and such
                # a text has more bytes than characters: checked in C, so ASCII-only rows
                # (every id) never reach Python.
                checks.append(func.length(cast(e, LargeBinary)) != func.length(e))
            checks.append(casefold(e).like(folded, escape="\\"))
            return and_(*checks)

        return or_(*(contains(e) for e in expressions))

    def filter(self, query: Select[Any], filters: dict[str, Any]) -> Select[Any]:
        """Narrow the query by the request's filters."""
        raise NotImplementedError

    # -- shared machinery -------------------------------------------------------------------

    def column(self, key: str) -> Column:
        return self._by_key[key]

    def _ordered(self, query: Select[Any], request: TableRequest) -> Select[Any]:
        key = request.sort_key or self.default_sort
        column = self._by_key.get(key)
        if column is None or not column.sortable:
            column = self._by_key[self.default_sort]
        expression = column.expression if column.sort_expression is None else \
            column.sort_expression
        if self.scans(request):
            # A text search finds its matches through the search index: sorting just those
            # beats walking a sort index and testing every row it points to.
            expression = func.coalesce(expression, expression)
        # The id breaks ties, so every order is total and pages never overlap.
        if request.descending:
            return query.order_by(expression.desc(), self.id_column.desc())
        return query.order_by(expression.asc(), self.id_column.asc())

    def _row_columns(self) -> list[Any]:
        return [self.id_column, *(c.expression.label(c.key) for c in self.columns)]

    def count(self, request: TableRequest) -> int:
        query = self.filter(self.base([func.count()], joined=self.needs_join(request)),
                            request.filters)
        with self.wb.store.read() as session:
            return int(session.scalar(query) or 0)

    def page(self, request: TableRequest, offset: int, limit: int, *,
             total: int | None = None) -> list[Row]:
        """Rows ``offset`` to ``offset + limit`` in the request's order (id first).

        Given the row count, a page in the second half is read from the other end, in the
        reverse order with a small offset, and turned round: the database skips rows one by
        one, so the last page of a million costs what the first does.
        """
        backwards = total is not None and total // 2 < offset < total
        if total is not None and backwards:
            limit = min(limit, total - offset)
            offset = total - offset - limit
            request = request.sorted_by(request.sort_key, not request.descending)
        query = self._ordered(self.filter(self.base(self._row_columns()), request.filters),
                              request).offset(offset).limit(limit)
        with self.wb.store.read() as session:
            rows = [tuple(r) for r in session.execute(query)]
        return rows[::-1] if backwards else rows

    def ids(self, request: TableRequest) -> array[int]:
        """Every id, in the request's order.

        Read through the driver's own cursor: for a million ids, SQLAlchemy's row objects
        would triple the time.
        """
        query = self._ordered(self.filter(
            self.base([self.id_column], joined=self.needs_join(request)), request.filters),
            request)
        result: array[int] = array("q")
        with self.wb.store.engine.connect() as connection:
            compiled = query.compile(dialect=connection.dialect)
            params: Any = ([compiled.params[name] for name in compiled.positiontup or ()]
                           if compiled.positional else compiled.params)
            cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
            try:
                cursor.execute(str(compiled), params)
                while rows := cursor.fetchmany(100_000):
                    result.extend(row[0] for row in rows)
            finally:
                cursor.close()
        return result

    def rows(self, ids: Sequence[int]) -> dict[int, Row]:
        """The rows for some ids, by id."""
        found: dict[int, Row] = {}
        with self.wb.store.read() as session:
            for start in range(0, len(ids), ID_CHUNK):
                chunk = list(ids[start:start + ID_CHUNK])
                query = self.base(self._row_columns()).where(self.id_column.in_(chunk))
                for row in session.execute(query):
                    found[int(row[0])] = tuple(row)
        return found


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _folds_beyond_ascii(text: str) -> bool:
    """Whether the text has a non-ASCII letter with another case (é, Ü, ß, Σ; not 日)."""
    return any(not char.isascii() and _has_case(char) for char in text)


def _has_case(char: str) -> bool:
    return char.casefold() != char or char.upper() != char or char.lower() != char


def _rough_like(text: str) -> str:
    """A LIKE pattern every text containing ``text`` in any case matches: letters with a case
    beyond ASCII become wildcards, since SQLite's LIKE would compare them exactly."""
    parts = ["%" if not char.isascii() and _has_case(char) else _like(char)[1:-1]
             for char in text]
    return f"%{''.join(parts)}%"


class HitSource(TableSource):
    """HITs with their batch and assignment counts."""

    name = "hits"
    id_column = HIT.__table__.c.id
    default_sort = "created"
    columns = (
        Column("hit_id", "HIT", HIT.hit_id, "id", 275),
        Column("batch", "Batch", func.coalesce(Batch.name, literal("")), "text", 170),
        Column("title", "Title", HIT.title, "text", 260),
        Column("status", "Status", HIT.status, "status", 100),
        Column("reward", "Reward", HIT.reward_cents, "money", 70),
        Column("max_assignments", "Asked", HIT.max_assignments, "int", 60,
               tooltip="Assignments the HIT asks for"),
        Column("available", "Available", HIT.assignments_available, "int", 75,
               tooltip="Assignments no worker has accepted yet"),
        Column("pending", "Pending", HIT.assignments_pending, "int", 70,
               tooltip="Assignments accepted and being worked on"),
        Column("submitted", "Submitted", HIT.submitted_count, "int", 80,
               tooltip="Submitted and waiting for your review"),
        Column("approved", "Approved", HIT.approved_count, "int", 75),
        Column("rejected", "Rejected", HIT.rejected_count, "int", 70),
        Column("created", "Created", HIT.creation_time, "time", 130),
        Column("expires", "Expires", HIT.expiration, "time", 130),
    )

    def base(self, columns: Sequence[Any], *, joined: bool = True) -> Select[Any]:
        return select(*columns).select_from(HIT).outerjoin(Batch, Batch.id == HIT.batch_id)

    def filter(self, query: Select[Any], filters: dict[str, Any]) -> Select[Any]:
        query = query.where(self.account_is(HIT.account_id, filters))
        if filters.get("status"):
            query = query.where(HIT.status == filters["status"])
        if filters.get("batch_id"):
            query = query.where(HIT.batch_id == filters["batch_id"])
        if filters.get("needs_review"):
            query = query.where(HIT.submitted_count > 0)
        if filters.get("search"):
            # The searched columns come from their own index (ix_hits_account_search), not
            # from the rows, which hold each task's question; batch names are few.
            account_id = filters.get("account_id", -1)
            text = filters["search"]
            query = query.where(or_(
                HIT.id.in_(select(HIT.id).where(HIT.account_id == account_id,
                                                self.like((HIT.hit_id, HIT.title), text))),
                HIT.batch_id.in_(select(Batch.id).where(Batch.account_id == account_id,
                                                        self.like((Batch.name,), text)))))
        return query


JOINED_SORTS: tuple[str, ...] = ()


class AssignmentSource(TableSource):
    """Assignments across HITs, with their HIT, batch and a summary of the answers."""

    name = "assignments"
    id_column = Assignment.__table__.c.id
    default_sort = "submitted"
    columns = (
        Column("assignment_id", "Assignment", Assignment.assignment_id, "id", 275),
        Column("worker", "Worker", Assignment.worker_id, "id", 140),
        Column("status", "Status", Assignment.status, "status", 90),
        Column("submitted", "Submitted", Assignment.submit_time, "time", 130),
        Column("work_time", "Work time", Assignment.work_time_s, "duration", 80),
        Column("answers", "Answers", Assignment.answer_summary, "text", 320),
        # Sorting by HIT groups each HIT's assignments (in the order the HITs were stored),
        # by an index; sorting a million assignments by the HIT's text id would need a join.
        Column("hit_id", "HIT", HIT.hit_id, "id", 275, sort_expression=Assignment.hit_pk,
               tooltip="Sorts assignments HIT by HIT"),
        Column("batch", "Batch", func.coalesce(Batch.name, literal("")), "text", 170,
               sortable=False, tooltip="Filter by batch with the batch list above"),
        Column("reward", "Reward", HIT.reward_cents, "money", 70, sortable=False),
        Column("auto_approval", "Auto-approves", Assignment.auto_approval_time, "time", 130,
               tooltip="When MTurk approves (and pays) it by itself if you do nothing"),
    )

    def base(self, columns: Sequence[Any], *, joined: bool = True) -> Select[Any]:
        query = select(*columns).select_from(Assignment)
        if not joined:
            return query
        return (query.join(HIT, HIT.id == Assignment.hit_pk)
                .outerjoin(Batch, Batch.id == HIT.batch_id))

    def needs_join(self, request: TableRequest) -> bool:
        return (request.sort_key or self.default_sort) in JOINED_SORTS

    def _hits_matching(self, filters: dict[str, Any]) -> Any:
        query = select(HIT.id).where(HIT.account_id == filters.get("account_id", -1))
        if filters.get("batch_id"):
            query = query.where(HIT.batch_id == filters["batch_id"])
        if filters.get("search"):
            query = query.where(self.like((HIT.hit_id,), filters["search"]))
        return query

    def filter(self, query: Select[Any], filters: dict[str, Any]) -> Select[Any]:
        query = query.where(self.account_is(Assignment.account_id, filters))
        if filters.get("status"):
            query = query.where(Assignment.status == filters["status"])
        if filters.get("batch_id"):
            # A subquery rather than the join, so the ids query stays on one table.
            query = query.where(Assignment.hit_pk.in_(self._hits_matching(
                {**filters, "search": None})))
        if filters.get("worker"):
            query = query.where(Assignment.worker_id == filters["worker"])
        if filters.get("hit_pk"):
            query = query.where(Assignment.hit_pk == filters["hit_pk"])
        if filters.get("search"):
            # The searched columns come from their own index (ix_assignments_account_search),
            # not from the rows: a row holds the answer XML, and reading past it to the
            # summary would make a search read every answer ever given.
            account_id = filters.get("account_id", -1)
            matching = select(Assignment.id).where(
                Assignment.account_id == account_id,
                self.like((Assignment.assignment_id, Assignment.worker_id,
                           Assignment.answer_summary), filters["search"]))
            found = [Assignment.id.in_(matching),
                     Assignment.hit_pk.in_(self._hits_matching(
                         {"account_id": account_id, "search": filters["search"]}))]
            answered = self._answers_matching(filters["search"])
            if answered is not None:
                found.append(Assignment.id.in_(answered))
            query = query.where(or_(*found))
        return query

    def _answers_matching(self, text: str) -> Select[Any] | None:
        """The assignments with an answer holding ``text`` anywhere in its full text, found
        through the answers' trigram index (store.answer_search), which holds what the
        summaries, searched beside it, leave out; None for a text too short to look up."""
        text = text.strip()
        if len(text) < answer_search.MIN_SEARCH_LENGTH:
            return None
        exact = self.like((AnswerField.value,), text)
        engine = self.wb.store.engine
        if engine.dialect.name != "sqlite":
            # PostgreSQL's pg_trgm index serves the ILIKE itself.
            return select(AnswerField.assignment_pk).where(exact)
        if not answer_search.is_indexed(engine):
            return None
        # FTS5 reads a LIKE through its index only without ESCAPE: the user's own % and _
        # (and letters whose case only Python folds) widen the net here; ``exact`` decides.
        loose = "%" + "".join("%" if not char.isascii() and _has_case(char) else char
                              for char in text) + "%"
        candidates = sql_text(answer_search.CANDIDATES_SQLITE).bindparams(
            answer_pattern=loose).columns(AnswerField.id)
        return select(AnswerField.assignment_pk).where(AnswerField.id.in_(candidates), exact)


class OutboxSource(TableSource):
    """Queued, sent and failed actions."""

    name = "outbox"
    id_column = OutboxAction.__table__.c.id
    default_sort = "queued"
    columns = (
        Column("number", "#", OutboxAction.id, "int", 60),
        Column("state", "State", OutboxAction.state, "status", 80),
        Column("kind", "Action", OutboxAction.kind, "text", 120),
        Column("target", "For", OutboxAction.target, "id", 275),
        Column("queued", "Queued", OutboxAction.created_at, "time", 130),
        Column("by", "By", OutboxAction.created_by, "text", 100),
        Column("attempts", "Tries", OutboxAction.attempts, "int", 50),
        Column("sent", "Sent", OutboxAction.sent_at, "time", 130),
        Column("error", "Last error", func.coalesce(OutboxAction.last_error, literal("")),
               "text", 300),
    )

    def base(self, columns: Sequence[Any], *, joined: bool = True) -> Select[Any]:
        return select(*columns).select_from(OutboxAction)

    def filter(self, query: Select[Any], filters: dict[str, Any]) -> Select[Any]:
        query = query.where(OutboxAction.account_id == filters.get("account_id", -1))
        if filters.get("state"):
            query = query.where(OutboxAction.state == filters["state"])
        if filters.get("search"):
            query = query.where(self.like((OutboxAction.target, OutboxAction.kind,
                                           OutboxAction.created_by), filters["search"]))
        return query


# -- details for one HIT -------------------------------------------------------------------

@dataclass(frozen=True)
class HitDetails:
    """Everything the details pane shows about one HIT (plain values, escaped by the view)."""

    pk: int
    hit_id: str
    hit_type_id: str
    title: str
    description: str
    keywords: str
    status: str
    review_status: str
    reward_cents: int
    max_assignments: int
    available: int
    pending: int
    completed: int
    created: datetime
    expires: datetime | None
    assignment_duration_s: int
    auto_approval_delay_s: int
    annotation: str
    batch_name: str
    inputs: list[tuple[str, str]]
    requirements: list[dict[str, Any]]


def hit_details(wb: Workbench, hit_pk: int) -> HitDetails | None:
    with wb.store.read() as session:
        row = session.execute(
            select(HIT, Batch.name, BatchRow.values, Batch.input_columns)
            .outerjoin(Batch, Batch.id == HIT.batch_id)
            .outerjoin(BatchRow, BatchRow.id == HIT.batch_row_id)
            .where(HIT.id == hit_pk)).first()
        if row is None:
            return None
        hit, batch_name, values, columns = row
        values = values or {}
        ordered = [str(c) for c in (columns or values.keys())]
        return HitDetails(
            hit.id, hit.hit_id, hit.hit_type_id, hit.title, hit.description, hit.keywords,
            hit.status, hit.review_status, hit.reward_cents, hit.max_assignments,
            hit.assignments_available, hit.assignments_pending, hit.assignments_completed,
            hit.creation_time, hit.expiration, hit.assignment_duration_s,
            hit.auto_approval_delay_s, hit.requester_annotation or "", batch_name or "",
            [(c, str(values.get(c, ""))) for c in ordered],
            list(hit.qualification_requirements or []))


def store_is_empty(wb: Workbench) -> bool:
    """True on a first run: no HIT in any account."""
    with wb.store.read() as session:
        return session.scalar(select(HIT.id).limit(1)) is None


def batch_choices(wb: Workbench, account_id: int) -> list[tuple[int, str]]:
    with wb.store.read() as session:
        return [(b.id, b.name) for b in session.scalars(
            select(Batch).where(Batch.account_id == account_id).order_by(Batch.id.desc()))]
