"""Parts of the Lägesbild page: the row of key figures and the saving of its reports.

``KeyFigureRow`` shows a picture's key figures side by side, each value large with its
label under it (its note as tooltip). ``SituationExport`` asks where to save the PDF or CSV
report of a query and writes it on the task runner; the names it suggests hold only the
period (``lagesbild-2026-01-01--2026-05-20.pdf``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from sspf_desk.domain.statistics import KeyFigure, StatsQuery
from sspf_desk.ui.dialogs.meeting_files import FileExport
from sspf_desk.ui.ports_situation import StatisticsPort


def scale_font(widget: QWidget, factor: float, *, bold: bool = True) -> None:
    """Make ``widget``'s font ``factor`` times larger (and bold)."""
    font = QFont(widget.font())
    font.setBold(bold)
    font.setPointSizeF(font.pointSizeF() * factor)
    widget.setFont(font)


class KeyFigureBox(QFrame):
    """One key figure: its value large, its label under it, its note as tooltip."""

    def __init__(self, figure: KeyFigure, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel(figure.value)
        scale_font(self.value, 1.6)
        self.label = QLabel(figure.label)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.label)
        layout.addStretch(1)
        if figure.note:
            self.setToolTip(figure.note)
        self.setAccessibleName(f"{figure.label}: {figure.value}")


class KeyFigureRow(QWidget):
    """The key figures of a picture side by side, equally wide."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._boxes: list[KeyFigureBox] = []

    def set_figures(self, figures: Sequence[KeyFigure]) -> None:
        """Show ``figures`` instead of the ones shown (none hides the row)."""
        for box in self._boxes:
            self._layout.removeWidget(box)
            box.deleteLater()
        self._boxes = [KeyFigureBox(figure) for figure in figures]
        for box in self._boxes:
            self._layout.addWidget(box, 1)
        self.setVisible(bool(self._boxes))

    def boxes(self) -> list[KeyFigureBox]:
        """The key figures shown, in order."""
        return list(self._boxes)


def file_name(query: StatsQuery, suffix: str) -> str:
    """The suggested name of a report: the period only, no personal data."""
    return f"lagesbild-{query.start.isoformat()}--{query.end.isoformat()}.{suffix}"


class SituationExport(FileExport):
    """Saves the lägesbild of a query as PDF or CSV where the user chooses."""

    def save_pdf(self, statistics: StatisticsPort, query: StatsQuery) -> QFileDialog:
        """Ask where to save the PDF report of ``query``, then write it."""
        return self.save(
            self.tr("Save the situation picture as PDF"),
            self.tr("PDF (*.pdf)"),
            "pdf",
            file_name(query, "pdf"),
            lambda: statistics.report_pdf(query),
        )

    def save_csv(self, statistics: StatisticsPort, query: StatsQuery) -> QFileDialog:
        """Ask where to save the figures of ``query`` as CSV, then write them.

        The file is UTF-8 with a byte order mark, so spreadsheet programs read å, ä and ö.
        """
        return self.save(
            self.tr("Save the situation picture as CSV"),
            self.tr("CSV (*.csv)"),
            "csv",
            file_name(query, "csv"),
            lambda: statistics.report_csv(query).encode("utf-8-sig"),
        )
