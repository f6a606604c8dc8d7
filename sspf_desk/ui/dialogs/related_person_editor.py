"""Dialog to add or edit a guardian or other related person of a young person.

Collects a ``RelatedPersonInput`` plus the relationship and custody of the link. Only a
guardian holds custody, and a guardian's custody (sole or joint) must be chosen actively
— the form never guesses it. A protected address hides the address field on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget

from sspf_desk.domain import (
    CustodyType,
    RelatedPerson,
    RelatedPersonInput,
    Relationship,
    validate_link,
    validate_related_person,
)
from sspf_desk.ui.dialogs.form_dialog import FormDialog
from sspf_desk.ui.labels import custody_label, relationship_label


@dataclass(frozen=True)
class RelatedInput:
    """Everything the form collects: the person and how they are linked."""

    person: RelatedPersonInput
    relationship: Relationship
    custody: CustodyType


class RelatedPersonEditor(FormDialog[RelatedInput, RelatedPerson]):
    """Form for one related person and their link; emits ``saved(RelatedPerson)``."""

    def __init__(
        self,
        save: Callable[[RelatedInput], RelatedPerson],
        initial: RelatedInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        title = self.tr("New guardian or related person") if initial is None else self.tr("Edit")
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self._build()
        self._load(
            initial
            or RelatedInput(
                RelatedPersonInput(first_name="", last_name=""),
                Relationship.GUARDIAN,
                CustodyType.NONE,
            )
        )
        self.finish_layout()

    def _build(self) -> None:
        self.relationship = self._combo(
            "relationship",
            self.tr("&Relationship"),
            [(relationship_label(r), r.value) for r in Relationship],
        )
        self.custody = self._combo(
            "custody_type",
            self.tr("C&ustody"),
            [(custody_label(c), c.value) for c in CustodyType],
        )
        self.relationship.currentIndexChanged.connect(self._relationship_changed)
        self.add_edit("first_name", self.tr("&First name"))
        self.add_edit("last_name", self.tr("&Last name"))
        self.add_edit("id_number", self.tr("&Personal identity number"), self.tr("YYYYMMDD-NNNN"))
        self.add_edit("phone", self.tr("P&hone"))
        self.add_edit("email", self.tr("&Email"))
        self.protected = QCheckBox(self.tr("Protected &address"))
        self.protected.setAccessibleName(self.tr("Protected address"))
        self.protected.toggled.connect(self._apply_protection)
        self.form.addRow("", self.protected)
        self.add_edit("address", self.tr("A&ddress"))
        self.add_edit("interpreter_language", self.tr("&Interpreter needed for language"))

    def _combo(self, name: str, text: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        for item_text, value in items:
            combo.addItem(item_text, value)
        combo.setAccessibleName(text.replace("&", ""))
        combo.currentIndexChanged.connect(self._revalidate)
        label = QLabel(text)
        label.setBuddy(combo)
        self.add_row(name, label, combo)
        return combo

    def _load(self, data: RelatedInput) -> None:
        person = data.person
        for name in ("first_name", "last_name", "id_number", "phone", "email", "address"):
            self.edits[name].setText(str(getattr(person, name)))
        self.edits["interpreter_language"].setText(person.interpreter_language)
        self.relationship.setCurrentIndex(self.relationship.findData(data.relationship.value))
        self.custody.setCurrentIndex(self.custody.findData(data.custody.value))
        self.protected.setChecked(person.protected_address)
        self._apply_protection(person.protected_address)
        self._relationship_changed()

    def _apply_protection(self, protected: bool) -> None:
        self.set_rows_visible(("address",), not protected)

    def _relationship_changed(self) -> None:
        guardian = self.relationship.currentData() == Relationship.GUARDIAN.value
        if not guardian:
            self.custody.setCurrentIndex(self.custody.findData(CustodyType.NONE.value))
        self.custody.setEnabled(guardian)

    def _reveal(self, problems: dict[str, str]) -> None:
        if "address" in problems and self.protected.isChecked():
            self.protected.setChecked(False)

    def _state(self) -> tuple[object, ...]:
        texts = tuple(edit.text() for edit in self.edits.values())
        choices = (self.relationship.currentData(), self.custody.currentData())
        return (*texts, *choices, self.protected.isChecked())

    def collect(self) -> tuple[RelatedInput, dict[str, str]]:
        """Return the input from the form and the problems the rules find in it."""
        text = {name: edit.text() for name, edit in self.edits.items()}
        person = RelatedPersonInput(
            first_name=text["first_name"],
            last_name=text["last_name"],
            id_number=text["id_number"],
            phone=text["phone"],
            email=text["email"],
            address=text["address"],
            protected_address=self.protected.isChecked(),
            interpreter_language=text["interpreter_language"],
        )
        relationship = Relationship(self.relationship.currentData())
        custody = CustodyType(self.custody.currentData())
        problems = {**validate_related_person(person), **validate_link(relationship, custody)}
        return RelatedInput(person, relationship, custody), problems
