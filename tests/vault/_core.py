"""Helpers for the vault core tests: quick vaults, file regions, forging files with a known DEK."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

from sspf_desk.vault import keys
from sspf_desk.vault.container import Vault
from sspf_desk.vault.format import (
    CHUNK_SIZE,
    MAGIC,
    PREFIX,
    PREFIX_LEN,
    TAG_LEN,
    Header,
    canonical_json,
    encode_body,
    read_header,
)
from sspf_desk.vault.kdf import insecure_test_params
from sspf_desk.vault.payload import encrypt_chunks
from sspf_desk.vault.recovery import RecoveryKey

PASSPHRASE = "correct horse battery staple"
MARKER = "Åsa Lindqvist"

Doc = dict[str, object]


def make_vault(
    path: Path, image: bytes = b"image", passphrase: str = PASSPHRASE
) -> tuple[Vault, str, RecoveryKey]:
    """Create a vault with the cheap test KDF."""
    return Vault.create(path, image, passphrase, kdf=insecure_test_params(), allow_weak_kdf=True)


def dek_of(vault: Vault) -> bytes:
    """Return a copy of an unlocked vault's DEK (tests only)."""
    dek = vault._dek
    assert dek is not None
    return bytes(dek)


def header_of(path: Path) -> Header:
    """Return the decoded header of the file at ``path``."""
    with path.open("rb") as stream:
        return read_header(stream).header


def header_len(data: bytes) -> int:
    """Return the header body length recorded in ``data``."""
    return int.from_bytes(data[12:16], "big")


def regions(data: bytes) -> dict[str, tuple[int, int]]:
    """Return the byte ranges [start, end) of each region of a vault file."""
    n = header_len(data)
    body_end = PREFIX_LEN + n
    out = {
        "magic": (0, 8),
        "major": (8, 10),
        "minor": (10, 12),
        "header_length": (12, 16),
        "body": (16, body_end),
        "checksum": (body_end, body_end + 32),
        "hmac": (body_end + 32, body_end + 64),
    }
    start = body_end + 64
    index = 0
    while start < len(data):
        end = min(len(data), start + CHUNK_SIZE + TAG_LEN)
        out[f"chunk{index}"] = (start, end)
        start, index = end, index + 1
    return out


def body_doc(path: Path) -> Doc:
    """Return the header body of the file at ``path`` as a JSON dict."""
    data = path.read_bytes()
    doc = json.loads(data[16 : 16 + header_len(data)])
    assert isinstance(doc, dict)
    return doc


def forge(
    header: Header,
    dek: bytes,
    image: bytes,
    *,
    major: int = 1,
    minor: int = 0,
    edit: Callable[[Doc], None] | None = None,
    body: bytes | None = None,
    valid_mac: bool = True,
) -> bytes:
    """Build a complete file as a (future or hostile) writer holding ``dek`` would."""
    if body is None:
        doc = json.loads(encode_body(header))
        if edit is not None:
            edit(doc)
        body = canonical_json(doc)
    signed = PREFIX.pack(MAGIC, major, minor, len(body)) + body
    checksum = hashlib.sha256(signed).digest()
    mac = keys.header_mac(keys.header_mac_key(dek, header.file_id), signed)
    if not valid_mac:
        mac = bytes(32)
    key = keys.payload_key(dek, header.payload.salt)
    return signed + checksum + mac + b"".join(encrypt_chunks(key, checksum, image))


def reseal_unkeyed(data: bytes, edit: Callable[[Doc], None]) -> bytes:
    """Edit the header body and recompute only the unkeyed checksum (what anyone can do)."""
    n = header_len(data)
    doc = json.loads(data[16 : 16 + n])
    edit(doc)
    body = canonical_json(doc)
    signed = data[:12] + len(body).to_bytes(4, "big") + body
    rest = data[16 + n + 32 :]
    return signed + hashlib.sha256(signed).digest() + rest
