"""The two lists of an agenda item in the item editor: its decisions and its actions.

``DecisionList`` holds the decisions (beslut) as an editable list of lines; ``ActionList``
the actions (what, responsible, sector, deadline, status, follow-up), each added or
changed in the action-plan form (``ActionItemEditor``). Both only keep a draft: the item
editor saves them with the item. Both emit ``changed`` on every edit.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.domain import ActionItemInput
from sspf_desk.ui.dialogs.action_item_editor import ActionItemEditor
from sspf_desk.ui.models.meeting_actions_model import ActionColumn, MeetingActionsModel
from sspf_desk.ui.widgets.tables import read_only_table

EDIT_TRIGGERS = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
)


def _button(text: str, slot: object) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(text.replace("&", "").rstrip("…"))
    button.clicked.connect(slot)
    return button


class DecisionList(QWidget):
    """The decisions of an item, one per line, edited in place."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editable = False
        self.model = QStringListModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Decisions"))
        self.view.setMaximumHeight(110)
        self.setFocusProxy(self.view)
        for signal in (self.model.dataChanged, self.model.rowsRemoved, self.model.rowsInserted):
            signal.connect(self.changed)
        self.add_button = _button(self.tr("New &decision"), self.add_decision)
        self.remove_button = _button(self.tr("Remove decision"), self.remove_decision)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.set_editable(False)

    def set_decisions(self, decisions: Sequence[str]) -> None:
        """Show ``decisions``."""
        self.model.setStringList(list(decisions))

    def decisions(self) -> tuple[str, ...]:
        """The decisions as typed (surrounding spaces removed)."""
        return tuple(text.strip() for text in self.model.stringList())

    def set_editable(self, editable: bool) -> None:
        """Allow or forbid changes."""
        self._editable = editable
        self.view.setEditTriggers(
            EDIT_TRIGGERS if editable else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        self.add_button.setEnabled(editable)
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = bool(self.view.selectionModel().selectedRows())
        self.remove_button.setEnabled(self._editable and selected)

    def add_decision(self) -> None:
        """Add an empty decision and start typing it."""
        if not self._editable:
            return
        row = self.model.rowCount()
        self.model.insertRows(row, 1)
        index = self.model.index(row)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def remove_decision(self) -> None:
        """Remove the selected decision."""
        rows = self.view.selectionModel().selectedRows()
        if rows and self._editable:
            self.model.removeRows(rows[0].row(), 1)


class ActionList(QWidget):
    """The actions of an item, each edited in the action-plan form."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editable = False
        self.model = MeetingActionsModel(self)
        self.table = read_only_table(self.model, self.tr("Actions"))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ActionColumn.WHAT, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(110)
        self.table.activated.connect(self.edit_action)
        self.setFocusProxy(self.table)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.add_button = _button(self.tr("New ac&tion…"), self.add_action)
        self.edit_button = _button(self.tr("Edit action…"), self.edit_action)
        self.remove_button = _button(self.tr("Remove action"), self.remove_action)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.set_editable(False)

    def set_actions(self, actions: Sequence[ActionItemInput]) -> None:
        """Show ``actions``."""
        self.model.set_rows(actions)
        self._update_buttons()

    def action_inputs(self) -> tuple[ActionItemInput, ...]:
        """The actions, in order."""
        return self.model.actions()

    def set_editable(self, editable: bool) -> None:
        """Allow or forbid changes."""
        self._editable = editable
        self.add_button.setEnabled(editable)
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.selected_row() is not None
        self.edit_button.setEnabled(self._editable and selected)
        self.remove_button.setEnabled(self._editable and selected)

    def selected_row(self) -> int | None:
        """The row of the selected action, if any."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _replace(self, actions: Sequence[ActionItemInput]) -> None:
        self.model.set_rows(actions)
        self._update_buttons()
        self.changed.emit()

    def _open(self, editor: ActionItemEditor[ActionItemInput]) -> ActionItemEditor[ActionItemInput]:
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.open()
        return editor

    def add_action(self) -> ActionItemEditor[ActionItemInput] | None:
        """Open an empty action form; the saved action joins the list."""
        if not self._editable:
            return None

        def keep(data: ActionItemInput) -> ActionItemInput:
            self._replace((*self.action_inputs(), data))
            return data

        return self._open(ActionItemEditor(keep, None, self.window()))

    def edit_action(self) -> ActionItemEditor[ActionItemInput] | None:
        """Open the selected action's form; the change replaces it in the list."""
        row = self.selected_row()
        if row is None or not self._editable:
            return None

        def keep(data: ActionItemInput) -> ActionItemInput:
            actions = list(self.action_inputs())
            actions[row] = data
            self._replace(actions)
            return data

        return self._open(ActionItemEditor(keep, self.model.row_at(row), self.window()))

    def remove_action(self) -> None:
        """Remove the selected action."""
        row = self.selected_row()
        if row is None or not self._editable:
            return
        actions = list(self.action_inputs())
        del actions[row]
        self._replace(actions)
