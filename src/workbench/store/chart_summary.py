"""Summaries of the assignments for the charts, kept exact as the store changes.

At a million assignments every chart read the whole table (2 to 15 s a tab). These tables
hold the same counts grouped the way the charts ask for them, so a chart reads thousands of
rows instead of millions:

* ``chart_submissions``: assignments per (account, batch, quarter hour submitted, status);
* ``chart_money``: approved assignments per quarter hour paid, and assignments awaiting
  review per quarter hour of their automatic approval, by reward and fee tier;
* ``chart_workers``: each worker's assignments, approved and rejected, per batch;
* ``chart_work_times``: assignments per (batch, reward, work time in seconds, rejected).

Quarter hours (not hours) because some time zones are 30 or 45 minutes off the hour: every
zone's local hours are whole quarter hours of UTC. ``NO_TIME`` stands for a missing time.

Every change is a "fact" of an assignment (its account, its HIT's batch and fee tier, its
status, times, worker and work time) counted +1 or -1. Triggers write the facts of changed
and deleted assignments, and of the assignments of a HIT whose batch or fee tier changed,
to ``chart_changes``; before a write transaction of the store commits, ``fold`` adds them
to the summaries and empties it. New assignments cost no fact by trigger on SQLite, where
writing one per inserted row doubled the cost of an import: the summaries cover assignments
up to ``chart_state.folded_to`` and ``fold`` takes in the ones above it in one statement
(only a new row that reuses an id at or below it is counted by trigger). PostgreSQL
numbers rows from a sequence whose values commit out of order, so there every insert writes
its fact by trigger and folds serialise on an advisory lock.

Whatever has not been folded yet (a program that wrote without folding, or a snapshot taken
in between) is read with the summaries by ``unfolded()``, so a summary is never stale: the
charts always equal a computation from scratch (tests/charts/test_chart_summaries.py).
Times are taken to be after 1970, as the charts' hour groups already take them.
"""
# Every SQL text here is put together from this module's constants and column names, never
# from anything a person or a marketplace supplied.
# ruff: noqa: S608

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import (
    BigInteger,
    Column,
    Engine,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    SmallInteger,
    String,
    Table,
    event,
    text,
)
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.selectable import TextualSelect

from workbench.domain.money import SURCHARGE_ASSIGNMENT_THRESHOLD
from workbench.domain.qualifications import MASTERS_ID, MASTERS_SANDBOX_ID
from workbench.domain.statuses import AssignmentStatus

QUARTER_S = 900
# A missing time (an assignment never submitted, a payment with no time at all).
NO_TIME = -(2**62)
DIALECTS = ("sqlite", "postgresql")
APPROVED = AssignmentStatus.APPROVED.value
SUBMITTED = AssignmentStatus.SUBMITTED.value
REJECTED = AssignmentStatus.REJECTED.value
# Any constant: the key of the advisory lock PostgreSQL's folds take in turn.
FOLD_LOCK = 720_122_001

# The summaries live outside the ORM's metadata: no model maps them, and the store's schema
# comparison leaves them out like the answers' search index.
metadata = MetaData()

submissions = Table(
    "chart_submissions", metadata,
    Column("account_id", Integer, nullable=False),
    Column("batch_key", Integer, nullable=False),  # the HIT's batch; 0: outside any batch
    Column("submit_q", BigInteger, nullable=False),
    Column("status", String(20), nullable=False),
    Column("n", Integer, nullable=False),
    PrimaryKeyConstraint("account_id", "batch_key", "submit_q", "status"),
    sqlite_with_rowid=False,
)
money = Table(
    "chart_money", metadata,
    Column("account_id", Integer, nullable=False),
    Column("batch_key", Integer, nullable=False),
    Column("status", String(20), nullable=False),  # Approved or Submitted only
    # Approved: when it was paid; Submitted: when it will be approved automatically.
    Column("money_q", BigInteger, nullable=False),
    Column("reward_cents", Integer, nullable=False),
    Column("ten_plus", SmallInteger, nullable=False),
    Column("masters", SmallInteger, nullable=False),
    Column("n", Integer, nullable=False),
    PrimaryKeyConstraint("account_id", "batch_key", "status", "money_q", "reward_cents",
                         "ten_plus", "masters"),
    sqlite_with_rowid=False,
)
workers = Table(
    "chart_workers", metadata,
    Column("account_id", Integer, nullable=False),
    Column("batch_key", Integer, nullable=False),
    Column("worker_id", String(64), nullable=False),
    Column("n", Integer, nullable=False),
    Column("approved", Integer, nullable=False),
    Column("rejected", Integer, nullable=False),
    PrimaryKeyConstraint("account_id", "batch_key", "worker_id"),
    sqlite_with_rowid=False,
)
work_times = Table(
    "chart_work_times", metadata,
    Column("account_id", Integer, nullable=False),
    Column("batch_key", Integer, nullable=False),
    Column("reward_cents", Integer, nullable=False),
    Column("work_time_s", Integer, nullable=False),
    Column("rejected", SmallInteger, nullable=False),
    Column("n", Integer, nullable=False),
    PrimaryKeyConstraint("account_id", "batch_key", "reward_cents", "work_time_s", "rejected"),
    sqlite_with_rowid=False,
)
FACT_COLUMNS = ("account_id", "batch_key", "reward_cents", "ten_plus", "masters", "status",
                "submit_q", "money_q", "worker_id", "work_time_s", "n")
