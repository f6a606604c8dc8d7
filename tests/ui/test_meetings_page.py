"""The Möten page against fakes: list, filters, planning, series, opening, deleting, calendar."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from sspf_desk.domain import (
    AgendaItem,
    AgendaSection,
    Attendee,
    MeetingStatus,
    MeetingType,
    Sector,
)
from sspf_desk.services.changes import ChangeSet
from sspf_desk.ui.dialogs.meeting_editor import MeetingEditor
from sspf_desk.ui.models.meetings_model import MeetingColumn
from sspf_desk.ui.pages.meetings import MeetingsPage
from sspf_desk.ui.tasks import TaskRunner
from tests.ui.fakes_meetings import World, meeting_world, planned
from tests.ui.test_accessibility import unnamed_controls


@pytest.fixture
def world() -> World:
    found = meeting_world()
    planned(found)
    planned(
        found, meeting_type=MeetingType.STEERING_GROUP, title="Styrgrupp", held_on=date(2026, 2, 1)
    )
    return found


@pytest.fixture
def page(qtbot: QtBot, world: World) -> MeetingsPage:
    widget = MeetingsPage(
        world.meetings, world.planning, world.minutes, world.persons, TaskRunner(synchronous=True)
    )
    qtbot.addWidget(widget)
    widget.reload()
    return widget


def shown_types(page: MeetingsPage) -> list[str]:
    return [page.proxy.index(r, MeetingColumn.TYPE).data() for r in range(page.proxy.rowCount())]


def test_lists_meetings_newest_first_and_filters(page: MeetingsPage, world: World) -> None:
    assert shown_types(page) == ["Operational group", "Steering group"]
    assert page.count.text() == "Number of meetings: 2"
    page.type_filter.setCurrentIndex(page.type_filter.findData(MeetingType.STEERING_GROUP.value))
    assert shown_types(page) == ["Steering group"]
    page.type_filter.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(page.status_filter.findData(MeetingStatus.APPROVED.value))
    assert shown_types(page) == []
    page.status_filter.setCurrentIndex(0)
    assert len(shown_types(page)) == 2
    page.show()
    assert unnamed_controls(page) == []


def test_plan_meeting_presets_the_type_and_opens_the_editor(
    qtbot: QtBot, page: MeetingsPage, world: World
) -> None:
    dialog = page.plan_meeting(MeetingType.NETWORK_MEETING)
    assert dialog.details.chosen_type() is MeetingType.NETWORK_MEETING
    assert dialog.details.title.text() == "Nätverksmöte"
    dialog.details.held_on.set_value(date(2026, 4, 2))
    dialog.details.starts_at.setText("09:30")
    dialog.details.ends_at.setText("09:00")
    assert not dialog.submit()
    assert dialog.errors.message("ends_at") == "Sluttiden måste ligga efter starttiden."
    dialog.details.ends_at.setText("11:00")
    assert dialog.submit()
    [editor] = page.editors.values()
    assert isinstance(editor, MeetingEditor)
    meeting = world.meetings.stored[editor.meeting_id].meeting
    assert (meeting.meeting_type, meeting.held_on) == (
        MeetingType.NETWORK_MEETING,
        date(2026, 4, 2),
    )
    assert editor.agenda.model.rowCount() == 7
    assert page.selected_id() == editor.meeting_id
    assert page.open_meeting(editor.meeting_id) is editor  # one window per meeting
    editor.close()
    assert page.editors == {}


def test_a_series_plans_its_meetings(page: MeetingsPage, world: World) -> None:
    dialog = page.new_series()
    dialog.first_on.set_value(date(2026, 3, 3))
    dialog.count.setValue(4)
    assert dialog.summary.text() == (
        "4 meetings, every 2 weeks on Tuesdays at 13:00, from 2026-03-03 to 2026-04-14."
    )
    dialog.interval.setValue(1)
    assert dialog.summary.text().startswith("4 meetings, every week on Tuesdays")
    dialog.interval.setValue(2)
    dialog.starts_at.setText("")
    assert not dialog.submit()
    assert dialog.errors.message("starts_at") == "Enter the start time."
    dialog.starts_at.setText("13:00")
    assert dialog.submit()
    assert page.model.rowCount() == 6
    series = {row.series_id for row in (page.model.row_at(r) for r in range(6))} - {None}
    assert len(series) == 1


def test_only_planned_meetings_can_be_deleted(page: MeetingsPage, world: World) -> None:
    page.select(page.model.row_at(0).id)
    assert page.delete_button.isEnabled()
    box = page.delete_selected()
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()
    assert page.model.rowCount() == 1
    remaining = page.model.row_at(0).id
    world.meetings.transition(remaining, MeetingStatus.HELD)
    page.reload()
    page.select(remaining)
    assert not page.delete_button.isEnabled()
    assert page.delete_selected() is None


def test_calendar_export_of_a_meeting_or_its_series(
    page: MeetingsPage, world: World, tmp_path: Path
) -> None:
    page.select(page.model.row_at(0).id)
    dialog = page.export_calendar()
    assert dialog is not None
    dialog.fileSelected.emit(str(tmp_path / "one.ics"))  # type: ignore[attr-defined]
    assert (tmp_path / "one.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    series = page.new_series()
    assert series.submit()
    row = next(
        page.model.row_at(r) for r in range(page.model.rowCount()) if page.model.row_at(r).series_id
    )
    page.select(row.id)
    box = page.export_calendar()
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.YesToAll).click()
    assert page.export.dialog is not None
    page.export.dialog.fileSelected.emit(str(tmp_path / "series.ics"))
    assert b"RRULE" in (tmp_path / "series.ics").read_bytes()
    assert world.planning.exports[-1] == f"series {row.series_id}"


def test_changes_reload_and_clear_forgets_everything(
    qtbot: QtBot, page: MeetingsPage, world: World
) -> None:
    planned(world, held_on=date(2026, 5, 5))
    page.on_changes(ChangeSet(frozenset({"audit_entry"})))
    assert page.model.rowCount() == 2
    page.on_changes(ChangeSet(frozenset({"meeting"})))  # hidden: later
    assert page.model.rowCount() == 2
    page.show()
    qtbot.waitExposed(page)
    assert page.model.rowCount() == 3
    editor = page.open_meeting(page.model.row_at(0).id)
    assert editor is not None
    editor.details.form.title.setText("")  # invalid: the lock has already dropped it
    page.clear()
    assert not [box for box in editor.findChildren(QMessageBox) if box.isVisible()]
    assert page.model.rowCount() == 0
    assert page.editors == {}
    assert not editor.isVisible()
    page.reload()
    assert page.model.rowCount() == 0  # nothing is read after a lock


def test_a_consent_withdrawn_elsewhere_updates_the_open_editor(
    page: MeetingsPage, world: World
) -> None:
    meeting_id = page.model.row_at(0).id
    world.meetings.set_attendees(meeting_id, [Attendee("Kim Rektor", Sector.SCHOOL)])
    world.meetings.add_item(
        meeting_id,
        AgendaItem(9, AgendaSection.INDIVIDUALS, "Uppföljning", young_person_id=world.ada.id),
    )
    editor = page.open_meeting(meeting_id)
    assert editor is not None
    assert editor.agenda.model.blocked_count() == 0
    world.meetings.allowed[world.ada.id] = set()  # the consent is withdrawn elsewhere
    page.on_changes(ChangeSet(frozenset({"disclosure", "audit_entry"})))
    assert editor.agenda.model.blocked_count() == 0  # not a change the gate depends on
    page.on_changes(ChangeSet(frozenset({"consent"})))
    assert editor.agenda.model.blocked_count() == 1


def test_every_meeting_dialog_names_its_controls(
    qtbot: QtBot, page: MeetingsPage, world: World
) -> None:
    editor = page.open_meeting(page.model.row_at(0).id)
    assert editor is not None
    editor.attendance.store([Attendee("Kim Rektor", Sector.SCHOOL)])
    dialogs: list[QWidget] = [
        page.plan_meeting(MeetingType.OPERATIONAL_GROUP),
        page.new_series(),
        editor.agenda.add_item(),  # type: ignore[list-item]
        editor.attendance.add_attendee(),  # type: ignore[list-item]
        editor.attendance.add_family(),  # type: ignore[list-item]
        editor.agenda.get_suggestions(),  # type: ignore[list-item]
        editor.print_excerpt(),
        editor.reopen(),
    ]
    for dialog in dialogs:
        assert dialog is not None
        dialog.show()
        assert unnamed_controls(dialog) == [], type(dialog).__name__
        dialog.close()
