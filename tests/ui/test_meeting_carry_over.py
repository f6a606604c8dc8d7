"""Carry-over into a meeting planned ahead, when the Möten page opens it.

Meetings of a series are planned before the earlier ones are held, so they get nothing
carried at creation: opening a planned meeting takes in the unfinished items of the
previous held meeting that its agenda lacks, once, and the editor says how many. A held
meeting keeps its agenda. Carried named items the gate blocks come anonymised; one that
still comes named and blocked is asked about like after a change of attendance. With
fakes, and on a real vault in Swedish.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from sspf_desk.domain import (
    AgendaItem,
    AgendaSection,
    AttendanceStatus,
    Attendee,
    ItemVisibility,
    MeetingLockedError,
    MeetingStatus,
    Party,
    Sector,
)
from sspf_desk.services.workspace import Workspace
from sspf_desk.ui.dialogs.meeting_editor import MeetingEditor
from sspf_desk.ui.dialogs.meeting_gate import GateChoiceDialog
from sspf_desk.ui.i18n import install_translator
from sspf_desk.ui.pages.meetings import MeetingsPage
from sspf_desk.ui.tasks import TaskRunner
from tests.helpers.casework import consent_input
from tests.helpers.meetings import action, meeting_input, named
from tests.helpers.workspace import create_workspace, young_input
from tests.ui.fakes_meetings import World, meeting_world, planned

SCHOOL = Attendee("Kim Rektor", Sector.SCHOOL, "rektor")
POLICE = Attendee("Lo Polis", Sector.POLICE, "kommunpolis")
EARLIER = date(2026, 2, 17)
LATER = date(2026, 3, 3)


def page_of(qtbot: QtBot, world: World) -> MeetingsPage:
    page = MeetingsPage(
        world.meetings, world.planning, world.minutes, world.persons, TaskRunner(synchronous=True)
    )
    qtbot.addWidget(page)
    page.reload()
    return page


def held_meeting_with_open_work(world: World, *attendees: Attendee) -> str:
    """A held meeting with an item about Ada with an open action (it carries) and an
    area-level item with nothing left to do (it does not)."""
    meeting_id = planned(world, held_on=EARLIER).meeting.id
    world.meetings.set_attendees(meeting_id, attendees or (SCHOOL,))
    world.meetings.add_item(meeting_id, named(world.ada.id, 9, actions=(action(),)))
    area = named(None, 10, section=AgendaSection.AREA_LEVEL, title="Trygghetsvandring")
    world.meetings.add_item(meeting_id, area)
    world.meetings.transition(meeting_id, MeetingStatus.HELD)
    return meeting_id


def ahead(world: World, *attendees: Attendee) -> str:
    meeting_id = planned(world, held_on=LATER).meeting.id
    world.meetings.set_attendees(meeting_id, attendees or (SCHOOL,))
    return meeting_id


def open_in(page: MeetingsPage, meeting_id: str) -> MeetingEditor:
    editor = page.open_meeting(meeting_id)
    assert editor is not None
    return editor


def carried(editor: MeetingEditor) -> list[AgendaItem]:
    return [row.item for row in editor.detail.items if row.item.carried_from_item_id]


@pytest.fixture
def world() -> World:
    return meeting_world()


def test_opening_a_planned_meeting_takes_in_the_carried_items_once(
    qtbot: QtBot, world: World
) -> None:
    upcoming = ahead(world)
    before = held_meeting_with_open_work(world)
    page = page_of(qtbot, world)
    editor = open_in(page, upcoming)
    [item] = carried(editor)  # the done area-level item stays with its meeting
    source = next(i for i in world.meetings.stored[before].items if i.young_person_id)
    assert item.carried_from_item_id == source.id
    assert item.visibility is ItemVisibility.NAMED
    assert [a.what for a in item.actions] == ["Läxhjälp"]
    previous = editor.detail.items[item.number - 2].item
    assert previous.section is AgendaSection.PREVIOUS_MINUTES
    assert editor.agenda.model.rowCount() == len(editor.detail.items)
    assert editor.bar.note.text() == "1 item carried over from the previous meeting"
    assert not editor.bar.note.isHidden()
    assert editor.agenda.queue is None  # nothing blocked: nothing to ask

    editor.close()
    again = open_in(page, upcoming)
    assert len(carried(again)) == 1  # never twice
    assert again.bar.note.isHidden()
    assert world.meetings.calls.count("carry 1") == 1


def test_a_held_or_locked_meeting_keeps_its_agenda(qtbot: QtBot, world: World) -> None:
    upcoming = ahead(world)
    held_meeting_with_open_work(world)
    world.meetings.transition(upcoming, MeetingStatus.HELD)
    page = page_of(qtbot, world)
    editor = open_in(page, upcoming)
    assert carried(editor) == []
    assert not any(call.startswith("carry") for call in world.meetings.calls)
    assert editor.carry_over() == 0
    assert editor.bar.note.isHidden()


def test_a_blocked_carried_item_comes_anonymised(qtbot: QtBot, world: World) -> None:
    upcoming = ahead(world, SCHOOL, POLICE)  # the police may not know about Ada
    held_meeting_with_open_work(world)
    editor = open_in(page_of(qtbot, world), upcoming)
    [item] = carried(editor)
    assert item.visibility is ItemVisibility.ANONYMISED
    assert editor.agenda.model.blocked_count() == 0
    assert editor.agenda.queue is None


def test_a_carried_item_still_named_and_blocked_is_asked_about(qtbot: QtBot, world: World) -> None:
    upcoming = ahead(world, SCHOOL, POLICE)
    held_meeting_with_open_work(world)
    world.meetings.carry_blocked_named = True  # e.g. a consent withdrawn meanwhile
    editor = open_in(page_of(qtbot, world), upcoming)
    assert editor.tabs.currentIndex() == MeetingEditor.AGENDA
    queue = editor.agenda.queue
    assert queue is not None and isinstance(queue.dialog, GateChoiceDialog)
    assert queue.dialog.reasons.text() == "• Polis: Samtycke saknas."
    queue.dialog.anonymise_button.click()
    [item] = carried(editor)
    assert item.visibility is ItemVisibility.ANONYMISED
    assert editor.agenda.model.blocked_count() == 0


def test_a_refused_carry_over_is_shown_in_the_bar(
    qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    upcoming = ahead(world)

    def locked(meeting_id: str) -> int:
        raise MeetingLockedError

    monkeypatch.setattr(world.meetings, "carry_over", locked)
    editor = open_in(page_of(qtbot, world), upcoming)
    assert not editor.bar.message.isHidden()
    assert editor.bar.message.text()
    assert editor.bar.note.isHidden()


# -- a real vault ----------------------------------------------------------------------------

TODAY = date.today()


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    opened, _recovery = create_workspace(tmp_path)
    yield opened
    opened.close(discard_unsaved=True)


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_series_meeting_planned_ahead_gets_the_carried_items_on_a_real_vault(
    qtbot: QtBot, workspace: Workspace
) -> None:
    install_translator("sv")
    alva = workspace.persons.create_young_person(
        young_input("Alva", "Åström", birth_date=date(2004, 3, 1))
    )
    workspace.consents.create_consent(
        consent_input(
            alva.id,
            parties=(Party(Sector.SCHOOL),),
            valid_from=TODAY - timedelta(days=30),
            valid_to=TODAY + timedelta(days=300),
        )
    )
    case = workspace.cases.open_case(alva.id, TODAY - timedelta(days=20))
    school = Attendee("Kim Rektor", Sector.SCHOOL, "rektor", AttendanceStatus.PRESENT)
    meetings = workspace.meetings
    first = meetings.create_meeting(meeting_input(TODAY - timedelta(days=14)), [school])
    later = meetings.create_meeting(meeting_input(TODAY + timedelta(days=7)), [school])
    assert not [e for e in later.items if e.item.carried_from_item_id]  # planned ahead
    meetings.add_item(first.meeting.id, named(alva.id, 9, actions=(action("Läxhjälp"),)))
    walk = action("Trygghetsvandring i centrum", sector=Sector.LEISURE)
    meetings.add_item(
        first.meeting.id,
        named(
            None, 10, section=AgendaSection.AREA_LEVEL, title="Trygghetsvandring", actions=(walk,)
        ),
    )
    meetings.transition(first.meeting.id, MeetingStatus.HELD)

    page = MeetingsPage(
        meetings,
        workspace.meeting_planning,
        workspace.minutes,
        workspace.persons,
        TaskRunner(synchronous=True),
    )
    qtbot.addWidget(page)
    page.reload()
    editor = open_in(page, later.meeting.id)
    assert editor.bar.note.text() == "2 punkter överförda från föregående möte"
    items = carried(editor)
    assert [i.title for i in items] == ["Uppföljning av åtagandeplan", "Trygghetsvandring"]
    assert items[0].young_person_id == alva.id
    assert items[0].visibility is ItemVisibility.NAMED
    assert [a.what for a in items[0].actions] == ["Läxhjälp"]
    assert len(workspace.cases.list_items(case.id)) == 1  # the carried action shares it
    editor.close()

    again = open_in(page, later.meeting.id)
    assert len(carried(again)) == 2
    assert again.bar.note.isHidden()
