"""Dialog to create or edit a young person.

The dialog collects a ``YoungPersonInput`` and hands it to the ``save`` callable it was
given (the person service's create or update). Validation messages — from the domain
rules, or from the ``ValidationError`` the service raises — appear under the field they
concern. Protected identity (skyddad identitet) hides the identifying and location fields
on screen; their values are kept. The birth date is derived from a valid identity number
and shown read-only; without a number it is typed in. An optional ``extra`` widget (the
guardians panel when editing) is shown below the fields.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget

from sspf_desk.domain import Gender, IdentityError, YoungPerson, YoungPersonInput, parse_identity
from sspf_desk.domain import validate_young_person as domain_errors
from sspf_desk.ui.dialogs.form_dialog import FormDialog
from sspf_desk.ui.labels import gender_label

SaveFn = Callable[[YoungPersonInput], YoungPerson]

_OPTIONAL_FIELDS = ("school", "school_class", "area", "home_municipality", "interpreter_language")
_HIDDEN_WHEN_PROTECTED = ("id_number", "school", "school_class", "area", "home_municipality")


class PersonEditor(FormDialog[YoungPersonInput, YoungPerson]):
    """Form for one young person; emits ``saved(YoungPerson)`` after a successful save."""

    def __init__(
        self,
        save: SaveFn,
        initial: YoungPersonInput | None = None,
        parent: QWidget | None = None,
        *,
        extra: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("New young person") if initial is None else self.tr("Edit"))
        self.setMinimumWidth(640)
        self._build()
        if extra is not None:
            self.body.addWidget(extra)
        self._load(initial or YoungPersonInput(first_name="", last_name=""))
        self.finish_layout()

    def _build(self) -> None:
        self.add_edit("first_name", self.tr("&First name"))
        self.add_edit("last_name", self.tr("&Last name"))
        self.protected = QCheckBox(self.tr("P&rotected identity"))
        self.protected.setAccessibleName(self.tr("Protected identity"))
        self.protected.toggled.connect(self._apply_protection)
        self.form.addRow("", self.protected)
        self.protected_note = QLabel(
            self.tr(
                "The identity number, school, class, area and home municipality are not "
                "shown. Clear the box to see or change them."
            )
        )
        self.protected_note.setWordWrap(True)
        self.form.addRow("", self.protected_note)
        number = self.add_edit(
            "id_number",
            self.tr("&Personal identity or coordination number"),
            self.tr("YYYYMMDD-NNNN"),
        )
        number.textChanged.connect(self._derive_birth_date)
        self.add_edit("birth_date", self.tr("&Birth date"), self.tr("YYYY-MM-DD"))
        self.gender = QComboBox()
        for gender in Gender:
            self.gender.addItem(gender_label(gender), gender.value)
        self.gender.setAccessibleName(self.tr("Gender"))
        gender_label_widget = QLabel(self.tr("&Gender"))
        gender_label_widget.setBuddy(self.gender)
        self.form.addRow(gender_label_widget, self.gender)
        self.add_edit("school", self.tr("&School"))
        self.add_edit("school_class", self.tr("&Class or programme"))
        self.add_edit("area", self.tr("&Area"))
        self.add_edit("home_municipality", self.tr("&Home municipality"))
        self.add_edit("interpreter_language", self.tr("&Interpreter needed for language"))

    def _load(self, data: YoungPersonInput) -> None:
        for name in ("first_name", "last_name", "id_number", *_OPTIONAL_FIELDS):
            self.edits[name].setText(str(getattr(data, name)))
        if data.birth_date is not None and not self.birth_date_derived:
            self.edits["birth_date"].setText(data.birth_date.isoformat())
        self.gender.setCurrentIndex(max(self.gender.findData(data.gender.value), 0))
        self.protected.setChecked(data.protected_identity)
        self._apply_protection(data.protected_identity)

    @property
    def birth_date_derived(self) -> bool:
        """True when the birth date shown comes from a valid identity number."""
        return self.edits["birth_date"].isReadOnly()

    def _apply_protection(self, protected: bool) -> None:
        self.set_rows_visible(_HIDDEN_WHEN_PROTECTED, not protected)
        self.protected_note.setVisible(protected)

    def _reveal(self, problems: dict[str, str]) -> None:
        if self.protected.isChecked() and set(problems) & set(_HIDDEN_WHEN_PROTECTED):
            self.protected.setChecked(False)  # a hidden field has a problem: show it

    def _derive_birth_date(self, text: str) -> None:
        field = self.edits["birth_date"]
        try:
            derived: date | None = parse_identity(text).birth_date if text.strip() else None
        except IdentityError:
            derived = None
        if derived is not None:
            field.setText(derived.isoformat())
            field.setReadOnly(True)
            field.setToolTip(self.tr("Derived from the identity number"))
        elif field.isReadOnly():
            field.setReadOnly(False)
            field.clear()
            field.setToolTip("")

    def _state(self) -> tuple[object, ...]:
        texts = tuple(edit.text() for edit in self.edits.values())
        return (*texts, self.gender.currentData(), self.protected.isChecked())

    def collect(self) -> tuple[YoungPersonInput, dict[str, str]]:
        """Return the input from the form and the problems the form itself can see."""
        problems: dict[str, str] = {}
        birth: date | None = None
        birth_text = self.edits["birth_date"].text().strip()
        if birth_text and not self.birth_date_derived:
            try:
                birth = date.fromisoformat(birth_text)
            except ValueError:
                problems["birth_date"] = self.tr("Write the date as YYYY-MM-DD.")
        text = {name: edit.text() for name, edit in self.edits.items()}
        data = YoungPersonInput(
            first_name=text["first_name"],
            last_name=text["last_name"],
            id_number=text["id_number"],
            protected_identity=self.protected.isChecked(),
            birth_date=birth,
            gender=Gender(self.gender.currentData() or Gender.UNKNOWN.value),
            school=text["school"],
            school_class=text["school_class"],
            area=text["area"],
            home_municipality=text["home_municipality"],
            interpreter_language=text["interpreter_language"],
        )
        rule_problems = domain_errors(data)
        if "birth_date" in problems:
            rule_problems.pop("birth_date", None)
        return data, {**rule_problems, **problems}
