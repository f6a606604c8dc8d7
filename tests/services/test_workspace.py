"""Workspace: create, open, lock, save, close, recovery, migration on open."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from sspf_desk.errors import ValidationError
from sspf_desk.services.changes import ChangeSet, SaveStatus
from sspf_desk.services.errors import UnknownUserError, VaultFileNotFoundError
from sspf_desk.services.workspace import Workspace
from sspf_desk.store import InconsistentDatabaseError, Store
from sspf_desk.vault import (
    SaveFailedError,
    Vault,
    VaultLockedError,
    WrongPassphraseError,
    insecure_test_params,
    list_backups,
    read_header_info,
)
from tests.helpers.workspace import (
    PASSPHRASE,
    USER_NAME,
    app_folders,
    create_workspace,
    open_workspace,
    young_input,
)


def test_create_close_open_round_trip(tmp_path: Path) -> None:
    workspace, recovery = create_workspace(tmp_path)
    assert workspace.current_user.name == USER_NAME
    assert not workspace.opened_with_recovery_key
    person = workspace.persons.create_young_person(young_input("Åsa", "Öberg"))
    workspace.close()
    assert workspace.closed
    assert len(recovery.text) > 20
    with open_workspace(tmp_path / "vault.sspf") as reopened:
        assert reopened.current_user.id == workspace.current_user.id
        assert [row.id for row in reopened.persons.list_young_persons()] == [person.id]
        assert reopened.persons.get_young_person(person.id) == person


def test_create_refuses_an_existing_file_and_empty_names(tmp_path: Path) -> None:
    (tmp_path / "vault.sspf").write_bytes(b"x")
    with pytest.raises(Exception, match="finns redan"):
        create_workspace(tmp_path)
    with pytest.raises(ValidationError) as info:
        Workspace.create(
            tmp_path / "other.sspf",
            user_name=" ",
            passphrase=PASSPHRASE,
            paths=app_folders(),
            kdf=insecure_test_params(),
            allow_weak_kdf=True,
        )
    assert set(info.value.errors) == {"user_name"}
    assert not (tmp_path / "other.sspf").exists()
    with pytest.raises(ValidationError) as info:
        create_workspace(tmp_path, name="short.sspf", passphrase="kort")
    assert info.value.errors == {"passphrase": "Lösenfrasen måste ha minst 12 tecken."}
    assert not (tmp_path / "short.sspf").exists()


def test_weak_kdf_needs_explicit_permission(tmp_path: Path) -> None:
    with pytest.raises(Exception, match="lägsta tillåtna"):
        Workspace.create(
            tmp_path / "v.sspf",
            user_name=USER_NAME,
            passphrase=PASSPHRASE,
            paths=app_folders(),
            kdf=insecure_test_params(),
        )
    assert not (tmp_path / "v.sspf").exists()


def test_second_open_in_the_same_process_is_refused(tmp_path: Path) -> None:
    workspace, _ = create_workspace(tmp_path)
    with pytest.raises(VaultLockedError) as info:
        open_workspace(workspace.path)
    assert info.value.exit_code == 5
    workspace.close()
    open_workspace(workspace.path).close()


OTHER_PROCESS = """
import sys
from pathlib import Path
from sspf_desk.paths import app_paths
from sspf_desk.services.workspace import Workspace
from sspf_desk.vault import VaultLockedError
try:
    Workspace.open(Path(sys.argv[1]), paths=app_paths(), passphrase=sys.argv[2])
except VaultLockedError:
    sys.exit(5)
