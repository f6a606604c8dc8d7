"""Sort/filter proxy of the concerns table: outcome, level, unanswered orosanmälan, text.

Sorting is passed on to ``ConcernsModel`` (it sorts its rows by precomputed keys); the
filter (``ConcernCriteria``) is computed once per criteria and row order, not per call.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from sspf_desk.domain import ConcernLevel, ConcernOutcome
from sspf_desk.domain.text import SearchQuery
from sspf_desk.ui.models.concern_model import ConcernCriteria, ConcernsModel

Index = QModelIndex | QPersistentModelIndex


class ConcernsProxy(QSortFilterProxyModel):
    """Filters ``ConcernsModel``; sorting is passed on to the model (this proxy keeps order).

    The filter is computed once per criteria and row order, not once per row and call.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._criteria = ConcernCriteria()
        self._accepted: list[bool] = []
        self._generation = -1

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        """Attach a ``ConcernsModel`` (other models are refused)."""
        if not isinstance(model, ConcernsModel):
            raise TypeError("ConcernsProxy filters a ConcernsModel")
        super().setSourceModel(model)

    def _model(self) -> ConcernsModel:
        model = self.sourceModel()
        assert isinstance(model, ConcernsModel)
        return model

    @property
    def criteria(self) -> ConcernCriteria:
        """The filter in force."""
        return self._criteria

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the source model (this proxy keeps its order)."""
        self._model().sort(column, order)

    def set_criteria(self, criteria: ConcernCriteria) -> None:
        """Show only rows passing ``criteria``."""
        if criteria == self._criteria:
            return
        self.beginFilterChange()
        self._criteria = criteria
        self._generation = -1
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search_text(self, text: str) -> None:
        """Filter by the words of ``text`` (rules of ``domain.text``), keeping the rest."""
        self.set_criteria(replace(self._criteria, query=SearchQuery.parse(text)))

    def set_outcome(self, outcome: ConcernOutcome | None) -> None:
        """Show one outcome only (None: every outcome)."""
        self.set_criteria(replace(self._criteria, outcome=outcome))

    def set_level(self, level: ConcernLevel | None) -> None:
        """Show one level only (None: both)."""
        self.set_criteria(replace(self._criteria, level=level))

    def set_unanswered_only(self, only: bool) -> None:
        """Show only concerns whose orosanmälan checkpoint is unanswered."""
        self.set_criteria(replace(self._criteria, unanswered_only=only))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """Accept a row passing the current criteria."""
        model = self._model()
        if self._generation != model.generation:
            self._accepted = model.accepted_rows(self._criteria)
            self._generation = model.generation
        return self._accepted[source_row]
