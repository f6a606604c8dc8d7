""" "Sharing today": may each SSPF party hear about the young person today, and on what ground.

One row per SSPF sector (school, social services, police, leisure) with the answer of THE
sharing check (``ConsentsPort.check_sharing``, no information categories: whether the
young person may be discussed by name at all), the ground it rests on, and the warnings
(e.g. only one of two joint guardians has consented) or the reasons it is not allowed.
The answer is shown in words and with a symbol, never by colour alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from sspf_desk.domain import SSPF_PARTIES, Party, SharingDecision
from sspf_desk.ui.ports_casework import ConsentsPort
from sspf_desk.ui.record.texts import enum_label

ALLOWED_STYLE = "color: #1b5e20; font-weight: bold;"
DENIED_STYLE = "color: #b00020; font-weight: bold;"
WARNING_STYLE = "color: #8a4b00;"


class PartyRow:
    """The labels of one party's row."""

    def __init__(self, party: Party, grid: QGridLayout, row: int) -> None:
        self.party = party
        self.name = QLabel(enum_label(party.sector))
        font = self.name.font()
        font.setBold(True)
        self.name.setFont(font)
        self.answer = QLabel()
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.name, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.answer, row, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.detail, row, 2, Qt.AlignmentFlag.AlignTop)

    def show(self, decision: SharingDecision) -> None:
        """Show ``decision`` in words."""
        if decision.allowed:
            self.answer.setText("✔ " + QCoreApplication.translate("SharingPanel", "Allowed"))
            self.answer.setStyleSheet(ALLOWED_STYLE)
            ground = enum_label(decision.ground) if decision.ground is not None else ""
            lines = [QCoreApplication.translate("SharingPanel", "Ground: %1").replace("%1", ground)]
            lines += ["⚠ " + warning for warning in decision.warnings]
        else:
            self.answer.setText("✖ " + QCoreApplication.translate("SharingPanel", "Not allowed"))
            self.answer.setStyleSheet(DENIED_STYLE)
            lines = list(decision.reasons)
        self.detail.setText("\n".join(lines))
        self.detail.setStyleSheet(WARNING_STYLE if decision.warnings else "")
        summary = f"{self.name.text()}: {self.answer.text()[2:]}. " + " ".join(lines)
        for widget in (self.name, self.answer, self.detail):
            widget.setAccessibleName(summary)

    def clear(self) -> None:
        """Show nothing (before loading, or after a lock)."""
        self.answer.clear()
        self.detail.clear()


class SharingPanel(QGroupBox):
    """The "Sharing today" box above a young person's consents."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sharing today"), parent)
        self.setAccessibleName(self.tr("Sharing today"))
        intro = QLabel(
            self.tr(
                "May the young person be discussed by name with each SSPF party today? "
                "Decided by the recorded consents and legal grounds."
            )
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        grid.setHorizontalSpacing(16)
        grid.setColumnMinimumWidth(0, 110)
        grid.setColumnMinimumWidth(1, 120)
        self.rows = [PartyRow(party, grid, n) for n, party in enumerate(SSPF_PARTIES)]
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)

    def show_decisions(self, decisions: Sequence[SharingDecision]) -> None:
        """Show one decision per SSPF party (in ``SSPF_PARTIES`` order)."""
        for row, decision in zip(self.rows, decisions, strict=True):
            row.show(decision)

    def load(self, consents: ConsentsPort, young_person_id: str, day: date | None = None) -> None:
        """Ask THE sharing check for each SSPF party and show the answers.

        ``day`` None leaves the day to the service (its today).
        """
        self.show_decisions(
            [consents.check_sharing(young_person_id, row.party, (), day) for row in self.rows]
        )

    def decision_texts(self) -> list[tuple[str, str, str]]:
        """The shown (party, answer, detail) texts, for tests and screen readers."""
        return [(row.name.text(), row.answer.text(), row.detail.text()) for row in self.rows]

    def clear(self) -> None:
        """Show no answers."""
        for row in self.rows:
            row.clear()