sys.exit(0)
"""


def test_second_open_from_another_process_is_refused(tmp_path: Path) -> None:
    workspace, _ = create_workspace(tmp_path)
    command = [sys.executable, "-c", OTHER_PROCESS, str(workspace.path), PASSPHRASE]
    result = subprocess.run(command, check=False, capture_output=True, timeout=60)
    assert result.returncode == 5, result.stderr.decode()
    workspace.close()
    result = subprocess.run(command, check=False, capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr.decode()


def test_wrong_passphrase_releases_the_lock(tmp_path: Path) -> None:
    workspace, _ = create_workspace(tmp_path)
    workspace.close()
    with pytest.raises(WrongPassphraseError):
        open_workspace(workspace.path, "fel lösenfras")
    open_workspace(workspace.path).close()


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(VaultFileNotFoundError) as info:
        open_workspace(tmp_path / "nope.sspf")
    assert info.value.exit_code == 2


def test_recovery_key_opens_and_resets_a_passphrase(tmp_path: Path) -> None:
    workspace, recovery = create_workspace(tmp_path)
    user_id = workspace.current_user.id
    workspace.close()
    rescued = Workspace.open(
        workspace.path,
        paths=app_folders(),
        recovery_key=recovery.text.lower(),
        kdf=insecure_test_params(),
        allow_weak_kdf=True,
    )
    assert rescued.opened_with_recovery_key
    assert rescued.current_user.id == "recovery"
    rescued.users.set_passphrase(user_id, "ny lösenfras")
    rescued.close()
    with pytest.raises(WrongPassphraseError):
        open_workspace(workspace.path)
    with open_workspace(workspace.path, "ny lösenfras") as reopened:
        assert reopened.current_user.id == user_id


def test_replaced_recovery_key(tmp_path: Path) -> None:
    workspace, old = create_workspace(tmp_path)
    new = workspace.replace_recovery_key()
    workspace.close()
    with pytest.raises(WrongPassphraseError):
        Workspace.open(workspace.path, paths=app_folders(), recovery_key=old.text)
    Workspace.open(workspace.path, paths=app_folders(), recovery_key=new.text).close()


def test_listeners_and_flush(tmp_path: Path) -> None:
    workspace, _ = create_workspace(tmp_path)
    changes: list[ChangeSet] = []
    statuses: list[tuple[SaveStatus, bool]] = []
    main = threading.current_thread()
    workspace.add_change_listener(changes.append)
    workspace.add_save_listener(
        lambda status: statuses.append((status, threading.current_thread() is main))
    )
    generation = read_header_info(workspace.path).generation
    workspace.persons.create_young_person(young_input())
    assert changes and changes[0].touches("young_person")
    workspace.flush()
    assert not workspace.pending_changes()
    assert read_header_info(workspace.path).generation == generation + 1
    assert statuses[0][0].saving and statuses[0][1]
    final, on_main = statuses[-1]
    assert not final.saving and final.saved_at is not None and final.error() is None
    assert not on_main
    workspace.close()


def test_failed_save_is_reported_and_blocks_close(tmp_path: Path) -> None:
    workspace, _ = create_workspace(tmp_path)
    statuses: list[SaveStatus] = []
    workspace.add_save_listener(statuses.append)
    vault = workspace._vault

    def failing_save(image: bytes) -> object:
        raise SaveFailedError()

    original = vault.save
    vault.save = failing_save  # type: ignore[method-assign]
    workspace.persons.create_young_person(young_input())
    with pytest.raises(SaveFailedError):
        workspace.flush()
    assert workspace.pending_changes()
    failed = statuses[-1]
    assert failed.error("sv") == SaveFailedError().message("sv")
    assert failed.error("en") == SaveFailedError().message("en")
    assert not statuses[-1].saving
    with pytest.raises(SaveFailedError):
        workspace.close()
    assert not workspace.closed
    vault.save = original  # type: ignore[method-assign]
    workspace.close()
    with open_workspace(workspace.path) as reopened:
        assert len(reopened.persons.list_young_persons()) == 1


def test_close_can_discard_unsaved_changes(tmp_path: Path) -> None:
    workspace, _ = create_workspace(tmp_path)
    vault = workspace._vault

    def failing_save(image: bytes) -> object:
        raise SaveFailedError()

    vault.save = failing_save  # type: ignore[method-assign]
    workspace.persons.create_young_person(young_input())
    workspace.close(discard_unsaved=True)
    with open_workspace(workspace.path) as reopened:
        assert reopened.persons.list_young_persons() == []


def test_first_save_makes_a_backup(tmp_path: Path) -> None:
    workspace, _ = create_workspace(tmp_path)
    workspace.close()
    backups = list_backups(app_folders().backups, workspace.file_id)
    assert len(backups) == 1
    assert workspace.file_id.hex() in str(backups[0])


def write_raw_vault(path: Path, image: bytes) -> str:
    """Write a vault holding ``image`` directly (no user row); return its slot id."""
    vault, slot_id, _ = Vault.create(
        path, image, PASSPHRASE, kdf=insecure_test_params(), allow_weak_kdf=True
    )
    vault.forget_keys()
    return slot_id


def test_slot_without_user_is_refused_and_unlocks(tmp_path: Path) -> None:
    store = Store.open()
    store.migrate()
    write_raw_vault(tmp_path / "v.sspf", store.serialize())
    with pytest.raises(UnknownUserError):
        open_workspace(tmp_path / "v.sspf")
    with pytest.raises(UnknownUserError):
        open_workspace(tmp_path / "v.sspf")


def test_inconsistent_database_is_refused(tmp_path: Path) -> None:
    store = Store.open()
    store.migrate()
    image = bytearray(store.serialize())
    image[4096 + 8 : 4096 + 40] = b"\xff" * 32
    write_raw_vault(tmp_path / "v.sspf", bytes(image))
    with pytest.raises(InconsistentDatabaseError) as info:
        open_workspace(tmp_path / "v.sspf")
    assert info.value.exit_code == 4
    with pytest.raises(InconsistentDatabaseError):
        open_workspace(tmp_path / "v.sspf")
