"""What the import wizard needs from the services (``ListImportPort``) and what its pages share.

``services.list_import.ListImportService`` has the port's shape; tests hand in fakes. The
wizard reads files and builds the preview on a worker thread (``TaskRunner``) and commits
on the GUI thread, because the workspace tells its change listeners on the committing
thread and those listeners update widgets.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject
from shiboken6 import isValid

from sspf_desk.services.import_fields import ImportTarget
from sspf_desk.services.import_mapping import ColumnMapping
from sspf_desk.services.import_preview import ImportPreview, ImportSummary
from sspf_desk.services.import_table import ImportTable
from sspf_desk.ui.tasks import TaskRunner


class ListImportPort(Protocol):
    """The list-import calls the GUI makes."""

    def read_table(
        self, path: Path, *, sheet: str | None = None, header_row: int | None = None
    ) -> ImportTable:
        """Read a CSV or XLSX file; raises ``ListFileError``."""
        ...

    def guess_mapping(self, table: ImportTable, target: ImportTarget) -> ColumnMapping:
        """Propose a mapping from the column titles."""
        ...

    def preview(self, table: ImportTable, mapping: ColumnMapping) -> ImportPreview:
        """Check every row; nothing is written. Raises ``MappingError``."""
        ...

    def commit(self, preview: ImportPreview) -> ImportSummary:
        """Write the rows to create in one unit of work."""
        ...


@dataclass
class ImportState:
    """What the pages of one wizard run share.

    Attributes:
        port: The list-import service.
        runner: Runs file reading and previews off the GUI thread.
        target: What the rows become.
        path: The chosen file.
        table: The list as read (``None`` until a file was read).
        mapping: The mapping confirmed on the mapping page.
        preview: The preview built from ``table`` and ``mapping``.
        summary: What the import did (after the confirm page).
    """

    port: ListImportPort
    runner: TaskRunner
    target: ImportTarget = ImportTarget.YOUNG_PERSON
    path: Path | None = None
    table: ImportTable | None = None
    mapping: ColumnMapping | None = None
    preview: ImportPreview | None = None
    summary: ImportSummary | None = None

    def forget(self) -> None:
        """Drop the list and everything derived from it (personal data) from memory."""
        self.table = None
        self.mapping = None
        self.preview = None
        self.summary = None


def alive(obj: QObject) -> bool:
    """Whether ``obj``'s C++ side still exists (a result may arrive after a lock closed it)."""
    return bool(isValid(obj))
