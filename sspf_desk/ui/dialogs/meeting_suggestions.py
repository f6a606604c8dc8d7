""" "Hämta förslag": the individual items that are due for a meeting, to take in with a tick.

The service looks for open cases waiting for consent, follow-ups due by the meeting's day
and plans that are done (a proposal to close), skipping young persons already on the
agenda, and runs the consent gate for each against the meeting's attendees. The search
runs on the task runner; the dialog lists the result with every suggestion ticked and
emits the ones still ticked. Blocked suggestions say which parties block them; taking one
in leads to the usual choice (anonymised or left out).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.domain import AgendaSection
from sspf_desk.services.meeting_planning_rows import AgendaSuggestion
from sspf_desk.ui.messages import error_text
from sspf_desk.ui.models.meeting_suggestions_model import (
    AreaColumn,
    AreaSuggestionsModel,
    MeetingSuggestionsModel,
    SuggestionColumn,
)
from sspf_desk.ui.ports_meetings import MeetingsPort
from sspf_desk.ui.tasks import TaskRunner
from sspf_desk.ui.widgets.tables import read_only_table


class SuggestionsDialog(QDialog):
    """Lists the suggestions for one meeting; emits ``chosen(list[AgendaSuggestion])``.

    Individual suggestions come first, then those at group and area level.
    """

    chosen = Signal(object)

    def __init__(
        self,
        meetings: MeetingsPort,
        meeting_id: str,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Suggested agenda items"))
        self.setAccessibleName(self.tr("Suggested agenda items"))
        self.resize(980, 480)
        self.model = MeetingSuggestionsModel(self)
        self.table = read_only_table(self.model, self.tr("Suggestions"))
        self._stretch(self.table, SuggestionColumn.REASON)
        self.individual_label = self._heading(self.tr("Individual level"), self.table)
        self.area_model = AreaSuggestionsModel(self)
        self.area_table = read_only_table(
            self.area_model, self.tr("Suggestions at group and area level")
        )
        self._stretch(self.area_table, AreaColumn.REASON)
        self.area_table.setWordWrap(True)  # the reason in full: a few rows, each a site
        self.area_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.area_label = self._heading(self.tr("Group and area level"), self.area_table)
        self.status = QLabel(self.tr("Looking for items that are due…"))
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.add_button = self.buttons.addButton(
            self.tr("&Add the ticked items"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setAccessibleName(self.tr("Add the ticked items"))
        self.add_button.setEnabled(False)
        close = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAccessibleName(self.tr("Close"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.model.dataChanged.connect(self._update)
        self.area_model.dataChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.individual_label)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.area_label)
        layout.addWidget(self.area_table, 1)
        layout.addWidget(self.buttons)
        self._show_groups()
        runner.run(lambda: meetings.due_items(meeting_id)).on_success(self._loaded).on_error(
            self._failed
        ).start()

    @staticmethod
    def _stretch(table: QTableView, column: int) -> None:
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    @staticmethod
    def _heading(text: str, table: QTableView) -> QLabel:
        label = QLabel(f"<b>{text}</b>")
        label.setBuddy(table)
        return label

    def _show_groups(self) -> None:
        """Show a group (heading and table) only when it has suggestions."""
        individual, area = self.model.rowCount() > 0, self.area_model.rowCount() > 0
        for widget in (self.individual_label, self.table):
            widget.setVisible(individual)
        for widget in (self.area_label, self.area_table):
            widget.setVisible(area)

    def _loaded(self, suggestions: list[AgendaSuggestion]) -> None:
        individual = [s for s in suggestions if s.section is AgendaSection.INDIVIDUALS]
        area = [s for s in suggestions if s.section is AgendaSection.AREA_LEVEL]
        self.model.set_rows(individual)
        self.area_model.set_rows(area)
        self.table.resizeColumnsToContents()
        self.area_table.resizeColumnsToContents()
        self._show_groups()
        if individual:
            self.status.setText(
                self.tr(
                    "Untick what should not be taken up. Names are shown here for you only: "
                    "on the agenda an item names the young person only if everyone present "
                    "may receive the information."
                )
            )
        elif area:
            self.status.setText(self.tr("Untick what should not be taken up."))
        else:
            self.status.setText(self.tr("Nothing is due for this meeting."))
        self._update()

    def _failed(self, exc: Exception) -> None:
        self.status.setText(error_text(exc))

    def checked(self) -> list[AgendaSuggestion]:
        """The ticked suggestions: individual ones first, then group and area level."""
        return [*self.model.checked(), *self.area_model.checked()]

    def _update(self) -> None:
        self.add_button.setEnabled(bool(self.checked()))

    def _accept(self) -> None:
        chosen = self.checked()
        if chosen:
            self.chosen.emit(chosen)
        self.accept()
