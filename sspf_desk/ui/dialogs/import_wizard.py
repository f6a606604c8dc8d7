"""The list-import wizard: choose file → match columns → check rows → import → summary.

Non-native (Qt's own style and file dialogs), window-modal and self-deleting, so the lock
can close it; closing before the Import step leaves the vault untouched, and the list read
is dropped from memory with the wizard.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget, QWizard

from sspf_desk.ui.dialogs.import_mapping_page import MappingPage
from sspf_desk.ui.dialogs.import_pages import ConfirmPage, FilePage, PreviewPage, SummaryPage
from sspf_desk.ui.dialogs.import_state import ImportState, ListImportPort
from sspf_desk.ui.tasks import TaskRunner


class PageId(IntEnum):
    """The wizard's pages, in order."""

    FILE = 0
    MAPPING = 1
    PREVIEW = 2
    CONFIRM = 3
    SUMMARY = 4


class ImportWizard(QWizard):
    """Imports a CSV or XLSX list through a ``ListImportPort``; emits ``imported(summary)``."""

    imported = Signal(object)

    def __init__(
        self,
        port: ListImportPort,
        parent: QWidget | None = None,
        *,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import a list"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))
        self.state = ImportState(port, runner or TaskRunner(self))
        self.file_page = FilePage(self.state)
        self.mapping_page = MappingPage(self.state)
        self.preview_page = PreviewPage(self.state)
        self.confirm_page = ConfirmPage(self.state)
        self.summary_page = SummaryPage(self.state)
        for page_id, page in (
            (PageId.FILE, self.file_page),
            (PageId.MAPPING, self.mapping_page),
            (PageId.PREVIEW, self.preview_page),
            (PageId.CONFIRM, self.confirm_page),
            (PageId.SUMMARY, self.summary_page),
        ):
            self.setPage(page_id, page)
        self.currentIdChanged.connect(self._page_changed)
        self.finished.connect(self._forget)
        self.resize(960, 640)

    def _page_changed(self, page_id: int) -> None:
        if page_id == PageId.SUMMARY and self.state.summary is not None:
            self.imported.emit(self.state.summary)

    def _forget(self) -> None:
        """Drop the list and the preview (personal data) when the wizard closes."""
        self.state.forget()
        self.preview_page.model.set_preview(None)
