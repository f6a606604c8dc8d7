"""Saving a meeting's files (minutes PDF, excerpts, calendar .ics) where the user chooses.

``FileExport.save`` asks for the file in a non-native dialog preset with a name that holds
no personal data, then produces the bytes and writes them on the task runner (producing
them is the audited export; the minutes of a large meeting take a moment). The file is
written directly to the chosen path, readable by its owner only — never through a
temporary file — and the user hears when it is saved or why it is not.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from sspf_desk.ui.dialogs.files import file_dialog
from sspf_desk.ui.messages import show_error, show_info, show_warning
from sspf_desk.ui.tasks import TaskRunner


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path``, readable by the owner only (0600).

    Raises:
        OSError: The file could not be written.
    """
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    os.chmod(path, 0o600)  # an existing file keeps its mode on O_TRUNC


class FileExport(QObject):
    """Asks where to save, then produces and writes the file on the task runner.

    Texts use ``QCoreApplication.translate("FileExport", …)``: subclasses share them.
    """

    def __init__(self, host: QWidget, runner: TaskRunner) -> None:
        super().__init__(host)
        self._host = host
        self._runner = runner
        self.dialog: QFileDialog | None = None

    def save(
        self,
        title: str,
        file_filter: str,
        suffix: str,
        name: str,
        produce: Callable[[], bytes],
    ) -> QFileDialog:
        """Open the file dialog preset with ``name``; on a choice, write ``produce()``.

        Args:
            title: The file dialog's title (no personal data).
            file_filter: E.g. ``"PDF (*.pdf)"``.
            suffix: Added to a typed name without one, e.g. ``"pdf"``.
            name: The suggested file name (no personal data).
            produce: Makes the file's bytes (runs on a worker thread: no widgets).
        """
        dialog = file_dialog(self._host, title, [file_filter], save=True, suffix=suffix)
        dialog.selectFile(name)
        dialog.fileSelected.connect(lambda chosen: self.write(Path(chosen), produce))
        self.dialog = dialog
        dialog.open()
        return dialog

    def save_ics(
        self, day: date, produce: Callable[[], bytes], *, series: bool = False
    ) -> QFileDialog:
        """Ask where to save a calendar file of the meeting (or series) starting on ``day``."""
        name = f"sspf-serie-{day.isoformat()}.ics" if series else f"sspf-{day.isoformat()}.ics"
        return self.save(
            QCoreApplication.translate("FileExport", "Save calendar file"),
            QCoreApplication.translate("FileExport", "Calendar (*.ics)"),
            "ics",
            name,
            produce,
        )

    def write(self, path: Path, produce: Callable[[], bytes]) -> None:
        """Produce the bytes and write them to ``path`` (on the task runner)."""
        self.dialog = None

        def work() -> bool:
            data = produce()
            try:
                write_private(path, data)
            except OSError:
                return False
            return True

        self._runner.run(work).on_success(self._written).on_error(self._failed).with_progress(
            QCoreApplication.translate("FileExport", "Saving the file…")
        ).start()

    def _written(self, ok: bool) -> None:
        if ok:
            show_info(QCoreApplication.translate("FileExport", "The file is saved."), self._host)
        else:
            show_warning(
                QCoreApplication.translate(
                    "FileExport",
                    "The file could not be written: the folder may be missing or read-only, "
                    "or the disk is full.",
                ),
                self._host,
            )

    def _failed(self, exc: Exception) -> None:
        show_error(exc, self._host)
