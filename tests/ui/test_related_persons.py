"""Guardians and other related persons: model, editor and the panel in the person editor."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from sspf_desk.domain import (
    CustodyType,
    RelatedPerson,
    RelatedPersonInput,
    Relationship,
    YoungPersonInput,
)
from sspf_desk.services.person_rows import RelatedPersonRow
from sspf_desk.ui.dialogs.related_person_editor import RelatedInput, RelatedPersonEditor
from sspf_desk.ui.models.related_persons_model import RelatedColumn, RelatedPersonsModel
from sspf_desk.ui.widgets.related_persons import RelatedPersonsPanel
from tests.ui.fakes import FakeWorkspace, stored_related


def make_editor(qtbot: QtBot, calls: list[RelatedInput]) -> RelatedPersonEditor:
    def save(data: RelatedInput) -> RelatedPerson:
        calls.append(data)
        return stored_related(data.person)

    editor = RelatedPersonEditor(save)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def row(
    relationship: Relationship, custody: CustodyType, protected: bool = False
) -> RelatedPersonRow:
    return RelatedPersonRow(
        id="r1",
        link_id="l1",
        first_name="Eva",
        last_name="Öberg",
        relationship=relationship,
        custody_type=custody,
        id_display="",
        phone="070-123 45 67",
        email="",
        address_display="Skyddad adress" if protected else "Storgatan 1",
        protected_address=protected,
        interpreter_language="",
    )


def test_model_passes_modeltester(qtmodeltester: ModelTester) -> None:
    model = RelatedPersonsModel()
    qtmodeltester.check(model)
    model.set_rows(
        [
            row(Relationship.GUARDIAN, CustodyType.JOINT),
            row(Relationship.SIBLING, CustodyType.NONE, True),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, RelatedColumn.NAME).data() == "Öberg, Eva"
    assert model.index(0, RelatedColumn.CUSTODY).data() == "Joint custody"
    assert model.index(1, RelatedColumn.RELATIONSHIP).data() == "Sibling"
    assert model.index(1, RelatedColumn.ADDRESS).data() == "Protected address"


def test_guardian_custody_must_be_chosen(qtbot: QtBot) -> None:
    calls: list[RelatedInput] = []
    editor = make_editor(qtbot, calls)
    editor.edit("first_name").setText("Eva")
    editor.edit("last_name").setText("Öberg")
    assert not editor.submit()
    assert "vårdnaden" in editor.errors.message("custody_type")
    editor.custody.setCurrentIndex(editor.custody.findData(CustodyType.SOLE.value))
    assert editor.errors.message("custody_type") == ""
    assert editor.submit()
    assert calls[0].custody is CustodyType.SOLE
    assert calls[0].relationship is Relationship.GUARDIAN


def test_non_guardian_holds_no_custody(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, [])
    editor.custody.setCurrentIndex(editor.custody.findData(CustodyType.JOINT.value))
    editor.relationship.setCurrentIndex(editor.relationship.findData(Relationship.SIBLING.value))
    assert not editor.custody.isEnabled()
    assert editor.custody.currentData() == CustodyType.NONE.value


def test_field_messages_and_protected_address(qtbot: QtBot) -> None:
    calls: list[RelatedInput] = []
    editor = make_editor(qtbot, calls)
    editor.relationship.setCurrentIndex(editor.relationship.findData(Relationship.OTHER.value))
    editor.edit("first_name").setText("Eva")
    editor.edit("last_name").setText("Öberg")
    editor.edit("email").setText("inte en adress")
    assert not editor.submit()
    assert "E-postadressen" in editor.errors.message("email")
    editor.edit("email").setText("eva@example.se")
    assert editor.edit("address").isVisible()
    editor.protected.setChecked(True)
    assert not editor.edit("address").isVisible()
    assert editor.submit()
    assert calls[0].person.protected_address


def test_panel_adds_edits_and_unlinks(qtbot: QtBot, tmp_path: Path) -> None:
    workspace = FakeWorkspace(tmp_path / "v.sspf")
    young = workspace.persons.create_young_person(
        YoungPersonInput(first_name="Kim", last_name="Berg", birth_date=date(2011, 1, 1))
    )
    panel = RelatedPersonsPanel(workspace.persons, young.id)  # type: ignore[arg-type]
    qtbot.addWidget(panel)
    panel.show()
    assert panel.model.rowCount() == 0
    assert not panel.edit_button.isEnabled()
    editor = panel.add()
    editor.edit("first_name").setText("Åke")
    editor.edit("last_name").setText("Berg")
    editor.custody.setCurrentIndex(editor.custody.findData(CustodyType.JOINT.value))
    assert editor.submit()
    assert panel.model.rowCount() == 1
    assert workspace.persons.list_young_persons()[0].guardian_count == 1
    panel.table.selectRow(0)
    assert panel.edit_button.isEnabled()
    again = panel.edit_selected()
    assert again is not None
    assert again.edit("first_name").text() == "Åke"
    again.edit("phone").setText("070-111 22 33")
    assert again.submit()
    assert panel.model.row_at(0).phone == "070-111 22 33"
    panel.table.selectRow(0)
    box = panel.remove_selected()
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    assert panel.model.rowCount() == 0


def test_related_input_round_trip() -> None:
    data = RelatedInput(RelatedPersonInput("Eva", "Öberg"), Relationship.PARENT, CustodyType.NONE)
    assert data.person.first_name == "Eva"