changes = Table(
    "chart_changes", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("account_id", Integer, nullable=False),
    Column("batch_key", Integer, nullable=False),
    Column("reward_cents", Integer, nullable=False),
    Column("ten_plus", SmallInteger, nullable=False),
    Column("masters", SmallInteger, nullable=False),
    Column("status", String(20), nullable=False),
    Column("submit_q", BigInteger, nullable=False),
    Column("money_q", BigInteger, nullable=False),
    Column("worker_id", String(64), nullable=False),
    Column("work_time_s", Integer),
    Column("n", Integer, nullable=False),  # +1 or -1
)
SUMMARIES = (submissions, money, workers, work_times)
TABLES = (*SUMMARIES, changes)
STATE_TABLE = "chart_state"


# -- the facts, as SQL (the triggers and the bulk statements share these texts) ---------------

def _quarter(dialect: str, moment: str) -> str:
    if dialect == "sqlite":
        # strftime('%s') reads the stored text as UTC; whole seconds, like the hour groups.
        epoch = f"CAST(strftime('%s', {moment}) AS INTEGER) / {QUARTER_S}"
    else:
        # A naive UTC timestamp: EXTRACT(EPOCH) reads it as UTC.
        epoch = f"CAST(FLOOR(EXTRACT(EPOCH FROM {moment}) / {QUARTER_S}) AS BIGINT)"
    return f"coalesce({epoch}, {NO_TIME})"


def _facts(dialect: str, row: str, hit: str, sign: int) -> str:
    """The select list of one assignment's fact: ``row`` an assignment, ``hit`` its HIT."""
    requirements = f"CAST({hit}.qualification_requirements AS TEXT)"
    paid = f"coalesce({row}.approval_time, {row}.auto_approval_time, {row}.submit_time)"
    return ", ".join(f"{value} AS {name}" for value, name in zip((
        # Unary plus: a chart's "account_id = ?" pushed down onto the new rows (SQLite) must
        # not make them be looked up through an index of the account's every assignment.
        f"+{row}.account_id",
        f"coalesce({hit}.batch_id, 0)",
        f"{hit}.reward_cents",
        f"CASE WHEN {hit}.max_assignments >= {SURCHARGE_ASSIGNMENT_THRESHOLD} THEN 1 ELSE 0 END",
        f"CASE WHEN {requirements} LIKE '%{MASTERS_ID}%' OR {requirements} LIKE "
        f"'%{MASTERS_SANDBOX_ID}%' THEN 1 ELSE 0 END",
        f"{row}.status",
        _quarter(dialect, f"{row}.submit_time"),
        f"CASE {row}.status WHEN '{APPROVED}' THEN {_quarter(dialect, paid)} "
        f"WHEN '{SUBMITTED}' THEN {_quarter(dialect, f'{row}.auto_approval_time')} "
        f"ELSE {NO_TIME} END",
        f"{row}.worker_id",
        f"{row}.work_time_s",
        str(sign),
    ), FACT_COLUMNS, strict=True))


_INSERT_FACTS = f"INSERT INTO chart_changes ({', '.join(FACT_COLUMNS)}) "


def _folded(dialect: str, row: str) -> str:
    """SQLite: only assignments the summaries already hold (the rest are folded as new)."""
    return f" AND {row}.id <= (SELECT folded_to FROM {STATE_TABLE})" if dialect == "sqlite" \
        else ""


