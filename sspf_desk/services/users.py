"""Users of a vault: each one is a database row bound to a passphrase key slot.

Adding a user or changing a passphrase changes the vault's key slots, which reach the
disk with the next save; the audited database change made here triggers that save.
Deriving a key takes about a second with calibrated parameters: call these methods off
the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from sspf_desk.domain import AuditAction, Role, User, passphrase_problem
from sspf_desk.errors import UsageError, ValidationError
from sspf_desk.store import audit, repositories
from sspf_desk.store.models import UserRecord
from sspf_desk.store.uow import Store
from sspf_desk.vault import KdfParams, Vault
from sspf_desk.vault.kdf import meets_floor

log = logging.getLogger(__name__)

MAX_USER_NAME = 100


WEAK_KDF_MESSAGE = "Nyckelhärledningens parametrar är svagare än den lägsta tillåtna nivån."


@dataclass(frozen=True, slots=True)
class KdfPolicy:
    """Which KDF parameters new passphrase slots get; chosen when a workspace is opened.

    ``kdf=None`` (what the GUI and the command line always use) means parameters
    calibrated on this machine, never below the floor of DESIGN §2. Cheaper parameters
    need ``allow_weak`` set, which only tests do, explicitly. The parameters of the
    slots already in a vault file play no part, so a file can never make the program
    create a weak slot.

    Raises:
        UsageError: ``kdf`` is below the floor and ``allow_weak`` is false.
    """

    kdf: KdfParams | None = None
    allow_weak: bool = False

    def __post_init__(self) -> None:
        """Refuse weak parameters that were not explicitly allowed."""
        if self.kdf is not None and not self.allow_weak and not meets_floor(self.kdf):
            raise UsageError(WEAK_KDF_MESSAGE)


def check_user_name(name: str, field: str = "name") -> str:
    """Return the stripped name or raise :class:`ValidationError` under ``field``."""
    stripped = name.strip()
    if not stripped:
        raise ValidationError({field: "Namn måste anges."})
    if len(stripped) > MAX_USER_NAME:
        raise ValidationError({field: f"Namnet får vara högst {MAX_USER_NAME} tecken."})
    return stripped


def check_passphrase(passphrase: str, field: str = "passphrase") -> None:
    """Raise :class:`ValidationError` under ``field`` unless ``passphrase`` meets the rule.

    The rule is the domain's (``domain.passphrase``): at least 12 characters, not only
    whitespace. It applies to new passphrases only, never to opening a vault.
    """
    problem = passphrase_problem(passphrase)
    if problem is not None:
        raise ValidationError({field: problem})


class UserService:
    """List and add users, change passphrases, deactivate users."""

    def __init__(
        self,
        store: Store,
        vault: Vault,
        *,
        policy: KdfPolicy,
        current_user: Callable[[], User],
    ) -> None:
        """Manage the users of ``store`` and the key slots of ``vault``."""
        self._store = store
        self._vault = vault
        self._policy = policy
        self._current_user = current_user

    def list_users(self) -> list[User]:
        """Return every user, active first, by name."""
        with self._store.unit_of_work() as session:
            return [record.to_domain() for record in repositories.list_users(session)]

    def get_user(self, user_id: str) -> User:
        """Return one user.

        Raises:
            NotFoundError: No such user.
        """
        with self._store.unit_of_work() as session:
            return repositories.get_user(session, user_id).to_domain()

    def create_user(self, name: str, passphrase: str, role: Role = Role.COORDINATOR) -> User:
        """Add a user who unlocks the vault with ``passphrase`` (a new key slot).

        Raises:
            ValidationError: ``name`` is empty or too long, or ``passphrase`` is too short
                (fewer than 12 characters) or only whitespace.
        """
        clean_name = check_user_name(name)
        check_passphrase(passphrase)
        slot_id = self._vault.add_passphrase_slot(
            passphrase, kdf=self._policy.kdf, allow_weak_kdf=self._policy.allow_weak
        )
        try:
            with self._store.unit_of_work() as session:
                record = UserRecord(name=clean_name, role=role, slot_id=slot_id, active=True)
                session.add(record)
                session.flush()
                user = record.to_domain()
        except BaseException:
            self._vault.remove_slot(slot_id)
            raise
        log.info("user created")
        return user

    def set_passphrase(self, user_id: str, passphrase: str) -> None:
        """Give a user a new passphrase (also after opening with the recovery key).

        Raises:
            ValidationError: The passphrase is too short or only whitespace.
            NotFoundError: No such user.
            UsageError: The user is deactivated.
        """
        check_passphrase(passphrase)
        user = self.get_user(user_id)
        if not user.active:
            raise UsageError("Användaren är inaktiverad.")
        self._vault.set_passphrase(
            user.slot_id, passphrase, kdf=self._policy.kdf, allow_weak_kdf=self._policy.allow_weak
        )
        with self._store.unit_of_work() as session:
            audit.record(session, AuditAction.UPDATE, "user", user_id, ("passphrase",))
        log.info("passphrase changed")

    def deactivate_user(self, user_id: str) -> User:
        """Deactivate a user and remove their key slot (the row stays for the audit trail).

        Raises:
            UsageError: It is the current user, or the last active user.
            NotFoundError: No such user.
        """
        if user_id == self._current_user().id:
            raise UsageError("Du kan inte inaktivera dig själv.")
        user = self.get_user(user_id)
        if not user.active:
            return user
        self._vault.remove_slot(user.slot_id)
        with self._store.unit_of_work() as session:
            record = repositories.get_user(session, user_id)
            record.active = False
            session.flush()
            user = record.to_domain()
        log.info("user deactivated")
        return user
