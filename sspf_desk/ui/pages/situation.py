"""The Lägesbild page: published statistics of a period and area, as tables and charts.

The user chooses a period (Från / Till), the columns (month, quarter or year) and an area
("Hela kommunen" or one of the service's areas) and presses "Show": the statistics service
makes the ``SituationPicture`` on the task runner. The key figures stand in a row at the
top; the tables are listed on the left, and the chosen one is shown on the right as a table
(``SituationTableModel``) over its chart (``StatChart``), with its note and the legend of
hidden figures. "Save as PDF…" / "Save as CSV…" write the report of the picture shown to a
file the user picks (default names hold only the period).

Statistics are not live: the page computes the default picture (1 January of this year to
today, by month) the first time it is shown, and afterwards only when the user asks.
``clear()`` forgets everything before a lock.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.domain.statistics import (
    Granularity,
    SituationPicture,
    StatsQuery,
    validate_query,
)
from sspf_desk.domain.suppression import LEGEND
from sspf_desk.ui.messages import show_error
from sspf_desk.ui.models.situation_model import (
    TABLE_KEY_ROLE,
    SituationTableModel,
    SituationTablesModel,
)
from sspf_desk.ui.pages.situation_parts import KeyFigureRow, SituationExport, scale_font
from sspf_desk.ui.ports_situation import StatisticsPort
from sspf_desk.ui.tasks import TaskRunner
from sspf_desk.ui.widgets.date_field import DateField
from sspf_desk.ui.widgets.field_errors import ERROR_STYLE
from sspf_desk.ui.widgets.stat_chart import StatChart
from sspf_desk.ui.widgets.tables import read_only_table


class SituationPage(QWidget):
    """Period, columns and area to choose; key figures, tables and charts to read."""

    def __init__(
        self, statistics: StatisticsPort, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._statistics = statistics
        self._runner = runner
        self._active = True
        self._shown = False
        self._loads = 0
        self._picture: SituationPicture | None = None
        self.export = SituationExport(self, runner)
        self.tables = SituationTablesModel(self)
        self.model = SituationTableModel(self)
        self.title = QLabel(self.tr("Situation picture"))
        scale_font(self.title, 1.4)
        self.summary = QLabel(self.tr("Choose a period and press Show."))
        self.summary.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setVisible(False)
        self.figures = KeyFigureRow()
        layout = QVBoxLayout(self)
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.summary, 1)
        layout.addLayout(heading)
        layout.addLayout(self._build_controls())
        layout.addWidget(self.problem)
        layout.addWidget(self.figures)
        layout.addWidget(self._build_body(), 1)
        self.set_default_period(date.today())
        self._update_buttons()

    # -- building --------------------------------------------------------------------------

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        return button

    def _build_controls(self) -> QHBoxLayout:
        self.start = DateField(self.tr("From"))
        self.end = DateField(self.tr("To"))
        self.granularity = QComboBox()
        self.granularity.setAccessibleName(self.tr("Columns"))
        for text, value in (
            (self.tr("Month"), Granularity.MONTH),
            (self.tr("Quarter"), Granularity.QUARTER),
            (self.tr("Year"), Granularity.YEAR),
        ):
            self.granularity.addItem(text, value.value)
        self.area = QComboBox()
        self.area.setAccessibleName(self.tr("Area"))
        self.area.setMinimumContentsLength(16)
        self.area.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.area.addItem(self.tr("Whole municipality"), "")
        self.show_button = self._button(self.tr("&Show"), self.tr("Show the situation picture"))
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.show_picture)
        self.pdf_button = self._button(self.tr("Save as &PDF…"), self.tr("Save as PDF"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.csv_button = self._button(self.tr("Save as &CSV…"), self.tr("Save as CSV"))
        self.csv_button.clicked.connect(self.save_csv)
        row = QHBoxLayout()
        for text, field in (
            (self.tr("&From"), self.start),
            (self.tr("&To"), self.end),
            (self.tr("&Columns"), self.granularity),
            (self.tr("&Area"), self.area),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            row.addWidget(label)
            row.addWidget(field)
        row.addWidget(self.show_button)
        row.addStretch(1)
        row.addWidget(self.pdf_button)
        row.addWidget(self.csv_button)
        return row

    def _build_body(self) -> QSplitter:
        self.table_list = QListView()
        self.table_list.setModel(self.tables)
        self.table_list.setAccessibleName(self.tr("Tables"))
        self.table_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_list.setWordWrap(True)
        self.table_list.setSpacing(3)
        self.table_list.selectionModel().selectionChanged.connect(self._table_chosen)
        self.table_title = QLabel()
        scale_font(self.table_title, 1.15)
        self.table_title.setWordWrap(True)
        self.table = read_only_table(self.model, self.tr("Table"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.chart = StatChart()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.legend = QLabel(LEGEND)
        self.legend.setWordWrap(True)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(self.table)
        self.split.addWidget(self.chart)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 3)
        self.split.setChildrenCollapsible(False)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table_title)
        column.addWidget(self.split, 1)
        column.addWidget(self.note)
        column.addWidget(self.legend)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(self.table_list)
        body.addWidget(right)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 4)
        body.setChildrenCollapsible(False)
        return body

    # -- the query -------------------------------------------------------------------------

    def set_default_period(self, today: date) -> None:
        """1 January of ``today``'s year to ``today``, by month."""
        self.start.set_value(date(today.year, 1, 1))
        self.end.set_value(today)
        self.granularity.setCurrentIndex(self.granularity.findData(Granularity.MONTH.value))

    def query(self) -> StatsQuery | None:
        """The query the controls describe; None (and the problem shown) when they are wrong."""
        start, end = self.start.value(), self.end.value()
        if start is None or end is None:
            self._show_problem(self.tr("Write both dates as YYYY-MM-DD."))
            return None
        if end < start:
            self._show_problem(self.tr("The end of the period cannot be before its start."))
            return None
        area = self.area.currentData()
        query = StatsQuery(
            start, end, Granularity(self.granularity.currentData()), str(area) if area else None
        )
        errors = validate_query(query)
        if errors:
            self._show_problem(" ".join(errors.values()))
            return None
        self._show_problem("")
        return query

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setAccessibleName(text)
        self.problem.setVisible(bool(text))

    # -- loading ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """The first time: read the areas and compute the default picture."""
        super().showEvent(event)
        if not self._shown and self._active:
            self._shown = True
            self.load_areas()
            self.show_picture()

    def load_areas(self) -> None:
        """Read the areas of the filter again (on the task runner), keeping the choice."""
        statistics = self._statistics
        self._runner.run(statistics.areas).on_success(self._areas_loaded).start()

    def _areas_loaded(self, areas: tuple[str, ...]) -> None:
        if not self._active:
            return
        chosen = self.area.currentData()
        while self.area.count() > 1:
            self.area.removeItem(1)
        for area in areas:
            self.area.addItem(area, area)
        self.area.setCurrentIndex(max(self.area.findData(chosen), 0))

    def show_picture(self) -> bool:
        """Compute the picture of the chosen query (on the runner); False when it is wrong."""
        query = self.query()
        if query is None or not self._active:
            return False
        self._shown = True
        self._loads += 1
        load, statistics = self._loads, self._statistics
        self._set_busy(True)
        self._runner.run(lambda: statistics.situation_picture(query)).on_success(
            lambda picture: self._loaded(load, picture)
        ).on_error(lambda exc: self._failed(load, exc)).with_progress(
            self.tr("Computing the situation picture…")
        ).start()
        return True

    def _loaded(self, load: int, picture: SituationPicture) -> None:
        if not self._active or load != self._loads:
            return  # locked meanwhile, or a newer query is on its way
        self._set_busy(False)
        self.set_picture(picture)

    def _failed(self, load: int, exc: Exception) -> None:
        if not self._active or load != self._loads:
            return
        self._set_busy(False)
        show_error(exc, self.window())

    def _set_busy(self, busy: bool) -> None:
        self.show_button.setEnabled(not busy)
        if busy:
            self.summary.setText(self.tr("Computing the situation picture…"))
        self._update_buttons(busy)

    # -- showing ---------------------------------------------------------------------------

    @property
    def picture(self) -> SituationPicture | None:
        """The picture shown, if any."""
        return self._picture

    def set_picture(self, picture: SituationPicture | None) -> None:
        """Show ``picture`` (or nothing), keeping the chosen table when it is still there."""
        chosen = self.current_table_key()
        self._picture = picture
        self.summary.setText(self._summary_text(picture))
        self.figures.set_figures(picture.key_figures if picture is not None else ())
        self.tables.set_tables(picture.tables if picture is not None else ())
        row = self.tables.row_of(chosen) if chosen is not None else None
        if self.tables.rowCount() and row is None:
            row = 0
        if row is not None:
            self.select_table(self.tables.table_at(row).key)
        else:
            self._show_table(None)
        self._update_buttons()

    def _summary_text(self, picture: SituationPicture | None) -> str:
        if picture is None:
            return self.tr("Choose a period and press Show.")
        query = picture.query
        by = {
            Granularity.MONTH: self.tr("by month"),
            Granularity.QUARTER: self.tr("by quarter"),
            Granularity.YEAR: self.tr("by year"),
        }[query.granularity]
        return (
            self.tr("%1, %2 – %3, %4. Made %5.")
            .replace("%1", picture.area_label)
            .replace("%2", query.start.isoformat())
            .replace("%3", query.end.isoformat())
            .replace("%4", by)
            .replace("%5", picture.made_on.isoformat())
        )

    def current_table_key(self) -> str | None:
        """The code name of the table shown, if any."""
        table = self.model.table
        return table.key if table is not None else None

    def select_table(self, key: str) -> None:
        """Show the table with code name ``key`` (when the picture has it)."""
        row = self.tables.row_of(key)
        if row is None:
            return
        self.table_list.selectionModel().setCurrentIndex(
            self.tables.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def _table_chosen(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        key = indexes[0].data(TABLE_KEY_ROLE) if indexes else None
        row = self.tables.row_of(key) if isinstance(key, str) else None
        self._show_table(self.tables.table_at(row).key if row is not None else None)

    def _show_table(self, key: str | None) -> None:
        table = self._picture.table(key) if self._picture is not None and key else None
        self.model.set_table(table)
        self.chart.show_table(table)
        self.table_title.setText(table.title if table is not None else "")
        self.note.setText(table.note if table is not None else "")
        self.note.setVisible(bool(table is not None and table.note))
        self.legend.setVisible(table is not None)
        self._fit_table()

    def _fit_table(self) -> None:
        """Give the table the height of its rows (at most half), the chart the rest."""
        table = self.table
        needed = (
            table.horizontalHeader().sizeHint().height()
            + self.model.rowCount() * table.verticalHeader().defaultSectionSize()
            + table.horizontalScrollBar().sizeHint().height()
            + 2 * table.frameWidth()
        )
        total = sum(self.split.sizes()) or self.split.height()
        upper = min(needed, total // 2)
        self.split.setSizes([upper, total - upper])

    # -- exporting -------------------------------------------------------------------------

    def save_pdf(self) -> QFileDialog | None:
        """Ask where to save the PDF report of the picture shown, then write it."""
        if self._picture is None:
            return None
        return self.export.save_pdf(self._statistics, self._picture.query)

    def save_csv(self) -> QFileDialog | None:
        """Ask where to save the figures of the picture shown as CSV, then write them."""
        if self._picture is None:
            return None
        return self.export.save_csv(self._statistics, self._picture.query)

    # -- state -----------------------------------------------------------------------------

    def _update_buttons(self, busy: bool = False) -> None:
        ready = self._picture is not None and not busy and self._active
        self.pdf_button.setEnabled(ready)
        self.csv_button.setEnabled(ready)

    def clear(self) -> None:
        """Forget the picture, the areas and the choices (on lock); nothing is read after."""
        self._active = False
        self._loads += 1
        self.set_picture(None)
        while self.area.count() > 1:
            self.area.removeItem(1)
        self._show_problem("")
        self.show_button.setEnabled(False)
        self._update_buttons()
