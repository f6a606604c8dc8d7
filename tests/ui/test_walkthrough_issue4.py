"""Issue 4's "done when", walked through as a coordinator in the real main window (Swedish).

A young person with two joint guardians is added; a concern from school is registered
(risk categories, facts apart from the assessment, the rektor's orosanmälan with its
reference) and taken up as an SSPF case; the overview asks for consent; consents from
both guardians and the young person (15) make "Delning i dag" allowed without a warning;
the case moves through mapping to an active plan with goals in the young person's own
words and an overdue action (shown in the overview) that is then marked done; the case
goes to follow-up and is closed with a reason and an outcome, after which it is
read-only. The timeline lists every step, the audit trail has the inserts, updates and
views of the record, and the audit chain verifies.

Every dialog is the one a user opens: the test clicks the real buttons and then acts on
the window-modal dialog that opened (``QApplication.activeModalWidget``). Screenshots
are written to ``$SSPF_SHOTS`` when set (else the test's temporary folder).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from sspf_desk.domain import (
    ActionStatus,
    AuditAction,
    CaseStatus,
    ConsentForm,
    InformationCategory,
    Sector,
)
from sspf_desk.services.case_rows import TimelineKind
from sspf_desk.services.workspace import Workspace
from sspf_desk.store.audit import list_entries
from sspf_desk.ui.dialogs.action_item_editor import ActionItemEditor
from sspf_desk.ui.dialogs.case_dialogs import CloseCaseDialog
from sspf_desk.ui.dialogs.concern_editor import ConcernEditor
from sspf_desk.ui.dialogs.consent_editor import ConsentEditor
from sspf_desk.ui.dialogs.person_editor import PersonEditor
from sspf_desk.ui.dialogs.related_person_editor import RelatedPersonEditor
from sspf_desk.ui.i18n import install_translator
from sspf_desk.ui.main_window import CONCERNS_SECTION, OVERVIEW_SECTION, PERSONS_SECTION, MainWindow
from sspf_desk.ui.record.record_window import RecordWindow
from sspf_desk.ui.tasks import TaskRunner
from sspf_desk.ui.widgets.related_persons import RelatedPersonsPanel
from tests.helpers.identity import make_identity
from tests.helpers.workspace import create_workspace


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    opened, _recovery = create_workspace(tmp_path)
    yield opened
    if not opened.closed:
        opened.close(discard_unsaved=True)


@pytest.fixture
def swedish() -> Iterator[None]:
    assert install_translator("sv")
    yield
    install_translator("en")


class Shots:
    """Numbered screenshots of the walk."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        self.number = 0

    def __call__(self, widget: QWidget, step: str) -> None:
        QApplication.processEvents()
        self.number += 1
        path = self.folder / f"walk_{self.number:02d}_{step}.png"
        assert widget.grab().save(str(path))


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    QApplication.processEvents()  # widgets added to a shown layout appear on the next turn
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def modal(kind: type[QWidget]) -> QWidget:
    """The window-modal dialog the last click opened."""
    QApplication.processEvents()
    widget = QApplication.activeModalWidget()
    assert isinstance(widget, kind), widget
    return widget


def save_button(dialog: QDialog) -> QPushButton:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return box.button(QDialogButtonBox.StandardButton.Save)


def confirm(qtbot: QtBot) -> None:
    """Answer yes in the question box that is open."""
    box = modal(QMessageBox)
    assert isinstance(box, QMessageBox)
    click(qtbot, box.button(QMessageBox.StandardButton.Yes))


def years_ago(years: int) -> date:
    today = date.today()
    return date(today.year - years, 1, 1) - timedelta(days=40)


def step_button(window: RecordWindow, target: CaseStatus) -> QPushButton:
    return window.cases.step_buttons[target]


