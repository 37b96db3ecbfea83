"""A table's text search: what it finds, and that it reads the narrow search indexes."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, update

from workbench.services.accounts import get_account
from workbench.services.context import Workbench
from workbench.services.tables import AssignmentSource, HitSource, TableRequest
from workbench.store.schema import HIT, Assignment, Batch


def ids_found(source: AssignmentSource | HitSource, account_id: int, search: str) -> set[int]:
    return set(source.ids(TableRequest({"account_id": account_id, "search": search})))


def test_a_search_finds_by_every_searched_column_and_nothing_else(demo_wb: Workbench) -> None:
    account = get_account(demo_wb)
    with demo_wb.store.session(write=True) as session:
        first, second = session.scalars(
            select(Assignment).order_by(Assignment.id).limit(2)).all()
        first.answer_summary = "sentiment: Très_positif 100% «neu»"
        hit = session.get(HIT, second.hit_pk)
        assert hit is not None
        hit.title = "Zürich bakery receipts"
        batch = session.get(Batch, hit.batch_id)
        assert batch is not None
        batch.name = "Spring campaign"
        first_id, first_worker, second_hit, hit_id = (first.id, first.worker_id,
                                                      second.hit_pk, hit.hit_id)
        session.execute(update(Assignment).where(Assignment.id == first.id)
                        .values(answer_xml="<x>" + "y" * 20_000 + "</x>"))
    assignments, hits = AssignmentSource(demo_wb), HitSource(demo_wb)
    # Literal text: % and _ are not wildcards; ASCII case is ignored (SQLite's LIKE folds
    # only ASCII letters).
    assert ids_found(assignments, account.id, "très_POSITIF 100%") == {first_id}
    assert ids_found(assignments, account.id, "100_") == set()  # "_" is no wildcard
    assert first_id in ids_found(assignments, account.id, first_worker)
    # A HIT's id finds its assignments; a title or a batch name finds HITs.
    found = ids_found(assignments, account.id, hit_id)
    hit_column = 1 + [c.key for c in assignments.columns].index("hit_id")
    assert found and {row[hit_column] for row in assignments.rows(list(found)).values()} == \
        {hit_id}
    assert ids_found(hits, account.id, "zürich bakery") | {second_hit} == \
        ids_found(hits, account.id, "Zürich bakery")
    assert second_hit in ids_found(hits, account.id, "spring CAMPAIGN")
    # Another account's rows are never found.
    assert ids_found(assignments, account.id + 1000, "positif") == set()


def query_plan(wb: Workbench, source: AssignmentSource | HitSource, search: str) -> str:
    """SQLite's plan for the ids of a search, one step per " | "."""
    request = TableRequest({"account_id": get_account(wb).id, "search": search})
    query = source._ordered(source.filter(source.base([source.id_column], joined=False),
                                          request.filters), request)
    with wb.store.engine.connect() as connection:
        compiled = query.compile(dialect=connection.dialect)
        params = [compiled.params[name] for name in compiled.positiontup or ()]
        cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        return " | ".join(str(row[-1]) for row in cursor.execute(
            "EXPLAIN QUERY PLAN " + str(compiled), params))


def test_a_search_reads_the_search_index_not_the_rows(demo_wb: Workbench) -> None:
    for source, index in ((AssignmentSource(demo_wb), "ix_assignments_account_search"),
                          (HitSource(demo_wb), "ix_hits_account_search")):
        plan = query_plan(demo_wb, source, "positive")
        assert f"COVERING INDEX {index}" in plan, plan


def _label_some_work(wb: Workbench) -> dict[str, int]:
    """Answers and titles in several scripts; returns the ids of the rows they went to."""
    texts = {"upper": "ÜBERPRÜFUNG der Rechnung", "sharp": "Straße gesperrt",
             "greek": "ΣΟΦΊΑ", "cjk": "東京の天気", "mixed": "café_crème 50%"}
    with wb.store.session(write=True) as session:
        rows = session.scalars(select(Assignment).order_by(Assignment.id).limit(len(texts)))
        ids = {}
        for (name, text), assignment in zip(texts.items(), rows.all(), strict=True):
            assignment.answer_summary = text
            ids[name] = assignment.id
        hit = session.scalars(select(HIT).order_by(HIT.id.desc()).limit(1)).one()
        hit.title = "Übersetzung prüfen"
        ids["hit"] = hit.id
    return ids


def _searches_fold_every_letter(wb: Workbench) -> None:
    account = get_account(wb)
    ids = _label_some_work(wb)
    assignments, hits = AssignmentSource(wb), HitSource(wb)
    assert ids_found(assignments, account.id, "überprüfung") == {ids["upper"]}
    assert ids_found(assignments, account.id, "Überprüfung DER") == {ids["upper"]}
    assert ids_found(assignments, account.id, "σοφία") == {ids["greek"]}
    assert ids_found(assignments, account.id, "東京") == {ids["cjk"]}  # no case: exact
    # Literal, as ever: "_" and "%" beside folded letters are no wildcards.
    assert ids_found(assignments, account.id, "CAFÉ_CRÈME 50%") == {ids["mixed"]}
    assert ids_found(assignments, account.id, "CAFÉ_CRÈME 5%") == set()
    assert ids_found(assignments, account.id, "cafÉXcrème") == set()
    assert ids_found(hits, account.id, "ÜBERSETZUNG") == {ids["hit"]}
    assert ids_found(assignments, account.id + 1000, "überprüfung") == set()


