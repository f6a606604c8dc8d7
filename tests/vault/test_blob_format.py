"""The attachment blob format against its specification (docs/vault-format.md §12)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from sspf_desk.vault import blob, keys
from sspf_desk.vault.attachments import AttachmentStore
from sspf_desk.vault.blob import SIGNED_LEN

from ._core import make_vault

DOC_PATH = Path(__file__).resolve().parents[2] / "docs" / "vault-format.md"

V_FILE_ID = bytes(range(0x00, 0x10))
V_DEK = bytes(range(0x20, 0x40))
V_NAME = bytes(range(0xC0, 0xD0)).hex()
V_SALT = bytes(range(0xD0, 0xF0))
V_DATA = b"Samtycke\n"
BLOB_VECTOR = {
    "blob_key": "4734271f411a93059f81d3917e56307b70c8860ec703d96e0fb40dcc491e2971",
    "signed": (
        "53535046424c42000001000000010203 0405060708090a0b0c0d0e0fc0c1c2c3"
        "c4c5c6c7c8c9cacbcccdcecfd0d1d2d3 d4d5d6d7d8d9dadbdcdddedfe0e1e2e3"
        "e4e5e6e7e8e9eaebecedeeef00000000 00000009"
    ),
    "checksum": "b1c1d9e02d962003824011a97fc5848006e3cb9d8322977f159e197796736046",
    "chunk0": "272116cedc8cb3a5e0749099b2da49ff8891a3fcb9ac929fa5",
    "file_sha256": "45b83c942307a13c22fa2d4ff4d1fae893892d65845cdad527b763ac707c6bfa",
}


def _vector_blob() -> tuple[bytes, dict[str, str]]:
    attachments_key = keys.subkey(V_DEK, V_FILE_ID, "attachments")
    header, chunks = blob.encrypt_blob(attachments_key, V_FILE_ID, V_NAME, V_SALT, V_DATA)
    (chunk,) = list(chunks)
    data = header + chunk
    return data, {
        "blob_key": blob.blob_key(attachments_key, V_SALT, V_NAME).hex(),
        "signed": header[:SIGNED_LEN].hex(),
        "checksum": header[SIGNED_LEN:].hex(),
        "chunk0": chunk.hex(),
        "file_sha256": hashlib.sha256(data).hexdigest(),
    }


def test_blob_vector_values_and_specification() -> None:
    data, got = _vector_blob()
    assert got == {key: "".join(value.split()) for key, value in BLOB_VECTOR.items()}
    assert len(data) == 141
    flat = "".join(DOC_PATH.read_text(encoding="utf-8").split())
    for name, value in BLOB_VECTOR.items():
        assert "".join(value.split()) in flat, name
    assert V_NAME in flat


def test_blob_vector_decrypts_as_written_in_the_specification(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _, _ = make_vault(tmp_path / "kommun.sspf")
    monkeypatch.setattr(vault, "file_id", V_FILE_ID)
    monkeypatch.setattr(vault, "_dek", bytearray(V_DEK))
    store = AttachmentStore.for_vault(vault)
    store.folder.mkdir()
    data, _ = _vector_blob()
    (store.folder / f"{V_NAME}.blob").write_bytes(data)
    assert store.get(V_NAME) == V_DATA
