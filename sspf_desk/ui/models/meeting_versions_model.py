"""Table model of the earlier versions of a meeting's minutes (kept at each reopening).

Rows are ``MeetingVersion``: the version number that was reopened, when (local time) and
why. The version itself can be printed from the editor.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, Qt

from sspf_desk.domain import MeetingVersion
from sspf_desk.ui.models.base import Index, RowTableModel


class VersionColumn(IntEnum):
    """The columns of the versions table."""

    VERSION = 0
    REOPENED = 1
    REASON = 2


class MeetingVersionsModel(RowTableModel[MeetingVersion]):
    """Read-only table over the earlier versions of one meeting's minutes."""

    def _header_titles(self) -> tuple[str, ...]:
        """Translated column titles, in ``VersionColumn`` order."""
        return (
            QCoreApplication.translate("MeetingVersionsModel", "Version"),
            QCoreApplication.translate("MeetingVersionsModel", "Reopened"),
            QCoreApplication.translate("MeetingVersionsModel", "Reason"),
        )

    def set_rows(self, rows: Sequence[MeetingVersion]) -> None:
        """Replace every row, newest version first (a model reset)."""
        self._reset_rows(sorted(rows, key=lambda version: -version.number))

    @staticmethod
    def _text(version: MeetingVersion, column: int) -> str:
        texts = (
            str(version.number),
            version.reopened_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            version.reason,
        )
        return texts[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell texts (the reason in full as a tooltip)."""
        version = self.row_for_index(index)
        if version is None:
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return self._text(version, index.column())
        return None
