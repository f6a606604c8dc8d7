"""Table model of a young person's consents, grouped by who gave them (for the record).

Read-only rows of ``ConsentRow`` from the consent service. ``set_rows`` orders them per
consenting person — the young person first, then the others by name — and within one
person the newest first. Consents that no longer apply (expired, withdrawn) are greyed.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from sspf_desk.domain import ConsenterRole, ConsentForm
from sspf_desk.domain.text import swedish_sort_key
from sspf_desk.services.consent_rows import ConsentRow, ConsentState
from sspf_desk.ui.i18n import current_language
from sspf_desk.ui.models.persons_model import Index
from sspf_desk.ui.record.texts import enum_label, format_day

CONSENT_ID_ROLE = Qt.ItemDataRole.UserRole + 30
"""Role giving the consent's id (``str``) for any column."""

INACTIVE_FOREGROUND = QColor("#6b6b6b")


class ConsentColumn(IntEnum):
    """The columns of the consents table."""

    CONSENTER = 0
    STATE = 1
    PERIOD = 2
    PARTIES = 3
    CATEGORIES = 4
    FORM = 5


def _headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("ConsentsModel", "Given by"),
        QCoreApplication.translate("ConsentsModel", "Status"),
        QCoreApplication.translate("ConsentsModel", "Period"),
        QCoreApplication.translate("ConsentsModel", "Parties"),
        QCoreApplication.translate("ConsentsModel", "Information"),
        QCoreApplication.translate("ConsentsModel", "Form"),
    )


def state_text(row: ConsentRow) -> str:
    """The consent's state in words, e.g. "Withdrawn 2025-03-01"."""
    if row.state is ConsentState.WITHDRAWN:
        return QCoreApplication.translate("ConsentsModel", "Withdrawn %1").replace(
            "%1", format_day(row.withdrawn_on)
        )
    texts = {
        ConsentState.ACTIVE: QCoreApplication.translate("ConsentsModel", "Valid"),
        ConsentState.NOT_YET_VALID: QCoreApplication.translate("ConsentsModel", "Not yet valid"),
        ConsentState.EXPIRED: QCoreApplication.translate("ConsentsModel", "Expired"),
    }
    return texts[row.state]


def period_text(row: ConsentRow) -> str:
    """E.g. "2025-01-10 – 2025-12-31" or "2025-01-10 – until withdrawn"."""
    end = (
        format_day(row.valid_to)
        if row.valid_to is not None
        else QCoreApplication.translate("ConsentsModel", "until withdrawn")
    )
    return f"{format_day(row.valid_from)} – {end}"


def consenter_text(row: ConsentRow) -> str:
    """E.g. "Eva Öberg (Guardian)"; a removed related person shows as unknown."""
    name = row.consenter_name or QCoreApplication.translate("ConsentsModel", "(person removed)")
    return f"{name} ({enum_label(row.consenter_role).lower()})"


def form_text(row: ConsentRow) -> str:
    """E.g. "Written, form attached", "Written, form missing" or "Oral"."""
    form = enum_label(row.form)
    if row.form is not ConsentForm.WRITTEN:
        return form
    if row.has_signed_form:
        return QCoreApplication.translate("ConsentsModel", "%1, form attached").replace("%1", form)
    return QCoreApplication.translate("ConsentsModel", "%1, form missing").replace("%1", form)


def _order(row: ConsentRow) -> tuple[int, str, str, int]:
    own = 0 if row.consenter_role is ConsenterRole.YOUNG_PERSON else 1
    return (
        own,
        swedish_sort_key(row.consenter_name),
        row.consenter_related_person_id or "",
        -row.valid_from.toordinal(),
    )


class ConsentsModel(QAbstractTableModel):
    """Read-only table over one young person's consents."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ConsentRow] = []

    def set_rows(self, rows: Sequence[ConsentRow]) -> None:
        """Replace every row (a model reset), ordered per consenting person."""
        self.beginResetModel()
        self._rows = sorted(rows, key=_order)
        self.endResetModel()

    def row_at(self, row: int) -> ConsentRow:
        """Return the consent shown in ``row``."""
        return self._rows[row]

    def row_of(self, consent_id: str) -> int | None:
        """Return the row showing ``consent_id``, if any."""
        return next((n for n, row in enumerate(self._rows) if row.id == consent_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        """Number of consents (0 under any valid parent)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        """Number of columns (0 under any valid parent)."""
        return 0 if parent.isValid() else len(ConsentColumn)

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
            and 0 <= section < len(ConsentColumn)
        ):
            return _headers()[section]
        return None

    @staticmethod
    def _text(row: ConsentRow, column: int) -> str:
        lang = current_language()
        texts = (
            consenter_text(row),
            state_text(row),
            period_text(row),
            ", ".join(party.display(lang) for party in row.parties),
            ", ".join(enum_label(category) for category in row.categories),
            form_text(row),
        )
        return texts[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell texts, the consent id, and grey text for consents that no longer apply."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return self._text(row, index.column())
        if role == CONSENT_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and row.state in (
            ConsentState.EXPIRED,
            ConsentState.WITHDRAWN,
        ):
            return QBrush(INACTIVE_FOREGROUND)
        return None
