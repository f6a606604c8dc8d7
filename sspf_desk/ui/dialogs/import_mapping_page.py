"""The import wizard's second step: which column of the list feeds which field.

One combo box per field: "(not imported)", the columns of the list, and for fields with
fixed values (custody) "Always: …" entries that become the mapping's defaults. The
choices start from a guess by column titles; a mapping file can be loaded and the
current choices saved as one (for ``sspf-desk import-list --mapping``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from sspf_desk.errors import KnownError
from sspf_desk.services.import_cells import CellError, parse_custody
from sspf_desk.services.import_fields import FieldSpec, field_specs
from sspf_desk.services.import_mapping import ColumnMapping, ColumnRef, MappingError
from sspf_desk.services.import_table import ImportTable
from sspf_desk.ui.dialogs.files import file_dialog
from sspf_desk.ui.dialogs.import_state import ImportState
from sspf_desk.ui.import_labels import choice_label, field_label
from sspf_desk.ui.messages import error_text, show_error
from sspf_desk.ui.widgets.field_errors import ERROR_STYLE

_COLUMN = "column:"
_FIXED = "fixed:"


class MappingPage(QWizardPage):
    """Combo boxes from fields to columns; complete when the required fields are mapped."""

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._shown_for: tuple[int, object] | None = None
        self._other_defaults: dict[str, str] = {}
        self.combos: dict[str, QComboBox] = {}
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr(
                "Choose the column of the list that holds each field. The choices are guessed "
                "from the column titles; fields left as “(not imported)” are not imported."
            )
        )
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        inner = QWidget()
        inner.setLayout(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.problems = QLabel()
        self.problems.setStyleSheet(ERROR_STYLE)
        self.problems.setWordWrap(True)
        self.load_button = QPushButton(self.tr("&Load mapping…"))
        self.load_button.setAccessibleName(self.tr("Load a mapping file"))
        self.load_button.clicked.connect(self.choose_mapping_file)
        self.save_button = QPushButton(self.tr("&Save mapping…"))
        self.save_button.setAccessibleName(self.tr("Save the mapping as a file"))
        self.save_button.clicked.connect(self.choose_save_file)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problems, 1)
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def initializePage(self) -> None:
        """Build the combo boxes for the list read (keeping choices when nothing changed)."""
        table = self._state.table
        if table is None:
            return
        key = (id(table), self._state.target)
        if self._shown_for == key:
            return
        self._shown_for = key
        self._build(table)
        self.apply(self._state.port.guess_mapping(table, self._state.target))

    def _build(self, table: ImportTable) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos.clear()
        self._other_defaults = {}
        for spec in field_specs(self._state.target):
            combo = QComboBox()
            combo.setAccessibleName(field_label(spec.key))
            combo.addItem(self.tr("(not imported)"), None)
            for number, header in enumerate(table.headers, start=1):
                combo.addItem(
                    self.tr("Column %1: %2").replace("%1", str(number)).replace("%2", header),
                    f"{_COLUMN}{number}",
                )
            self._add_fixed_values(combo, spec)
            combo.currentIndexChanged.connect(self._changed)
            self.combos[spec.key] = combo
            self.form.addRow(field_label(spec.key), combo)
        self._changed()

    def _add_fixed_values(self, combo: QComboBox, spec: FieldSpec) -> None:
        if not spec.choices:
            return
        combo.insertSeparator(combo.count())
        for value in spec.choices:
            text = self.tr("Always: %1").replace("%1", choice_label(spec, value))
            combo.addItem(text, f"{_FIXED}{value}")

    def apply(self, mapping: ColumnMapping) -> list[str]:
        """Select what ``mapping`` says; return the labels of fields whose column is missing."""
        table = self._state.table
        missing: list[str] = []
        self._other_defaults = {}
        for key, combo in self.combos.items():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            ref = mapping.columns.get(key)
            if ref is not None:
                index = _find_column(combo, table, ref)
                if index < 0:
                    missing.append(field_label(key))
                combo.setCurrentIndex(max(index, 0))
            default = mapping.defaults.get(key)
            if default is not None and ref is None:
                index = combo.findData(f"{_FIXED}{_choice_value(default)}")
                if index >= 0:
                    combo.setCurrentIndex(index)
                else:
                    self._other_defaults[key] = default
            elif default is not None:
                self._other_defaults[key] = default
            combo.blockSignals(False)
        self._changed()
        return missing

    def current_mapping(self) -> ColumnMapping:
        """The mapping the combo boxes show (columns by number)."""
        columns: dict[str, ColumnRef] = {}
        defaults = dict(self._other_defaults)
        for key, combo in self.combos.items():
            data = combo.currentData()
            if isinstance(data, str) and data.startswith(_COLUMN):
                columns[key] = int(data.removeprefix(_COLUMN))
            elif isinstance(data, str) and data.startswith(_FIXED):
                defaults[key] = data.removeprefix(_FIXED)
        table = self._state.table
        sheet = table.sheet if table is not None else None
        return ColumnMapping(self._state.target, columns, defaults, sheet)

    def isComplete(self) -> bool:
        """Complete when the required fields have a column."""
        return bool(self.combos) and not self.current_mapping().missing_requirements()

    def validatePage(self) -> bool:
        """Hand the mapping to the next step."""
        self._state.mapping = self.current_mapping()
        self._state.preview = None
        return True

    def _changed(self) -> None:
        problems = self.current_mapping().missing_requirements() if self.combos else []
        self.problems.setText(" ".join(p[:1].upper() + p[1:] for p in problems))
        self.problems.setAccessibleName(self.problems.text())
        self.completeChanged.emit()

    # -- mapping files ---------------------------------------------------------------------

    def choose_mapping_file(self) -> QFileDialog:
        """Ask for a mapping file to load."""
        dialog = file_dialog(
            self, self.tr("Load mapping"), [self.tr("Mapping (*.json)")], save=False
        )
        dialog.fileSelected.connect(self.load_mapping_file)
        dialog.open()
        return dialog

    def load_mapping_file(self, name: str) -> None:
        """Apply a mapping file; tell the user about columns it names that the list lacks."""
        try:
            mapping = ColumnMapping.load(Path(name))
            if mapping.target is not self._state.target:
                raise MappingError(reason="filen gäller en annan sorts lista.")
        except KnownError as exc:
            show_error(exc, self)
            return
        missing = self.apply(mapping)
        if missing:
            self.problems.setText(
                self.tr("Columns named in the file are not in the list: %1").replace(
                    "%1", ", ".join(missing)
                )
            )

    def choose_save_file(self) -> QFileDialog:
        """Ask where to save the current choices as a mapping file."""
        dialog = file_dialog(
            self, self.tr("Save mapping"), [self.tr("Mapping (*.json)")], save=True, suffix="json"
        )
        dialog.fileSelected.connect(self.save_mapping_file)
        dialog.open()
        return dialog

    def save_mapping_file(self, name: str) -> None:
        """Write the current choices, naming columns by their titles where they are unique."""
        mapping = self.current_mapping()
        table = self._state.table
        if table is not None:
            mapping = ColumnMapping(
                mapping.target,
                {key: _title_or_number(table, ref) for key, ref in mapping.columns.items()},
                mapping.defaults,
                mapping.sheet,
            )
        try:
            Path(name).write_text(mapping.dumps(), encoding="utf-8")
        except OSError:
            self.problems.setText(error_text(MappingError(reason="filen kunde inte sparas.")))


def _find_column(combo: QComboBox, table: ImportTable | None, ref: ColumnRef) -> int:
    """Combo index of a column given by number or title (-1 when not in the list)."""
    if table is None:
        return -1
    if isinstance(ref, int):
        return combo.findData(f"{_COLUMN}{ref}")
    wanted = " ".join(ref.split()).casefold()
    matches = [
        number
        for number, header in enumerate(table.headers, start=1)
        if " ".join(header.split()).casefold() == wanted
    ]
    return combo.findData(f"{_COLUMN}{matches[0]}") if len(matches) == 1 else -1


def _title_or_number(table: ImportTable, ref: ColumnRef) -> ColumnRef:
    """A column's title when it is unique in the list, else its number."""
    if isinstance(ref, str) or not 1 <= ref <= len(table.headers):
        return ref
    title = table.headers[ref - 1]
    unique = sum(1 for header in table.headers if header.casefold() == title.casefold()) == 1
    return title if unique and not title.startswith("Kolumn ") else ref


def fixed_value_data(value: str) -> str:
    """The combo item data of a fixed value (for tests and loading)."""
    return f"{_FIXED}{value}"


def _choice_value(text: str) -> str:
    """The stored value a custody default names (``gemensam`` → ``joint``)."""
    try:
        custody = parse_custody(text)
    except CellError:
        return text
    return str(custody) if custody is not None else text
