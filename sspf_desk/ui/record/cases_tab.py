"""The record's "Cases" tab: the young person's cases, the chosen case's status and plan.

The list shows every case (newest first). For the chosen case: its status, the allowed
next steps as buttons (from the case service, which applies the domain's life cycle),
"Close case…" (reason and outcome) or, for a closed case, "Reopen…" (with a reason); the
status trail; and the action plan. A closed case is read-only: every edit control is
disabled and a note says why. Opening a case is audited by the service.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.domain import Case, CaseStatus, ClosingReason
from sspf_desk.errors import KnownError
from sspf_desk.ui.dialogs.case_dialogs import CloseCaseDialog, ReopenCaseDialog, TransitionInput
from sspf_desk.ui.messages import ask, show_error
from sspf_desk.ui.models.cases_model import CaseEventsModel, CasesModel
from sspf_desk.ui.record.context import RecordContext
from sspf_desk.ui.record.plan_panel import PlanPanel
from sspf_desk.ui.record.texts import enum_label, format_day
from sspf_desk.ui.widgets.tables import read_only_table

CLOSED_NOTE_STYLE = "background: #fff4e5; color: #5c3b00; border: 1px solid #e0b97a; padding: 6px;"
_LIFE_CYCLE = tuple(CaseStatus)


class CasesTab(QWidget):
    """Cases of the young person; status, steps, trail and plan of the chosen one."""

    def __init__(self, context: RecordContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = context
        self._case: Case | None = None
        self._pending_target: CaseStatus | None = None
        self._quiet = False
        self.model = CasesModel(self)
        self.table = read_only_table(self.model, self.tr("Cases"))
        self.table.setMaximumHeight(104)
        self.new_button = QPushButton(self.tr("Open &new case…"))
        self.new_button.setAccessibleName(self.tr("Open a new case"))
        self.new_button.clicked.connect(self.open_new_case)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.closed_note = QLabel(
            self.tr(
                "This case is closed and cannot be changed. Reopen it to change the plan "
                "or its status; the reopening is kept in the history."
            )
        )
        self.closed_note.setWordWrap(True)
        self.closed_note.setStyleSheet(CLOSED_NOTE_STYLE)
        self.step_buttons: dict[CaseStatus, QPushButton] = {}
        self.steps = QHBoxLayout()
        self.close_button = QPushButton(self.tr("&Close case…"))
        self.close_button.clicked.connect(self.close_case)
        self.reopen_button = QPushButton(self.tr("&Reopen case…"))
        self.reopen_button.clicked.connect(self.reopen_case)
        self.events = CaseEventsModel(self)
        self.events_table = read_only_table(self.events, self.tr("History of the case"))
        self.events_table.setMaximumHeight(112)
        header = self.events_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.plan = PlanPanel(context)
        self._layout()
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._show(None)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.table, 1)
        new_column = QVBoxLayout()
        new_column.addWidget(self.new_button)
        new_column.addStretch(1)
        top.addLayout(new_column)
        case_box = QGroupBox(self.tr("The case"))
        state = QVBoxLayout()
        state.addWidget(self.status_label)
        state.addWidget(self.closed_note)
        steps = QHBoxLayout()
        steps.addLayout(self.steps)
        steps.addWidget(self.close_button)
        steps.addWidget(self.reopen_button)
        steps.addStretch(1)
        state.addLayout(steps)
        state.addStretch(1)
        history = QVBoxLayout()
        history_label = QLabel(self.tr("History"))
        history_label.setBuddy(self.events_table)
        history.addWidget(history_label)
        history.addWidget(self.events_table)
        box = QHBoxLayout(case_box)
        box.addLayout(state, 2)
        box.addLayout(history, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(case_box)
        layout.addWidget(self.plan, 1)

    # -- loading ---------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """Read the cases again and show ``select`` (default: the shown or newest case)."""
        keep = select or (self._case.id if self._case is not None else None)
        row = self._refill(keep)
        if row is None and self.model.rowCount():
            row = 0
            self._select_row(row)
        if row is None:
            self._show(None)
        else:
            self._load_case(self.model.row_at(row).id)
        self.new_button.setEnabled(
            all(self.model.row_at(n).is_closed for n in range(self.model.rowCount()))
        )

    def _refill(self, keep: str | None) -> int | None:
        """Read the list and reselect ``keep`` without loading the case; return its row."""
        self._quiet = True
        try:
            self.model.set_rows(self._ctx.cases.cases_for_person(self._ctx.person_id))
            row = self.model.row_of(keep) if keep is not None else None
            if row is not None:
                self._select_row(row)
        finally:
            self._quiet = False
        return row

    def _select_row(self, row: int) -> None:
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        quiet, self._quiet = self._quiet, True
        try:
            self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
        finally:
            self._quiet = quiet

    def clear(self) -> None:
        """Show nothing (before a lock)."""
        self.model.set_rows([])
        self._case = None
        self.events.set_rows([], {})
        self.plan.model.clear()

    def select(self, case_id: str) -> None:
        """Show the case ``case_id``."""
        self.reload(case_id)

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not self._quiet and rows:
            self._load_case(self.model.row_at(rows[0].row()).id)

    def _load_case(self, case_id: str) -> None:
        """Read one case (audited by the service) and show it."""
        try:
            case = self._ctx.cases.get_case(case_id)
        except KnownError as exc:
            show_error(exc, self.window())
            return
        self._show(case)

    def _show(self, case: Case | None) -> None:
        self._case = case
        self._clear_steps()
        if case is None:
            self.status_label.setText(self.tr("No case is chosen."))
            self.closed_note.setVisible(False)
            self.close_button.setVisible(False)
            self.reopen_button.setVisible(False)
            self.events.set_rows([], {})
        else:
            self.status_label.setText(self._status_text(case))
            self.closed_note.setVisible(case.is_closed)
            self.close_button.setVisible(not case.is_closed)
            self.reopen_button.setVisible(case.is_closed)
            allowed = self._ctx.cases.allowed_transitions(case.id)
            if not case.is_closed:
                self._add_steps(sorted(allowed - {CaseStatus.CLOSED}, key=_LIFE_CYCLE.index))
            self.events.set_rows(self._ctx.cases.case_events(case.id), self._ctx.user_names())
            self.events_table.scrollToBottom()  # the latest change (e.g. the closing) in view
        self.plan.show_case(case)

    def _status_text(self, case: Case) -> str:
        lines = [
            self.tr("Status: %1").replace("%1", enum_label(case.status)),
            self.tr("Opened %1").replace("%1", format_day(case.opened_on)),
        ]
        if case.is_closed:
            reason = enum_label(case.closing_reason) if case.closing_reason else ""
            lines.append(
                self.tr("Closed %1: %2")
                .replace("%1", format_day(case.closed_on))
                .replace("%2", reason)
            )
            if case.outcome:
                lines.append(self.tr("Outcome: %1").replace("%1", case.outcome))
        return "\n".join(lines)

    def _clear_steps(self) -> None:
        for button in self.step_buttons.values():
            self.steps.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.step_buttons.clear()

    def _add_steps(self, targets: list[CaseStatus]) -> None:
        for target in targets:
            text = self.tr("Move to: %1").replace("%1", enum_label(target))
            button = QPushButton(text)
            button.setAccessibleName(text)
            button.setProperty("target", target.value)
            button.clicked.connect(self._step_clicked)
            self.steps.addWidget(button)
            self.step_buttons[target] = button

    # -- status changes --------------------------------------------------------------------

    def _step_clicked(self) -> None:
        button = self.sender()
        value = button.property("target") if isinstance(button, QPushButton) else None
        if isinstance(value, str):
            self.ask_step(CaseStatus(value))

    def ask_step(self, target: CaseStatus) -> QMessageBox | None:
        """Ask before moving the case to ``target`` (a forward step of its life cycle)."""
        if self._case is None:
            return None
        self._pending_target = target
        box = ask(
            self.window(),
            self.tr("Change status"),
            self.tr("Move the case from “%1” to “%2”?")
            .replace("%1", enum_label(self._case.status))
            .replace("%2", enum_label(target)),
            self.tr("&Move"),
            self.tr("Cancel"),
        )
        box.accepted.connect(self._step_confirmed)
        return box

    def _step_confirmed(self) -> None:
        target, self._pending_target = self._pending_target, None
        if target is not None:
            self._transition(TransitionInput(target))

    def _transition(self, data: TransitionInput) -> Case | None:
        if self._case is None:
            return None
        try:
            case = self.save_transition(data)
        except KnownError as exc:
            show_error(exc, self.window())
            return None
        return case

    def save_transition(self, data: TransitionInput) -> Case:
        """Ask the service to change the shown case's status (the record then reloads)."""
        assert self._case is not None
        case = self._ctx.cases.transition(
            self._case.id,
            data.target,
            reason=data.reason,
            closing_reason=data.closing_reason,
            outcome=data.outcome,
        )
        return case

    def close_case(self, reason: ClosingReason | None = None) -> CloseCaseDialog | None:
        """Open the closing dialog for the shown case (``reason`` preselected)."""
        if self._case is None or self._case.is_closed:
            return None
        dialog = CloseCaseDialog(
            self.save_transition, self._case.status, self.window(), reason=reason or None
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def reopen_case(self) -> ReopenCaseDialog | None:
        """Open the reopening dialog for the shown (closed) case."""
        if self._case is None or not self._case.is_closed:
            return None
        allowed = self._ctx.cases.allowed_transitions(self._case.id)
        target = min(allowed, key=_LIFE_CYCLE.index) if allowed else CaseStatus.INTAKE
        dialog = ReopenCaseDialog(self.save_transition, target, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_new_case(self) -> None:
        """Open a case in status intake (allowed when every earlier case is closed)."""
        try:
            case = self._ctx.cases.open_case(self._ctx.person_id, self._ctx.today())
        except KnownError as exc:
            show_error(exc, self.window())
            return
        self.reload(case.id)
