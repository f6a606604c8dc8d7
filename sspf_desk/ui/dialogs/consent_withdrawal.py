"""Withdrawing a consent: the date and how it was received, then what the withdrawal changed.

``WithdrawConsentDialog`` records the withdrawal through the consent service (it takes
effect at once). ``WithdrawalEffectsDialog`` then shows what the service reports — the
parties that may no longer receive information and the young person's open cases — and
leads the coordinator on: each open case has a button to close it (``close_case_requested``;
the dialog stays open and marks the case closed), and once none is open, "Anonymise…"
(``anonymise_requested``).
A withdrawal is a decision: when the program locks during it, nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.domain.checks import FUTURE_DATE
from sspf_desk.services.consent_rows import WithdrawalEffects
from sspf_desk.ui.dialogs.form_dialog import FormDialog
from sspf_desk.ui.i18n import current_language
from sspf_desk.ui.lock import CommitOutcome
from sspf_desk.ui.record.texts import date_placeholder, enum_label, format_day, read_day


@dataclass(frozen=True)
class WithdrawalInput:
    """When and how a withdrawal was received."""

    on: date
    how: str


class WithdrawConsentDialog(FormDialog[WithdrawalInput, WithdrawalEffects]):
    """Asks for the withdrawal date and how it came in; saves through ``save``."""

    def __init__(
        self,
        save: Callable[[WithdrawalInput], WithdrawalEffects],
        consenter: str,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(save, parent)
        self._today = today or date.today()
        self.setWindowTitle(self.tr("Withdraw consent"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "Consent given by %1. The withdrawal takes effect on its date: from then on "
                "nothing about the young person may be shared on this consent."
            ).replace("%1", consenter)
        )
        intro.setWordWrap(True)
        self.body.insertWidget(0, intro)
        on = self.add_edit("withdrawn_on", self.tr("&Withdrawn on"), date_placeholder())
        on.setMaximumWidth(160)
        on.setText(format_day(self._today))
        self.add_edit(
            "withdrawal_how",
            self.tr("&How it was received"),
            self.tr("E.g. phone call, letter, at a meeting"),
        )
        self.finish_layout()
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("&Withdraw"))

    def _state(self) -> tuple[object, ...]:
        return tuple(edit.text() for edit in self.edits.values())

    def collect(self) -> tuple[WithdrawalInput, dict[str, str]]:
        """Return the withdrawal and the problems the form can see itself."""
        problems: dict[str, str] = {}
        on = read_day(self.edits["withdrawn_on"], "withdrawn_on", problems)
        if on is None and "withdrawn_on" not in problems:
            problems["withdrawn_on"] = self.tr("Write the date the withdrawal was received.")
        elif on is not None and on > self._today:
            problems["withdrawn_on"] = FUTURE_DATE
        how = self.edits["withdrawal_how"].text().strip()
        if not how:
            problems["withdrawal_how"] = self.tr(
                "Write how the withdrawal was received (e.g. orally, by letter)."
            )
        return WithdrawalInput(on or self._today, how), problems

    def commit_pending(self) -> CommitOutcome:
        """A withdrawal is never recorded on the user's behalf when the program locks."""
        return CommitOutcome.UNCHANGED

    def lock_note(self) -> str | None:
        """Tell the unlock screen that the withdrawal was not recorded."""
        if not self.is_dirty():
            return None
        return self.tr(
            "A withdrawal of consent was not recorded: the program locked before you "
            "confirmed it. Record it again."
        )


class WithdrawalEffectsDialog(QDialog):
    """What a withdrawal changed, with a way on to close each open case."""

    close_case_requested = Signal(str)
    anonymise_requested = Signal()

    def __init__(
        self,
        effects: WithdrawalEffects,
        parent: QWidget | None = None,
        *,
        can_anonymise: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Consent withdrawn"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(560)
        self.case_buttons: dict[str, QPushButton] = {}
        self.anonymise_button = QPushButton(self.tr("&Anonymise…"))
        self.anonymise_button.setAccessibleName(self.tr("Anonymise the young person"))
        self.anonymise_button.setToolTip(self.tr("Close the open cases first."))
        self.anonymise_button.setVisible(can_anonymise)
        self.anonymise_button.clicked.connect(self._anonymise_clicked)
        layout = QVBoxLayout(self)
        lang = current_language()
        lines = [
            self.tr("The consent is withdrawn from %1.").replace(
                "%1", format_day(effects.consent.withdrawn_on)
            )
        ]
        if effects.lost_parties:
            lost = ", ".join(party.display(lang) for party in effects.lost_parties)
            lost_text = self.tr("No longer allowed to receive information: %1.")
            lines.append(lost_text.replace("%1", lost))
        if effects.kept_parties:
            kept = ", ".join(party.display(lang) for party in effects.kept_parties)
            lines.append(
                self.tr("Still covered by another consent or a legal ground: %1.").replace(
                    "%1", kept
                )
            )
        self.summary = QLabel("\n\n".join(lines))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        if effects.cases_to_review:
            layout.addWidget(self._cases_box(effects))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.anonymise_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.set_open_cases({case.case_id for case in effects.cases_to_review})

    def set_open_cases(self, open_ids: set[str]) -> None:
        """Mark the cases no longer open as closed; anonymising is offered once none is."""
        for case_id, button in self.case_buttons.items():
            if case_id not in open_ids and button.isEnabled():
                button.setEnabled(False)
                button.setText(self.tr("Closed"))
        self.anonymise_button.setEnabled(not open_ids)
        self.anonymise_button.setToolTip(
            "" if not open_ids else self.tr("Close the open cases first.")
        )

    def _anonymise_clicked(self) -> None:
        self.accept()
        self.anonymise_requested.emit()

    def _cases_box(self, effects: WithdrawalEffects) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 8, 0, 0)
        lead = QLabel(
            self.tr(
                "The young person has open cases. Close them, or discuss them from now on only "
                "without names and without details that identify the young person."
            )
        )
        lead.setWordWrap(True)
        lead.setStyleSheet("font-weight: bold;")
        grid.addWidget(lead, 0, 0, 1, 2)
        for row, case in enumerate(effects.cases_to_review, start=1):
            text = self.tr("Case opened %1, status: %2").replace("%1", format_day(case.opened_on))
            grid.addWidget(QLabel(text.replace("%2", enum_label(case.status))), row, 0)
            button = QPushButton(self.tr("Close case…"))
            button.setAccessibleName(text.replace("%2", enum_label(case.status)))
            button.setProperty("case_id", case.case_id)
            button.clicked.connect(self._close_clicked)
            grid.addWidget(button, row, 1)
            self.case_buttons[case.case_id] = button
        grid.setColumnStretch(0, 1)
        return box

    def _close_clicked(self) -> None:
        button = self.sender()
        case_id = button.property("case_id") if isinstance(button, QPushButton) else None
        if isinstance(case_id, str):  # the dialog stays open: anonymising comes next
            self.close_case_requested.emit(case_id)
