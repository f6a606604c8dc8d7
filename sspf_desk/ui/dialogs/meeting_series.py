"""Dialog to plan a recurring series of meetings (e.g. the operational group every other week).

Collects a ``MeetingSeriesInput``: type, title, place, the first day, the interval in
weeks, the times and how many meetings to plan. A line under the form says in words what
will be created (weekday, rhythm, the last day). ``MeetingPlanningPort.create_series``
creates the series and its planned meetings, each with the standing agenda.
"""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from sspf_desk.domain import MeetingType
from sspf_desk.domain.meeting_series import (
    MAX_INTERVAL_WEEKS,
    MAX_SERIES_COUNT,
    MeetingSeriesInput,
    validate_meeting_series,
)
from sspf_desk.ui.dialogs.form_dialog import FormDialog
from sspf_desk.ui.dialogs.meeting_fields import TimeField, default_title
from sspf_desk.ui.pages.texts import enum_text
from sspf_desk.ui.ports_meetings import MeetingPlanningPort
from sspf_desk.ui.widgets.date_field import DateField


class MeetingSeriesDialog(FormDialog[MeetingSeriesInput, list[str]]):
    """Form for a new series; emits ``saved(list of meeting ids)`` after creating it."""

    def __init__(
        self,
        planning: MeetingPlanningPort,
        meeting_type: MeetingType = MeetingType.OPERATIONAL_GROUP,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(planning.create_series, parent)
        self.setWindowTitle(self.tr("Plan a meeting series"))
        self.setAccessibleName(self.tr("Plan a meeting series"))
        self.setMinimumWidth(560)
        self._auto_title = default_title(meeting_type)
        self._build(meeting_type)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What will be planned"))
        self.body.addWidget(self.summary)
        self.finish_layout()
        self._changed()

    def _field(self, name: str, text: str, field: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        self.add_row(name, label, field)

    def _spin(self, name: str, text: str, low: int, high: int, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setMaximumWidth(spin.fontMetrics().horizontalAdvance("0000") * 3)
        spin.setAccessibleName(text.replace("&", ""))
        spin.lineEdit().setAccessibleName(text.replace("&", ""))
        spin.valueChanged.connect(self._changed)
        self._field(name, text, spin)
        return spin

    def _build(self, meeting_type: MeetingType) -> None:
        self.meeting_type = QComboBox()
        self.meeting_type.setAccessibleName(self.tr("Meeting type"))
        for kind in MeetingType:
            self.meeting_type.addItem(enum_text(kind), kind.value)
        self.meeting_type.setCurrentIndex(max(self.meeting_type.findData(meeting_type), 0))
        self.meeting_type.currentIndexChanged.connect(self._type_changed)
        self._field("meeting_type", self.tr("&Type"), self.meeting_type)
        self.add_edit("title", self.tr("T&itle"), self.tr("No names: it goes to calendars"))
        self.edit("title").setText(self._auto_title)
        self.add_edit("place", self.tr("&Place"), self.tr("e.g. the town hall, room 3"))
        self.first_on = DateField(self.tr("Date of the first meeting"))
        self.first_on.set_value(date.today())
        self.first_on.changed.connect(self._changed)
        self._field("first_on", self.tr("&First meeting"), self.first_on)
        self.interval = self._spin(
            "interval_weeks", self.tr("Every &n weeks"), 1, MAX_INTERVAL_WEEKS, 2
        )
        self.starts_at = TimeField(self.tr("Start time"))
        self.starts_at.setText("13:00")
        self.starts_at.textChanged.connect(self._changed)
        self._field("starts_at", self.tr("&Starts"), self.starts_at)
        self.ends_at = TimeField(self.tr("End time"))
        self.ends_at.setText("14:30")
        self.ends_at.textChanged.connect(self._changed)
        self._field("ends_at", self.tr("&Ends"), self.ends_at)
        self.count = self._spin("count", self.tr("&Number of meetings"), 1, MAX_SERIES_COUNT, 10)

    def _type_changed(self) -> None:
        title = self.edit("title")
        if title.text() in ("", self._auto_title):
            self._auto_title = default_title(self.chosen_type())
            title.setText(self._auto_title)
        self._changed()

    def chosen_type(self) -> MeetingType:
        """The meeting type chosen."""
        return MeetingType(self.meeting_type.currentData() or MeetingType.OPERATIONAL_GROUP.value)

    def _changed(self) -> None:
        self._revalidate()
        first, starts = self.first_on.value(), self.starts_at.value()
        if first is None or starts is None:
            self.summary.clear()
            return
        last = first + timedelta(weeks=self.interval.value() * (self.count.value() - 1))
        weeks = self.interval.value()
        rhythm = (
            self.tr("every week")
            if weeks == 1
            else self.tr("every %1 weeks").replace("%1", f"{weeks}")
        )
        self.summary.setText(
            self.tr("%1 meetings, %2 on %3 at %4, from %5 to %6.")
            .replace("%1", str(self.count.value()))
            .replace("%2", rhythm)
            .replace("%3", _weekday(first))
            .replace("%4", starts.strftime("%H:%M"))
            .replace("%5", first.isoformat())
            .replace("%6", last.isoformat())
        )

    def _state(self) -> tuple[object, ...]:
        texts = tuple(edit.text() for edit in self.edits.values())
        return (
            *texts,
            self.meeting_type.currentData(),
            self.first_on.edit.text(),
            self.interval.value(),
            self.starts_at.text(),
            self.ends_at.text(),
            self.count.value(),
        )

    def collect(self) -> tuple[MeetingSeriesInput, dict[str, str]]:
        """Return the series' input and the problems the form sees."""
        problems: dict[str, str] = {}
        first = self.first_on.value()
        if self.first_on.problem() is not None:
            problems["first_on"] = self.first_on.problem() or ""
        elif first is None:
            problems["first_on"] = self.tr("Enter the date of the first meeting.")
        for name, field in (("starts_at", self.starts_at), ("ends_at", self.ends_at)):
            problem = field.problem()
            if problem is not None:
                problems[name] = problem
        starts = self.starts_at.value()
        if starts is None and "starts_at" not in problems:
            problems["starts_at"] = self.tr("Enter the start time.")
        ends = self.ends_at.value()
        if starts is not None and ends is not None and ends <= starts:
            problems["ends_at"] = self.tr("The end must be after the start.")
        title: QLineEdit = self.edit("title")
        data = MeetingSeriesInput(
            meeting_type=self.chosen_type(),
            title=title.text().strip(),
            place=self.edit("place").text().strip(),
            first_on=first or date.today(),
            interval_weeks=self.interval.value(),
            starts_at=starts or time(0, 0),
            ends_at=ends,
            count=self.count.value(),
        )
        return data, {**validate_meeting_series(data), **problems}

    def _reveal(self, problems: dict[str, str]) -> None:
        fields: dict[str, QWidget] = {
            "first_on": self.first_on,
            "starts_at": self.starts_at,
            "ends_at": self.ends_at,
        }
        field = next((widget for name, widget in fields.items() if name in problems), None)
        if field is not None:
            field.setFocus()


def _weekday(day: date) -> str:
    """The weekday of ``day`` in the UI's language (plural: "on Tuesdays")."""
    names = (
        QCoreApplication.translate("MeetingSeriesDialog", "Mondays"),
        QCoreApplication.translate("MeetingSeriesDialog", "Tuesdays"),
        QCoreApplication.translate("MeetingSeriesDialog", "Wednesdays"),
        QCoreApplication.translate("MeetingSeriesDialog", "Thursdays"),
        QCoreApplication.translate("MeetingSeriesDialog", "Fridays"),
        QCoreApplication.translate("MeetingSeriesDialog", "Saturdays"),
        QCoreApplication.translate("MeetingSeriesDialog", "Sundays"),
    )
    return names[day.weekday()]
