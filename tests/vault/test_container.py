"""Vault round trips, generations, key slots, subkeys and forgetting keys."""

from __future__ import annotations

import os
import threading
import unicodedata
from pathlib import Path

import pytest

from sspf_desk.errors import UsageError
from sspf_desk.vault import SaveReport, Vault
from sspf_desk.vault.container import read_header_info
from sspf_desk.vault.errors import KeysForgottenError, WrongPassphraseError
from sspf_desk.vault.format import CHUNK_SIZE
from sspf_desk.vault.kdf import insecure_test_params

from ._core import PASSPHRASE, header_of, make_vault

WEAK = {"kdf": insecure_test_params(), "allow_weak_kdf": True}


def _image(size: int) -> bytes:
    return (os.urandom(64) * (size // 64 + 1))[:size]


@pytest.mark.parametrize(
    "size",
    [0, 1, 100, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 3 * CHUNK_SIZE + 17],
    ids=["empty", "one", "small", "1MiB-1", "1MiB", "1MiB+1", "multi-MiB"],
)
def test_round_trip(tmp_path: Path, size: int) -> None:
    path = tmp_path / "v.sspf"
    image = _image(size)
    vault, slot_id, _ = make_vault(path, image)
    unlocked = Vault.open(path, passphrase=PASSPHRASE)
    assert unlocked.image == image
    assert (unlocked.slot_id, unlocked.slot_kind) == (slot_id, "passphrase")
    chunks = max(1, -(-size // CHUNK_SIZE))
    assert path.stat().st_size == len(path.read_bytes())
    assert header_of(path).payload.chunks == chunks
    assert vault.verify_on_disk() == chunks


def test_generation_increments_and_file_id_is_stable(tmp_path: Path) -> None:
    path = tmp_path / "v.sspf"
    vault, _, _ = make_vault(path, b"one")
    file_id = vault.file_id
    assert len(file_id) == 16
    assert vault.generation == 1
    for expected, image in enumerate([b"two", b"three", b""], start=2):
        report = vault.save(image)
        assert isinstance(report, SaveReport)
        assert report.generation == expected == vault.generation
        assert report.size == path.stat().st_size
        assert report.saved_at.tzinfo is not None
        info = read_header_info(path)
        assert (info.file_id, info.generation) == (file_id, expected)
    reopened = Vault.open(path, passphrase=PASSPHRASE)
    assert (reopened.vault.file_id, reopened.vault.generation) == (file_id, 4)
    reopened.vault.save(b"five")
    assert read_header_info(path).generation == 5


def test_each_save_uses_a_fresh_payload_salt(tmp_path: Path) -> None:
    path = tmp_path / "v.sspf"
    vault, _, _ = make_vault(path, b"same")
    first = header_of(path).payload.salt
    vault.save(b"same")
    assert header_of(path).payload.salt != first


def test_open_with_recovery_key(tmp_path: Path) -> None:
    path = tmp_path / "v.sspf"
    _, _, recovery = make_vault(path, b"data")
    unlocked = Vault.open(path, recovery_key=recovery)
    assert unlocked.image == b"data"
    assert unlocked.slot_kind == "recovery"
    assert unlocked.slot_id == next(s.slot_id for s in unlocked.vault.slots if s.kind == "recovery")


def test_open_needs_a_secret(tmp_path: Path) -> None:
    path = tmp_path / "v.sspf"
    make_vault(path)
    with pytest.raises(UsageError):
        Vault.open(path)


def test_wrong_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "v.sspf"
    make_vault(path)
    with pytest.raises(WrongPassphraseError) as info:
        Vault.open(path, passphrase=PASSPHRASE + " ")
    assert info.value.exit_code == 3
    assert str(info.value) == "Fel lösenfras eller återställningsnyckel."


def test_nfd_passphrase_opens_an_nfc_slot(tmp_path: Path) -> None:
    path = tmp_path / "v.sspf"
    nfc = "Sommarlåda på Öland"
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfd != nfc
    make_vault(path, b"x", passphrase=nfc)
    assert Vault.open(path, passphrase=nfd).image == b"x"


def test_slots_listing(tmp_path: Path) -> None:
    path = tmp_path / "v.sspf"
    vault, slot_id, _ = make_vault(path)
    kinds = {s.slot_id: (s.kind, s.kdf) for s in vault.slots}
    assert kinds[slot_id] == ("passphrase", insecure_test_params())
    assert sorted(kind for kind, _ in kinds.values()) == ["passphrase", "recovery"]


def test_add_slot_takes_effect_at_next_save(tmp_path: Path) -> None:
    path = tmp_path / "v.sspf"
    vault, first_id, _ = make_vault(path, b"v1")
    second_id = vault.add_passphrase_slot("andra användaren", **WEAK)
    assert second_id != first_id
    with pytest.raises(WrongPassphraseError):
        Vault.open(path, passphrase="andra användaren")
    vault.save(b"v2")
    unlocked = Vault.open(path, passphrase="andra användaren")
    assert (unlocked.image, unlocked.slot_id) == (b"v2", second_id)
    assert Vault.open(path, passphrase=PASSPHRASE).slot_id == first_id


def test_remove_slot(tmp_path: Path) -> None:
    path = tmp_path / "v.sspf"
    vault, first_id, _ = make_vault(path)
    second_id = vault.add_passphrase_slot("second", **WEAK)
    vault.remove_slot(first_id)
    vault.save(b"after")
    with pytest.raises(WrongPassphraseError):
        Vault.open(path, passphrase=PASSPHRASE)
    assert Vault.open(path, passphrase="second").slot_id == second_id
    with pytest.raises(UsageError):
        vault.remove_slot(second_id)
    with pytest.raises(UsageError):
        vault.remove_slot("0000000000000000")


def test_set_passphrase_keeps_the_slot_id(tmp_path: Path) -> None:
    path = tmp_path / "v.sspf"
    vault, slot_id, recovery = make_vault(path, b"img")
    vault.set_passphrase(slot_id, "nytt lösenord", **WEAK)
    assert Vault.open(path, passphrase=PASSPHRASE).image == b"img"
    vault.save(b"img2")
    with pytest.raises(WrongPassphraseError):
        Vault.open(path, passphrase=PASSPHRASE)
    assert Vault.open(path, passphrase="nytt lösenord").slot_id == slot_id
    assert Vault.open(path, recovery_key=recovery).image == b"img2"
    recovery_id = next(s.slot_id for s in vault.slots if s.kind == "recovery")
    with pytest.raises(UsageError):
        vault.set_passphrase(recovery_id, "x", **WEAK)
    with pytest.raises(UsageError):
        vault.set_passphrase(slot_id, "", **WEAK)


def test_replace_recovery_key(tmp_path: Path) -> None:
    path = tmp_path / "v.sspf"
    vault, _, old = make_vault(path, b"img")
    new = vault.replace_recovery_key()
    assert new != old
    assert [s.kind for s in vault.slots].count("recovery") == 1
    assert Vault.open(path, recovery_key=old).image == b"img"
    vault.save(b"img2")
    with pytest.raises(WrongPassphraseError):
        Vault.open(path, recovery_key=old)
    assert Vault.open(path, recovery_key=new).image == b"img2"


def test_create_refuses_an_existing_file_and_empty_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "v.sspf"
    path.write_bytes(b"something else")
    with pytest.raises(UsageError):
        make_vault(path)
    assert path.read_bytes() == b"something else"
    with pytest.raises(UsageError):
        make_vault(tmp_path / "w.sspf", passphrase="")
    assert not (tmp_path / "w.sspf").exists()


def test_subkeys(tmp_path: Path) -> None:
    path = tmp_path / "v.sspf"
    vault, _, _ = make_vault(path)
    attachments = vault.subkey("attachments")
    assert len(attachments) == 32
    assert vault.subkey("audit") != attachments
    reopened = Vault.open(path, passphrase=PASSPHRASE).vault
    assert reopened.subkey("attachments") == attachments
    other, _, _ = make_vault(tmp_path / "w.sspf")
    assert other.subkey("attachments") != attachments
    for bad in ["", "Attachments", "a b", "x" * 65, "åäö"]:
        with pytest.raises(ValueError, match="label"):
            vault.subkey(bad)


def test_forget_keys(tmp_path: Path) -> None:
    path = tmp_path / "v.sspf"
    vault, _slot_id, _ = make_vault(path, b"img")
    dek = vault._dek
    assert dek is not None and any(dek)
    vault.forget_keys()
    assert vault.keys_forgotten
    assert not any(dek)
    for action in (
        lambda: vault.save(b"x"),
        lambda: vault.subkey("attachments"),
        lambda: vault.add_passphrase_slot("p", **WEAK),
        vault.replace_recovery_key,
        vault.verify_on_disk,
    ):
        with pytest.raises(KeysForgottenError) as info:
            action()
        assert "låst" in str(info.value)
    vault.forget_keys()
    assert Vault.open(path, passphrase=PASSPHRASE).image == b"img"
    assert read_header_info(path).generation == 1


def test_concurrent_saves_are_serialized(tmp_path: Path) -> None:
    path = tmp_path / "v.sspf"
    vault, _, _ = make_vault(path, b"start")
    images = [bytes([i]) * (CHUNK_SIZE // 2 + i) for i in range(8)]
    errors: list[BaseException] = []

    def save(image: bytes) -> None:
        try:
            vault.save(image)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=save, args=(image,)) for image in images]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert vault.generation == 1 + len(images)
    assert Vault.open(path, passphrase=PASSPHRASE).image in images
    assert sorted(os.listdir(tmp_path)) == ["v.sspf"]


def test_reprs_leak_nothing(tmp_path: Path) -> None:
    name = "Åsa Lindqvist.sspf"
    path = tmp_path / name
    vault, _, _ = make_vault(path, b"SECRET-IMAGE")
    unlocked = Vault.open(path, passphrase=PASSPHRASE)
    for text in (repr(vault), repr(unlocked), repr(vault.slots)):
        assert "Åsa" not in text
        assert "SECRET-IMAGE" not in text
        assert PASSPHRASE not in text
