"""The byte layout of a ``.sspf`` file: fixed prefix, canonical-JSON header, chunk geometry.

This module knows bytes and structure only; no keys. The layout (docs/vault-format.md)::

    magic "SSPFVLT\\0" | major u16 | minor u16 | header length u32   (big-endian, 16 bytes)
    header body (canonical JSON, 2..65536 bytes)
    header SHA-256 (32) | header HMAC-SHA256 (32)     both over magic..header body
    payload chunks: AES-256-GCM ciphertext ‖ 16-byte tag, 1 MiB of plaintext each
"""

from __future__ import annotations

import hashlib
import hmac
import json
import struct
from dataclasses import dataclass
from typing import BinaryIO

from sspf_desk.vault.errors import DamagedHeaderError, NewerFormatError, NotAVaultError
from sspf_desk.vault.kdf import KdfParams, validate_params

MAGIC = b"SSPFVLT\x00"
FORMAT_MAJOR = 1
FORMAT_MINOR = 0
PREFIX = struct.Struct(">8sHHI")
PREFIX_LEN = PREFIX.size
DIGEST_LEN = 32
TRAILER_LEN = 2 * DIGEST_LEN
MIN_HEADER_LEN = 2
MAX_HEADER_LEN = 64 * 1024
CHUNK_SIZE = 1024 * 1024
TAG_LEN = 16
NONCE_LEN = 12
COUNTER_LEN = 11
MAX_PLAINTEXT_LEN = 1 << 40
PAYLOAD_ALG = "aes-256-gcm-chunked"
FILE_ID_LEN = 16
PAYLOAD_SALT_LEN = 32
SLOT_ID_HEX_LEN = 16
MAX_SLOTS = 32
KIND_PASSPHRASE = "passphrase"
KIND_RECOVERY = "recovery"
SLOT_SALT_LEN = {KIND_PASSPHRASE: 16, KIND_RECOVERY: 32}
WRAP_NONCE_LEN = 12
WRAPPED_LEN = 32 + TAG_LEN
SLOT_AAD_LABEL = b"sspf-vault/v1/slot\x00"
MAX_GENERATION = (1 << 64) - 1
_HEX_DIGITS = frozenset("0123456789abcdef")


@dataclass(frozen=True)
class PayloadInfo:
    """What the header says about the payload."""

    salt: bytes
    length: int
    chunks: int
    chunk_size: int = CHUNK_SIZE
    alg: str = PAYLOAD_ALG


@dataclass(frozen=True, repr=False)
class SlotRecord:
    """One key slot as stored: the DEK wrapped with AES-256-GCM under the slot's KEK."""

    slot_id: str
    kind: str
    salt: bytes
    nonce: bytes
    wrapped: bytes
    kdf: KdfParams | None

    def __repr__(self) -> str:
        """Show the id, kind and KDF, not the key material."""
        return f"SlotRecord({self.slot_id!r}, {self.kind!r}, {self.kdf!r})"


@dataclass(frozen=True)
class Header:
    """The decoded header body."""

    file_id: bytes
    generation: int
    payload: PayloadInfo
    slots: tuple[SlotRecord, ...]


@dataclass(frozen=True)
class HeaderBlock:
    """A header as found in a file: the decoded body plus the bytes that were checked."""

    header: Header
    format_major: int
    format_minor: int
    signed: bytes
    checksum: bytes
    mac: bytes

    @property
    def payload_offset(self) -> int:
        """Return the offset of the first payload chunk."""
        return len(self.signed) + TRAILER_LEN


