"""Attachment blobs: round trips, every kind of damage as a typed error, no plaintext on disk."""

from __future__ import annotations

import errno
import hashlib
import os
import re
import shutil
import struct
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sspf_desk.vault import atomic
from sspf_desk.vault.attachments import (
    AttachmentMissingError,
    AttachmentSaveError,
    AttachmentStore,
    BlobRef,
    attachment_folder,
)
from sspf_desk.vault.blob import (
    BLOB_HEADER_LEN,
    SIGNED_LEN,
    AttachmentNameError,
    DamagedAttachmentError,
    ForeignAttachmentError,
    NewerAttachmentFormatError,
)
from sspf_desk.vault.container import Vault
from sspf_desk.vault.errors import DamagedDataError, KeysForgottenError, SaveFailedError
from sspf_desk.vault.format import CHUNK_SIZE, TAG_LEN

from ._core import MARKER, make_vault

DOC_PATH = Path(__file__).resolve().parents[2] / "docs" / "vault-format.md"
FAST = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
SMALL = b"signed consent form " * 15  # 300 bytes: one chunk


def _vault(tmp_path: Path, stem: str = "kommun") -> Vault:
    tmp_path.mkdir(exist_ok=True)
    vault, _, _ = make_vault(tmp_path / f"{stem}.sspf")
    return vault


@pytest.fixture
def store(tmp_path: Path) -> AttachmentStore:
    return AttachmentStore.for_vault(_vault(tmp_path))


def _blob_path(store: AttachmentStore, name: str) -> Path:
    return store.folder / f"{name}.blob"