def facts_of_assignments(dialect: str, where: str = "true") -> str:
    """A SELECT of the facts (+1) of the assignments matching ``where`` (alias ``a``)."""
    return (f"SELECT {_facts(dialect, 'a', 'h', 1)} FROM assignments AS a "
            f"JOIN hits AS h ON h.id = a.hit_pk WHERE {where}")


# Columns whose change changes an assignment's fact, or its HIT's part of it.
ASSIGNMENT_KEYS = ("account_id", "hit_pk", "worker_id", "status", "submit_time",
                   "auto_approval_time", "approval_time", "work_time_s")
HIT_KEYS = ("batch_id", "reward_cents", "max_assignments", "qualification_requirements")


def _changed(dialect: str, keys: tuple[str, ...], old: str, new: str) -> str:
    differ = "IS NOT" if dialect == "sqlite" else "IS DISTINCT FROM"
    return " OR ".join(
        f"CAST({old}.{k} AS TEXT) {differ} CAST({new}.{k} AS TEXT)"
        if k == "qualification_requirements" else f"{old}.{k} {differ} {new}.{k}"
        for k in keys)


def _sqlite_triggers() -> tuple[str, ...]:
    folded = f"(SELECT folded_to FROM {STATE_TABLE})"
    newest = "(SELECT coalesce(max(id), 0) FROM assignments)"
    return (
        # Ids are reused: after the newest rows are deleted, the next ones get their ids, and
        # rows not yet folded may be deleted without a trigger noticing. A new row at or
        # below folded_to is therefore counted here; above it, the fold takes it in.
        f"CREATE TRIGGER chart_assignment_insert AFTER INSERT ON assignments "
        f"WHEN new.id <= {folded} BEGIN "
        f"{_INSERT_FACTS}SELECT {_facts('sqlite', 'new', 'h', 1)} FROM hits AS h "
        "WHERE h.id = new.hit_pk; END",
        f"CREATE TRIGGER chart_assignment_update AFTER UPDATE OF {', '.join(ASSIGNMENT_KEYS)} "
        f"ON assignments WHEN old.id <= {folded} AND "
        f"({_changed('sqlite', ASSIGNMENT_KEYS, 'old', 'new')}) BEGIN "
        f"{_INSERT_FACTS}SELECT {_facts('sqlite', 'old', 'h', -1)} FROM hits AS h "
        "WHERE h.id = old.hit_pk; "
        f"{_INSERT_FACTS}SELECT {_facts('sqlite', 'new', 'h', 1)} FROM hits AS h "
        "WHERE h.id = new.hit_pk; END",
        # Deleted with its HIT, the HIT is gone by now: its trigger below counted it out.
        # If it was the newest, the next insert may reuse its id: step back to the newest.
        f"CREATE TRIGGER chart_assignment_delete AFTER DELETE ON assignments "
        f"WHEN old.id <= {folded} BEGIN "
        f"{_INSERT_FACTS}SELECT {_facts('sqlite', 'old', 'h', -1)} FROM hits AS h "
        "WHERE h.id = old.hit_pk; "
        f"UPDATE {STATE_TABLE} SET folded_to = {newest} WHERE folded_to > {newest}; END",
        f"CREATE TRIGGER chart_hit_update AFTER UPDATE OF {', '.join(HIT_KEYS)} ON hits "
        f"WHEN {_changed('sqlite', HIT_KEYS, 'old', 'new')} BEGIN "
        f"{_INSERT_FACTS}SELECT {_facts('sqlite', 'a', 'old', -1)} FROM assignments AS a "
        f"WHERE a.hit_pk = old.id{_folded('sqlite', 'a')}; "
        f"{_INSERT_FACTS}SELECT {_facts('sqlite', 'a', 'new', 1)} FROM assignments AS a "
        f"WHERE a.hit_pk = new.id{_folded('sqlite', 'a')}; END",
        "CREATE TRIGGER chart_hit_delete BEFORE DELETE ON hits BEGIN "
        f"{_INSERT_FACTS}SELECT {_facts('sqlite', 'a', 'old', -1)} FROM assignments AS a "
        f"WHERE a.hit_pk = old.id{_folded('sqlite', 'a')}; END",
    )


