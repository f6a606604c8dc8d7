"""Composition root of the graphical program: settings, logging, language, unlock, session.

``run_gui`` is called by the command line when no sub-command is given. It builds every
object the GUI needs and passes them down explicitly (no global service locator).
"""

from __future__ import annotations

import logging
import re
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from sspf_desk import __version__
from sspf_desk.errors import KnownError
from sspf_desk.logsetup import configure_logging, log_unexpected
from sspf_desk.paths import AppPaths, app_paths
from sspf_desk.services.workspace import Workspace
from sspf_desk.ui.i18n import install_translator, normalize_language
from sspf_desk.ui.messages import show_error
from sspf_desk.ui.session import Session
from sspf_desk.ui.settings import LANGUAGE, Settings, idle_milliseconds
from sspf_desk.ui.tasks import TaskRunner
from sspf_desk.ui.unlock_window import VaultAccess
from sspf_desk.vault import list_backups, read_header_info

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


_QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'|“[^”]*”|«[^»]*»")
_PATH = re.compile(
    r"(?:file:/+|(?<![\w.])/|\b[A-Za-z]:[\\/]|\\\\)"  # a path starts here; it may hold spaces
    r"[^\n\"']*?(?=: |, |; |\)|[\"'\n]|$)"
)


def scrub_qt_message(message: str) -> str:
    """Return Qt's ``message`` with quoted text and file paths replaced by "…".

    Qt quotes what it talks about (object names, window titles, texts, file names); any
    of those may hold a name or a personnummer, and a path may name the user or a young
    person's file. What is left says what went wrong, which is what the log is for.
    """
    return _PATH.sub("…", _QUOTED.sub('"…"', message))


def qt_message_handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Route Qt's own messages into Python logging (logger ``qt``), scrubbed."""
    category = context.category or "default"
    level = _QT_LEVELS.get(kind, logging.WARNING)
    qt_log.log(level, "[%s] %s", category, scrub_qt_message(message))


def excepthook(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
) -> None:
    """Last resort: log the error without personal data, tell the user in one sentence."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log_unexpected(log, exc.with_traceback(tb))
    if QApplication.instance() is not None:
        try:
            show_error(exc)
        except Exception as display_error:  # the dialog itself failed; the log has it all
            log_unexpected(log, display_error)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    """Log uncaught exceptions of worker threads (they have no window to show them in)."""
    if args.exc_value is not None:
        log_unexpected(log, args.exc_value)


def vault_access(paths: AppPaths) -> VaultAccess:
    """Return the real open/create functions for the unlock screen."""

    def open_vault(path: Path, passphrase: str | None, recovery_key: str | None) -> Workspace:
        return Workspace.open(path, paths=paths, passphrase=passphrase, recovery_key=recovery_key)

    def create_vault(path: Path, user_name: str, passphrase: str) -> tuple[Workspace, str]:
        workspace, recovery = Workspace.create(
            path, user_name=user_name, passphrase=passphrase, paths=paths
        )
        return workspace, recovery.text

    def newest_backup(path: Path) -> Path | None:
        try:
            file_id = read_header_info(path).file_id
        except (KnownError, OSError):
            return None  # the header itself is unreadable: no way to tell which backups
        found = list_backups(paths.backups, file_id)
        return found[0] if found else None

    return VaultAccess(open=open_vault, create=create_vault, newest_backup=newest_backup)


def create_application(argv: list[str]) -> QApplication:
    """Return the ``QApplication`` (creating it if needed) with the program's identity."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName("SSPF Desk")
    app.setApplicationDisplayName("SSPF Desk")
    app.setOrganizationName("SSPF Desk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("sspf-desk")
    return app


def run_gui(db_path: Path | None, lang: str | None) -> int:
    """Start the graphical program and return its exit code.

    Args:
        db_path: Vault to preselect on the unlock screen (``--db``), or None.
        lang: ``"sv"`` or ``"en"`` for this run (``--lang``); None uses the saved setting.
    """
    paths = app_paths().ensure()
    configure_logging(paths.logs)
    qInstallMessageHandler(qt_message_handler)
    sys.excepthook = excepthook
    threading.excepthook = _thread_excepthook
    app = create_application(sys.argv[:1])
    settings = Settings(paths.config)
    for key in settings.undeclared_keys():
        log.warning("Ignoring undeclared setting %s", key)
    install_translator(normalize_language(lang or settings.get(LANGUAGE)))
    runner = TaskRunner(app)
    session = Session(
        vault_access(paths),
        settings,
        runner,
        idle_ms=idle_milliseconds(settings),
        initial_path=db_path,
    )
    session.start()
    log.info("GUI started (version %s)", __version__)
    code = app.exec()
    runner.wait()
    return code
