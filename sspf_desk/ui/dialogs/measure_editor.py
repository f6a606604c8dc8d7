"""Dialog to plan, record and follow up one measure at a place or group.

Every field of ``MeasureInput``: the kind, the description, the responsible sector and
organisation (never a private person), the planned day, the status with the day it was
done, the hours, the follow-up day and what the follow-up found. Hours can be given for
every kind; for police presence the form asks for them, since they count toward the
medborgarlöfte. Choosing "done" with no day fills in today. The meeting that agreed the
measure, when recorded, is kept as it is. Messages of ``validate_measure`` and of the
service appear under their fields.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from sspf_desk.domain.enums import ActionStatus, Sector
from sspf_desk.domain.group_level import Measure, MeasureInput, MeasureKind, validate_measure
from sspf_desk.ui.dialogs.form_dialog import FormDialog
from sspf_desk.ui.dialogs.site_parts import (
    TextBox,
    add_field,
    enum_combo,
    no_names_hint,
    parse_hours,
    select_value,
)
from sspf_desk.ui.models.measures_model import hours_text, measure_kind_text
from sspf_desk.ui.pages.texts import enum_text
from sspf_desk.ui.ports_group_level import MeasurePort
from sspf_desk.ui.widgets.date_field import DateField

_FOCUS_ORDER = (
    "kind",
    "description",
    "sector",
    "responsible",
    "planned_on",
    "status",
    "done_on",
    "hours",
    "follow_up_on",
    "follow_up",
)


class MeasureEditor(FormDialog[MeasureInput, Measure]):
    """Form for one measure; emits ``saved(Measure)`` after a successful save."""

    def __init__(
        self,
        port: MeasurePort,
        site_id: str,
        site_name: str,
        existing: Measure | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self._store, parent)
        self._port = port
        self._site_id = site_id
        self._existing = existing
        self._fields: dict[str, QWidget] = {}
        title = (
            self.tr("New measure – %1") if existing is None else self.tr("Measure – %1")
        ).replace("%1", site_name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(600)
        self._build()
        self.body.addWidget(no_names_hint())
        self._load(existing)
        self.finish_layout()
        self._connect()

    def _add(self, name: str, label_text: str, field: QWidget) -> None:
        label = add_field(self.form, self.errors, name, label_text, field)
        self._fields[name] = field
        self.rows[name] = (label, field)

    def _build(self) -> None:
        self.kind = enum_combo(self.tr("Kind of measure"), MeasureKind, measure_kind_text)
        self._add("kind", self.tr("&Measure"), self.kind)
        self.description = TextBox(
            self.tr("Description"),
            self.tr("What is done, e.g. evening field walks on Fridays and Saturdays."),
            lines=3,
        )
        self._add("description", self.tr("&Description"), self.description)
        self.sector = enum_combo(self.tr("Responsible sector"), Sector, enum_text)
        self._add("sector", self.tr("&Sector"), self.sector)
        self.responsible = QLineEdit()
        self.responsible.setAccessibleName(self.tr("Responsible organisation"))
        self.responsible.setPlaceholderText(
            self.tr("Organisation or function, e.g. the field workers, the local police")
        )
        self._add("responsible", self.tr("&Responsible"), self.responsible)
        self.planned_on = DateField(self.tr("Planned date"))
        self._add("planned_on", self.tr("&Planned"), self.planned_on)
        self.status = enum_combo(self.tr("Status"), ActionStatus, enum_text)
        self._add("status", self.tr("S&tatus"), self.status)
        self.done_on = DateField(self.tr("Date done"))
        self._add("done_on", self.tr("D&one"), self.done_on)
        self.hours = QLineEdit()
        self.hours.setAccessibleName(self.tr("Hours"))
        self.hours.setMaximumWidth(self.hours.fontMetrics().horizontalAdvance("0000,00") + 24)
        self.hours_hint = QLabel()
        self.hours_hint.setWordWrap(True)
        hours_row = QWidget()
        row = QHBoxLayout(hours_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.hours)
        row.addWidget(self.hours_hint, 1)
        hours_row.setFocusProxy(self.hours)
        self._add("hours", self.tr("&Hours"), hours_row)
        self.follow_up_on = DateField(self.tr("Follow-up date"))
        self._add("follow_up_on", self.tr("&Follow-up date"), self.follow_up_on)
        self.follow_up = TextBox(
            self.tr("Follow-up"), self.tr("What the measure led to, found at the follow-up."), 3
        )
        self._add("follow_up", self.tr("Follow-up &result"), self.follow_up)

    def _connect(self) -> None:
        for edit in (self.responsible, self.hours):
            edit.textChanged.connect(self._revalidate)
        for box in (self.description, self.follow_up):
            box.textChanged.connect(self._revalidate)
        for field in (self.planned_on, self.done_on, self.follow_up_on):
            field.changed.connect(self._revalidate)
        self.sector.currentIndexChanged.connect(self._revalidate)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.status.currentIndexChanged.connect(self._status_changed)

    def _load(self, existing: Measure | None) -> None:
        data = (
            existing.data
            if existing is not None
            else MeasureInput(self._site_id, MeasureKind.FIELD_WALK, "", Sector.LEISURE)
        )
        select_value(self.kind, data.kind)
        self.description.setPlainText(data.description)
        select_value(self.sector, data.sector)
        self.responsible.setText(data.responsible)
        self.planned_on.set_value(data.planned_on)
        select_value(self.status, data.status)
        self.done_on.set_value(data.done_on)
        self.hours.setText(hours_text(data.hours))
        self.follow_up_on.set_value(data.follow_up_on)
        self.follow_up.setPlainText(data.follow_up)
        self._kind_changed()

    # -- behaviour ---------------------------------------------------------------------------

    def chosen_kind(self) -> MeasureKind:
        """The kind of measure chosen."""
        return MeasureKind(self.kind.currentData())

    def chosen_status(self) -> ActionStatus:
        """The status chosen."""
        return ActionStatus(self.status.currentData())

    def _kind_changed(self) -> None:
        """Police presence asks for its hours; other kinds take them when recorded."""
        if self.chosen_kind() is MeasureKind.POLICE_PRESENCE:
            self.hours_hint.setText(
                self.tr("Hours of police presence count toward the citizen promise.")
            )
            self.hours.setPlaceholderText(self.tr("e.g. 4"))
        else:
            self.hours_hint.setText(self.tr("If recorded (optional)."))
            self.hours.setPlaceholderText("")
        self._revalidate()

    def _status_changed(self) -> None:
        """Done with no day yet: today."""
        if self.chosen_status() is ActionStatus.DONE and not self.done_on.edit.text().strip():
            self.done_on.set_value(date.today())
        self._revalidate()

    # -- collecting --------------------------------------------------------------------------

    def _state(self) -> tuple[object, ...]:
        return (
            self.kind.currentData(),
            self.description.toPlainText(),
            self.sector.currentData(),
            self.responsible.text(),
            self.planned_on.edit.text(),
            self.status.currentData(),
            self.done_on.edit.text(),
            self.hours.text(),
            self.follow_up_on.edit.text(),
            self.follow_up.toPlainText(),
        )

    def _hours(self, problems: dict[str, str]) -> float | None:
        try:
            return parse_hours(self.hours.text())
        except ValueError:
            problems["hours"] = self.tr("Write the hours as a number, e.g. 2,5.")
            return None

    def collect(self) -> tuple[MeasureInput, dict[str, str]]:
        """Return the measure from the form and the problems the rules see."""
        problems: dict[str, str] = {}
        for name, field in (
            ("planned_on", self.planned_on),
            ("done_on", self.done_on),
            ("follow_up_on", self.follow_up_on),
        ):
            problem = field.problem()
            if problem is not None:
                problems[name] = problem
        data = MeasureInput(
            site_id=self._site_id,
            kind=self.chosen_kind(),
            description=self.description.toPlainText().strip(),
            sector=Sector(self.sector.currentData()),
            responsible=self.responsible.text().strip(),
            planned_on=self.planned_on.value(),
            done_on=self.done_on.value(),
            status=self.chosen_status(),
            hours=self._hours(problems),
            meeting_id=self._existing.data.meeting_id if self._existing is not None else None,
            follow_up_on=self.follow_up_on.value(),
            follow_up=self.follow_up.toPlainText().strip(),
        )
        return data, {**validate_measure(data, today=date.today()), **problems}

    def _reveal(self, problems: dict[str, str]) -> None:
        name = next((name for name in _FOCUS_ORDER if name in problems), None)
        if name is not None:
            self._fields[name].setFocus()

    # -- saving ------------------------------------------------------------------------------

    def _store(self, data: MeasureInput) -> Measure:
        if self._existing is None:
            stored = self._port.add_measure(data)
        else:
            stored = self._port.update_measure(self._existing.id, data)
        self._existing = stored
        return stored

    @property
    def measure_id(self) -> str | None:
        """The id of the measure once it exists."""
        return self._existing.id if self._existing is not None else None
