"""Confirming that a young person's data is anonymised: what goes, what stays, and why.

The dialog says in plain words what is removed and what is kept, that it cannot be
undone, and asks for the reason (a fixed choice: the audit trail never holds free text).
"Anonymise" stays disabled until a reason is chosen; the service call's refusal (an open
case, say) is shown in the dialog. Nothing happens on the user's behalf when the program
locks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.domain.anonymise import AnonymisationReason, AnonymisationResult
from sspf_desk.errors import KnownError
from sspf_desk.ui.lock import CommitOutcome
from sspf_desk.ui.messages import error_text


class AnonymiseDialog(QDialog):
    """Asks for confirmation and a reason, then anonymises through ``save``."""

    anonymised = Signal(object)

    def __init__(
        self,
        save: Callable[[str], AnonymisationResult],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Anonymise the young person"))
        self.setObjectName("anonymiseDialog")
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        self.warning = QLabel(self.tr("This cannot be undone."))
        self.warning.setStyleSheet("font-weight: bold;")
        self.warning.setAccessibleName(self.tr("Warning"))
        self.removed = self._text(
            self.tr(
                "Removed for good: the name, the identity number, the birth date, school, "
                "class, area, home municipality and interpreter language; guardians and "
                "other related persons who are linked only to this young person (those "
                "linked to another young person are kept but unlinked); the scanned signed "
                "consent forms; and everything written in free text about the young person "
                "(observations, assessments, plan goals and strengths, action items, "
                "outcomes and reasons)."
            ),
            self.tr("What is removed"),
        )
        self.kept = self._text(
            self.tr(
                "Kept: the young person as “Anonymised young person” with a random code, "
                "the gender if female or male, and the cases, concerns, consents and action "
                "items with their dates and statuses, so that they still count in the "
                "statistics. The audit trail is kept as it is: it shows what was done and "
                "when, never the content."
            ),
            self.tr("What is kept"),
        )
        self.reason = QComboBox()
        self.reason.setAccessibleName(self.tr("Reason for anonymising"))
        self.reason.addItem(self.tr("Choose a reason…"), "")
        for code, text in (
            (AnonymisationReason.CONSENT_WITHDRAWN, self.tr("Consent was withdrawn")),
            (AnonymisationReason.CASE_FINISHED, self.tr("The case is finished")),
            (AnonymisationReason.ERASURE_REQUEST, self.tr("Request for erasure")),
            (AnonymisationReason.OTHER, self.tr("Other reason")),
        ):
            self.reason.addItem(text, str(code))
        self.reason.currentIndexChanged.connect(self._reason_changed)
        form = QFormLayout()
        label = QLabel(self.tr("&Reason:"))
        label.setBuddy(self.reason)
        form.addRow(label, self.reason)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm_button = self.buttons.addButton(
            self.tr("&Anonymise"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.confirm_button.setAccessibleName(self.tr("Anonymise, cannot be undone"))
        self.confirm_button.setEnabled(False)
        self.confirm_button.clicked.connect(self.submit)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setDefault(True)
        self.buttons.rejected.connect(self.reject)
        for widget in (self.warning, self.removed, self.kept):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    @staticmethod
    def _text(text: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAccessibleName(name)
        return label

    def _reason_changed(self) -> None:
        self.confirm_button.setEnabled(bool(self.reason.currentData()))
        self.error.hide()

    def submit(self) -> bool:
        """Anonymise with the chosen reason; return whether it was done."""
        code = str(self.reason.currentData() or "")
        try:
            result = self._save(code)
        except KnownError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return False
        self.anonymised.emit(result)
        self.accept()
        return True

    def commit_pending(self) -> CommitOutcome:
        """Anonymising is never done on the user's behalf when the program locks."""
        return CommitOutcome.UNCHANGED
