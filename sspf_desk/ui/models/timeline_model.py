"""Table model of a young person's timeline: concerns, consents, case steps, plan and actions.

Read-only rows of ``TimelineEntry`` from the case service, kept in date order (oldest
first, as a timeline reads). Each kind has its own label and a standard icon.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QStyle

from sspf_desk.services.case_rows import TimelineEntry, TimelineKind
from sspf_desk.ui.models.base import Index, RowTableModel
from sspf_desk.ui.record.texts import format_day

REF_ID_ROLE = Qt.ItemDataRole.UserRole + 50
"""Role giving the id of the record an entry refers to (``str``)."""
KIND_ROLE = Qt.ItemDataRole.UserRole + 51
"""Role giving the entry's ``TimelineKind``."""

_ICONS = {
    TimelineKind.CONCERN: QStyle.StandardPixmap.SP_MessageBoxWarning,
    TimelineKind.CONSENT: QStyle.StandardPixmap.SP_DialogApplyButton,
    TimelineKind.CONSENT_WITHDRAWN: QStyle.StandardPixmap.SP_DialogCancelButton,
    TimelineKind.CASE_STATUS: QStyle.StandardPixmap.SP_ArrowRight,
    TimelineKind.PLAN: QStyle.StandardPixmap.SP_FileDialogDetailedView,
    TimelineKind.ACTION: QStyle.StandardPixmap.SP_DialogYesButton,
    TimelineKind.MEETING: QStyle.StandardPixmap.SP_FileDialogInfoView,
}


class TimelineColumn(IntEnum):
    """The columns of the timeline table."""

    DAY = 0
    KIND = 1
    TITLE = 2


def kind_label(kind: TimelineKind) -> str:
    """The translated name of a kind of timeline entry."""
    labels = {
        TimelineKind.CONCERN: QCoreApplication.translate("TimelineModel", "Concern"),
        TimelineKind.CONSENT: QCoreApplication.translate("TimelineModel", "Consent"),
        TimelineKind.CONSENT_WITHDRAWN: QCoreApplication.translate(
            "TimelineModel", "Consent withdrawn"
        ),
        TimelineKind.CASE_STATUS: QCoreApplication.translate("TimelineModel", "Case"),
        TimelineKind.PLAN: QCoreApplication.translate("TimelineModel", "Action plan"),
        TimelineKind.ACTION: QCoreApplication.translate("TimelineModel", "Action"),
        TimelineKind.MEETING: QCoreApplication.translate("TimelineModel", "Meeting"),
    }
    return labels[kind]


class TimelineModel(RowTableModel[TimelineEntry]):
    """Read-only table over the timeline entries of one young person."""

    def _header_titles(self) -> tuple[str, ...]:
        """Translated column titles, in ``TimelineColumn`` order."""
        return (
            QCoreApplication.translate("TimelineModel", "Date"),
            QCoreApplication.translate("TimelineModel", "What"),
            QCoreApplication.translate("TimelineModel", "Description"),
        )

    def set_rows(self, rows: Sequence[TimelineEntry]) -> None:
        """Replace every row (a model reset), in date order."""
        self._reset_rows(sorted(rows, key=lambda entry: entry.sort_key))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Date, kind (with an icon) and description of an entry."""
        entry = self.row_for_index(index)
        if entry is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (format_day(entry.day), kind_label(entry.kind), entry.title)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == TimelineColumn.TITLE:
            return entry.title
        if role == Qt.ItemDataRole.DecorationRole and column == TimelineColumn.KIND:
            return QApplication.style().standardIcon(_ICONS[entry.kind])
        return {REF_ID_ROLE: entry.ref_id, KIND_ROLE: entry.kind}.get(role)
