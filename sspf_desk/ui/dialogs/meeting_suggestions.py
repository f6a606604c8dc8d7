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
    QVBoxLayout,
    QWidget,
)

from sspf_desk.services.meeting_planning_rows import AgendaSuggestion
from sspf_desk.ui.messages import error_text
from sspf_desk.ui.models.meeting_suggestions_model import (
    MeetingSuggestionsModel,
    SuggestionColumn,
)
from sspf_desk.ui.ports_meetings import MeetingsPort
from sspf_desk.ui.tasks import TaskRunner
from sspf_desk.ui.widgets.tables import read_only_table


class SuggestionsDialog(QDialog):
    """Lists the suggestions for one meeting; emits ``chosen(list[AgendaSuggestion])``."""

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
        self.resize(980, 420)
        self.model = MeetingSuggestionsModel(self)
        self.table = read_only_table(self.model, self.tr("Suggestions"))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(SuggestionColumn.REASON, QHeaderView.ResizeMode.Stretch)
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
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        runner.run(lambda: meetings.due_items(meeting_id)).on_success(self._loaded).on_error(
            self._failed
        ).start()

    def _loaded(self, suggestions: list[AgendaSuggestion]) -> None:
        self.model.set_rows(suggestions)
        self.table.resizeColumnsToContents()
        if suggestions:
            self.status.setText(
                self.tr(
                    "Untick what should not be taken up. Names are shown here for you only: "
                    "on the agenda an item names the young person only if everyone present "
                    "may receive the information."
                )
            )
        else:
            self.status.setText(self.tr("Nothing is due for this meeting."))
        self._update()

    def _failed(self, exc: Exception) -> None:
        self.status.setText(error_text(exc))

    def _update(self) -> None:
        self.add_button.setEnabled(bool(self.model.checked()))

    def _accept(self) -> None:
        chosen = self.model.checked()
        if chosen:
            self.chosen.emit(chosen)
        self.accept()
