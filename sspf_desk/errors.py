"""The project's error hierarchy.

``KnownError`` is an expected failure that the user sees as one clear sentence in
Swedish (English on request) and that maps to a CLI exit code. ``BugError`` marks a
broken invariant. Messages never contain personal data.
"""

from __future__ import annotations

from typing import ClassVar


class SspfError(Exception):
    """Base of every error raised on purpose by SSPF Desk."""


class KnownError(SspfError):
    """An expected failure with a user-facing message and an exit code.

    Subclasses set ``message_sv`` / ``message_en``; both may contain ``{placeholders}``
    filled from the keyword arguments given to the constructor. Never pass personal data.
    """

    exit_code: ClassVar[int] = 1
    message_sv: ClassVar[str] = "Ett fel inträffade."
    message_en: ClassVar[str] = "An error occurred."
    #: When True, a given ``detail`` is the whole message instead of being appended.
    detail_replaces: ClassVar[bool] = False

    def __init__(self, detail: str | None = None, **fields: object) -> None:
        self.fields = fields
        self.detail = detail
        super().__init__(self.message("sv"))

    def message(self, lang: str = "sv") -> str:
        """Return the user-facing message in ``lang`` ("sv" or "en")."""
        template = self.message_en if lang == "en" else self.message_sv
        try:
            text = template.format(**self.fields)
        except (KeyError, IndexError, ValueError):
            text = template
        if self.detail:
            text = self.detail if self.detail_replaces else f"{text} {self.detail}"
        return text


class UsageError(KnownError):
    """Wrong use of the command line or the API."""

    exit_code = 2
    message_sv = "Felaktig användning."
    message_en = "Invalid usage."
    detail_replaces = True


class ValidationError(KnownError):
    """User input that does not pass validation; ``errors`` maps field names to messages."""

    exit_code = 2
    message_sv = "Uppgifterna är inte giltiga."
    message_en = "The data is not valid."

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__(" ".join(self.errors.values()) or None)


class NotFoundError(KnownError):
    """A record asked for by id does not exist (any longer)."""

    exit_code = 1
    message_sv = "Posten finns inte längre."
    message_en = "The record no longer exists."


class BugError(SspfError):
    """An invariant was broken: a programming error, reported, never expected."""