def _data(size: int) -> bytes:
    return (os.urandom(97) * (size // 97 + 1))[:size]


# --- round trips ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "size",
    [0, 1, 300, CHUNK_SIZE, CHUNK_SIZE + 1, 5 * CHUNK_SIZE // 2],
    ids=["empty", "one", "small", "1MiB", "1MiB+1", "2.5MiB"],
)
def test_round_trip(store: AttachmentStore, size: int) -> None:
    data = _data(size)
    ref = store.put(data)
    assert isinstance(ref, BlobRef)
    assert re.fullmatch(r"[0-9a-f]{32}", ref.blob_name)
    assert (ref.size, ref.sha256) == (size, hashlib.sha256(data).hexdigest())
    assert store.get(ref.blob_name) == data
    chunks = max(1, -(-size // CHUNK_SIZE))
    assert _blob_path(store, ref.blob_name).stat().st_size == (
        BLOB_HEADER_LEN + size + TAG_LEN * chunks
    )
    assert store.list_names() == [ref.blob_name]
    assert sorted(p.name for p in store.folder.iterdir()) == [f"{ref.blob_name}.blob"]


def test_accepts_bytearray_and_memoryview(store: AttachmentStore) -> None:
    data = b"\x00\xff" * 1000
    assert store.get(store.put(bytearray(data)).blob_name) == data
    assert store.get(store.put(memoryview(data)).blob_name) == data


def test_reopened_vault_reads_its_blobs(tmp_path: Path) -> None:
    vault = _vault(tmp_path)
    ref = AttachmentStore.for_vault(vault).put(SMALL)
    reopened = Vault.open(vault.path, passphrase="correct horse battery staple").vault
    assert AttachmentStore.for_vault(reopened).get(ref.blob_name) == SMALL


def test_same_data_twice_gives_different_names_and_ciphertexts(store: AttachmentStore) -> None:
    first, second = store.put(SMALL), store.put(SMALL)
    assert first.blob_name != second.blob_name
    assert first.sha256 == second.sha256
    one = _blob_path(store, first.blob_name).read_bytes()
    two = _blob_path(store, second.blob_name).read_bytes()
    assert one[BLOB_HEADER_LEN:] != two[BLOB_HEADER_LEN:]
    assert store.list_names() == sorted([first.blob_name, second.blob_name])


def test_folder_beside_the_vault_created_private_on_first_put(tmp_path: Path) -> None:
    vault = _vault(tmp_path, "Norrby kommun.v2")
    store = AttachmentStore.for_vault(vault)
    assert (
        store.folder == attachment_folder(vault.path) == tmp_path / "Norrby kommun.v2.attachments"
    )
    assert not store.folder.exists()
    assert store.list_names() == []
    store.put(b"x")
    assert store.folder.is_dir()
    if sys.platform != "win32":
        assert store.folder.stat().st_mode & 0o777 == 0o700
        (name,) = store.list_names()
        assert _blob_path(store, name).stat().st_mode & 0o777 == 0o600


def test_delete(store: AttachmentStore) -> None:
    keep, gone = store.put(b"keep"), store.put(b"gone")
    assert store.delete(gone.blob_name) is True
    assert store.delete(gone.blob_name) is False
    assert store.list_names() == [keep.blob_name]
    with pytest.raises(AttachmentMissingError):
        store.get(gone.blob_name)
    assert store.get(keep.blob_name) == b"keep"


def test_list_names_ignores_other_files_and_leftovers_are_removed(store: AttachmentStore) -> None:
    ref = store.put(SMALL)
    leftover = store.folder / f"{'ab' * 16}.blob.tmp-{'0' * 16}"
    leftover.write_bytes(b"ciphertext")
    for other in ["notes.txt", f"{'AB' * 16}.blob", f"{'ab' * 15}.blob", f"{'cd' * 16}.blob.bak"]:
        (store.folder / other).write_bytes(b"")
    (store.folder / f"{'ef' * 16}.blob").mkdir()
    assert store.list_names() == [ref.blob_name]
    assert store.remove_leftovers() == 1
    assert not leftover.exists()
    assert (store.folder / "notes.txt").exists()
    assert store.remove_leftovers() == 0


# --- names and missing blobs ----------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["", "../kommun", "A" * 32, "a" * 31, "a" * 33, "g" * 32, f"{'a' * 32}.blob", " " + "a" * 31],
)
def test_malformed_names_are_refused(store: AttachmentStore, name: str) -> None:
    store.put(SMALL)
    with pytest.raises(AttachmentNameError):
        store.get(name)
    with pytest.raises(AttachmentNameError):
        store.delete(name)


def test_unknown_name_is_missing(store: AttachmentStore) -> None:
    with pytest.raises(AttachmentMissingError) as info:
        store.get("0" * 32)
    assert info.value.exit_code == 4
    store.put(SMALL)
    with pytest.raises(AttachmentMissingError):
        store.get("0" * 32)


# --- damage ---------------------------------------------------------------------------------


def _damaged(store: AttachmentStore, name: str) -> DamagedAttachmentError:
    with pytest.raises(DamagedAttachmentError) as info:
        store.get(name)
    assert isinstance(info.value, DamagedDataError)
    assert info.value.exit_code == 4
    return info.value


@FAST
@given(bit=st.integers(0, (BLOB_HEADER_LEN + len(SMALL) + TAG_LEN) * 8 - 1))
def test_any_bit_flip_is_a_typed_error(store: AttachmentStore, bit: int) -> None:
    ref = store.put(SMALL)
    path = _blob_path(store, ref.blob_name)
    data = bytearray(path.read_bytes())
    data[bit // 8] ^= 1 << (bit % 8)
    path.write_bytes(data)
    offset = bit // 8
    if 8 <= offset < 10:  # the major version: higher → newer, 0 → damaged
        major = struct.unpack(">H", data[8:10])[0]
        if major > 1:
            with pytest.raises(NewerAttachmentFormatError):
                store.get(ref.blob_name)
            return
    error = _damaged(store, ref.blob_name)
    assert not isinstance(error, ForeignAttachmentError)  # damage is never blamed on a swap
    if offset < 8:
        assert (error.reason, error.chunk_index) == ("magic", -1)
    elif offset < BLOB_HEADER_LEN:
        assert (error.reason, error.chunk_index) == ("header", -1)
    else:
        assert (error.reason, error.chunk_index) == ("tag", 0)


def test_bit_flip_in_a_later_chunk_names_it(store: AttachmentStore) -> None:
    ref = store.put(_data(2 * CHUNK_SIZE + 5))
    path = _blob_path(store, ref.blob_name)
    data = bytearray(path.read_bytes())
    data[BLOB_HEADER_LEN + 2 * (CHUNK_SIZE + TAG_LEN) + 3] ^= 0x40
    path.write_bytes(data)
    error = _damaged(store, ref.blob_name)
    assert (error.reason, error.chunk_index) == ("tag", 2)


def test_truncation_and_appended_bytes(store: AttachmentStore) -> None:
    ref = store.put(_data(CHUNK_SIZE + 10))
    path = _blob_path(store, ref.blob_name)
    original = path.read_bytes()
    first_chunk_end = BLOB_HEADER_LEN + CHUNK_SIZE + TAG_LEN
    cases = {
        0: ("magic", -1),
        11: ("magic", -1),
        12: ("header", -1),
        BLOB_HEADER_LEN - 1: ("header", -1),
        BLOB_HEADER_LEN: ("missing", 0),
        BLOB_HEADER_LEN + 1: ("short", 0),
        first_chunk_end: ("missing", 1),
        len(original) - 1: ("short", 1),
    }
    for cut, expected in cases.items():
        path.write_bytes(original[:cut])
        error = _damaged(store, ref.blob_name)
        assert (error.reason, error.chunk_index) == expected, cut
    path.write_bytes(original + b"\x00")
    error = _damaged(store, ref.blob_name)
    assert (error.reason, error.chunk_index) == ("trailing", 2)


def test_swapped_or_renamed_blobs_belong_elsewhere(store: AttachmentStore) -> None:
    one, two = store.put(b"first form"), store.put(b"second form")
    path_one, path_two = _blob_path(store, one.blob_name), _blob_path(store, two.blob_name)
    bytes_one, bytes_two = path_one.read_bytes(), path_two.read_bytes()
    path_one.write_bytes(bytes_two)
    path_two.write_bytes(bytes_one)
    for name in (one.blob_name, two.blob_name):
        with pytest.raises(ForeignAttachmentError) as info:
            store.get(name)
        assert info.value.reason == "name"


def test_blob_from_another_vault_belongs_elsewhere(tmp_path: Path) -> None:
    home = AttachmentStore.for_vault(_vault(tmp_path / "a"))
    other = AttachmentStore.for_vault(_vault(tmp_path / "b"))
    other.put(b"y")  # creates the folder
    ref = home.put(SMALL)
    shutil.copyfile(_blob_path(home, ref.blob_name), _blob_path(other, ref.blob_name))
    with pytest.raises(ForeignAttachmentError) as info:
        other.get(ref.blob_name)
    assert info.value.reason == "vault"
    assert info.value.exit_code == 4


def _reseal(data: bytes, **fields: bytes) -> bytes:
    """Return ``data`` with header fields replaced and the checksum recomputed."""
    offsets = {"version": (8, 12), "file_id": (12, 28), "name": (28, 44), "salt": (44, 76)}
    signed = bytearray(data[:SIGNED_LEN])
    for field, value in fields.items():
        start, end = offsets[field]
        signed[start:end] = value
    return bytes(signed) + hashlib.sha256(signed).digest() + data[BLOB_HEADER_LEN:]


def test_forged_headers_never_decrypt(tmp_path: Path) -> None:
    home = AttachmentStore.for_vault(_vault(tmp_path / "a"))
    other = AttachmentStore.for_vault(_vault(tmp_path / "b"))
    other.put(b"y")
    ref, target = home.put(SMALL), home.put(b"target")
    original = _blob_path(home, ref.blob_name).read_bytes()
    # renamed onto another blob's name with the header edited to match: the key differs
    forged = _reseal(original, name=bytes.fromhex(target.blob_name))
    _blob_path(home, target.blob_name).write_bytes(forged)
    assert _damaged(home, target.blob_name).reason == "tag"
    # copied into another vault with that vault's file_id: the DEK differs
    forged = _reseal(original, file_id=other._vault.file_id)
    _blob_path(other, ref.blob_name).write_bytes(forged)
    error = _damaged(other, ref.blob_name)
    assert (error.reason, error.chunk_index) == ("tag", 0)
    # another salt: another key
    _blob_path(home, ref.blob_name).write_bytes(_reseal(original, salt=bytes(32)))
    assert _damaged(home, ref.blob_name).reason == "tag"


def test_versions(store: AttachmentStore) -> None:
    ref = store.put(SMALL)
    path = _blob_path(store, ref.blob_name)
    original = path.read_bytes()
    path.write_bytes(_reseal(original, version=struct.pack(">HH", 2, 0)))
    with pytest.raises(NewerAttachmentFormatError) as newer:
        store.get(ref.blob_name)
    assert (newer.value.major, newer.value.minor, newer.value.exit_code) == (2, 0, 6)
    path.write_bytes(_reseal(original, version=struct.pack(">HH", 0, 0)))
    assert _damaged(store, ref.blob_name).reason == "header"
    # a higher minor is read, but it is part of the AAD, so a rewritten one fails the tags
    path.write_bytes(_reseal(original, version=struct.pack(">HH", 1, 7)))
    assert _damaged(store, ref.blob_name).reason == "tag"


def test_vault_file_is_not_a_blob(store: AttachmentStore) -> None:
    ref = store.put(SMALL)
    shutil.copyfile(store._vault.path, _blob_path(store, ref.blob_name))
    assert _damaged(store, ref.blob_name).reason == "magic"


def test_messages_name_no_file(tmp_path: Path) -> None:
    vault = _vault(tmp_path, "Elsa Andersson")
    store = AttachmentStore.for_vault(vault)
    ref = store.put(SMALL)
    _blob_path(store, ref.blob_name).write_bytes(b"junk")
    errors: list[Exception] = []
    for name in (ref.blob_name, "1" * 32, "../x"):
        try:
            store.get(name)
        except Exception as exc:
            errors.append(exc)
    assert len(errors) == 3
    for error in errors:
        text = f"{error} {error!r}"
        assert "Elsa" not in text
        assert ref.blob_name not in text
        assert "1" * 32 not in text
    assert "Elsa" not in repr(store)


# --- no plaintext on disk, crash safety, locked vault ---------------------------------------


def test_no_plaintext_ever_written(store: AttachmentStore, monkeypatch: pytest.MonkeyPatch) -> None:
    written = bytearray()
    real_write = atomic.low_level_write

    def spy(fd: int, data: memoryview) -> int:
        written.extend(data)
        return real_write(fd, data)

    monkeypatch.setattr(atomic, "low_level_write", spy)
    marker = MARKER.encode("utf-8")
    small = b"Samtycke: " + marker + b" 2010-05-17"
    large = (b"scan " + marker + b" ") * (3 * CHUNK_SIZE // 20)
    refs = [store.put(small), store.put(large)]
    assert [store.get(ref.blob_name) for ref in refs] == [small, large]
    assert len(written) > len(large)
    assert marker not in written
    for path in store.folder.parent.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert marker not in content, path.name
            assert MARKER.encode("utf-16-le") not in content, path.name


def test_failed_write_leaves_nothing(
    store: AttachmentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    keep = store.put(b"keep")
    calls = 0

    def failing(fd: int, data: memoryview) -> int:
        nonlocal calls
        calls += 1
        if calls > 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return os.write(fd, data[:100])

    monkeypatch.setattr(atomic, "low_level_write", failing)
    with pytest.raises(AttachmentSaveError) as info:
        store.put(_data(CHUNK_SIZE * 2))
    assert isinstance(info.value, SaveFailedError)
    assert info.value.errno == errno.ENOSPC
    assert sorted(p.name for p in store.folder.iterdir()) == [f"{keep.blob_name}.blob"]
    assert store.list_names() == [keep.blob_name]


def test_folder_that_cannot_be_created(tmp_path: Path) -> None:
    vault = _vault(tmp_path)
    attachment_folder(vault.path).write_bytes(b"a file where the folder should be")
    with pytest.raises(AttachmentSaveError):
        AttachmentStore.for_vault(vault).put(SMALL)


def test_locked_vault_gives_no_access(store: AttachmentStore) -> None:
    ref = store.put(SMALL)
    store._vault.forget_keys()
    with pytest.raises(KeysForgottenError):
        store.get(ref.blob_name)
    with pytest.raises(KeysForgottenError):
        store.put(SMALL)
    assert store.list_names() == [ref.blob_name]
    assert store.delete(ref.blob_name) is True
