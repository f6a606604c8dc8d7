"""The vault: open, save and re-key one encrypted ``.sspf`` file (format in docs/vault-format.md).

:class:`Vault` holds the DEK of an unlocked file, its key slots and what it last saw on
disk. Opening checks, in order: magic, version, header length and checksum, key slots,
header HMAC, then every payload chunk, each step with its own error. Saving writes a new
generation crash-safely through :mod:`sspf_desk.vault.atomic`.
"""

from __future__ import annotations

import hmac
import itertools
import os
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from sspf_desk.errors import UsageError
from sspf_desk.vault import keys
from sspf_desk.vault import slots as keyslots
from sspf_desk.vault.atomic import DiskState, check_unchanged, write_atomic
from sspf_desk.vault.errors import (
    KeysForgottenError,
    SaveFailedError,
    TamperedHeaderError,
    VaultError,
)
from sspf_desk.vault.format import (
    FILE_ID_LEN,
    KIND_PASSPHRASE,
    KIND_RECOVERY,
    MAX_SLOTS,
    PAYLOAD_SALT_LEN,
    Header,
    HeaderBlock,
    PayloadInfo,
    SlotRecord,
    chunk_count,
    encode_signed,
    header_checksum,
    read_header,
)
from sspf_desk.vault.kdf import KdfParams
from sspf_desk.vault.payload import decrypt_payload, encrypt_chunks, verify_chunks
from sspf_desk.vault.recovery import RecoveryKey

DEK_LEN = 32


@dataclass(frozen=True)
class HeaderInfo:
    """What can be read from a vault file without any key (for locks and backups)."""

    file_id: bytes
    generation: int
    format_major: int
    format_minor: int


@dataclass(frozen=True)
class SlotInfo:
    """A key slot as shown to callers: id, kind ("passphrase" | "recovery"), KDF."""

    slot_id: str
    kind: str
    kdf: KdfParams | None


@dataclass(frozen=True)
class Unlocked:
    """The result of opening a vault: the vault, the plaintext image, the slot that opened."""

    vault: Vault
    image: bytearray = field(repr=False)
    slot_id: str
    slot_kind: str


@dataclass(frozen=True)
class SaveReport:
    """The outcome of one successful save."""

    generation: int
    size: int
    saved_at: datetime


def read_header_info(path: Path) -> HeaderInfo:
    """Read the file id, generation and format version without a key.

    Raises:
        NotAVaultError, NewerFormatError, DamagedHeaderError: as in :meth:`Vault.open`.
        OSError: the file cannot be read (e.g. FileNotFoundError).
    """
    with path.open("rb") as stream:
        block = read_header(stream)
    return HeaderInfo(
        block.header.file_id, block.header.generation, block.format_major, block.format_minor
    )


def _wipe(secret: bytearray | None) -> None:
    if secret is not None:
        secret[:] = bytes(len(secret))


