"""Passphrase key derivation: Argon2id (Scrypt only where Argon2id is missing), limits, calibration.

A passphrase slot records a :class:`KdfParams`. Parameters read from a file are checked by
:func:`validate_params` before anything runs (a DoS guard); slots created by the program are
never below the floor (:func:`meets_floor`) unless a test explicitly allows weak parameters.
"""

from __future__ import annotations

import logging
import math
import os
import time
import unicodedata
from dataclasses import dataclass

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from sspf_desk.vault.errors import KdfOutOfMemoryError, KdfRejectedError, KdfUnavailableError

_log = logging.getLogger(__name__)

ARGON2ID = "argon2id"
SCRYPT = "scrypt"
KEY_LEN = 32
SCRYPT_R = 8
"""Scrypt block size r, fixed by the format; memory = 128 * r * n bytes = n KiB."""

MAX_MEMORY_KIB = 1024 * 1024
"""Largest memory cost accepted from a file: 1 GiB, the most calibration ever asks for.

The header checksum is unkeyed, so anyone can ask for this much before the HMAC can tell
the header was edited; more than a writer can create is refused unallocated.
"""
MAX_ITERATIONS = 100
MAX_LANES = 64
MAX_WORK_KIB = 16 * 1024 * 1024
"""Largest memory × passes accepted from a file (argon2id: m·t, scrypt: n·p), 16 GiB."""

CALIBRATION_MAX_MEMORY_KIB = MAX_MEMORY_KIB
"""Calibration never asks for more than 1 GiB (and never more than 1/8 of the RAM)."""
CALIBRATION_MAX_ITERATIONS = 10
CALIBRATION_WINDOW = (0.5, 1.0)


@dataclass(frozen=True)
class KdfParams:
    """Parameters of one passphrase key derivation.

    For ``argon2id``: ``memory_kib`` is m (KiB), ``iterations`` is t, ``lanes`` is p.
    For ``scrypt``: n = ``memory_kib`` (a power of two; with r = 8 the memory is n KiB),
    ``iterations`` must be 1, ``lanes`` is p.
    """

    algorithm: str
    memory_kib: int
    iterations: int
    lanes: int


FLOOR_ARGON2ID = KdfParams(ARGON2ID, 65536, 3, 4)
FLOOR_SCRYPT = KdfParams(SCRYPT, 131072, 1, 1)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def validate_params(params: KdfParams) -> None:
    """Refuse unknown algorithms and absurd parameters before anything is derived.

    Raises:
        KdfRejectedError: the parameters are outside the limits of docs/vault-format.md.
    """
    m, t, p = params.memory_kib, params.iterations, params.lanes
    if not (_is_int(m) and _is_int(t) and _is_int(p)):
        raise KdfRejectedError(reason="type")
    if not 1 <= p <= MAX_LANES or m > MAX_MEMORY_KIB:
        raise KdfRejectedError(reason="lanes/memory")
    if params.algorithm == ARGON2ID:
        ok = m >= 8 * p and 1 <= t <= MAX_ITERATIONS and m * t <= MAX_WORK_KIB
    elif params.algorithm == SCRYPT:
        ok = m >= 2 and m & (m - 1) == 0 and t == 1 and m * p <= MAX_WORK_KIB
    else:
        ok = False
    if not ok:
        raise KdfRejectedError(reason="limits")


def meets_floor(params: KdfParams) -> bool:
    """Return whether ``params`` are at least as costly as the floor of their algorithm.

    Argon2id needs m ≥ 64 MiB, t ≥ 3 and p ≥ 4 (DESIGN §2); scrypt needs n ≥ 2^17 (r = 8,
    any p).
    """
    if params.algorithm == ARGON2ID:
        floor = FLOOR_ARGON2ID
        return (
            params.memory_kib >= floor.memory_kib
            and params.iterations >= floor.iterations
            and params.lanes >= floor.lanes
        )
    if params.algorithm == SCRYPT:
        return params.memory_kib >= FLOOR_SCRYPT.memory_kib
    return False


