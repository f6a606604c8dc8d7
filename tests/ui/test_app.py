"""The composition root: settings, language, logging, the last-resort error handler."""

from __future__ import annotations

import logging
import sys
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QMessageLogContext, QSettings, QtMsgType
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sspf_desk import app as app_module
from sspf_desk.errors import BugError
from sspf_desk.resources import translations_dir
from sspf_desk.ui.i18n import current_language, install_translator
from sspf_desk.ui.session import Session
from sspf_desk.ui.settings import (
    IDLE_MINUTES,
    LANGUAGE,
    MAX_IDLE_MINUTES,
    MAX_RECENT_FILES,
    RECENT_FILES,
    Option,
    Settings,
    idle_milliseconds,
)
from sspf_desk.ui.tasks import TaskRunner
from sspf_desk.ui.unlock_window import VaultAccess
from tests.ui.fakes import FakeAccess

TS_FILE = Path(__file__).parents[2] / "resources" / "translations" / "sspf_desk_sv.ts"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "config")


def close_windows() -> None:
    for widget in QApplication.topLevelWidgets():
        widget.hide()
        widget.deleteLater()
    QApplication.processEvents()


def test_settings_defaults_and_round_trip(settings: Settings) -> None:
    assert settings.get(LANGUAGE) == "sv"
    assert settings.get(IDLE_MINUTES) == 5
    assert settings.get(RECENT_FILES) == ()
    settings.set(IDLE_MINUTES, 15)
    settings.set(LANGUAGE, "en")
    assert (settings.get(IDLE_MINUTES), settings.get(LANGUAGE)) == (15, "en")


def test_recent_files_are_deduplicated_and_capped(settings: Settings, tmp_path: Path) -> None:
    for number in range(MAX_RECENT_FILES + 3):
        settings.add_recent_file(tmp_path / f"{number}.sspf")
    settings.add_recent_file(tmp_path / "4.sspf")
    recent = settings.get(RECENT_FILES)
    assert len(recent) == MAX_RECENT_FILES
    assert recent[0] == str(tmp_path / "4.sspf")
    assert len(set(recent)) == len(recent)


def test_malformed_and_undeclared_settings(settings: Settings, tmp_path: Path) -> None:
    raw = QSettings(str(tmp_path / "config" / "settings.ini"), QSettings.Format.IniFormat)
    raw.setValue(IDLE_MINUTES.key, "soon")
    raw.setValue("old/renamed", 1)
    raw.sync()
    fresh = Settings(tmp_path / "config")
    assert fresh.get(IDLE_MINUTES) == 5
    assert fresh.undeclared_keys() == ["old/renamed"]
    with pytest.raises(BugError):
        fresh.get(Option("never/declared", 0))


def test_idle_time_is_clamped(settings: Settings) -> None:
    assert idle_milliseconds(settings) == 5 * 60_000
    settings.set(IDLE_MINUTES, 0)
    assert idle_milliseconds(settings) == 60_000
    settings.set(IDLE_MINUTES, 100_000)
    assert MAX_IDLE_MINUTES == 60
    assert idle_milliseconds(settings) == 60 * 60_000


def test_swedish_translation_loads_and_english_is_the_fallback(tmp_path: Path) -> None:
    assert install_translator("sv")
    assert current_language() == "sv"
    assert QCoreApplication.translate("UnlockWindow", "SSPF Desk – Locked") == "SSPF Desk – Låst"
    assert install_translator("en")
    assert current_language() == "en"
    assert QCoreApplication.translate("UnlockWindow", "SSPF Desk – Locked") == (
        "SSPF Desk – Locked"
    )
    assert not install_translator("sv", tmp_path)  # no .qm there: English, no crash
    assert QCoreApplication.translate("UnlockWindow", "SSPF Desk – Locked") == (
        "SSPF Desk – Locked"
    )


