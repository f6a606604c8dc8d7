"""The encrypted vault file: format, keys, crash-safe saving, locking and backups.

Imports only the standard library and ``cryptography``. The format is specified in
docs/vault-format.md.
"""

from sspf_desk.vault.backup import BackupRotator, list_backups
from sspf_desk.vault.container import (
    HeaderInfo,
    SaveReport,
    SlotInfo,
    Unlocked,
    Vault,
    read_header_info,
)
from sspf_desk.vault.errors import (
    ChangedOnDiskError,
    DamagedDataError,
    DamagedHeaderError,
    KdfOutOfMemoryError,
    KdfRejectedError,
    KdfUnavailableError,
    KeysForgottenError,
    NewerFormatError,
    NotAVaultError,
    RecoveryKeyFormatError,
    SaveFailedError,
    TamperedHeaderError,
    VaultError,
    VaultLockedError,
    WrongPassphraseError,
)
from sspf_desk.vault.kdf import (
    FLOOR_ARGON2ID,
    FLOOR_SCRYPT,
    KdfParams,
    calibrate,
    derive_key,
    insecure_test_params,
)
from sspf_desk.vault.lock import VaultLock
from sspf_desk.vault.recovery import RecoveryKey
from sspf_desk.vault.saver import SaveOutcome, Saver

__all__ = [
    "FLOOR_ARGON2ID",
    "FLOOR_SCRYPT",
    "BackupRotator",
    "ChangedOnDiskError",
    "DamagedDataError",
    "DamagedHeaderError",
    "HeaderInfo",
    "KdfOutOfMemoryError",
    "KdfParams",
    "KdfRejectedError",
    "KdfUnavailableError",
    "KeysForgottenError",
    "NewerFormatError",
    "NotAVaultError",
    "RecoveryKey",
    "RecoveryKeyFormatError",
    "SaveFailedError",
    "SaveOutcome",
    "SaveReport",
    "Saver",
    "SlotInfo",
    "TamperedHeaderError",
    "Unlocked",
    "Vault",
    "VaultError",
    "VaultLock",
    "VaultLockedError",
    "WrongPassphraseError",
    "calibrate",
    "derive_key",
    "insecure_test_params",
    "list_backups",
    "read_header_info",
]
