"""Table model of one block of the Översikt page, and the rows each block shows.

Every block (follow-ups due, consents expiring, consent missing, overdue actions,
concerns awaiting a decision, unanswered orosanmälan) is a small ``OverviewBlockModel``
over ``BlockRow`` values: a date, the young person's name as the service gives it
(a protected identity shows only the name), what it is about and a detail. The
``*_rows`` functions turn the service's overview items into block rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import IntEnum, StrEnum

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from sspf_desk.domain import CaseStatus, ConcernLevel, ConsenterRole, Sector, Urgency
from sspf_desk.domain.overview import (
    ExpiringConsentRow,
    FollowUpRow,
    MissingConsentRow,
    OverdueActionRow,
    PendingConcernRow,
)
from sspf_desk.ui.models.base import Index, RowTableModel
from sspf_desk.ui.pages.texts import day_text, enum_labels
from sspf_desk.ui.ports_concerns import OverviewItemView

ALERT_COLOR = QColor("#b00020")

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role giving the row's ``BlockRow`` (what opening it should open)."""


class Column(IntEnum):
    """The columns of every block."""

    DATE = 0
    PERSON = 1
    WHAT = 2
    DETAIL = 3


@dataclass(frozen=True, slots=True)
class BlockRow:
    """One line of an overview block and what it opens.

    Attributes:
        day: The date that matters (follow-up, last valid day, deadline, received).
        first: Shown in the first column instead, when there is no date (a case status).
        person: The young person's name, or the level for an area/group concern.
        what: What the line is about.
        detail: More about it (responsible, days left, reasons…).
        alert: Show it as urgent (overdue, acute, …).
        person_id: The young person, if any.
        case_id: The case to open, if any.
        concern_id: The concern to open, if any.
    """

    day: date | None
    first: str
    person: str
    what: str
    detail: str
    alert: bool
    person_id: str | None = None
    case_id: str | None = None
    concern_id: str | None = None


def _lower_first(text: str) -> str:
    """A label inside a sentence: "Vårdnadshavare" → "vårdnadshavare"."""
    return text[:1].lower() + text[1:]


def _labels() -> dict[StrEnum, str]:
    """Labels of the values the blocks show, looked up once per block (they are many)."""
    return enum_labels(Sector, ConsenterRole, CaseStatus, ConcernLevel, Urgency)


def _days(count: int) -> str:
    # Two plain strings, not "%n": pyside6-lupdate does not mark Python's numerus
    # messages, and would drop their plural forms from the catalogue.
    if abs(count) == 1:
        return QCoreApplication.translate("OverviewModel", "%1 day").replace("%1", str(count))
    return QCoreApplication.translate("OverviewModel", "%1 days").replace("%1", str(count))


def follow_up_rows(items: Sequence[OverviewItemView[FollowUpRow]]) -> list[BlockRow]:
    """Rows of the "follow-ups due" block."""
    labels = _labels()
    return [
        BlockRow(
            day=item.row.follow_up_on,
            first="",
            person=item.young_person_name,
            what=item.row.what,
            detail=f"{labels[item.row.sector]}: {item.row.responsible}",
            alert=item.row.overdue,
            person_id=item.row.young_person_id,
            case_id=item.row.case_id,
        )
        for item in items
    ]


def expiring_rows(items: Sequence[OverviewItemView[ExpiringConsentRow]]) -> list[BlockRow]:
    """Rows of the "consents expiring" block."""
    labels = _labels()
    rows = []
    for item in items:
        row = item.row
        who = _lower_first(labels[row.consenter_role])
        what = (
            QCoreApplication.translate("OverviewModel", "Consent given by %1").replace("%1", who)
            if row.consenter_role is not ConsenterRole.OTHER
            else QCoreApplication.translate(
                "OverviewModel", "Consent given by another person concerned"
            )
        )
        left = (
            QCoreApplication.translate("OverviewModel", "Ends today")
            if row.days_left <= 0
            else QCoreApplication.translate("OverviewModel", "%1 left").replace(
                "%1", _days(row.days_left)
            )
        )
        rows.append(
            BlockRow(
                day=row.valid_to,
                first="",
                person=item.young_person_name,
                what=what,
                detail=left,
                alert=row.days_left <= 7,
                person_id=row.young_person_id,
            )
        )
    return rows


