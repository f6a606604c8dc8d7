"""The chunked payload: AES-256-GCM over 1 MiB chunks with counter nonces and a final flag.

Work is done one chunk at a time, so no single AES call holds the GIL for long and the
whole ciphertext never has to sit in memory next to the plaintext.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from sspf_desk.vault.errors import DamagedDataError
from sspf_desk.vault.format import (
    CHUNK_SIZE,
    TAG_LEN,
    PayloadInfo,
    chunk_count,
    chunk_nonce,
    chunk_plain_len,
)


def encrypt_chunks(key: bytes, aad: bytes, image: bytes | memoryview) -> Iterator[bytes]:
    """Yield the encrypted chunks of ``image`` (ciphertext ‖ tag each), first to last.

    Args:
        key: the per-save payload key.
        aad: the header SHA-256.
        image: the plaintext; an empty image still yields one (final) chunk.
    """
    view = memoryview(image)
    count = chunk_count(len(view))
    aead = AESGCM(key)
    for index in range(count):
        part = view[index * CHUNK_SIZE : (index + 1) * CHUNK_SIZE]
        yield aead.encrypt(chunk_nonce(index, index == count - 1), part, aad)


_HAS_DECRYPT_INTO = hasattr(AESGCM, "decrypt_into")
"""``AESGCM.decrypt_into`` exists from cryptography 47 on; older versions copy each chunk."""


def _ciphertexts(
    stream: BinaryIO, payload: PayloadInfo, buffer: bytearray | None = None
) -> Iterator[tuple[int, bytes | memoryview, int]]:
    """Read the chunks that follow the header: yield (index, ciphertext ‖ tag, plain length).

    With ``buffer`` (at least one chunk plus tag) every chunk is read into it and yielded
    as a view that is valid until the next chunk is read: no allocation per chunk.

    Raises:
        DamagedDataError: a chunk is missing (``reason="missing"``) or cut short
            (``"short"``), or bytes follow the final chunk (``"trailing"``, index = chunk
            count; raised once every chunk was yielded).
    """
    readinto = getattr(stream, "readinto", None) if buffer is not None else None
    view = memoryview(buffer) if buffer is not None else None
    for index in range(payload.chunks):
        plain_len = chunk_plain_len(payload, index)
        expected = plain_len + TAG_LEN
        data: bytes | memoryview
        if readinto is not None and view is not None:
            data = view[: _read_into(readinto, view[:expected])]
        else:
            data = stream.read(expected)
        if not data:
            raise DamagedDataError(index, "missing")
        if len(data) != expected:
            raise DamagedDataError(index, "short")
        yield index, data, plain_len
    if stream.read(1):
        raise DamagedDataError(payload.chunks, "trailing")


def _read_into(readinto: Callable[[memoryview], int | None], target: memoryview) -> int:
    """Fill ``target`` from the stream (stopping early only at the end); return the count."""
    filled = 0
    while filled < len(target):
        count = readinto(target[filled:])
        if not count:
            break
        filled += count
    return filled


def decrypt_chunks(
    stream: BinaryIO, key: bytes, aad: bytes, payload: PayloadInfo
) -> Iterator[bytes]:
    """Read, verify and yield the plaintext chunks that follow the header in ``stream``.

    Raises:
        DamagedDataError: a chunk is missing (``reason="missing"``) or cut short
            (``"short"``), its tag fails (``"tag"``: damaged, reordered, from another save or
            vault), or bytes follow the final chunk (``"trailing"``, index = chunk count).
    """
    aead = AESGCM(key)
    last = payload.chunks - 1
    for index, data, _plain_len in _ciphertexts(stream, payload):
        try:
            yield aead.decrypt(chunk_nonce(index, index == last), data, aad)
        except InvalidTag:
            raise DamagedDataError(index, "tag") from None


def verify_chunks(stream: BinaryIO, key: bytes, aad: bytes, payload: PayloadInfo) -> None:
    """Read and verify every chunk, keeping no plaintext (a save's read-back check).

    Same checks and errors as :func:`decrypt_chunks`, with one reused buffer for the
    ciphertext and one for the plaintext instead of two allocations per chunk (78 MB
    image: the read-back took ~50 ms, most of it allocating).
    """
    aead = AESGCM(key)
    last = payload.chunks - 1
    scratch = memoryview(bytearray(payload.chunk_size))
    cipher = bytearray(payload.chunk_size + TAG_LEN)
    for index, data, plain_len in _ciphertexts(stream, payload, cipher):
        nonce = chunk_nonce(index, index == last)
        try:
            if _HAS_DECRYPT_INTO:
                aead.decrypt_into(nonce, data, aad, scratch[:plain_len])
            else:  # pragma: no cover - cryptography < 47
                aead.decrypt(nonce, data, aad)
        except InvalidTag:
            raise DamagedDataError(index, "tag") from None
    scratch[:] = bytes(len(scratch))


def _remaining(stream: BinaryIO) -> int | None:
    """Bytes left in a file-backed ``stream`` (None when it has no file to measure)."""
    try:
        return os.fstat(stream.fileno()).st_size - stream.tell()
    except (OSError, ValueError):
        return None


def decrypt_payload(stream: BinaryIO, key: bytes, aad: bytes, payload: PayloadInfo) -> bytearray:
    """Read, verify and decrypt every chunk into one buffer; return the plaintext.

    Same checks and errors as :func:`decrypt_chunks`. When the file holds every byte the
    header announces, the plaintext is decrypted straight into one preallocated buffer
    (no copy per chunk, no join: 0.8 ms instead of 8–12 ms for an 8 MB image). Otherwise
    the file is damaged and the length is never trusted for an allocation: chunks are
    appended one by one until the error shows. Plaintext is zeroed before an error
    propagates.
    """
    remaining = _remaining(stream)
    if remaining is None or remaining < payload.length + payload.chunks * TAG_LEN:
        plain = bytearray()
        try:
            for chunk in decrypt_chunks(stream, key, aad, payload):
                plain += chunk
        except BaseException:
            plain[:] = bytes(len(plain))
            raise
        return plain
    return _decrypt_preallocated(stream, AESGCM(key), aad, payload)


def _decrypt_preallocated(
    stream: BinaryIO, aead: AESGCM, aad: bytes, payload: PayloadInfo
) -> bytearray:
    last = payload.chunks - 1
    plain = bytearray(payload.length)
    view = memoryview(plain)
    offset = 0
    try:
        for index, data, plain_len in _ciphertexts(stream, payload):
            target = view[offset : offset + plain_len]
            nonce = chunk_nonce(index, index == last)
            try:
                if _HAS_DECRYPT_INTO:
                    aead.decrypt_into(nonce, data, aad, target)
                else:  # pragma: no cover - cryptography < 47
                    target[:] = aead.decrypt(nonce, data, aad)
            except InvalidTag:
                raise DamagedDataError(index, "tag") from None
            offset += plain_len
    except BaseException:
        view[:offset] = bytes(offset)
        raise
    finally:
        view.release()
    return plain
