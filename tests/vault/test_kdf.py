"""Key derivation: limits (DoS guard), floor, NFC, calibration, and the Scrypt fallback."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from cryptography.exceptions import UnsupportedAlgorithm

from sspf_desk.errors import UsageError
from sspf_desk.vault import kdf
from sspf_desk.vault.container import Vault
from sspf_desk.vault.errors import KdfOutOfMemoryError, KdfRejectedError, KdfUnavailableError
from sspf_desk.vault.kdf import (
    FLOOR_ARGON2ID,
    FLOOR_SCRYPT,
    KdfParams,
    calibrate,
    derive_key,
    insecure_test_params,
    meets_floor,
    normalize_passphrase,
    validate_params,
)

from ._core import PASSPHRASE, make_vault

SALT = b"0123456789abcdef"


class _NoArgon2id:
    """Stands in for cryptography's Argon2id where OpenSSL lacks it."""

    def __init__(self, **_: object) -> None:
        raise UnsupportedAlgorithm("argon2id is not supported by this OpenSSL")


@pytest.fixture
def no_argon2id(monkeypatch: pytest.MonkeyPatch) -> None:
    """Force the Scrypt fallback, exactly as an OpenSSL without Argon2id would."""
    monkeypatch.setattr(kdf, "Argon2id", _NoArgon2id)


@pytest.mark.parametrize(
    "params",
    [
        FLOOR_ARGON2ID,
        FLOOR_SCRYPT,
        KdfParams("argon2id", 8, 1, 1),
        KdfParams("argon2id", 1024 * 1024, 16, 64),
        KdfParams("scrypt", 16, 1, 1),
        KdfParams("scrypt", 1 << 20, 1, 16),
    ],
)
def test_sane_parameters_pass_the_guard(params: KdfParams) -> None:
    validate_params(params)


@pytest.mark.parametrize(
    "params",
    [
        KdfParams("argon2id", 1024 * 1024 + 1024, 1, 1),  # > 1 GiB
        KdfParams("argon2id", 4 * 1024 * 1024, 1, 1),  # 4 GiB: more than any writer asks
        KdfParams("scrypt", 2 * 1024 * 1024, 1, 1),  # 2 GiB
        KdfParams("argon2id", 65536, 101, 1),  # iterations > 100
        KdfParams("argon2id", 65536, 3, 65),  # lanes > 64
        KdfParams("argon2id", 65536, 0, 4),
        KdfParams("argon2id", 65536, 3, 0),
        KdfParams("argon2id", 7, 1, 1),  # below 8 * lanes
        KdfParams("argon2id", 1024 * 1024, 17, 4),  # work cap m·t
        KdfParams("argon2", 65536, 3, 4),
        KdfParams("pbkdf2", 65536, 3, 4),
        KdfParams("scrypt", 100000, 1, 1),  # not a power of two
        KdfParams("scrypt", 131072, 2, 1),  # iterations must be 1
        KdfParams("scrypt", 1 << 20, 1, 17),  # work cap n·p
        KdfParams("argon2id", True, 3, 4),  # type: ignore[arg-type]
        KdfParams("argon2id", 65536.0, 3, 4),  # type: ignore[arg-type]
    ],
)
def test_absurd_parameters_are_rejected_without_running(
    params: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    def must_not_run(**_: object) -> None:
        raise AssertionError("the KDF ran")

    monkeypatch.setattr(kdf, "Argon2id", must_not_run)
    monkeypatch.setattr(kdf, "Scrypt", must_not_run)
    with pytest.raises(KdfRejectedError):
        derive_key(b"x", SALT, params)


def test_derive_key_is_deterministic_and_salted() -> None:
    params = insecure_test_params()
    key = derive_key(b"secret", SALT, params)
    assert len(key) == 32
    assert derive_key(b"secret", SALT, params) == key
    assert derive_key(b"secret", SALT[::-1], params) != key
    assert derive_key(b"secreT", SALT, params) != key


def test_passphrase_is_nfc_normalized() -> None:
    nfc = "blåbär"
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfd != nfc
    assert normalize_passphrase(nfd) == normalize_passphrase(nfc) == nfc.encode("utf-8")


def test_floor() -> None:
    assert meets_floor(FLOOR_ARGON2ID)
    assert meets_floor(KdfParams("argon2id", 262144, 3, 8))
    assert not meets_floor(KdfParams("argon2id", 262144, 3, 1))  # DESIGN §2: p ≥ 4
    assert not meets_floor(KdfParams("argon2id", 65536, 3, 3))
    assert not meets_floor(KdfParams("argon2id", 65535, 3, 4))
    assert not meets_floor(KdfParams("argon2id", 65536, 2, 4))
    assert meets_floor(FLOOR_SCRYPT)
    assert not meets_floor(KdfParams("scrypt", 65536, 1, 1))
    assert not meets_floor(insecure_test_params())


def test_below_floor_is_refused_and_calibrate_meets_it(tmp_path: Path) -> None:
    path = tmp_path / "weak.sspf"
    with pytest.raises(UsageError):
        Vault.create(path, b"x", PASSPHRASE, kdf=insecure_test_params())
    assert not path.exists()
    vault, _, _ = make_vault(path)
    with pytest.raises(UsageError):
        vault.add_passphrase_slot("another one", kdf=insecure_test_params())
    with pytest.raises(UsageError):
        vault.set_passphrase(vault.slots[0].slot_id, "another", kdf=KdfParams("argon2id", 8, 3, 1))
    with pytest.raises(UsageError):  # memory and passes at the floor, but fewer than 4 lanes
        vault.add_passphrase_slot("another one", kdf=KdfParams("argon2id", 65536, 3, 1))
    params = calibrate()
    assert meets_floor(params)
    assert params.algorithm == "argon2id"
    validate_params(params)


def _fake_timer(seconds_per_unit: float) -> object:
    def time_once(params: KdfParams) -> float:
        return params.memory_kib * params.iterations * params.lanes * seconds_per_unit

    return time_once


def test_calibrate_scales_memory_into_the_window(monkeypatch: pytest.MonkeyPatch) -> None:
    # The floor (64 MiB·3·4) "takes" 0.12 s; calibration must land in 0.5–1 s.
    monkeypatch.setattr(kdf, "_time_once", _fake_timer(0.12 / (65536 * 3 * 4)))
    params = calibrate(0.75)
    assert params.iterations == 3 and params.lanes == 4
    assert 0.5 <= params.memory_kib / 65536 * 0.12 <= 1.0


def test_calibrate_raises_passes_when_memory_is_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    # A very fast machine: even 1 GiB at t=3 is too quick, so t grows (capped at 10).
    monkeypatch.setattr(kdf, "_time_once", _fake_timer(0.001 / (65536 * 3 * 4)))
    params = calibrate(0.75)
    assert params.memory_kib == kdf._memory_cap_kib()
    assert params.iterations == kdf.CALIBRATION_MAX_ITERATIONS


def test_calibrate_never_goes_below_the_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kdf, "_time_once", lambda params: 5.0)
    assert calibrate() == FLOOR_ARGON2ID