def chunk_count(length: int) -> int:
    """Return the number of chunks for ``length`` plaintext bytes (an empty payload has one)."""
    return max(1, -(-length // CHUNK_SIZE))


def chunk_nonce(index: int, final: bool) -> bytes:
    """Return the nonce of chunk ``index``: 11-byte big-endian counter ‖ final flag byte."""
    return index.to_bytes(COUNTER_LEN, "big") + (b"\x01" if final else b"\x00")


def chunk_plain_len(payload: PayloadInfo, index: int) -> int:
    """Return the plaintext length of chunk ``index`` (the last one may be short or empty)."""
    if index < payload.chunks - 1:
        return payload.chunk_size
    return payload.length - payload.chunk_size * (payload.chunks - 1)


def canonical_json(value: object) -> bytes:
    """Encode ``value`` as canonical JSON: sorted keys, no whitespace, ASCII only."""
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return text.encode("ascii")


def _kdf_json(params: KdfParams | None) -> dict[str, object] | None:
    if params is None:
        return None
    return {
        "alg": params.algorithm,
        "iterations": params.iterations,
        "lanes": params.lanes,
        "memory_kib": params.memory_kib,
    }


def slot_aad(file_id: bytes, slot: SlotRecord) -> bytes:
    """Return the AAD that binds a wrapped DEK to its vault, slot id, kind, KDF and salt."""
    bound = {
        "file_id": file_id.hex(),
        "id": slot.slot_id,
        "kdf": _kdf_json(slot.kdf),
        "kind": slot.kind,
        "salt": slot.salt.hex(),
    }
    return SLOT_AAD_LABEL + canonical_json(bound)


def _slot_json(slot: SlotRecord) -> dict[str, object]:
    out: dict[str, object] = {
        "id": slot.slot_id,
        "kind": slot.kind,
        "nonce": slot.nonce.hex(),
        "salt": slot.salt.hex(),
        "wrapped": slot.wrapped.hex(),
    }
    if slot.kdf is not None:
        out["kdf"] = _kdf_json(slot.kdf)
    return out


def encode_body(header: Header) -> bytes:
    """Return the canonical JSON body of ``header``."""
    p = header.payload
    doc = {
        "file_id": header.file_id.hex(),
        "generation": header.generation,
        "payload": {
            "alg": p.alg,
            "chunk_size": p.chunk_size,
            "chunks": p.chunks,
            "length": p.length,
            "salt": p.salt.hex(),
        },
        "slots": [_slot_json(s) for s in header.slots],
    }
    return canonical_json(doc)


def encode_signed(header: Header) -> bytes:
    """Return magic..header body (the bytes the checksum and the HMAC cover).

    Raises:
        DamagedHeaderError: the header does not validate (a programming error upstream).
    """
    body = encode_body(header)
    _decode_body(body)
    return PREFIX.pack(MAGIC, FORMAT_MAJOR, FORMAT_MINOR, len(body)) + body


def header_checksum(signed: bytes) -> bytes:
    """Return the unkeyed SHA-256 of magic..header body (also the payload AAD)."""
    return hashlib.sha256(signed).digest()


def _read_exact(stream: BinaryIO, size: int) -> bytes:
    data = stream.read(size)
    return data if data is not None else b""


def read_header(stream: BinaryIO) -> HeaderBlock:
    """Read and check the prefix, header body and checksum; leave ``stream`` at the payload.

    Raises:
        NotAVaultError: empty, shorter than the prefix, or wrong magic.
        NewerFormatError: a format major version greater than ours.
        DamagedHeaderError: major 0, bad header length, truncated header, checksum mismatch,
            or a body that is not a valid canonical header (KdfRejectedError for absurd KDF
            parameters).
    """
    prefix = _read_exact(stream, PREFIX_LEN)
    if len(prefix) < PREFIX_LEN or not prefix.startswith(MAGIC):
        raise NotAVaultError()
    _, major, minor, length = PREFIX.unpack(prefix)
    if major > FORMAT_MAJOR:
        raise NewerFormatError(major, minor)
    if major != FORMAT_MAJOR:
        raise DamagedHeaderError(reason="version")
    if not MIN_HEADER_LEN <= length <= MAX_HEADER_LEN:
        raise DamagedHeaderError(reason="length")
    rest = _read_exact(stream, length + TRAILER_LEN)
    if len(rest) != length + TRAILER_LEN:
        raise DamagedHeaderError(reason="truncated")
    signed = prefix + rest[:length]
    checksum, mac = rest[length : length + DIGEST_LEN], rest[length + DIGEST_LEN :]
    if not hmac.compare_digest(header_checksum(signed), checksum):
        raise DamagedHeaderError(reason="checksum")
    header = _decode_body(rest[:length])
    return HeaderBlock(header, major, minor, signed, checksum, mac)


def _is_hex(text: str) -> bool:
    """Return whether ``text`` is only lowercase hex digits."""
    return set(text) <= _HEX_DIGITS


class _Fields:
    """Typed, checked access to one JSON object of the header; any problem is 'damaged'."""

    def __init__(self, value: object) -> None:
        if not isinstance(value, dict):
            raise DamagedHeaderError(reason="structure")
        self._d: dict[str, object] = value

    def get_int(self, key: str, low: int, high: int) -> int:
        value = self._d.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise DamagedHeaderError(reason="field")
        return value

    def get_str(self, key: str, allowed: frozenset[str] | None = None) -> str:
        value = self._d.get(key)
        if not isinstance(value, str) or (allowed is not None and value not in allowed):
            raise DamagedHeaderError(reason="field")
        return value

    def get_hex(self, key: str, size: int) -> bytes:
        value = self._d.get(key)
        if not isinstance(value, str) or len(value) != 2 * size or not _is_hex(value):
            raise DamagedHeaderError(reason="field")
        return bytes.fromhex(value)

    def get_obj(self, key: str) -> _Fields:
        return _Fields(self._d.get(key))

    def get_list(self, key: str) -> list[object]:
        value = self._d.get(key)
        if not isinstance(value, list):
            raise DamagedHeaderError(reason="structure")
        return value

    def has(self, key: str) -> bool:
        return key in self._d


def _decode_kdf(fields: _Fields) -> KdfParams:
    params = KdfParams(
        algorithm=fields.get_str("alg"),
        memory_kib=fields.get_int("memory_kib", 0, 1 << 62),
        iterations=fields.get_int("iterations", 0, 1 << 62),
        lanes=fields.get_int("lanes", 0, 1 << 62),
    )
    validate_params(params)
    return params


def _decode_slot(value: object) -> SlotRecord:
    f = _Fields(value)
    slot_id = f.get_str("id")
    if len(slot_id) != SLOT_ID_HEX_LEN or not _is_hex(slot_id):
        raise DamagedHeaderError(reason="slot id")
    kind = f.get_str("kind", frozenset(SLOT_SALT_LEN))
    kdf = _decode_kdf(f.get_obj("kdf")) if kind == KIND_PASSPHRASE else None
    if kind == KIND_RECOVERY and f.has("kdf"):
        raise DamagedHeaderError(reason="slot")
    return SlotRecord(
        slot_id=slot_id,
        kind=kind,
        salt=f.get_hex("salt", SLOT_SALT_LEN[kind]),
        nonce=f.get_hex("nonce", WRAP_NONCE_LEN),
        wrapped=f.get_hex("wrapped", WRAPPED_LEN),
        kdf=kdf,
    )


def _decode_body(body: bytes) -> Header:
    """Parse and validate a header body; it must be exactly the canonical encoding."""
    try:
        doc = json.loads(body.decode("utf-8"), parse_constant=_reject_constant)
        canonical = canonical_json(doc)
    except (ValueError, RecursionError):
        raise DamagedHeaderError(reason="syntax") from None
    if canonical != body:
        raise DamagedHeaderError(reason="not canonical")
    top = _Fields(doc)
    p = top.get_obj("payload")
    payload = PayloadInfo(
        alg=p.get_str("alg", frozenset({PAYLOAD_ALG})),
        chunk_size=p.get_int("chunk_size", CHUNK_SIZE, CHUNK_SIZE),
        salt=p.get_hex("salt", PAYLOAD_SALT_LEN),
        length=p.get_int("length", 0, MAX_PLAINTEXT_LEN),
        chunks=p.get_int("chunks", 1, MAX_PLAINTEXT_LEN),
    )
    if payload.chunks != chunk_count(payload.length):
        raise DamagedHeaderError(reason="chunk count")
    raw_slots = top.get_list("slots")
    if not 1 <= len(raw_slots) <= MAX_SLOTS:
        raise DamagedHeaderError(reason="slot count")
    slots = tuple(_decode_slot(s) for s in raw_slots)
    if len({s.slot_id for s in slots}) != len(slots):
        raise DamagedHeaderError(reason="duplicate slot")
    return Header(
        file_id=top.get_hex("file_id", FILE_ID_LEN),
        generation=top.get_int("generation", 0, MAX_GENERATION),
        payload=payload,
        slots=slots,
    )


def _reject_constant(name: str) -> object:
    raise ValueError(name)
