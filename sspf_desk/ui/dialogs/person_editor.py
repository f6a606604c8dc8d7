"""Dialog to create or edit a young person.

The dialog collects a ``YoungPersonInput`` and hands it to the ``save`` callable it was
given (the person service's create or update). Validation messages — from the domain
rules, or from the ``ValidationError`` the service raises — appear under the field they
concern. Protected identity (skyddad identitet) hides the identifying and location fields
on screen; their values are kept. The birth date is derived from a valid identity number
and shown read-only; without a number it is typed in.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.domain import Gender, IdentityError, YoungPerson, YoungPersonInput, parse_identity
from sspf_desk.domain import validate_young_person as domain_errors
from sspf_desk.errors import KnownError, ValidationError
from sspf_desk.ui.labels import gender_label
from sspf_desk.ui.lock import CommitOutcome
from sspf_desk.ui.messages import error_text
from sspf_desk.ui.widgets.field_errors import ErrorLabel, FieldErrors, with_error_label

SaveFn = Callable[[YoungPersonInput], YoungPerson]

_OPTIONAL_FIELDS = ("school", "school_class", "area", "home_municipality", "interpreter_language")
_HIDDEN_WHEN_PROTECTED = ("id_number", "school", "school_class", "area", "home_municipality")


class PersonEditor(QDialog):
    """Form for one young person; emits ``saved(YoungPerson)`` after a successful save."""

    saved = Signal(object)

    def __init__(
        self,
        save: SaveFn,
        initial: YoungPersonInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._initial = initial or YoungPersonInput(first_name="", last_name="")
        self._validate_live = False
        self._discard_confirmed = False
        self.setWindowTitle(self.tr("New young person") if initial is None else self.tr("Edit"))
        self.setMinimumWidth(640)
        self._edits: dict[str, QLineEdit] = {}
        self._rows: dict[str, tuple[QWidget, QWidget]] = {}
        self._build()
        self._load(self._initial)
        self._snapshot = self._state()

    # -- construction ------------------------------------------------------------------

    def _build(self) -> None:
        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        general = ErrorLabel(self, self)
        self.errors = FieldErrors(general)
        labels = {
            "first_name": self.tr("&First name"),
            "last_name": self.tr("&Last name"),
            "id_number": self.tr("&Personal identity or coordination number"),
            "birth_date": self.tr("&Birth date"),
            "school": self.tr("&School"),
            "school_class": self.tr("&Class or programme"),
            "area": self.tr("&Area"),
            "home_municipality": self.tr("&Home municipality"),
            "interpreter_language": self.tr("&Interpreter needed for language"),
        }
        self._add_edit("first_name", labels["first_name"])
        self._add_edit("last_name", labels["last_name"])
        self.protected = QCheckBox(self.tr("P&rotected identity"))
        self.protected.setAccessibleName(self.tr("Protected identity"))
        self.protected.toggled.connect(self._apply_protection)
        self._form.addRow("", self.protected)
        self.protected_note = QLabel(
            self.tr(
                "The identity number, school, class, area and home municipality are not "
                "shown. Clear the box to see or change them."
            )
        )
        self.protected_note.setWordWrap(True)
        self._form.addRow("", self.protected_note)
        self._add_edit("id_number", labels["id_number"], self.tr("YYYYMMDD-NNNN"))
        self._edits["id_number"].textChanged.connect(self._derive_birth_date)
        self._add_edit("birth_date", labels["birth_date"], self.tr("YYYY-MM-DD"))
        self.gender = QComboBox()
        for gender in Gender:
            self.gender.addItem(gender_label(gender), gender.value)
        self.gender.setAccessibleName(self.tr("Gender"))
        gender_label_widget = QLabel(self.tr("&Gender"))
        gender_label_widget.setBuddy(self.gender)
        self._form.addRow(gender_label_widget, self.gender)
        for name in _OPTIONAL_FIELDS:
            self._add_edit(name, labels[name])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Sa&ve"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addWidget(general)
        layout.addWidget(self.buttons)

    def _add_edit(self, name: str, label_text: str, placeholder: str = "") -> None:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(label_text.replace("&", ""))
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self._revalidate)
        box, error = with_error_label(edit)
        label = QLabel(label_text)
        label.setBuddy(edit)
        self._form.addRow(label, box)
        self.errors.add(name, error)
        self._edits[name] = edit
        self._rows[name] = (label, box)

    def _load(self, data: YoungPersonInput) -> None:
        for name in ("first_name", "last_name", "id_number", *_OPTIONAL_FIELDS):
            self._edits[name].setText(str(getattr(data, name)))
        if data.birth_date is not None and not self.birth_date_derived:
            self._edits["birth_date"].setText(data.birth_date.isoformat())
        self.gender.setCurrentIndex(max(self.gender.findData(data.gender.value), 0))
        self.protected.setChecked(data.protected_identity)
        self._apply_protection(data.protected_identity)

    # -- behaviour ---------------------------------------------------------------------

    def edit(self, name: str) -> QLineEdit:
        """Return the line edit of the field ``name`` (for tests and focus handling)."""
        return self._edits[name]

    @property
    def birth_date_derived(self) -> bool:
        """True when the birth date shown comes from a valid identity number."""
        return self._edits["birth_date"].isReadOnly()

    def _apply_protection(self, protected: bool) -> None:
        for name in _HIDDEN_WHEN_PROTECTED:
            for widget in self._rows[name]:
                widget.setVisible(not protected)
        self.protected_note.setVisible(protected)

    def _derive_birth_date(self, text: str) -> None:
        field = self._edits["birth_date"]
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
        texts = tuple(edit.text() for edit in self._edits.values())
        return (*texts, self.gender.currentData(), self.protected.isChecked())

    def is_dirty(self) -> bool:
        """True when the form differs from what it was opened with."""
        return self._state() != self._snapshot

    def collect(self) -> tuple[YoungPersonInput, dict[str, str]]:
        """Return the input from the form and the problems the form itself can see."""
        problems: dict[str, str] = {}
        birth: date | None = None
        birth_text = self._edits["birth_date"].text().strip()
        if birth_text and not self.birth_date_derived:
            try:
                birth = date.fromisoformat(birth_text)
            except ValueError:
                problems["birth_date"] = self.tr("Write the date as YYYY-MM-DD.")
        gender = Gender(self.gender.currentData() or Gender.UNKNOWN.value)
        data = YoungPersonInput(
            first_name=self._edits["first_name"].text(),
            last_name=self._edits["last_name"].text(),
            id_number=self._edits["id_number"].text(),
            protected_identity=self.protected.isChecked(),
            birth_date=birth,
            gender=gender,
            school=self._edits["school"].text(),
            school_class=self._edits["school_class"].text(),
            area=self._edits["area"].text(),
            home_municipality=self._edits["home_municipality"].text(),
            interpreter_language=self._edits["interpreter_language"].text(),
        )
        rule_problems = domain_errors(data)
        if "birth_date" in problems:
            rule_problems.pop("birth_date", None)
        return data, {**rule_problems, **problems}

    def _revalidate(self) -> None:
        if self._validate_live:
            self.errors.show(self.collect()[1])

    def submit(self) -> bool:
        """Validate and save; on problems show them under the fields and keep the form."""
        self._validate_live = True
        data, problems = self.collect()
        if problems:
            self._show_problems(problems)
            return False
        try:
            person = self._save(data)
        except ValidationError as exc:
            self._show_problems(exc.errors)
            return False
        except KnownError as exc:
            self.errors.show_general(error_text(exc))
            return False
        self.errors.clear()
        self._snapshot = self._state()
        self.saved.emit(person)
        self.accept()
        return True

    def _show_problems(self, problems: dict[str, str]) -> None:
        if self.protected.isChecked() and set(problems) & set(_HIDDEN_WHEN_PROTECTED):
            self.protected.setChecked(False)  # a hidden field has a problem: show it
        self.errors.show(problems)
        first = next((name for name in self._edits if name in problems), None)
        if first is not None:
            self._edits[first].setFocus()

    def commit_pending(self) -> CommitOutcome:
        """Before a lock: save valid changes, discard invalid ones (see ``ui.lock``)."""
        if not self.is_dirty():
            return CommitOutcome.UNCHANGED
        data, problems = self.collect()
        if problems:
            return CommitOutcome.DISCARDED
        try:
            self.saved.emit(self._save(data))
        except KnownError:
            return CommitOutcome.DISCARDED
        self._snapshot = self._state()
        return CommitOutcome.SAVED

    def reject(self) -> None:
        """Cancel; asks first when there are unsaved changes."""
        if not self.is_dirty() or self._discard_confirmed:
            super().reject()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr("Discard the changes in this form?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("&Discard"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("&Keep editing"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._on_discard_answer)
        box.open()

    def _on_discard_answer(self, answer: int) -> None:
        if answer == QMessageBox.StandardButton.Discard.value:
            self._discard_confirmed = True
            self.reject()
