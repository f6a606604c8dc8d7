"""User preferences, declared once: a small typed registry of options over ``QSettings``.

Only UI preferences live here (an INI file in the config folder); anything sensitive
belongs in the encrypted vault. Reading an undeclared key is a programming error, and
``undeclared_keys()`` lists stray keys found in the file (e.g. after a rename).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QSettings

from sspf_desk.errors import BugError

T = TypeVar("T", str, int, tuple[str, ...])

MAX_RECENT_FILES = 8
MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 60


@dataclass(frozen=True)
class Option(Generic[T]):
    """One declared preference: its key in the settings file and its default value."""

    key: str
    default: T


LANGUAGE: Option[str] = Option("ui/language", "sv")
IDLE_MINUTES: Option[int] = Option("security/idle_minutes", 5)
RECENT_FILES: Option[tuple[str, ...]] = Option("files/recent", ())

OPTIONS: tuple[Option[str] | Option[int] | Option[tuple[str, ...]], ...] = (
    LANGUAGE,
    IDLE_MINUTES,
    RECENT_FILES,
)
_DECLARED = frozenset(option.key for option in OPTIONS)


class Settings:
    """Typed access to the declared options, stored in ``<config>/settings.ini``."""

    def __init__(self, config_dir: Path) -> None:
        config_dir.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(config_dir / "settings.ini"), QSettings.Format.IniFormat)

    def get(self, option: Option[T]) -> T:
        """Return the stored value of ``option`` (its default when missing or malformed)."""
        self._check(option)
        raw = self._qs.value(option.key)
        if raw is None:
            return option.default
        default = option.default
        if isinstance(default, tuple):
            items = [raw] if isinstance(raw, str) else raw
            if not isinstance(items, list):
                return default
            return tuple(str(item) for item in items if str(item))
        if isinstance(default, int):
            try:
                return int(raw)
            except (TypeError, ValueError):
                return default
        return str(raw)

    def set(self, option: Option[T], value: T) -> None:
        """Store ``value`` for ``option``."""
        self._check(option)
        self._qs.setValue(option.key, list(value) if isinstance(value, tuple) else value)
        self._qs.sync()

    def undeclared_keys(self) -> list[str]:
        """Return keys in the file that no declared option owns."""
        return sorted(key for key in self._qs.allKeys() if key not in _DECLARED)

    def add_recent_file(self, path: Path) -> None:
        """Put ``path`` first in the recent-files list (deduplicated, capped)."""
        text = str(path)
        recent = [item for item in self.get(RECENT_FILES) if item != text]
        self.set(RECENT_FILES, (text, *recent)[:MAX_RECENT_FILES])

    @staticmethod
    def _check(option: Option[T]) -> None:
        if option.key not in _DECLARED:
            raise BugError(f"undeclared setting {option.key}")


def idle_minutes(settings: Settings) -> int:
    """Return the auto-lock idle time in minutes, clamped to 1–60."""
    return min(max(settings.get(IDLE_MINUTES), MIN_IDLE_MINUTES), MAX_IDLE_MINUTES)


def idle_milliseconds(settings: Settings) -> int:
    """Return the auto-lock idle time in milliseconds (see :func:`idle_minutes`)."""
    return idle_minutes(settings) * 60_000
