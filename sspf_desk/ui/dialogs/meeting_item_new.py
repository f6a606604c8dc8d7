"""Dialog to add an agenda item (§), optionally about one young person.

The item goes in at the end of its section unless another position is chosen. An item
about a young person is named: the service runs the consent gate over the meeting's
attendees, and when it blocks, ``GateChoiceDialog`` says which party is not covered and
why, and asks whether to discuss the item anonymised, leave it out, or cancel (the form
then stays open with the gate's summary under the young person). Situation-picture and
area-level items never name a young person: the person field is off for them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox, QWidget

from sspf_desk.domain import AgendaItem, AgendaSection, label, validate_agenda_item
from sspf_desk.domain.agenda import GateOption
from sspf_desk.domain.meetings import NON_IDENTIFYING_SECTIONS
from sspf_desk.services.meeting_rows import GateBlockedError, GatedItem
from sspf_desk.ui.dialogs.form_dialog import FormDialog
from sspf_desk.ui.dialogs.meeting_gate import GateChoiceDialog, as_option
from sspf_desk.ui.pages.texts import enum_text
from sspf_desk.ui.ports_meetings import MeetingPersonsPort, MeetingsPort
from sspf_desk.ui.widgets.person_picker import PersonPicker

#: The order sections follow on a standing agenda ("any other business" before closing).
SECTION_ORDER = (
    AgendaSection.OPENING,
    AgendaSection.PREVIOUS_MINUTES,
    AgendaSection.SITUATION_PICTURE,
    AgendaSection.AREA_LEVEL,
    AgendaSection.INDIVIDUALS,
    AgendaSection.DECISIONS,
    AgendaSection.OTHER,
    AgendaSection.NEXT_MEETING,
)


def insert_number(items: Sequence[AgendaItem], section: AgendaSection) -> int:
    """Where a new item of ``section`` goes: after the section's last item, else before the
    first item of a later section, else at the end."""
    same = [item.number for item in items if item.section is section]
    if same:
        return max(same) + 1
    rank = SECTION_ORDER.index(section)
    later = [item.number for item in items if SECTION_ORDER.index(item.section) > rank]
    return min(later) if later else len(items) + 1


class NewAgendaItemDialog(FormDialog[AgendaItem, GatedItem]):
    """Form for a new agenda item; emits ``saved(GatedItem)`` once it is on the agenda."""

    def __init__(
        self,
        meetings: MeetingsPort,
        persons: MeetingPersonsPort,
        meeting_id: str,
        items: Sequence[AgendaItem],
        parent: QWidget | None = None,
    ) -> None:
        self._meetings = meetings
        self._meeting_id = meeting_id
        self._items = tuple(items)
        self.gate_dialog: GateChoiceDialog | None = None
        super().__init__(self._add, parent)
        self.setWindowTitle(self.tr("New agenda item"))
        self.setAccessibleName(self.tr("New agenda item"))
        self.setMinimumWidth(620)
        self._auto_title = ""
        self.section = QComboBox()
        self.section.setAccessibleName(self.tr("Section"))
        for section in SECTION_ORDER:
            self.section.addItem(enum_text(section), section.value)
        self._field("section", self.tr("&Section"), self.section)
        self.add_edit("title", self.tr("T&itle"), self.tr("e.g. Follow-up of the action plan"))
        self.picker = PersonPicker(persons)
        self.picker.changed.connect(self._revalidate)
        self._field("young_person_id", self.tr("&Young person (optional)"), self.picker)
        self.number = QSpinBox()
        self.number.setAccessibleName(self.tr("Paragraph number"))
        self.number.lineEdit().setAccessibleName(self.tr("Paragraph number"))
        self.number.setRange(1, len(self._items) + 1)
        self.number.setPrefix("§ ")
        self._field("number", self.tr("&Position"), self.number)
        self.section.currentIndexChanged.connect(self._section_changed)
        self.section.setCurrentIndex(SECTION_ORDER.index(AgendaSection.INDIVIDUALS))
        self._section_changed()
        self.finish_layout()

    def _field(self, name: str, text: str, field: QWidget) -> None:
        label_widget = QLabel(text)
        label_widget.setBuddy(field)
        self.add_row(name, label_widget, field)

    def chosen_section(self) -> AgendaSection:
        """The section chosen."""
        return AgendaSection(self.section.currentData() or AgendaSection.OTHER.value)

    def _section_changed(self) -> None:
        section = self.chosen_section()
        self.number.setValue(insert_number(self._items, section))
        title = self.edit("title")
        if title.text() in ("", self._auto_title):
            self._auto_title = label(section, "sv")
            title.setText(self._auto_title)
        personal = section not in NON_IDENTIFYING_SECTIONS
        self.picker.setEnabled(personal)
        if not personal and self.picker.person_id() is not None:
            self.picker.set_person(None, "")
        self._revalidate()

    def _state(self) -> tuple[object, ...]:
        return (
            self.section.currentData(),
            self.edit("title").text(),
            self.picker.person_id(),
            self.number.value(),
        )

    def collect(self) -> tuple[AgendaItem, dict[str, str]]:
        """Return the item and the problems the domain rules see."""
        item = AgendaItem(
            number=self.number.value(),
            section=self.chosen_section(),
            title=self.edit("title").text().strip(),
            young_person_id=self.picker.person_id(),
        )
        return item, validate_agenda_item(item)

    def _add(self, item: AgendaItem) -> GatedItem:
        try:
            return self._meetings.add_item(self._meeting_id, item)
        except GateBlockedError as exc:
            heading = f"§ {item.number} {item.title} – {self.picker.person_text()}"
            self.gate_dialog = GateChoiceDialog(heading, exc.gate, self)
            self.gate_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.gate_dialog.chosen.connect(self._gate_chosen)
            self.gate_dialog.open()
            raise  # the form shows the gate's summary under the young person meanwhile

    def _gate_chosen(self, value: str) -> None:
        self.gate_dialog = None
        option = as_option(value)
        if option is not None:
            self.save_with(option)

    def save_with(self, option: GateOption) -> bool:
        """Add the item as the user chose (anonymised or left out) and close the form."""
        meetings, meeting_id = self._meetings, self._meeting_id
        self._save = lambda item: meetings.add_item(meeting_id, item, on_blocked=option)
        try:
            return self.submit()
        finally:
            self._save = self._add
