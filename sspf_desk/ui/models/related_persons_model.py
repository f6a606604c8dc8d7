"""Table model of a young person's guardians and other related persons (for the editor).

Read-only rows from ``PersonsPort.list_related_persons``; ``set_rows`` replaces them.
A protected address shows as "Skyddad adress" (the service already hides it).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from sspf_desk.services.person_rows import RelatedPersonRow
from sspf_desk.ui.labels import custody_label, relationship_label
from sspf_desk.ui.models.persons_model import PERSON_ID_ROLE, Index


class RelatedColumn(IntEnum):
    """The columns of the related-persons table."""

    NAME = 0
    RELATIONSHIP = 1
    CUSTODY = 2
    PHONE = 3
    ADDRESS = 4


def _headers() -> tuple[str, ...]:
    """Translated column titles, in ``RelatedColumn`` order."""
    return (
        QCoreApplication.translate("RelatedPersonsModel", "Name"),
        QCoreApplication.translate("RelatedPersonsModel", "Relationship"),
        QCoreApplication.translate("RelatedPersonsModel", "Custody"),
        QCoreApplication.translate("RelatedPersonsModel", "Phone"),
        QCoreApplication.translate("RelatedPersonsModel", "Address"),
    )


def _protected_address() -> str:
    return QCoreApplication.translate("RelatedPersonsModel", "Protected address")


class RelatedPersonsModel(QAbstractTableModel):
    """Read-only table over the related-person rows of one young person."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RelatedPersonRow] = []

    def set_rows(self, rows: Sequence[RelatedPersonRow]) -> None:
        """Replace every row (a model reset)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> RelatedPersonRow:
        """Return the row object shown in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        """Number of related persons (0 under any valid parent)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        """Number of columns (0 under any valid parent)."""
        return 0 if parent.isValid() else len(RelatedColumn)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        """Translated column titles."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(RelatedColumn)
        ):
            return _headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Display text of a cell, or the related person's id."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == PERSON_ID_ROLE:
            return row.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        texts = (
            f"{row.last_name}, {row.first_name}",
            relationship_label(row.relationship),
            custody_label(row.custody_type),
            row.phone,
            _protected_address() if row.protected_address else row.address_display,
        )
        return texts[index.column()]