def test_translation_catalogue_is_complete() -> None:
    root = ET.parse(TS_FILE).getroot()
    assert root.get("language") == "sv_SE"
    messages = list(root.iter("message"))
    assert len(messages) > 100
    for message in messages:
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, message.findtext("source")
        forms = [form.text for form in translation.iter("numerusform")]
        assert translation.text or all(forms), message.findtext("source")
    assert (translations_dir() / "sspf_desk_sv.qm").is_file(), "run make translations"


def test_language_switch_on_the_unlock_screen(
    qtbot: QtBot, settings: Settings, tmp_path: Path
) -> None:
    install_translator("sv")
    access = FakeAccess()
    session = Session(
        VaultAccess(open=access.open, create=access.create),  # type: ignore[arg-type]
        settings,
        TaskRunner(synchronous=True),
        idle_ms=60_000,
        quit_app=lambda: None,
    )
    session.start()
    try:
        window = session.unlock_window
        assert window is not None
        assert window.tabs.tabText(0) == "&Öppna valv"
        window.language.setCurrentIndex(window.language.findData("en"))
        english = session.unlock_window
        assert english is not None and english is not window
        assert english.tabs.tabText(0) == "&Open vault"
        assert english.language.currentData() == "en"
        assert settings.get(LANGUAGE) == "en"
        assert current_language() == "en"
    finally:
        close_windows()


def test_qt_messages_go_to_logging(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="qt"):
        app_module.qt_message_handler(QtMsgType.QtInfoMsg, QMessageLogContext(), "hello")
    assert [r.levelno for r in caplog.records] == [logging.INFO]
    assert "hello" in caplog.text


def test_qt_messages_are_logged_without_quoted_text_or_paths(
    caplog: pytest.LogCaptureFixture,
) -> None:
    message = (
        'QWidget "Åsa Öberg" could not open /home/anna/Åsa Öberg 20100215-2385.sspf: '
        "Permission denied"
    )
    with caplog.at_level(logging.WARNING, logger="qt"):
        app_module.qt_message_handler(QtMsgType.QtWarningMsg, QMessageLogContext(), message)
    assert "Öberg" not in caplog.text and "2385" not in caplog.text and "anna" not in caplog.text
    assert 'QWidget "…" could not open …: Permission denied' in caplog.text
    windows = app_module.scrub_qt_message(r"cannot load C:\Users\Kim Berg\v.sspf, giving up")
    assert windows == "cannot load …, giving up"


def test_missing_translation_is_logged_without_the_folder(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "Åsa Öberg"
    folder.mkdir()
    with caplog.at_level(logging.WARNING):
        assert not install_translator("sv", folder)
    assert "Translation sv not found" in caplog.text
    assert "Öberg" not in caplog.text


def test_excepthook_logs_without_personal_data_and_tells_the_user(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr(app_module, "show_error", shown.append)
    try:
        raise ValueError("Åsa Öberg 20100215-2385")
    except ValueError as exc:
        with caplog.at_level(logging.ERROR):
            app_module.excepthook(ValueError, exc, exc.__traceback__)
    assert len(shown) == 1
    assert "ValueError" in caplog.text
    assert "Öberg" not in caplog.text and "2385" not in caplog.text


def test_unexpected_error_text_is_generic() -> None:
    from sspf_desk.ui.messages import error_text

    text = error_text(ValueError("Åsa Öberg"))
    assert "Öberg" not in text
    assert "log" in text


@pytest.fixture
def restore_hooks(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    yield
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_sspf_desk", False)]:
        root.removeHandler(handler)
        handler.close()


def test_run_gui_shows_the_unlock_screen(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, restore_hooks: None, tmp_path: Path
) -> None:
    vault = tmp_path / "kommun.sspf"
    vault.write_bytes(b"x")
    seen: dict[str, object] = {}

    def fake_exec(_app: QApplication) -> int:
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        seen["titles"] = [w.windowTitle() for w in windows]
        seen["path"] = windows[0].open_form.path.text()  # type: ignore[attr-defined]
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    try:
        assert app_module.run_gui(vault, "en") == 0
    finally:
        close_windows()
    assert seen == {"titles": ["SSPF Desk"], "path": str(vault)}
    assert sys.excepthook is app_module.excepthook
