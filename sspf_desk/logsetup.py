"""Logging set-up shared by the GUI and the command line.

Logs go to a rotating file in the platform log folder. Nothing personal is logged:
for unexpected errors only the exception type and the code locations are written,
never the exception message (which may quote a name or a personnummer).
"""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path

LOG_FILE_NAME = "sspf-desk.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(log_dir: Path, *, level: int = logging.INFO) -> Path:
    """Send the root logger to a rotating file in ``log_dir``; return the file's path."""
    log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = log_dir / LOG_FILE_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_sspf_desk", False):
            root.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler._sspf_desk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return path


def scrubbed_traceback(exc: BaseException) -> str:
    """Return the exception's type and stack (file, line, function) without any message text."""
    lines = [f"{type(exc).__module__}.{type(exc).__qualname__}"]
    for frame in traceback.extract_tb(exc.__traceback__):
        lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
    cause = exc.__cause__ or exc.__context__
    if cause is not None and cause is not exc:
        lines.append("caused by:")
        lines.append(scrubbed_traceback(cause))
    return "\n".join(lines)


def log_unexpected(logger: logging.Logger, exc: BaseException) -> None:
    """Log an unexpected exception without personal data (see ``scrubbed_traceback``)."""
    logger.error("unexpected error\n%s", scrubbed_traceback(exc))
