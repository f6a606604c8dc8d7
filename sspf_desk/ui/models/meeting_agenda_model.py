"""Table model of a meeting's agenda (§ items) with the consent gate's state per item.

Rows are the service's ``GatedItem``: the item, the gate's answer against the meeting's
attendees on its day, and the young person's display name. The title column names the
young person only for a named item; an anonymised item reads "young person (anonymised)"
and an excluded one "left out", so a screen shown to the group does not name anyone the
minutes will not name. The status column says whether a named item may stay named, and
stands out (red, warning icon, the blocked parties) when the gate blocks it.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QStyle

from sspf_desk.domain import ItemVisibility
from sspf_desk.services.meeting_rows import GatedItem
from sspf_desk.ui.i18n import current_language
from sspf_desk.ui.models.base import Index, RowTableModel
from sspf_desk.ui.pages.texts import enum_text

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 90
"""Role giving the item's id (``str``) for any column."""
BLOCKED_ROLE = Qt.ItemDataRole.UserRole + 91
"""Role giving whether the gate blocks the item (``bool``)."""

BLOCKED_BACKGROUND = QColor("#fde2e1")
BLOCKED_FOREGROUND = QColor("#8a0012")
MUTED = QColor("#6b6b6b")


class AgendaColumn(IntEnum):
    """The columns of the agenda table."""

    NUMBER = 0
    TITLE = 1
    SECTION = 2
    STATUS = 3


def is_blocked(row: GatedItem) -> bool:
    """Whether the item is named and the gate does not allow it."""
    return row.item.is_named and not row.gate.allowed


def item_heading(row: GatedItem) -> str:
    """``§ n Title``, with the young person as the list shows them (see the module doc)."""
    item = row.item
    heading = f"§ {item.number} {item.title}"
    if item.young_person_id is None:
        return heading
    if item.visibility is ItemVisibility.NAMED:
        who = row.young_person_name or QCoreApplication.translate(
            "MeetingAgendaModel", "young person"
        )
    elif item.visibility is ItemVisibility.ANONYMISED:
        who = QCoreApplication.translate("MeetingAgendaModel", "young person (anonymised)")
    else:
        who = QCoreApplication.translate("MeetingAgendaModel", "left out of the minutes")
    return f"{heading} – {who}"


def blocked_parties_text(row: GatedItem) -> str:
    """The parties that block the item, e.g. "Polis, Skola (Björkskolan)"."""
    lang = current_language()
    return ", ".join(party.display(lang) for party in row.gate.blocked_parties)


def gate_text(row: GatedItem) -> str:
    """What the gate says about the item, in a few words."""
    item = row.item
    if item.young_person_id is None:
        return ""
    if item.visibility is not ItemVisibility.NAMED:
        return enum_text(item.visibility)
    if row.gate.allowed:
        return QCoreApplication.translate("MeetingAgendaModel", "Named – all present covered")
    return QCoreApplication.translate("MeetingAgendaModel", "Blocked: %1").replace(
        "%1", blocked_parties_text(row)
    )


class MeetingAgendaModel(RowTableModel[GatedItem]):
    """Read-only table over the § items of one meeting; blocked items highlighted."""

    def _header_titles(self) -> tuple[str, ...]:
        """Translated column titles, in ``AgendaColumn`` order."""
        return (
            QCoreApplication.translate("MeetingAgendaModel", "§"),
            QCoreApplication.translate("MeetingAgendaModel", "Item"),
            QCoreApplication.translate("MeetingAgendaModel", "Section"),
            QCoreApplication.translate("MeetingAgendaModel", "Consent gate"),
        )

    def _row_key(self, row: GatedItem) -> str:
        return row.item.id or ""

    def set_rows(self, rows: Sequence[GatedItem]) -> None:
        """Replace every row (a model reset), in paragraph order."""
        self._reset_rows(sorted(rows, key=lambda row: row.item.number))

    def clear(self) -> None:
        """Drop every row."""
        self._reset_rows(())

    def blocked_count(self) -> int:
        """How many items the gate blocks."""
        return sum(is_blocked(row) for row in self._rows)

    @staticmethod
    def _text(row: GatedItem, column: int) -> str:
        item = row.item
        title = item_heading(row).removeprefix(f"§ {item.number} ")
        if item.carried_from_item_id is not None:
            title = QCoreApplication.translate("MeetingAgendaModel", "%1 (carried over)").replace(
                "%1", title
            )
        texts = (f"§ {item.number}", title, enum_text(item.section), gate_text(row))
        return texts[column]

    @staticmethod
    def _tooltip(row: GatedItem) -> str:
        if not is_blocked(row):
            return ""
        lines = [
            QCoreApplication.translate(
                "MeetingAgendaModel",
                "Not every party present may receive this young person's information:",
            )
        ]
        lines.extend(row.gate.reasons)
        return "\n".join(lines)

    @staticmethod
    def _icon(row: GatedItem) -> object:
        style = QApplication.style()
        if is_blocked(row):
            return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if row.item.is_named:
            return style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell texts, the item id, the gate state and its highlighting."""
        row = self.row_for_index(index)
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row) or self._text(row, column) or None
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(row) if column == AgendaColumn.STATUS else None
        blocked = is_blocked(row)
        values: dict[int, object] = {ITEM_ID_ROLE: row.item.id, BLOCKED_ROLE: blocked}
        if blocked:
            values[Qt.ItemDataRole.BackgroundRole] = QBrush(BLOCKED_BACKGROUND)
            values[Qt.ItemDataRole.ForegroundRole] = QBrush(BLOCKED_FOREGROUND)
        elif row.item.visibility is ItemVisibility.EXCLUDED:
            values[Qt.ItemDataRole.ForegroundRole] = QBrush(MUTED)
        return values.get(role)
