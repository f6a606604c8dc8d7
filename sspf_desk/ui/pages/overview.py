"""The Översikt page: what needs the coordinator's attention today, block by block.

Blocks: follow-ups due, overdue actions, consents expiring, consent missing (a party or
a guardian), concerns awaiting a decision and concerns whose orosanmälan is unanswered.
Each block is a small table with its count in the heading; the page reports the total
for the navigation ("Översikt (7)"). The overview is read on the task runner and read
again when the workspace reports a change that can move it. Activating a row asks to
open what it is about: the concern, the case or the young person. "Plan operational
group…" asks to plan the next operational group meeting (the meetings page does it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.domain import MeetingType
from sspf_desk.services.changes import ChangeSet
from sspf_desk.ui.models.overview_model import (
    TARGET_ROLE,
    BlockRow,
    Column,
    OverviewBlockModel,
    concern_rows,
    expiring_rows,
    follow_up_rows,
    missing_consent_rows,
    overdue_rows,
)
from sspf_desk.ui.pages.texts import day_text
from sspf_desk.ui.ports_concerns import OverviewPort, OverviewView
from sspf_desk.ui.tasks import TaskRunner

# Record types whose changes can change the overview.
WATCHED = (
    "concern",
    "sspf_case",
    "case_event",
    "action_item",
    "action_plan",
    "consent",
    "consent_party",
    "consent_category",
    "young_person",
    "related_person",
    "person_link",
    "vault_setting",
)
MAX_VISIBLE_ROWS = 8


@dataclass(frozen=True)
class _BlockSpec:
    key: str
    title: str
    date_title: str
    empty: str
    rows: Callable[[OverviewView], list[BlockRow]]


@dataclass(frozen=True)
class _Blocks:
    """The rows of every block on a day (built on the worker thread)."""

    day: date
    rows: dict[str, list[BlockRow]]


class OverviewBlock(QFrame):
    """Heading with a count, a small table, and a sentence when there is nothing to do."""

    activated = Signal(object)
    """A row was activated; carries its ``BlockRow``."""

    def __init__(
        self, title: str, date_title: str, empty: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._title = title
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.heading.setFont(font)
        self.model = OverviewBlockModel(date_title, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(title)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(100)  # blocks can hold thousands of rows
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.WHAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.DETAIL, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)
        self.empty = QLabel(empty)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addStretch(1)
        self.set_rows([])

    def set_rows(self, rows: Sequence[BlockRow]) -> None:
        """Show ``rows`` and the count in the heading."""
        self.model.set_rows(rows)
        self.heading.setText(f"{self._title} ({len(rows)})")
        self.heading.setAccessibleName(self.heading.text())
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        if rows:
            self.table.resizeColumnToContents(Column.PERSON)
            width = min(self.table.columnWidth(Column.PERSON), 200)
            self.table.setColumnWidth(Column.PERSON, width)
            shown = min(len(rows), MAX_VISIBLE_ROWS)
            height = (
                self.table.horizontalHeader().sizeHint().height()
                + shown * self.table.verticalHeader().defaultSectionSize()
                + 2 * self.table.frameWidth()
            )
            self.table.setFixedHeight(height)

    def count(self) -> int:
        """Number of rows shown."""
        return self.model.rowCount()

    def _activated(self, index: QModelIndex) -> None:
        row = index.data(TARGET_ROLE)
        if isinstance(row, BlockRow):
            self.activated.emit(row)


class OverviewPage(QWidget):
    """The blocks of the overview in a scrollable grid."""

    count_changed = Signal(int)
    """Total rows of every block (for the navigation entry)."""
    open_person_requested = Signal(str)
    """Open the record of this young person (id)."""
    open_case_requested = Signal(str)
    """Open this case (id)."""
    open_concern_requested = Signal(str)
    """Open this concern (id)."""
    plan_meeting_requested = Signal(object)
    """Plan a new meeting of this ``MeetingType`` (the operational group)."""

    def __init__(
        self, overview: OverviewPort, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._overview = overview
        self._runner = runner
        self._active = True
        self._loads = 0
        self._loading = False
        self._again = False
        self._day: date | None = None
        self.blocks: dict[str, OverviewBlock] = {}
        self.title = QLabel(self.tr("Overview"))
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.title.setFont(font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the overview"))
        self.refresh_button.clicked.connect(self.reload)
        self.plan_button = QPushButton(self.tr("&Plan operational group…"))
        self.plan_button.setAccessibleName(self.tr("Plan an operational group meeting"))
        self.plan_button.clicked.connect(self._plan_operational_group)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.summary, 1)
        top.addWidget(self.plan_button)
        top.addWidget(self.refresh_button)
        grid = QGridLayout()
        for position, spec in enumerate(self._specs()):
            block = OverviewBlock(spec.title, spec.date_title, spec.empty)
            block.activated.connect(self._open)
            self.blocks[spec.key] = block
            grid.addWidget(block, position // 2, position % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addLayout(grid)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        scroll.setAccessibleName(self.tr("What needs attention"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self._show_summary()

    def _specs(self) -> list[_BlockSpec]:
        return [
            _BlockSpec(
                "follow_ups_due",
                self.tr("Follow-ups due"),
                self.tr("Follow-up"),
                self.tr("No follow-ups are due this week."),
                lambda o: follow_up_rows(o.follow_ups_due),
            ),
            _BlockSpec(
                "overdue_actions",
                self.tr("Overdue actions"),
                self.tr("Deadline"),
                self.tr("No actions are overdue."),
                lambda o: overdue_rows(o.overdue_actions),
            ),
            _BlockSpec(
                "consents_expiring",
                self.tr("Consents expiring"),
                self.tr("Valid to"),
                self.tr("No consents expire soon."),
                lambda o: expiring_rows(o.consents_expiring),
            ),
            _BlockSpec(
                "missing_consent",
                self.tr("Consent missing or from one guardian only"),
                self.tr("Case status"),
                self.tr("Every open case of a minor has the consents it needs."),
                lambda o: missing_consent_rows(o.missing_consent),
            ),
            _BlockSpec(
                "concerns_awaiting",
                self.tr("Concerns awaiting a decision"),
                self.tr("Received"),
                self.tr("Every concern has a decision."),
                lambda o: concern_rows(o.concerns_awaiting),
            ),
            _BlockSpec(
                "reports_unanswered",
                self.tr("Mandatory report not answered"),
                self.tr("Received"),
                self.tr("Every concern has an answer on the mandatory report."),
                lambda o: concern_rows(o.reports_unanswered),
            ),
        ]

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the overview again on the task runner (once more if asked meanwhile)."""
        if self._loading:
            self._again = True
            return
        self._loading, self._again = True, False
        self._loads += 1
        load, overview, specs = self._loads, self._overview, self._specs()

        def read() -> _Blocks:  # the rows are many at the large size: built here, not on the GUI
            view = overview.overview()
            return _Blocks(view.day, {spec.key: spec.rows(view) for spec in specs})

        self._runner.run(read).on_success(lambda blocks: self._loaded(load, blocks)).on_error(
            self._failed
        ).start()

    def _failed(self, exc: Exception) -> None:
        self._loading = False
        if self._active:
            self._runner.error_handler(exc)

    def _loaded(self, load: int, blocks: _Blocks) -> None:
        self._loading = False
        if not self._active or load != self._loads:
            return
        self._show_blocks(blocks)
        if self._again:
            self.reload()

    def show_overview(self, view: OverviewView) -> None:
        """Fill every block from ``view`` and announce the total."""
        self._show_blocks(_Blocks(view.day, {s.key: s.rows(view) for s in self._specs()}))

    def _show_blocks(self, blocks: _Blocks) -> None:
        self._day = blocks.day
        for key, rows in blocks.rows.items():
            self.blocks[key].set_rows(rows)
        self._show_summary()
        self.count_changed.emit(self.total())

    def total(self) -> int:
        """Rows in every block together."""
        return sum(block.count() for block in self.blocks.values())

    def on_changes(self, changes: ChangeSet) -> None:
        """Read again when something the overview shows may have changed."""
        if self._active and changes.touches(*WATCHED):
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        """A new day (the program left open overnight) gives a new overview."""
        super().showEvent(event)
        if self._active and self._day is not None and self._day != date.today():
            self.reload()

    def clear(self) -> None:
        """Forget every row (on lock); nothing is read afterwards."""
        self._active = False
        for block in self.blocks.values():
            block.set_rows([])
        self._day = None
        self._show_summary()

    def person_of_case(self, case_id: str) -> str | None:
        """The young person of a case shown in a block, if any."""
        for block in self.blocks.values():
            for number in range(block.count()):
                row = block.model.row_at(number)
                if row.case_id == case_id and row.person_id:
                    return row.person_id
        return None

    def _show_summary(self) -> None:
        if self._day is None:
            self.summary.setText("")
            return
        total = self.total()
        text = (
            self.tr("%1: nothing needs your attention.")
            if total == 0
            else self.tr("%1: %n thing(s) to look at.", "", total)
        )
        self.summary.setText(text.replace("%1", day_text(self._day)))

    def _plan_operational_group(self) -> None:
        self.plan_meeting_requested.emit(MeetingType.OPERATIONAL_GROUP)

    def _open(self, row: object) -> None:
        if not isinstance(row, BlockRow):
            return
        if row.concern_id is not None:
            self.open_concern_requested.emit(row.concern_id)
        elif row.case_id is not None:
            self.open_case_requested.emit(row.case_id)
        elif row.person_id is not None:
            self.open_person_requested.emit(row.person_id)
