"""The agenda tab of the meeting editor: the § items with the consent gate, and one item open.

Left, the numbered items with the gate's state (a blocked item stands out and says which
parties block it); buttons add an item (optionally about a young person), fetch the
suggestions that are due, move an item up or down and remove it. Right, ``ItemPanel``
edits the chosen item; choosing another item first saves a changed one (and stays put
when that cannot be done). ``ask_about`` asks, one item after another, what to do with
items a change of attendance blocked. Every write is followed by ``changed`` so the
editor reads the meeting again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.domain import AgendaItem, AgendaSection
from sspf_desk.domain.agenda import GateOption
from sspf_desk.errors import KnownError, ValidationError
from sspf_desk.services.meeting_planning_rows import AgendaSuggestion
from sspf_desk.services.meeting_rows import GateBlockedError, GatedItem, MeetingDetail
from sspf_desk.ui.dialogs.meeting_gate import BlockedQuestion, GateQueue
from sspf_desk.ui.dialogs.meeting_item_new import NewAgendaItemDialog, insert_number
from sspf_desk.ui.dialogs.meeting_item_panel import ItemPanel
from sspf_desk.ui.dialogs.meeting_suggestions import SuggestionsDialog
from sspf_desk.ui.messages import ask, error_text
from sspf_desk.ui.models.meeting_agenda_model import (
    AgendaColumn,
    MeetingAgendaModel,
    item_heading,
)
from sspf_desk.ui.ports_meetings import MeetingPersonsPort, MeetingsPort
from sspf_desk.ui.tasks import TaskRunner
from sspf_desk.ui.widgets.field_errors import ERROR_STYLE
from sspf_desk.ui.widgets.tables import read_only_table


@dataclass(frozen=True)
class AgendaServices:
    """What the agenda tab works with."""

    meetings: MeetingsPort
    persons: MeetingPersonsPort
    runner: TaskRunner
    meeting_id: str


class AgendaTab(QWidget):
    """The agenda and the chosen item; emits ``changed`` after every write."""

    changed = Signal()

    def __init__(self, services: AgendaServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._s = services
        self._detail: MeetingDetail | None = None
        self._remove_id: str | None = None
        self._reselecting = False
        self.queue: GateQueue | None = None
        self.model = MeetingAgendaModel(self)
        self.table = self._build_table()
        self.panel = ItemPanel(services.meetings)
        self.panel.saved.connect(self._item_saved)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setVisible(False)
        self.add_button = self._button(self.tr("&New item…"), self.add_item)
        self.suggest_button = self._button(self.tr("&Get suggestions…"), self.get_suggestions)
        self.up_button = self._button(self.tr("Move &up"), lambda: self.move_selected(-1))
        self.down_button = self._button(self.tr("Move d&own"), lambda: self.move_selected(1))
        self.remove_button = self._button(self.tr("&Remove item"), self.remove_selected)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._layout()

    def _build_table(self) -> QTableView:
        table = read_only_table(self.model, self.tr("Agenda"))
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(AgendaColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AgendaColumn.STATUS, QHeaderView.ResizeMode.ResizeToContents)
        table.hideColumn(AgendaColumn.SECTION)  # the titles say enough; the item shows it
        table.setMinimumWidth(460)
        return table

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    def _layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.message)
        rows = (
            (self.add_button, self.suggest_button),
            (self.up_button, self.down_button, self.remove_button),
        )
        for buttons in rows:
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            left_layout.addLayout(row)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setAccessibleName(self.tr("The chosen agenda item"))
        scroll.setWidget(self.panel)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # -- showing ---------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        """Whether the minutes are finalized or approved."""
        return self._detail is None or self._detail.meeting.is_locked

    def show_detail(self, detail: MeetingDetail) -> None:
        """Show the items of ``detail``, keeping the chosen item (and a draft of it)."""
        self._detail = detail
        chosen = self.selected_id() or self.panel.item_id
        self._reselecting = True
        try:
            self.model.set_rows(detail.items)
            if chosen is not None:
                self.select(chosen)
        finally:
            self._reselecting = False
        self._show_chosen(keep_draft=True)
        self._update_buttons()

    def show_problem(self, text: str) -> None:
        """Show a message under the agenda (empty: hide it)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def selected_id(self) -> str | None:
        """The id of the chosen item, if any."""
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_for_index(rows[0]) if rows else None
        return row.item.id if row is not None else None

    def selected(self) -> GatedItem | None:
        """The chosen item, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_for_index(rows[0]) if rows else None

    def select(self, item_id: str) -> None:
        """Choose the item ``item_id`` if it is on the agenda."""
        row = self.model.row_of(item_id)
        if row is None:
            return
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | (
            QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)

    def _show_chosen(self, *, keep_draft: bool) -> None:
        chosen = self.selected()
        same = chosen is not None and chosen.item.id == self.panel.item_id
        if keep_draft and same and self.panel.is_dirty():
            return
        self.panel.show_item(chosen, locked=self.locked)

    def _selection_changed(self) -> None:
        if self._reselecting:
            return
        previous = self.panel.item_id
        if self.panel.is_dirty() and previous != self.selected_id() and not self.panel.save():
            self._reselecting = True
            try:
                if previous is not None:
                    self.select(previous)
            finally:
                self._reselecting = False
            return
        self._show_chosen(keep_draft=False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = not self.locked
        chosen = self.selected()
        count = self.model.rowCount()
        self.add_button.setEnabled(editable)
        self.suggest_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and chosen is not None)
        number = chosen.item.number if chosen is not None else 0
        self.up_button.setEnabled(editable and chosen is not None and number > 1)
        self.down_button.setEnabled(editable and chosen is not None and number < count)

    def _item_saved(self, _stored: object) -> None:
        self.show_problem("")
        self.changed.emit()

    # -- writing ---------------------------------------------------------------------------

    def _items(self) -> tuple[AgendaItem, ...]:
        return tuple(row.item for row in self._detail.items) if self._detail else ()

    def add_item(self) -> NewAgendaItemDialog | None:
        """Open the form for a new item."""
        if self.locked:
            return None
        dialog = NewAgendaItemDialog(
            self._s.meetings, self._s.persons, self._s.meeting_id, self._items(), self.window()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._added)
        dialog.open()
        return dialog

    def _added(self, stored: object) -> None:
        self.changed.emit()
        if isinstance(stored, GatedItem) and stored.item.id is not None:
            self.select(stored.item.id)

    def get_suggestions(self) -> SuggestionsDialog | None:
        """Open the list of items that are due (read on the task runner)."""
        if self.locked:
            return None
        dialog = SuggestionsDialog(
            self._s.meetings, self._s.meeting_id, self._s.runner, self.window()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self.add_suggestions)
        dialog.open()
        return dialog

    def _suggested_item(self, suggestion: AgendaSuggestion) -> AgendaItem:
        """An item in the suggestion's section; at group and area level its reason is the
        item's background (it names nobody)."""
        section = suggestion.section
        area = section is AgendaSection.AREA_LEVEL
        return AgendaItem(
            number=insert_number(self._items(), section),
            section=section,
            title=suggestion.title,
            young_person_id=suggestion.young_person_id,
            notes=suggestion.reason if area else "",
        )

    def add_suggestions(self, suggestions: Sequence[AgendaSuggestion]) -> None:
        """Put the suggestions on the agenda; blocked ones are asked about one by one."""
        questions: list[BlockedQuestion] = []
        for suggestion in suggestions:
            item = self._suggested_item(suggestion)
            try:
                self._s.meetings.add_item(self._s.meeting_id, item)
            except GateBlockedError as exc:
                heading = f"{item.title} – {suggestion.young_person_name}"

                def apply(option: GateOption, chosen: AgendaSuggestion = suggestion) -> None:
                    self._write(
                        lambda: self._s.meetings.add_item(
                            self._s.meeting_id, self._suggested_item(chosen), on_blocked=option
                        )
                    )

                questions.append(BlockedQuestion(heading, exc.gate, apply))
                continue
            except KnownError as exc:
                self.show_problem(error_text(exc))
                break
            self.changed.emit()
        self._ask(questions)

    def ask_about(self, blocked: Sequence[GatedItem]) -> None:
        """Ask what to do with each item the attendance now blocks."""
        questions = []
        for row in blocked:
            item = row.item
            if item.id is None:
                continue

            def apply(
                option: GateOption, item_id: str = item.id, chosen: AgendaItem = item
            ) -> None:
                self._write(
                    lambda: self._s.meetings.update_item(item_id, chosen, on_blocked=option)
                )

            questions.append(BlockedQuestion(item_heading(row), row.gate, apply))
        self._ask(questions)

    def _ask(self, questions: list[BlockedQuestion]) -> None:
        if not questions:
            return
        self.queue = GateQueue(self.window(), questions)
        self.queue.finished.connect(self._asked)
        self.queue.start()

    def _asked(self) -> None:
        self.queue = None

    def _write(self, op: Callable[[], object]) -> bool:
        """Run one service write; show a refusal under the agenda; then ``changed``."""
        try:
            op()
        except ValidationError as exc:
            self.show_problem(" ".join(exc.errors.values()))
            return False
        except KnownError as exc:
            self.show_problem(error_text(exc))
            return False
        self.show_problem("")
        self.changed.emit()
        return True

    def move_selected(self, step: int) -> bool:
        """Move the chosen item ``step`` places (−1 up, +1 down)."""
        chosen = self.selected()
        if chosen is None or chosen.item.id is None or self.locked:
            return False
        item_id, number = chosen.item.id, chosen.item.number + step
        return self._write(lambda: self._s.meetings.move_item(item_id, number))

    def remove_selected(self) -> QWidget | None:
        """Ask, then remove the chosen item."""
        chosen = self.selected()
        if chosen is None or chosen.item.id is None or self.locked:
            return None
        self._remove_id = chosen.item.id
        box = ask(
            self.window(),
            self.tr("Remove agenda item"),
            self.tr(
                "Remove this item from the agenda? Its notes, decisions and actions go too; "
                "actions already in an action plan stay there once started."
            ),
            self.tr("&Remove"),
            self.tr("Cancel"),
        )
        box.accepted.connect(self._remove_confirmed)
        return box

    def _remove_confirmed(self) -> None:
        item_id, self._remove_id = self._remove_id, None
        if item_id is not None:
            self._write(lambda: self._s.meetings.remove_item(item_id))
