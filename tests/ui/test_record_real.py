"""The young person's record against a real vault: consents, sharing today, a case to closing.

Two joint guardians; a consent from one → the sharing panel warns; from both → no warning;
withdrawals → not allowed today. A case is opened, moved on, given a plan item, closed with
a reason and becomes read-only. Views are in the audit trail; the lock closes the record.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from sspf_desk.domain import (
    AuditAction,
    CaseStatus,
    ConsentForm,
    CustodyType,
    InformationCategory,
    RelatedPersonInput,
    Relationship,
    Sector,
)
from sspf_desk.services.workspace import Workspace
from sspf_desk.store.audit import list_entries
from sspf_desk.ui.lock import LockManager
from sspf_desk.ui.record.opener import RecordOpener
from sspf_desk.ui.record.record_window import RecordWindow
from tests.helpers.workspace import create_workspace, young_input

WARNING = "Bara en av två vårdnadshavare med gemensam vårdnad har samtyckt."


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws, _recovery = create_workspace(tmp_path)
    yield ws
    if not ws.closed:
        ws.close()


def thirteen_years_ago() -> date:
    today = date.today()
    return date(today.year - 13, 1, 15)


def add_consent(window: RecordWindow, consenter_index: int) -> None:
    editor = window.consents.new_consent()
    editor.consenter.setCurrentIndex(consenter_index)
    for sector in (Sector.SCHOOL, Sector.SOCIAL_SERVICES, Sector.POLICE, Sector.LEISURE):
        editor.party_checks[sector].setChecked(True)
    editor.category_checks[InformationCategory.SCHOOL].setChecked(True)
    editor.purpose.setPlainText("Samordna stöd för skolgång och fritid")
    editor.form_buttons[ConsentForm.WRITTEN].setChecked(True)
    assert editor.submit(), editor.errors.general.text()


def withdraw(window: RecordWindow, row: int) -> None:
    window.consents.table.selectRow(row)
    dialog = window.consents.withdraw_selected()
    assert dialog is not None
    dialog.edit("withdrawal_how").setText("Ringde samordnaren")
    assert dialog.submit()


def details(window: RecordWindow) -> list[str]:
    return [detail for _name, _answer, detail in window.consents.sharing.decision_texts()]


def answers(window: RecordWindow) -> list[str]:
    return [answer for _name, answer, _detail in window.consents.sharing.decision_texts()]


def test_consents_sharing_and_a_case_to_closing(qtbot: QtBot, workspace: Workspace) -> None:
    person = workspace.persons.create_young_person(
        young_input("Ali", "Öberg", birth_date=thirteen_years_ago())
    )
    for first in ("Eva", "Jonas"):
        workspace.persons.add_related_person(
            person.id,
            RelatedPersonInput(first_name=first, last_name="Öberg"),
            Relationship.GUARDIAN,
            CustodyType.JOINT,
        )
    host = QMainWindow()
    qtbot.addWidget(host)
    host.show()
    names = {workspace.current_user.id: workspace.current_user.name}
    opener = RecordOpener(
        workspace.persons, workspace.consents, workspace.cases, lambda: names, host
    )
    workspace.add_change_listener(opener.on_changes)
    window = opener.open_person(person.id)
    assert window is not None
    assert all(answer.endswith("Not allowed") for answer in answers(window))

    add_consent(window, 2)  # the first guardian (after "choose…" and the young person)
    assert all(answer.endswith("Allowed") for answer in answers(window))
    assert all(WARNING in detail for detail in details(window))
    add_consent(window, 3)  # the second guardian
    assert all("⚠" not in detail for detail in details(window))
    assert window.consents.model.rowCount() == 2

    withdraw(window, 0)
    assert all(WARNING in detail for detail in details(window))  # one guardian left
    withdraw(window, 1)
    assert all(answer.endswith("Not allowed") for answer in answers(window))
    assert window.timeline.model.rowCount() == 4  # two consents, two withdrawals

    cases = window.cases
    cases.open_new_case()
    assert "Intake" in cases.status_label.text()
    for target in (CaseStatus.CONSENT, CaseStatus.MAPPING, CaseStatus.ACTIVE_PLAN):
        box = cases.ask_step(target)
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()
    assert "Active plan" in cases.status_label.text()
    editor = cases.plan.add_item()
    assert editor is not None
    editor.edit("what").setText("Mentorssamtal varje vecka")
    editor.edit("responsible").setText("Mentor på skolan")
    assert editor.submit(), editor.errors.general.text()
    assert cases.plan.model.rowCount() == 1
    cases.plan.goals.setPlainText("Jag vill gå till skolan varje dag.")
    assert cases.plan.save_texts()

    closing = cases.close_case()
    assert closing is not None
    closing.closing_reason.setCurrentIndex(closing.closing_reason.findData("goals_reached"))
    closing.outcome.setPlainText("Närvaron är god och fritiden fungerar.")
    assert closing.submit(), closing.errors.general.text()
    assert "Closed" in cases.status_label.text()
    assert not cases.closed_note.isHidden()
    assert not cases.plan.add_button.isEnabled() and cases.plan.goals.isReadOnly()
    assert cases.events.rowCount() == 5  # opened, three steps, closed

    with workspace.store.unit_of_work() as session:
        views = list_entries(session, entity_type="young_person", entity_id=person.id)
    assert any(entry.action is AuditAction.VIEW for entry in views)
    assert {"consents", "cases", "timeline"} <= {
        field for entry in views if entry.action is AuditAction.VIEW for field in entry.fields
    }

    shut: list[bool] = []
    manager = LockManager(60_000)
    manager.engage(lambda: shut.append(True), host)
    manager.lock()
    assert shut == [True]
    assert not window.isVisible()
    assert opener.windows == []