def missing_consent_rows(items: Sequence[OverviewItemView[MissingConsentRow]]) -> list[BlockRow]:
    """Rows of the "consent missing" block (no date: the case's status comes first)."""
    labels = _labels()
    rows = []
    for item in items:
        row = item.row
        parties = ", ".join(labels[p.sector] for p in row.missing)
        what = (
            QCoreApplication.translate("OverviewModel", "No consent covering: %1").replace(
                "%1", parties
            )
            if row.missing
            else QCoreApplication.translate(
                "OverviewModel", "Consent from only one of the guardians"
            )
        )
        rows.append(
            BlockRow(
                day=None,
                first=labels[row.case_status],
                person=item.young_person_name,
                what=what,
                detail=" ".join(row.messages),
                alert=bool(row.missing),
                person_id=row.young_person_id,
                case_id=row.case_id,
            )
        )
    return rows


def overdue_rows(items: Sequence[OverviewItemView[OverdueActionRow]]) -> list[BlockRow]:
    """Rows of the "overdue actions" block."""
    labels = _labels()
    return [
        BlockRow(
            day=item.row.deadline,
            first="",
            person=item.young_person_name,
            what=item.row.what,
            detail=QCoreApplication.translate("OverviewModel", "%1: %2, %3 overdue")
            .replace("%1", labels[item.row.sector])
            .replace("%2", item.row.responsible)
            .replace("%3", _days(item.row.days_overdue)),
            alert=True,
            person_id=item.row.young_person_id,
            case_id=item.row.case_id,
        )
        for item in items
    ]


def concern_rows(items: Sequence[OverviewItemView[PendingConcernRow]]) -> list[BlockRow]:
    """Rows of the two concern blocks (awaiting a decision, orosanmälan unanswered)."""
    labels = _labels()
    source = {
        sector: QCoreApplication.translate("OverviewModel", "Concern from %1").replace(
            "%1", _lower_first(labels[sector])
        )
        for sector in Sector
    }
    urgency = {
        level: QCoreApplication.translate("OverviewModel", "Urgency: %1").replace(
            "%1", labels[level]
        )
        for level in Urgency
    }
    area_level = labels[ConcernLevel.SELECTIVE]
    return [
        BlockRow(
            day=item.row.received_on,
            first="",
            person=(
                item.young_person_name if item.row.level is ConcernLevel.INDIVIDUAL else area_level
            ),
            what=source[item.row.source_sector],
            detail=urgency[item.row.urgency],
            alert=item.row.urgency in (Urgency.HIGH, Urgency.ACUTE),
            person_id=item.row.young_person_id,
            concern_id=item.row.concern_id,
        )
        for item in items
    ]


class OverviewBlockModel(RowTableModel[BlockRow]):
    """Read-only table of one overview block; replace its rows with ``set_rows``."""

    def __init__(self, date_title: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._date_title = date_title

    def _header_titles(self) -> tuple[str, ...]:
        """Column titles; the date column's title depends on the block."""
        return (
            self._date_title,
            QCoreApplication.translate("OverviewModel", "Young person"),
            QCoreApplication.translate("OverviewModel", "What"),
            QCoreApplication.translate("OverviewModel", "Details"),
        )

    def set_rows(self, rows: Sequence[BlockRow]) -> None:
        """Replace every row (a model reset)."""
        self._reset_rows(rows)

    def clear(self) -> None:
        """Drop every row (on lock)."""
        self.set_rows([])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Texts, the alert colour, tooltips and the row itself."""
        row = self.row_for_index(index)
        if row is None:
            return None
        texts = (day_text(row.day) or row.first, row.person, row.what, row.detail)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return texts[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() >= Column.WHAT:
            return texts[index.column()] or None
        if role == Qt.ItemDataRole.ForegroundRole and row.alert and index.column() == Column.DATE:
            return QBrush(ALERT_COLOR)
        if role == TARGET_ROLE:
            return row
        return None
