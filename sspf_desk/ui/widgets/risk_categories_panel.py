"""Editor of the configurable risk-category list (a tab of the vault settings).

Each action is saved at once through the concern service: add, rename, move up or down,
take out of use (kept on old concerns) or back into use, and delete (only a category no
concern uses; the service refuses otherwise and the message is shown).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import Protocol, TypeVar

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.domain import RiskCategory
from sspf_desk.errors import KnownError, ValidationError
from sspf_desk.ui.messages import show_error, show_warning
from sspf_desk.ui.models.risk_categories_model import RiskCategoriesModel, RiskColumn

T = TypeVar("T")


class RiskCategoriesPort(Protocol):
    """The concern service's calls for the risk-category list."""

    def list_risk_categories(self, *, include_inactive: bool = False) -> list[RiskCategory]:
        """The categories by position."""
        ...

    def add_risk_category(self, label: str) -> RiskCategory:
        """Add an active category at the end; raises ``ValidationError``."""
        ...

    def save_risk_category(self, category: RiskCategory) -> RiskCategory:
        """Change a category's label, position or active flag; raises ``ValidationError``."""
        ...

    def delete_risk_category(self, code: str) -> None:
        """Delete a category no concern uses; raises ``ValidationError`` otherwise."""
        ...


class RiskCategoriesPanel(QWidget):
    """Table of risk categories with buttons; every change is saved at once."""

    def __init__(self, service: RiskCategoriesPort, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.model = RiskCategoriesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Risk categories"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(RiskColumn.LABEL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RiskColumn.ACTIVE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self.rename_selected)
        note = QLabel(
            self.tr(
                "Changes to the list are saved at once. A category that concerns already use "
                "cannot be deleted; take it out of use instead."
            )
        )
        note.setWordWrap(True)
        self.add_button = self._button(self.tr("&Add…"), self.add)
        self.rename_button = self._button(self.tr("Re&name…"), self.rename_selected)
        self.up_button = self._button(self.tr("Move &up"), self.move_up)
        self.down_button = self._button(self.tr("Move do&wn"), self.move_down)
        self.active_button = self._button(self.tr("Take out of &use"), self.toggle_active)
        self.delete_button = self._button(self.tr("De&lete"), self.delete_selected)
        buttons = QVBoxLayout()
        for button in (
            self.add_button,
            self.rename_button,
            self.up_button,
            self.down_button,
            self.active_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(row, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    def reload(self, select: str | None = None) -> None:
        """Read the list again (inactive categories included) and select ``select``."""
        self.model.set_rows(self._service.list_risk_categories(include_inactive=True))
        row = self.model.row_of(select) if select is not None else None
        if row is not None:
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
        self._update_buttons()

    def selected(self) -> RiskCategory | None:
        """The selected category, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        category = self.selected()
        row = self.model.row_of(category.code) if category is not None else None
        for button in (self.rename_button, self.active_button, self.delete_button):
            button.setEnabled(category is not None)
        self.up_button.setEnabled(row is not None and row > 0)
        self.down_button.setEnabled(row is not None and row < self.model.rowCount() - 1)
        if category is not None and not category.active:
            self.active_button.setText(self.tr("Put back in &use"))
        else:
            self.active_button.setText(self.tr("Take out of &use"))

    def _ask_label(self, title: str, text: str = "") -> QInputDialog:
        dialog = QInputDialog(self.window())
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput, False)
        dialog.setWindowTitle(title)
        dialog.setLabelText(self.tr("Name of the risk category:"))
        dialog.setTextValue(text)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        return dialog

    def add(self) -> QInputDialog:
        """Ask for the name of a new category."""
        dialog = self._ask_label(self.tr("New risk category"))
        dialog.textValueSelected.connect(self._add_named)
        dialog.open()
        return dialog

    def _add_named(self, label: str) -> None:
        created = self._run(lambda: self._service.add_risk_category(label))
        if isinstance(created, RiskCategory):
            self.reload(created.code)

    def rename_selected(self) -> QInputDialog | None:
        """Ask for a new name for the selected category."""
        category = self.selected()
        if category is None:
            return None
        dialog = self._ask_label(self.tr("Rename risk category"), category.label)
        dialog.setProperty("code", category.code)
        dialog.textValueSelected.connect(self._rename_to)
        dialog.open()
        return dialog

    def _rename_to(self, label: str) -> None:
        category = self.selected()
        if category is not None:
            self._save(replace(category, label=label))

    def toggle_active(self) -> None:
        """Take the selected category out of use, or put it back."""
        category = self.selected()
        if category is not None:
            self._save(replace(category, active=not category.active))

    def move_up(self) -> None:
        """Move the selected category one step up."""
        self._move(-1)

    def move_down(self) -> None:
        """Move the selected category one step down."""
        self._move(1)

    def _move(self, step: int) -> None:
        category = self.selected()
        row = self.model.row_of(category.code) if category is not None else None
        if category is None or row is None or not 0 <= row + step < self.model.rowCount():
            return
        other = self.model.row_at(row + step)
        order = [self.model.row_at(n) for n in range(self.model.rowCount())]
        order[row], order[row + step] = other, category
        for position, item in enumerate(order, start=1):  # renumber: positions may repeat
            if item.position != position:
                moved = replace(item, position=position)
                if self._run(partial(self._service.save_risk_category, moved)) is None:
                    break
        self.reload(category.code)

    def delete_selected(self) -> None:
        """Delete the selected category (refused by the service when it is in use)."""
        category = self.selected()
        if category is not None:
            self._run(lambda: self._service.delete_risk_category(category.code))
            self.reload()

    def _save(self, category: RiskCategory) -> None:
        saved = self._run(lambda: self._service.save_risk_category(category))
        if isinstance(saved, RiskCategory):
            self.reload(saved.code)

    def _run(self, call: Callable[[], T]) -> T | None:
        """Run a service call; show its message when it is refused."""
        try:
            return call()
        except ValidationError as exc:
            show_warning(" ".join(exc.errors.values()), self.window())
        except KnownError as exc:
            show_error(exc, self.window())
        return None
