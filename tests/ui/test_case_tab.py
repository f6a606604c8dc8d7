"""The record's case tab: steps as buttons, closing, reopening, the plan; closed = read-only."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sspf_desk.domain import (
    ActionItemInput,
    ActionPlanInput,
    ActionStatus,
    CaseStatus,
    ClosingReason,
    Sector,
)
from sspf_desk.ui.dialogs.action_item_editor import ActionItemEditor
from sspf_desk.ui.dialogs.case_dialogs import CloseCaseDialog, TransitionInput
from sspf_desk.ui.lock import CommitOutcome
from sspf_desk.ui.models.action_items_model import OVERDUE_ROLE
from sspf_desk.ui.record.record_window import RecordWindow
from tests.ui.fakes_casework import Casework, casework


def make_record(qtbot: QtBot, work: Casework) -> RecordWindow:
    window = RecordWindow(work.context())
    work.hub.listeners.append(window.on_changes)
    qtbot.addWidget(window)
    window.show()
    return window


def active_case(work: Casework) -> str:
    case = work.cases.open_case(work.person.id, date(2025, 1, 20))
    for target in (CaseStatus.CONSENT, CaseStatus.MAPPING, CaseStatus.ACTIVE_PLAN):
        work.cases.transition(case.id, target)
    work.cases.add_item(
        case.id,
        ActionItemInput(
            "Mentorssamtal varje vecka",
            Sector.SCHOOL,
            "Mentor",
            date(2025, 2, 1),
            date(2025, 3, 1),
            ActionStatus.ONGOING,
            None,
        ),
    )
    return case.id


def test_allowed_steps_are_buttons(qtbot: QtBot) -> None:
    work = casework()
    case = work.cases.open_case(work.person.id, date(2025, 1, 20))
    window = make_record(qtbot, work)
    tab = window.cases
    assert set(tab.step_buttons) == {CaseStatus.CONSENT}
    assert "Status: Intake" in tab.status_label.text()
    assert not tab.new_button.isEnabled()  # one open case at a time
    box = tab.ask_step(CaseStatus.CONSENT)
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()
    assert work.cases.cases[case.id].status is CaseStatus.CONSENT
    assert set(tab.step_buttons) == {CaseStatus.MAPPING}
    assert tab.events.rowCount() == 2


def test_closing_needs_reason_and_outcome_then_the_case_is_read_only(qtbot: QtBot) -> None:
    work = casework()
    case_id = active_case(work)
    window = make_record(qtbot, work)
    tab = window.cases
    assert tab.plan.add_button.isEnabled()
    assert tab.closed_note.isHidden()
    dialog = tab.close_case()
    assert isinstance(dialog, CloseCaseDialog)
    assert not dialog.submit()
    assert dialog.errors.message("closing_reason")
    assert dialog.errors.message("outcome")
    dialog.closing_reason.setCurrentIndex(dialog.closing_reason.findData("goals_reached"))
    dialog.outcome.setPlainText("Går i skolan varje dag och spelar fotboll.")
    assert dialog.submit()
    assert work.cases.cases[case_id].status is CaseStatus.CLOSED
    assert not tab.closed_note.isHidden()
    assert "Goals reached" in tab.status_label.text()
    assert tab.plan.goals.isReadOnly() and tab.plan.strengths.isReadOnly()
    tab.plan.table.selectRow(0)
    for button in (
        tab.plan.add_button,
        tab.plan.edit_button,
        tab.plan.remove_button,
        tab.plan.save_button,
    ):
        assert not button.isEnabled()
    assert tab.step_buttons == {}
    assert not tab.reopen_button.isHidden() and tab.close_button.isHidden()
    assert tab.plan.add_item() is None
    assert tab.new_button.isEnabled()


def test_reopening_needs_a_reason_and_returns_to_the_status_before(qtbot: QtBot) -> None:
    work = casework()
    case_id = active_case(work)
    work.cases.transition(
        case_id, CaseStatus.CLOSED, closing_reason=ClosingReason.MOVED, outcome="Flyttat."
    )
    window = make_record(qtbot, work)
    dialog = window.cases.reopen_case()
    assert dialog is not None
    assert "Active plan" in dialog.intro.text()
    assert not dialog.submit()
    assert dialog.errors.message("reason")
    dialog.reason.setPlainText("Familjen har flyttat tillbaka.")
    assert dialog.submit()
    assert work.cases.cases[case_id].status is CaseStatus.ACTIVE_PLAN
    assert window.cases.closed_note.isHidden()
    reasons = [
        window.cases.events.index(n, 2).data() for n in range(window.cases.events.rowCount())
    ]
    assert "Familjen har flyttat tillbaka." in reasons


def test_overdue_items_stand_out_and_are_counted(qtbot: QtBot) -> None:
    work = casework()
    active_case(work)
    window = make_record(qtbot, work)
    plan = window.cases.plan
    assert plan.model.index(0, 0).data(OVERDUE_ROLE) is True
    assert plan.overdue_note.text() == "1 action(s) overdue"
    assert window.cases.model.index(0, 2).data() == "1 (1 overdue)"


def test_items_are_added_through_the_editor(qtbot: QtBot) -> None:
    work = casework()
    case_id = active_case(work)
    window = make_record(qtbot, work)
    editor = window.cases.plan.add_item()
    assert isinstance(editor, ActionItemEditor)
    editor.edit("deadline").setText("2025-01-01")  # before the start
    assert not editor.submit()
    assert editor.errors.message("what")
    assert editor.errors.message("responsible")
    assert editor.errors.message("deadline")
    editor.edit("what").setText("Prova på fotboll i IK Norrby")
    editor.edit("responsible").setText("Fritidsledare Omar")
    editor.sector.setCurrentIndex(editor.sector.findData(Sector.LEISURE.value))
    editor.edit("start_on").setText("2025-03-01")
    editor.edit("deadline").setText("2025-04-30")
    assert editor.submit()
    assert len(work.cases.list_items(case_id)) == 2
    assert window.cases.plan.model.rowCount() == 2
    assert window.cases.plan.selected_item() is not None


def test_plan_texts_are_saved_and_survive_a_reload_while_typed(qtbot: QtBot) -> None:
    work = casework()
    case_id = active_case(work)
    window = make_record(qtbot, work)
    plan = window.cases.plan
    assert not plan.save_button.isEnabled()
    plan.goals.setPlainText("Jag vill klara matten.")
    assert plan.save_button.isEnabled()
    work.hub.tables("action_item")  # another change reloads the tab
    assert plan.goals.toPlainText() == "Jag vill klara matten."
    assert window.commit_pending() is CommitOutcome.SAVED  # as before a lock
    assert work.cases.plans[case_id].goals == "Jag vill klara matten."
    plan.strengths.setPlainText("Bra på att teckna.")
    assert plan.save_texts()
    assert work.cases.get_plan(case_id) is not None
    assert work.cases.plans[case_id].strengths == "Bra på att teckna."
    assert plan.message.text() == "The plan is saved."


def test_decision_dialogs_save_nothing_on_lock_but_leave_a_note(qtbot: QtBot) -> None:
    def refuse(_data: TransitionInput) -> object:
        raise AssertionError("a lock must not close a case")

    dialog = CloseCaseDialog(refuse, CaseStatus.ACTIVE_PLAN)
    qtbot.addWidget(dialog)
    assert dialog.lock_note() is None
    dialog.closing_reason.setCurrentIndex(1)
    dialog.outcome.setPlainText("Klart.")
    assert dialog.commit_pending() is CommitOutcome.UNCHANGED
    assert "not closed" in (dialog.lock_note() or "")


def test_plan_of_a_closed_case_cannot_be_saved(qtbot: QtBot) -> None:
    work = casework()
    case_id = active_case(work)
    work.cases.save_plan(case_id, ActionPlanInput("Mål", "Styrkor"))
    work.cases.transition(
        case_id, CaseStatus.CLOSED, closing_reason=ClosingReason.OTHER, outcome="Avslutat."
    )
    window = make_record(qtbot, work)
    assert window.cases.plan.goals.toPlainText() == "Mål"
    assert not window.cases.plan.save_texts()
    assert window.commit_pending() is CommitOutcome.UNCHANGED
