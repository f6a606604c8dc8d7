"""The meeting's details as a form block: type, title, day, times, place and the roles.

``MeetingDetailsForm`` is used by the new-meeting dialog and by the editor's Details tab:
``load`` fills it from a ``MeetingInput``, ``collect`` returns the input with the problems
the form and the domain rules see (keyed like the service's ``ValidationError``, so the
service's messages land under the same fields), ``set_read_only`` locks it. ``TimeField``
is an optional time typed as ``HH:MM``.
"""

from __future__ import annotations

import re
from datetime import date, time

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from sspf_desk.domain import MeetingInput, MeetingType, label, validate_meeting
from sspf_desk.ui.pages.texts import enum_text
from sspf_desk.ui.widgets.date_field import DateField
from sspf_desk.ui.widgets.field_errors import ErrorLabel, with_error_label

_TIME = re.compile(r"(\d{1,2})(?:[:.]?(\d{2}))?")
_TEXTS = ("title", "place", "chair", "secretary", "approver")


def parse_time(text: str) -> time | None:
    """Read ``HH:MM`` (also ``HH.MM``, ``HHMM`` or ``HH``); None when empty.

    Raises:
        ValueError: The text is not a time of day.
    """
    text = text.strip()
    if not text:
        return None
    match = _TIME.fullmatch(text)
    if match is None:
        raise ValueError(text)
    return time(int(match.group(1)), int(match.group(2) or 0))


def time_text(value: time | None) -> str:
    """``HH:MM`` (empty for None)."""
    return value.strftime("%H:%M") if value is not None else ""


def default_title(meeting_type: MeetingType) -> str:
    """The title a new meeting starts with: its type in Swedish (the minutes' language)."""
    return label(meeting_type, "sv")


