"""Table models of the agenda suggestions ("Hämta förslag"): due items the user may take in.

Rows are the service's ``AgendaSuggestion``. ``MeetingSuggestionsModel`` shows the
individual ones (new cases, follow-ups due, proposals to close), each with the consent
gate's answer against the meeting's attendees; ``AreaSuggestionsModel`` the group and area
level ones (a place or group with new observations or measures to follow up: no young
person, no gate). The first column is checkable; every suggestion starts checked. A
blocked suggestion says which parties block it (it can still be taken in, anonymised or
left out, after a choice).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush

from sspf_desk.services.meeting_planning_rows import AgendaSuggestion
from sspf_desk.ui.i18n import current_language
from sspf_desk.ui.models.base import Index, RowTableModel
from sspf_desk.ui.models.meeting_agenda_model import BLOCKED_FOREGROUND

AREA_LEVEL = "area_level"
"""The kind of a group and area level suggestion."""


class SuggestionColumn(IntEnum):
    """The columns of the suggestions table."""

    KIND = 0
    PERSON = 1
    TITLE = 2
    REASON = 3
    GATE = 4


def kind_text(kind: str) -> str:
    """The kind of suggestion in the UI's language."""
    texts = {
        "new_case": QCoreApplication.translate("MeetingSuggestionsModel", "New case"),
        "follow_up": QCoreApplication.translate("MeetingSuggestionsModel", "Follow-up due"),
        "closing_proposal": QCoreApplication.translate(
            "MeetingSuggestionsModel", "Proposal to close"
        ),
        AREA_LEVEL: QCoreApplication.translate("MeetingSuggestionsModel", "Group and area level"),
    }
    return texts.get(kind, kind)


def suggestion_gate_text(row: AgendaSuggestion) -> str:
    """ "Everyone present is covered" or the blocked parties."""
    if row.gate.allowed:
        return QCoreApplication.translate("MeetingSuggestionsModel", "Everyone present is covered")
    lang = current_language()
    parties = ", ".join(party.display(lang) for party in row.gate.blocked_parties)
    return QCoreApplication.translate("MeetingSuggestionsModel", "Blocked: %1").replace(
        "%1", parties
    )


class MeetingSuggestionsModel(RowTableModel[AgendaSuggestion]):
    """Checkable table over the suggestions for one meeting."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._checked: list[bool] = []

    def _header_titles(self) -> tuple[str, ...]:
        """Translated column titles, in ``SuggestionColumn`` order."""
        return (
            QCoreApplication.translate("MeetingSuggestionsModel", "Suggestion"),
            QCoreApplication.translate("MeetingSuggestionsModel", "Young person"),
            QCoreApplication.translate("MeetingSuggestionsModel", "Agenda item"),
            QCoreApplication.translate("MeetingSuggestionsModel", "Why"),
            QCoreApplication.translate("MeetingSuggestionsModel", "Consent gate"),
        )

    def set_rows(self, rows: Sequence[AgendaSuggestion]) -> None:
        """Replace every row, all checked (a model reset)."""
        with self._resetting():
            self._rows = list(rows)
            self._checked = [True] * len(self._rows)

    def checked(self) -> list[AgendaSuggestion]:
        """The suggestions checked, in list order."""
        return [row for row, on in zip(self._rows, self._checked, strict=True) if on]

    def set_checked(self, row: int, on: bool) -> None:
        """Check or uncheck the suggestion in ``row``."""
        self.setData(
            self.index(row, SuggestionColumn.KIND),
            (Qt.CheckState.Checked if on else Qt.CheckState.Unchecked).value,
            Qt.ItemDataRole.CheckStateRole,
        )

    @staticmethod
    def _text(row: AgendaSuggestion, column: int) -> str:
        texts = (
            kind_text(row.kind),
            row.young_person_name,
            row.title,
            row.reason,
            suggestion_gate_text(row),
        )
        return texts[column]

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Selectable; the first column is checkable."""
        flags = super().flags(index)
        if index.isValid() and index.column() == SuggestionColumn.KIND:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell texts, the check boxes and blocked suggestions in red."""
        row = self.row_for_index(index)
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(row.gate.reasons) or self._text(row, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == SuggestionColumn.KIND:
            on = self._checked[index.row()]
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and not row.gate.allowed:
            return QBrush(BLOCKED_FOREGROUND)
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Check or uncheck a suggestion (first column only)."""
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or self.row_for_index(index) is None
            or index.column() != SuggestionColumn.KIND
        ):
            return False
        state = value.value if isinstance(value, Qt.CheckState) else value
        self._checked[index.row()] = state == Qt.CheckState.Checked.value
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


class AreaColumn(IntEnum):
    """The columns of the group and area level suggestions table."""

    SITE = 0
    REASON = 1


class AreaSuggestionsModel(MeetingSuggestionsModel):
    """Checkable table over the group and area level suggestions (place or group, why)."""

    def _header_titles(self) -> tuple[str, ...]:
        """Translated column titles, in ``AreaColumn`` order."""
        return (
            QCoreApplication.translate("MeetingSuggestionsModel", "Place or group"),
            QCoreApplication.translate("MeetingSuggestionsModel", "Why"),
        )

    @staticmethod
    def _text(row: AgendaSuggestion, column: int) -> str:
        return (row.title, row.reason)[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell texts and the check boxes; the whole reason as tooltip."""
        row = self.row_for_index(index)
        if row is not None and role == Qt.ItemDataRole.ToolTipRole:
            return self._text(row, index.column())
        return super().data(index, role)
