"""The "Young persons" section: search field, table, and buttons to open, add or edit a person.

Reads rows from the person service and opens ``PersonEditor`` for changes; it never
writes itself. Double-click, Enter or "Open" asks for the person's record
(``open_requested(person_id)``; the owner opens it). The owner calls ``reload()`` when
the workspace reports changed persons.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.domain import YoungPerson, YoungPersonInput
from sspf_desk.errors import KnownError
from sspf_desk.ui.dialogs.person_editor import PersonEditor, SaveFn
from sspf_desk.ui.messages import ask, show_error
from sspf_desk.ui.models.persons_model import PERSON_ID_ROLE, Column, PersonsModel, PersonsProxy
from sspf_desk.ui.widgets.related_persons import RelatedPersonsPanel
from sspf_desk.ui.widgets.tables import read_only_table

if TYPE_CHECKING:
    from sspf_desk.ui.ports import PersonsPort


class PersonsView(QWidget):
    """Search-as-you-type list of young persons with Open / New / Edit."""

    open_requested = Signal(str)

    def __init__(self, persons: PersonsPort, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._persons = persons
        self._delete_id: str | None = None
        self.model = PersonsModel(self)
        self.proxy = PersonsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, identity number, school or area"))
        self.search.setAccessibleName(self.tr("Search young persons"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.table = self._build_table()
        self.count = QLabel()
        self.new_button = QPushButton(self.tr("&New young person"))
        self.new_button.setAccessibleName(self.tr("New young person"))
        self.new_button.clicked.connect(self.new_person)
        self.open_button = self._open_button()
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected young person"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected young person"))
        self.delete_button.clicked.connect(self.delete_selected)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_person)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        search_label = QLabel(self.tr("&Search"))
        search_label.setBuddy(self.search)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        layout.addLayout(search_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self.setTabOrder(self.search, self.table)
        self.setTabOrder(self.table, self.open_button)
        self.setTabOrder(self.open_button, self.new_button)
        self.setTabOrder(self.new_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.delete_button)
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)

    def _open_button(self) -> QPushButton:
        button = QPushButton(self.tr("&Open record"))
        button.setAccessibleName(self.tr("Open the selected young person's record"))
        button.clicked.connect(self.open_selected)
        return button

    def _build_table(self) -> QTableView:
        table = read_only_table(
            self.proxy, self.tr("Young persons"), resize=QHeaderView.ResizeMode.Interactive
        )
        table.setSortingEnabled(True)
        table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        table.horizontalHeader().setResizeContentsPrecision(200)
        table.activated.connect(self._open_index)
        return table

    def reload(self) -> None:
        """Fetch the rows again, keeping the selected person selected."""
        selected = self.selected_id()
        first_load = self.model.rowCount() == 0
        self.model.set_rows(self._persons.list_young_persons())
        if first_load:
            self.table.resizeColumnsToContents()
        if selected is not None:
            self.select(selected)
        self._update_count()

    def clear(self) -> None:
        """Drop every row and the search text (on lock)."""
        self.search.clear()
        self.model.clear()
        self._update_count()

    def selected_id(self) -> str | None:
        """Return the id of the selected person, if any."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(PERSON_ID_ROLE)
        return value if isinstance(value, str) else None

    def select(self, person_id: str) -> None:
        """Select and show ``person_id`` if it is in the (filtered) list."""
        row = self.model.row_of(person_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.selectionModel().setCurrentIndex(index, flags)
            self.table.scrollTo(index)

    def new_person(self) -> PersonEditor:
        """Open an empty editor for a new young person."""
        return self._open_editor(self._persons.create_young_person, None)

    def edit_selected(self) -> PersonEditor | None:
        """Open the editor for the selected person."""
        person_id = self.selected_id()
        return self.edit_person(person_id) if person_id is not None else None

    def edit_person(self, person_id: str) -> PersonEditor:
        """Open the editor for ``person_id`` (reading it is recorded in the audit trail)."""
        person = self._persons.get_young_person(person_id)
        persons = self._persons

        def save(data: YoungPersonInput) -> YoungPerson:
            return persons.update_young_person(person_id, data)

        panel = RelatedPersonsPanel(self._persons, person_id)
        return self._open_editor(save, person.to_input(), panel)

    def _open_editor(
        self, save: SaveFn, initial: YoungPersonInput | None, extra: QWidget | None = None
    ) -> PersonEditor:
        editor = PersonEditor(save, initial, self.window(), extra=extra)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._editor_saved)
        editor.open()
        return editor

    def _editor_saved(self, person: object) -> None:
        if isinstance(person, YoungPerson):
            self.select(person.id)

    def open_selected(self) -> None:
        """Ask for the selected person's record."""
        person_id = self.selected_id()
        if person_id is not None:
            self.open_requested.emit(person_id)

    def _open_index(self, index: QModelIndex) -> None:
        value = index.data(PERSON_ID_ROLE)
        if isinstance(value, str):
            self.open_requested.emit(value)

    def delete_selected(self) -> QMessageBox | None:
        """Ask, in plain words, then delete the selected young person (and their links)."""
        person_id = self.selected_id()
        row = self.model.row_of(person_id) if person_id is not None else None
        if person_id is None or row is None:
            return None
        shown = self.model.row_at(row)
        name = f"{shown.first_name} {shown.last_name}".strip()
        text = "\n\n".join(
            (
                self.tr("Delete %1?").replace("%1", name),
                self.tr(
                    "The record of the young person is removed, and so are the links to "
                    "their guardians and other related persons. Guardians and related "
                    "persons who are not linked to any other young person are removed too."
                ),
                self.tr(
                    "The deletion is recorded in the vault's log, with who deleted and when "
                    "(the deleted details themselves are not kept there). It cannot be undone."
                ),
            )
        )
        box = ask(
            self.window(),
            self.tr("Delete young person"),
            text,
            self.tr("&Delete"),
            self.tr("Cancel"),
        )
        box.setIcon(QMessageBox.Icon.Warning)
        self._delete_id = person_id
        box.accepted.connect(self._delete_confirmed)
        return box

    def _delete_confirmed(self) -> None:
        person_id, self._delete_id = self._delete_id, None
        if person_id is None:
            return
        try:
            self._persons.delete_young_person(person_id)
        except KnownError as exc:
            show_error(exc, self.window())

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search_text(text)
        self._update_count()

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.selected_id() is not None)
        selected = self.selected_id() is not None
        self.open_button.setEnabled(selected)
        self.edit_button.setEnabled(selected)

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if shown == total:
            text = self.tr("Number of young persons: %1").replace("%1", str(total))
        else:
            text = self.tr("%1 of %2 shown").replace("%1", str(shown)).replace("%2", str(total))
        self.count.setText(text)
