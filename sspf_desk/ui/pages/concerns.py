"""The Orosignaler page: the list of concerns with filters, and the intake/edit dialog.

Rows come from the concern service (read on the task runner: the first read of a large
vault takes a moment); filtering and sorting happen in the model and its proxy. The page
never writes itself: ``ConcernEditor`` saves through the service, and the page reloads
when the workspace reports changed concerns (at once when shown, else when next shown).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.domain import CaseStatus, Concern, ConcernLevel, ConcernOutcome
from sspf_desk.services.changes import ChangeSet
from sspf_desk.services.concern_rows import ConcernFilter, ConcernRow
from sspf_desk.ui.dialogs.concern_editor import ConcernEditor
from sspf_desk.ui.dialogs.concern_saver import ConcernSaved
from sspf_desk.ui.messages import show_info
from sspf_desk.ui.models.concern_model import (
    CONCERN_ID_ROLE,
    PERSON_ID_ROLE,
    Column,
    ConcernsModel,
    RowCells,
    in_order,
    label_table,
    row_cells,
)
from sspf_desk.ui.models.concern_proxy import ConcernsProxy
from sspf_desk.ui.pages.live_list import LiveList
from sspf_desk.ui.pages.texts import enum_text
from sspf_desk.ui.ports_concerns import ConcernsPort, PersonPickerPort
from sspf_desk.ui.tasks import TaskRunner
from sspf_desk.ui.widgets.tables import read_only_table

# Record types whose changes can change a row of the list.
WATCHED = ("concern", "concern_risk", "young_person", "risk_category")


@dataclass(frozen=True)
class _Loaded:
    """Rows read on the worker thread, with their cells, already in the table's order."""

    rows: list[ConcernRow]
    cells: list[RowCells]
    sorted_by: tuple[Column, Qt.SortOrder]


