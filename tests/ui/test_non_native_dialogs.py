"""Every dialog is Qt's own: native ones run outside Qt's reach and would survive a lock."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from sspf_desk.errors import NotFoundError
from sspf_desk.ui.dialogs.files import file_dialog
from sspf_desk.ui.messages import ask, message_box, show_error, show_info, show_warning

PACKAGE = Path(__file__).parents[2] / "sspf_desk"
#: The only places that construct the dialogs Qt could otherwise show natively.
FACTORIES = {"ui/dialogs/files.py": "QFileDialog(", "ui/messages.py": "QMessageBox("}
NATIVE_PRONE = re.compile(
    r"QFileDialog\(|QMessageBox\(|QFileDialog\.get\w+|"
    r"QMessageBox\.(?:information|warning|critical|question|about|aboutQt)\(|"
    r"QColorDialog|QFontDialog|QPrintDialog|QPageSetupDialog"  # (QInputDialog is never native)
)


def test_dialogs_that_could_be_native_are_made_by_the_factories_only() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        label = path.relative_to(PACKAGE).as_posix()
        for match in NATIVE_PRONE.finditer(path.read_text(encoding="utf-8")):
            if FACTORIES.get(label) != match.group(0):
                found.append(f"{label}: {match.group(0)}")
    assert found == []


def test_the_factories_make_non_native_dialogs(qtbot: QtBot, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    for save in (False, True):
        dialog = file_dialog(parent, "t", ["PDF (*.pdf)"], save=save, suffix="pdf")
        assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.deleteLater()
    boxes = [
        message_box(parent, QMessageBox.Icon.Information, "t", "x"),
        ask(parent, "t", "x", "&Yes", "&No"),
        show_error(NotFoundError(), parent),
        show_info("x", parent),
        show_warning("x", parent),
    ]
    for box in boxes:
        assert box.testOption(QMessageBox.Option.DontUseNativeDialog)
        box.done(0)
