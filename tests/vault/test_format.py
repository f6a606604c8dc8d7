"""The byte layout: prefix, canonical header, chunk geometry, versions, and the test vector."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pytest

from sspf_desk.vault import keys
from sspf_desk.vault.container import Vault, read_header_info
from sspf_desk.vault.errors import (
    DamagedHeaderError,
    KdfRejectedError,
    NewerFormatError,
    NotAVaultError,
)
from sspf_desk.vault.format import (
    CHUNK_SIZE,
    FORMAT_MAJOR,
    FORMAT_MINOR,
    KIND_PASSPHRASE,
    KIND_RECOVERY,
    MAGIC,
    MAX_HEADER_LEN,
    Header,
    PayloadInfo,
    SlotRecord,
    canonical_json,
    chunk_count,
    chunk_nonce,
    chunk_plain_len,
    encode_body,
    encode_signed,
    header_checksum,
    read_header,
    slot_aad,
)
from sspf_desk.vault.kdf import KdfParams
from sspf_desk.vault.payload import encrypt_chunks
from sspf_desk.vault.recovery import RecoveryKey

from ._core import PASSPHRASE, Doc, dek_of, forge, header_len, make_vault, reseal_unkeyed

DOC_PATH = Path(__file__).resolve().parents[2] / "docs" / "vault-format.md"


def test_prefix_is_magic_big_endian_versions_and_length(tmp_path: Path) -> None:
    path = tmp_path / "v.sspf"
    make_vault(path)
    data = path.read_bytes()
    assert data[:8] == MAGIC == b"SSPFVLT\x00"
    assert data[8:10] == FORMAT_MAJOR.to_bytes(2, "big") == b"\x00\x01"
    assert data[10:12] == FORMAT_MINOR.to_bytes(2, "big") == b"\x00\x00"
    n = header_len(data)
    body = data[16 : 16 + n]
    assert canonical_json(json.loads(body)) == body
    assert data[16 + n : 48 + n] == hashlib.sha256(data[: 16 + n]).digest()


def test_header_body_is_sorted_compact_ascii_json() -> None:
    assert canonical_json({"b": 1, "a": [1, {"d": "x", "c": None}]}) == (
        b'{"a":[1,{"c":null,"d":"x"}],"b":1}'
    )


@pytest.mark.parametrize(
    ("length", "chunks", "last"),
    [
        (0, 1, 0),
        (1, 1, 1),
        (CHUNK_SIZE, 1, CHUNK_SIZE),
        (CHUNK_SIZE + 1, 2, 1),
        (3 * CHUNK_SIZE, 3, CHUNK_SIZE),
    ],
)
def test_chunk_geometry(length: int, chunks: int, last: int) -> None:
    assert chunk_count(length) == chunks
    payload = PayloadInfo(bytes(32), length, chunks)
    assert chunk_plain_len(payload, chunks - 1) == last


def test_chunk_nonce_is_counter_and_final_flag() -> None:
    assert chunk_nonce(0, False) == bytes(12)
    assert chunk_nonce(1, True) == bytes(10) + b"\x01\x01"
    assert chunk_nonce(258, False) == bytes(9) + b"\x01\x02\x00"


def test_read_header_info_needs_no_key(tmp_path: Path) -> None:
    path = tmp_path / "v.sspf"
    vault, _, _ = make_vault(path)
    vault.save(b"again")
    info = read_header_info(path)
    assert (info.file_id, info.generation) == (vault.file_id, 2)
    assert (info.format_major, info.format_minor) == (1, 0)


def _vault_parts(tmp_path: Path) -> tuple[Path, Header, bytes]:
    path = tmp_path / "v.sspf"
    vault, _, _ = make_vault(path, b"old")
    with path.open("rb") as stream:
        header = read_header(stream).header
    return path, header, dek_of(vault)


def test_higher_minor_with_unknown_fields_is_readable(tmp_path: Path) -> None:
    path, header, dek = _vault_parts(tmp_path)

    def add_fields(doc: Doc) -> None:
        doc["future_hint"] = {"x": 1}
        payload = doc["payload"]
        assert isinstance(payload, dict)
        payload["compression"] = "none"

    path.write_bytes(forge(header, dek, b"old", minor=7, edit=add_fields))
    assert read_header_info(path).format_minor == 7
    unlocked = Vault.open(path, passphrase=PASSPHRASE)
    assert unlocked.image == b"old"
    unlocked.vault.save(b"new")
    assert read_header_info(path).format_minor == FORMAT_MINOR


def test_unknown_kdf_members_are_not_part_of_the_slot_aad(tmp_path: Path) -> None:
    # Spec §5: the AAD's "kdf" is rebuilt from alg, iterations, lanes and memory_kib only.
    path, header, dek = _vault_parts(tmp_path)

    def add_kdf_member(doc: Doc) -> None:
        slots = doc["slots"]
        assert isinstance(slots, list)
        slots[0]["kdf"]["version"] = 19

    path.write_bytes(forge(header, dek, b"old", minor=1, edit=add_kdf_member))
    unlocked = Vault.open(path, passphrase=PASSPHRASE)
    assert unlocked.image == b"old"
    assert unlocked.slot_id == header.slots[0].slot_id


@pytest.mark.parametrize("major", [2, 0xFFFF])
def test_newer_major_is_refused_before_anything_else(tmp_path: Path, major: int) -> None:
    path, header, dek = _vault_parts(tmp_path)
    path.write_bytes(forge(header, dek, b"old", major=major, minor=3, body=b"not json at all"))
    with pytest.raises(NewerFormatError) as info:
        Vault.open(path, passphrase="wrong")
    assert (info.value.major, info.value.minor) == (major, 3)
    assert f"{major}.3" in str(info.value)
    with pytest.raises(NewerFormatError):
        read_header_info(path)


def test_major_zero_is_damage(tmp_path: Path) -> None:
    path, header, dek = _vault_parts(tmp_path)
    path.write_bytes(forge(header, dek, b"old", major=0))
    with pytest.raises(DamagedHeaderError):
        Vault.open(path, passphrase=PASSPHRASE)


def _hex_field(doc: Doc, *keys_: str) -> dict[str, object]:
    node: object = doc
    for key in keys_:
        assert isinstance(node, dict)
        node = node[key]
    assert isinstance(node, dict)
    return node


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d.pop("file_id"),
        lambda d: d.update(generation=-1),
        lambda d: d.update(generation=True),
        lambda d: d.update(generation=1.5),
        lambda d: d.update(generation=1 << 64),
        lambda d: d.update(file_id="00" * 15),
        lambda d: d.update(file_id="AB" * 16),
        lambda d: d.update(file_id=" 0" * 16),
        lambda d: d.update(slots=[]),
        lambda d: d.update(slots="none"),
        lambda d: _hex_field(d, "payload").update(chunks=2),
        lambda d: _hex_field(d, "payload").update(chunk_size=4096),
        lambda d: _hex_field(d, "payload").update(alg="aes-128-cbc"),
        lambda d: _hex_field(d, "payload").update(length=1 << 41),
        lambda d: _hex_field(d, "payload").update(salt="00"),
        lambda d: d["slots"].append(d["slots"][0]),  # type: ignore[attr-defined,index]
        lambda d: d["slots"][0].update(kind="fido2"),  # type: ignore[index]
        lambda d: d["slots"][0].update(id="XYZ"),  # type: ignore[index]
        lambda d: d["slots"][1].update(kdf=None),  # type: ignore[index]
        lambda d: d["slots"][0].pop("kdf"),  # type: ignore[index]
        lambda d: d["slots"][0].update(wrapped="00" * 47),  # type: ignore[index]
    ],
)
def test_invalid_header_fields_are_damaged_header(tmp_path: Path, edit: object) -> None:
    path = tmp_path / "v.sspf"
    make_vault(path)
    path.write_bytes(reseal_unkeyed(path.read_bytes(), edit))  # type: ignore[arg-type]
    with pytest.raises(DamagedHeaderError):
        Vault.open(path, passphrase=PASSPHRASE)


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"{",
        b"[]",
        b'{"a":NaN}',
        b'{ "file_id": "x" }',
        b'{"a":1,"a":2}',
        b"\xff\xfe",
        b"[" * 5000 + b"]" * 5000,
    ],
)
def test_unparsable_or_non_canonical_body_is_damaged_header(body: bytes) -> None:
    signed = MAGIC + b"\x00\x01\x00\x00" + len(body).to_bytes(4, "big") + body
    data = signed + header_checksum(signed) + bytes(32)
    with pytest.raises(DamagedHeaderError):
        read_header(io.BytesIO(data))


@pytest.mark.parametrize("length", [0, 1, MAX_HEADER_LEN + 1, 0xFFFFFFFF])
def test_header_length_out_of_range_is_damaged_header(length: int) -> None:
    data = MAGIC + b"\x00\x01\x00\x00" + length.to_bytes(4, "big") + bytes(200)
    with pytest.raises(DamagedHeaderError):
        read_header(io.BytesIO(data))


@pytest.mark.parametrize("data", [b"", b"SSPF", MAGIC, MAGIC + b"\x00\x01\x00", b"PK\x03\x04" * 9])
def test_short_or_foreign_files_are_not_vaults(data: bytes) -> None:
    with pytest.raises(NotAVaultError):
        read_header(io.BytesIO(data))


def test_kdf_limits_are_checked_while_parsing(tmp_path: Path) -> None:
    path = tmp_path / "v.sspf"
    make_vault(path)
    huge = {"alg": "argon2id", "memory_kib": 1 << 30, "iterations": 1, "lanes": 1}
    path.write_bytes(reseal_unkeyed(path.read_bytes(), lambda d: d["slots"][0].update(kdf=huge)))  # type: ignore[index]
    with pytest.raises(KdfRejectedError):
        read_header_info(path)


# --- test vector (docs/vault-format.md §10) -------------------------------------------------

V_FILE_ID = bytes(range(0x00, 0x10))
V_DEK = bytes(range(0x20, 0x40))
V_KDF = KdfParams("argon2id", 8, 1, 1)
V_PASS_SALT = bytes(range(0x40, 0x50))
V_PASS_NONCE = bytes(range(0x50, 0x5C))
V_REC_KEY = bytes(range(0x80, 0xA0))
V_REC_SALT = bytes(range(0x60, 0x80))
V_REC_NONCE = bytes(range(0x70, 0x7C))
V_PAYLOAD_SALT = bytes(range(0xA0, 0xC0))
V_IMAGE = b"Hej SSPF!\n"
VECTOR = {
    "recovery_text": "QCAY-FA4E-QWDI-PCEJ-RKFY-ZDMO-R6IJ-DEUT-SSKZ-NF4Y-TGNJ-XHE5-T2PQ-LMZ5",
    "passphrase_kek": "8c7763972c5fb5e1e42a87202e659767c30f080109825dd278b0287890a85ac5",
    "recovery_kek": "ea5c674d00e265bd15717ae5e5b4821aadaa9ce31a8fc14816bd360db2124c2e",
    "passphrase_wrapped": (
        "bd8d0dc275d150b92f9b4e891ab4a92be5376f67d2eec0f21e985f0154e18fb4"
        "4c5961f6ee2491a0e313632d0041e026"
    ),
    "recovery_wrapped": (
        "22acf2154075930badfae5adaa1a67363ec4790ab135b4826d57b39ef9fad6ea"
        "836a97f075cc64e5d5b7cb8b3b4e7815"
    ),
    "prefix": "53535046564c54000001000000000314",
    "checksum": "6b4f8f16bea879b3dc9e2ea2e4c32ca874c2a6a4dbdeac0a20371dfa0c9e4cf8",
    "mac_key": "bc30f24b2cc6ecb242605f0d10abaa459c5978d2c41e87985453f4a23af73b4c",
    "hmac": "619e61f7fb0d155f2267bf2142d3864b5924028a29770b88d243a7bad6d352f7",
    "payload_key": "d9e4b5c6026ff5dbb020b53a6e0d8e368ce5a1b48ee994b2db22356ef018b002",
    "chunk0": "3a1c7a4db9dac40415d40521ac656c6a711c0d18b474a7ef8d94",
    "subkey_attachments": "c8ebb896466859bf52e5b2544c9a8482dc21d4087ae18a02261ebed8bc921332",
    "file_sha256": "cc503ee5ea0dce1981bb595c32702ecf85e85e184f00f6cb2627994fb7473007",
}


def _vector_file() -> tuple[bytes, dict[str, str], bytes]:
    pass_kek = keys.passphrase_kek(PASSPHRASE, V_PASS_SALT, V_KDF)
    rec_kek = keys.recovery_kek(V_REC_KEY, V_REC_SALT)
    pass_slot = keys.wrap_dek(
        V_FILE_ID,
        SlotRecord("0001020304050607", KIND_PASSPHRASE, V_PASS_SALT, V_PASS_NONCE, b"", V_KDF),
        kek=pass_kek,
        dek=V_DEK,
    )
    rec_slot = keys.wrap_dek(
        V_FILE_ID,
        SlotRecord("08090a0b0c0d0e0f", KIND_RECOVERY, V_REC_SALT, V_REC_NONCE, b"", None),
        kek=rec_kek,
        dek=V_DEK,
    )
    header = Header(V_FILE_ID, 1, PayloadInfo(V_PAYLOAD_SALT, 10, 1), (pass_slot, rec_slot))
    signed = encode_signed(header)
    checksum = header_checksum(signed)
    mac_key = keys.header_mac_key(V_DEK, V_FILE_ID)
    mac = keys.header_mac(mac_key, signed)
    payload_key = keys.payload_key(V_DEK, V_PAYLOAD_SALT)
    (chunk,) = encrypt_chunks(payload_key, checksum, V_IMAGE)
    data = signed + checksum + mac + chunk
    got = {
        "recovery_text": RecoveryKey(V_REC_KEY).text,
        "passphrase_kek": pass_kek.hex(),
        "recovery_kek": rec_kek.hex(),
        "passphrase_wrapped": pass_slot.wrapped.hex(),
        "recovery_wrapped": rec_slot.wrapped.hex(),
        "prefix": signed[:16].hex(),
        "checksum": checksum.hex(),
        "mac_key": mac_key.hex(),
        "hmac": mac.hex(),
        "payload_key": payload_key.hex(),
        "chunk0": chunk.hex(),
        "subkey_attachments": keys.subkey(V_DEK, V_FILE_ID, "attachments").hex(),
        "file_sha256": hashlib.sha256(data).hexdigest(),
    }
    return data, got, encode_body(header)


def test_vector_values() -> None:
    _, got, body = _vector_file()
    assert got == VECTOR
    assert slot_aad(
        V_FILE_ID, SlotRecord("0001020304050607", "passphrase", V_PASS_SALT, b"", b"", V_KDF)
    ) == (
        b'sspf-vault/v1/slot\x00{"file_id":"000102030405060708090a0b0c0d0e0f",'
        b'"id":"0001020304050607","kdf":{"alg":"argon2id","iterations":1,"lanes":1,'
        b'"memory_kib":8},"kind":"passphrase","salt":"404142434445464748494a4b4c4d4e4f"}'
    )
    assert len(body) == 0x314


def test_vector_file_opens_with_passphrase_and_recovery_key(tmp_path: Path) -> None:
    data, _, _ = _vector_file()
    path = tmp_path / "vector.sspf"
    path.write_bytes(data)
    assert Vault.open(path, passphrase=PASSPHRASE).image == V_IMAGE
    recovery = RecoveryKey.parse(VECTOR["recovery_text"])
    unlocked = Vault.open(path, recovery_key=recovery)
    assert (unlocked.image, unlocked.slot_id, unlocked.slot_kind) == (
        V_IMAGE,
        "08090a0b0c0d0e0f",
        "recovery",
    )


def test_vector_is_in_the_specification() -> None:
    text = DOC_PATH.read_text(encoding="utf-8")
    flat = "".join(text.split())
    _, _, body = _vector_file()
    for name, value in VECTOR.items():
        assert "".join(value.split()) in flat, name
    assert body.decode("ascii") in flat
