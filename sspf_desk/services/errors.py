"""Errors raised by the service layer (the vault and store errors pass through unchanged)."""

from __future__ import annotations

from sspf_desk.errors import KnownError, UsageError


class VaultFileNotFoundError(UsageError):
    """The vault file to open does not exist."""

    message_sv = "Valvfilen finns inte."
    message_en = "The vault file does not exist."


class VaultFileUnreadableError(KnownError):
    """The vault file exists but cannot be read (permissions, I/O error)."""

    exit_code = 1
    message_sv = "Valvfilen kunde inte läsas."
    message_en = "The vault file could not be read."


class UnknownUserError(KnownError):
    """The passphrase opened a key slot that no (active) user is bound to."""

    exit_code = 3
    message_sv = (
        "Lösenfrasen hör inte till någon aktiv användare i valvet. "
        "Öppna med återställningsnyckeln och sätt en ny lösenfras."
    )
    message_en = (
        "The passphrase does not belong to an active user of the vault. "
        "Open it with the recovery key and set a new passphrase."
    )
