"""A meeting planned, held, minuted, finalized, approved and printed in the GUI on a real vault.

The Möten page and the meeting editor run against a real workspace (the services, the
sharing rule, the PDF): an adult young person with a consent for school and social
services is discussed by name; another without consent is anonymised at the gate; when
the police turn up the named item is blocked until the police are marked absent; the
actions reach the open case's plan; the minutes name the first person only, the police
excerpt nobody. Screenshots of the editor go to ``SSPF_SHOTS`` when that is set.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from sspf_desk.domain import (
    AgendaSection,
    AttendanceStatus,
    Attendee,
    ConsentInput,
    ItemVisibility,
    MeetingStatus,
    MeetingType,
    Party,
    Sector,
)
from sspf_desk.services.workspace import Workspace
from sspf_desk.ui.dialogs.meeting_editor import MeetingEditor
from sspf_desk.ui.i18n import install_translator
from sspf_desk.ui.pages.meetings import MeetingsPage
from sspf_desk.ui.tasks import TaskRunner
from tests.helpers.casework import consent_input
from tests.helpers.minutes import flat, pdf_text
from tests.helpers.workspace import create_workspace, young_input

TODAY = date.today()


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    opened, _recovery = create_workspace(tmp_path)
    yield opened
    opened.close(discard_unsaved=True)


def shot(widget: QWidget, name: str) -> None:
    """Save a picture of ``widget`` when the run asks for screenshots."""
    folder = os.environ.get("SSPF_SHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def consent_for(workspace: Workspace, person_id: str, *parties: Party) -> None:
    data: ConsentInput = consent_input(
        person_id,
        parties=parties,
        valid_from=TODAY - timedelta(days=30),
        valid_to=TODAY + timedelta(days=300),
    )
    workspace.consents.create_consent(data)


def add_item(editor: MeetingEditor, person_id: str, label: str, title: str) -> None:
    dialog = editor.agenda.add_item()
    assert dialog is not None
    dialog.section.setCurrentIndex(dialog.section.findData(AgendaSection.INDIVIDUALS.value))
    dialog.edit("title").setText(title)
    dialog.picker.set_person(person_id, label)
    if not dialog.submit():
        assert dialog.gate_dialog is not None
        dialog.gate_dialog.anonymise_button.click()


def present(*names: str) -> list[Attendee]:
    sectors = {
        "Kim Rektor": (Sector.SCHOOL, "rektor", "Björkskolan"),
        "Sam Sköld": (Sector.SOCIAL_SERVICES, "socialsekreterare", ""),
        "Lo Ström": (Sector.POLICE, "kommunpolis", ""),
    }
    return [
        Attendee(
            name,
            sectors[name][0],
            sectors[name][1],
            AttendanceStatus.PRESENT if name in names else AttendanceStatus.ABSENT,
            sectors[name][2],
        )
        for name in sectors
    ]


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_meeting_from_planning_to_printed_minutes(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    install_translator("sv")
    alva = workspace.persons.create_young_person(
        young_input("Alva", "Åström", birth_date=date(2004, 3, 1))
    )
    bo = workspace.persons.create_young_person(
        young_input("Bo", "Öhman", birth_date=date(2005, 7, 9))
    )
    consent_for(workspace, alva.id, Party(Sector.SCHOOL), Party(Sector.SOCIAL_SERVICES))
    case = workspace.cases.open_case(alva.id, TODAY - timedelta(days=10))
    page = MeetingsPage(
        workspace.meetings,
        workspace.meeting_planning,
        workspace.minutes,
        workspace.persons,
        TaskRunner(synchronous=True),
    )
    qtbot.addWidget(page)
    plan = page.plan_meeting(MeetingType.OPERATIONAL_GROUP)
    plan.details.held_on.set_value(TODAY)
    plan.details.starts_at.setText("13:00")
    plan.details.ends_at.setText("14:30")
    plan.details.place.setText("Stadshuset, sal Älven")
    plan.details.chair.setText("Kim Koordinator")
    assert plan.submit()
    [editor] = page.editors.values()
    qtbot.addWidget(editor)
    assert editor.windowTitle() == "Möte – SSPF Desk"
    assert editor.agenda.model.rowCount() == 13

    editor.attendance.store(present("Kim Rektor", "Sam Sköld"))
    add_item(editor, alva.id, "Alva Åström", "Uppföljning av åtagandeplan")
    add_item(editor, bo.id, "Bo Öhman", "Nytt ärende – samtyckesstatus")
    items = workspace.meetings.get_meeting(editor.meeting_id).items
    by_person = {row.item.young_person_id: row.item for row in items}
    assert by_person[alva.id].visibility is ItemVisibility.NAMED
    assert by_person[bo.id].visibility is ItemVisibility.ANONYMISED

    # The police turn up: Alva's item is blocked at once; cancelling keeps it blocked.
    editor.attendance.store(present("Kim Rektor", "Sam Sköld", "Lo Ström"))
    queue = editor.agenda.queue
    assert queue is not None and queue.dialog is not None
    assert "Polis" in queue.dialog.reasons.text()
    assert "Alva" not in queue.dialog.reasons.text()
    shot(queue.dialog, "meeting_gate_choice")
    queue.dialog.reject()
    assert editor.agenda.model.blocked_count() == 1
    assert editor.mark_held()
    editor.details.form.secretary.setText("Sam Sköld")
    editor.details.form.approver.setText("Kim Rektor")
    assert not editor.step(MeetingStatus.FINALIZED)
    assert "Polis" in editor.agenda.message.text()
    editor.attendance.store(present("Kim Rektor", "Sam Sköld"))  # the police left
    assert editor.agenda.model.blocked_count() == 0

    # Minutes of Alva's item: notes, a decision and an action for her plan.
    editor.agenda.select(by_person[alva.id].id or "")
    panel = editor.agenda.panel
    panel.notes.setPlainText("Närvaron har ökat till 80 procent sedan förra mötet.")
    panel.decisions.model.setStringList(["Stödet i skolan fortsätter till terminens slut."])
    action = panel.action_list.add_action()
    assert action is not None
    action.edit("what").setText("Mentorssamtal varje vecka")
    action.edit("responsible").setText("Mentor på Björkskolan")
    action.edit("deadline").setText((TODAY + timedelta(days=40)).isoformat())
    assert action.submit()
    assert panel.save()
    plan_items = workspace.cases.list_items(case.id)
    assert [item.what for item in plan_items] == ["Mentorssamtal varje vecka"]
    editor.tabs.setCurrentIndex(MeetingEditor.AGENDA)
    editor.show()
    editor.resize(1400, 900)
    qtbot.waitExposed(editor)
    shot(editor, "meeting_editor")

    box = editor.finalize()
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()
    approve = editor.approve()
    assert approve is not None
    assert approve.submit()
    detail = workspace.meetings.get_meeting(editor.meeting_id)
    assert detail.meeting.status is MeetingStatus.APPROVED
    assert detail.meeting.approved_on == TODAY
    assert editor.agenda.panel.notes.isReadOnly()
    shot(editor, "meeting_editor_approved")

    minutes = editor.print_minutes()
    name = minutes.selectedFiles()[0]
    assert "Alva" not in name and "Bo" not in name and name.endswith(".pdf")
    minutes.fileSelected.emit(str(tmp_path / "protokoll.pdf"))
    text = flat(pdf_text((tmp_path / "protokoll.pdf").read_bytes()))
    assert flat("Alva Åström") in text
    assert flat("Öhman") not in text
    assert flat("Mentorssamtal varje vecka") in text
    excerpt = editor.print_excerpt()
    excerpt.sector.setCurrentIndex(excerpt.sector.findData(Sector.POLICE.value))
    excerpt.print_button.click()
    assert editor.printer.dialog is not None
    editor.printer.dialog.fileSelected.emit(str(tmp_path / "utdrag.pdf"))
    police = flat(pdf_text((tmp_path / "utdrag.pdf").read_bytes()))
    folder = os.environ.get("SSPF_SHOTS")
    if folder:
        for pdf in ("protokoll.pdf", "utdrag.pdf"):
            (Path(folder) / f"meeting_{pdf}").write_bytes((tmp_path / pdf).read_bytes())
    assert flat("Åström") not in police and flat("Öhman") not in police
    assert flat("Utdrag för Polis") in police

    calendar = editor.export_calendar()
    calendar.fileSelected.emit(str(tmp_path / "mote.ics"))
    ics = (tmp_path / "mote.ics").read_bytes().decode()
    assert "BEGIN:VEVENT" in ics and "Alva" not in ics and "Älven" in ics
    page.reload()
    assert page.model.rowCount() == 1
    assert page.model.index(0, 5).data() == "Justerat"
