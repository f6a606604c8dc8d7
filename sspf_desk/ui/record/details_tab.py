"""The record's "Details" tab: the young person's registered details, read-only.

"Edit details…" opens the existing ``PersonEditor`` (saved through the person service).
For a protected identity (skyddad identitet) the identity number and the location fields
are not shown here either.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from sspf_desk.domain import YoungPerson, YoungPersonInput, age_on
from sspf_desk.domain.anonymise import is_anonymised
from sspf_desk.ui.dialogs.person_editor import PersonEditor
from sspf_desk.ui.labels import gender_label
from sspf_desk.ui.record.context import RecordContext
from sspf_desk.ui.record.texts import format_day

_LOCATION = ("school", "school_class", "area", "home_municipality")


class DetailsTab(QWidget):
    """The young person's details as text, with a button to edit them."""

    def __init__(self, context: RecordContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = context
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for name, text in (
            ("name", self.tr("Name")),
            ("identity", self.tr("Identity number")),
            ("birth_date", self.tr("Birth date")),
            ("gender", self.tr("Gender")),
            ("school", self.tr("School")),
            ("school_class", self.tr("Class or programme")),
            ("area", self.tr("Area")),
            ("home_municipality", self.tr("Home municipality")),
            ("interpreter_language", self.tr("Interpreter needed for language")),
        ):
            value = QLabel()
            value.setObjectName(name)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setAccessibleName(text)
            form.addRow(text + ":", value)
            self.values[name] = value
        self.edit_button = QPushButton(self.tr("&Edit details…"))
        self.edit_button.setAccessibleName(self.tr("Edit the young person's details"))
        self.edit_button.clicked.connect(self.edit)
        self.anonymise_button = QPushButton(self.tr("A&nonymise…"))
        self.anonymise_button.setAccessibleName(self.tr("Anonymise the young person"))
        self.anonymise_button.setVisible(context.anonymise is not None)
        self.anonymised_note = QLabel(
            self.tr(
                "The young person's data has been anonymised. Names, identity number and "
                "other identifying details are gone for good; the cases, concerns and "
                "consents are kept without them, for the statistics."
            )
        )
        self.anonymised_note.setWordWrap(True)
        self.anonymised_note.setStyleSheet("font-weight: bold;")
        self.anonymised_note.setAccessibleName(self.tr("Anonymised"))
        self.anonymised_note.hide()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.anonymise_button)
        buttons.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.anonymised_note)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def show_person(self, person: YoungPerson) -> None:
        """Show ``person``'s details."""
        protected = person.protected_identity
        hidden = self.tr("Not shown (protected identity)")
        birth = format_day(person.birth_date)
        if person.birth_date is not None:
            years = age_on(person.birth_date, self._ctx.today())
            birth = self.tr("%1 (%2 years)").replace("%1", birth).replace("%2", str(years))
        texts = {
            "name": person.full_name,
            "identity": hidden if protected else (person.id_number or self.tr("No number")),
            "birth_date": birth or self.tr("Unknown"),
            "gender": gender_label(person.gender),
            "interpreter_language": person.interpreter_language or "–",
        }
        for name in _LOCATION:
            texts[name] = hidden if protected else (getattr(person, name) or "–")
        for name, value in texts.items():
            self.values[name].setText(value)
        anonymous = is_anonymised(person)
        self.anonymised_note.setVisible(anonymous)
        self.edit_button.setEnabled(not anonymous)

    def clear(self) -> None:
        """Show nothing (before a lock)."""
        for value in self.values.values():
            value.clear()

    def edit(self) -> PersonEditor:
        """Open the person editor on the shown young person."""
        persons, person_id = self._ctx.persons, self._ctx.person_id

        def save(data: YoungPersonInput) -> YoungPerson:
            return persons.update_young_person(person_id, data)

        editor = PersonEditor(save, self._ctx.person.to_input(), self.window())
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.open()
        return editor
