"""Scans of signed consent forms in the GUI: choose one, and show one — from memory only.

Choosing reads the whole file into memory (the service encrypts it into the vault); the
program never writes a plaintext copy anywhere. Showing decodes an image straight from
the bytes into a window. A PDF cannot be shown inside the program, so the user may save
a copy to a place they choose, after a warning that the copy is not protected.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.ui.dialogs.files import file_dialog
from sspf_desk.ui.messages import ask, show_info, show_warning

#: File name endings accepted for a scan, with their media types.
MEDIA_TYPES = {
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
}
MAX_SCAN_BYTES = 50 * 1024 * 1024
PDF = "application/pdf"


@dataclass(frozen=True)
class ScanFile:
    """A chosen scan, held in memory."""

    data: bytes = b""
    media_type: str = ""
    name: str = ""

    def description(self) -> str:
        """E.g. ``blankett.pdf (1.2 MB)``."""
        size = len(self.data) / (1024 * 1024)
        if size >= 0.1:
            amount = QCoreApplication.translate("ScanFiles", "%1 MB").replace("%1", f"{size:.1f}")
        else:
            amount = QCoreApplication.translate("ScanFiles", "%1 kB").replace(
                "%1", str(max(1, round(len(self.data) / 1024)))
            )
        return f"{self.name} ({amount})"


def read_scan(path: Path) -> ScanFile | str:
    """Read ``path`` into memory; return the scan, or a message why it cannot be used."""
    media_type = MEDIA_TYPES.get(path.suffix.lower())
    if media_type is None:
        return QCoreApplication.translate(
            "ScanFiles", "Choose a PDF or an image (PNG, JPEG, TIFF)."
        )
    try:
        if path.stat().st_size > MAX_SCAN_BYTES:
            return QCoreApplication.translate("ScanFiles", "The file is too large (at most 50 MB).")
        data = path.read_bytes()
    except OSError:
        return QCoreApplication.translate("ScanFiles", "The file could not be read.")
    if not data:
        return QCoreApplication.translate("ScanFiles", "The file is empty.")
    return ScanFile(data, media_type, path.name)


def choose_scan(parent: QWidget, chosen: Callable[[ScanFile], object]) -> QWidget:
    """Open a file dialog; a readable scan is passed to ``chosen`` (else a message shows)."""
    dialog = file_dialog(
        parent,
        QCoreApplication.translate("ScanFiles", "Choose the scanned, signed form"),
        [
            QCoreApplication.translate(
                "ScanFiles", "PDF or image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"
            )
        ],
        save=False,
    )

    def selected(name: str) -> None:
        result = read_scan(Path(name))
        if isinstance(result, str):
            show_warning(result, parent)
        else:
            chosen(result)

    dialog.fileSelected.connect(selected)
    dialog.open()
    return dialog


class ScanViewer(QDialog):
    """Shows an image of a signed form, decoded from memory."""

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Signed form"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.image_label = QLabel()
        self.image_label.setAccessibleName(self.tr("Scan of the signed form"))
        self.image_label.setPixmap(QPixmap.fromImage(image))
        scroll = QScrollArea()
        scroll.setWidget(self.image_label)
        scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(min(image.width() + 60, 900), min(image.height() + 90, 800))


def show_scan(parent: QWidget, data: bytes, media_type: str) -> QWidget:
    """Show a signed form: an image in a window, a PDF via "Save a copy…" after a warning."""
    if media_type != PDF:
        image = QImage.fromData(data)
        if image.isNull():
            return show_warning(
                QCoreApplication.translate("ScanFiles", "The scan could not be shown."), parent
            )
        viewer = ScanViewer(image, parent)
        viewer.open()
        return viewer
    return _offer_pdf_copy(parent, data)


class PdfCopy(QObject):
    """Keeps the PDF's bytes while the user answers and picks a place; then goes away."""

    def __init__(self, parent: QWidget, data: bytes) -> None:
        super().__init__(parent)
        self._window = parent
        self._data = data

    def choose_place(self) -> QFileDialog:
        """Ask where to write the copy."""
        dialog = file_dialog(
            self._window,
            QCoreApplication.translate("ScanFiles", "Save a copy of the signed form"),
            ["PDF (*.pdf)"],
            save=True,
        )
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(QCoreApplication.translate("ScanFiles", "signed-form.pdf"))
        dialog.fileSelected.connect(self.write)
        dialog.finished.connect(self.deleteLater)
        dialog.open()
        return dialog

    def write(self, name: str) -> None:
        """Write the copy to ``name``."""
        try:
            Path(name).write_bytes(self._data)
        except OSError:
            show_warning(
                QCoreApplication.translate("ScanFiles", "The copy could not be saved."),
                self._window,
            )
            return
        show_info(QCoreApplication.translate("ScanFiles", "The copy was saved."), self._window)


def _offer_pdf_copy(parent: QWidget, data: bytes) -> QMessageBox:
    box = ask(
        parent,
        QCoreApplication.translate("ScanFiles", "Signed form (PDF)"),
        QCoreApplication.translate(
            "ScanFiles",
            "A PDF cannot be shown inside SSPF Desk. You can save a copy and open it in "
            "another program.\n\nThe copy is not encrypted: keep it only where personal "
            "data about children may be kept, and delete it when you are done.",
        ),
        QCoreApplication.translate("ScanFiles", "&Save a copy…"),
        QCoreApplication.translate("ScanFiles", "Cancel"),
    )
    copy = PdfCopy(parent, data)
    box.accepted.connect(copy.choose_place)
    box.rejected.connect(copy.deleteLater)
    return box
