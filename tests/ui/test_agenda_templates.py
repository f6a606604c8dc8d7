"""The standing-agenda editor: one tab per meeting type, edit/move/add/remove, save, reset."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from sspf_desk.domain import DEFAULT_AGENDAS, AgendaSection, AgendaTemplateItem, MeetingType
from sspf_desk.domain.agenda_templates import validate_agenda_templates
from sspf_desk.errors import ValidationError
from sspf_desk.ui.dialogs.agenda_templates import AgendaTemplatesDialog
from sspf_desk.ui.i18n import install_translator
from sspf_desk.ui.lock import CommitOutcome
from tests.ui.test_accessibility import unnamed_controls

OPS = MeetingType.OPERATIONAL_GROUP
STEERING = MeetingType.STEERING_GROUP


class FakePlanning:
    """The standing agendas, validated like the planning service does."""

    def __init__(self) -> None:
        self.templates: dict[MeetingType, tuple[AgendaTemplateItem, ...]] = dict(DEFAULT_AGENDAS)
        self.saves: list[dict[MeetingType, tuple[AgendaTemplateItem, ...]]] = []
        self.resets: list[MeetingType] = []

    def agenda_templates(self) -> Mapping[MeetingType, tuple[AgendaTemplateItem, ...]]:
        return dict(self.templates)

    def set_agenda_templates(
        self, templates: Mapping[MeetingType, Sequence[AgendaTemplateItem]]
    ) -> None:
        given = {kind: tuple(items) for kind, items in templates.items()}
        errors = validate_agenda_templates(given)
        if errors:
            raise ValidationError(errors)
        self.saves.append(given)
        self.templates.update(given)

    def reset_agenda_template(self, meeting_type: MeetingType) -> None:
        self.resets.append(meeting_type)
        self.templates[meeting_type] = DEFAULT_AGENDAS[meeting_type]


@pytest.fixture
def planning() -> FakePlanning:
    return FakePlanning()


@pytest.fixture
def dialog(qtbot: QtBot, planning: FakePlanning) -> AgendaTemplatesDialog:
    window = AgendaTemplatesDialog(planning)
    qtbot.addWidget(window)
    return window


def titles(dialog: AgendaTemplatesDialog, kind: MeetingType) -> list[str]:
    return [item.title for item in dialog.models[kind].rows()]


def test_every_type_shows_its_standing_agenda(dialog: AgendaTemplatesDialog) -> None:
    assert dialog.tabs.count() == len(MeetingType)
    for kind in MeetingType:
        assert dialog.models[kind].rows() == DEFAULT_AGENDAS[kind]
    first = dialog.models[OPS].index(0, 0)
    assert first.data() == "Opening"  # the section by its label
    assert first.data(Qt.ItemDataRole.EditRole) == AgendaSection.OPENING.value
    assert not dialog.is_dirty()


def test_edit_move_add_and_remove_then_save(
    dialog: AgendaTemplatesDialog, planning: FakePlanning
) -> None:
    items = dialog.lists[OPS]
    model = dialog.models[OPS]
    model.setData(model.index(2, 1), "Lägesbild: skolan i Åby")
    items.select_row(2)
    items.move_up()
    assert titles(dialog, OPS)[1] == "Lägesbild: skolan i Åby"
    assert items.selected_row() == 1
    items.add()
    new = model.rowCount() - 1
    model.setData(model.index(new, 1), "Rapport från fältgruppen")
    model.setData(model.index(new, 0), AgendaSection.AREA_LEVEL.value)
    items.select_row(0)
    items.remove()
    assert dialog.is_dirty()
    assert dialog.submit()
    [saved] = planning.saves
    assert saved[OPS][0].title == "Lägesbild: skolan i Åby"
    assert saved[OPS][-1] == AgendaTemplateItem(
        AgendaSection.AREA_LEVEL, "Rapport från fältgruppen"
    )
    assert saved[STEERING] == DEFAULT_AGENDAS[STEERING]
    assert not dialog.saved_note.isHidden() and not dialog.is_dirty()


def test_problems_name_the_row_and_bring_their_tab_forward(
    dialog: AgendaTemplatesDialog, planning: FakePlanning
) -> None:
    model = dialog.models[STEERING]
    model.setData(model.index(1, 1), "")
    model.setData(model.index(2, 2), "Gäller 20110504-2388")
    assert not dialog.submit()
    assert planning.saves == []
    assert dialog.tabs.currentIndex() == list(MeetingType).index(STEERING)
    message = dialog.errors.message(STEERING.value)
    assert "Row 2: Ange en rubrik." in message
    assert "Row 3: En stående dagordning får inte innehålla personnummer." in message
    assert model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole) == "Ange en rubrik."
    model.setData(model.index(1, 1), "Föregående protokoll")
    model.setData(model.index(2, 2), "")
    assert dialog.errors.message(STEERING.value) == ""  # live once Save was pressed
    assert dialog.submit()


def test_an_agenda_needs_an_item(dialog: AgendaTemplatesDialog) -> None:
    dialog.models[MeetingType.CONCERN_TALK].set_rows([])
    assert not dialog.submit()
    assert dialog.errors.message(MeetingType.CONCERN_TALK.value) == (
        "Dagordningen måste ha minst en punkt."
    )


def test_reset_asks_and_restores_one_type(
    qtbot: QtBot, dialog: AgendaTemplatesDialog, planning: FakePlanning
) -> None:
    planning.templates[OPS] = (AgendaTemplateItem(AgendaSection.OPENING, "Kort möte"),)
    model = dialog.models[OPS]
    model.set_rows(planning.templates[OPS])
    steering = dialog.models[STEERING]
    steering.setData(steering.index(0, 1), "Öppnande")
    dialog.ask_reset(OPS)
    box = next(w for w in dialog.findChildren(QMessageBox) if w.isVisible())
    assert "Operational group" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert planning.resets == [OPS]
    assert model.rows() == DEFAULT_AGENDAS[OPS]
    assert titles(dialog, STEERING)[0] == "Öppnande"  # other tabs keep their edits
    assert dialog.is_dirty()


def test_close_asks_about_unsaved_changes_and_the_lock_saves_valid_ones(
    dialog: AgendaTemplatesDialog, planning: FakePlanning
) -> None:
    assert dialog.commit_pending() is CommitOutcome.UNCHANGED
    model = dialog.models[OPS]
    model.setData(model.index(0, 1), "")
    assert dialog.commit_pending() is CommitOutcome.DISCARDED
    dialog.show()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Close).click()
    assert dialog.isVisible()  # asked first
    model.setData(model.index(0, 1), "Öppnande och närvaro")
    assert dialog.commit_pending() is CommitOutcome.SAVED
    assert planning.saves[-1][OPS][0].title == "Öppnande och närvaro"


def test_swedish_and_names(qtbot: QtBot) -> None:
    install_translator("sv")
    window = AgendaTemplatesDialog(FakePlanning())
    qtbot.addWidget(window)
    window.show()
    assert unnamed_controls(window) == []
    assert window.windowTitle() == "Stående dagordningar"
    assert window.tabs.tabText(0) == "Operativ grupp"
    assert window.models[OPS].headerData(0, Qt.Orientation.Horizontal) == "Avsnitt"


def test_items_model_passes_the_model_tester(
    dialog: AgendaTemplatesDialog, qtmodeltester: ModelTester
) -> None:
    model = dialog.models[OPS]
    qtmodeltester.check(model)
    model.set_rows([replace(item, notes="") for item in DEFAULT_AGENDAS[STEERING]])
    qtmodeltester.check(model)
