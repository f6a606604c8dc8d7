"""The Bekymringssamtal page: the list of talks, newest first, and the talk form.

Rows come from the talk service (read on the task runner); sorting and the search happen in
the model's proxy. The page never writes itself except for deleting a talk after a
question: ``ConcernTalkEditor`` saves through the service, and the page reloads when the
workspace reports changed talks (at once when shown, else when next shown). ``clear()``
forgets every row before a lock.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
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

from sspf_desk.domain import ConcernTalk
from sspf_desk.errors import KnownError
from sspf_desk.services.changes import ChangeSet
from sspf_desk.services.concern_talk_rows import ConcernTalkRow
from sspf_desk.ui.dialogs.concern_talk_editor import ConcernTalkEditor
from sspf_desk.ui.messages import ask, show_error
from sspf_desk.ui.models.talks_model import (
    PERSON_ID_ROLE,
    TALK_ID_ROLE,
    TalkColumn,
    TalksModel,
    TalksProxy,
)
from sspf_desk.ui.pages.live_list import LiveList
from sspf_desk.ui.pages.texts import day_text
from sspf_desk.ui.ports_concerns import PersonPickerPort
from sspf_desk.ui.ports_talks import ConcernTalksPort
from sspf_desk.ui.tasks import TaskRunner
from sspf_desk.ui.widgets.tables import read_only_table

# Record types whose changes can change a row of the list.
WATCHED = ("concern_talk", "young_person")


class TalksPage(QWidget):
    """Sortable, searchable list of bekymringssamtal with New / Open / Delete."""

    open_person_requested = Signal(str)
    """The user asked to open the record of this young person (id)."""

    def __init__(
        self,
        talks: ConcernTalksPort,
        persons: PersonPickerPort,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._talks = talks
        self._persons = persons
        self._live = LiveList(self, runner, lambda: talks.list_talks, self._loaded, WATCHED)
        self._select_next: str | None = None
        self._delete_id: str | None = None
        self.model = TalksModel(self)
        self.proxy = TalksProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._build_table()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name or place"))
        self.search.setAccessibleName(self.tr("Search concern conversations"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        search_label = QLabel(self.tr("&Search"))
        search_label.setBuddy(self.search)
        self.count = QLabel()
        self.new_button = self._button(
            self.tr("&New concern conversation…"), self.tr("New concern conversation")
        )
        self.new_button.clicked.connect(self.new_talk)
        self.open_button = self._button(self.tr("&Open…"), self.tr("Open the selected talk"))
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button = self._button(self.tr("&Delete…"), self.tr("Delete the selected talk"))
        self.delete_button.clicked.connect(self.ask_delete)
        self.person_button = self._button(
            self.tr("Open young &person"), self.tr("Open the young person of the talk")
        )
        self.person_button.clicked.connect(self._open_person)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_talk)
        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        for button in (self.person_button, self.delete_button, self.open_button):
            buttons.addWidget(button)
        buttons.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self._update_count()

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        return button

    def _build_table(self) -> QTableView:
        table = read_only_table(
            self.proxy, self.tr("Concern conversations"), resize=QHeaderView.ResizeMode.Interactive
        )
        table.setSortingEnabled(True)
        table.sortByColumn(TalkColumn.HELD_ON, Qt.SortOrder.DescendingOrder)
        table.activated.connect(self._open_index)
        return table

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the talks again (on the task runner), keeping the selection."""
        self._live.reload()

    def _loaded(self, rows: list[ConcernTalkRow]) -> None:
        selected = self._select_next or self.selected_id()
        self._select_next = None
        first = self.model.rowCount() == 0
        self.model.set_rows(rows)
        if first and rows:
            self.table.resizeColumnsToContents()
            self.table.setColumnWidth(
                TalkColumn.PLACE, min(self.table.columnWidth(TalkColumn.PLACE), 260)
            )
        if selected is not None:
            self.select(selected)
        self._update_count()
        self._update_buttons()

    def on_changes(self, changes: ChangeSet) -> None:
        """Reload when talks (or the names they show) changed; later if hidden."""
        self._live.on_changes(changes)

    def showEvent(self, event: QShowEvent) -> None:
        """Read the list when first shown, and catch up with changes made meanwhile."""
        super().showEvent(event)
        self._live.shown()

    def clear(self) -> None:
        """Drop every row and the search text (on lock); nothing is read afterwards."""
        self._live.stop()
        self.search.clear()
        self.model.clear()
        self._update_count()
        self._update_buttons()

    # -- selection -------------------------------------------------------------------------

    def selected_id(self) -> str | None:
        """The id of the selected talk, if any."""
        return self._selected(TALK_ID_ROLE)

    def _selected(self, role: int) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        value = rows[0].data(role) if rows else None
        return value if isinstance(value, str) else None

    def select(self, talk_id: str) -> None:
        """Select and show ``talk_id`` if it is in the (filtered) list."""
        row = self.model.row_of(talk_id)
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

    # -- opening ---------------------------------------------------------------------------

    def new_talk(self) -> ConcernTalkEditor:
        """Open an empty form."""
        return self._open_editor(None, "")

    def open_selected(self) -> ConcernTalkEditor | None:
        """Open the selected talk."""
        talk_id = self.selected_id()
        return self.open_talk(talk_id) if talk_id is not None else None

    def open_talk(self, talk_id: str) -> ConcernTalkEditor:
        """Open ``talk_id`` in the form (reading it is recorded in the audit trail)."""
        talk = self._talks.get_talk(talk_id)
        row = self.model.row_of(talk_id)
        person_text = self.model.row_at(row).young_person_name if row is not None else ""
        if not person_text:  # not listed yet
            about = self._talks.list_talks(talk.data.young_person_id)
            person_text = next((r.young_person_name for r in about if r.id == talk_id), "")
        return self._open_editor(talk, person_text)

    def _open_editor(self, talk: ConcernTalk | None, person_text: str) -> ConcernTalkEditor:
        editor = ConcernTalkEditor(self._talks, self._persons, talk, person_text, self.window())
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._saved)
        editor.open()
        return editor

    def _saved(self, talk: object) -> None:
        if isinstance(talk, ConcernTalk):
            self._select_next = talk.id  # shown once the list is read again
            self.reload()

    def _open_index(self, index: QModelIndex) -> None:
        value = index.data(TALK_ID_ROLE)
        if isinstance(value, str):
            self.open_talk(value)

    def _open_person(self) -> None:
        person_id = self._selected(PERSON_ID_ROLE)
        if person_id is not None:
            self.open_person_requested.emit(person_id)

    # -- deleting --------------------------------------------------------------------------

    def ask_delete(self) -> None:
        """Ask before deleting the selected talk."""
        talk_id = self.selected_id()
        row = self.model.row_of(talk_id) if talk_id is not None else None
        if talk_id is None or row is None:
            return
        listed = self.model.row_at(row)
        self._delete_id = talk_id
        box = ask(
            self.window(),
            self.tr("Delete concern conversation"),
            self.tr(
                "Delete the concern conversation with %1 on %2, with its participants and "
                "agreements? This cannot be undone."
            )
            .replace("%1", listed.young_person_name)
            .replace("%2", day_text(listed.held_on)),
            self.tr("&Delete"),
            self.tr("&Keep"),
        )
        box.setIcon(QMessageBox.Icon.Warning)
        box.accepted.connect(self._delete_confirmed)

    def _delete_confirmed(self) -> None:
        talk_id, self._delete_id = self._delete_id, None
        if talk_id is None or not self._live.active:
            return
        try:
            self._talks.delete_talk(talk_id)
        except KnownError as exc:
            show_error(exc, self.window())
        self.reload()

    # -- state -----------------------------------------------------------------------------

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search_text(text)
        self._update_count()

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        for button in (self.open_button, self.delete_button, self.person_button):
            button.setEnabled(chosen)

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if shown == total:
            text = self.tr("Number of talks: %1").replace("%1", str(total))
        else:
            text = self.tr("%1 of %2 shown").replace("%1", str(shown)).replace("%2", str(total))
        self.count.setText(text)