def test_scrypt_fallback_when_argon2id_is_unavailable(
    no_argon2id: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert not kdf.argon2id_available()
    with pytest.raises(KdfUnavailableError):
        derive_key(b"x", SALT, FLOOR_ARGON2ID)
    weak = insecure_test_params()
    assert weak.algorithm == "scrypt"
    monkeypatch.setattr(kdf, "_time_once", _fake_timer(0.2 / 131072))
    params = calibrate()
    assert params.algorithm == "scrypt" and meets_floor(params)
    assert params.memory_kib & (params.memory_kib - 1) == 0
    assert 0.5 <= params.memory_kib * params.lanes * 0.2 / 131072 <= 1.0

    path = tmp_path / "scrypt.sspf"
    vault, slot_id, _ = make_vault(path, b"scrypt image")
    assert vault.slots[0].kdf == weak
    unlocked = Vault.open(path, passphrase=PASSPHRASE)
    assert (unlocked.image, unlocked.slot_id) == (b"scrypt image", slot_id)


def test_argon2id_vault_cannot_open_without_argon2id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "argon.sspf"
    make_vault(path)
    monkeypatch.setattr(kdf, "Argon2id", _NoArgon2id)
    with pytest.raises(KdfUnavailableError) as info:
        Vault.open(path, passphrase=PASSPHRASE)
    assert "argon2id" in str(info.value)


def test_a_slot_whose_kdf_is_missing_does_not_hide_the_next_slot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # User A's slot (argon2id) comes first; user B's slot uses scrypt. On an installation
    # without Argon2id, B must still get in, and a wrong passphrase is not called "wrong".
    path = tmp_path / "mixed.sspf"
    vault, _, recovery = make_vault(path, b"mixed")
    second = vault.add_passphrase_slot(
        "user b", kdf=KdfParams("scrypt", 16, 1, 1), allow_weak_kdf=True
    )
    vault.save(b"mixed")
    monkeypatch.setattr(kdf, "Argon2id", _NoArgon2id)
    unlocked = Vault.open(path, passphrase="user b")
    assert (unlocked.image, unlocked.slot_id) == (b"mixed", second)
    with pytest.raises(KdfUnavailableError):
        Vault.open(path, passphrase="not a passphrase of this vault")
    assert Vault.open(path, recovery_key=recovery).image == b"mixed"


class _ArgonOutOfMemory:
    """Stands in for Argon2id when OpenSSL cannot allocate the memory it asks for."""

    def __init__(self, **_: object) -> None:
        pass

    def derive(self, _secret: bytes) -> bytes:
        raise MemoryError("Not enough memory to derive key.")


def test_kdf_out_of_memory_is_a_typed_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "v.sspf"
    vault, _, _ = make_vault(path, b"img")
    vault.add_passphrase_slot("user b", kdf=KdfParams("scrypt", 16, 1, 1), allow_weak_kdf=True)
    vault.save(b"img")
    monkeypatch.setattr(kdf, "Argon2id", _ArgonOutOfMemory)
    with pytest.raises(KdfOutOfMemoryError) as info:
        derive_key(b"x", SALT, KdfParams("argon2id", 1024 * 1024, 1, 1))
    assert info.value.memory_mib == 1024 and "1024 MiB" in str(info.value)
    assert info.value.exit_code == 1
    with pytest.raises(KdfOutOfMemoryError):
        Vault.open(path, passphrase=PASSPHRASE)
    assert Vault.open(path, passphrase="user b").image == b"img"
