"""The attachment blob format: a fixed binary header, then the vault's chunked AES-256-GCM.

One blob holds one attachment (a scan, a signed consent form). The layout
(docs/vault-format.md §12)::

    magic "SSPFBLB\\0" | major u16 | minor u16 | vault file_id (16) | blob name (16)
    | blob salt (32) | plaintext length u64                            (84 bytes, big-endian)
    header SHA-256 (32)                                              over the 84 bytes
    chunks: AES-256-GCM(blob key, nonce = 11-byte counter ‖ final flag, aad = header SHA-256)

blob key = HKDF-SHA256(IKM = the vault's ``attachments`` subkey, salt = blob salt,
info = "sspf-vault/v1/attachment/" ‖ blob name as 32 lowercase hex digits).

This module knows bytes and keys only; :mod:`sspf_desk.vault.attachments` handles files.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from sspf_desk.vault import keys
from sspf_desk.vault.errors import DamagedDataError, NewerFormatError, VaultError
from sspf_desk.vault.format import (
    DIGEST_LEN,
    FILE_ID_LEN,
    MAX_PLAINTEXT_LEN,
    PayloadInfo,
    chunk_count,
)
from sspf_desk.vault.payload import decrypt_chunks, encrypt_chunks

BLOB_MAGIC = b"SSPFBLB\x00"
BLOB_MAJOR = 1
BLOB_MINOR = 0
NAME_LEN = 16
BLOB_SALT_LEN = 32
_SIGNED = struct.Struct(f">8sHH{FILE_ID_LEN}s{NAME_LEN}s{BLOB_SALT_LEN}sQ")
SIGNED_LEN = _SIGNED.size
BLOB_HEADER_LEN = SIGNED_LEN + DIGEST_LEN
_VERSION_END = 12
ATTACHMENTS_LABEL = "attachments"
INFO_BLOB_PREFIX = b"sspf-vault/v1/attachment/"
_NAME = re.compile(r"[0-9a-f]{32}")


class DamagedAttachmentError(DamagedDataError):
    """An attachment blob is damaged: not a blob, a broken header, or a chunk that fails.

    Attributes:
        reason: ``"magic"`` (empty or not a blob), ``"header"`` (too short, major 0, wrong
            checksum, absurd length), or the chunk reasons of :class:`DamagedDataError`
            (``"tag"``, ``"short"``, ``"missing"``, ``"trailing"``).
        chunk_index: the failing chunk; ``-1`` for failures before the first chunk.
    """

    message_sv = (
        "En bilaga i valvet är skadad och kan inte öppnas. "
        "Försök med en säkerhetskopia av valvets bilagemapp."
    )
    message_en = (
        "An attachment in the vault is damaged and cannot be opened. "
        "Try a backup of the vault's attachment folder."
    )

    def __init__(self, reason: str, chunk_index: int = -1) -> None:
        super().__init__(chunk_index, reason)


class ForeignAttachmentError(DamagedAttachmentError):
    """An intact blob that belongs elsewhere: another vault (``"vault"``) or another name
    (``"name"``: swapped or renamed)."""

    message_sv = (
        "Bilagefilen hör inte till den här bilagan eller det här valvet "
        "(den kan ha bytts ut eller kopierats hit). Den har inte öppnats."
    )
    message_en = (
        "The attachment file does not belong to this attachment or this vault "
        "(it may have been swapped or copied here). It was not opened."
    )


class NewerAttachmentFormatError(NewerFormatError):
    """The blob has a format major version this program does not know."""

    message_sv = (
        "Bilagan är skapad av en nyare version av SSPF Desk (format {major}.{minor}). "
        "Uppdatera programmet för att öppna den."
    )
    message_en = (
        "The attachment was made by a newer version of SSPF Desk (format {major}.{minor}). "
        "Update the program to open it."
    )


class AttachmentNameError(VaultError):
    """A blob name is not 32 lowercase hexadecimal digits (a programming error upstream)."""

    exit_code = 2
    message_sv = "Bilagans namn är ogiltigt."
    message_en = "The attachment name is invalid."


@dataclass(frozen=True)
class BlobHeader:
    """A decoded, checksum-verified blob header."""

    file_id: bytes
    name: str
    salt: bytes
    length: int
    format_major: int
    format_minor: int
    checksum: bytes

    @property
    def payload(self) -> PayloadInfo:
        """Return the chunk geometry of the blob's plaintext."""
        return PayloadInfo(salt=self.salt, length=self.length, chunks=chunk_count(self.length))


