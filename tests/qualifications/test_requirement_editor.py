"""The requirement editor: every comparator with the values it takes, guards, and warnings."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from workbench.domain.qualifications import (
    ADULT_ID,
    APPROVAL_RATE_ID,
    COMPARATORS,
    LOCALE_COMPARATORS,
    LOCALE_ID,
    MASTERS_ID,
    MASTERS_SANDBOX_ID,
    NUMBER_APPROVED_ID,
    check_requirement,
)
from workbench.services.context import Workbench
from workbench.store.schema import QualificationType
from workbench.views.widgets.requirement_editor import RequirementEditor

CUSTOM_ID = "3CUSTOMQUALIFICATIONID0000000"


def integer_requirement(comparator: str) -> dict[str, Any]:
    values = {"Exists": None, "DoesNotExist": None, "In": [1, 2, 3], "NotIn": [4, 5]}.get(
        comparator, [7])
    requirement: dict[str, Any] = {"QualificationTypeId": CUSTOM_ID, "Comparator": comparator,
                                   "ActionsGuarded": "Accept"}
    if values is not None:
        requirement["IntegerValues"] = values
    return requirement


def locale_requirement(comparator: str) -> dict[str, Any]:
    locales = {"EqualTo": [{"Country": "US", "Subdivision": "NY"}],
               "NotEqualTo": [{"Country": "IN"}],
               "In": [{"Country": "US"}, {"Country": "CA", "Subdivision": "ON"}],
               "NotIn": [{"Country": "GB"}, {"Country": "DE"}]}.get(comparator)
    requirement: dict[str, Any] = {"QualificationTypeId": LOCALE_ID, "Comparator": comparator,
                                   "ActionsGuarded": "PreviewAndAccept"}
    if locales is not None:
        requirement["LocaleValues"] = locales
    return requirement


def make_editor(qtbot: Any, wb: Workbench, **kwargs: Any) -> RequirementEditor:
    editor = RequirementEditor(wb, **kwargs)
    qtbot.addWidget(editor)
    return editor


def test_every_comparator_round_trips_with_its_values(qtbot: Any, wb: Workbench) -> None:
    editor = make_editor(qtbot, wb)
    wanted = [integer_requirement(c) for c in COMPARATORS]
    wanted += [locale_requirement(c) for c in LOCALE_COMPARATORS]
    editor.set_requirements(wanted[:10])
    assert editor.requirements() == wanted[:10]
    editor.set_requirements(wanted[10:])
    assert editor.requirements() == wanted[10:]
    assert all(check_requirement(r) is None for r in editor.requirements())


def test_each_comparator_shows_the_editor_for_its_values(qtbot: Any, wb: Workbench) -> None:
    editor = make_editor(qtbot, wb)
    row = editor.add_requirement(integer_requirement("In"))
    assert row.values.currentWidget() is row.integers
    row.comparator.setCurrentIndex(row.comparator.findData("GreaterThan"))
    assert row.values.currentWidget() is row.integer
    row.comparator.setCurrentIndex(row.comparator.findData("Exists"))
    assert row.values.currentWidget() is row.none_label
    assert "IntegerValues" not in editor.requirements()[0]
    locale = editor.add_requirement(locale_requirement("EqualTo"))
    assert locale.values.currentWidget() is locale.locale_picker
    # Locations cannot be ordered: no "less than" for them.
    offered = [locale.comparator.itemData(i) for i in range(locale.comparator.count())]
    assert set(offered) == set(LOCALE_COMPARATORS)
    locale.comparator.setCurrentIndex(locale.comparator.findData("NotIn"))
    assert locale.values.currentWidget() is locale.locale_list


def test_guards_follow_what_the_user_picks(qtbot: Any, wb: Workbench) -> None:
    editor = make_editor(qtbot, wb)
    row = editor.add_requirement({"QualificationTypeId": APPROVAL_RATE_ID,
                                  "Comparator": "GreaterThanOrEqualTo", "IntegerValues": [95],
                                  "RequiredToPreview": True})
    assert editor.requirements()[0]["ActionsGuarded"] == "PreviewAndAccept"
    row.guard.setCurrentIndex(row.guard.findData("DiscoverPreviewAndAccept"))
    assert editor.requirements()[0]["ActionsGuarded"] == "DiscoverPreviewAndAccept"


@pytest.mark.parametrize(("sandbox", "masters"), [(False, MASTERS_ID), (True, MASTERS_SANDBOX_ID)])
def test_masters_has_the_right_id_and_warns_about_its_fee(qtbot: Any, wb: Workbench,
                                                          sandbox: bool, masters: str) -> None:
    editor = make_editor(qtbot, wb, sandbox=sandbox)
    editor._fill_add_menu()
    action = next(a for a in editor.add_menu.actions() if a.text().startswith("Masters"))
    action.trigger()
    assert editor.requirements()[0]["QualificationTypeId"] == masters
    assert editor.requirements()[0]["Comparator"] == "Exists"
    assert any("5%" in a.text for a in editor.advice if a.level == "warning")
    assert not editor.problems()


def test_the_other_environments_masters_is_an_error(qtbot: Any, wb: Workbench) -> None:
    editor = make_editor(qtbot, wb, sandbox=True)
    editor.set_requirements([{"QualificationTypeId": MASTERS_ID, "Comparator": "Exists"}])
    assert editor.requirements()[0]["QualificationTypeId"] == MASTERS_ID
    assert any(MASTERS_SANDBOX_ID in p for p in editor.problems())


def test_excluding_almost_everyone_is_warned(qtbot: Any, wb: Workbench) -> None:
    editor = make_editor(qtbot, wb)
    editor.set_requirements([{"QualificationTypeId": NUMBER_APPROVED_ID,
                              "Comparator": "GreaterThanOrEqualTo", "IntegerValues": [10000]}])
    assert any("almost every worker" in a.text for a in editor.advice)
    assert "almost every worker" in editor.advice_label.text()
    editor.rows[0].integer.setValue(500)
    assert not editor.advice


def test_bad_values_are_refused_with_a_reason(qtbot: Any, wb: Workbench) -> None:
    editor = make_editor(qtbot, wb)
    row = editor.add_requirement(integer_requirement("In"))
    with qtbot.waitSignal(editor.changed):
        row.integers.setText("1, two, 3")
    assert any("'two' is not a whole number" in p for p in editor.problems())
    assert editor.requirements()[0]["IntegerValues"] == []
    locale = editor.add_requirement(locale_requirement("In"))
    locale.locale_list.setText("US, Narnia")
    assert any("not a country code" in p for p in editor.problems())
    locale.locale_list.setText("US, XX")
    assert any("XX is not a country code" in p for p in editor.problems())
    locale.locale_list.setText(", ".join(["US"] * 16))
    assert any("1 to 15" in p for p in editor.problems())


def test_at_most_ten_requirements(qtbot: Any, wb: Workbench) -> None:
    editor = make_editor(qtbot, wb)
    editor.set_requirements([integer_requirement("Exists")] * 10)
    assert not editor.add_button.isEnabled()
    editor.rows[0].remove.click()
    assert len(editor.requirements()) == 9
    assert editor.add_button.isEnabled()


def test_the_accounts_own_qualifications_are_offered(qtbot: Any, wb: Workbench,
                                                     account: Any) -> None:
    with wb.store.session(write=True) as session:
        session.add(QualificationType(account_id=account.id, qualification_type_id=CUSTOM_ID,
                                      name="Bird spotter", status="Inactive"))
    editor = make_editor(qtbot, wb, account=account)
    editor.set_requirements([integer_requirement("GreaterThanOrEqualTo")])
    qtbot.waitUntil(lambda: bool(editor.custom), timeout=5000)
    row = editor.rows[0]
    assert row.qualification.currentText() == "Bird spotter"
    assert not row.other_id.isVisible()
    assert editor.requirements() == [integer_requirement("GreaterThanOrEqualTo")]
    assert any("inactive" in a.text for a in editor.advice)


def test_adult_and_unknown_ids(qtbot: Any, wb: Workbench) -> None:
    editor = make_editor(qtbot, wb)
    editor.set_requirements([{"QualificationTypeId": ADULT_ID, "Comparator": "EqualTo",
                              "IntegerValues": [1]}])
    assert editor.rows[0].integer.maximum() == 1
    editor.add_requirement({"QualificationTypeId": "", "Comparator": "Exists"})
    assert any("Type the qualification type id" in p for p in editor.problems())
    editor.rows[1].other_id.setText("3SOMEONEELSESQUALIFICATION00")
    assert editor.requirements()[1]["QualificationTypeId"] == "3SOMEONEELSESQUALIFICATION00"
    assert not editor.problems()


def test_an_editor_closed_while_its_types_load_is_destroyed_on_the_gui_thread(
        qapp: Any, wb: Workbench, monkeypatch: pytest.MonkeyPatch) -> None:
    """The loading thread must not hold the editor: were it the last to let go, the editor
    would be destroyed on that thread while the GUI thread paints (a crash in CI)."""
    import gc
    import threading

    from workbench.views.widgets import requirement_editor

    release = threading.Event()

    def slow_types(*_: Any) -> list[Any]:
        release.wait(5)
        return []

    monkeypatch.setattr(requirement_editor, "list_types", slow_types)
    editor = requirement_editor.RequirementEditor(wb)
    destroyed_on: list[str] = []
    editor.destroyed.connect(lambda: destroyed_on.append(threading.current_thread().name),
                             Qt.ConnectionType.DirectConnection)
    loader = next(t for t in threading.enumerate() if t.name == "requirement-types")
    del editor
    gc.collect()
    release.set()
    loader.join(5)
    gc.collect()
    qapp.processEvents()
    assert destroyed_on == [threading.main_thread().name]
