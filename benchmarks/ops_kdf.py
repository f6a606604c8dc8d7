"""The passphrase KDF with the calibrated parameters, next to SQLCipher's default KDF.

Measured once per run (it does not depend on the vault's size). The calibration itself
runs untimed; a smoke run skips it and measures the floor parameters instead.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import closing, contextmanager

from benchmarks import peer
from benchmarks.fixtures import PASSPHRASE, Fixture
from benchmarks.registry import SQLCIPHER, Operation, Target, UnavailableError
from benchmarks.timing import Trial
from sspf_desk.vault import FLOOR_ARGON2ID, KdfParams, calibrate, derive_key
from sspf_desk.vault.kdf import argon2id_available, normalize_passphrase

CALIBRATED: list[KdfParams] = []


def kdf_params(quick: bool) -> KdfParams:
    """The parameters a new vault gets here (calibrated once per process)."""
    if quick and argon2id_available():
        return FLOOR_ARGON2ID
    if not CALIBRATED:
        CALIBRATED.append(calibrate())
    return CALIBRATED[0]


@contextmanager
def kdf_app(fixture: Fixture) -> Iterator[Trial]:
    """One key derivation of a passphrase slot with the calibrated parameters."""
    params = kdf_params(fixture.quick)
    secret = normalize_passphrase(PASSPHRASE)
    info: dict[str, object] = {
        "algorithm": params.algorithm,
        "memory_kib": params.memory_kib,
        "iterations": params.iterations,
        "lanes": params.lanes,
        "calibrated": not fixture.quick,
    }
    yield Trial([lambda: derive_key(secret, os.urandom(16), params)], info=info)


@contextmanager
def kdf_sqlcipher(fixture: Fixture) -> Iterator[Trial]:
    """SQLCipher 4's default KDF: connect with a passphrase key and read the schema."""
    if peer.sqlcipher_missing() is not None:
        raise UnavailableError(peer.sqlcipher_missing() or "not available")
    path = fixture.workdir / "kdf-sqlcipher.db"
    module = peer.sqlcipher_module()
    key = f"PRAGMA key = '{PASSPHRASE}'"
    with closing(module.connect(str(path))) as connection:
        connection.execute(key)
        connection.execute("CREATE TABLE IF NOT EXISTS t (x)")
        connection.commit()

    def step() -> None:
        with closing(module.connect(str(path))) as connection:
            connection.execute(key)
            connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()

    yield Trial([step], info={"kdf": "PBKDF2-HMAC-SHA512", "iterations": 256000})


OPERATIONS = [
    Operation(
        name="kdf",
        title="Passphrase KDF (calibrated)",
        app=kdf_app,
        baselines={SQLCIPHER: kdf_sqlcipher},
        targets=(Target("0.5–1 s", at_least=500.0, at_most=1000.0),),
        scope="run",
        warmup=1,
        repeat=5,
        note=(
            "Argon2id with the parameters kdf.calibrate() chooses on this machine. "
            "SQLCipher: its default PBKDF2-HMAC-SHA512, 256 000 iterations (not memory-hard)."
        ),
    ),
]
