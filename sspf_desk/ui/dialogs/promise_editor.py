"""Dialog to write or change a medborgarlöfte (DOMAIN.md §5).

The form collects a ``PromiseInput``: the heading and year, the municipality and local
police area, the problem drawn from the lägesbild, the prioritised focus areas (a list
that can be reordered), the intended effects and the signatories (name and title). A new
promise can start from last year's (municipality, police area, focus areas and
signatories filled in), since promises are renewed every year. Messages from
``validate_promise`` and from the service appear under their fields, messages about one
focus area or signatory under its list, naming the row.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QLabel, QSpinBox, QWidget

from sspf_desk.domain.promises import (
    MAX_YEAR,
    MIN_YEAR,
    Promise,
    PromiseInput,
    Signatory,
    validate_promise,
)
from sspf_desk.ui.dialogs.form_dialog import FormDialog
from sspf_desk.ui.dialogs.promise_fields import (
    FocusArea,
    TextBox,
    focus_areas_model,
    signatories_model,
)
from sspf_desk.ui.ports_promises import PromiseEditorPort
from sspf_desk.ui.widgets.row_list_editor import ListFieldErrors, RowListEditor


class _PromiseErrors(ListFieldErrors):
    """Routes ``focus_areas.<i>`` (a message about a whole row) to that row's one cell."""

    def show(self, errors: Mapping[str, str]) -> None:
        """Show ``errors``; a focus area's message marks its text cell."""
        routed: dict[str, str] = {}
        for key, text in errors.items():
            parts = key.split(".")
            whole_row = len(parts) == 2 and parts[0] == "focus_areas" and parts[1].isdigit()
            routed[f"{key}.text" if whole_row else key] = text
        super().show(routed)


class PromiseEditor(FormDialog[PromiseInput, Promise]):
    """Form for one promise; emits ``saved(Promise)`` after a successful save."""

    def __init__(
        self,
        promises: PromiseEditorPort,
        existing: Promise | None = None,
        template: PromiseInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self._store, parent)
        self._promises = promises
        self._existing = existing
        self.errors = errors = _PromiseErrors(self.errors.general)
        title = (
            self.tr("New medborgarlöfte")
            if existing is None
            else self.tr("Medborgarlöfte %1").replace("%1", str(existing.data.year))
        )
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.focus_areas = focus_areas_model(self)
        self.signatories = signatories_model(self)
        errors.add_list("focus_areas", self.focus_areas)
        errors.add_list("signatories", self.signatories)
        self._build()
        self._load(existing, template)
        self.finish_layout()
        self._connect_changes()
        screen = self.screen().availableGeometry()
        self.resize(min(820, screen.width()), min(900, screen.height()))

    def _build(self) -> None:
        self.title = self.add_edit(
            "title", self.tr("&Heading"), self.tr("e.g. Medborgarlöfte 2026 – Tryggare centrum")
        )
        self.year = QSpinBox()
        self.year.setRange(MIN_YEAR, MAX_YEAR)
        self.year.setAccessibleName(self.tr("Year"))
        self.year.lineEdit().setAccessibleName(self.tr("Year"))
        self.year.setMaximumWidth(self.year.fontMetrics().horizontalAdvance("00000") + 60)
        self._field_row("year", self.tr("&Year"), self.year)
        self.municipality = self.add_edit("municipality", self.tr("&Municipality"))
        self.police_area = self.add_edit("police_area", self.tr("Local &police area"))
        self.problem = TextBox(
            self.tr("Problem"), self.tr("The local problem, drawn from the lägesbild."), 4
        )
        self._field_row("problem", self.tr("P&roblem"), self.problem)
        self.focus_list = RowListEditor(
            self.focus_areas,
            self.tr("Focus areas"),
            lambda: FocusArea(""),
            self.tr("&Add focus area"),
            self.tr("Remove focus area"),
            movable=True,
            visible_rows=3,
        )
        self._field_row("focus_areas", self.tr("&Focus areas"), self.focus_list)
        self.effects = TextBox(
            self.tr("Intended effects"),
            self.tr("What we want to achieve (Det här ska vi åstadkomma)."),
            3,
        )
        self._field_row("effects", self.tr("Intended &effects"), self.effects)
        self.signatory_list = RowListEditor(
            self.signatories,
            self.tr("Signatories"),
            lambda: Signatory("", ""),
            self.tr("Add &signatory"),
            self.tr("Remove signatory"),
            visible_rows=2,
        )
        self._field_row("signatories", self.tr("Si&gnatories"), self.signatory_list)

    def _field_row(self, name: str, label_text: str, field: QWidget) -> None:
        label = QLabel(label_text)
        label.setBuddy(field)
        self.add_row(name, label, field)

    def _connect_changes(self) -> None:
        self.year.valueChanged.connect(self._revalidate)
        for box in (self.problem, self.effects):
            box.textChanged.connect(self._revalidate)
        for model in (self.focus_areas, self.signatories):
            model.rows_changed.connect(self._revalidate)

    def _load(self, existing: Promise | None, template: PromiseInput | None) -> None:
        data = existing.data if existing is not None else template
        if data is None:
            self.year.setValue(date.today().year)
            return
        self.year.setValue(data.year)
        self.title.setText(data.title)
        self.municipality.setText(data.municipality)
        self.police_area.setText(data.police_area)
        self.problem.setPlainText(data.problem)
        self.focus_areas.set_rows([FocusArea(text) for text in data.focus_areas])
        self.effects.setPlainText(data.effects)
        self.signatories.set_rows(data.signatories)

    # -- collecting ------------------------------------------------------------------------

    def _state(self) -> tuple[object, ...]:
        return (self.collect()[0],)

    def collect(self) -> tuple[PromiseInput, dict[str, str]]:
        """Return the input from the form and the problems the rules see."""
        data = PromiseInput(
            year=self.year.value(),
            municipality=self.municipality.text().strip(),
            police_area=self.police_area.text().strip(),
            title=self.title.text().strip(),
            problem=self.problem.toPlainText().strip(),
            focus_areas=tuple(row.text.strip() for row in self.focus_areas.rows()),
            effects=self.effects.toPlainText().strip(),
            signatories=tuple(
                replace(s, name=s.name.strip(), title=s.title.strip())
                for s in self.signatories.rows()
            ),
        )
        return data, validate_promise(data)

    def _reveal(self, problems: dict[str, str]) -> None:
        if any(key in self.edits for key in problems):
            return  # the base class focuses the first line edit with a problem
        fields: dict[str, QWidget] = {
            "year": self.year,
            "problem": self.problem,
            "focus_areas": self.focus_list,
            "effects": self.effects,
            "signatories": self.signatory_list,
        }
        for name, field in fields.items():
            rows = sorted(
                int(key.split(".")[1])
                for key in problems
                if key.startswith(f"{name}.") and key.split(".")[1].isdigit()
            )
            if name in problems or rows:
                field.setFocus()
                if rows and isinstance(field, RowListEditor):
                    field.select_row(rows[0])
                return

    # -- saving ----------------------------------------------------------------------------

    def _store(self, data: PromiseInput) -> Promise:
        """Create the promise, or update it once it exists."""
        if self._existing is None:
            stored = self._promises.create_promise(data)
        else:
            stored = self._promises.update_promise(self._existing.id, data)
        self._existing = stored
        return stored

    @property
    def promise_id(self) -> str | None:
        """The id of the promise once it exists (set by the first successful save)."""
        return self._existing.id if self._existing is not None else None
