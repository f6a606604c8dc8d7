"""The site dialog's "Iakttagelser" and "Åtgärder" tabs: a table with New / Edit / Delete.

Each tab reads its rows from the service when the site is set or after a write, opens the
small form (``ObservationEditor`` / ``MeasureEditor``) to add or change a row, and asks
before deleting one. Every write is followed by ``changed`` so the page can refresh its
counts. The tabs stay empty until the site exists (a new site is saved first).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.domain.enums import Sector
from sspf_desk.domain.group_level import Measure, Observation
from sspf_desk.errors import KnownError
from sspf_desk.ui.dialogs.form_dialog import FormDialog
from sspf_desk.ui.dialogs.measure_editor import MeasureEditor
from sspf_desk.ui.dialogs.observation_editor import ObservationEditor
from sspf_desk.ui.messages import ask, show_error
from sspf_desk.ui.models.base import RowTableModel
from sspf_desk.ui.models.measures_model import MeasureColumn, MeasuresModel, measure_kind_text
from sspf_desk.ui.models.observations_model import ObservationColumn, ObservationsModel
from sspf_desk.ui.pages.texts import day_text
from sspf_desk.ui.ports_group_level import SiteEditorPort
from sspf_desk.ui.widgets.tables import read_only_table

RowT = TypeVar("RowT", Observation, Measure)


class _RecordsTab(QWidget, Generic[RowT]):
    """A table of one site's records with buttons to add, change and delete them.

    Texts of this base use ``QCoreApplication.translate("RecordsTab", …)``: ``self.tr``
    would look them up under the subclass, lupdate under this class.
    """

    changed = Signal()
    """A record was added, changed or deleted."""

    def __init__(
        self,
        port: SiteEditorPort,
        model: RowTableModel[RowT],
        set_rows: Callable[[Sequence[RowT]], None],
    ) -> None:
        super().__init__()
        self._set_rows: Callable[[Sequence[RowT]], None] = set_rows
        self._port = port
        self._site_id: str | None = None
        self._site_name = ""
        self._delete_id: str | None = None
        self.model: RowTableModel[RowT] = model
        model.setParent(self)  # deleted with the tab, never before its table
        self.table = read_only_table(model, "")
        self.table.activated.connect(self._open_index)
        self.count = QLabel()
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_record)
        self.edit_button = QPushButton(QCoreApplication.translate("RecordsTab", "&Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(QCoreApplication.translate("RecordsTab", "De&lete…"))
        self.delete_button.clicked.connect(self.ask_delete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        for button in (self.delete_button, self.edit_button, self.new_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # -- to implement ------------------------------------------------------------------------

    def _read(self, site_id: str) -> list[RowT]:
        raise NotImplementedError

    def _editor(self, site_id: str, existing: RowT | None) -> FormDialog[Any, RowT]:
        raise NotImplementedError

    def _delete(self, record_id: str) -> None:
        raise NotImplementedError

    def _delete_question(self, row: RowT) -> tuple[str, str]:
        raise NotImplementedError

    def _count_text(self, count: int) -> str:
        raise NotImplementedError

    # -- behaviour ---------------------------------------------------------------------------

    def set_site(self, site_id: str | None, site_name: str) -> None:
        """Show the records of ``site_id`` (None: the site is not saved yet)."""
        self._site_id = site_id
        self._site_name = site_name
        self.reload()

    def reload(self, select: str | None = None) -> None:
        """Read the rows again, keeping (or moving to) the selection."""
        selected = select or self.selected_id()
        self._set_rows(self._read(self._site_id) if self._site_id is not None else [])
        if selected is not None:
            self.select(selected)
        self.count.setText(self._count_text(self.model.rowCount()))
        self._fit_columns()
        self._update_buttons()

    def _fit_columns(self) -> None:
        """Size columns after the rows changed (the table sizes them itself by default)."""

    def selected_id(self) -> str | None:
        """The id of the selected record, if any."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = self.model.row_for_index(rows[0])
        return row.id if row is not None else None

    def select(self, record_id: str) -> None:
        """Select ``record_id`` if listed."""
        row = self.model.row_of(record_id)
        if row is None:
            return
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def new_record(self) -> FormDialog[Any, RowT] | None:
        """Open the form for a new record."""
        return self._open(None)

    def edit_selected(self) -> FormDialog[Any, RowT] | None:
        """Open the form for the selected record."""
        row = self.model.row_of(self.selected_id() or "")
        return self._open(self.model.row_at(row)) if row is not None else None

    def _open_index(self, index: QModelIndex) -> None:
        row = self.model.row_for_index(index)
        if row is not None:
            self._open(row)

    def _open(self, existing: RowT | None) -> FormDialog[Any, RowT] | None:
        if self._site_id is None:
            return None
        editor = self._editor(self._site_id, existing)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._saved)
        editor.open()
        return editor

    def _saved(self, stored: object) -> None:
        record_id = getattr(stored, "id", None)
        self.reload(record_id if isinstance(record_id, str) else None)
        self.changed.emit()

    def ask_delete(self) -> None:
        """Ask before deleting the selected record."""
        row = self.model.row_of(self.selected_id() or "")
        if row is None:
            return
        record = self.model.row_at(row)
        self._delete_id = record.id
        title, text = self._delete_question(record)
        box = ask(
            self.window(),
            title,
            text,
            QCoreApplication.translate("RecordsTab", "&Delete"),
            QCoreApplication.translate("RecordsTab", "&Keep"),
        )
        box.setIcon(QMessageBox.Icon.Warning)
        box.accepted.connect(self._delete_confirmed)

    def _delete_confirmed(self) -> None:
        record_id, self._delete_id = self._delete_id, None
        if record_id is None:
            return
        try:
            self._delete(record_id)
        except KnownError as exc:
            show_error(exc, self.window())
        self.reload()
        self.changed.emit()

    def _update_buttons(self) -> None:
        exists = self._site_id is not None
        chosen = exists and self.selected_id() is not None
        self.new_button.setEnabled(exists)
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)