def _postgresql_triggers() -> tuple[str, ...]:
    # An assignment's fact is made of its HIT too. Its trigger locks the HIT (FOR SHARE) so
    # that a transaction changing the HIT at the same time waits for it to commit, and then
    # reads the assignment as changed (each statement of a trigger reads afresh under READ
    # COMMITTED); or, changing the HIT first, makes the assignment's trigger wait and read the
    # HIT as changed. Without it both would count the pair as it was before either change.
    return (
        "CREATE FUNCTION chart_assignment_changed() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN "
        "IF TG_OP <> 'INSERT' THEN "
        f"{_INSERT_FACTS}SELECT {_facts('postgresql', 'OLD', 'h', -1)} FROM hits AS h "
        "WHERE h.id = OLD.hit_pk FOR SHARE; END IF; "
        "IF TG_OP <> 'DELETE' THEN "
        f"{_INSERT_FACTS}SELECT {_facts('postgresql', 'NEW', 'h', 1)} FROM hits AS h "
        "WHERE h.id = NEW.hit_pk FOR SHARE; END IF; "
        "RETURN NULL; END $$",
        "CREATE FUNCTION chart_hit_changed() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN "
        f"{_INSERT_FACTS}SELECT {_facts('postgresql', 'a', 'OLD', -1)} FROM assignments AS a "
        "WHERE a.hit_pk = OLD.id; "
        "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; "
        f"{_INSERT_FACTS}SELECT {_facts('postgresql', 'a', 'NEW', 1)} FROM assignments AS a "
        "WHERE a.hit_pk = NEW.id; "
        "RETURN NULL; END $$",
        "CREATE TRIGGER chart_assignment_insert AFTER INSERT ON assignments FOR EACH ROW "
        "EXECUTE FUNCTION chart_assignment_changed()",
        f"CREATE TRIGGER chart_assignment_update AFTER UPDATE OF {', '.join(ASSIGNMENT_KEYS)} "
        "ON assignments FOR EACH ROW "
        f"WHEN ({_changed('postgresql', ASSIGNMENT_KEYS, 'OLD', 'NEW')}) "
        "EXECUTE FUNCTION chart_assignment_changed()",
        "CREATE TRIGGER chart_assignment_delete AFTER DELETE ON assignments FOR EACH ROW "
        "EXECUTE FUNCTION chart_assignment_changed()",
        f"CREATE TRIGGER chart_hit_update AFTER UPDATE OF {', '.join(HIT_KEYS)} ON hits "
        f"FOR EACH ROW WHEN ({_changed('postgresql', HIT_KEYS, 'OLD', 'NEW')}) "
        "EXECUTE FUNCTION chart_hit_changed()",
        # Before: a HIT's assignments are deleted with it, after it is gone.
        "CREATE TRIGGER chart_hit_delete BEFORE DELETE ON hits FOR EACH ROW "
        "EXECUTE FUNCTION chart_hit_changed()",
    )


TRIGGERS = ("chart_assignment_insert", "chart_assignment_update", "chart_assignment_delete",
            "chart_hit_update", "chart_hit_delete")


def _drop_statements(dialect: str) -> list[str]:
    if dialect == "sqlite":
        statements = [f"DROP TRIGGER IF EXISTS {name}" for name in TRIGGERS]
    else:
        statements = [f"DROP TRIGGER IF EXISTS {name} ON "
                      f"{'hits' if name.startswith('chart_hit') else 'assignments'}"
                      for name in TRIGGERS]
        statements += ["DROP FUNCTION IF EXISTS chart_assignment_changed()",
                       "DROP FUNCTION IF EXISTS chart_hit_changed()"]
    statements += [f"DROP TABLE IF EXISTS {table.name}" for table in TABLES]
    statements.append(f"DROP TABLE IF EXISTS {STATE_TABLE}")
    return statements


# -- folding the facts into the summaries ------------------------------------------------------

def _sums(table: Table) -> tuple[str, dict[str, str]]:
    """Which facts a summary counts, and how each of its counts sums them."""
    approved = f"sum(CASE WHEN status = '{APPROVED}' THEN n ELSE 0 END)"
    rejected = f"sum(CASE WHEN status = '{REJECTED}' THEN n ELSE 0 END)"
    return {
        "chart_submissions": ("true", {"n": "sum(n)"}),
        "chart_money": (f"status IN ('{APPROVED}', '{SUBMITTED}')", {"n": "sum(n)"}),
        "chart_workers": ("true", {"n": "sum(n)", "approved": approved, "rejected": rejected}),
        "chart_work_times": ("work_time_s IS NOT NULL", {"n": "sum(n)"}),
    }[table.name]


