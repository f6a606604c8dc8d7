"""Guardians and other related persons of one young person, shown inside the person editor.

Lists the links, opens ``RelatedPersonEditor`` to add or change one, and removes a link
after asking. Every change goes through the person service; the panel reloads itself.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.domain import RelatedPerson
from sspf_desk.ui.dialogs.related_person_editor import RelatedInput, RelatedPersonEditor
from sspf_desk.ui.messages import ask
from sspf_desk.ui.models.persons_model import PERSON_ID_ROLE
from sspf_desk.ui.models.related_persons_model import RelatedPersonsModel
from sspf_desk.ui.ports import PersonsPort


class RelatedPersonsPanel(QGroupBox):
    """Table of a young person's related persons with Add / Edit / Remove link."""

    def __init__(
        self, persons: PersonsPort, young_person_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Guardians and other related persons"), parent)
        self._persons = persons
        self._young_id = young_person_id
        self._unlink_id: str | None = None
        self.model = RelatedPersonsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Guardians and other related persons"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(110)
        self.table.activated.connect(self._edit_index)
        self.add_button = QPushButton(self.tr("A&dd…"))
        self.add_button.setAccessibleName(self.tr("Add a guardian or related person"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Edi&t…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected related person"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(self.tr("Re&move link"))
        self.remove_button.setAccessibleName(self.tr("Remove the link to the selected person"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        """Fetch the links again."""
        self.model.set_rows(self._persons.list_related_persons(self._young_id))
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def selected_id(self) -> str | None:
        """Return the id of the selected related person, if any."""
        rows = self.table.selectionModel().selectedRows()
        value = rows[0].data(PERSON_ID_ROLE) if rows else None
        return value if isinstance(value, str) else None

    def add(self) -> RelatedPersonEditor:
        """Open an empty form for a new related person."""
        persons, young_id = self._persons, self._young_id

        def save(data: RelatedInput) -> RelatedPerson:
            return persons.add_related_person(
                young_id, data.person, data.relationship, data.custody
            )

        return self._open(RelatedPersonEditor(save, None, self.window()))

    def edit_selected(self) -> RelatedPersonEditor | None:
        """Open the form for the selected related person."""
        rows = self.table.selectionModel().selectedRows()
        return self._edit_row(rows[0].row()) if rows else None

    def _edit_index(self, index: QModelIndex) -> None:
        self._edit_row(index.row())

    def _edit_row(self, row_number: int) -> RelatedPersonEditor:
        row = self.model.row_at(row_number)
        person = self._persons.get_related_person(row.id)
        persons, young_id, related_id = self._persons, self._young_id, row.id

        def save(data: RelatedInput) -> RelatedPerson:
            return persons.update_related_person(
                young_id, related_id, data.person, data.relationship, data.custody
            )

        initial = RelatedInput(person.to_input(), row.relationship, row.custody_type)
        return self._open(RelatedPersonEditor(save, initial, self.window()))

    def _open(self, editor: RelatedPersonEditor) -> RelatedPersonEditor:
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self.reload)
        editor.open()
        return editor

    def remove_selected(self) -> QMessageBox | None:
        """Ask, then remove the link to the selected related person."""
        related_id = self.selected_id()
        if related_id is None:
            return None
        box = ask(
            self.window(),
            self.tr("Remove link"),
            self.tr(
                "Remove the link to this person? A person who is not linked to any other "
                "young person is deleted."
            ),
            self.tr("&Remove link"),
            self.tr("Cancel"),
        )
        self._unlink_id = related_id
        box.accepted.connect(self._unlink_confirmed)
        return box

    def _unlink_confirmed(self) -> None:
        related_id, self._unlink_id = self._unlink_id, None
        if related_id is not None:
            self._persons.unlink_related_person(self._young_id, related_id)
            self.reload()

    def _update_buttons(self) -> None:
        selected = self.selected_id() is not None
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)
