"""Key slots: make passphrase and recovery slots, and find the slot that opens a header.

Making a passphrase slot is split in two so the slow KDF can run without holding the
vault's lock: :func:`prepare_passphrase_slot` derives the KEK, :func:`seal` wraps the DEK.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field, replace

from sspf_desk.errors import UsageError
from sspf_desk.vault import keys
from sspf_desk.vault.errors import (
    KdfOutOfMemoryError,
    KdfUnavailableError,
    WrongPassphraseError,
)
from sspf_desk.vault.format import (
    KIND_PASSPHRASE,
    KIND_RECOVERY,
    SLOT_SALT_LEN,
    WRAP_NONCE_LEN,
    Header,
    SlotRecord,
)
from sspf_desk.vault.kdf import KdfParams, calibrate, meets_floor, validate_params
from sspf_desk.vault.recovery import RecoveryKey

SLOT_ID_BYTES = 8
_calibration_lock = threading.Lock()
_calibrated: list[KdfParams] = []


@dataclass(frozen=True)
class PendingSlot:
    """A slot whose KEK is derived but whose DEK is not wrapped yet."""

    template: SlotRecord
    kek: bytes = field(repr=False)


def check_passphrase(passphrase: str) -> None:
    """Refuse an empty passphrase.

    Raises:
        UsageError: the passphrase is empty.
    """
    if not passphrase:
        raise UsageError("Lösenfrasen får inte vara tom.")


def resolve_kdf(kdf: KdfParams | None, allow_weak_kdf: bool) -> KdfParams:
    """Return ``kdf``, or parameters calibrated once per process, never below the floor.

    Raises:
        KdfRejectedError: ``kdf`` is outside the limits a file may ask for.
        UsageError: ``kdf`` is below the floor and ``allow_weak_kdf`` is false.
    """
    if kdf is None:
        with _calibration_lock:
            if not _calibrated:
                _calibrated.append(calibrate())
            return _calibrated[0]
    validate_params(kdf)
    if not allow_weak_kdf and not meets_floor(kdf):
        raise UsageError("Nyckelhärledningens parametrar är svagare än den lägsta tillåtna nivån.")
    return kdf


def new_slot_id(taken: set[str]) -> str:
    """Return a random slot id (16 hex digits) not in ``taken``."""
    while True:
        slot_id = os.urandom(SLOT_ID_BYTES).hex()
        if slot_id not in taken:
            return slot_id


def prepare_passphrase_slot(slot_id: str, passphrase: str, params: KdfParams) -> PendingSlot:
    """Derive the KEK of a new passphrase slot with a fresh salt (runs the KDF)."""
    salt = os.urandom(SLOT_SALT_LEN[KIND_PASSPHRASE])
    nonce = os.urandom(WRAP_NONCE_LEN)
    template = SlotRecord(slot_id, KIND_PASSPHRASE, salt, nonce, b"", params)
    return PendingSlot(template, keys.passphrase_kek(passphrase, salt, params))


def prepare_recovery_slot(slot_id: str, recovery: RecoveryKey) -> PendingSlot:
    """Derive the KEK of a new recovery slot with a fresh salt."""
    salt = os.urandom(SLOT_SALT_LEN[KIND_RECOVERY])
    template = SlotRecord(slot_id, KIND_RECOVERY, salt, os.urandom(WRAP_NONCE_LEN), b"", None)
    return PendingSlot(template, keys.recovery_kek(recovery.key, salt))


def seal(
    file_id: bytes, pending: PendingSlot, dek: bytearray, *, slot_id: str | None = None
) -> SlotRecord:
    """Wrap ``dek`` into the pending slot (optionally under another ``slot_id``)."""
    template = pending.template
    if slot_id is not None:
        template = replace(template, slot_id=slot_id)
    return keys.wrap_dek(file_id, template, kek=pending.kek, dek=dek)


def unlock(
    header: Header, passphrase: str | None, recovery: RecoveryKey | None
) -> tuple[bytearray, SlotRecord]:
    """Return the DEK and the slot it came from: recovery slots first, then passphrase slots.

    A passphrase slot whose KDF cannot run here (missing from the crypto library, or not
    enough memory) is skipped, so another user's slot further on still opens; only if no
    slot opens is that failure raised instead of "wrong passphrase" (the passphrase may well
    be right).

    Raises:
        WrongPassphraseError: no slot opens with what was given, and every slot was tried.
        KdfUnavailableError: no slot opens and a passphrase slot's KDF is missing from the
            crypto library.
        KdfOutOfMemoryError: no slot opens and a passphrase slot's KDF could not get its
            memory.
    """
    skipped: KdfUnavailableError | KdfOutOfMemoryError | None = None
    for slot in sorted(header.slots, key=lambda s: s.kind != KIND_RECOVERY):
        if slot.kind == KIND_RECOVERY and recovery is not None:
            kek = keys.recovery_kek(recovery.key, slot.salt)
        elif slot.kind == KIND_PASSPHRASE and passphrase is not None and slot.kdf is not None:
            try:
                kek = keys.passphrase_kek(passphrase, slot.salt, slot.kdf)
            except (KdfUnavailableError, KdfOutOfMemoryError) as exc:
                skipped = skipped or exc
                continue
        else:
            continue
        dek = keys.unwrap_dek(header.file_id, slot, kek)
        if dek is not None:
            return dek, slot
    if skipped is not None:
        raise skipped
    raise WrongPassphraseError()