def _keys(table: Table) -> str:
    return ", ".join(c.name for c in table.primary_key.columns)


def _grouped(table: Table, source: str) -> str:
    """A SELECT of the summary's rows made of the facts of ``source``, in key order."""
    where, sums = _sums(table)
    keys = _keys(table)
    facts = (f"SELECT f.*, CASE WHEN status = '{REJECTED}' THEN 1 ELSE 0 END AS rejected "
             f"FROM ({source}) AS f")
    return (f"SELECT {keys}, {', '.join(sums.values())} FROM ({facts}) AS g WHERE {where} "
            f"GROUP BY {keys} ORDER BY {keys}")


def _upserts(source: str) -> list[str]:
    """Statements adding the facts of ``source`` (a SELECT of FACT_COLUMNS) to each summary.

    Rows come grouped and in key order, so two writers of a server database would take the
    summary rows' locks in the same order.
    """
    statements = []
    for table in SUMMARIES:
        keys, sums = _keys(table), _sums(table)[1]
        statements.append(
            f"INSERT INTO {table.name} ({keys}, {', '.join(sums)}) {_grouped(table, source)} "
            f"ON CONFLICT ({keys}) DO UPDATE SET "
            + ", ".join(f"{c} = {table.name}.{c} + excluded.{c}" for c in sums))
    return statements


_FACTS_OF_CHANGES = f"SELECT {', '.join(FACT_COLUMNS)} FROM chart_changes"
_NEEDS_FOLD = {
    "sqlite": "SELECT EXISTS (SELECT 1 FROM chart_changes) OR (SELECT coalesce(max(id), 0) "
              f"FROM assignments) > (SELECT folded_to FROM {STATE_TABLE})",
    "postgresql": "SELECT EXISTS (SELECT 1 FROM chart_changes)",
}


def _fold_statements(dialect: str) -> list[str]:
    if dialect == "sqlite":
        # New assignments' facts join the logged changes, then everything is added at once.
        return [
            _INSERT_FACTS + facts_of_assignments(
                "sqlite", f"a.id > (SELECT folded_to FROM {STATE_TABLE})"),
            f"UPDATE {STATE_TABLE} SET folded_to = (SELECT coalesce(max(id), 0) FROM assignments)",
            *_upserts(_FACTS_OF_CHANGES),
            "DELETE FROM chart_changes",
        ]
    # One statement: the facts it deletes are exactly those it adds (one snapshot). The lock
    # (held to the commit) keeps two folds from locking summary rows in different orders.
    claimed = f"DELETE FROM chart_changes RETURNING {', '.join(FACT_COLUMNS)}"
    parts = [f"claimed AS ({claimed})"] + [
        f"s{number} AS ({statement})" for number, statement in
        enumerate(_upserts("SELECT * FROM claimed"), start=1)]
    return [f"SELECT pg_advisory_xact_lock({FOLD_LOCK})",
            f"WITH {', '.join(parts)} SELECT count(*) FROM claimed"]


def _runner(connection: Any) -> Any:
    """``exec_driver_sql`` of an SQLAlchemy connection, ``execute`` of a DB-API one."""
    if not hasattr(connection, "exec_driver_sql"):
        return connection.execute
    if connection.dialect.paramstyle in ("format", "pyformat"):
        # psycopg reads % as a placeholder (the LIKE patterns have some).
        return lambda statement: connection.exec_driver_sql(statement.replace("%", "%%"))
    return connection.exec_driver_sql


def _dialect(connection: Any) -> str:
    dialect = getattr(connection, "dialect", None)
    return dialect.name if dialect is not None else "sqlite"  # a plain sqlite3 connection


def fold(connection: Any) -> None:
    """Add what changed since the last fold to the summaries (inside a write transaction).

    Takes an SQLAlchemy connection, or a plain sqlite3 connection (benchmarks that write in
    bulk without the store).
    """
    run, dialect = _runner(connection), _dialect(connection)
    if run(_NEEDS_FOLD[dialect]).fetchone()[0]:
        for statement in _fold_statements(dialect):
            run(statement)


