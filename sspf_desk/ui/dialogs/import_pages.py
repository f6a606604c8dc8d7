"""The import wizard's steps other than the mapping: file, preview, confirm, summary.

Reading the file and building the preview run on the task runner (off the GUI thread);
the commit runs on the GUI thread (see ``import_state``). Nothing is written before the
confirm step's Import button.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from sspf_desk.errors import KnownError
from sspf_desk.logsetup import log_unexpected
from sspf_desk.services.import_fields import ImportTarget
from sspf_desk.services.import_preview import ImportPreview, ImportSummary, RowAction
from sspf_desk.services.import_table import ImportTable
from sspf_desk.ui.dialogs.files import file_dialog
from sspf_desk.ui.dialogs.import_state import ImportState, alive
from sspf_desk.ui.import_labels import target_label
from sspf_desk.ui.messages import error_text, show_error
from sspf_desk.ui.models.import_preview_model import ImportPreviewModel, ProblemsProxy
from sspf_desk.ui.widgets.field_errors import ERROR_STYLE

log = logging.getLogger(__name__)


def _fill(template: str, *values: object) -> str:
    """Replace %1, %2, … in a translated text."""
    for number, value in enumerate(values, start=1):
        template = template.replace(f"%{number}", str(value))
    return template


class FilePage(QWizardPage):
    """Step 1: what the rows become, which file, which sheet."""

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._busy = False
        self.setTitle(self.tr("Choose the list"))
        self.setSubTitle(
            self.tr(
                "A CSV or Excel file (.xlsx) with a row of column titles and then one row "
                "per young person or concern. Nothing is saved until you confirm the import."
            )
        )
        self.target = QComboBox()
        for target in ImportTarget:
            self.target.addItem(target_label(target), target)
        self.target.setAccessibleName(self.tr("What the rows are"))
        self.target.currentIndexChanged.connect(self._target_changed)
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setAccessibleName(self.tr("Chosen file"))
        self.browse = QPushButton(self.tr("&Choose file…"))
        self.browse.setAccessibleName(self.tr("Choose the file to import"))
        self.browse.clicked.connect(self.choose_file)
        self.sheet = QComboBox()
        self.sheet.setAccessibleName(self.tr("Sheet"))
        self.sheet.activated.connect(self._sheet_chosen)
        self.status = QLabel()
        self.status.setWordWrap(True)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        form = QFormLayout(self)
        form.addRow(self.tr("&Import as"), self.target)
        form.addRow(self.tr("File"), file_row)
        form.addRow(self.tr("&Sheet"), self.sheet)
        form.addRow(self.status)
        self._sheet_label = form.labelForField(self.sheet)
        self._show_sheets(None)

    def choose_file(self) -> None:
        """Ask for the list file."""
        dialog = file_dialog(
            self,
            self.tr("Choose the list"),
            [self.tr("Lists (*.xlsx *.xlsm *.csv *.txt *.tsv)"), self.tr("All files (*)")],
            save=False,
        )
        dialog.fileSelected.connect(self._file_chosen)
        dialog.open()

    def _file_chosen(self, name: str) -> None:
        self.load(Path(name))

    def _sheet_chosen(self, index: int) -> None:
        if self._state.path is not None and index >= 0:
            self.load(self._state.path, self.sheet.itemText(index))

    def _target_changed(self) -> None:
        self._state.target = ImportTarget(self.target.currentData())
        self._state.mapping = None

    def load(self, path: Path, sheet: str | None = None) -> None:
        """Read ``path`` (the given sheet of a workbook) on the task runner."""
        self._state.forget()
        self._state.path = path
        self.path.setText(path.name)
        self._busy = True
        self._set_status(self.tr("Reading the list…"), error=False)
        self.completeChanged.emit()
        port = self._state.port
        self._state.runner.run(lambda: port.read_table(path, sheet=sheet)).on_success(
            self._loaded
        ).on_error(self._failed).with_progress(self.tr("Reading the list…")).start()

    def _loaded(self, table: ImportTable) -> None:
        if not alive(self):
            return
        self._busy = False
        self._state.table = table
        self._show_sheets(table)
        text = self.tr("%1 rows and %2 columns read; the column titles are on line %3.")
        self._set_status(_fill(text, len(table.rows), len(table.headers), table.header_line))
        self.completeChanged.emit()

    def _failed(self, exc: Exception) -> None:
        if not alive(self):
            return
        self._busy = False
        self._state.table = None
        self._set_status(error_text(exc), error=True)
        self.completeChanged.emit()

    def _show_sheets(self, table: ImportTable | None) -> None:
        sheets = table.sheets if table is not None else ()
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(list(sheets))
        if table is not None and table.sheet is not None:
            self.sheet.setCurrentText(table.sheet)
        self.sheet.blockSignals(False)
        many = len(sheets) > 1
        self.sheet.setVisible(many)
        if self._sheet_label is not None:
            self._sheet_label.setVisible(many)

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setAccessibleName(text)

    def isComplete(self) -> bool:
        """Complete once a list has been read."""
        return not self._busy and self._state.table is not None


class PreviewPage(QWizardPage):
    """Step 3: every row with its action and messages; problems highlighted."""

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(
            self.tr(
                "Nothing has been saved yet. Red rows have problems and are skipped; yellow "
                "rows are already in the vault or repeated in the list. Point at a red cell "
                "to see its message."
            )
        )
        self.model = ImportPreviewModel(self)
        self.proxy = ProblemsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Rows of the list"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setResizeContentsPrecision(200)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.problems_only = QCheckBox(self.tr("Show only rows that will &not be imported"))
        self.problems_only.toggled.connect(self.proxy.set_problems_only)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.problems_only)
        layout.addWidget(self.table, 1)

    def initializePage(self) -> None:
        """Build the preview on the task runner."""
        self.model.set_preview(None)
        self._state.preview = None
        table, mapping = self._state.table, self._state.mapping
        if table is None or mapping is None:
            return
        self.counts.setText(self.tr("Checking every row…"))
        port = self._state.port
        self._state.runner.run(lambda: port.preview(table, mapping)).on_success(
            self._ready
        ).on_error(self._failed).with_progress(self.tr("Checking every row…")).start()

    def _ready(self, preview: ImportPreview) -> None:
        if not alive(self):
            return
        self._state.preview = preview
        self.model.set_preview(preview)
        self.table.resizeColumnsToContents()
        messages = ImportPreviewModel.MESSAGES_WIDTH
        self.table.setColumnWidth(2, min(self.table.columnWidth(2), messages))
        text = self.tr("Rows: %1. To import: %2. With problems: %3. Duplicates: %4.")
        self.counts.setText(
            _fill(
                text,
                len(preview.rows),
                preview.count(RowAction.CREATE),
                preview.count(RowAction.SKIP),
                preview.count(RowAction.DUPLICATE),
            )
        )
        self.counts.setStyleSheet("")
        self.completeChanged.emit()

    def _failed(self, exc: Exception) -> None:
        if not alive(self):
            return
        self.counts.setText(error_text(exc))
        self.counts.setStyleSheet(ERROR_STYLE)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """Complete when at least one row can be imported."""
        preview = self._state.preview
        return preview is not None and preview.count(RowAction.CREATE) > 0


class ConfirmPage(QWizardPage):
    """Step 4: what will be written; the Import button commits (one unit of work)."""

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("Nothing has been saved yet."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def initializePage(self) -> None:
        """Describe what the import will write."""
        preview = self._state.preview
        if preview is None:
            return
        planned = preview.planned()
        skipped = len(preview.rows) - preview.count(RowAction.CREATE)
        if preview.target is ImportTarget.CONCERN:
            what = [_fill(self.tr("Concerns to import: %1."), planned.get("concern", 0))]
        else:
            what = [
                _fill(
                    self.tr("Young persons to import: %1. Guardians on their rows: %2."),
                    planned.get("young_person", 0),
                    planned.get("related_person", 0),
                ),
                self.tr("Guardians who are already in the vault are linked, not added again."),
            ]
        parts = [
            *what,
            _fill(self.tr("Rows skipped: %1 (the summary lists them by line)."), skipped),
            self.tr(
                "The import is saved as one whole: either every row or none. Click Import "
                "to save it."
            ),
        ]
        self.text.setText("\n\n".join(parts))

    def validatePage(self) -> bool:
        """Commit the import (on the GUI thread, with a busy cursor)."""
        preview = self._state.preview
        if preview is None:
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._state.summary = self._state.port.commit(preview)
        except KnownError as exc:
            show_error(exc, self)
            return False
        except Exception as exc:  # a bug: logged, shown as one sentence, nothing half-written
            log_unexpected(log, exc)
            show_error(exc, self)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self._state.preview = None
        self._state.table = None
        return True


class SummaryPage(QWizardPage):
    """Step 5: what was imported and which rows were skipped, by line."""

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.setTitle(self.tr("Import finished"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.skipped = QPlainTextEdit()
        self.skipped.setReadOnly(True)
        self.skipped.setAccessibleName(self.tr("Skipped rows"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.skipped, 1)

    def initializePage(self) -> None:
        """Show the summary of the commit."""
        summary = self._state.summary
        if summary is not None:
            self.show_summary(summary)

    def show_summary(self, summary: ImportSummary) -> None:
        """Fill the page from ``summary``."""
        created = summary.created
        if summary.target is ImportTarget.CONCERN:
            self.text.setText(
                _fill(
                    self.tr("Concerns imported: %1. Rows skipped: %2."),
                    created.get("concern", 0),
                    len(summary.skipped),
                )
            )
            self._show_skipped(summary)
            return
        text = self.tr(
            "Young persons imported: %1. New guardians: %2. Links between young persons and "
            "guardians: %3. Rows skipped: %4."
        )
        self.text.setText(
            _fill(
                text,
                created.get("young_person", 0),
                created.get("related_person", 0),
                created.get("person_link", 0),
                len(summary.skipped),
            )
        )
        self._show_skipped(summary)

    def _show_skipped(self, summary: ImportSummary) -> None:
        line = self.tr("Line %1: %2")
        self.skipped.setPlainText("\n".join(_fill(line, n, why) for n, why in summary.skipped))
        self.skipped.setVisible(bool(summary.skipped))
