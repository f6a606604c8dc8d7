"""Dialog to plan a new meeting: its details, then the editor opens with the agenda.

The meeting is created through ``MeetingsPort.create_meeting`` with the standing agenda of
its type (and the items carried over from the previous meeting of that type) unless the
user unticks it. Attendees, agenda items and the minutes are then worked on in the
meeting editor, which the page opens on the saved meeting.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from sspf_desk.domain import MeetingInput, MeetingType
from sspf_desk.services.meeting_rows import MeetingDetail
from sspf_desk.ui.dialogs.form_dialog import FormDialog
from sspf_desk.ui.dialogs.meeting_fields import MeetingDetailsForm, default_title
from sspf_desk.ui.ports_meetings import MeetingsPort


class NewMeetingDialog(FormDialog[MeetingInput, MeetingDetail]):
    """Form for a new meeting; emits ``saved(MeetingDetail)`` after creating it."""

    def __init__(
        self,
        meetings: MeetingsPort,
        meeting_type: MeetingType = MeetingType.OPERATIONAL_GROUP,
        parent: QWidget | None = None,
    ) -> None:
        self._meetings = meetings
        super().__init__(self._create, parent)
        self.setWindowTitle(self.tr("Plan a meeting"))
        self.setAccessibleName(self.tr("Plan a meeting"))
        self.setMinimumWidth(560)
        self.details = MeetingDetailsForm()
        for name, label in self.details.error_labels.items():
            self.errors.add(name, label)
        self.details.load(MeetingInput(meeting_type, default_title(meeting_type), date.today()))
        self.standard = QCheckBox(self.tr("Start from the standing &agenda"))
        self.standard.setAccessibleName(self.tr("Start from the standing agenda"))
        self.standard.setChecked(True)
        note = QLabel(
            self.tr(
                "Open actions and follow-ups due from the previous meeting of this type are "
                "carried over. Attendees and agenda items are added in the meeting editor."
            )
        )
        note.setWordWrap(True)
        self.body.addWidget(self.details)
        self.body.addWidget(self.standard)
        self.body.addWidget(note)
        self.details.changed.connect(self._revalidate)
        self.finish_layout()

    def _create(self, data: MeetingInput) -> MeetingDetail:
        return self._meetings.create_meeting(data, (), standard_agenda=self.standard.isChecked())

    def collect(self) -> tuple[MeetingInput, dict[str, str]]:
        """Return the meeting's input and the problems the form sees."""
        return self.details.collect()

    def _state(self) -> tuple[object, ...]:
        return (*self.details.state(), self.standard.isChecked())

    def _reveal(self, problems: dict[str, str]) -> None:
        field = self.details.first_field(problems)
        if field is not None:
            field.setFocus()
