"""Dialog to add or change an activity of a medborgarlöfte ("Det här ska vi göra").

The form collects an ``ActivityInput``: the activity, who is responsible, the focus area
it serves (chosen among the promise's), the measurable target with its unit, and how the
result is counted. The meeting type is asked for only when held meetings count, the
measure kind and the area only when group-level measures (or their hours) count; a line
under the choice says what will be counted. Messages from ``validate_activity`` and from
the service appear under their fields.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QWidget

from sspf_desk.domain.enums import MeetingType
from sspf_desk.domain.group_level import MeasureKind
from sspf_desk.domain.promises import (
    COUNTABLE_MEETING_TYPES,
    Activity,
    ActivityCounting,
    ActivityInput,
    Promise,
    validate_activity,
)
from sspf_desk.ui.dialogs.form_dialog import FormDialog
from sspf_desk.ui.dialogs.promise_fields import amount_input, amount_problem, parse_amount
from sspf_desk.ui.models.promise_activities_model import counting_label, measure_kind_text
from sspf_desk.ui.pages.texts import enum_text
from sspf_desk.ui.ports_promises import ActivityEditorPort

_MEASURE_ROWS = ("measure_kind", "area")
_MEASURE_COUNTS = (ActivityCounting.MEASURES, ActivityCounting.MEASURE_HOURS)


class ActivityEditor(FormDialog[ActivityInput, Activity]):
    """Form for one activity of ``promise``; emits ``saved(Activity)`` after a save."""

    def __init__(
        self,
        activities: ActivityEditorPort,
        promise: Promise,
        existing: Activity | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self._store, parent)
        self._activities = activities
        self._promise = promise
        self._existing = existing
        self._suggested_unit = ""
        title = self.tr("New activity") if existing is None else self.tr("Activity")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._build()
        self._load(existing)
        self._counting_changed()
        self.finish_layout()
        self.setMinimumWidth(640)

    def _combo(self, name: str, label_text: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(accessible)
        combo.currentIndexChanged.connect(self._revalidate)
        label = QLabel(label_text)
        label.setBuddy(combo)
        self.add_row(name, label, combo)
        return combo

    def _build(self) -> None:
        self.title = self.add_edit(
            "title", self.tr("&Activity"), self.tr("e.g. Police presence in the town centre")
        )
        self.owner = self.add_edit(
            "owner", self.tr("&Responsible"), self.tr("e.g. Polisen, Kommunen – fältgruppen")
        )
        self.focus_area = self._combo("focus_area", self.tr("&Focus area"), self.tr("Focus area"))
        self.focus_area.addItem(self.tr("(none)"), "")
        for area in self._promise.data.focus_areas:
            self.focus_area.addItem(area, area)
        self.target = self.add_edit("target", self.tr("&Target"), self.tr("e.g. 4000"))
        self.unit = self.add_edit(
            "unit", self.tr("&Unit"), self.tr("What is counted, e.g. hours, occasions, meetings")
        )
        self.unit.setCompleter(QCompleter(self._units(), self.unit))
        self.counting = self._combo("counting", self.tr("&Counted"), self.tr("How it is counted"))
        for counting in ActivityCounting:
            self.counting.addItem(counting_label(counting), counting.value)
        self.counting.currentIndexChanged.connect(self._counting_changed)
        self.meeting_type = self._combo(
            "meeting_type", self.tr("&Meeting type"), self.tr("Meeting type counted")
        )
        for meeting_type in COUNTABLE_MEETING_TYPES:
            self.meeting_type.addItem(enum_text(meeting_type), meeting_type.value)
        self.measure_kind = self._combo(
            "measure_kind", self.tr("Measure &kind"), self.tr("Kind of measure counted")
        )
        for kind in MeasureKind:
            self.measure_kind.addItem(measure_kind_text(kind), kind.value)
        self.area = self.add_edit(
            "area", self.tr("Ar&ea"), self.tr("Empty: sites in every area count")
        )
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.form.addRow("", self.hint)

    def _units(self) -> list[str]:
        return [
            self.tr("hours"),
            self.tr("occasions"),
            self.tr("meetings"),
            self.tr("safety walks"),
        ]

    def _load(self, existing: Activity | None) -> None:
        if existing is None:
            return
        data = existing.data
        self.title.setText(data.title)
        self.owner.setText(data.owner)
        if data.focus_area and self.focus_area.findData(data.focus_area) < 0:
            self.focus_area.addItem(data.focus_area, data.focus_area)  # renamed since
        self.focus_area.setCurrentIndex(max(self.focus_area.findData(data.focus_area), 0))
        self.target.setText(amount_input(data.target))
        self.unit.setText(data.unit)
        self.counting.setCurrentIndex(self.counting.findData(data.counting.value))
        if data.meeting_type is not None:
            self.meeting_type.setCurrentIndex(self.meeting_type.findData(data.meeting_type.value))
        if data.measure_kind is not None:
            self.measure_kind.setCurrentIndex(self.measure_kind.findData(data.measure_kind.value))
        self.area.setText(data.area)

    # -- counting ----------------------------------------------------------------------------

    def chosen_counting(self) -> ActivityCounting:
        """The counting chosen."""
        return ActivityCounting(self.counting.currentData())

    def _counting_changed(self) -> None:
        counting = self.chosen_counting()
        self.set_rows_visible(("meeting_type",), counting is ActivityCounting.MEETINGS)
        self.set_rows_visible(_MEASURE_ROWS, counting in _MEASURE_COUNTS)
        year = str(self._promise.data.year)
        hints = {
            ActivityCounting.MANUAL: self.tr(
                "The result is the sum of the progress entries recorded for the activity."
            ),
            ActivityCounting.MEETINGS: self.tr(
                "Meetings of the type held in %1 count automatically (planned ones do not); "
                "progress entries recorded here are added."
            ),
            ActivityCounting.MEASURES: self.tr(
                "Each group-level measure of the kind done in %1 counts automatically; "
                "progress entries recorded here are added."
            ),
            ActivityCounting.MEASURE_HOURS: self.tr(
                "The hours of group-level measures of the kind done in %1 count automatically; "
                "progress entries recorded here are added."
            ),
        }
        self.hint.setText(hints[counting].replace("%1", year))
        if self.unit.text().strip() in ("", self._suggested_unit):
            units = {
                ActivityCounting.MEETINGS: self.tr("meetings"),
                ActivityCounting.MEASURES: self.tr("occasions"),
                ActivityCounting.MEASURE_HOURS: self.tr("hours"),
            }
            self._suggested_unit = units.get(counting, "")
            self.unit.setText(self._suggested_unit)

    # -- collecting ------------------------------------------------------------------------

    def _state(self) -> tuple[object, ...]:
        return (
            self.title.text(),
            self.owner.text(),
            self.focus_area.currentData(),
            self.target.text(),
            self.unit.text(),
            self.counting.currentData(),
            self.meeting_type.currentData(),
            self.measure_kind.currentData(),
            self.area.text(),
        )

    def collect(self) -> tuple[ActivityInput, dict[str, str]]:
        """Return the input from the form and the problems the form and the rules see.

        The meeting type and measure kind are kept only when the counting uses them.
        """
        counting = self.chosen_counting()
        problems: dict[str, str] = {}
        target_problem = amount_problem(self.target.text())
        target = None if target_problem else parse_amount(self.target.text())
        if target_problem is not None:
            problems["target"] = target_problem
        elif target is None:
            problems["target"] = self.tr("Enter the target, e.g. 4000.")
        measures = counting in _MEASURE_COUNTS
        data = ActivityInput(
            promise_id=self._promise.id,
            title=self.title.text().strip(),
            owner=self.owner.text().strip(),
            target=target if target is not None else 0.0,
            unit=self.unit.text().strip(),
            focus_area=str(self.focus_area.currentData() or ""),
            counting=counting,
            meeting_type=(
                MeetingType(self.meeting_type.currentData())
                if counting is ActivityCounting.MEETINGS
                else None
            ),
            measure_kind=MeasureKind(self.measure_kind.currentData()) if measures else None,
            area=self.area.text().strip() if measures else "",
        )
        return data, {**validate_activity(data), **problems}

    def _reveal(self, problems: dict[str, str]) -> None:
        if "meeting_type" in problems:
            self.set_rows_visible(("meeting_type",), True)
        if "measure_kind" in problems or "area" in problems:
            self.set_rows_visible(_MEASURE_ROWS, True)

    # -- saving ----------------------------------------------------------------------------

    def _store(self, data: ActivityInput) -> Activity:
        """Add the activity, or update it once it exists."""
        if self._existing is None:
            stored = self._activities.add_activity(data)
        else:
            stored = self._activities.update_activity(self._existing.id, data)
        self._existing = stored
        return stored

    @property
    def activity_id(self) -> str | None:
        """The id of the activity once it exists (set by the first successful save)."""
        return self._existing.id if self._existing is not None else None
