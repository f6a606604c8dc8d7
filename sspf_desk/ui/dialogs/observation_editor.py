"""Dialog to record or change one observation at a place or group.

Built for logging several in a row: a new observation starts on today's date with the
sector used last and the cursor in the text; "Save and next" stores it and empties the
text for the next one, keeping the date and the sector. Messages of
``validate_observation`` and of the service (an identity number in the text, a day in the
future) appear under their fields. The line under the form asks for no names.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QPushButton, QWidget

from sspf_desk.domain.enums import Sector
from sspf_desk.domain.group_level import Observation, ObservationInput, validate_observation
from sspf_desk.ui.dialogs.form_dialog import FormDialog
from sspf_desk.ui.dialogs.site_parts import (
    TextBox,
    add_field,
    enum_combo,
    no_names_hint,
    select_value,
)
from sspf_desk.ui.pages.texts import enum_text
from sspf_desk.ui.ports_group_level import ObservationPort
from sspf_desk.ui.widgets.date_field import DateField

_FOCUS_ORDER = ("observed_on", "sector", "text")


class ObservationEditor(FormDialog[ObservationInput, Observation]):
    """Form for one observation; emits ``saved(Observation)`` after every save.

    Args:
        port: Where observations are stored.
        site_id: The place or group observed.
        site_name: Its name, for the title.
        existing: The observation to change, or None for a new one.
        sector: The sector a new observation starts with (the one used last).
    """

    next_started = Signal()
    """"Save and next" stored an observation and emptied the form for another."""

    def __init__(
        self,
        port: ObservationPort,
        site_id: str,
        site_name: str,
        existing: Observation | None = None,
        sector: Sector = Sector.SCHOOL,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self._store, parent)
        self._port = port
        self._site_id = site_id
        self._existing = existing
        self._continue = False
        self.saved_count = 0
        self._fields: dict[str, QWidget] = {}
        title = (
            self.tr("New observation – %1") if existing is None else self.tr("Observation – %1")
        ).replace("%1", site_name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(520)
        self.observed_on = DateField(self.tr("Date of the observation"))
        self.sector = enum_combo(self.tr("Sector that observed"), Sector, enum_text)
        self.text = TextBox(
            self.tr("Observation"),
            self.tr(
                "What was seen, e.g. a large gathering in the evenings, vandalism, visitors "
                "feeling unsafe."
            ),
            lines=5,
        )
        self._add(self.form, "observed_on", self.tr("&Date"), self.observed_on)
        self._add(self.form, "sector", self.tr("&Sector"), self.sector)
        self._add(self.form, "text", self.tr("&Observation"), self.text)
        self.body.addWidget(no_names_hint())
        self.status = QLabel()
        self.status.setVisible(False)
        self.body.addWidget(self.status)
        self.next_button: QPushButton | None = None
        if existing is None:
            self.next_button = self.buttons.addButton(
                self.tr("Save and &next"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.next_button.setAccessibleName(self.tr("Save and record another observation"))
            self.next_button.clicked.connect(self.save_and_next)
        self._load(existing, sector)
        self.finish_layout()
        self.observed_on.changed.connect(self._revalidate)
        self.sector.currentIndexChanged.connect(self._revalidate)
        self.text.textChanged.connect(self._revalidate)
        self.text.setFocus()

    def _add(self, form: QFormLayout, name: str, label_text: str, field: QWidget) -> None:
        label = add_field(form, self.errors, name, label_text, field)
        self._fields[name] = field
        self.rows[name] = (label, field)

    def _load(self, existing: Observation | None, sector: Sector) -> None:
        if existing is None:
            self.observed_on.set_value(date.today())
            select_value(self.sector, sector)
            return
        data = existing.data
        self.observed_on.set_value(data.observed_on)
        select_value(self.sector, data.sector)
        self.text.setPlainText(data.text)

    # -- collecting --------------------------------------------------------------------------

    def _state(self) -> tuple[object, ...]:
        return (self.observed_on.edit.text(), self.sector.currentData(), self.text.toPlainText())

    def chosen_sector(self) -> Sector:
        """The sector chosen in the form."""
        return Sector(self.sector.currentData())

    def collect(self) -> tuple[ObservationInput, dict[str, str]]:
        """Return the observation from the form and the problems the rules see."""
        problems: dict[str, str] = {}
        day = self.observed_on.value()
        problem = self.observed_on.problem()
        if problem is not None:
            problems["observed_on"] = problem
        elif day is None:
            problems["observed_on"] = self.tr("Enter the day of the observation.")
        data = ObservationInput(
            site_id=self._site_id,
            observed_on=day or date.today(),
            sector=self.chosen_sector(),
            text=self.text.toPlainText().strip(),
        )
        return data, {**validate_observation(data, today=date.today()), **problems}

    def _reveal(self, problems: dict[str, str]) -> None:
        name = next((name for name in _FOCUS_ORDER if name in problems), None)
        if name is not None:
            self._fields[name].setFocus()

    # -- saving ------------------------------------------------------------------------------

    def _store(self, data: ObservationInput) -> Observation:
        if self._existing is None:
            stored = self._port.add_observation(data)
        else:
            stored = self._port.update_observation(self._existing.id, data)
            self._existing = stored
        self.saved_count += 1
        return stored

    def save_and_next(self) -> bool:
        """Save, then empty the text for another observation (date and sector stay)."""
        self._continue = True
        try:
            return self.submit()
        finally:
            self._continue = False

    def accept(self) -> None:
        """Close after Save; after "Save and next" stay open for the next observation."""
        if not self._continue:
            super().accept()
            return
        self.text.clear()
        self.errors.clear()
        self._validate_live = False
        self.mark_unchanged()
        self.status.setText(
            self.tr("Observation saved (%1 in this window). Write the next one.").replace(
                "%1", str(self.saved_count)
            )
        )
        self.status.setVisible(True)
        self.text.setFocus()
        self.next_started.emit()
