"""Dialogs that add attendees to a meeting: one professional, or a young person's family.

``AttendeeDialog`` collects one ``Attendee`` (name, sector, organisation, role,
attendance). ``FamilyDialog`` adds a young person and their guardians as "family
attendees" (linked to the young person, so the consent gate knows that items about that
young person are their own information, and that items about anyone else are not).
Both hand their result to a ``save`` callable that stores the whole list of attendees
and returns the agenda items the new attendance blocks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QComboBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from sspf_desk.domain import (
    AttendanceStatus,
    Attendee,
    CustodyType,
    Relationship,
    Sector,
    validate_attendee,
)
from sspf_desk.errors import KnownError
from sspf_desk.services.meeting_rows import GatedItem
from sspf_desk.services.person_rows import RelatedPersonRow
from sspf_desk.ui.dialogs.form_dialog import FormDialog
from sspf_desk.ui.messages import error_text
from sspf_desk.ui.models.meeting_attendees_model import attendance_text
from sspf_desk.ui.pages.texts import enum_text
from sspf_desk.ui.ports_meetings import MeetingPersonsPort
from sspf_desk.ui.widgets.person_picker import PersonPicker

#: Stores the attendees; returns the items the new attendance blocks.
SaveAttendees = Callable[[Sequence[Attendee]], tuple[GatedItem, ...]]

YOUNG_PERSON_ROLE = "den unge"
_FAMILY_ROLES = {
    Relationship.GUARDIAN: "vårdnadshavare",
    Relationship.PARENT: "förälder",
    Relationship.SIBLING: "syskon",
    Relationship.OTHER: "närstående",
}


class AttendeeDialog(FormDialog[Attendee, tuple[GatedItem, ...]]):
    """Form for one attendee; ``save`` stores it in the meeting's list."""

    def __init__(
        self,
        save: Callable[[Attendee], tuple[GatedItem, ...]],
        initial: Attendee | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self._initial = initial or Attendee(name="", sector=Sector.SCHOOL)
        title = self.tr("New attendee") if initial is None else self.tr("Edit attendee")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(480)
        self.add_edit("name", self.tr("&Name"))
        self.sector = self._combo("sector", self.tr("&Sector"))
        for sector in Sector:
            self.sector.addItem(enum_text(sector), sector.value)
        self.add_edit("organisation", self.tr("&Organisation"), self.tr("e.g. the school's name"))
        self.add_edit("role", self.tr("&Role"), self.tr("e.g. principal, community police"))
        self.status = self._combo("status", self.tr("&Attendance"))
        self.status.addItem(attendance_text(None), "")
        for status in AttendanceStatus:
            self.status.addItem(enum_text(status), status.value)
        self._load(self._initial)
        self.finish_layout()

    def _combo(self, name: str, text: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(text.replace("&", ""))
        combo.currentIndexChanged.connect(self._revalidate)
        label = QLabel(text)
        label.setBuddy(combo)
        self.add_row(name, label, combo)
        return combo

    def _load(self, attendee: Attendee) -> None:
        self.edit("name").setText(attendee.name)
        self.edit("organisation").setText(attendee.organisation)
        self.edit("role").setText(attendee.role)
        self.sector.setCurrentIndex(max(self.sector.findData(attendee.sector.value), 0))
        status = attendee.status.value if attendee.status is not None else ""
        self.status.setCurrentIndex(max(self.status.findData(status), 0))

    def _state(self) -> tuple[object, ...]:
        texts = tuple(edit.text() for edit in self.edits.values())
        return (*texts, self.sector.currentData(), self.status.currentData())

    def collect(self) -> tuple[Attendee, dict[str, str]]:
        """Return the attendee and the problems the rules see."""
        status = self.status.currentData()
        attendee = replace(
            self._initial,
            name=self.edit("name").text().strip(),
            sector=Sector(self.sector.currentData()),
            organisation=self.edit("organisation").text().strip(),
            role=self.edit("role").text().strip(),
            status=AttendanceStatus(status) if status else None,
        )
        return attendee, validate_attendee(attendee)


def family_attendees(
    young_person_id: str,
    name: str,
    related: Sequence[RelatedPersonRow],
    *,
    with_young_person: bool = True,
) -> list[Attendee]:
    """The young person (if asked) and ``related`` as family attendees of ``young_person_id``."""
    found = []
    if with_young_person:
        found.append(
            Attendee(name, Sector.OTHER, YOUNG_PERSON_ROLE, young_person_id=young_person_id)
        )
    for row in related:
        sector = (
            Sector.GUARDIAN
            if row.relationship in (Relationship.GUARDIAN, Relationship.PARENT)
            else Sector.OTHER
        )
        found.append(
            Attendee(
                f"{row.first_name} {row.last_name}".strip(),
                sector,
                _FAMILY_ROLES[row.relationship],
                young_person_id=young_person_id,
            )
        )
    return found


class FamilyDialog(FormDialog[list[Attendee], tuple[GatedItem, ...]]):
    """Choose a young person, then who of them and their related persons attend."""

    def __init__(
        self, persons: MeetingPersonsPort, save: SaveAttendees, parent: QWidget | None = None
    ) -> None:
        super().__init__(save, parent)
        self._persons = persons
        self._related: list[tuple[QCheckBox, RelatedPersonRow]] = []
        self._name = ""
        title = self.tr("Add the young person and guardians")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(560)
        self.picker = PersonPicker(persons)
        self.picker.new_button.setVisible(False)
        self.picker.changed.connect(self._person_changed)
        label = QLabel(self.tr("&Young person"))
        label.setBuddy(self.picker)
        self.add_row("young_person_id", label, self.picker)
        self.who = QGroupBox(self.tr("Who attends"))
        self.who_layout = QVBoxLayout(self.who)
        self.young_person = QCheckBox(self.tr("The young person"))
        self.young_person.setChecked(True)
        self.young_person.toggled.connect(self._revalidate)
        self.who_layout.addWidget(self.young_person)
        self.body.addWidget(self.who)
        note = QLabel(
            self.tr(
                "Guardians with custody are ticked. Family attendees may hear the items "
                "about their own young person; every item about someone else is then "
                "discussed anonymised or left out."
            )
        )
        note.setWordWrap(True)
        self.body.addWidget(note)
        self.finish_layout()
        self._person_changed()

    def _person_changed(self) -> None:
        for box, _row in self._related:
            self.who_layout.removeWidget(box)
            box.deleteLater()
        self._related = []
        person_id = self.picker.person_id()
        self.who.setEnabled(person_id is not None)
        if person_id is not None:
            try:
                person = self._persons.get_young_person(person_id)
                related = self._persons.list_related_persons(person_id)
            except KnownError as exc:
                self.errors.show_general(error_text(exc))
                return
            self._name = f"{person.first_name} {person.last_name}".strip()
            for row in related:
                text = f"{row.first_name} {row.last_name} ({_FAMILY_ROLES[row.relationship]})"
                box = QCheckBox(text)
                box.setChecked(
                    row.relationship is Relationship.GUARDIAN
                    and row.custody_type is not CustodyType.NONE
                )
                box.toggled.connect(self._revalidate)
                self.who_layout.addWidget(box)
                self._related.append((box, row))
        self._revalidate()

    def _state(self) -> tuple[object, ...]:
        ticks = tuple(box.isChecked() for box, _row in self._related)
        return (self.picker.person_id(), self.young_person.isChecked(), ticks)

    def collect(self) -> tuple[list[Attendee], dict[str, str]]:
        """Return the family attendees chosen and what is missing."""
        person_id = self.picker.person_id()
        if person_id is None:
            return [], {"young_person_id": self.tr("Choose the young person.")}
        chosen = [row for box, row in self._related if box.isChecked()]
        attendees = family_attendees(
            person_id, self._name, chosen, with_young_person=self.young_person.isChecked()
        )
        if not attendees:
            return [], {"young_person_id": self.tr("Tick at least one person who attends.")}
        return attendees, {}