class TimeField(QLineEdit):
    """An optional time of day typed as ``HH:MM``."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setPlaceholderText(self.tr("HH:MM"))
        self.setMaxLength(5)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00:00") * 3)

    def value(self) -> time | None:
        """The time typed, or None when empty or unreadable."""
        try:
            return parse_time(self.text())
        except ValueError:
            return None

    def problem(self) -> str | None:
        """A message when the text is not a time (empty is no problem)."""
        try:
            parse_time(self.text())
        except ValueError:
            return self.tr("Write the time as HH:MM, e.g. 13:00.")
        return None

    def set_value(self, value: time | None) -> None:
        """Show ``value`` (or nothing)."""
        self.setText(time_text(value))


class MeetingDetailsForm(QWidget):
    """Type, title, day, start and end, place, chair, secretary and approver."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error_labels: dict[str, ErrorLabel] = {}
        self._series_id: str | None = None
        self._auto_title = ""
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.meeting_type = QComboBox()
        self.meeting_type.setAccessibleName(self.tr("Meeting type"))
        for kind in MeetingType:
            self.meeting_type.addItem(enum_text(kind), kind.value)
        self._row("meeting_type", self.tr("&Type"), self.meeting_type)
        self.title = self._edit(
            "title", self.tr("T&itle"), self.tr("No names: it goes to calendars")
        )
        self.held_on = DateField(self.tr("Date of the meeting"))
        self._row("held_on", self.tr("&Date"), self.held_on)
        self.starts_at = TimeField(self.tr("Start time"))
        self._row("starts_at", self.tr("&Starts"), self.starts_at)
        self.ends_at = TimeField(self.tr("End time"))
        self._row("ends_at", self.tr("&Ends"), self.ends_at)
        self.place = self._edit("place", self.tr("&Place"), self.tr("e.g. the town hall, room 3"))
        self.chair = self._edit("chair", self.tr("&Chair"), self.tr("Name or role"))
        self.secretary = self._edit("secretary", self.tr("Minute-ta&ker"), self.tr("Name or role"))
        self.approver = self._edit(
            "approver", self.tr("&Approver (justerare)"), self.tr("Name or role")
        )
        self.meeting_type.currentIndexChanged.connect(self._type_changed)
        self.held_on.changed.connect(self.changed)
        for field in (self.title, self.starts_at, self.ends_at, self.place):
            field.textChanged.connect(self.changed)
        for field in (self.chair, self.secretary, self.approver):
            field.textChanged.connect(self.changed)

    def _row(self, name: str, text: str, field: QWidget) -> None:
        box, error = with_error_label(field)
        label_widget = QLabel(text)
        label_widget.setBuddy(field)
        self.layout_.addRow(label_widget, box)
        self.error_labels[name] = error

    def _edit(self, name: str, text: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(text.replace("&", ""))
        edit.setPlaceholderText(placeholder)
        self._row(name, text, edit)
        return edit

    def chosen_type(self) -> MeetingType:
        """The meeting type chosen."""
        return MeetingType(self.meeting_type.currentData() or MeetingType.OPERATIONAL_GROUP.value)

    def _type_changed(self) -> None:
        # A title the user has not written follows the type.
        if self.title.text() in ("", self._auto_title):
            self._auto_title = default_title(self.chosen_type())
            self.title.setText(self._auto_title)
        self.changed.emit()

    def load(self, data: MeetingInput) -> None:
        """Fill the form from ``data``."""
        self._series_id = data.series_id
        self.title.setText(data.title)
        self._auto_title = data.title if data.title == default_title(data.meeting_type) else ""
        self.meeting_type.setCurrentIndex(max(self.meeting_type.findData(data.meeting_type), 0))
        self.held_on.set_value(data.held_on)
        self.starts_at.set_value(data.starts_at)
        self.ends_at.set_value(data.ends_at)
        for name in _TEXTS[1:]:
            edit: QLineEdit = getattr(self, name)
            edit.setText(str(getattr(data, name)))

    def state(self) -> tuple[object, ...]:
        """What the user can change (to tell whether the form is dirty)."""
        texts = tuple(getattr(self, name).text() for name in _TEXTS)
        return (
            self.meeting_type.currentData(),
            self.held_on.edit.text(),
            self.starts_at.text(),
            self.ends_at.text(),
            *texts,
        )

    def collect(self) -> tuple[MeetingInput, dict[str, str]]:
        """Return the input and the problems the form and the domain rules see."""
        problems: dict[str, str] = {}
        held_on = self.held_on.value()
        date_problem = self.held_on.problem()
        if date_problem is not None:
            problems["held_on"] = date_problem
        elif held_on is None:
            problems["held_on"] = self.tr("Enter the date of the meeting.")
        for name, field in (("starts_at", self.starts_at), ("ends_at", self.ends_at)):
            time_problem = field.problem()
            if time_problem is not None:
                problems[name] = time_problem
        data = MeetingInput(
            meeting_type=self.chosen_type(),
            title=self.title.text().strip(),
            held_on=held_on or date.today(),
            starts_at=self.starts_at.value(),
            ends_at=self.ends_at.value(),
            place=self.place.text().strip(),
            series_id=self._series_id,
            chair=self.chair.text().strip(),
            secretary=self.secretary.text().strip(),
            approver=self.approver.text().strip(),
        )
        return data, {**validate_meeting(data), **problems}

    def set_read_only(self, read_only: bool) -> None:
        """Lock or unlock every field (finalized minutes)."""
        for name in _TEXTS:
            getattr(self, name).setReadOnly(read_only)
        for field in (self.starts_at, self.ends_at, self.held_on.edit):
            field.setReadOnly(read_only)
        self.held_on.button.setEnabled(not read_only)
        self.meeting_type.setEnabled(not read_only)

    def first_field(self, problems: dict[str, str]) -> QWidget | None:
        """The first field with a problem, in form order (to give it the focus)."""
        fields: dict[str, QWidget] = {
            "meeting_type": self.meeting_type,
            "title": self.title,
            "held_on": self.held_on,
            "starts_at": self.starts_at,
            "ends_at": self.ends_at,
        }
        fields.update({name: getattr(self, name) for name in _TEXTS[1:]})
        return next((field for name, field in fields.items() if name in problems), None)
