"""Choose the young person a concern is about: search with suggestions, or add a new one.

Typing asks the person service for matches (an in-memory search, quick enough for the GUI
thread) and shows them in a completer popup; choosing one fixes the person. Editing the
text again drops the choice. "New young person…" opens the ordinary person editor and
chooses the person it saves.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.domain import YoungPerson
from sspf_desk.services.person_rows import make_row
from sspf_desk.ui.dialogs.person_editor import PersonEditor
from sspf_desk.ui.models.person_search_model import (
    PERSON_ID_ROLE,
    PersonSearchModel,
    person_label,
)
from sspf_desk.ui.ports_concerns import PersonPickerPort


class PersonPicker(QWidget):
    """Search field with suggestions and a "New young person…" button; emits ``changed``."""

    changed = Signal()

    def __init__(self, persons: PersonPickerPort, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._persons = persons
        self._person_id: str | None = None
        self._label = ""
        self.model = PersonSearchModel(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name, identity number or school"))
        self.search.setAccessibleName(self.tr("Search for the young person"))
        self.search.setClearButtonEnabled(True)
        self.search.textEdited.connect(self._edited)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(self.search)
        # The QModelIndex overload: names can repeat, ids cannot (the stubs list one signal).
        self.completer.activated[QModelIndex].connect(self.choose_index)  # type: ignore[index]
        self.new_button = QPushButton(self.tr("New young &person…"))
        self.new_button.setAccessibleName(self.tr("Add a new young person"))
        self.new_button.clicked.connect(self.new_person)
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search, 1)
        row.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.setFocusProxy(self.search)
        self._show_status()

    def person_id(self) -> str | None:
        """The chosen young person's id, if any."""
        return self._person_id

    def person_text(self) -> str:
        """How the chosen young person is named in the form (empty if none)."""
        return self._label

    def set_person(self, person_id: str | None, label: str) -> None:
        """Choose ``person_id`` (shown as ``label``), or nobody."""
        self._person_id = person_id
        self._label = label if person_id is not None else ""
        self.search.setText(self._label)
        self.search.setCursorPosition(0)  # the name first, not the tail of the label
        self._show_status()
        self.changed.emit()

    def suggest(self, text: str) -> None:
        """Fill the suggestions for ``text`` and show them (no popup when nothing matches)."""
        rows = self._persons.search_young_persons(text) if text.strip() else []
        self.model.set_rows(rows)
        if rows and self.search.isVisible():
            self.completer.complete()
        else:
            popup = self.completer.popup()
            if popup is not None:
                popup.hide()

    def choose_index(self, index: QModelIndex | QPersistentModelIndex) -> None:
        """Choose the suggestion at ``index`` (of the completer's or the search model)."""
        person_id = index.data(PERSON_ID_ROLE)
        label = index.data(Qt.ItemDataRole.DisplayRole)
        if isinstance(person_id, str) and isinstance(label, str):
            self.set_person(person_id, label)

    def new_person(self) -> PersonEditor:
        """Open the person editor for a new young person; the saved person is chosen."""
        editor = PersonEditor(self._persons.create_young_person, None, self.window())
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._created)
        editor.open()
        return editor

    def _created(self, person: object) -> None:
        if isinstance(person, YoungPerson):
            self.set_person(person.id, person_label(make_row(person, 0)))

    def _edited(self, text: str) -> None:
        if self._person_id is not None and text != self._label:
            self._person_id, self._label = None, ""
            self._show_status()
            self.changed.emit()
        self.suggest(text)

    def _show_status(self) -> None:
        if self._person_id is None:
            self.status.setText(self.tr("No young person chosen yet: type and pick a suggestion."))
        else:
            self.status.setText(self.tr("Chosen: %1").replace("%1", self._label))
