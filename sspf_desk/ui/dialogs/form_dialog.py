"""Base of the editing dialogs: a form whose input is saved through a service call.

A subclass adds its fields (``add_edit`` gives a line edit with a message label under it),
implements ``collect()`` (the input object plus the problems the form itself can see) and
``_state()`` (what counts as a change). The base class does the rest the same way for
every form: Save validates and calls ``save``; a ``ValidationError`` from the service is
shown under the fields it names; Cancel asks before dropping changes; and before a lock
``commit_pending()`` saves valid changes and discards invalid ones (see ``ui.lock``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.errors import KnownError, ValidationError
from sspf_desk.ui.lock import CommitOutcome
from sspf_desk.ui.messages import ask, error_text
from sspf_desk.ui.widgets.field_errors import ErrorLabel, FieldErrors, with_error_label

InputT = TypeVar("InputT")
ResultT = TypeVar("ResultT")


class FormDialog(QDialog, Generic[InputT, ResultT]):
    """A form that saves through ``save(input) -> result``; emits ``saved(result)``.

    Texts of this base class use ``QCoreApplication.translate("FormDialog", …)``, not
    ``self.tr``: PySide's ``tr`` looks up the most derived class, lupdate the defining one.
    """

    saved = Signal(object)

    def __init__(self, save: Callable[[InputT], ResultT], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._validate_live = False
        self._discard_confirmed = False
        self._snapshot: tuple[object, ...] = ()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors = FieldErrors(ErrorLabel(self, self))
        self.edits: dict[str, QLineEdit] = {}
        self.rows: dict[str, tuple[QWidget, QWidget]] = {}
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            QCoreApplication.translate("FormDialog", "Sa&ve")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("FormDialog", "Cancel")
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)

    def finish_layout(self) -> None:
        """Put the general message and the buttons last; remember the state as unchanged."""
        self.body.addWidget(self.errors.general)
        self.body.addWidget(self.buttons)
        self.mark_unchanged()

    def add_edit(self, name: str, label_text: str, placeholder: str = "") -> QLineEdit:
        """Add a line edit row for the field ``name`` with its message label."""
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(label_text.replace("&", ""))
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self._revalidate)
        label = QLabel(label_text)
        label.setBuddy(edit)
        self.add_row(name, label, edit)
        self.edits[name] = edit
        return edit

    def add_row(self, name: str, label: QLabel, field: QWidget) -> None:
        """Add a row for ``field`` with a message label under it, named ``name``."""
        box, error = with_error_label(field)
        self.form.addRow(label, box)
        self.errors.add(name, error)
        self.rows[name] = (label, box)

    def edit(self, name: str) -> QLineEdit:
        """Return the line edit of the field ``name``."""
        return self.edits[name]

    def set_rows_visible(self, names: tuple[str, ...], visible: bool) -> None:
        """Show or hide the rows of ``names`` (label and field)."""
        for name in names:
            for widget in self.rows[name]:
                widget.setVisible(visible)

    # -- to implement --------------------------------------------------------------------

    def collect(self) -> tuple[InputT, dict[str, str]]:
        """Return the input from the form and the problems the form can see itself."""
        raise NotImplementedError

    def _state(self) -> tuple[object, ...]:
        """Return what the user can change, to tell whether the form is dirty."""
        raise NotImplementedError

    def _reveal(self, problems: dict[str, str]) -> None:
        """Make hidden fields that have a problem visible (override when fields hide)."""

    # -- behaviour ----------------------------------------------------------------------

    def mark_unchanged(self) -> None:
        """Take the current input as the unchanged state."""
        self._snapshot = self._state()

    def is_dirty(self) -> bool:
        """True when the form differs from what it was opened (or last saved) with."""
        return self._state() != self._snapshot

    def _revalidate(self) -> None:
        if self._validate_live:
            self.errors.show(self.collect()[1])

    def submit(self) -> bool:
        """Validate and save; on problems show them under the fields and keep the form."""
        self._validate_live = True
        data, problems = self.collect()
        if not problems:
            try:
                result = self._save(data)
            except ValidationError as exc:
                problems = exc.errors
            except KnownError as exc:
                self.errors.show_general(error_text(exc))
                return False
            else:
                self.errors.clear()
                self.mark_unchanged()
                self.saved.emit(result)
                self.accept()
                return True
        self._reveal(problems)
        self.errors.show(problems)
        first = next((name for name in self.edits if name in problems), None)
        if first is not None:
            self.edits[first].setFocus()
        return False

    def commit_pending(self) -> CommitOutcome:
        """Before a lock: save valid changes, discard invalid ones (see ``ui.lock``)."""
        if not self.is_dirty():
            return CommitOutcome.UNCHANGED
        data, problems = self.collect()
        if problems:
            return CommitOutcome.DISCARDED
        try:
            result = self._save(data)
        except KnownError:
            return CommitOutcome.DISCARDED
        self.mark_unchanged()
        self.saved.emit(result)
        return CommitOutcome.SAVED

    def reject(self) -> None:
        """Cancel; asks first when there are unsaved changes."""
        if not self.is_dirty() or self._discard_confirmed:
            super().reject()
            return
        box = ask(
            self,
            QCoreApplication.translate("FormDialog", "Unsaved changes"),
            QCoreApplication.translate("FormDialog", "Discard the changes in this form?"),
            QCoreApplication.translate("FormDialog", "&Discard"),
            QCoreApplication.translate("FormDialog", "&Keep editing"),
        )
        box.accepted.connect(self._discard)

    def _discard(self) -> None:
        self._discard_confirmed = True
        self.reject()
