"""Key schedule: HKDF-SHA256 subkeys of the DEK, slot KEKs, and wrapping the DEK in a slot.

All labels are fixed byte strings of format version 1 (docs/vault-format.md §5). Every
derived key is 32 bytes.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import re

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from sspf_desk.vault.format import SlotRecord, slot_aad
from sspf_desk.vault.kdf import KdfParams, derive_key, normalize_passphrase

KEY_LEN = 32
INFO_HEADER_MAC = b"sspf-vault/v1/header-mac"
INFO_PAYLOAD = b"sspf-vault/v1/payload"
INFO_RECOVERY_KEK = b"sspf-vault/v1/recovery-kek"
INFO_SUBKEY_PREFIX = b"sspf-vault/v1/subkey/"
_SUBKEY_LABEL = re.compile(r"[a-z0-9][a-z0-9._:/-]{0,63}")

Secret = bytes | bytearray


def hkdf_sha256(ikm: Secret, salt: bytes, info: bytes) -> bytes:
    """Return HKDF-SHA256(ikm, salt, info) with 32 bytes of output."""
    return HKDF(algorithm=hashes.SHA256(), length=KEY_LEN, salt=salt, info=info).derive(ikm)


def header_mac_key(dek: Secret, file_id: bytes) -> bytes:
    """Return the key of the header HMAC: HKDF(DEK, salt=file_id, "…/header-mac")."""
    return hkdf_sha256(dek, file_id, INFO_HEADER_MAC)


def payload_key(dek: Secret, payload_salt: bytes) -> bytes:
    """Return the per-save payload key: HKDF(DEK, salt=payload salt, "…/payload")."""
    return hkdf_sha256(dek, payload_salt, INFO_PAYLOAD)


def subkey(dek: Secret, file_id: bytes, label: str) -> bytes:
    """Return HKDF(DEK, salt=file_id, "…/subkey/" + label) for other uses of the DEK.

    Raises:
        ValueError: ``label`` is not 1–64 characters of ``[a-z0-9._:/-]`` (starting with a
            letter or digit).
    """
    if not _SUBKEY_LABEL.fullmatch(label):
        raise ValueError("subkey label must be 1-64 chars of [a-z0-9._:/-]")
    return hkdf_sha256(dek, file_id, INFO_SUBKEY_PREFIX + label.encode("ascii"))


def header_mac(mac_key: bytes, signed: bytes) -> bytes:
    """Return HMAC-SHA256(mac_key, magic..header body)."""
    return hmac.new(mac_key, signed, hashlib.sha256).digest()


def passphrase_kek(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """Return a passphrase slot's KEK: the KDF of NFC(passphrase) as UTF-8."""
    return derive_key(normalize_passphrase(passphrase), salt, params)


def recovery_kek(recovery_key: bytes, salt: bytes) -> bytes:
    """Return a recovery slot's KEK: HKDF(recovery key, salt=slot salt, "…/recovery-kek")."""
    return hkdf_sha256(recovery_key, salt, INFO_RECOVERY_KEK)


def wrap_dek(file_id: bytes, template: SlotRecord, *, kek: bytes, dek: Secret) -> SlotRecord:
    """Return ``template`` with ``wrapped`` = AES-256-GCM(kek, template.nonce, dek, slot AAD).

    The AAD covers the file id and the template's id, kind, KDF and salt (not ``wrapped``).
    """
    wrapped = AESGCM(kek).encrypt(template.nonce, dek, slot_aad(file_id, template))
    return dataclasses.replace(template, wrapped=wrapped)


def unwrap_dek(file_id: bytes, slot: SlotRecord, kek: bytes) -> bytearray | None:
    """Return the DEK held by ``slot`` under ``kek``, or ``None`` if the tag does not verify."""
    try:
        dek = AESGCM(kek).decrypt(slot.nonce, slot.wrapped, slot_aad(file_id, slot))
    except InvalidTag:
        return None
    return bytearray(dek)