@pytest.mark.qt_log_ignore("This plugin does not support")  # the completer popup offscreen
def test_concern_to_closed_case(
    qtbot: QtBot, workspace: Workspace, swedish: None, tmp_path: Path
) -> None:
    shots = Shots(Path(os.environ.get("SSPF_SHOTS", tmp_path / "shots")))
    main = MainWindow(workspace, TaskRunner(synchronous=True))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    shots(main, "overview_empty")

    # -- a young person (15) with two joint guardians --------------------------------------
    main.sections.setCurrentRow(PERSONS_SECTION)
    click(qtbot, main.persons.new_button)
    editor = modal(PersonEditor)
    assert isinstance(editor, PersonEditor)
    editor.edit("first_name").setText("Elin")
    editor.edit("last_name").setText("Åström")
    editor.edit("id_number").setText(make_identity(years_ago(15), 242))  # a girl
    editor.edit("school").setText("Bäckaskolan")
    editor.edit("school_class").setText("9B")
    editor.edit("area").setText("Norr")
    shots(editor, "person_new")
    click(qtbot, save_button(editor))
    assert main.persons.model.rowCount() == 1
    person_id = main.persons.selected_id()
    assert person_id is not None
    shots(main, "persons_list")

    click(qtbot, main.persons.edit_button)
    editor = modal(PersonEditor)
    panel = editor.findChild(RelatedPersonsPanel)
    assert panel is not None
    for first, serial in (("Maria", 102), ("Johan", 113)):
        click(qtbot, panel.add_button)
        guardian = modal(RelatedPersonEditor)
        assert isinstance(guardian, RelatedPersonEditor)
        guardian.custody.setCurrentIndex(guardian.custody.findData("joint"))
        guardian.edit("first_name").setText(first)
        guardian.edit("last_name").setText("Åström")
        guardian.edit("id_number").setText(make_identity(years_ago(44), serial))
        guardian.edit("phone").setText("070-123 45 67")
        if first == "Maria":
            shots(guardian, "guardian_new")
        click(qtbot, save_button(guardian))
    assert panel.model.rowCount() == 2
    shots(editor, "person_with_guardians")
    click(qtbot, editor.buttons.button(QDialogButtonBox.StandardButton.Cancel))

    # -- a concern from school, with the rektor's orosanmälan ------------------------------
    main.sections.setCurrentRow(CONCERNS_SECTION)
    click(qtbot, main.concerns.new_button)
    concern = modal(ConcernEditor)
    assert isinstance(concern, ConcernEditor)
    concern.received.set_value(date.today() - timedelta(days=2))
    concern.sector.setCurrentIndex(concern.sector.findData(Sector.SCHOOL.value))
    concern.role.setText("mentor")
    concern.picker.suggest("elin")
    assert concern.picker.model.rowCount() == 1
    concern.picker.choose_index(concern.picker.model.index(0))
    concern.risks.set_checked("high_absence", True)
    concern.risks.set_checked("risky_environments", True)
    concern.observation.setPlainText(
        "Frånvarande 14 av 20 skoldagar i mars. Ses med äldre ungdomar vid centrum på kvällar."
    )
    concern.assessment.setPlainText("Mentorn bedömer att skolfrånvaron har förvärrats.")
    next(b for b in concern.report.status.buttons() if b.objectName() == "made").setChecked(True)
    concern.report.agency.setText("Bäckaskolan")
    concern.report.reporter.setText("Rektor Karin Lind")
    concern.report.reported_on.set_value(date.today() - timedelta(days=1))
    concern.report.reference.setText("SOC-2025-0412")
    shots(concern, "concern_new")
    click(qtbot, save_button(concern))
    concern_id = concern.concern_id
    assert concern_id is not None
    saved = workspace.concerns.get_concern(concern_id)
    assert saved.risk_codes == ("high_absence", "risky_environments")
    assert saved.observation.startswith("Frånvarande") and saved.assessment.startswith("Mentorn")
    assert saved.report.reference == "SOC-2025-0412"
    shots(main, "concerns_list")
    main.sections.setCurrentRow(OVERVIEW_SECTION)
    assert main.overview.blocks["concerns_awaiting"].count() == 1
    assert main.overview.blocks["reports_unanswered"].count() == 0
    shots(main, "overview_concern_awaiting")

    # -- decision: taken up as an SSPF case -----------------------------------------------
    main.sections.setCurrentRow(CONCERNS_SECTION)
    main.concerns.select(concern_id)
    click(qtbot, main.concerns.open_button)
    again = modal(ConcernEditor)
    assert isinstance(again, ConcernEditor)
    next(b for b in again.outcome.outcome.buttons() if b.objectName() == "sspf_case").setChecked(
        True
    )
    again.outcome.decided_on.set_value(date.today())
    again.outcome.reason.setText("Samtycke ska inhämtas från vårdnadshavarna.")
    shots(again, "concern_decision")
    click(qtbot, save_button(again))
    stored = workspace.concerns.get_concern(concern_id)
    assert stored.case_id is not None
    case_id = stored.case_id
    QApplication.processEvents()
    shots(main, "concerns_after_decision")

    # -- the overview asks for consent ----------------------------------------------------
    main.sections.setCurrentRow(OVERVIEW_SECTION)
    missing = main.overview.blocks["missing_consent"]
    assert missing.count() == 1, "the new case should show as missing consent"
    assert main.overview.blocks["concerns_awaiting"].count() == 0
    shots(main, "overview_missing_consent")

    # -- the record: consents from both guardians and the young person --------------------
    main.sections.setCurrentRow(PERSONS_SECTION)
    main.persons.select(person_id)
    click(qtbot, main.persons.open_button)
    window = main.casework.records.windows[0]
    assert isinstance(window, RecordWindow)
    qtbot.waitExposed(window)
    assert "Elin" not in window.windowTitle() and "Åström" not in window.windowTitle()
    window.tabs.setCurrentIndex(window.CONSENTS)
    shots(window, "record_consents_none")
    for position in (2, 3, 1):  # guardian 1, guardian 2, the young person
        click(qtbot, window.consents.new_button)
        form = modal(ConsentEditor)
        assert isinstance(form, ConsentEditor)
        form.consenter.setCurrentIndex(position)
        for sector in (Sector.SCHOOL, Sector.SOCIAL_SERVICES, Sector.POLICE, Sector.LEISURE):
            form.party_checks[sector].setChecked(True)
        for category in (InformationCategory.SCHOOL, InformationCategory.LEISURE):
            form.category_checks[category].setChecked(True)
        form.purpose.setPlainText("Samordna stöd för skolgång och fritid")
        form.form_buttons[ConsentForm.WRITTEN].setChecked(True)
        form.edit("valid_to").setText((date.today() + timedelta(days=365)).isoformat())
        if position == 2:
            shots(form, "consent_new")
        click(qtbot, save_button(form))
        assert not form.isVisible(), form.errors.general.text()
        if position == 2:
            shots(window, "record_one_guardian")
    assert window.consents.model.rowCount() == 3
    texts = window.consents.sharing.decision_texts()
    assert all(answer.endswith("Tillåtet") for _name, answer, _detail in texts), texts
    assert all("⚠" not in detail for _name, _answer, detail in texts), texts
    shots(window, "record_consents_allowed")

    # -- print the consent form (recorded as an export) -----------------------------------
    window.consents.select(window.consents.model.row_at(0).id)
    click(qtbot, window.consents.print_button)
    printing = modal(QDialog)
    shots(printing, "consent_print")
    printing.findChild(QWidget, "municipality").setText("Bäckstad")  # type: ignore[union-attr]
    printing.findChild(QWidget, "coordinator_name").setText("Kim Koordinator")  # type: ignore[union-attr]
    printing.findChild(QWidget, "coordinator_contact").setText("0123-456 78")  # type: ignore[union-attr]
    pdf = tmp_path / "samtycke.pdf"
    assert printing.write(str(pdf))  # type: ignore[attr-defined] - the file dialog's answer
    assert pdf.stat().st_size > 0
    info = modal(QMessageBox)
    click(qtbot, info.button(QMessageBox.StandardButton.Ok))  # type: ignore[attr-defined]

    # -- the case: consent → mapping → active plan ----------------------------------------
    window.tabs.setCurrentIndex(window.CASES)
    window.cases.select(case_id)
    shots(window, "case_intake")
    for target in (CaseStatus.CONSENT, CaseStatus.MAPPING, CaseStatus.ACTIVE_PLAN):
        click(qtbot, step_button(window, target))
        if target is CaseStatus.CONSENT:
            shots(modal(QMessageBox), "case_step_question")
        confirm(qtbot)
    assert window.cases._case is not None
    assert window.cases._case.status is CaseStatus.ACTIVE_PLAN
    shots(window, "case_active_plan")

    # -- the plan: goals in her own words and an overdue action ---------------------------
    plan = window.cases.plan
    plan.goals.setPlainText("Jag vill klara nian och börja på gymnasiet.")
    plan.strengths.setPlainText("Spelar fotboll, har bra kontakt med mormor.")
    click(qtbot, plan.save_button)
    click(qtbot, plan.add_button)
    item = modal(ActionItemEditor)
    assert isinstance(item, ActionItemEditor)
    item.edit("what").setText("Mentorssamtal varje vecka om närvaron")
    item.sector.setCurrentIndex(item.sector.findData(Sector.SCHOOL.value))
    item.edit("responsible").setText("Mentor på Bäckaskolan")
    item.edit("start_on").setText((date.today() - timedelta(days=30)).isoformat())
    item.edit("deadline").setText((date.today() - timedelta(days=5)).isoformat())
    item.status.setCurrentIndex(item.status.findData(ActionStatus.ONGOING.value))
    shots(item, "action_new")
    click(qtbot, save_button(item))
    assert not item.isVisible(), item.errors.general.text()
    assert plan.model.rowCount() == 1
    assert plan.overdue_note.text()
    shots(window, "plan_overdue")
    main.sections.setCurrentRow(OVERVIEW_SECTION)
    assert main.overview.blocks["overdue_actions"].count() == 1
    assert main.overview.blocks["missing_consent"].count() == 0
    shots(main, "overview_overdue")

    # -- the action done ------------------------------------------------------------------
    plan.table.selectRow(0)
    click(qtbot, plan.edit_button)
    item = modal(ActionItemEditor)
    assert isinstance(item, ActionItemEditor)
    item.status.setCurrentIndex(item.status.findData(ActionStatus.DONE.value))
    click(qtbot, save_button(item))
    assert main.overview.blocks["overdue_actions"].count() == 0
    shots(window, "plan_done")

    # -- follow-up, then closing ----------------------------------------------------------
    click(qtbot, step_button(window, CaseStatus.FOLLOW_UP))
    confirm(qtbot)
    click(qtbot, window.cases.close_button)
    closing = modal(CloseCaseDialog)
    assert isinstance(closing, CloseCaseDialog)
    closing.closing_reason.setCurrentIndex(closing.closing_reason.findData("goals_reached"))
    closing.outcome.setPlainText("Närvaron är god och Elin har börjat på gymnasiet.")
    shots(closing, "close_case")
    click(qtbot, save_button(closing))
    assert not closing.isVisible(), closing.errors.general.text()
    cases = window.cases
    assert cases._case is not None and cases._case.status is CaseStatus.CLOSED
    assert not cases.closed_note.isHidden()
    assert not cases.plan.add_button.isEnabled()
    assert cases.plan.goals.isReadOnly()
    assert not cases.step_buttons
    shots(window, "case_closed")

    # -- the timeline ----------------------------------------------------------------------
    window.tabs.setCurrentIndex(window.TIMELINE)
    shots(window, "timeline")
    kinds = [
        window.timeline.model.row_at(row).kind for row in range(window.timeline.model.rowCount())
    ]
    assert TimelineKind.CONCERN in kinds
    assert kinds.count(TimelineKind.CONSENT) == 3
    assert kinds.count(TimelineKind.CASE_STATUS) >= 6  # opened, four steps, closed
    main.sections.setCurrentRow(OVERVIEW_SECTION)
    shots(main, "overview_end")
    main.sections.setCurrentRow(main.sections.count() - 1)  # Logg: a page still to come
    log_texts = [label.text() for label in main.pages.currentWidget().findChildren(QLabel)]
    assert any(text.startswith("Loggen förs redan") for text in log_texts), log_texts
    shots(main, "log_section")

    # -- the audit trail and the chain ----------------------------------------------------
    with workspace.store.unit_of_work() as session:
        entries = list_entries(session)
    actions = {(e.entity_type, e.action) for e in entries}
    for entity in ("young_person", "related_person", "concern", "consent", "sspf_case"):
        assert (entity, AuditAction.INSERT) in actions, entity
    for entity in ("concern", "sspf_case", "action_item"):
        assert (entity, AuditAction.UPDATE) in actions, entity
    viewed = {
        field
        for e in entries
        if e.entity_type == "young_person" and e.entity_id == person_id
        if e.action is AuditAction.VIEW
        for field in e.fields
    }
    assert {"consents", "cases", "timeline"} <= viewed, viewed
    assert any(e.action is AuditAction.EXPORT and e.entity_type == "consent" for e in entries)
    assert workspace.check().ok
