"""Table model of a young person's guardians and other related persons (for the editor).

Read-only rows from ``PersonsPort.list_related_persons``; ``set_rows`` replaces them.
A protected address shows as "Skyddad adress" (the service already hides it).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, Qt

from sspf_desk.services.person_rows import RelatedPersonRow
from sspf_desk.ui.labels import custody_label, relationship_label
from sspf_desk.ui.models.base import Index, RowTableModel
from sspf_desk.ui.models.persons_model import PERSON_ID_ROLE


class RelatedColumn(IntEnum):
    """The columns of the related-persons table."""

    NAME = 0
    RELATIONSHIP = 1
    CUSTODY = 2
    PHONE = 3
    ADDRESS = 4


def _protected_address() -> str:
    return QCoreApplication.translate("RelatedPersonsModel", "Protected address")


class RelatedPersonsModel(RowTableModel[RelatedPersonRow]):
    """Read-only table over the related-person rows of one young person."""

    def _header_titles(self) -> tuple[str, ...]:
        """Translated column titles, in ``RelatedColumn`` order."""
        return (
            QCoreApplication.translate("RelatedPersonsModel", "Name"),
            QCoreApplication.translate("RelatedPersonsModel", "Relationship"),
            QCoreApplication.translate("RelatedPersonsModel", "Custody"),
            QCoreApplication.translate("RelatedPersonsModel", "Phone"),
            QCoreApplication.translate("RelatedPersonsModel", "Address"),
        )

    def set_rows(self, rows: Sequence[RelatedPersonRow]) -> None:
        """Replace every row (a model reset)."""
        self._reset_rows(rows)

    def row_at(self, row: int) -> RelatedPersonRow:
        """Return the row object shown in ``row`` (typed here: the port contract checks it)."""
        return super().row_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Display text of a cell, or the related person's id."""
        row = self.row_for_index(index)
        if row is None:
            return None
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
