"""Every kind of damage gives its own typed error, never a crash or a wrong-passphrase claim."""

from __future__ import annotations

import contextlib
import os
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sspf_desk.errors import KnownError
from sspf_desk.vault import kdf
from sspf_desk.vault.container import Vault
from sspf_desk.vault.errors import (
    DamagedDataError,
    DamagedHeaderError,
    KdfRejectedError,
    NewerFormatError,
    NotAVaultError,
    TamperedHeaderError,
    VaultError,
    WrongPassphraseError,
)
from sspf_desk.vault.format import CHUNK_SIZE, MAGIC

from ._core import PASSPHRASE, dek_of, forge, header_of, make_vault, regions, reseal_unkeyed

FAST = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
IMAGE = bytes(range(256)) * (CHUNK_SIZE * 5 // 2 // 256)  # 2.5 MiB: three chunks


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """Return the bytes of a three-chunk vault file."""
    path = tmp_path_factory.mktemp("orig") / "v.sspf"
    make_vault(path, IMAGE)
    return path.read_bytes()


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a path that each example overwrites with a damaged file."""
    return tmp_path_factory.mktemp("damaged") / "v.sspf"


def _open(path: Path, data: bytes, passphrase: str = PASSPHRASE) -> bytes:
    path.write_bytes(data)
    return Vault.open(path, passphrase=passphrase).image


def test_original_opens(original: bytes, scratch: Path) -> None:
    assert _open(scratch, original) == IMAGE
    assert [name for name in regions(original) if name.startswith("chunk")] == [
        "chunk0",
        "chunk1",
        "chunk2",
    ]


def _expected_for_flip(region: str, data: bytes, offset: int) -> type[VaultError]:
    if region == "magic":
        return NotAVaultError
    if region == "major":
        major = int.from_bytes(data[8:10], "big")
        return NewerFormatError if major > 1 else DamagedHeaderError
    if region in ("minor", "header_length", "body", "checksum"):
        return DamagedHeaderError
    if region == "hmac":
        return TamperedHeaderError
    return DamagedDataError


@pytest.mark.parametrize(
    "region",
    [
        "magic",
        "major",
        "minor",
        "header_length",
        "body",
        "checksum",
        "hmac",
        "chunk0",
        "chunk1",
        "chunk2",
    ],
)
@FAST
@given(data=st.data())
def test_bit_flip_in_each_region(
    original: bytes, scratch: Path, region: str, data: st.DataObject
) -> None:
    start, end = regions(original)[region]
    offset = data.draw(st.integers(start, end - 1), label="offset")
    bit = data.draw(st.integers(0, 7), label="bit")
    damaged = bytearray(original)
    damaged[offset] ^= 1 << bit
    expected = _expected_for_flip(region, bytes(damaged), offset)
    with pytest.raises(expected) as info:
        _open(scratch, bytes(damaged))
    if region in ("minor", "body", "checksum"):
        assert info.value.reason == "checksum"
    if expected is DamagedDataError:
        assert isinstance(info.value, DamagedDataError)
        assert info.value.chunk_index == int(region.removeprefix("chunk"))
        assert f"block {info.value.chunk_index}" in str(info.value)


def _cut_points(original: bytes) -> list[tuple[int, type[VaultError], int | None, str]]:
    spans = regions(original)
    header_end = spans["hmac"][1]
    points: list[tuple[int, type[VaultError], int | None, str]] = [
        (0, NotAVaultError, None, ""),
        (7, NotAVaultError, None, ""),
        (15, NotAVaultError, None, ""),
        (16, DamagedHeaderError, None, ""),
        (header_end - 1, DamagedHeaderError, None, ""),
    ]
    for index in range(3):
        start, end = spans[f"chunk{index}"]
        points.append((start, DamagedDataError, index, "missing"))
        points.append((start + 1, DamagedDataError, index, "short"))
        points.append(((start + end) // 2, DamagedDataError, index, "short"))
        points.append((end - 1, DamagedDataError, index, "short"))
    return points


def test_truncation_at_and_between_chunk_boundaries(original: bytes, scratch: Path) -> None:
    for cut, expected, index, reason in _cut_points(original):
        with pytest.raises(expected) as info:
            _open(scratch, original[:cut])
        if isinstance(info.value, DamagedDataError):
            assert (info.value.chunk_index, info.value.reason) == (index, reason), cut


@FAST
@given(cut=st.integers(0, 2**22))
def test_truncation_anywhere(original: bytes, scratch: Path, cut: int) -> None:
    cut = cut % len(original)
    with pytest.raises((NotAVaultError, DamagedHeaderError, DamagedDataError)):
        _open(scratch, original[:cut])


@pytest.mark.parametrize("extra", [b"\x00", b"x" * 16, os.urandom(CHUNK_SIZE + 16)])
def test_appended_bytes(original: bytes, scratch: Path, extra: bytes) -> None:
    with pytest.raises(DamagedDataError) as info:
        _open(scratch, original + extra)
    assert (info.value.chunk_index, info.value.reason) == (3, "trailing")


def _chunks(original: bytes) -> tuple[bytes, list[bytes]]:
    spans = regions(original)
    head = original[: spans["hmac"][1]]
    return head, [original[slice(*spans[f"chunk{i}"])] for i in range(3)]


@pytest.mark.parametrize(
    ("order", "index"),
    [((1, 0, 2), 0), ((0, 0, 2), 1), ((0, 1, 1), 2), ((0, 2), 1), ((0, 1), 2)],
    ids=["swapped", "duplicated", "final-replaced", "middle-dropped", "final-dropped"],
)
def test_reordered_duplicated_or_dropped_chunks(
    original: bytes, scratch: Path, order: tuple[int, ...], index: int
) -> None:
    head, chunks = _chunks(original)
    with pytest.raises(DamagedDataError) as info:
        _open(scratch, head + b"".join(chunks[i] for i in order))
    assert info.value.chunk_index == index


def test_header_from_another_vault(tmp_path: Path, original: bytes, scratch: Path) -> None:
    # Same passphrase: the foreign slot opens, its HMAC is fine, but no chunk matches.
    other = tmp_path / "other.sspf"
    make_vault(other, IMAGE)
    foreign_head, _ = _chunks(other.read_bytes())
    _, chunks = _chunks(original)
    with pytest.raises(DamagedDataError) as info:
        _open(scratch, foreign_head + b"".join(chunks))
    assert info.value.chunk_index == 0
    # Different passphrase: it cannot even be unlocked with ours.
    make_vault(tmp_path / "third.sspf", IMAGE, passphrase="another passphrase")
    third_head, _ = _chunks((tmp_path / "third.sspf").read_bytes())
    with pytest.raises(WrongPassphraseError):
        _open(scratch, third_head + b"".join(chunks))


def test_header_from_an_older_save_of_the_same_vault(tmp_path: Path) -> None:
    path = tmp_path / "v.sspf"
    vault, _, _ = make_vault(path, IMAGE)
    old_head, _ = _chunks(path.read_bytes())
    vault.save(IMAGE[::-1])
    _, new_chunks = _chunks(path.read_bytes())
    with pytest.raises(DamagedDataError) as info:
        _open(path, old_head + b"".join(new_chunks))
    assert info.value.chunk_index == 0


def test_zero_length_file(scratch: Path) -> None:
    with pytest.raises(NotAVaultError) as info:
        _open(scratch, b"")
    assert info.value.exit_code == 4


@FAST
@given(st.binary(max_size=4096))
def test_random_bytes(scratch: Path, junk: bytes) -> None:
    with pytest.raises(NotAVaultError):
        _open(scratch, junk)


@FAST
@given(st.binary(min_size=4, max_size=4096))
def test_random_bytes_after_a_valid_prefix(scratch: Path, junk: bytes) -> None:
    with pytest.raises(DamagedHeaderError):
        _open(scratch, MAGIC + b"\x00\x01\x00\x00" + junk)


@pytest.mark.parametrize(
    "kdf_doc",
    [
        {"alg": "argon2id", "iterations": 3, "lanes": 4, "memory_kib": 8 * 1024 * 1024},
        {"alg": "argon2id", "iterations": 1000000, "lanes": 1, "memory_kib": 8},
        {"alg": "argon2id", "iterations": 1, "lanes": 1024, "memory_kib": 65536},
        {"alg": "scrypt", "iterations": 1, "lanes": 1, "memory_kib": 1 << 30},
        {"alg": "bcrypt", "iterations": 1, "lanes": 1, "memory_kib": 8},
    ],
)
def test_absurd_kdf_params_are_refused_before_running(
    original: bytes, scratch: Path, monkeypatch: pytest.MonkeyPatch, kdf_doc: dict[str, object]
) -> None:
    def must_not_run(**_: object) -> None:
        raise AssertionError("the KDF ran")

    damaged = reseal_unkeyed(original, lambda d: d["slots"][0].update(kdf=kdf_doc))  # type: ignore[index]
    monkeypatch.setattr(kdf, "Argon2id", must_not_run)
    monkeypatch.setattr(kdf, "Scrypt", must_not_run)
    with pytest.raises(KdfRejectedError) as info:
        _open(scratch, damaged)
    assert isinstance(info.value, DamagedHeaderError)


def test_slot_edited_with_recomputed_checksum_is_a_wrong_passphrase(
    original: bytes, scratch: Path
) -> None:
    def edit(doc: dict[str, object]) -> None:
        slot = doc["slots"][0]  # type: ignore[index]
        slot["nonce"] = "00" * 12

    with pytest.raises(WrongPassphraseError):
        _open(scratch, reseal_unkeyed(original, edit))


def test_header_edited_with_recomputed_checksum_is_tampered(original: bytes, scratch: Path) -> None:
    with pytest.raises(TamperedHeaderError):
        _open(scratch, reseal_unkeyed(original, lambda d: d.update(generation=999)))


def test_wrong_passphrase_damaged_and_newer_are_told_apart(tmp_path: Path) -> None:
    path = tmp_path / "v.sspf"
    vault, _, _ = make_vault(path, b"content")
    good = path.read_bytes()
    header, dek = header_of(path), dek_of(vault)
    damaged_body = bytearray(good)
    damaged_body[40] ^= 0x01
    newer = forge(header, dek, b"content", major=2)
    damaged_chunk = bytearray(good)
    damaged_chunk[-1] ^= 0x80
    cases: list[tuple[bytes, str, type[VaultError], int]] = [
        (good, "wrong", WrongPassphraseError, 3),
        (bytes(damaged_body), "wrong", DamagedHeaderError, 4),
        (bytes(damaged_body), PASSPHRASE, DamagedHeaderError, 4),
        (newer, "wrong", NewerFormatError, 6),
        (newer, PASSPHRASE, NewerFormatError, 6),
        (bytes(damaged_chunk), "wrong", WrongPassphraseError, 3),
        (bytes(damaged_chunk), PASSPHRASE, DamagedDataError, 4),
        (b"", PASSPHRASE, NotAVaultError, 4),
    ]
    for data, passphrase, expected, code in cases:
        with pytest.raises(KnownError) as info:
            _open(path, data, passphrase)
        assert type(info.value) is expected
        assert info.value.exit_code == code
        assert info.value.message("sv") != info.value.message("en")


def test_messages_carry_no_file_name(tmp_path: Path) -> None:
    path = tmp_path / "Åsa Lindqvist 19120101-1212.sspf"
    make_vault(path)
    data = bytearray(path.read_bytes())
    for damage in (b"", b"junk", bytes(data[:-1])):
        path.write_bytes(damage)
        with pytest.raises(VaultError) as info:
            Vault.open(path, passphrase=PASSPHRASE)
        for lang in ("sv", "en"):
            text = info.value.message(lang)
            assert "Åsa" not in text and "1912" not in text


@pytest.mark.parametrize("signed_by_key_holder", [False, True])
def test_absurd_payload_length_allocates_nothing(
    tmp_path: Path, signed_by_key_holder: bool
) -> None:
    # A header claiming 1 TiB in 2^20 chunks: without the key the HMAC refuses it; even with a
    # valid HMAC, chunks are read one at a time, so memory stays at about one chunk.
    path = tmp_path / "v.sspf"
    vault, _, _ = make_vault(path, b"small")

    def huge(doc: dict[str, object]) -> None:
        doc["payload"].update(length=1 << 40, chunks=1 << 20)  # type: ignore[attr-defined]

    if signed_by_key_holder:
        data = forge(header_of(path), dek_of(vault), b"y" * 5000, edit=huge)
    else:
        data = reseal_unkeyed(path.read_bytes(), huge)
    path.write_bytes(data)
    tracemalloc.start()
    try:
        with pytest.raises((TamperedHeaderError, DamagedDataError)) as info:
            Vault.open(path, passphrase=PASSPHRASE)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert type(info.value) is (DamagedDataError if signed_by_key_holder else TamperedHeaderError)
    assert peak < 4 * CHUNK_SIZE


_JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=40)
    | st.sampled_from(["00" * 16, "00" * 32, "argon2id", "scrypt", "recovery", "passphrase"]),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


def _json_paths(value: object, prefix: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    out = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            out += _json_paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            out += _json_paths(item, (*prefix, index))
    return out


@FAST
@given(data=st.data())
def test_any_header_edit_with_a_recomputed_checksum_gives_a_vault_error(
    original: bytes, scratch: Path, data: st.DataObject
) -> None:
    # Past the unkeyed checksum, the parser, the KDF guard, the slots and the HMAC must turn
    # every edit into a typed error (or, for an edit that changes nothing, open).
    def edit(doc: dict[str, object]) -> None:
        for _ in range(data.draw(st.integers(1, 3), label="edits")):
            paths = [p for p in _json_paths(doc) if p]
            path = data.draw(st.sampled_from(paths), label="path")
            parent: Any = doc
            for key in path[:-1]:
                parent = parent[key]
            if data.draw(st.booleans(), label="delete") and isinstance(parent, dict):
                del parent[path[-1]]
            else:
                parent[path[-1]] = data.draw(_JSON_VALUES, label="value")

    damaged = reseal_unkeyed(original, edit)
    with contextlib.suppress(VaultError):
        _open(scratch, damaged)
