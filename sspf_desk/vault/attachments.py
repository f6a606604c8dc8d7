"""Encrypted attachments of a vault: one blob file per attachment, beside the vault file.

The blobs live in ``<vault folder>/<vault stem>.attachments/`` (mode 0700) as
``<32 random hex digits>.blob`` in the format of :mod:`sspf_desk.vault.blob`
(docs/vault-format.md §12). Their metadata (kind, media type, which consent) lives only in
the encrypted database; the store knows names and bytes. Plaintext never touches the disk:
blobs are encrypted chunk by chunk into a temp file that already holds only ciphertext, and
read back into memory only.

Order of operations (the services' job): add = :meth:`AttachmentStore.put`, then the row;
delete = delete the row, save the vault, then :meth:`AttachmentStore.delete`. A crash in
between leaves at most an orphan blob (see :meth:`AttachmentStore.list_names`), never a row
without its blob.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import logging
import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sspf_desk.vault import blob
from sspf_desk.vault.atomic import fsync_directory, write_atomic
from sspf_desk.vault.container import Vault
from sspf_desk.vault.errors import SaveFailedError, VaultError

_log = logging.getLogger(__name__)

FOLDER_SUFFIX = ".attachments"
FOLDER_MODE = 0o700
BLOB_SUFFIX = ".blob"
_BLOB_FILE = re.compile(r"[0-9a-f]{32}\.blob")
_TEMP_FILE = re.compile(r"[0-9a-f]{32}\.blob\.tmp-[0-9a-f]{16}")


class AttachmentMissingError(VaultError):
    """The blob named by an attachment is not in the attachment folder."""

    exit_code = 4
    message_sv = (
        "Bilagan finns inte i valvets bilagemapp. Mappen kan ha flyttats eller ändrats; "
        "försök med en säkerhetskopia av den."
    )
    message_en = (
        "The attachment is not in the vault's attachment folder. The folder may have been "
        "moved or changed; try a backup of it."
    )


class AttachmentSaveError(SaveFailedError):
    """Writing a blob failed (disk full, I/O error …); nothing was stored."""

    message_sv = "Det gick inte att spara bilagan (disken kan vara full). Inget har ändrats."
    message_en = "The attachment could not be saved (the disk may be full). Nothing was changed."


@dataclass(frozen=True, slots=True)
class BlobRef:
    """What :meth:`AttachmentStore.put` stored: the blob name, plaintext size and SHA-256.

    Attributes:
        blob_name: 32 lowercase hex digits (random; the file is ``<blob_name>.blob``).
        size: plaintext length in bytes.
        sha256: SHA-256 of the plaintext, 64 lowercase hex digits.
    """

    blob_name: str
    size: int
    sha256: str


def attachment_folder(vault_path: Path) -> Path:
    """Return ``<vault folder>/<vault stem>.attachments`` for the vault file at ``vault_path``."""
    return vault_path.with_name(vault_path.stem + FOLDER_SUFFIX)


class AttachmentStore:
    """Put, get, delete and list the encrypted blobs of one unlocked vault.

    Every key comes from the vault at the moment of use, so after
    :meth:`Vault.forget_keys` every call that needs a key raises ``KeysForgottenError``.
    Blobs are written once and never modified; different blobs may be used from different
    threads.
    """

    def __init__(self, folder: Path, vault: Vault) -> None:
        """Use ``folder`` (created 0700 at the first :meth:`put`) for ``vault``'s blobs."""
        self.folder = folder
        self._vault = vault

    @classmethod
    def for_vault(cls, vault: Vault) -> AttachmentStore:
        """Return the store in the standard folder beside ``vault``'s file."""
        return cls(attachment_folder(vault.path), vault)

    def __repr__(self) -> str:
        """Show no path: a folder name may name a person."""
        return f"AttachmentStore({self._vault!r})"

    # -- writing ----------------------------------------------------------------------------

    def put(self, data: bytes | bytearray | memoryview) -> BlobRef:
        """Encrypt ``data`` into a new blob with a fresh random name; return its reference.

        The blob is written crash-safely (temp file of ciphertext, fsync, read back with
        every tag verified, rename, folder fsync): afterwards it is durable and complete, or
        there is no blob at all.

        Raises:
            AttachmentSaveError: the folder or the file could not be written.
            KeysForgottenError: the vault is locked.
        """
        attachments_key = self._vault.subkey(blob.ATTACHMENTS_LABEL)
        file_id = self._vault.file_id
        view = memoryview(data).cast("B")
        digest = hashlib.sha256(view).hexdigest()
        self._ensure_folder()
        name = self._fresh_name()
        salt = os.urandom(blob.BLOB_SALT_LEN)
        header, chunks = blob.encrypt_blob(attachments_key, file_id, name, salt, view)

        def verify(stream: BinaryIO) -> None:
            _verify_written(stream, header, attachments_key)

        try:
            write_atomic(self._path(name), itertools.chain([header], chunks), verify=verify)
        except AttachmentSaveError:
            raise
        except SaveFailedError as exc:
            raise AttachmentSaveError(errno=exc.errno, reason=exc.reason) from exc
        return BlobRef(name, len(view), digest)

    def delete(self, blob_name: str) -> bool:
        """Remove the blob ``blob_name``; return False if it was already gone.

        Raises:
            AttachmentNameError: ``blob_name`` is not 32 lowercase hex digits.
            OSError: the file exists but cannot be removed.
        """
        blob.check_name(blob_name)
        try:
            self._path(blob_name).unlink()
        except FileNotFoundError:
            return False
        fsync_directory(self.folder)
        return True

    def remove_leftovers(self) -> int:
        """Remove temp files of interrupted writes (ciphertext only); return how many.

        Call it only while no :meth:`put` runs on this folder (e.g. right after unlocking).
        """
        removed = 0
        for entry in self._entries():
            if _TEMP_FILE.fullmatch(entry.name):
                try:
                    os.unlink(entry.path)
                except OSError as exc:
                    _log.warning("could not remove an attachment temp file: errno %s", exc.errno)
                else:
                    removed += 1
        return removed

    # -- reading ----------------------------------------------------------------------------

    def get(self, blob_name: str) -> bytes:
        """Return the plaintext of blob ``blob_name``, every chunk's tag verified.

        Raises:
            AttachmentNameError: ``blob_name`` is not 32 lowercase hex digits.
            AttachmentMissingError: there is no such blob.
            DamagedAttachmentError: the file is not a blob, its header or a chunk is damaged,
                it is truncated or has bytes appended (a :class:`DamagedDataError`).
            ForeignAttachmentError: an intact blob of another vault, or of another name
                (swapped or renamed files).
            NewerAttachmentFormatError: made by a newer version of SSPF Desk.
            KeysForgottenError: the vault is locked.
            OSError: the file exists but cannot be read.
        """
        blob.check_name(blob_name)
        try:
            stream = self._path(blob_name).open("rb")
        except FileNotFoundError:
            raise AttachmentMissingError() from None
        with stream:
            header = blob.read_header(stream)
            if not hmac.compare_digest(header.file_id, self._vault.file_id):
                raise blob.ForeignAttachmentError("vault")
            if header.name != blob_name:
                raise blob.ForeignAttachmentError("name")
            attachments_key = self._vault.subkey(blob.ATTACHMENTS_LABEL)
            return b"".join(blob.decrypt_blob(stream, attachments_key, header))

    def list_names(self) -> list[str]:
        """Return the names of all blobs in the folder, sorted (temp files excluded)."""
        return sorted(
            entry.name[: -len(BLOB_SUFFIX)]
            for entry in self._entries()
            if _BLOB_FILE.fullmatch(entry.name) and entry.is_file(follow_symlinks=False)
        )

    # -- helpers ----------------------------------------------------------------------------

    def _path(self, name: str) -> Path:
        return self.folder / f"{name}{BLOB_SUFFIX}"

    def _fresh_name(self) -> str:
        while True:
            name = secrets.token_hex(blob.NAME_LEN)
            if not self._path(name).exists():
                return name

    def _entries(self) -> list[os.DirEntry[str]]:
        try:
            with os.scandir(self.folder) as entries:
                return list(entries)
        except FileNotFoundError:
            return []

    def _ensure_folder(self) -> None:
        if self.folder.is_dir():
            return
        try:
            self.folder.mkdir(mode=FOLDER_MODE)
        except FileExistsError:
            if self.folder.is_dir():  # created meanwhile by another thread
                return
            raise AttachmentSaveError(reason="folder") from None
        except OSError as exc:
            raise AttachmentSaveError(errno=exc.errno, reason="folder") from exc
        fsync_directory(self.folder.parent)


def _verify_written(stream: BinaryIO, header: bytes, attachments_key: bytes) -> None:
    """Read a just-written blob back: identical header, every chunk's tag verifies."""
    try:
        if stream.read(len(header)) != header:
            raise AttachmentSaveError(reason="verify")
        stream.seek(0)
        for _ in blob.decrypt_blob(stream, attachments_key, blob.read_header(stream)):
            pass
    except VaultError as exc:
        if isinstance(exc, AttachmentSaveError):
            raise
        raise AttachmentSaveError(reason="verify") from exc