class ObservationsTab(_RecordsTab[Observation]):
    """The observations of a site, newest first; new ones start with the last sector used."""

    def __init__(self, port: SiteEditorPort) -> None:
        model = ObservationsModel()
        super().__init__(port, model, model.set_rows)
        self.table.setAccessibleName(self.tr("Observations"))
        self.last_sector = Sector.SCHOOL
        self.new_button.setText(self.tr("&New observation…"))
        self.new_button.setAccessibleName(self.tr("New observation"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected observation"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected observation"))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ObservationColumn.TEXT, QHeaderView.ResizeMode.Stretch)

    def _read(self, site_id: str) -> list[Observation]:
        return self._port.observations(site_id)

    def _editor(self, site_id: str, existing: Observation | None) -> ObservationEditor:
        editor = ObservationEditor(
            self._port, site_id, self._site_name, existing, self.last_sector, self.window()
        )
        editor.saved.connect(self._remember_sector)
        return editor

    def _remember_sector(self, stored: object) -> None:
        if isinstance(stored, Observation):
            self.last_sector = stored.data.sector

    def _delete(self, record_id: str) -> None:
        self._port.delete_observation(record_id)

    def _delete_question(self, row: Observation) -> tuple[str, str]:
        return self.tr("Delete observation"), self.tr(
            "Delete the observation of %1? This cannot be undone."
        ).replace("%1", day_text(row.data.observed_on))

    def _count_text(self, count: int) -> str:
        return self.tr("Number of observations: %1").replace("%1", str(count))


class MeasuresTab(_RecordsTab[Measure]):
    """The measures of a site, open ones first; late follow-ups stand out."""

    def __init__(self, port: SiteEditorPort) -> None:
        model = MeasuresModel()
        super().__init__(port, model, model.set_rows)
        self.table.setAccessibleName(self.tr("Measures"))
        self.new_button.setText(self.tr("&New measure…"))
        self.new_button.setAccessibleName(self.tr("New measure"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected measure"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected measure"))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(MeasureColumn.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MeasureColumn.RESPONSIBLE, QHeaderView.ResizeMode.Interactive)

    def _fit_columns(self) -> None:
        """The responsible organisation gets its width up to a limit (the description the rest)."""
        self.table.resizeColumnToContents(MeasureColumn.RESPONSIBLE)
        limit = self.table.fontMetrics().horizontalAdvance("M") * 14
        width = self.table.columnWidth(MeasureColumn.RESPONSIBLE)
        self.table.setColumnWidth(MeasureColumn.RESPONSIBLE, min(width, limit))

    def _read(self, site_id: str) -> list[Measure]:
        return self._port.measures(site_id)

    def _editor(self, site_id: str, existing: Measure | None) -> MeasureEditor:
        return MeasureEditor(self._port, site_id, self._site_name, existing, self.window())

    def _delete(self, record_id: str) -> None:
        self._port.delete_measure(record_id)

    def _delete_question(self, row: Measure) -> tuple[str, str]:
        return self.tr("Delete measure"), self.tr(
            "Delete the measure \u201c%1\u201d? This cannot be undone."
        ).replace("%1", measure_kind_text(row.data.kind))

    def _count_text(self, count: int) -> str:
        return self.tr("Number of measures: %1").replace("%1", str(count))
