"""Creating and unlocking vaults: the ordered, failure-safe steps behind ``Workspace``.

Open: read the clear header → take the lock (before the slow KDF) → unlock → load the
image → integrity check → migrate (backing up the encrypted file first when an older
database is upgraded) → integrity check → find the user bound to the key slot. On any
failure everything acquired so far is released again, the lock included.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sspf_desk.domain import Role, User
from sspf_desk.domain.users import RECOVERY_ACTOR, SYSTEM_ACTOR
from sspf_desk.paths import AppPaths
from sspf_desk.services.errors import (
    UnknownUserError,
    VaultFileNotFoundError,
    VaultFileUnreadableError,
)
from sspf_desk.services.users import check_passphrase, check_user_name
from sspf_desk.store import repositories
from sspf_desk.store.models import UserRecord
from sspf_desk.store.uow import Store
from sspf_desk.vault import (
    BackupRotator,
    ChangedOnDiskError,
    KdfParams,
    RecoveryKey,
    Vault,
    VaultLock,
    read_header_info,
)

log = logging.getLogger(__name__)

RECOVERY_USER_NAME = "Återställningsnyckel"


@dataclass
class OpenedVault:
    """Everything acquired while opening; ``discard`` gives it all back."""

    vault: Vault
    store: Store
    lock: VaultLock
    user: User
    migrated: bool = False
    recovery_key: RecoveryKey | None = None

    def discard(self) -> None:
        """Close the store, forget the keys, release the lock."""
        try:
            self.store.close()
            self.vault.forget_keys()
        finally:
            self.lock.release()


@dataclass
class CreatedVault(OpenedVault):
    """A freshly created vault, its first user and its recovery key."""

    def discard(self) -> None:
        """Give everything back and delete the half-made file."""
        try:
            super().discard()
        finally:
            self.vault.path.unlink(missing_ok=True)


def _recovery_user(slot_id: str) -> User:
    """The stand-in user of a session opened with the recovery key."""
    now = datetime.now(UTC)
    return User(
        id=RECOVERY_ACTOR,
        name=RECOVERY_USER_NAME,
        role=Role.ADMIN,
        slot_id=slot_id,
        active=True,
        created_at=now,
        updated_at=now,
    )


def _resolve_user(store: Store, slot_id: str, slot_kind: str) -> User:
    """Find the user bound to the slot that opened the vault."""
    if slot_kind == "recovery":
        return _recovery_user(slot_id)
    with store.unit_of_work() as session:
        record = repositories.user_for_slot(session, slot_id)
        user = None if record is None else record.to_domain()
    if user is None or not user.active:
        raise UnknownUserError()
    return user


def _read_file_id(path: Path) -> bytes:
    """Read the vault's id from its clear header, mapping file errors to known ones."""
    try:
        return read_header_info(path).file_id
    except FileNotFoundError:
        raise VaultFileNotFoundError() from None
    except IsADirectoryError:
        raise VaultFileNotFoundError() from None
    except OSError as exc:
        log.warning("vault header unreadable: %s", type(exc).__name__)
        raise VaultFileUnreadableError() from None


def unlock_vault(
    path: Path,
    *,
    paths: AppPaths,
    passphrase: str | None,
    recovery_key: str | None,
) -> OpenedVault:
    """Run the open sequence (see the module docstring) and return what it acquired."""
    parsed_key = None if recovery_key is None else RecoveryKey.parse(recovery_key)
    file_id = _read_file_id(path)
    lock = VaultLock.acquire(paths.locks, file_id)
    vault: Vault | None = None
    store: Store | None = None
    try:
        try:
            unlocked = Vault.open(path, passphrase=passphrase, recovery_key=parsed_key)
        except OSError as exc:
            log.warning("vault unreadable: %s", type(exc).__name__)
            raise VaultFileUnreadableError() from None
        vault, slot_id, slot_kind = unlocked.vault, unlocked.slot_id, unlocked.slot_kind
        if vault.file_id != file_id:
            raise ChangedOnDiskError()
        store = Store.open(unlocked.image)
        del unlocked  # drop the plaintext image as soon as it is loaded
        store.database.ensure_consistent()
        rotator = BackupRotator(paths.backups, file_id)
        result = store.migrate(lambda: _backup_before_upgrade(rotator, path))
        if result.changed:
            store.database.ensure_consistent()
        user = _resolve_user(store, slot_id, slot_kind)
    except BaseException:
        if store is not None:
            store.close()
        if vault is not None:
            vault.forget_keys()
        lock.release()
        raise
    return OpenedVault(vault=vault, store=store, lock=lock, user=user, migrated=result.changed)


def _backup_before_upgrade(rotator: BackupRotator, path: Path) -> None:
    """Copy the encrypted vault to the backups before its database is migrated."""
    rotator.backup_now(path)
    log.info("vault backed up before a schema upgrade")


@dataclass(frozen=True)
class NewVault:
    """What ``create_vault`` needs to make a vault and its first user."""

    path: Path
    user_name: str
    passphrase: str = field(repr=False)
    role: Role = Role.COORDINATOR
    kdf: KdfParams | None = None
    allow_weak_kdf: bool = False


def create_vault(request: NewVault, paths: AppPaths) -> CreatedVault:
    """Write a new vault holding an empty schema, lock it and add its first user.

    The user row is committed to the store but not yet saved: the caller wires the saver
    and saves. On failure nothing is left behind (no file, no lock).
    """
    path, passphrase = request.path, request.passphrase
    name = check_user_name(request.user_name, field="user_name")
    check_passphrase(passphrase)
    store = Store.open(actor=SYSTEM_ACTOR)
    try:
        store.migrate()
        vault, slot_id, recovery = Vault.create(
            path,
            store.serialize(),
            passphrase,
            kdf=request.kdf,
            allow_weak_kdf=request.allow_weak_kdf,
        )
    except BaseException:
        store.close()
        raise
    lock: VaultLock | None = None
    try:
        lock = VaultLock.acquire(paths.locks, vault.file_id)
        with store.unit_of_work() as session:
            record = UserRecord(name=name, role=request.role, slot_id=slot_id, active=True)
            session.add(record)
            session.flush()
            user = record.to_domain()
    except BaseException:
        store.close()
        vault.forget_keys()
        if lock is not None:
            lock.release()
        path.unlink(missing_ok=True)
        raise
    return CreatedVault(vault=vault, store=store, lock=lock, user=user, recovery_key=recovery)
