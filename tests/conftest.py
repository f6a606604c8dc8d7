"""Test-wide configuration: headless Qt, an isolated app home per test, GUI auto-marking."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Point SSPF_DESK_HOME (settings, locks, backups, logs) at a fresh folder."""
    home = tmp_path_factory.mktemp("sspf-home")
    monkeypatch.setenv("SSPF_DESK_HOME", str(home))
    monkeypatch.delenv("SSPF_DESK_PASSPHRASE", raising=False)
    yield home


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test under tests/ui as ``gui``."""
    ui_root = Path(__file__).parent / "ui"
    for item in items:
        if ui_root in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.gui)
