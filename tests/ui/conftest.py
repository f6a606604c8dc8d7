"""GUI test configuration: tolerate the one harmless warning of the offscreen platform."""

from __future__ import annotations

import pytest

_OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Ignore the offscreen plugin's size-hint warning in every GUI test."""
    for item in items:
        item.add_marker(pytest.mark.qt_log_ignore(_OFFSCREEN_NOISE))
