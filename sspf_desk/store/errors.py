"""Errors of the store layer, all shown to the user (no personal data in them)."""

from __future__ import annotations

from sspf_desk.errors import KnownError


class InconsistentDatabaseError(KnownError):
    """The decrypted database fails ``PRAGMA quick_check`` (or is not a database at all)."""

    exit_code = 4
    message_sv = "Databasen i valvet är skadad (integritetskontrollen misslyckades)."
    message_en = "The database inside the vault is damaged (the integrity check failed)."


class NewerSchemaError(KnownError):
    """The database was migrated by a newer SSPF Desk than this one."""

    exit_code = 6
    message_sv = "Valvet är skapat med en nyare version av SSPF Desk."
    message_en = "The vault was created with a newer version of SSPF Desk."
