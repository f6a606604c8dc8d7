"""Group and area level suggestions in "Hämta förslag": their own group, into their section."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from sspf_desk.domain import AgendaSection
from sspf_desk.domain.agenda import ALLOWED
from sspf_desk.services.meeting_planning_rows import AgendaSuggestion
from sspf_desk.ui.dialogs.meeting_editor import MeetingEditor, MeetingServices
from sspf_desk.ui.dialogs.meeting_suggestions import SuggestionsDialog
from sspf_desk.ui.i18n import install_translator
from sspf_desk.ui.models.meeting_suggestions_model import AreaColumn
from sspf_desk.ui.tasks import TaskRunner
from tests.ui.fakes_meetings import World, meeting_world, planned
from tests.ui.test_accessibility import unnamed_controls

SQUARE = AgendaSuggestion(
    kind="area_level",
    young_person_id=None,
    young_person_name="",
    case_id=None,
    title="Torget – Centrum",
    reason="Iakttagelser sedan 2026-02-03: Skola 2, Polis 1. Att följa upp: Polisnärvaro "
    "(uppföljning 2026-03-01).",
    gate=ALLOWED,
    site_id="site-1",
)
GROUP = AgendaSuggestion(
    kind="area_level",
    young_person_id=None,
    young_person_name="",
    case_id=None,
    title="Gruppen vid skateparken – Östra",
    reason="Iakttagelser sedan 2026-02-03: Fritid 3.",
    gate=ALLOWED,
    site_id="site-2",
)


@pytest.fixture
def world(monkeypatch: pytest.MonkeyPatch) -> World:
    found = meeting_world()
    individual = found.meetings.due_items

    def due_items(meeting_id: str) -> list[AgendaSuggestion]:
        return [*individual(meeting_id), SQUARE, GROUP]

    monkeypatch.setattr(found.meetings, "due_items", due_items)
    return found


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    """The editor's owner until the test's end: a parentless editor sits in reference cycles,
    and Python's collector could delete it inside one of its own tables' layout timers."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def open_editor(host: QWidget, world: World) -> MeetingEditor:
    services = MeetingServices(
        world.meetings, world.planning, world.minutes, world.persons, TaskRunner(synchronous=True)
    )
    return MeetingEditor(services, planned(world), host)


def suggestions(editor: MeetingEditor) -> SuggestionsDialog:
    dialog = editor.agenda.get_suggestions()
    assert dialog is not None
    return dialog


def test_area_suggestions_have_their_own_group(
    host: QWidget, world: World, qtmodeltester: ModelTester
) -> None:
    world.meetings.suggestions = [("follow_up", world.ada.id, "Uppföljning av åtagandeplan")]
    editor = open_editor(host, world)
    dialog = suggestions(editor)
    assert dialog.model.rowCount() == 1  # the individual one
    assert dialog.area_model.rowCount() == 2
    assert dialog.area_label.isVisibleTo(dialog) and dialog.individual_label.isVisibleTo(dialog)
    assert dialog.area_label.text() == "<b>Group and area level</b>"
    texts = [dialog.area_model.index(0, column).data() for column in AreaColumn]
    assert texts == [SQUARE.title, SQUARE.reason]
    assert dialog.area_model.headerData(0, Qt.Orientation.Horizontal) == "Place or group"
    qtmodeltester.check(dialog.area_model)
    assert unnamed_controls(dialog) == []


def test_ticked_area_suggestions_become_items_of_their_section(host: QWidget, world: World) -> None:
    world.meetings.suggestions = [("follow_up", world.ada.id, "Uppföljning av åtagandeplan")]
    editor = open_editor(host, world)
    before = list(world.meetings.stored[editor.meeting_id].items)
    dialog = suggestions(editor)
    dialog.area_model.set_checked(1, False)  # not the group this time
    assert dialog.checked() == [dialog.model.row_at(0), SQUARE]
    dialog.add_button.click()
    items = world.meetings.stored[editor.meeting_id].items
    added = [item for item in items if item.id not in {b.id for b in before}]
    area = [item for item in added if item.section is AgendaSection.AREA_LEVEL]
    assert [(i.title, i.young_person_id, i.notes) for i in area] == [
        (SQUARE.title, None, SQUARE.reason)
    ]
    individual = [item for item in added if item.section is AgendaSection.INDIVIDUALS]
    assert [i.young_person_id for i in individual] == [world.ada.id]
    assert individual[0].notes == ""
    # In the standing agenda the area item follows the section's own items.
    sections = [item.section for item in items]
    last_area = max(n for n, s in enumerate(sections) if s is AgendaSection.AREA_LEVEL)
    assert items[last_area].title == SQUARE.title
    assert editor.agenda.queue is None  # nothing blocked: no question


def test_only_area_suggestions(host: QWidget, world: World) -> None:
    install_translator("sv")
    editor = open_editor(host, world)
    dialog = suggestions(editor)
    assert not dialog.individual_label.isVisibleTo(dialog)
    assert not dialog.table.isVisibleTo(dialog)
    assert dialog.area_table.isVisibleTo(dialog)
    assert dialog.area_label.text() == "<b>Grupp- och områdesnivå</b>"
    assert dialog.status.text() == "Avmarkera det som inte ska tas upp."
    assert (
        dialog.area_model.headerData(AreaColumn.SITE, Qt.Orientation.Horizontal)
        == "Plats eller grupp"
    )
    dialog.area_model.set_checked(0, False)
    dialog.area_model.set_checked(1, False)
    assert not dialog.add_button.isEnabled()