def test_a_search_ignores_the_case_of_every_letter_not_only_ascii(demo_wb: Workbench) -> None:
    _searches_fold_every_letter(demo_wb)
    # SQLite compares Python's case folding, so the German sharp s matches its capitals.
    account = get_account(demo_wb)
    straße = ids_found(AssignmentSource(demo_wb), account.id, "STRAßE")
    assert straße == ids_found(AssignmentSource(demo_wb), account.id, "straße") and straße


@pytest.mark.postgres
def test_a_search_ignores_the_case_of_every_letter_on_postgresql(pg_database: str) -> None:
    from workbench.services.demo import run_demo

    with Workbench.open(pg_database) as wb:
        run_demo(wb, hits=4, assignments=3, workers=4, seed=5)
        _searches_fold_every_letter(wb)


def test_a_folded_search_still_reads_only_the_search_index(demo_wb: Workbench) -> None:
    plan = query_plan(demo_wb, AssignmentSource(demo_wb), "Überprüfung")
    assert "COVERING INDEX ix_assignments_account_search" in plan, plan


LONG_COMMENT = ("The packaging was fine and the delivery came on the Tuesday as promised; "
                "the product itself works, although the manual is only in English and the "
                "charger gets warm after an hour of use, which worried my daughter a little "
                "until we read the forum posts about it. Overall we would buy again, mostly "
                "for the Zuckerwatte-pink colour.")


def _write_long_answer(wb: Workbench) -> int:
    """A free-text answer far longer than the summary, on the first assignment."""
    from workbench.store.schema import AnswerField

    assert len(LONG_COMMENT) > 300
    with wb.store.session(write=True) as session:
        first = session.scalars(select(Assignment).order_by(Assignment.id).limit(1)).one()
        session.add(AnswerField(assignment_pk=first.id, name="comment", value=LONG_COMMENT))
        first.answer_summary = ("comment: " + LONG_COMMENT)[:240]
        return first.id


def test_a_search_finds_words_anywhere_in_the_full_answers(demo_wb: Workbench) -> None:
    """The placeholder promises answers: words past the 240-character summary are found."""
    from workbench.store.schema import AnswerField

    account = get_account(demo_wb)
    with demo_wb.store.read() as session:
        from sqlalchemy import text

        # The demo's answers are short: their summaries hold them, the index holds none.
        assert session.execute(text("SELECT count(*) FROM answers_search")).scalar() == 0
        assert session.scalar(select(func.count()).select_from(AnswerField)) > 0
    first = _write_long_answer(demo_wb)
    source = AssignmentSource(demo_wb)
    assert ids_found(source, account.id, "Positive")  # found through the summaries
    assert ids_found(source, account.id, "zuckerwatte-PINK") == {first}
    assert ids_found(source, account.id, "Zuckerwatte_pink") == set()  # "_" literal
    assert ids_found(source, account.id, "zuckerwatte") == {first}
    # Changed and deleted answers leave the index.
    with demo_wb.store.session(write=True) as session:
        session.execute(update(AnswerField).where(AnswerField.name == "comment",
                                                  AnswerField.assignment_pk == first)
                        .values(value=LONG_COMMENT.replace("Zuckerwatte", "Lakritz")))
    assert ids_found(source, account.id, "zuckerwatte") == set()
    assert ids_found(source, account.id, "LAKRITZ-pink") == {first}
    with demo_wb.store.session(write=True) as session:
        session.execute(AnswerField.__table__.delete().where(AnswerField.assignment_pk == first))
    assert ids_found(source, account.id, "lakritz") == set()
    # Written by another program (no index update): found all the same.
    import sqlite3

    path = demo_wb.store.path
    assert path is not None
    raw = sqlite3.connect(path)
    raw.execute("INSERT INTO answers (assignment_pk, name, value) VALUES (?, 'note', ?)",
                (first, "written elsewhere: Ölkännchen"))
    raw.commit()
    raw.close()
    assert ids_found(source, account.id, "ÖLKÄNNCHEN") == {first}
    assert ids_found(source, account.id + 1000, "ölkännchen") == set()


def test_typing_in_the_search_box_finds_a_word_deep_in_an_answer(qtbot, demo_wb: Workbench) -> None:  # type: ignore[no-untyped-def]
    from workbench.views.main_window import MainWindow

    first = _write_long_answer(demo_wb)
    window = MainWindow(demo_wb)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    try:
        window.show_page("Assignments")
        page = window.assignments
        model = page.table.lazy_model()
        qtbot.waitUntil(lambda: not model.is_loading and model.rowCount() > 1, timeout=10_000)
        page.search.setFocus()
        qtbot.keyClicks(page.search, "zuckerwatte")  # past the 240-character summary
        qtbot.waitUntil(lambda: not model.is_loading and model.rowCount() == 1, timeout=10_000)
        assert model.data(model.index(0, 0), model.RowIdRole) == first
        assert "answer" in page.search.placeholderText()
    finally:
        window.runner.shutdown()


@pytest.mark.postgres
def test_a_search_finds_words_anywhere_in_the_answers_on_postgresql(pg_database: str) -> None:
    from workbench.services.demo import run_demo

    with Workbench.open(pg_database) as wb:
        run_demo(wb, hits=4, assignments=3, workers=4, seed=5)
        first = _write_long_answer(wb)
        account = get_account(wb)
        assert ids_found(AssignmentSource(wb), account.id, "ZUCKERWATTE") == {first}
        with wb.store.engine.connect() as connection:
            indexes = {row[0] for row in connection.exec_driver_sql(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'answers'")}
        assert "ix_answers_value_trigram" in indexes
