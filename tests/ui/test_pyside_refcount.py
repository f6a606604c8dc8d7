"""Guard against Qt bindings that leak or steal references to ``None``.

PySide6 6.12.0 on Python 3.11 decremented ``None``'s reference count on every void Qt
call; after some ten thousand calls the interpreter aborts ("none_dealloc"), which in the
app means a crash after a few hours of work. This test fails on such a binding.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_void_qt_calls_keep_none_alive(qapp: QApplication) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(500):
        qapp.processEvents()
        label.setText("x")
        label.setVisible(False)
    lost = before - sys.getrefcount(None)
    assert lost < 100, f"the Qt binding lost {lost} references to None in 1500 calls"
