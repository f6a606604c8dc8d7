"""Use cases on an open vault, shared by the command line and the GUI (no Qt here).

The GUI imports everything it needs from this package (it never imports the store or
the vault): the workspace, its services and view-models, and the errors to tell apart.
"""

from sspf_desk.services.changes import ChangeSet, SaveStatus
from sspf_desk.services.check import CheckReport, RecordCount
from sspf_desk.services.errors import (
    UnknownUserError,
    VaultFileNotFoundError,
    VaultFileUnreadableError,
)
from sspf_desk.services.person_index import YoungPersonRow
from sspf_desk.services.persons import PersonService, RelatedPersonRow
from sspf_desk.services.users import UserService
from sspf_desk.services.workspace import Workspace
from sspf_desk.store.errors import InconsistentDatabaseError, NewerSchemaError
from sspf_desk.vault import (
    ChangedOnDiskError,
    DamagedDataError,
    DamagedHeaderError,
    NewerFormatError,
    NotAVaultError,
    RecoveryKey,
    RecoveryKeyFormatError,
    SaveFailedError,
    TamperedHeaderError,
    VaultLockedError,
    WrongPassphraseError,
)

__all__ = [
    "ChangeSet",
    "ChangedOnDiskError",
    "CheckReport",
    "DamagedDataError",
    "DamagedHeaderError",
    "InconsistentDatabaseError",
    "NewerFormatError",
    "NewerSchemaError",
    "NotAVaultError",
    "PersonService",
    "RecordCount",
    "RecoveryKey",
    "RecoveryKeyFormatError",
    "RelatedPersonRow",
    "SaveFailedError",
    "SaveStatus",
    "TamperedHeaderError",
    "UnknownUserError",
    "UserService",
    "VaultFileNotFoundError",
    "VaultFileUnreadableError",
    "VaultLockedError",
    "Workspace",
    "WrongPassphraseError",
    "YoungPersonRow",
]
