"""List model of young persons found by a search, for the completer of the concern form.

Each row is one ``YoungPersonRow`` from ``search_young_persons``: the name, then the
identity number or birth date. A protected identity shows only the name and the words
"protected identity" (no number, school or area).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from sspf_desk.services.person_rows import YoungPersonRow

Index = QModelIndex | QPersistentModelIndex

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role giving the young person's id (``str``)."""

MAX_SUGGESTIONS = 50


def person_label(row: YoungPersonRow) -> str:
    """How a young person is named in the form: name plus number, birth date or school."""
    name = f"{row.first_name} {row.last_name}".strip()
    if row.protected_identity:
        protected = QCoreApplication.translate("PersonSearchModel", "protected identity")
        return f"{name} ({protected})"
    details = [row.id_display or (row.birth_date.isoformat() if row.birth_date else "")]
    details.append(row.school)
    shown = ", ".join(part for part in details if part)
    return f"{name} ({shown})" if shown else name


class PersonSearchModel(QAbstractListModel):
    """Up to ``MAX_SUGGESTIONS`` young persons matching the text typed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[YoungPersonRow] = []
        self._labels: list[str] = []

    def set_rows(self, rows: Sequence[YoungPersonRow]) -> None:
        """Replace the suggestions (a model reset)."""
        self.beginResetModel()
        self._rows = list(rows[:MAX_SUGGESTIONS])
        self._labels = [person_label(row) for row in self._rows]
        self.endResetModel()

    def row_at(self, row: int) -> YoungPersonRow:
        """Return the young person of ``row``."""
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        """Number of suggestions (0 under any valid parent)."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Label or id of a suggestion."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return self._labels[index.row()]
        if role == PERSON_ID_ROLE:
            return self._rows[index.row()].id
        return None
