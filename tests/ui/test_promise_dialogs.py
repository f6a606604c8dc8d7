"""The promise, activity and progress forms: fill and save, messages at the fields, Swedish."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from sspf_desk.domain.enums import MeetingType
from sspf_desk.domain.group_level import MeasureKind
from sspf_desk.domain.promises import (
    ActivityCounting,
    ProgressInput,
    Promise,
    PromiseInput,
    Signatory,
)
from sspf_desk.errors import ValidationError
from sspf_desk.ui.dialogs.promise_activity_editor import ActivityEditor
from sspf_desk.ui.dialogs.promise_editor import PromiseEditor
from sspf_desk.ui.dialogs.promise_fields import FocusArea, amount_input, parse_amount
from sspf_desk.ui.dialogs.promise_panel_parts import default_quarter
from sspf_desk.ui.dialogs.promise_progress_editor import ProgressEditor, default_day
from sspf_desk.ui.i18n import install_translator
from sspf_desk.ui.lock import CommitOutcome
from tests.ui.fakes_promises import FakePromises
from tests.ui.promise_world import TODAY, build_promises
from tests.ui.test_accessibility import unnamed_controls


@pytest.fixture
def world() -> tuple[FakePromises, str, list[str]]:
    return build_promises()


def promise_of(world: tuple[FakePromises, str, list[str]]) -> Promise:
    return world[0].get_promise(world[1])


_HELD: list[QWidget] = []


@pytest.fixture(autouse=True)
def release_held() -> Iterator[None]:
    """Let the forms go only after pytest-qt has closed them.

    pytest-qt keeps weak references: a form that dies with its test's locals while shown
    leaves its tables painting models already freed (a crash in the events after the test).
    """
    yield
    _HELD.clear()


def held(qtbot: QtBot, dialog: QWidget) -> None:
    qtbot.addWidget(dialog)
    _HELD.append(dialog)


def shown(qtbot: QtBot, dialog: QWidget) -> None:
    held(qtbot, dialog)
    dialog.show()
    qtbot.waitExposed(dialog)


def test_amounts_are_read_the_swedish_way() -> None:
    assert parse_amount(" 4 000 ") == 4000.0
    assert parse_amount("12,5") == 12.5 and parse_amount("12.5") == 12.5
    assert parse_amount("4\u00a0000") == 4000.0 and parse_amount("−2") == -2.0
    assert parse_amount("") is None
    for bad in ("tolv", "1,2,3", "nan", "inf"):
        with pytest.raises(ValueError):
            parse_amount(bad)
    assert amount_input(4000) == "4000" and amount_input(12.5) == "12,5"
    assert default_quarter(2026, date(2026, 8, 15)) == 3
    assert default_quarter(2025, date(2026, 8, 15)) == 4
    assert default_quarter(2027, date(2026, 8, 15)) == 1
    assert default_day(2025, TODAY) == date(2025, 12, 31)
    assert default_day(2027, TODAY) is None


def test_a_complete_promise_is_saved_with_every_field(qtbot: QtBot) -> None:
    fake = FakePromises(today=TODAY)
    editor = PromiseEditor(fake)
    held(qtbot, editor)
    assert editor.year.value() == date.today().year
    editor.year.setValue(2026)
    editor.title.setText("Medborgarlöfte 2026 – Tryggare centrum")
    editor.municipality.setText("Åby kommun")
    editor.police_area.setText("LPO Åby")
    editor.problem.setPlainText("Otrygghet vid torget.")
    editor.focus_areas.add_row(FocusArea("Trygg offentlig miljö"))
    editor.focus_areas.add_row(FocusArea("Unga i riskmiljöer"))
    editor.focus_list.select_row(1)
    editor.focus_list.move_up()
    editor.effects.setPlainText("Fler känner sig trygga.")
    editor.signatories.add_row(Signatory("Eva Ek", "KSO"))
    assert editor.is_dirty()
    assert editor.submit(), editor.errors.general.text()
    data = fake.calls[-1][1]
    assert data == PromiseInput(
        year=2026,
        municipality="Åby kommun",
        police_area="LPO Åby",
        title="Medborgarlöfte 2026 – Tryggare centrum",
        problem="Otrygghet vid torget.",
        focus_areas=("Unga i riskmiljöer", "Trygg offentlig miljö"),
        effects="Fler känner sig trygga.",
        signatories=(Signatory("Eva Ek", "KSO"),),
    )
    assert editor.promise_id is not None


def test_empty_promise_shows_messages_under_the_fields_and_rows(qtbot: QtBot) -> None:
    editor = PromiseEditor(FakePromises(today=TODAY))
    shown(qtbot, editor)
    editor.focus_areas.add_row(FocusArea("  "))
    editor.signatories.add_row(Signatory("", "KSO"))
    assert not editor.submit()
    assert editor.errors.message("title") == "Ange en rubrik för medborgarlöftet."
    assert editor.errors.message("municipality") == "Ange kommunen."
    assert editor.errors.message("police_area") == "Ange lokalpolisområdet."
    assert "Row 1: Ange fokusområdet eller ta bort raden." in editor.errors.message("focus_areas")
    assert editor.focus_areas.problem(0, 0)  # the cell is marked too
    assert editor.errors.message("signatories") == "Row 1: Ange namnet."
    assert editor.focusWidget() is editor.title
    editor.title.setText("Rubrik")  # messages follow the typing once shown
    assert editor.errors.message("title") == ""


def test_an_existing_promise_is_shown_and_updated(
    qtbot: QtBot, world: tuple[FakePromises, str, list[str]]
) -> None:
    fake, promise_id, _ = world
    editor = PromiseEditor(fake, promise_of(world))
    held(qtbot, editor)
    assert editor.windowTitle() == "Medborgarlöfte 2026"
    assert editor.year.value() == 2026 and editor.police_area.text() == "LPO Åby"
    assert [f.text for f in editor.focus_areas.rows()] == [
        "Trygg offentlig miljö",
        "Unga i riskmiljöer",
    ]
    assert not editor.is_dirty()
    editor.effects.setPlainText("Minskad brottslighet.")
    assert editor.submit()
    assert fake.get_promise(promise_id).data.effects == "Minskad brottslighet."


def test_service_errors_land_under_their_fields(
    qtbot: QtBot, world: tuple[FakePromises, str, list[str]]
) -> None:
    fake = world[0]

    def refuse(_promise_id: str, _data: object) -> Promise:
        raise ValidationError({"year": "Det finns redan ett löfte för året.", "x": "Annat."})

    fake.update_promise = refuse  # type: ignore[method-assign]
    editor = PromiseEditor(fake, promise_of(world))
    shown(qtbot, editor)
    editor.year.setValue(2025)
    assert not editor.submit()
    assert editor.errors.message("year") == "Det finns redan ett löfte för året."
    assert editor.errors.general.text() == "Annat."
    assert editor.focusWidget() is editor.year


def test_activity_fields_follow_the_counting(
    qtbot: QtBot, world: tuple[FakePromises, str, list[str]]
) -> None:
    fake = world[0]
    editor = ActivityEditor(fake, promise_of(world))
    shown(qtbot, editor)
    assert not editor.meeting_type.isVisible() and not editor.measure_kind.isVisible()
    assert [editor.focus_area.itemText(i) for i in range(editor.focus_area.count())] == [
        "(none)",
        "Trygg offentlig miljö",
        "Unga i riskmiljöer",
    ]
    editor.counting.setCurrentIndex(editor.counting.findData(ActivityCounting.MEETINGS.value))
    assert editor.meeting_type.isVisible() and not editor.area.isVisible()
    assert editor.unit.text() == "meetings"
    assert "held in 2026 count automatically" in editor.hint.text()
    editor.counting.setCurrentIndex(editor.counting.findData(ActivityCounting.MEASURE_HOURS.value))
    assert editor.measure_kind.isVisible() and editor.area.isVisible()
    assert not editor.meeting_type.isVisible()
    assert editor.unit.text() == "hours"  # the suggestion follows until the user types one
    editor.unit.setText("timmar")
    editor.counting.setCurrentIndex(editor.counting.findData(ActivityCounting.MEASURES.value))
    assert editor.unit.text() == "timmar"


def test_an_activity_is_saved_with_what_it_counts(
    qtbot: QtBot, world: tuple[FakePromises, str, list[str]]
) -> None:
    fake, promise_id, _ = world
    editor = ActivityEditor(fake, promise_of(world))
    held(qtbot, editor)
    editor.title.setText("Polisnärvaro vid skolorna")
    editor.owner.setText("Polisen")
    editor.focus_area.setCurrentIndex(2)
    editor.target.setText("1 500")
    editor.counting.setCurrentIndex(editor.counting.findData(ActivityCounting.MEASURE_HOURS.value))
    editor.measure_kind.setCurrentIndex(
        editor.measure_kind.findData(MeasureKind.POLICE_PRESENCE.value)
    )
    editor.area.setText("Norra")
    editor.meeting_type.setCurrentIndex(1)  # hidden: not kept
    assert editor.submit(), editor.errors.general.text()
    added = fake.activities(promise_id)[-1].data
    assert (added.title, added.owner, added.focus_area) == (
        "Polisnärvaro vid skolorna",
        "Polisen",
        "Unga i riskmiljöer",
    )
    assert (added.target, added.unit, added.area) == (1500.0, "hours", "Norra")
    assert added.counting is ActivityCounting.MEASURE_HOURS
    assert added.measure_kind is MeasureKind.POLICE_PRESENCE and added.meeting_type is None


def test_activity_problems_are_shown_at_the_fields(
    qtbot: QtBot, world: tuple[FakePromises, str, list[str]]
) -> None:
    fake, promise_id, _ = world
    activity = fake.activities(promise_id)[2]  # counts operational-group meetings
    editor = ActivityEditor(fake, promise_of(world), activity)
    shown(qtbot, editor)
    assert editor.windowTitle() == "Activity"
    assert editor.meeting_type.currentData() == MeetingType.OPERATIONAL_GROUP.value
    assert editor.target.text() == "20" and editor.focus_area.currentIndex() == 2
    editor.target.setText("tjugo")
    editor.owner.clear()
    assert not editor.submit()
    assert editor.errors.message("target") == "Write a number, e.g. 12 or 12,5."
    assert editor.errors.message("owner") == "Ange vem som ansvarar."
    assert editor.focusWidget() is editor.owner
    editor.target.setText("-3")
    assert editor.errors.message("target") == "Målet ska vara ett tal större än 0."
    editor.target.clear()
    assert editor.errors.message("target") == "Enter the target, e.g. 4000."
    assert fake.activities(promise_id)[2].data.target == 20


def test_a_result_is_recorded_quickly(
    qtbot: QtBot, world: tuple[FakePromises, str, list[str]]
) -> None:
    fake, promise_id, ids = world
    activity = fake.activities(promise_id)[0]
    editor = ProgressEditor(fake, activity, 2026, today=TODAY)
    shown(qtbot, editor)
    assert editor.focusWidget() is editor.amount
    assert editor.on.value() == TODAY
    editor.amount.setText("12,5")
    QTest.keyClick(editor.amount, Qt.Key.Key_Return)  # Enter saves
    assert not editor.isVisible()
    entry = fake.progress(ids[0])[-1].data
    assert entry == ProgressInput(ids[0], TODAY, 12.5, "")


def test_result_problems_are_shown_at_the_fields(
    qtbot: QtBot, world: tuple[FakePromises, str, list[str]]
) -> None:
    fake, promise_id, ids = world
    editor = ProgressEditor(fake, fake.activities(promise_id)[1], 2026, today=TODAY)
    shown(qtbot, editor)
    assert not editor.submit()
    assert editor.errors.message("amount") == "Ange hur mycket som gjorts (ett tal skilt från 0)."
    editor.amount.setText("1")
    editor.on.set_value(date(2026, 12, 1))
    assert editor.errors.message("on") == "Datumet kan inte ligga i framtiden."
    editor.on.set_value(date(2025, 12, 1))
    assert editor.errors.message("on") == "Datumet ska ligga inom löftets år (2026)."
    editor.on.edit.setText("2026-13-01")
    assert editor.errors.message("on") == "Write the date as YYYY-MM-DD."
    editor.on.set_value(date(2026, 5, 1))
    editor.note.setPlainText("Möte i södra området")
    assert editor.submit()
    assert fake.progress(ids[1])[-1].data.note == "Möte i södra området"


def test_an_existing_result_is_changed(
    qtbot: QtBot, world: tuple[FakePromises, str, list[str]]
) -> None:
    fake, promise_id, ids = world
    entry = fake.progress(ids[1])[0]
    editor = ProgressEditor(fake, fake.activities(promise_id)[1], 2026, entry, today=TODAY)
    held(qtbot, editor)
    assert (editor.amount.text(), editor.on.value()) == ("1", date(2026, 3, 10))
    assert editor.commit_pending() is CommitOutcome.UNCHANGED
    editor.amount.setText("2")
    assert editor.commit_pending() is CommitOutcome.SAVED
    assert fake.progress(ids[1])[0].data.amount == 2.0
    editor.amount.setText("0")
    assert editor.commit_pending() is CommitOutcome.DISCARDED


def test_every_control_is_named_and_swedish_is_complete(
    qtbot: QtBot, world: tuple[FakePromises, str, list[str]]
) -> None:
    install_translator("sv")
    fake, promise_id, _ = world
    promise_form = PromiseEditor(fake)
    shown(qtbot, promise_form)
    assert unnamed_controls(promise_form) == []
    assert promise_form.windowTitle() == "Nytt medborgarlöfte"
    assert promise_form.signatories.headerData(1, Qt.Orientation.Horizontal) == "Titel"
    activity_form = ActivityEditor(fake, promise_of(world))
    shown(qtbot, activity_form)
    activity_form.counting.setCurrentIndex(
        activity_form.counting.findData(ActivityCounting.MEASURES.value)
    )
    assert unnamed_controls(activity_form) == []
    assert activity_form.counting.currentText() == (
        "Antal genomförda åtgärder på grupp- och områdesnivå"
    )
    assert activity_form.measure_kind.itemText(0) == "Fältvandring"
    assert activity_form.unit.text() == "tillfällen"
    progress_form = ProgressEditor(fake, fake.activities(promise_id)[0], 2026, today=TODAY)
    shown(qtbot, progress_form)
    assert unnamed_controls(progress_form) == []
    assert progress_form.windowTitle() == "Registrera resultat"
