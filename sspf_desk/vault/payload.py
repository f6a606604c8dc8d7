"""The chunked payload: AES-256-GCM over 1 MiB chunks with counter nonces and a final flag.

Work is done one chunk at a time, so no single AES call holds the GIL for long and the
whole ciphertext never has to sit in memory next to the plaintext.
"""

from __future__ import annotations

from collections.abc import Iterator
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
    for index in range(payload.chunks):
        expected = chunk_plain_len(payload, index) + TAG_LEN
        data = stream.read(expected)
        if not data:
            raise DamagedDataError(index, "missing")
        if len(data) != expected:
            raise DamagedDataError(index, "short")
        try:
            yield aead.decrypt(chunk_nonce(index, index == last), data, aad)
        except InvalidTag:
            raise DamagedDataError(index, "tag") from None
    if stream.read(1):
        raise DamagedDataError(payload.chunks, "trailing")
