"""Typed errors of the vault: one class per way opening or saving a vault can fail.

Every class is a :class:`sspf_desk.errors.KnownError` with a Swedish ``message_sv``, an
English ``message_en`` and the CLI exit code of DESIGN §5. Messages never contain personal
data (no file names, no passphrases); they may contain a chunk index or format numbers.
"""

from __future__ import annotations

from sspf_desk.errors import KnownError


class VaultError(KnownError):
    """Base of every vault failure.

    Attributes:
        reason: a short machine-readable cause for logs and tests (e.g. ``"checksum"``), or
            ``None``; it is not part of the user-facing message.
    """

    exit_code = 1
    message_sv = "Valvfilen kunde inte hanteras."
    message_en = "The vault file could not be handled."

    def __init__(
        self, detail: str | None = None, *, reason: str | None = None, **fields: object
    ) -> None:
        self.reason = reason
        super().__init__(detail, **fields)


class NotAVaultError(VaultError):
    """The file is empty, too short, or does not start with the vault magic."""

    exit_code = 4
    message_sv = "Filen är inte ett SSPF-valv (den är tom eller har fel innehåll)."
    message_en = "The file is not an SSPF vault (it is empty or has other content)."


class NewerFormatError(VaultError):
    """The file has a format major version this program does not know."""

    exit_code = 6
    message_sv = (
        "Valvet är skapat av en nyare version av SSPF Desk (format {major}.{minor}). "
        "Uppdatera programmet för att öppna det."
    )
    message_en = (
        "The vault was made by a newer version of SSPF Desk (format {major}.{minor}). "
        "Update the program to open it."
    )

    def __init__(self, major: int, minor: int) -> None:
        self.major = major
        self.minor = minor
        super().__init__(major=major, minor=minor)


class DamagedHeaderError(VaultError):
    """The header's length, checksum or structure is wrong (no key needed to tell)."""

    exit_code = 4
    message_sv = (
        "Valvfilens huvud är skadat, så filen kan inte öppnas. "
        "Försök med den senaste säkerhetskopian."
    )
    message_en = (
        "The vault file's header is damaged, so the file cannot be opened. Try the newest backup."
    )


class KdfRejectedError(DamagedHeaderError):
    """A key slot names an unknown KDF or absurd parameters; refused before running it."""

    message_sv = (
        "Valvfilen begär orimliga parametrar för nyckelhärledning och har inte öppnats. "
        "Filen är skadad eller manipulerad."
    )
    message_en = (
        "The vault file asks for absurd key-derivation parameters and was not opened. "
        "The file is damaged or has been tampered with."
    )


class KdfUnavailableError(VaultError):
    """The key slot's KDF is valid but not available in this installation's crypto library."""

    exit_code = 1
    message_sv = (
        "Den här installationen saknar stöd för nyckelhärledningen {algorithm} som valvet "
        "använder. Uppdatera programmet."
    )
    message_en = (
        "This installation lacks the key derivation {algorithm} the vault uses. Update the program."
    )

    def __init__(self, algorithm: str) -> None:
        self.algorithm = algorithm
        super().__init__(algorithm=algorithm)


class KdfOutOfMemoryError(VaultError):
    """The key slot's KDF needs more memory than this computer could give it just now."""

    exit_code = 1
    message_sv = (
        "Det fanns inte tillräckligt med ledigt minne för att låsa upp valvet "
        "(nyckelhärledningen behöver {memory_mib} MiB). Stäng andra program och försök igen."
    )
    message_en = (
        "There was not enough free memory to unlock the vault (the key derivation needs "
        "{memory_mib} MiB). Close other programs and try again."
    )

    def __init__(self, memory_mib: int) -> None:
        self.memory_mib = memory_mib
        super().__init__(memory_mib=memory_mib)


class WrongPassphraseError(VaultError):
    """No key slot opens with the given passphrase or recovery key."""

    exit_code = 3
    message_sv = "Fel lösenfras eller återställningsnyckel."
    message_en = "Wrong passphrase or recovery key."


class TamperedHeaderError(VaultError):
    """The header's keyed HMAC does not match after unlocking."""

    exit_code = 4
    message_sv = (
        "Valvfilens huvud har ändrats eller skadats (äkthetskontrollen misslyckades). "
        "Försök med den senaste säkerhetskopian."
    )
    message_en = (
        "The vault file's header has been altered or damaged (the authenticity check "
        "failed). Try the newest backup."
    )


class DamagedDataError(VaultError):
    """A payload chunk is damaged, missing, reordered, or the payload has the wrong length.

    Attributes:
        chunk_index: zero-based index of the first chunk that failed (for trailing bytes,
            the index just after the final chunk).
        reason: short machine-readable cause: ``"tag"``, ``"short"``, ``"missing"`` or
            ``"trailing"``.
    """

    exit_code = 4
    message_sv = (
        "Valvfilens innehåll är skadat (block {chunk_index}). "
        "Försök med den senaste säkerhetskopian."
    )
    message_en = "The vault file's content is damaged (block {chunk_index}). Try the newest backup."

    def __init__(self, chunk_index: int, reason: str = "tag") -> None:
        self.chunk_index = chunk_index
        super().__init__(reason=reason, chunk_index=chunk_index)


class VaultLockedError(VaultError):
    """Another live process holds the vault's lock."""

    exit_code = 5
    message_sv = "Valvet är redan öppet i ett annat program. Stäng det där först."
    message_en = "The vault is already open in another program. Close it there first."


class ChangedOnDiskError(VaultError):
    """The file on disk is not the one we last read or wrote; it was not overwritten."""

    exit_code = 1
    message_sv = (
        "Valvfilen har ändrats på disken av någon annan sedan den senast lästes eller "
        "sparades här. Den skrevs inte över."
    )
    message_en = (
        "The vault file was changed on disk by someone else since it was last read or "
        "saved here. "
        "It was not overwritten."
    )


class SaveFailedError(VaultError):
    """Writing the new file failed (disk full, I/O error …); the previous file is intact.

    Attributes:
        errno: the operating system's error number when known, else ``None``.
    """

    exit_code = 1
    message_sv = (
        "Det gick inte att spara valvet (disken kan vara full). "
        "Den tidigare sparade versionen är orörd."
    )
    message_en = (
        "The vault could not be saved (the disk may be full). "
        "The previously saved version is untouched."
    )

    def __init__(
        self, detail: str | None = None, *, errno: int | None = None, reason: str | None = None
    ) -> None:
        self.errno = errno
        super().__init__(detail, reason=reason)


class RecoveryKeyFormatError(VaultError):
    """The recovery key text is malformed (wrong length, characters or checksum)."""

    exit_code = 2
    message_sv = (
        "Återställningsnyckeln är felskriven (fel antal tecken eller fel kontrollsumma). "
        "Kontrollera tecknen och försök igen."
    )
    message_en = (
        "The recovery key is mistyped (wrong number of characters or wrong checksum). "
        "Check the characters and try again."
    )


class KeysForgottenError(VaultError):
    """The vault's keys were dropped (the vault is locked); unlock it again first."""

    exit_code = 1
    message_sv = "Valvet är låst. Lås upp det igen för att fortsätta."
    message_en = "The vault is locked. Unlock it again to continue."