class Vault:
    """An unlocked vault file. Create with :meth:`create` or :meth:`open`.

    Thread-safe: saving, slot changes and :meth:`forget_keys` are serialized by a lock.
    Slot changes take effect on disk at the next :meth:`save`.
    """

    def __init__(
        self,
        path: Path,
        header: Header,
        dek: bytearray,
        disk: DiskState | None,
    ) -> None:
        """Wrap an already unlocked header; use :meth:`create` or :meth:`open` instead."""
        self.path = path
        self.file_id: bytes = header.file_id
        self.generation: int = header.generation
        self._dek: bytearray | None = dek
        self._slots: list[SlotRecord] = list(header.slots)
        self._disk = disk
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        """Show the file id and generation only (no path: it may name a person)."""
        return f"Vault(file_id={self.file_id.hex()}, generation={self.generation})"

    # -- creating and opening -------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        image: bytes,
        passphrase: str,
        *,
        kdf: KdfParams | None = None,
        allow_weak_kdf: bool = False,
    ) -> tuple[Vault, str, RecoveryKey]:
        """Write a new vault holding ``image``; return it, its passphrase slot id and recovery key.

        Raises:
            UsageError: empty passphrase, KDF below the floor (without ``allow_weak_kdf``),
                or ``path`` already exists.
            SaveFailedError: the file could not be written.
        """
        keyslots.check_passphrase(passphrase)
        params = keyslots.resolve_kdf(kdf, allow_weak_kdf)
        if path.exists():
            raise UsageError("Det finns redan en fil med det namnet.")
        file_id = os.urandom(FILE_ID_LEN)
        dek = bytearray(os.urandom(DEK_LEN))
        pass_id = keyslots.new_slot_id(set())
        recovery = RecoveryKey.generate()
        records = (
            keyslots.seal(
                file_id, keyslots.prepare_passphrase_slot(pass_id, passphrase, params), dek
            ),
            keyslots.seal(
                file_id,
                keyslots.prepare_recovery_slot(keyslots.new_slot_id({pass_id}), recovery),
                dek,
            ),
        )
        empty = PayloadInfo(salt=bytes(PAYLOAD_SALT_LEN), length=0, chunks=1)
        vault = cls(path, Header(file_id, 0, empty, records), dek, None)
        try:
            vault.save(image)
        except BaseException:
            vault.forget_keys()
            raise
        return vault, pass_id, recovery

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        passphrase: str | None = None,
        recovery_key: RecoveryKey | None = None,
    ) -> Unlocked:
        """Open and decrypt the vault at ``path`` with a passphrase or the recovery key.

        Raises (in the order the checks run):
            NotAVaultError: empty, too short or wrong magic.
            NewerFormatError: unknown (newer) format major version.
            DamagedHeaderError: bad header length, checksum or structure
                (KdfRejectedError: absurd KDF parameters, refused before running).
            WrongPassphraseError: no key slot opens.
            KdfUnavailableError, KdfOutOfMemoryError: no key slot opens, and some passphrase
                slot's KDF could not run here (so the passphrase may be right).
            TamperedHeaderError: the header HMAC does not verify.
            DamagedDataError: a chunk is damaged, missing or reordered, or extra bytes follow.
            UsageError: neither a passphrase nor a recovery key was given.
            OSError: the file cannot be read.
        """
        if passphrase is None and recovery_key is None:
            raise UsageError("Ange lösenfras eller återställningsnyckel.")
        with path.open("rb") as stream:
            block = read_header(stream)
            stat = os.fstat(stream.fileno())
            dek, slot = keyslots.unlock(block.header, passphrase, recovery_key)
            try:
                image = _read_image(stream, block, dek)
            except BaseException:
                _wipe(dek)
                raise
        disk = DiskState(stat.st_size, stat.st_mtime_ns, block.checksum)
        vault = cls(path, block.header, dek, disk)
        return Unlocked(vault, image, slot.slot_id, slot.kind)

    # -- saving -----------------------------------------------------------------------------

    def save(self, image: bytes) -> SaveReport:
        """Write ``image`` as the next generation, crash-safely; return what was saved.

        Raises:
            ChangedOnDiskError: the file is not the one we last read or wrote.
            SaveFailedError: writing or verifying failed; the previous file is intact.
            KeysForgottenError: :meth:`forget_keys` was called.
        """
        with self._lock:
            dek = self._require_dek()
            self._check_unchanged()
            salt = os.urandom(PAYLOAD_SALT_LEN)
            payload = PayloadInfo(salt=salt, length=len(image), chunks=chunk_count(len(image)))
            header = Header(self.file_id, self.generation + 1, payload, tuple(self._slots))
            signed = encode_signed(header)
            checksum = header_checksum(signed)
            prefix = signed + checksum + keys.header_mac(self._mac_key(dek), signed)
            key = keys.payload_key(dek, salt)
            parts = itertools.chain([prefix], encrypt_chunks(key, checksum, image))

            def verify(stream: BinaryIO) -> None:
                self._verify_written(stream, prefix, dek)

            stat = write_atomic(
                self.path, parts, verify=verify, before_replace=self._check_unchanged
            )
            self.generation = header.generation
            self._disk = DiskState(stat.st_size, stat.st_mtime_ns, checksum)
            return SaveReport(self.generation, stat.st_size, datetime.now(UTC))

    def _verify_written(self, stream: BinaryIO, prefix: bytes, dek: bytearray) -> None:
        """Read the temp file back: same header bytes, every chunk tag verifies."""
        try:
            block = read_header(stream)
            if block.signed + block.checksum + block.mac != prefix:
                raise SaveFailedError(reason="verify")
            key = _payload_key(block, dek, None)
            verify_chunks(stream, key, block.checksum, block.header.payload)
        except SaveFailedError:
            raise
        except VaultError as exc:
            raise SaveFailedError(reason="verify") from exc

    def _check_unchanged(self) -> None:
        check_unchanged(self.path, self._disk)

    def verify_on_disk(self) -> int:
        """Re-read the file and verify its header HMAC and every chunk; return the chunk count.

        Raises:
            the errors of :meth:`open` (a header of another vault → TamperedHeaderError).
        """
        with self._lock:
            dek = self._require_dek()
            with self.path.open("rb") as stream:
                block = read_header(stream)
                key = _payload_key(block, dek, self.file_id)
                verify_chunks(stream, key, block.checksum, block.header.payload)
            return block.header.payload.chunks

    # -- key slots --------------------------------------------------------------------------

    @property
    def slots(self) -> list[SlotInfo]:
        """Return the key slots as they will be written at the next save."""
        with self._lock:
            return [SlotInfo(s.slot_id, s.kind, s.kdf) for s in self._slots]

    def add_passphrase_slot(
        self, passphrase: str, *, kdf: KdfParams | None = None, allow_weak_kdf: bool = False
    ) -> str:
        """Add a passphrase slot (effective at the next save); return its id.

        Raises:
            UsageError: empty passphrase, KDF below the floor, or too many slots.
        """
        keyslots.check_passphrase(passphrase)
        params = keyslots.resolve_kdf(kdf, allow_weak_kdf)
        with self._lock:
            taken = {s.slot_id for s in self._slots}
        pending = keyslots.prepare_passphrase_slot(keyslots.new_slot_id(taken), passphrase, params)
        with self._lock:
            dek = self._require_dek()
            if len(self._slots) >= MAX_SLOTS:
                raise UsageError("Valvet har redan så många nycklar som får plats.")
            taken = {s.slot_id for s in self._slots}
            slot_id = pending.template.slot_id
            if slot_id in taken:
                slot_id = keyslots.new_slot_id(taken)
            self._slots.append(keyslots.seal(self.file_id, pending, dek, slot_id=slot_id))
            return slot_id

    def set_passphrase(
        self,
        slot_id: str,
        passphrase: str,
        *,
        kdf: KdfParams | None = None,
        allow_weak_kdf: bool = False,
    ) -> None:
        """Give passphrase slot ``slot_id`` a new passphrase (effective at the next save).

        Raises:
            UsageError: unknown or non-passphrase slot, empty passphrase, KDF below the floor.
        """
        keyslots.check_passphrase(passphrase)
        params = keyslots.resolve_kdf(kdf, allow_weak_kdf)
        with self._lock:
            self._slot_index(slot_id, KIND_PASSPHRASE)
        pending = keyslots.prepare_passphrase_slot(slot_id, passphrase, params)
        with self._lock:
            dek = self._require_dek()
            index = self._slot_index(slot_id, KIND_PASSPHRASE)
            self._slots[index] = keyslots.seal(self.file_id, pending, dek)

    def remove_slot(self, slot_id: str) -> None:
        """Remove a slot (effective at the next save); the last passphrase slot stays.

        Raises:
            UsageError: unknown slot, or it is the only passphrase slot.
        """
        with self._lock:
            index = self._slot_index(slot_id, None)
            rest = self._slots[:index] + self._slots[index + 1 :]
            if not any(s.kind == KIND_PASSPHRASE for s in rest):
                raise UsageError("Den sista lösenfrasen kan inte tas bort.")
            self._slots = rest

    def replace_recovery_key(self) -> RecoveryKey:
        """Replace the recovery slot with one for a new key (effective at the next save).

        The old recovery key keeps opening the file on disk until the next save.
        """
        recovery = RecoveryKey.generate()
        with self._lock:
            dek = self._require_dek()
            kept = [s for s in self._slots if s.kind != KIND_RECOVERY]
            slot_id = keyslots.new_slot_id({s.slot_id for s in self._slots})
            pending = keyslots.prepare_recovery_slot(slot_id, recovery)
            self._slots = [*kept, keyslots.seal(self.file_id, pending, dek)]
        return recovery

    def _slot_index(self, slot_id: str, kind: str | None) -> int:
        for index, slot in enumerate(self._slots):
            if slot.slot_id == slot_id and (kind is None or slot.kind == kind):
                return index
        raise UsageError("Nyckelplatsen finns inte.")

    # -- keys -------------------------------------------------------------------------------

    def subkey(self, label: str) -> bytes:
        """Return HKDF(DEK, file_id, label): a 32-byte key for another use of this vault.

        Raises:
            ValueError: the label is not 1–64 characters of ``[a-z0-9._:/-]``.
            KeysForgottenError: :meth:`forget_keys` was called.
        """
        with self._lock:
            return keys.subkey(self._require_dek(), self.file_id, label)

    def forget_keys(self) -> None:
        """Overwrite and drop the DEK; every later use of a key raises KeysForgottenError."""
        with self._lock:
            _wipe(self._dek)
            self._dek = None

    @property
    def keys_forgotten(self) -> bool:
        """Return whether :meth:`forget_keys` has been called."""
        return self._dek is None

    def _require_dek(self) -> bytearray:
        if self._dek is None:
            raise KeysForgottenError()
        return self._dek

    def _mac_key(self, dek: bytearray) -> bytes:
        return keys.header_mac_key(dek, self.file_id)


def _read_image(stream: BinaryIO, block: HeaderBlock, dek: bytearray) -> bytearray:
    """Check the header HMAC, then read and decrypt the whole payload into one buffer."""
    key = _payload_key(block, dek, None)
    return decrypt_payload(stream, key, block.checksum, block.header.payload)


def _payload_key(block: HeaderBlock, dek: bytearray, file_id: bytes | None) -> bytes:
    """Check the header HMAC (keyed by ``file_id``, default the header's); return the payload key.

    Raises:
        TamperedHeaderError: the HMAC fails.
    """
    header = block.header
    mac_key = keys.header_mac_key(dek, file_id if file_id is not None else header.file_id)
    if not hmac.compare_digest(keys.header_mac(mac_key, block.signed), block.mac):
        raise TamperedHeaderError()
    return keys.payload_key(dek, header.payload.salt)