def create(connection: Any) -> None:
    """(Re)create the summaries and their triggers, and fill them from every assignment."""
    run, dialect = _runner(connection), _dialect(connection)
    for statement in _drop_statements(dialect):
        run(statement)
    if dialect not in DIALECTS:
        return
    bind = connection if hasattr(connection, "exec_driver_sql") else None
    if bind is None:
        raise TypeError("creating the summaries needs an SQLAlchemy connection")
    metadata.create_all(bind, tables=list(TABLES))
    if dialect == "sqlite":
        run(f"CREATE TABLE {STATE_TABLE} (folded_to INTEGER NOT NULL)")
        run(f"INSERT INTO {STATE_TABLE} (folded_to) VALUES (0)")
        statements = _sqlite_triggers()
    else:
        statements = _postgresql_triggers()
    for statement in statements:
        run(statement)
    if dialect == "sqlite":
        fold(connection)
    else:
        for statement in _upserts(facts_of_assignments(dialect)):
            run(statement)


def drop(connection: Any) -> None:
    """Remove the summaries and their triggers."""
    run = _runner(connection)
    for statement in _drop_statements(_dialect(connection)):
        run(statement)


def recount_differences(connection: Any) -> list[str]:
    """The summaries (with what is not folded yet) against a recount of every assignment:
    one line per differing row; none when they are exact."""
    run, dialect = _runner(connection), _dialect(connection)
    unfolded_facts = _FACTS_OF_CHANGES
    if dialect == "sqlite":
        unfolded_facts += " UNION ALL " + facts_of_assignments(
            dialect, f"a.id > (SELECT folded_to FROM {STATE_TABLE})")
    differences: list[str] = []
    for table in SUMMARIES:
        width = len(table.primary_key.columns)
        held: dict[tuple[Any, ...], list[int]] = {}
        kept = f"SELECT {_keys(table)}, {', '.join(_sums(table)[1])} FROM {table.name}"
        for statement in (kept, _grouped(table, unfolded_facts)):
            for row in run(statement).fetchall():
                counts = held.setdefault(tuple(row[:width]), [0] * (len(row) - width))
                for index, value in enumerate(row[width:]):
                    counts[index] += int(value)
        recounted = {tuple(row[:width]): [int(v) for v in row[width:]] for row in run(
            _grouped(table, facts_of_assignments(dialect))).fetchall()}
        nothing = [0] * len(_sums(table)[1])
        for key in sorted(set(held) | set(recounted), key=repr):
            have, want = held.get(key, nothing), recounted.get(key, nothing)
            if have != want:
                differences.append(f"{table.name} {key}: {have} held, {want} recounted")
    return differences


# -- reading -----------------------------------------------------------------------------------

def unfolded(dialect: str) -> TextualSelect:
    """The facts not in the summaries yet: changes not folded and, on SQLite, new rows.

    Normally nothing: every write transaction of the store folds before it commits.
    """
    source = _FACTS_OF_CHANGES
    if dialect == "sqlite":
        source += " UNION ALL " + facts_of_assignments(
            dialect, f"a.id > (SELECT folded_to FROM {STATE_TABLE})")
    return text(source).columns(*(changes.c[name] for name in FACT_COLUMNS))


_available: WeakKeyDictionary[Engine, bool] = WeakKeyDictionary()


def is_available(engine: Engine) -> bool:
    """Whether this store keeps the summaries (a store opened unmigrated does not)."""
    found = _available.get(engine)
    if found is None:
        found = False
        if engine.dialect.name in DIALECTS:
            with engine.connect() as connection:
                if engine.dialect.name == "sqlite":
                    found = connection.exec_driver_sql(
                        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?",
                        (STATE_TABLE,)).scalar() == 1
                else:
                    found = connection.exec_driver_sql(
                        "SELECT to_regclass('chart_changes') IS NOT NULL").scalar() is True
        _available[engine] = found
    return found


def keep_folded(sessions: sessionmaker[Session], engine: Engine) -> None:
    """Before each write unit of work of these sessions commits, fold what it changed."""
    if engine.dialect.name not in DIALECTS:
        return

    @event.listens_for(sessions, "before_commit")
    def _fold_changes(session: Session) -> None:
        # Read sessions never write (a write would upgrade their snapshot and may fail).
        if not session.info.get("write") or not is_available(engine):
            return
        fold(session.connection())
