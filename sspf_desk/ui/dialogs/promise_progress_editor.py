"""Dialog to record or change a progress entry of an activity: how much, when, a note.

Made for quick entry: the amount comes first and has the focus, the date is filled in
(today, or the last day of the promise's year when that year is over), and Enter saves.
The entry must lie in the promise's year and not in the future (``validate_progress``);
messages from the rules and the service appear under their fields.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from sspf_desk.domain.promises import (
    Activity,
    Progress,
    ProgressInput,
    format_amount,
    validate_progress,
)
from sspf_desk.ui.dialogs.form_dialog import FormDialog
from sspf_desk.ui.dialogs.promise_fields import (
    TextBox,
    amount_input,
    amount_problem,
    parse_amount,
)
from sspf_desk.ui.ports_promises import ProgressEditorPort
from sspf_desk.ui.widgets.date_field import DateField


def default_day(year: int, today: date) -> date | None:
    """The day a new entry starts with: today in the promise's year, else its last day."""
    if year == today.year:
        return today
    return date(year, 12, 31) if year < today.year else None


class ProgressEditor(FormDialog[ProgressInput, Progress]):
    """Form for one progress entry; emits ``saved(Progress)`` after a successful save."""

    def __init__(
        self,
        progress: ProgressEditorPort,
        activity: Activity,
        year: int,
        existing: Progress | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(self._store, parent)
        self._progress = progress
        self._activity = activity
        self._year = year
        self._existing = existing
        self._today = today or date.today()
        title = self.tr("Record a result") if existing is None else self.tr("Result")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        data = activity.data
        about = QLabel(
            self.tr("%1 – target %2 %3 in %4")
            .replace("%1", data.title)
            .replace("%2", format_amount(data.target))
            .replace("%3", data.unit)
            .replace("%4", str(year))
        )
        about.setWordWrap(True)
        self.form.addRow(about)
        self.amount = QLineEdit()
        self.amount.setAccessibleName(self.tr("Amount done"))
        self.amount.setPlaceholderText(self.tr("e.g. 12 or 2,5"))
        self.amount.textChanged.connect(self._revalidate)
        amount_box = QWidget()
        row = QHBoxLayout(amount_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.amount, 1)
        row.addWidget(QLabel(data.unit))
        self._field_row("amount", self.tr("&Done"), amount_box, self.amount)
        self.edits["amount"] = self.amount  # focused first when it has a problem
        self.on = DateField(self.tr("Date of the result"))
        self.on.changed.connect(self._revalidate)
        self._field_row("on", self.tr("D&ate"), self.on, self.on)
        self.note = TextBox(self.tr("Note"), self.tr("e.g. where, with whom (no names)."), 2)
        self.note.textChanged.connect(self._revalidate)
        self._field_row("note", self.tr("&Note"), self.note, self.note)
        self._load(existing)
        self.finish_layout()
        self.setMinimumWidth(520)
        self.amount.setFocus()

    def _field_row(self, name: str, text: str, field: QWidget, buddy: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(buddy)
        self.add_row(name, label, field)

    def _load(self, existing: Progress | None) -> None:
        if existing is None:
            self.on.set_value(default_day(self._year, self._today))
            return
        self.amount.setText(amount_input(existing.data.amount))
        self.on.set_value(existing.data.on)
        self.note.setPlainText(existing.data.note)

    def _state(self) -> tuple[object, ...]:
        return (self.amount.text(), self.on.edit.text(), self.note.toPlainText())

    def collect(self) -> tuple[ProgressInput, dict[str, str]]:
        """Return the input from the form and the problems the form and the rules see."""
        problems: dict[str, str] = {}
        day = self.on.value()
        day_problem = self.on.problem()
        if day_problem is not None:
            problems["on"] = day_problem
        elif day is None:
            problems["on"] = self.tr("Enter the date.")
        amount_text = self.amount.text()
        amount_bad = amount_problem(amount_text)
        amount = None if amount_bad else parse_amount(amount_text)
        if amount_bad is not None:
            problems["amount"] = amount_bad
        data = ProgressInput(
            activity_id=self._activity.id,
            on=day or self._today,
            amount=amount if amount is not None else 0.0,
            note=self.note.toPlainText().strip(),
        )
        rules = validate_progress(data, year=self._year, today=self._today)
        return data, {**rules, **problems}

    def _reveal(self, problems: dict[str, str]) -> None:
        if "amount" not in problems and "on" in problems:
            self.on.setFocus()

    def _store(self, data: ProgressInput) -> Progress:
        """Record the entry, or update it once it exists."""
        if self._existing is None:
            stored = self._progress.add_progress(data)
        else:
            stored = self._progress.update_progress(self._existing.id, data)
        self._existing = stored
        return stored
