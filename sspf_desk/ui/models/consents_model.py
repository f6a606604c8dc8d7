"""Table model of a young person's consents, grouped by who gave them (for the record).

Read-only rows of ``ConsentRow`` from the consent service. ``set_rows`` orders them per
consenting person — the young person first, then the others by name — and within one
person the newest first. Consents that no longer apply (expired, withdrawn) are greyed.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from sspf_desk.domain import ConsenterRole, ConsentForm
from sspf_desk.domain.text import swedish_sort_key
from sspf_desk.services.consent_rows import ConsentRow, ConsentState
from sspf_desk.ui.i18n import current_language
from sspf_desk.ui.models.base import Index, RowTableModel
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


class ConsentsModel(RowTableModel[ConsentRow]):
    """Read-only table over one young person's consents."""

    def _header_titles(self) -> tuple[str, ...]:
        """Translated column titles, in ``ConsentColumn`` order."""
        return (
            QCoreApplication.translate("ConsentsModel", "Given by"),
            QCoreApplication.translate("ConsentsModel", "Status"),
            QCoreApplication.translate("ConsentsModel", "Period"),
            QCoreApplication.translate("ConsentsModel", "Parties"),
            QCoreApplication.translate("ConsentsModel", "Information"),
            QCoreApplication.translate("ConsentsModel", "Form"),
        )

    def _row_key(self, row: ConsentRow) -> str:
        return row.id

    def set_rows(self, rows: Sequence[ConsentRow]) -> None:
        """Replace every row (a model reset), ordered per consenting person."""
        self._reset_rows(sorted(rows, key=_order))

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
        row = self.row_for_index(index)
        if row is None:
            return None
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
