"""The meeting editor against fakes: details, attendance, the consent gate, items, life cycle."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sspf_desk.domain import (
    AgendaItem,
    AgendaSection,
    AttendanceStatus,
    Attendee,
    ItemVisibility,
    MeetingStatus,
    Sector,
)
from sspf_desk.errors import NotFoundError
from sspf_desk.ui.dialogs.meeting_attendee import AttendeeDialog, FamilyDialog
from sspf_desk.ui.dialogs.meeting_editor import MeetingEditor, MeetingServices
from sspf_desk.ui.dialogs.meeting_gate import GateChoiceDialog
from sspf_desk.ui.dialogs.meeting_item_new import NewAgendaItemDialog
from sspf_desk.ui.i18n import install_translator
from sspf_desk.ui.lock import CommitOutcome
from sspf_desk.ui.tasks import TaskRunner
from tests.ui.fakes_meetings import World, meeting_world, planned
from tests.ui.test_accessibility import unnamed_controls


@pytest.fixture
def world() -> World:
    return meeting_world()


def open_editor(qtbot: QtBot, world: World, **changes: object) -> MeetingEditor:
    detail = planned(world, **changes)
    services = MeetingServices(
        world.meetings,
        world.planning,
        world.minutes,
        world.persons,
        TaskRunner(synchronous=True),
    )
    editor = MeetingEditor(services, detail)
    qtbot.addWidget(editor)
    return editor


def stored(world: World, editor: MeetingEditor):  # type: ignore[no-untyped-def]
    return world.meetings.stored[editor.meeting_id]


def attend(world: World, editor: MeetingEditor, *attendees: Attendee) -> None:
    editor.attendance.store([*stored(world, editor).attendees, *attendees])


def add_named(world: World, editor: MeetingEditor, person_id: str) -> str:
    row = world.meetings.add_item(
        editor.meeting_id,
        AgendaItem(9, AgendaSection.INDIVIDUALS, "Uppföljning", young_person_id=person_id),
    )
    editor.refresh()
    assert row.item.id is not None
    return row.item.id


SCHOOL = Attendee("Kim Rektor", Sector.SCHOOL, "rektor")
POLICE = Attendee("Lo Polis", Sector.POLICE, "kommunpolis")


def test_editor_shows_the_standing_agenda_and_names_nobody_in_its_title(
    qtbot: QtBot, world: World
) -> None:
    editor = open_editor(qtbot, world)
    assert editor.agenda.model.rowCount() == 13
    assert editor.windowTitle() == "Meeting – SSPF Desk"
    assert editor.tabs.currentIndex() == MeetingEditor.ATTENDANCE  # nobody invited yet
    assert editor.bar.status.text() == "Status: Planned · version 1"
    assert editor.bar.held_button.isEnabled()
    assert not editor.bar.finalize_button.isEnabled()
    editor.show()
    qtbot.waitExposed(editor)
    for tab in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(tab)
        assert unnamed_controls(editor) == []


def test_details_are_saved_and_problems_shown_under_the_fields(qtbot: QtBot, world: World) -> None:
    editor = open_editor(qtbot, world)
    form = editor.details.form
    form.title.setText("")
    form.starts_at.setText("25:99")
    assert not editor.details.save()
    assert editor.details.errors.message("title") == "Ange en rubrik för mötet."
    assert editor.details.errors.message("starts_at") == "Write the time as HH:MM, e.g. 13:00."
    form.title.setText("Operativ grupp norr")
    form.starts_at.setText("1300")
    form.secretary.setText("Sam Sekreterare")
    assert editor.details.save()
    meeting = stored(world, editor).meeting
    assert (meeting.title, meeting.secretary) == ("Operativ grupp norr", "Sam Sekreterare")
    assert meeting.starts_at is not None and meeting.starts_at.hour == 13
    assert not editor.details.is_dirty()


def test_attendee_dialog_adds_and_marks_attendance(qtbot: QtBot, world: World) -> None:
    editor = open_editor(qtbot, world)
    dialog = editor.attendance.add_attendee()
    assert isinstance(dialog, AttendeeDialog)
    assert not dialog.submit()  # no name
    assert dialog.errors.message("name") == "Ange deltagarens namn."
    dialog.edit("name").setText("Kim Rektor")
    dialog.edit("organisation").setText("Björkskolan")
    assert dialog.submit()
    assert stored(world, editor).attendees == [
        Attendee("Kim Rektor", Sector.SCHOOL, "", None, "Björkskolan")
    ]
    assert editor.attendance.model.rowCount() == 1
    editor.attendance.table.selectRow(0)
    assert editor.attendance.mark(AttendanceStatus.PRESENT)
    assert stored(world, editor).attendees[0].status is AttendanceStatus.PRESENT
    assert editor.attendance.model.index(0, 3).data() == "Present"


def test_family_dialog_adds_the_young_person_and_the_guardians(qtbot: QtBot, world: World) -> None:
    editor = open_editor(qtbot, world)
    dialog = editor.attendance.add_family()
    assert isinstance(dialog, FamilyDialog)
    assert not dialog.submit()
    assert dialog.errors.message("young_person_id") == "Choose the young person."
    dialog.picker.set_person(world.ada.id, "Ada Berg")
    boxes = [box for box, _row in dialog._related]
    assert [box.text() for box in boxes] == ["Eva Berg (vårdnadshavare)", "Nils Berg (syskon)"]
    assert [box.isChecked() for box in boxes] == [True, False]
    assert dialog.submit()
    assert stored(world, editor).attendees == [
        Attendee("Ada Berg", Sector.OTHER, "den unge", young_person_id=world.ada.id),
        Attendee("Eva Berg", Sector.GUARDIAN, "vårdnadshavare", young_person_id=world.ada.id),
    ]


def test_a_change_of_attendance_asks_about_each_blocked_item_at_once(
    qtbot: QtBot, world: World
) -> None:
    editor = open_editor(qtbot, world)
    attend(world, editor, SCHOOL)
    ada_item = add_named(world, editor, world.ada.id)
    assert editor.agenda.model.blocked_count() == 0
    editor.attendance.store([SCHOOL, POLICE])  # the police may not know about Ada
    queue = editor.agenda.queue
    assert queue is not None and isinstance(queue.dialog, GateChoiceDialog)
    dialog = queue.dialog
    assert "Police" in dialog.findChildren(type(dialog.reasons))[0].text()
    assert dialog.reasons.text() == "• Polis: Samtycke saknas."
    assert dialog.windowTitle() == "Not everyone present may receive this information"
    assert "Ada" not in dialog.windowTitle()
    assert editor.agenda.model.blocked_count() == 1  # shown at once, before the choice
    dialog.anonymise_button.click()
    item = next(i for i in stored(world, editor).items if i.id == ada_item)
    assert item.visibility is ItemVisibility.ANONYMISED
    assert editor.agenda.model.blocked_count() == 0
    assert editor.agenda.queue is None


def test_cancelling_the_question_keeps_the_item_blocked_and_finalizing_refuses(
    qtbot: QtBot, world: World
) -> None:
    editor = open_editor(qtbot, world, secretary="Sam")
    attend(world, editor, SCHOOL)
    add_named(world, editor, world.ada.id)
    present = [
        Attendee(a.name, a.sector, a.role, AttendanceStatus.PRESENT) for a in (SCHOOL, POLICE)
    ]
    editor.attendance.store(present)
    queue = editor.agenda.queue
    assert queue is not None and queue.dialog is not None
    queue.dialog.reject()
    assert editor.agenda.model.blocked_count() == 1
    assert editor.step(MeetingStatus.HELD)
    assert not editor.step(MeetingStatus.FINALIZED)
    assert editor.tabs.currentIndex() == MeetingEditor.AGENDA
    assert editor.agenda.message.text().startswith("§ 9: Polis: Samtycke saknas.")
    assert stored(world, editor).meeting.status is MeetingStatus.HELD


def test_new_item_for_a_blocked_person_offers_the_choice(qtbot: QtBot, world: World) -> None:
    editor = open_editor(qtbot, world)
    attend(world, editor, SCHOOL)
    dialog = editor.agenda.add_item()
    assert isinstance(dialog, NewAgendaItemDialog)
    assert dialog.edit("title").text() == "Individärenden"
    assert dialog.number.value() == 11  # after the last individuals item
    dialog.picker.set_person(world.bo.id, "Bo Ek")
    assert not dialog.submit()
    gate = dialog.gate_dialog
    assert isinstance(gate, GateChoiceDialog)
    assert "Skola" in gate.reasons.text()
    assert dialog.errors.message("young_person_id").startswith("Ärendet kan inte tas upp med namn")
    gate.reject()  # Cancel: nothing is added, the form stays
    assert dialog.isVisible() or not dialog.result()
    assert len(stored(world, editor).items) == 13
    assert not dialog.submit()
    assert dialog.gate_dialog is not None
    dialog.gate_dialog.exclude_button.click()
    items = stored(world, editor).items
    assert len(items) == 14
    assert items[10].visibility is ItemVisibility.EXCLUDED
    assert items[10].young_person_id == world.bo.id
    assert editor.agenda.selected_id() == items[10].id


def test_new_item_for_a_covered_person_is_named(qtbot: QtBot, world: World) -> None:
    editor = open_editor(qtbot, world)
    attend(world, editor, SCHOOL)
    dialog = editor.agenda.add_item()
    assert dialog is not None
    dialog.section.setCurrentIndex(dialog.section.findData(AgendaSection.SITUATION_PICTURE.value))
    assert not dialog.picker.isEnabled()  # a situation picture names nobody
    dialog.section.setCurrentIndex(dialog.section.findData(AgendaSection.INDIVIDUALS.value))
    dialog.edit("title").setText("Uppföljning av åtagandeplan")
    dialog.picker.set_person(world.ada.id, "Ada Berg")
    assert dialog.submit()
    item = stored(world, editor).items[10]
    assert (item.visibility, item.young_person_id) == (ItemVisibility.NAMED, world.ada.id)
    assert "Ada Berg" in editor.agenda.panel.heading.text()


def test_item_notes_decisions_and_actions_are_saved(qtbot: QtBot, world: World) -> None:
    editor = open_editor(qtbot, world)
    attend(world, editor, SCHOOL)
    item_id = add_named(world, editor, world.ada.id)
    editor.agenda.select(item_id)
    panel = editor.agenda.panel
    assert panel.item_id == item_id
    assert not panel._visibility_row.isHidden()
    assert "open case" in panel.action_list.note.text()
    panel.notes.setPlainText("Närvaron har blivit bättre.")
    panel.decisions.add_decision()
    assert not panel.save()  # an empty decision
    assert panel.errors.message("decisions") == "Decision 1: Skriv beslutet eller ta bort raden."
    panel.decisions.model.setData(panel.decisions.model.index(0), "Fortsatt stöd i skolan.")
    action = panel.action_list.add_action()
    assert action is not None
    action.edit("what").setText("Mentorssamtal varje vecka")
    action.edit("responsible").setText("Mentor")
    action.edit("deadline").setText((date.today() + timedelta(days=30)).isoformat())
    assert action.submit()
    assert panel.action_list.model.rowCount() == 1
    assert panel.save()
    item = next(i for i in stored(world, editor).items if i.id == item_id)
    assert item.notes == "Närvaron har blivit bättre."
    assert item.decisions == ("Fortsatt stöd i skolan.",)
    assert [a.what for a in item.actions] == ["Mentorssamtal varje vecka"]
    assert not panel.is_dirty()


def test_choosing_another_item_saves_the_draft_or_stays(qtbot: QtBot, world: World) -> None:
    editor = open_editor(qtbot, world)
    items = stored(world, editor).items
    editor.agenda.select(items[0].id or "")
    assert editor.agenda.panel._visibility_row.isHidden()  # about nobody: nothing to choose
    editor.agenda.panel.notes.setPlainText("Alla hälsades välkomna.")
    editor.agenda.select(items[1].id or "")
    assert stored(world, editor).items[0].notes == "Alla hälsades välkomna."
    editor.agenda.panel.title_edit.setText("")
    editor.agenda.select(items[2].id or "")
    assert editor.agenda.selected_id() == items[1].id  # the draft cannot be saved: stays
    assert editor.agenda.panel.errors.message("title") == "Ange en rubrik."


def test_suggestions_are_taken_in_and_blocked_ones_asked_about(qtbot: QtBot, world: World) -> None:
    world.meetings.suggestions = [
        ("follow_up", world.ada.id, "Uppföljning av åtagandeplan"),
        ("new_case", world.bo.id, "Nytt ärende – samtyckesstatus"),
    ]
    editor = open_editor(qtbot, world)
    attend(world, editor, SCHOOL)
    dialog = editor.agenda.get_suggestions()
    assert dialog is not None
    assert dialog.model.rowCount() == 2
    assert dialog.model.index(1, 4).data() == "Blocked: School"
    dialog.add_button.click()
    queue = editor.agenda.queue
    assert queue is not None and queue.dialog is not None
    queue.dialog.anonymise_button.click()
    added = stored(world, editor).items[10:12]
    assert [(i.young_person_id, i.visibility) for i in added] == [
        (world.ada.id, ItemVisibility.NAMED),
        (world.bo.id, ItemVisibility.ANONYMISED),
    ]


def test_moving_and_removing_items(qtbot: QtBot, world: World) -> None:
    editor = open_editor(qtbot, world)
    first, second = stored(world, editor).items[:2]
    editor.agenda.select(second.id or "")
    assert editor.agenda.move_selected(-1)
    assert [i.id for i in stored(world, editor).items[:2]] == [second.id, first.id]
    box = editor.agenda.remove_selected()
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()
    assert len(stored(world, editor).items) == 12
    assert stored(world, editor).items[0].id == first.id


def test_life_cycle_to_approval_and_reopening(qtbot: QtBot, world: World) -> None:
    editor = open_editor(qtbot, world)
    attend(world, editor, SCHOOL)
    assert editor.mark_held()
    box = editor.finalize()
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()
    # No minute-taker and no attendance: shown where they are fixed.
    assert editor.tabs.currentIndex() == MeetingEditor.DETAILS
    assert editor.details.errors.message("secretary") == (
        "Ange sekreterare innan protokollet färdigställs."
    )
    assert editor.attendance.message.text().startswith("Ange närvaro")
    editor.details.form.secretary.setText("Sam Sekreterare")
    editor.details.form.approver.setText("Jo Justerare")
    editor.attendance.mark_all_present()
    box = editor.finalize()  # the typed minute-taker is saved first
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()
    assert stored(world, editor).meeting.status is MeetingStatus.FINALIZED
    # Read-only now.
    assert editor.bar.locked_note.isVisibleTo(editor)
    assert editor.details.form.title.isReadOnly()
    assert not editor.agenda.add_button.isEnabled()
    assert not editor.attendance.add_button.isEnabled()
    editor.agenda.select(stored(world, editor).items[0].id or "")
    assert editor.agenda.panel.notes.isReadOnly()
    approve = editor.approve()
    assert approve is not None
    approve.day.set_value(date(2026, 3, 6))
    assert approve.submit()
    meeting = stored(world, editor).meeting
    assert (meeting.status, meeting.approved_on) == (MeetingStatus.APPROVED, date(2026, 3, 6))
    assert editor.bar.status.text() == "Status: Approved · version 1 · approved 2026-03-06"
    reopen = editor.reopen()
    assert not reopen.submit()
    assert reopen.errors.message("reason") == "Write why the minutes are reopened."
    reopen.reason.setPlainText("Ett beslut saknades.")
    assert reopen.submit()
    assert stored(world, editor).meeting.version == 2
    assert editor.versions.model.rowCount() == 1
    assert editor.versions.model.index(0, 2).data() == "Ett beslut saknades."
    assert not editor.agenda.panel.notes.isReadOnly()


def test_printing_minutes_excerpts_and_versions_writes_the_chosen_file(
    qtbot: QtBot, world: World, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, world)
    add_named(world, editor, world.ada.id)
    dialog = editor.print_minutes()
    assert dialog.selectedFiles()[0].endswith("protokoll.pdf")
    out = tmp_path / "protokoll.pdf"
    dialog.fileSelected.emit(str(out))
    assert out.read_bytes() == b"%PDF-1.4 fake"
    assert out.stat().st_mode & 0o777 == 0o600
    excerpt = editor.print_excerpt()
    assert [excerpt.person.itemText(i) for i in range(excerpt.person.count())] == ["Ada Berg"]
    excerpt.sector.setCurrentIndex(excerpt.sector.findData(Sector.POLICE.value))
    excerpt.print_button.click()
    file_dialog = editor.printer.dialog
    assert file_dialog is not None
    assert file_dialog.selectedFiles()[0].endswith("utdrag-police.pdf")
    file_dialog.fileSelected.emit(str(tmp_path / "utdrag.pdf"))
    excerpt = editor.print_excerpt()
    excerpt.for_person.setChecked(True)
    excerpt.print_button.click()
    assert editor.printer.dialog is not None
    editor.printer.dialog.fileSelected.emit(str(tmp_path / "person.pdf"))
    version = editor.print_version(1)
    assert version.selectedFiles()[0].endswith("protokoll-v1.pdf")
    audiences = [(a.party, a.young_person_id, v) for _m, a, v in world.minutes.printed]
    assert audiences[0] == (None, None, None)
    assert audiences[1][0] is not None and audiences[1][0].sector is Sector.POLICE
    assert audiences[2] == (None, world.ada.id, None)


def test_calendar_export_writes_the_ics(qtbot: QtBot, world: World, tmp_path) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, world)
    dialog = editor.export_calendar()
    assert dialog.selectedFiles()[0].endswith("sspf-2026-03-03.ics")
    dialog.fileSelected.emit(str(tmp_path / "mote.ics"))
    assert (tmp_path / "mote.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert world.planning.exports == [f"meeting {editor.meeting_id}"]


def test_before_a_lock_valid_drafts_are_saved_and_invalid_ones_reported(
    qtbot: QtBot, world: World
) -> None:
    editor = open_editor(qtbot, world)
    assert editor.commit_pending() is CommitOutcome.UNCHANGED
    editor.details.form.place.setText("Sal 3")
    item = stored(world, editor).items[0]
    editor.agenda.select(item.id or "")
    editor.agenda.panel.notes.setPlainText("Närvaro antecknad.")
    assert editor.commit_pending() is CommitOutcome.SAVED
    assert stored(world, editor).meeting.place == "Sal 3"
    assert stored(world, editor).items[0].notes == "Närvaro antecknad."
    editor.agenda.panel.title_edit.setText("")
    assert editor.commit_pending() is CommitOutcome.DISCARDED


def test_closing_saves_a_valid_draft_and_asks_about_an_invalid_one(
    qtbot: QtBot, world: World
) -> None:
    editor = open_editor(qtbot, world)
    editor.show()
    editor.details.form.place.setText("Stadshuset")
    editor.close()
    assert stored(world, editor).meeting.place == "Stadshuset"
    editor = open_editor(qtbot, world)
    editor.show()
    editor.details.form.title.setText("")
    editor.close()
    assert editor.isVisible()
    [box] = [w for w in editor.findChildren(QMessageBox) if w.isVisible()]
    box.button(QMessageBox.StandardButton.Yes).click()
    assert not editor.isVisible()


def test_in_swedish_the_choice_reads_as_the_coordinator_expects(qtbot: QtBot, world: World) -> None:
    install_translator("sv")
    editor = open_editor(qtbot, world)
    assert editor.windowTitle() == "Möte – SSPF Desk"
    attend(world, editor, SCHOOL)
    add_named(world, editor, world.ada.id)
    editor.attendance.store([SCHOOL, POLICE])
    queue = editor.agenda.queue
    assert queue is not None and queue.dialog is not None
    buttons = {button.text() for button in queue.dialog.buttons.buttons()}
    assert buttons == {"Diskutera &avidentifierat", "&Lämna utanför", "Avbryt"}
    assert queue.dialog.windowTitle() == "Alla närvarande får inte ta del av uppgifterna"
    assert editor.agenda.model.index(8, 3).data() == "Spärrad: Polis"
    assert editor.bar.status.text() == "Status: Planerat · version 1"


def test_the_questions_come_one_by_one_and_stop_when_the_editor_closes(
    qtbot: QtBot, world: World
) -> None:
    editor = open_editor(qtbot, world)
    editor.show()
    attend(world, editor, SCHOOL)
    ids = {add_named(world, editor, world.ada.id) for _ in range(3)}
    editor.attendance.store([SCHOOL, POLICE])
    queue = editor.agenda.queue
    assert queue is not None and queue.dialog is not None
    queue.dialog.exclude_button.click()
    shown = [i.visibility for i in stored(world, editor).items if i.id in ids]
    assert sorted(shown) == [ItemVisibility.EXCLUDED, ItemVisibility.NAMED, ItemVisibility.NAMED]
    second_dialog = queue.dialog
    assert second_dialog is not None and second_dialog.isVisible()
    editor.drop()  # e.g. the program locks: the open question is closed with the editor
    second_dialog.reject()
    assert editor.agenda.queue is None  # the third question is never asked
    assert not [d for d in editor.findChildren(GateChoiceDialog) if d.isVisible()]


def test_printing_a_meeting_that_is_gone_says_so_without_a_file_dialog(
    qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = open_editor(qtbot, world)

    def gone(*_args: object) -> str:
        raise NotFoundError

    monkeypatch.setattr(world.minutes, "suggested_file_name", gone)
    assert editor.print_minutes() is None
    [box] = editor.findChildren(QMessageBox)
    assert box.text() == "The record no longer exists."