class ConcernsPage(QWidget):
    """Filterable, sortable list of concerns with New / Open / Open young person."""

    open_person_requested = Signal(str)
    """The user asked to open the record of this young person (id)."""

    def __init__(
        self,
        concerns: ConcernsPort,
        persons: PersonPickerPort,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._concerns = concerns
        self._persons = persons
        self._live = LiveList(self, runner, self._query, self._loaded, WATCHED)
        self._select_next: str | None = None
        self.model = ConcernsModel(self)
        self.proxy = ConcernsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._build_table()
        self.count = QLabel()
        self.new_button = QPushButton(self.tr("&New concern…"))
        self.new_button.setAccessibleName(self.tr("New concern"))
        self.new_button.clicked.connect(self.new_concern)
        self.open_button = QPushButton(self.tr("&Open…"))
        self.open_button.setAccessibleName(self.tr("Open the selected concern"))
        self.open_button.clicked.connect(self.open_selected)
        self.person_button = QPushButton(self.tr("Open young &person"))
        self.person_button.setAccessibleName(self.tr("Open the young person of the concern"))
        self.person_button.clicked.connect(self._open_person)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_concern)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.person_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_filters())
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self._update_count()

    def _build_filters(self) -> QHBoxLayout:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, area, group, role or risk"))
        self.search.setAccessibleName(self.tr("Search concerns"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        search_label = QLabel(self.tr("&Search"))
        search_label.setBuddy(self.search)
        self.outcome_filter = QComboBox()
        self.outcome_filter.setAccessibleName(self.tr("Show outcome"))
        self.outcome_filter.addItem(self.tr("All outcomes"), "")
        for outcome in ConcernOutcome:
            self.outcome_filter.addItem(enum_text(outcome), outcome.value)
        self.outcome_filter.currentIndexChanged.connect(self._outcome_changed)
        self.level_filter = QComboBox()
        self.level_filter.setAccessibleName(self.tr("Show level"))
        self.level_filter.addItem(self.tr("Both levels"), "")
        for level in ConcernLevel:
            self.level_filter.addItem(enum_text(level), level.value)
        self.level_filter.currentIndexChanged.connect(self._level_changed)
        self.unanswered = QCheckBox(self.tr("Only &unanswered mandatory report"))
        self.unanswered.setAccessibleName(
            self.tr("Only concerns with an unanswered mandatory report")
        )
        self.unanswered.toggled.connect(self._unanswered_changed)
        row = QHBoxLayout()
        row.addWidget(search_label)
        row.addWidget(self.search, 1)
        row.addWidget(self.outcome_filter)
        row.addWidget(self.level_filter)
        row.addWidget(self.unanswered)
        return row

    def _build_table(self) -> QTableView:
        table = read_only_table(
            self.proxy, self.tr("Concerns"), resize=QHeaderView.ResizeMode.Interactive
        )
        table.setSortingEnabled(True)
        table.sortByColumn(Column.RECEIVED, Qt.SortOrder.DescendingOrder)
        table.horizontalHeader().setResizeContentsPrecision(200)
        table.activated.connect(self._open_index)
        return table

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the concerns again (on the task runner), keeping the selection."""
        self._live.reload()

    def _query(self) -> Callable[[], _Loaded]:
        concerns, labels, spec = self._concerns, label_table(), self.model.sort_spec

        def read() -> _Loaded:
            rows = concerns.list_concerns()
            return _Loaded(*in_order(rows, row_cells(rows, labels), *spec), spec)

        return read

    def _loaded(self, loaded: _Loaded) -> None:
        selected = self._select_next or self.selected_id()
        self._select_next = None
        first = self.model.rowCount() == 0
        self.model.set_rows(loaded.rows, loaded.cells, sorted_by=loaded.sorted_by)
        if first and loaded.rows:
            self.table.resizeColumnsToContents()
            for column in (Column.SUBJECT, Column.RISKS):
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        if selected is not None:
            self.select(selected)
        self._update_count()
        self._update_buttons()

    def on_changes(self, changes: ChangeSet) -> None:
        """Reload when concerns (or the names they show) changed; later if hidden."""
        self._live.on_changes(changes)

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with changes made while the page was hidden."""
        super().showEvent(event)
        self._live.shown()

    def clear(self) -> None:
        """Drop every row and the filters' text (on lock); nothing is read afterwards."""
        self._live.stop()
        self.search.clear()
        self.model.clear()
        self._update_count()

    # -- selection -------------------------------------------------------------------------

    def selected_id(self) -> str | None:
        """The id of the selected concern, if any."""
        rows = self.table.selectionModel().selectedRows()
        value = rows[0].data(CONCERN_ID_ROLE) if rows else None
        return value if isinstance(value, str) else None

    def select(self, concern_id: str) -> None:
        """Select and show ``concern_id`` if it is in the (filtered) list."""
        row = self.model.row_of(concern_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.selectionModel().setCurrentIndex(index, flags)
            self.table.scrollTo(index)

    def _selected_person(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        value = rows[0].data(PERSON_ID_ROLE) if rows else None
        return value if isinstance(value, str) else None

    # -- opening ---------------------------------------------------------------------------

    def new_concern(self) -> ConcernEditor:
        """Open an empty intake form."""
        return self._open_editor(None, "")

    def open_selected(self) -> ConcernEditor | None:
        """Open the selected concern."""
        concern_id = self.selected_id()
        return self.open_concern(concern_id) if concern_id is not None else None

    def open_concern(self, concern_id: str) -> ConcernEditor:
        """Open ``concern_id`` in the form (reading it is recorded in the audit trail)."""
        concern = self._concerns.get_concern(concern_id)
        row = self.model.row_of(concern_id)
        person_text = self.model.row_at(row).young_person_name if row is not None else ""
        if concern.young_person_id is not None and not person_text:
            # Not listed yet (e.g. opened from the overview before the list was read).
            about = ConcernFilter(young_person_id=concern.young_person_id)
            person_text = next(
                (r.young_person_name for r in self._concerns.list_concerns(about)), ""
            )
        return self._open_editor(concern, person_text)

    def _open_editor(self, concern: Concern | None, person_text: str) -> ConcernEditor:
        categories = self._concerns.list_risk_categories(include_inactive=True)
        editor = ConcernEditor(
            self._concerns,
            self._persons,
            categories,
            concern,
            person_text,
            self.window(),
        )
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._saved)
        editor.open()
        return editor

    def _saved(self, result: object) -> None:
        if not isinstance(result, ConcernSaved):
            return
        self._select_next = result.concern.id  # shown once the list is read again
        self.reload()
        if result.case_id is not None:
            show_info(
                self.tr(
                    "The concern is saved and taken up as an SSPF case. The case is in the "
                    "young person's record, starting in the status %1."
                ).replace("%1", enum_text(CaseStatus.INTAKE)),
                self.window(),
            )

    def _open_index(self, index: QModelIndex) -> None:
        value = index.data(CONCERN_ID_ROLE)
        if isinstance(value, str):
            self.open_concern(value)

    def _open_person(self) -> None:
        person_id = self._selected_person()
        if person_id is not None:
            self.open_person_requested.emit(person_id)

    # -- filters ---------------------------------------------------------------------------

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search_text(text)
        self._update_count()

    def _outcome_changed(self) -> None:
        value = self.outcome_filter.currentData()
        self.proxy.set_outcome(ConcernOutcome(value) if value else None)
        self._update_count()

    def _level_changed(self) -> None:
        value = self.level_filter.currentData()
        self.proxy.set_level(ConcernLevel(value) if value else None)
        self._update_count()

    def _unanswered_changed(self, only: bool) -> None:
        self.proxy.set_unanswered_only(only)
        self._update_count()

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.selected_id() is not None)
        self.person_button.setEnabled(self._selected_person() is not None)

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if shown == total:
            text = self.tr("Number of concerns: %1").replace("%1", str(total))
        else:
            text = self.tr("%1 of %2 shown").replace("%1", str(shown)).replace("%2", str(total))
        self.count.setText(text)
