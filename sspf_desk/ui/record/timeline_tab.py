"""The record's "Timeline" tab: what happened around the young person, in date order.

Concerns, consents and withdrawals, case status changes, the action plan and its items
(and meetings, when they come), oldest first. Activating a consent or case entry opens
it in its own tab (``open_requested(kind, ref_id)``).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.ui.models.timeline_model import TimelineColumn, TimelineModel
from sspf_desk.ui.record.context import RecordContext
from sspf_desk.ui.widgets.tables import read_only_table


class TimelineTab(QWidget):
    """A date-ordered table of the young person's timeline."""

    open_requested = Signal(object, str)

    def __init__(self, context: RecordContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = context
        self.model = TimelineModel(self)
        self.table = read_only_table(self.model, self.tr("Timeline"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TimelineColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)
        self.empty = QLabel(self.tr("Nothing has been recorded about the young person yet."))
        hint = QLabel(self.tr("Double-click a consent or a case to open it."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)

    def reload(self) -> None:
        """Read the timeline again and show its end (the newest entries)."""
        self.model.set_rows(self._ctx.cases.timeline(self._ctx.person_id))
        self.empty.setVisible(self.model.rowCount() == 0)
        self.table.scrollToBottom()

    def clear(self) -> None:
        """Show nothing (before a lock)."""
        self.model.set_rows([])

    def _activated(self, index: QModelIndex) -> None:
        entry = self.model.row_at(index.row())
        self.open_requested.emit(entry.kind, entry.ref_id)
