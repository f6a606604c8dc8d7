"""File dialogs: always Qt's own (non-native), window-modal and self-deleting.

A native dialog runs outside Qt's reach: the lock could not close it, and it would stay
open over a locked program. Every file dialog of the program is made here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget


def file_dialog(
    parent: QWidget,
    title: str,
    name_filters: list[str],
    *,
    save: bool,
    suffix: str = "",
) -> QFileDialog:
    """Return a non-native file dialog to open an existing file or to save a new one.

    Connect ``fileSelected`` and call ``open()``; the dialog deletes itself when closed.

    Args:
        parent: The window the dialog is modal to.
        title: Window title.
        name_filters: Filters such as ``"PDF (*.pdf)"``; the first is selected.
        save: Ask for a file to write (else an existing file to read).
        suffix: Appended to a typed name without one (when saving).
    """
    dialog = QFileDialog(parent, title)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setNameFilters(name_filters)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suffix)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return dialog