def normalize_passphrase(passphrase: str) -> bytes:
    """Return the UTF-8 bytes of the NFC normal form of ``passphrase``."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    """Derive a 32-byte key from ``secret`` (already normalized) with ``params``.

    Raises:
        KdfRejectedError: the parameters fail :func:`validate_params`.
        KdfUnavailableError: the algorithm is valid but missing from the crypto library.
        KdfOutOfMemoryError: the memory the parameters ask for could not be allocated.
    """
    validate_params(params)
    try:
        if params.algorithm == ARGON2ID:
            argon = Argon2id(
                salt=salt,
                length=KEY_LEN,
                iterations=params.iterations,
                lanes=params.lanes,
                memory_cost=params.memory_kib,
            )
            return argon.derive(secret)
        n = params.memory_kib
        return Scrypt(salt=salt, length=KEY_LEN, n=n, r=SCRYPT_R, p=params.lanes).derive(secret)
    except UnsupportedAlgorithm as exc:
        raise KdfUnavailableError(params.algorithm) from exc
    except MemoryError as exc:
        # cryptography raises MemoryError when OpenSSL cannot allocate m (or n) KiB.
        raise KdfOutOfMemoryError(-(-params.memory_kib // 1024)) from exc


def argon2id_available() -> bool:
    """Return whether the crypto library can run Argon2id."""
    try:
        derive_key(b"probe", b"probe-salt-16byt", KdfParams(ARGON2ID, 8, 1, 1))
    except KdfUnavailableError:
        return False
    return True


def insecure_test_params() -> KdfParams:
    """Return tiny, fast parameters. ONLY for tests (slots need ``allow_weak_kdf=True``)."""
    if argon2id_available():
        return KdfParams(ARGON2ID, 8, 1, 1)
    return KdfParams(SCRYPT, 16, 1, 1)


def _time_once(params: KdfParams) -> float:
    start = time.perf_counter()
    derive_key(b"calibration passphrase", os.urandom(16), params)
    return time.perf_counter() - start


def _memory_cap_kib() -> int:
    """Return the calibration memory cap: 1 GiB, at most 1/8 of the physical RAM if known."""
    cap = CALIBRATION_MAX_MEMORY_KIB
    try:
        ram_kib = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") // 1024
    except (AttributeError, ValueError, OSError):
        return cap
    if ram_kib > 0:
        cap = min(cap, ram_kib // 8)
    return max(cap, FLOOR_ARGON2ID.memory_kib)


def _scale_argon2id(params: KdfParams, factor: float, memory_cap: int) -> KdfParams:
    """Scale the cost of argon2id ``params`` by ``factor``: memory first, then passes."""
    memory = params.memory_kib * factor
    memory_kib = max(FLOOR_ARGON2ID.memory_kib, min(memory_cap, int(memory) // 1024 * 1024))
    iterations = params.iterations
    if memory > memory_cap:
        wanted = params.iterations * memory / memory_cap
        iterations = min(CALIBRATION_MAX_ITERATIONS, max(iterations, math.ceil(wanted)))
    return KdfParams(ARGON2ID, memory_kib, iterations, params.lanes)


def _scale_scrypt(params: KdfParams, factor: float, memory_cap: int) -> KdfParams:
    """Scale the cost of scrypt ``params`` by ``factor`` (n stays a power of two)."""
    max_n = max(FLOOR_SCRYPT.memory_kib, 1 << (memory_cap.bit_length() - 1))
    n = params.memory_kib
    while factor >= 1.5 and n < max_n:
        n, factor = n * 2, factor / 2
    lanes = params.lanes
    if n == max_n and factor >= 1.5:
        lanes = min(16, max(lanes, round(lanes * factor)))
    return KdfParams(SCRYPT, n, 1, lanes)


def calibrate(target_seconds: float = 0.75) -> KdfParams:
    """Return parameters taking about ``target_seconds`` here, never below the floor.

    Argon2id starts at :data:`FLOOR_ARGON2ID` and grows memory (then passes) until one
    derivation takes 0.5–1 s or the caps are reached; Scrypt is used only when Argon2id is
    unavailable. At most five measurements are made.
    """
    use_argon = argon2id_available()
    params = FLOOR_ARGON2ID if use_argon else FLOOR_SCRYPT
    memory_cap = _memory_cap_kib()
    low, high = CALIBRATION_WINDOW
    for _ in range(5):
        elapsed = _time_once(params)
        _log.debug("KDF calibration: %s took %.3f s", params, elapsed)
        if low <= elapsed <= high or (elapsed > high and params in (FLOOR_ARGON2ID, FLOOR_SCRYPT)):
            return params
        factor = target_seconds / max(elapsed, 1e-6)
        scaled = (
            _scale_argon2id(params, factor, memory_cap)
            if use_argon
            else _scale_scrypt(params, factor, memory_cap)
        )
        if scaled == params:
            return params
        params = scaled
    return params
