"""Dialogs that change a case's status with a reason: closing and reopening.

Closing asks for the closing reason and a short outcome assessment; reopening asks why.
Both are checked with the domain's ``check_transition`` and saved through the case
service's ``transition``. These are decisions, not drafts: when the program locks while
one is open nothing is saved, and the unlock screen says that the case was not changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QWidget

from sspf_desk.domain import CaseStatus, ClosingReason, check_transition
from sspf_desk.ui.dialogs.form_dialog import FormDialog
from sspf_desk.ui.lock import CommitOutcome
from sspf_desk.ui.record.texts import enum_label


@dataclass(frozen=True)
class TransitionInput:
    """A requested change of status with what the change needs."""

    target: CaseStatus
    reason: str = ""
    closing_reason: ClosingReason | None = None
    outcome: str = ""


SaveTransition = Callable[[TransitionInput], object]


def _text_box(name: str, accessible: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(90)
    return box


class _DecisionDialog(FormDialog[TransitionInput, object]):
    """Common behaviour: nothing is saved on lock, a note says so instead."""

    def commit_pending(self) -> CommitOutcome:
        """A decision is never taken on the user's behalf when the program locks."""
        return CommitOutcome.UNCHANGED

    def lock_note(self) -> str | None:
        """Tell the unlock screen that the case was left as it was."""
        raise NotImplementedError


class CloseCaseDialog(_DecisionDialog):
    """Close a case: closing reason and outcome assessment."""

    def __init__(
        self,
        save: SaveTransition,
        current: CaseStatus,
        parent: QWidget | None = None,
        *,
        reason: ClosingReason | None = None,
    ) -> None:
        super().__init__(save, parent)
        self._current = current
        self.setWindowTitle(self.tr("Close case"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "A closed case can no longer be changed. It can be reopened later; "
                "the reopening is recorded with its reason."
            )
        )
        intro.setWordWrap(True)
        self.body.insertWidget(0, intro)
        self.closing_reason = QComboBox()
        self.closing_reason.setObjectName("closing_reason")
        self.closing_reason.setAccessibleName(self.tr("Reason for closing"))
        self.closing_reason.addItem(self.tr("Choose a reason…"), "")
        for item in ClosingReason:
            self.closing_reason.addItem(enum_label(item), item.value)
        self.closing_reason.currentIndexChanged.connect(self._revalidate)
        label = QLabel(self.tr("&Reason for closing"))
        label.setBuddy(self.closing_reason)
        self.add_row("closing_reason", label, self.closing_reason)
        self.outcome = _text_box("outcome", self.tr("Outcome"))
        self.outcome.setPlaceholderText(
            self.tr("How did it go? What has changed for the young person?")
        )
        self.outcome.textChanged.connect(self._revalidate)
        outcome_label = QLabel(self.tr("&Outcome"))
        outcome_label.setBuddy(self.outcome)
        self.add_row("outcome", outcome_label, self.outcome)
        if reason is not None:
            self.closing_reason.setCurrentIndex(self.closing_reason.findData(reason.value))
        self.finish_layout()
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("C&lose case"))

    def _state(self) -> tuple[object, ...]:
        return (self.closing_reason.currentData(), self.outcome.toPlainText())

    def collect(self) -> tuple[TransitionInput, dict[str, str]]:
        """Return the closing and the problems ``check_transition`` finds."""
        value = self.closing_reason.currentData()
        data = TransitionInput(
            target=CaseStatus.CLOSED,
            closing_reason=ClosingReason(value) if value else None,
            outcome=self.outcome.toPlainText().strip(),
        )
        problems = check_transition(
            self._current,
            CaseStatus.CLOSED,
            closing_reason=data.closing_reason,
            outcome=data.outcome,
        )
        return data, problems

    def lock_note(self) -> str | None:
        """Say that the case stayed open (only when something was typed)."""
        if not self.is_dirty():
            return None
        return self.tr("A case was not closed: the program locked before you confirmed it.")


class ReopenCaseDialog(_DecisionDialog):
    """Reopen a closed case to the status it had before closing, with a reason."""

    def __init__(
        self,
        save: SaveTransition,
        target: CaseStatus,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self._target = target
        self.setWindowTitle(self.tr("Reopen case"))
        self.setMinimumWidth(520)
        self.intro = QLabel(
            self.tr(
                "The case returns to the status “%1”. The reason is kept in its history."
            ).replace("%1", enum_label(target))
        )
        self.intro.setWordWrap(True)
        self.body.insertWidget(0, self.intro)
        self.reason = _text_box("reason", self.tr("Reason for reopening"))
        self.reason.textChanged.connect(self._revalidate)
        label = QLabel(self.tr("&Reason"))
        label.setBuddy(self.reason)
        self.add_row("reason", label, self.reason)
        self.finish_layout()
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("&Reopen case"))

    def _state(self) -> tuple[object, ...]:
        return (self.reason.toPlainText(),)

    def collect(self) -> tuple[TransitionInput, dict[str, str]]:
        """Return the reopening and the problems ``check_transition`` finds."""
        data = TransitionInput(target=self._target, reason=self.reason.toPlainText().strip())
        problems = check_transition(
            CaseStatus.CLOSED,
            self._target,
            reason=data.reason,
            previous_open_status=self._target,
        )
        return data, problems

    def lock_note(self) -> str | None:
        """Say that the case stayed closed (only when something was typed)."""
        if not self.is_dirty():
            return None
        return self.tr("A case was not reopened: the program locked before you confirmed it.")