def check_name(name: str) -> None:
    """Raise AttachmentNameError unless ``name`` is 32 lowercase hexadecimal digits."""
    if not _NAME.fullmatch(name):
        raise AttachmentNameError()


def blob_key(attachments_key: bytes, salt: bytes, name: str) -> bytes:
    """Return the key of one blob: HKDF(attachments subkey, salt, "…/attachment/" + name)."""
    check_name(name)
    return keys.hkdf_sha256(attachments_key, salt, INFO_BLOB_PREFIX + name.encode("ascii"))


def encode_header(file_id: bytes, name: str, salt: bytes, length: int) -> bytes:
    """Return the 116 header bytes (signed part ‖ its SHA-256) of a blob."""
    check_name(name)
    if len(file_id) != FILE_ID_LEN or len(salt) != BLOB_SALT_LEN:
        raise ValueError("file id or salt has the wrong length")
    if not 0 <= length <= MAX_PLAINTEXT_LEN:
        raise ValueError("attachment too large")
    signed = _SIGNED.pack(
        BLOB_MAGIC, BLOB_MAJOR, BLOB_MINOR, file_id, bytes.fromhex(name), salt, length
    )
    return signed + hashlib.sha256(signed).digest()


def encrypt_blob(
    attachments_key: bytes, file_id: bytes, name: str, salt: bytes, data: bytes | memoryview
) -> tuple[bytes, Iterator[bytes]]:
    """Return a blob's header bytes and its encrypted chunks (produced lazily)."""
    header = encode_header(file_id, name, salt, len(data))
    key = blob_key(attachments_key, salt, name)
    return header, encrypt_chunks(key, header[SIGNED_LEN:], data)


def read_header(stream: BinaryIO) -> BlobHeader:
    """Read and check a blob header (magic, version, checksum, length); no key needed.

    Raises:
        DamagedAttachmentError: not a blob (``"magic"``) or a broken header (``"header"``).
        NewerAttachmentFormatError: a major version above ours.
    """
    data = stream.read(BLOB_HEADER_LEN)
    if len(data) < _VERSION_END or data[: len(BLOB_MAGIC)] != BLOB_MAGIC:
        raise DamagedAttachmentError("magic")
    major, minor = struct.unpack(">HH", data[len(BLOB_MAGIC) : _VERSION_END])
    if major > BLOB_MAJOR:
        raise NewerAttachmentFormatError(major, minor)
    if major == 0 or len(data) != BLOB_HEADER_LEN:
        raise DamagedAttachmentError("header")
    signed, checksum = data[:SIGNED_LEN], data[SIGNED_LEN:]
    if not hmac.compare_digest(hashlib.sha256(signed).digest(), checksum):
        raise DamagedAttachmentError("header")
    _, _, _, file_id, name, salt, length = _SIGNED.unpack(signed)
    if length > MAX_PLAINTEXT_LEN:
        raise DamagedAttachmentError("header")
    return BlobHeader(file_id, name.hex(), salt, length, major, minor, checksum)


def decrypt_blob(stream: BinaryIO, attachments_key: bytes, header: BlobHeader) -> Iterator[bytes]:
    """Yield the verified plaintext chunks that follow ``header`` in ``stream``.

    Raises:
        DamagedAttachmentError: a chunk fails (``"tag"``, ``"short"``, ``"missing"``) or
            bytes follow the final chunk (``"trailing"``); ``chunk_index`` names the chunk.
    """
    key = blob_key(attachments_key, header.salt, header.name)
    try:
        yield from decrypt_chunks(stream, key, header.checksum, header.payload)
    except DamagedDataError as exc:
        raise DamagedAttachmentError(exc.reason or "tag", exc.chunk_index) from None
