"""GUI test configuration: a fixed language, and the offscreen platform's harmless warnings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from sspf_desk.ui.i18n import install_translator

_OFFSCREEN_NOISE = (
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",  # raising a record window that is already open
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Ignore the offscreen plugin's harmless warnings in every GUI test."""
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore(*_OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def english_ui(qapp: QApplication) -> Iterator[None]:
    """Start every GUI test in English (no catalogue); tests that want Swedish install it."""
    install_translator("en")
    yield
    install_translator("en")


@pytest.fixture(autouse=True)
def delete_closed_widgets(qapp: QApplication) -> Iterator[None]:
    """Run the deletions a test's closed windows asked for (``deleteLater``) before the next
    test: otherwise they live on in C++ with timers armed while Python's garbage collector
    frees objects they still use, which can crash a later test."""
    yield
    for widget in qapp.topLevelWidgets():
        if not widget.isVisible():
            widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
