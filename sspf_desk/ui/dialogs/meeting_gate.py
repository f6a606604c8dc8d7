"""The consent gate's question: a named item reaches a party that may not receive it.

``GateChoiceDialog`` says which item, which parties present are not covered and why (the
gate's Swedish reasons, which never name anyone), and offers the two lawful ways on:
discuss the item without identifying details (anonymised) or leave it out of the meeting
and the minutes — or cancel. ``GateQueue`` asks about several items one after another
(e.g. every item a change of attendance blocked) and hands each answer to its callback.
The window title names nobody; the item heading in the text may (the coordinator's own
screen).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.domain.agenda import GateOption, GateResult
from sspf_desk.ui.i18n import current_language

#: Called with the user's choice for one blocked item.
Apply = Callable[[GateOption], None]


class GateChoiceDialog(QDialog):
    """Which party is not covered and why; "Anonymise", "Leave out" or "Cancel".

    Emits ``chosen("anonymise" | "exclude")`` and closes; Cancel emits nothing.
    """

    chosen = Signal(str)

    def __init__(self, heading: str, gate: GateResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Not everyone present may receive this information"))
        self.setAccessibleName(self.windowTitle())
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(560)
        lang = current_language()
        parties = ", ".join(party.display(lang) for party in gate.blocked_parties)
        intro = QLabel(
            self.tr(
                "%1 cannot be discussed by name: these parties present are not covered by a "
                "consent or another legal ground: %2."
            )
            .replace("%1", heading)
            .replace("%2", parties)
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.reasons = QLabel("\n".join(f"• {reason}" for reason in gate.reasons))
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.reasons.setAccessibleName(self.tr("Why"))
        self.reasons.setStyleSheet("color: #8a0012;")
        ways = QLabel(
            self.tr(
                "Discuss anonymised: the item stays on the agenda without the name or other "
                "identifying details (do not write them in the notes either).\n"
                "Leave out: the item is not discussed and appears in no minutes.\n"
                "Cancel: nothing changes now; a blocked item cannot stay named when the "
                "minutes are finalized."
            )
        )
        ways.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.anonymise_button = self._button(
            self.tr("Discuss &anonymised"), QDialogButtonBox.ButtonRole.AcceptRole, "anonymise"
        )
        self.exclude_button = self._button(
            self.tr("&Leave out"), QDialogButtonBox.ButtonRole.AcceptRole, "exclude"
        )
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.clicked.connect(self.reject)
        self.anonymise_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.reasons)
        layout.addWidget(ways)
        layout.addWidget(self.buttons)

    def _button(self, text: str, role: QDialogButtonBox.ButtonRole, option: str) -> QPushButton:
        button = self.buttons.addButton(text, role)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(lambda: self._choose(option))
        return button

    def _choose(self, option: str) -> None:
        self.chosen.emit(option)
        self.accept()


def as_option(value: str) -> GateOption | None:
    """The gate option named ``value`` (None for anything else)."""
    if value == "anonymise":
        return "anonymise"
    if value == "exclude":
        return "exclude"
    return None


@dataclass(frozen=True)
class BlockedQuestion:
    """One blocked item to ask about: its heading, the gate's answer, what to do with a choice."""

    heading: str
    gate: GateResult
    apply: Apply


class GateQueue(QObject):
    """Asks about blocked items one at a time; emits ``finished`` after the last one."""

    finished = Signal()

    def __init__(self, host: QWidget, questions: list[BlockedQuestion]) -> None:
        super().__init__(host)
        self._host = host
        self._questions = list(questions)
        self.dialog: GateChoiceDialog | None = None

    def start(self) -> None:
        """Ask the first question (or finish at once when there is none)."""
        self._next()

    def _answered(self) -> None:
        if not self._host.isVisible():  # closed (or locked) meanwhile: ask nothing more
            self._questions.clear()
        self._next()

    def _next(self) -> None:
        if not self._questions:
            self.dialog = None
            self.finished.emit()
            self.deleteLater()
            return
        question = self._questions.pop(0)
        dialog = GateChoiceDialog(question.heading, question.gate, self._host)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog

        def chosen(value: str) -> None:
            option = as_option(value)
            if option is not None:
                question.apply(option)

        dialog.chosen.connect(chosen)
        dialog.finished.connect(self._answered)
        dialog.open()
