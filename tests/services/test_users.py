"""UserService: users bound to key slots, passphrases, deactivation."""

from __future__ import annotations

from pathlib import Path

import pytest

from sspf_desk.domain import Role
from sspf_desk.errors import UsageError, ValidationError
from sspf_desk.store.audit import list_entries
from sspf_desk.vault import WrongPassphraseError, insecure_test_params
from tests.helpers.workspace import USER_NAME, create_workspace, open_workspace


def test_first_user_is_listed(tmp_path: Path) -> None:
    workspace, _ = create_workspace(tmp_path)
    users = workspace.users.list_users()
    workspace.close()
    assert [(u.name, u.role, u.active) for u in users] == [(USER_NAME, Role.COORDINATOR, True)]
    assert users[0] == workspace.current_user


def test_created_user_opens_the_vault_as_themselves(tmp_path: Path) -> None:
    workspace, _ = create_workspace(tmp_path)
    added = workspace.users.create_user(" Sam Skola ", "sams lösenfras", Role.SECTOR_STAFF)
    slots = {slot.slot_id: slot for slot in workspace._vault.slots}
    workspace.close()
    assert added.name == "Sam Skola"
    assert slots[added.slot_id].kdf == insecure_test_params()
    with open_workspace(workspace.path, "sams lösenfras") as reopened:
        assert reopened.current_user == added
        assert len(reopened.users.list_users()) == 2
        with reopened.store.unit_of_work() as session:
            actors = {entry.actor for entry in list_entries(session, entity_type="user")}
    assert actors == {"system", workspace.current_user.id}


def test_user_input_is_validated(tmp_path: Path) -> None:
    workspace, _ = create_workspace(tmp_path)
    with pytest.raises(ValidationError) as info:
        workspace.users.create_user("", "x")
    assert set(info.value.errors) == {"name"}
    with pytest.raises(ValidationError) as info:
        workspace.users.create_user("Sam", "")
    assert set(info.value.errors) == {"passphrase"}
    with pytest.raises(ValidationError) as info:
        workspace.users.create_user("Sam", "elva tecken")  # 11 characters
    assert info.value.errors == {"passphrase": "Lösenfrasen måste ha minst 12 tecken."}
    with pytest.raises(ValidationError) as info:
        workspace.users.create_user("Sam", " " * 20)
    assert info.value.errors == {"passphrase": "Lösenfrasen får inte bestå av bara blanksteg."}
    slots_before = len(workspace._vault.slots)
    workspace.close()
    assert slots_before == 2  # passphrase + recovery: nothing was added


def test_set_passphrase_refuses_a_short_new_passphrase(tmp_path: Path) -> None:
    workspace, _ = create_workspace(tmp_path)
    user_id = workspace.current_user.id
    with pytest.raises(ValidationError) as info:
        workspace.users.set_passphrase(user_id, "för kort")
    assert set(info.value.errors) == {"passphrase"}
    workspace.close()
    open_workspace(workspace.path).close()  # the old passphrase still opens the vault


def test_set_passphrase_is_audited(tmp_path: Path) -> None:
    workspace, _ = create_workspace(tmp_path)
    user_id = workspace.current_user.id
    workspace.users.set_passphrase(user_id, "en helt ny fras")
    with workspace.store.unit_of_work() as session:
        last = list_entries(session, limit=1)[0]
    workspace.close()
    assert (last.action, last.entity_id, last.fields) == ("update", user_id, ("passphrase",))
    with pytest.raises(WrongPassphraseError):
        open_workspace(workspace.path)
    open_workspace(workspace.path, "en helt ny fras").close()


def test_deactivated_user_can_no_longer_open(tmp_path: Path) -> None:
    workspace, _ = create_workspace(tmp_path)
    added = workspace.users.create_user("Sam Skola", "sams lösenfras")
    with pytest.raises(UsageError):
        workspace.users.deactivate_user(workspace.current_user.id)
    deactivated = workspace.users.deactivate_user(added.id)
    assert not deactivated.active
    with pytest.raises(UsageError):
        workspace.users.set_passphrase(added.id, "igen och igen och igen")
    workspace.close()
    with pytest.raises(WrongPassphraseError):
        open_workspace(workspace.path, "sams lösenfras")
    with open_workspace(workspace.path) as reopened:
        assert [u.active for u in reopened.users.list_users()] == [True, False]
