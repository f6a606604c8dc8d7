"""The workspace: one open vault with its store, saver, lock, current user and services.

``Workspace.create`` makes a new vault; ``Workspace.open`` unlocks an existing one. The
vault's lock is taken before the (slow) key derivation and released on every failure
path and on ``close``. Committed changes are handed to a background saver; listeners
hear about changes (synchronously, after each commit) and about saving (from the saver).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from sspf_desk.domain import AuditAction, Role, User
from sspf_desk.domain.users import RECOVERY_ACTOR
from sspf_desk.errors import BugError, KnownError
from sspf_desk.paths import AppPaths
from sspf_desk.services.anonymise import AnonymiseService
from sspf_desk.services.cases import CaseService
from sspf_desk.services.changes import ChangeSet, SaveStatus
from sspf_desk.services.check import CheckReport, build_check_report
from sspf_desk.services.concern_talks import ConcernTalkService
from sspf_desk.services.concerns import ConcernService
from sspf_desk.services.consent import ConsentService
from sspf_desk.services.group_level import GroupLevelService
from sspf_desk.services.list_import import ListImportService
from sspf_desk.services.meeting_planning import MeetingPlanningService
from sspf_desk.services.meetings import MeetingService
from sspf_desk.services.minutes import MinutesService
from sspf_desk.services.opening import NewVault, create_vault, unlock_vault
from sspf_desk.services.overview import OverviewService
from sspf_desk.services.persons import PersonService
from sspf_desk.services.promises import PromiseService
from sspf_desk.services.statistics import StatisticsService
from sspf_desk.services.users import KdfPolicy, UserService
from sspf_desk.store import audit
from sspf_desk.store.changes import CommitInfo
from sspf_desk.store.uow import Store
from sspf_desk.vault import (
    BackupRotator,
    KdfParams,
    RecoveryKey,
    SaveOutcome,
    Saver,
    SaveReport,
    Vault,
    VaultLock,
)
from sspf_desk.vault.attachments import AttachmentStore

log = logging.getLogger(__name__)

ChangeListener = Callable[[ChangeSet], None]
SaveListener = Callable[[SaveStatus], None]


class Workspace:
    """One open vault: store + saver + lock + current user + services.

    Attributes:
        path: The vault file.
        current_user: The user whose key slot opened the vault (a stand-in user with id
            ``"recovery"`` when it was opened with the recovery key).
        opened_with_recovery_key: Whether the recovery key opened the vault.
        persons: Young persons, related persons, links and search.
        list_import: Bringing in CSV/XLSX lists (preview, then commit in one go).
        users: Users and their passphrases.
        concerns: Concerns (orosignaler) and the risk categories.
        consents: Consents, legal grounds, disclosures, THE sharing check, signed forms.
        cases: Cases, their status trail, action plans and timelines.
        overview: The overview page's blocks.
        meeting_planning: Standing agendas, meeting series and calendar files.
        concern_talks: Bekymringssamtal (concern talks).
        meetings: Meetings, attendance, the gated agenda, minutes' life cycle, versions.
        minutes: The minutes and excerpts as PDF, their settings and file names.
        group_level: Places and groups, their observations and measures.
        promises: Medborgarlöften, their activities, progress and quarterly follow-up.
        statistics: The lägesbild (aggregated statistics, small counts hidden), CSV and PDF.
    """

    def __init__(
        self,
        *,
        vault: Vault,
        store: Store,
        lock: VaultLock,
        user: User,
        paths: AppPaths,
        policy: KdfPolicy,
    ) -> None:
        """Wire an unlocked vault and its loaded store; use :meth:`create` or :meth:`open`."""
        self.path: Path = vault.path
        self.current_user = user
        self.opened_with_recovery_key = user.id == RECOVERY_ACTOR
        self._vault = vault
        self._store = store
        self._lock = lock
        self._closed = False
        self._save_listeners: list[SaveListener] = []
        self._change_listeners: list[ChangeListener] = []
        self._status_guard = threading.Lock()
        self._saved_at: datetime | None = None
        store.actor = user.id
        self.persons = PersonService(store)
        self.list_import = ListImportService(store)
        self.users = UserService(store, vault, policy=policy, current_user=self._user)
        self.concerns = ConcernService(store)
        self.consents = ConsentService(
            store, attachments=AttachmentStore.for_vault(vault), flush=self.flush
        )
        self.cases = CaseService(store)
        self.anonymise = AnonymiseService(
            store, attachments=AttachmentStore.for_vault(vault), flush=self.flush
        )
        self.overview = OverviewService(store, self.concerns.list_concerns)
        self.meeting_planning = MeetingPlanningService(store)
        self.concern_talks = ConcernTalkService(store)
        self.meetings = MeetingService(store)
        self.minutes = MinutesService(store, self.meetings)
        self.group_level = GroupLevelService(store)
        self.promises = PromiseService(store)
        self.statistics = StatisticsService(store)
        store.add_commit_listener(self._on_commit)
        self._rotator = BackupRotator(paths.backups, vault.file_id)
        self._saver = Saver(vault, on_done=self._on_saved, after_save=self._after_save)
        store.set_persist_committed(self._submit_committed)

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def create(  # noqa: PLR0913 - the signature is the contract the GUI and CLI code against
        cls,
        path: Path,
        *,
        user_name: str,
        passphrase: str,
        paths: AppPaths,
        role: Role = Role.COORDINATOR,
        kdf: KdfParams | None = None,
        allow_weak_kdf: bool = False,
    ) -> tuple[Workspace, RecoveryKey]:
        """Create a new vault at ``path`` with its first user; return it and the recovery key.

        ``kdf`` and ``allow_weak_kdf`` apply to this vault's first slot and to every slot
        this workspace adds later (see :class:`KdfPolicy`); leave them out outside tests.

        Raises:
            ValidationError: Empty user name (``user_name``), or a passphrase that does
                not meet the rule of ``domain.passphrase`` (``passphrase``).
            UsageError: ``path`` exists, or the KDF is below the floor without
                ``allow_weak_kdf``.
            SaveFailedError: The file could not be written (nothing is left behind).
        """
        policy = KdfPolicy(kdf, allow_weak_kdf)
        request = NewVault(path, user_name, passphrase, role, kdf, allow_weak_kdf)
        created = create_vault(request, paths)
        try:
            workspace = cls(
                vault=created.vault,
                store=created.store,
                lock=created.lock,
                user=created.user,
                paths=paths,
                policy=policy,
            )
        except BaseException:
            created.discard()
            raise
        try:
            created.store.persist_now()
            workspace.flush()
        except BaseException:
            workspace.close(discard_unsaved=True)
            path.unlink(missing_ok=True)
            raise
        log.info("vault created")
        if created.recovery_key is None:  # pragma: no cover - create_vault always sets it
            raise BugError("a new vault without a recovery key")
        return workspace, created.recovery_key

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        paths: AppPaths,
        passphrase: str | None = None,
        recovery_key: str | None = None,
        kdf: KdfParams | None = None,
        allow_weak_kdf: bool = False,
    ) -> Workspace:
        """Unlock the vault at ``path`` with a passphrase or the recovery key text.

        ``kdf`` and ``allow_weak_kdf`` choose the parameters of the slots this workspace
        adds or changes (new users, new passphrases), whatever the file's own slots use;
        leave them out outside tests (see :class:`KdfPolicy`).

        Raises:
            UsageError: ``kdf`` is below the floor without ``allow_weak_kdf`` (checked
                before anything is opened).
            VaultFileNotFoundError, VaultFileUnreadableError: The file is missing/unreadable.
            RecoveryKeyFormatError: Malformed recovery key text.
            VaultLockedError: Another process (or window) has the vault open.
            NotAVaultError, NewerFormatError, DamagedHeaderError, WrongPassphraseError,
            TamperedHeaderError, DamagedDataError: See :meth:`Vault.open`.
            InconsistentDatabaseError: The database fails its integrity check.
            NewerSchemaError: The database was made by a newer SSPF Desk.
            UnknownUserError: No active user is bound to the passphrase.
        """
        policy = KdfPolicy(kdf, allow_weak_kdf)
        opened = unlock_vault(path, paths=paths, passphrase=passphrase, recovery_key=recovery_key)
        try:
            workspace = cls(
                vault=opened.vault,
                store=opened.store,
                lock=opened.lock,
                user=opened.user,
                paths=paths,
                policy=policy,
            )
        except BaseException:
            opened.discard()
            raise
        if opened.migrated:
            opened.store.persist_now()
        log.info("vault opened")
        return workspace

    # -- accessors -------------------------------------------------------------------------

    def _user(self) -> User:
        """The current user (for services that need it later)."""
        return self.current_user

    @property
    def store(self) -> Store:
        """The open store (for export/import and the command line; not for the GUI)."""
        return self._store

    @property
    def file_id(self) -> bytes:
        """The vault's stable id (names its lock and backups)."""
        return self._vault.file_id

    # -- listeners -------------------------------------------------------------------------

    def add_change_listener(self, cb: ChangeListener) -> None:
        """Call ``cb(ChangeSet)`` after each commit that changed something.

        The call is synchronous, on the thread that committed, after the services'
        own caches are up to date. An exception in ``cb`` is logged and ignored (the
        change is committed either way).
        """
        self._change_listeners.append(cb)

    def add_save_listener(self, cb: SaveListener) -> None:
        """Call ``cb(SaveStatus)`` when a save is queued and when it ends.

        "Queued" (``saving=True``) is reported on the committing thread, the outcome on
        the saver thread: marshal to the GUI thread, and never call :meth:`flush` or
        :meth:`close` from ``cb``.
        """
        self._save_listeners.append(cb)

    def _on_commit(self, changed: CommitInfo) -> None:
        """Store hook: tell the change listeners."""
        change = ChangeSet(changed.tables)
        for listener in list(self._change_listeners):
            try:
                listener(change)
            except Exception as exc:
                log.error("change listener failed: %s", type(exc).__name__)

    def _emit_save(self, status: SaveStatus) -> None:
        """Tell the save listeners."""
        for listener in list(self._save_listeners):
            try:
                listener(status)
            except Exception as exc:
                log.error("save listener failed: %s", type(exc).__name__)

    def _submit(self, image: bytes, seq: int) -> None:
        """Queue a ready-made image for saving (the store no longer calls this)."""
        self._saver.submit(image, seq)
        self._emit_queued()

    def _submit_committed(self, seq: int) -> None:
        """Store hook (committing thread, store lock held): queue a save, serialize later.

        The saver thread serializes the newest committed state under the store's lock.
        """
        self._saver.submit_source(self._store.committed_image, seq)
        self._emit_queued()

    def _emit_queued(self) -> None:
        """Tell the save listeners that a save is queued."""
        with self._status_guard:
            saved_at = self._saved_at
        self._emit_save(SaveStatus(saving=True, saved_at=saved_at))

    def _after_save(self, _report: SaveReport) -> None:
        """Saver hook (saver thread): rotate the encrypted backups."""
        self._rotator.after_save(self.path)

    def _on_saved(self, outcome: SaveOutcome) -> None:
        """Saver hook (saver thread): report the outcome of one save."""
        with self._status_guard:
            if outcome.report is not None:
                self._saved_at = outcome.report.saved_at
            saved_at = self._saved_at
        if outcome.error is not None:  # parked until the next change or flush retries it
            status = SaveStatus.failed(saved_at, outcome.error)
        else:
            status = SaveStatus(saving=self._saver.pending, saved_at=saved_at)
        self._emit_save(status)

    # -- saving and closing ----------------------------------------------------------------

    def pending_changes(self) -> bool:
        """Whether committed changes are not yet on disk."""
        return self._saver.pending

    def flush(self, timeout: float | None = None) -> None:
        """Wait until every committed change is on disk.

        Raises:
            KnownError: The newest save failed (e.g. ``SaveFailedError``).
            TimeoutError: ``timeout`` seconds passed first.
            BugError: Called inside a unit of work (the saver needs the store's lock).
        """
        if self._store.in_unit_of_work():
            raise BugError("flush() inside a unit of work would deadlock")
        self._saver.flush(timeout)

    def replace_recovery_key(self) -> RecoveryKey:
        """Replace the recovery key; the old one stops working once this returns (saved)."""
        recovery = self._vault.replace_recovery_key()
        with self._store.unit_of_work() as session:
            audit.record(session, AuditAction.UPDATE, "vault", self.file_id.hex(), ("recovery",))
        self.flush()
        return recovery

    def check(self) -> CheckReport:
        """Save pending changes, then check chunks, database, audit chain; count records."""
        self.flush()
        return build_check_report(self._store, self._vault)

    def close(self, *, discard_unsaved: bool = False) -> None:
        """Flush, stop the saver, release the lock, drop the keys and the database.

        Args:
            discard_unsaved: Close even if the newest changes cannot be saved.

        Raises:
            KnownError: The newest changes could not be saved; the workspace stays open
                (unless ``discard_unsaved``), so the caller can retry or discard.
        """
        if self._closed:
            return
        if not discard_unsaved:
            self._saver.flush()
        self._closed = True
        try:
            self._saver.close()
        except (KnownError, TimeoutError) as exc:
            log.warning("closed with unsaved changes: %s", type(exc).__name__)
        finally:
            self._store.close()
            self._vault.forget_keys()
            self._lock.release()
        log.info("vault closed")

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` has run."""
        return self._closed

    def __enter__(self) -> Workspace:
        """Use the workspace as a context manager that closes it."""
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Close; discard unsaved changes only if the block itself failed."""
        self.close(discard_unsaved=exc is not None)
