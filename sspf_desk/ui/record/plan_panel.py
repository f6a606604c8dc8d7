"""The action plan (åtagandeplan) of one case: goals, strengths and the items.

Goals are written in the young person's own words where possible. The texts are saved
with "Save plan" (and, like any form, before a lock when changed; a reload keeps unsaved
text); the items are added, changed and removed one at a time through the case service,
in ``ActionItemEditor`` — the record reloads on the change notification.
Overdue items stand out in the table and are counted above it. On a closed case every
edit control is disabled — the case tab says why.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.domain import ActionItem, ActionItemInput, ActionPlanInput, Case
from sspf_desk.errors import KnownError, ValidationError
from sspf_desk.ui.dialogs.action_item_editor import ActionItemEditor
from sspf_desk.ui.lock import CommitOutcome
from sspf_desk.ui.messages import ask, error_text
from sspf_desk.ui.models.action_items_model import ActionItemsModel, ItemColumn
from sspf_desk.ui.record.context import RecordContext
from sspf_desk.ui.widgets.field_errors import ERROR_STYLE
from sspf_desk.ui.widgets.tables import read_only_table


def _text_box(name: str, accessible: str, placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    return box


class PlanPanel(QGroupBox):
    """Goals, strengths and items of one case's action plan."""

    def __init__(self, context: RecordContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Action plan"), parent)
        self._ctx = context
        self._case: Case | None = None
        self._saved_texts = ("", "")
        self._remove_id: str | None = None
        self.goals = _text_box(
            "goals",
            self.tr("Goals in the young person's own words"),
            self.tr("What does the young person want to achieve? Use their own words."),
        )
        self.strengths = _text_box(
            "strengths",
            self.tr("Strengths"),
            self.tr("What works well? Interests, people who matter, what protects."),
        )
        for box in (self.goals, self.strengths):
            box.textChanged.connect(self._texts_changed)
        self.save_button = QPushButton(self.tr("Save &plan"))
        self.save_button.setAccessibleName(self.tr("Save goals and strengths"))
        self.save_button.clicked.connect(self.save_texts)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.model = ActionItemsModel(self)
        self.table = self._build_table()
        self.overdue_note = QLabel()
        self.overdue_note.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
        self.add_button = self._button(self.tr("&New action…"), self.add_item)
        self.edit_button = self._button(self.tr("Edit ac&tion…"), self.edit_selected)
        self.remove_button = self._button(self.tr("Remo&ve action"), self.remove_selected)
        self._layout()
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.show_case(None)

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    def _build_table(self) -> QTableView:
        table = read_only_table(self.model, self.tr("Actions of the action plan"))
        table.setAlternatingRowColors(False)  # the overdue rows have their own background
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ItemColumn.WHAT, QHeaderView.ResizeMode.Stretch)
        table.activated.connect(self.edit_selected)
        return table

    def _layout(self) -> None:
        texts = QHBoxLayout()
        for label_text, box in (
            (self.tr("&Goals (the young person's own words)"), self.goals),
            (self.tr("&Strengths"), self.strengths),
        ):
            column = QVBoxLayout()
            label = QLabel(label_text)
            label.setBuddy(box)
            column.addWidget(label)
            column.addWidget(box)
            box.setFixedHeight(72)
            texts.addLayout(column)
        save_row = QHBoxLayout()
        save_row.addWidget(self.message, 1)
        save_row.addWidget(self.save_button)
        items_row = QHBoxLayout()
        items_label = QLabel(self.tr("Actions"))
        items_label.setBuddy(self.table)
        items_row.addWidget(items_label)
        items_row.addWidget(self.overdue_note, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(texts)
        layout.addLayout(save_row)
        layout.addLayout(items_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    # -- loading ---------------------------------------------------------------------------

    def show_case(self, case: Case | None) -> None:
        """Show the plan of ``case`` (None: nothing), read-only when it is closed."""
        same = case is not None and self._case is not None and case.id == self._case.id
        keep_typed = same and self.is_dirty() and case is not None and not case.is_closed
        self._case = case
        plan = self._ctx.cases.get_plan(case.id) if case is not None else None
        texts = (plan.goals, plan.strengths) if plan is not None else ("", "")
        if not keep_typed:  # a reload must not throw away what is being typed
            self.goals.setPlainText(texts[0])
            self.strengths.setPlainText(texts[1])
        self._saved_texts = texts
        items = list(self._ctx.cases.list_items(case.id)) if case is not None else []
        # On a closed case nothing is still to be done: no item counts as overdue.
        self.model.set_rows(
            items, self._ctx.today(), overdue=case is not None and not case.is_closed
        )
        overdue = self.model.overdue_count()
        self.overdue_note.setText(self.tr("%n action(s) overdue", "", overdue) if overdue else "")
        self.overdue_note.setVisible(bool(overdue))
        editable = case is not None and not case.is_closed
        for box in (self.goals, self.strengths):
            box.setReadOnly(not editable)
        self.add_button.setEnabled(editable)
        self.message.clear()
        self._update_buttons()

    @property
    def editable(self) -> bool:
        """Whether the shown case may be changed."""
        return self._case is not None and not self._case.is_closed

    def _update_buttons(self) -> None:
        selected = bool(self.table.selectionModel().selectedRows())
        self.edit_button.setEnabled(self.editable and selected)
        self.remove_button.setEnabled(self.editable and selected)
        self.save_button.setEnabled(self.editable and self.is_dirty())

    # -- plan texts ------------------------------------------------------------------------

    def _texts(self) -> tuple[str, str]:
        return (self.goals.toPlainText(), self.strengths.toPlainText())

    def is_dirty(self) -> bool:
        """Whether goals or strengths differ from what is stored."""
        return self._texts() != self._saved_texts

    def _texts_changed(self) -> None:
        self.message.clear()
        self._update_buttons()

    def save_texts(self) -> bool:
        """Store goals and strengths; a refusal is shown next to the button."""
        if self._case is None or not self.editable:
            return False
        goals, strengths = self._texts()
        try:
            self._ctx.cases.save_plan(self._case.id, ActionPlanInput(goals, strengths))
        except ValidationError as exc:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(" ".join(exc.errors.values()))
            return False
        except KnownError as exc:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(error_text(exc))
            return False
        self._saved_texts = (goals, strengths)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("The plan is saved."))
        self._update_buttons()
        return True

    def commit_pending(self) -> CommitOutcome:
        """Before a lock: save changed plan texts (see ``ui.lock``)."""
        if not self.editable or not self.is_dirty():
            return CommitOutcome.UNCHANGED
        return CommitOutcome.SAVED if self.save_texts() else CommitOutcome.DISCARDED

    # -- items -----------------------------------------------------------------------------

    def selected_item(self) -> ActionItem | None:
        """The selected item, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _open_editor(self, editor: ActionItemEditor[ActionItem]) -> ActionItemEditor[ActionItem]:
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._item_saved)
        editor.open()
        return editor

    def add_item(self) -> ActionItemEditor[ActionItem] | None:
        """Open an empty form for a new item."""
        if self._case is None or not self.editable:
            return None
        cases, case_id = self._ctx.cases, self._case.id

        def save(data: ActionItemInput) -> ActionItem:
            return cases.add_item(case_id, data)

        return self._open_editor(ActionItemEditor(save, None, self.window()))

    def edit_selected(self) -> ActionItemEditor[ActionItem] | None:
        """Open the form of the selected item."""
        item = self.selected_item()
        if item is None or not self.editable:
            return None
        cases, item_id = self._ctx.cases, item.id

        def save(data: ActionItemInput) -> ActionItem:
            return cases.update_item(item_id, data)

        return self._open_editor(ActionItemEditor(save, item.to_input(), self.window()))

    def _item_saved(self, item: object) -> None:
        # The record reloaded on the change notification; select what was saved.
        if isinstance(item, ActionItem):
            row = next(
                (n for n in range(self.model.rowCount()) if self.model.row_at(n).id == item.id),
                None,
            )
            if row is not None:
                self.table.selectRow(row)

    def remove_selected(self) -> QWidget | None:
        """Ask, then remove the selected item."""
        item = self.selected_item()
        if item is None or not self.editable:
            return None
        self._remove_id = item.id
        box = ask(
            self.window(),
            self.tr("Remove action"),
            self.tr("Remove this action from the plan?"),
            self.tr("&Remove"),
            self.tr("Cancel"),
        )
        box.accepted.connect(self._remove_confirmed)
        return box

    def _remove_confirmed(self) -> None:
        item_id, self._remove_id = self._remove_id, None
        if item_id is None:
            return
        try:
            self._ctx.cases.remove_item(item_id)
        except KnownError as exc:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(error_text(exc))
