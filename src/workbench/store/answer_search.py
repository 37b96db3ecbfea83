"""The search index of answers: every answer a worker gave, found by any part of its text.

The Assignments search reads each assignment's summary (its answers as "field: value; …",
cut at 240 characters) through a narrow index. What the summary leaves out, answers longer
than it or past its end, is kept in an FTS5 table with the trigram tokenizer (SQLite), so a
search finds any part of any answer. Answers the summary holds word for word are left out of
it: the summary search finds them, and the index stays a fraction of the answers (a short
radio or checkbox answer is never in it), which keeps a search for a common word quick.
The index keeps its own copy of those texts, so dropping a row is a plain DELETE.

Rows are added in bulk, not by a trigger: FTS5 pays per statement, and an import or a sync
writes answers with one statement per row (a trigger cost ~0.7 ms an answer, measured; one
INSERT … SELECT of the new rows costs a few µs an answer). So before a write transaction
commits, the answers above ``indexed_to`` are indexed in one statement, and ``indexed_to``
moves to the newest answer. Deleted and changed answers leave it by trigger.

PostgreSQL keeps a pg_trgm GIN index on ``answers.value``, maintained by the server, where
the extension can be created; without it a search reads every answer.
"""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker

SEARCH_TABLE = "answers_search"
STATE_TABLE = "answers_search_state"
# The GIN index on PostgreSQL (named here: the schema test leaves it out of the comparison).
TRIGRAM_INDEX = "ix_answers_value_trigram"
# Shorter texts have no trigram to look up: a search for them reads the answer summaries only.
MIN_SEARCH_LENGTH = 3

# (The names are written out: these are constants, never built from input.)
CREATE_SQLITE = (
    "CREATE VIRTUAL TABLE answers_search USING fts5(value, tokenize='trigram', detail=none, "
    "columnsize=0)",
    "CREATE TABLE answers_search_state (indexed_to INTEGER NOT NULL)",
    "INSERT INTO answers_search_state (indexed_to) VALUES (0)",
    # A deleted answer leaves the index; if it was the newest, rows inserted after it may
    # reuse its id, so ``indexed_to`` steps back to the newest one left.
    "CREATE TRIGGER answers_search_delete AFTER DELETE ON answers "
    "WHEN old.id <= (SELECT indexed_to FROM answers_search_state) BEGIN "
    "DELETE FROM answers_search WHERE rowid = old.id; "
    "UPDATE answers_search_state SET indexed_to = (SELECT coalesce(max(id), 0) FROM answers) "
    "WHERE indexed_to > (SELECT coalesce(max(id), 0) FROM answers); END",
    # A changed answer is indexed as it now reads (whether or not the summary holds it).
    "CREATE TRIGGER answers_search_update AFTER UPDATE OF value ON answers "
    "WHEN old.id <= (SELECT indexed_to FROM answers_search_state) BEGIN "
    "DELETE FROM answers_search WHERE rowid = old.id; "
    "INSERT INTO answers_search (rowid, value) VALUES (new.id, new.value); END",
)
DROP_SQLITE = (
    "DROP TRIGGER IF EXISTS answers_search_update",
    "DROP TRIGGER IF EXISTS answers_search_delete",
    "DROP TABLE IF EXISTS answers_search_state",
    "DROP TABLE IF EXISTS answers_search",
)
# Index the answers written since the last time that their summary does not hold word for
# word, in one statement.
CATCH_UP_SQLITE = (
    "INSERT INTO answers_search (rowid, value) SELECT a.id, a.value FROM answers AS a "
    "JOIN assignments AS s ON s.id = a.assignment_pk "
    "WHERE a.id > (SELECT indexed_to FROM answers_search_state) "
    "AND instr(s.answer_summary, a.value) = 0 ORDER BY a.id",
    "UPDATE answers_search_state SET indexed_to = (SELECT coalesce(max(id), 0) FROM answers)",
)
# The ids of answers that may hold a LIKE pattern: through the index, and any answer another
# program wrote since the last index update (normally none).
CANDIDATES_SQLITE = ("SELECT rowid AS id FROM answers_search WHERE value LIKE :answer_pattern "
                     "UNION ALL SELECT id FROM answers "
                     "WHERE id > (SELECT indexed_to FROM answers_search_state)")
_NEEDS_CATCH_UP = ("SELECT (SELECT coalesce(max(id), 0) FROM answers) > indexed_to "
                   "FROM answers_search_state")

_available: WeakKeyDictionary[Engine, bool] = WeakKeyDictionary()


def catch_up(connection: Any) -> None:
    """Index the answers written since the last catch-up (SQLite; a DB-API or SQLAlchemy
    connection inside a write transaction)."""
    run = connection.exec_driver_sql if hasattr(connection, "exec_driver_sql") else \
        connection.execute
    if run(_NEEDS_CATCH_UP).fetchone()[0]:
        for statement in CATCH_UP_SQLITE:
            run(statement)


def is_indexed(engine: Engine) -> bool:
    """Whether this store has the SQLite answer index (a store opened unmigrated has not)."""
    found = _available.get(engine)
    if found is None:
        if engine.dialect.name != "sqlite":
            found = False
        else:
            with engine.connect() as connection:
                found = connection.exec_driver_sql(
                    "SELECT count(*) FROM sqlite_master WHERE name IN (?, ?)",
                    (SEARCH_TABLE, STATE_TABLE)).scalar() == 2
        _available[engine] = found
    return found


def keep_indexed(sessions: sessionmaker[Session], engine: Engine) -> None:
    """Before each write unit of work of these sessions commits, index its new answers."""
    if engine.dialect.name != "sqlite":
        return

    @event.listens_for(sessions, "before_commit")
    def _index_new_answers(session: Session) -> None:
        # Read sessions never write (a write would upgrade their snapshot and may fail).
        if not session.info.get("write") or not is_indexed(engine):
            return
        catch_up(session.connection())
