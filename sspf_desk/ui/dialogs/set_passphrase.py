"""Choose a new passphrase for a user (after unlocking with the recovery key, or one's own).

The new passphrase is typed twice and checked against the domain's rule before anything
runs; messages appear under the field they concern. Setting it derives a key (about a
second, on purpose), so it runs on a worker thread while the form is disabled; the
service's own ``ValidationError`` is shown under the fields as well. The dialog cannot be
cancelled while the key is derived; a lock closes it and the session waits for the work.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.domain import User
from sspf_desk.errors import ValidationError
from sspf_desk.ui.messages import error_text
from sspf_desk.ui.tasks import TaskRunner
from sspf_desk.ui.widgets.field_errors import ErrorLabel, FieldErrors, with_error_label
from sspf_desk.ui.widgets.passphrase_fields import NewPassphraseFields

if TYPE_CHECKING:
    from sspf_desk.ui.ports import UsersPort


class SetPassphraseDialog(QDialog):
    """Sets a new passphrase for one of ``users``; emits ``passphrase_set(user)`` on success."""

    passphrase_set = Signal(object)

    def __init__(
        self,
        users_port: UsersPort,
        users: Sequence[User],
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        after_recovery: bool = False,
    ) -> None:
        super().__init__(parent)
        self._port = users_port
        self._users = list(users)
        self._runner = runner
        self._busy = False
        self._finished = False
        self.setWindowTitle(self.tr("New passphrase"))
        self.setModal(True)
        intro = QLabel(
            self.tr(
                "You unlocked the vault with the recovery key. Choose a new passphrase, so "
                "that the vault can be unlocked without the recovery key from now on."
            )
            if after_recovery
            else self.tr("Choose a new passphrase for unlocking the vault.")
        )
        intro.setWordWrap(True)
        self.user = QComboBox()
        self.user.setAccessibleName(self.tr("User"))
        for user in self._users:
            self.user.addItem(user.name, user.id)
        self.fields = NewPassphraseFields(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Set passphrase"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.errors = FieldErrors(ErrorLabel(self.ok_button, self))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Setting the passphrase"))
        self.progress.setVisible(False)
        self._layout(intro)
        self.fields.repeat.returnPressed.connect(self.submit)
        self.setMinimumWidth(560)

    def _layout(self, intro: QLabel) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        user_label = QLabel(self.tr("&User"))
        if len(self._users) > 1:
            box, error = with_error_label(self.user)
            self.errors.add("user", error)
            user_label.setBuddy(self.user)
            form.addRow(user_label, box)
        else:
            user_label.setText(self.tr("User"))
            name = QLabel(self._users[0].name if self._users else "")
            name.setAccessibleName(self.tr("User"))
            form.addRow(user_label, name)
        self.fields.add_rows(form, self.errors)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

    def selected_user(self) -> User | None:
        """Return the user whose passphrase will be set."""
        user_id = self.user.currentData()
        return next((user for user in self._users if user.id == user_id), None)

    @property
    def busy(self) -> bool:
        """True while the new passphrase is being set."""
        return self._busy

    def submit(self) -> None:
        """Check the input; if it is fine, set the passphrase on a worker thread."""
        if self._busy:
            return
        user = self.selected_user()
        problems = self.fields.problems()
        if user is None:
            problems["user"] = self.tr("Choose a user.")
        self.errors.show(problems)
        self.adjustSize()
        if problems or user is None:
            return
        port, passphrase = self._port, self.fields.text()
        self._set_busy(True)
        self._runner.run(lambda: port.set_passphrase(user.id, passphrase)).on_success(
            self._succeeded
        ).on_error(self._failed).start()

    def _succeeded(self, _result: object) -> None:
        if not shiboken6.isValid(self) or self._finished:
            return  # closed by a lock meanwhile; nothing left to tell
        self._set_busy(False)
        self.fields.clear()
        self.passphrase_set.emit(self.selected_user())
        self.accept()

    def _failed(self, exc: Exception) -> None:
        if not shiboken6.isValid(self) or self._finished:
            return
        self._set_busy(False)
        if isinstance(exc, ValidationError):
            self.errors.show(exc.errors)
        else:
            self.errors.show_general(error_text(exc))
        self.adjustSize()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        for widget in (self.user, self.fields.passphrase, self.fields.repeat, self.buttons):
            widget.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def reject(self) -> None:
        """Cancel (not while the passphrase is being set)."""
        if not self._busy:
            super().reject()

    def done(self, result: int) -> None:
        """Close (also when a lock closes it) and forget what was typed."""
        self._finished = True
        self.fields.clear()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Do not close while the passphrase is being set."""
        if self._busy:
            event.ignore()
        else:
            super().closeEvent(event)
