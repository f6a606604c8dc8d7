"""New key slots never fall below the KDF floor unless the caller explicitly allows it.

The choice is made when a workspace is created or opened (DESIGN §2); the parameters of
the slots already in a vault file play no part, so a file cannot make the program create
a weak slot.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sspf_desk.errors import UsageError
from sspf_desk.services.workspace import Workspace
from sspf_desk.vault import FLOOR_ARGON2ID, insecure_test_params
from sspf_desk.vault import slots as keyslots
from sspf_desk.vault.kdf import FLOOR_SCRYPT, argon2id_available, meets_floor
from tests.helpers.workspace import PASSPHRASE, app_folders, create_workspace, open_workspace

PACKAGE = Path(__file__).parents[2] / "sspf_desk"


@pytest.fixture
def floor_instead_of_calibration(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let "calibrated" mean the floor itself (calibrating would cost seconds)."""
    floor = FLOOR_ARGON2ID if argon2id_available() else FLOOR_SCRYPT
    monkeypatch.setattr(keyslots, "_calibrated", [floor])


def test_a_vault_with_weak_slots_does_not_make_new_slots_weak(
    tmp_path: Path, floor_instead_of_calibration: None
) -> None:
    workspace, _ = create_workspace(tmp_path)  # the test KDF, explicitly allowed
    user_id = workspace.current_user.id
    workspace.close()
    with Workspace.open(workspace.path, paths=app_folders(), passphrase=PASSPHRASE) as opened:
        assert not meets_floor(next(s.kdf for s in opened._vault.slots if s.kdf))
        added = opened.users.create_user("Sam Skola", "sams långa lösenfras")
        opened.users.set_passphrase(user_id, "en helt ny lång fras")
        kdfs = {slot.slot_id: slot.kdf for slot in opened._vault.slots}
    assert kdfs[added.slot_id] is not None and meets_floor(kdfs[added.slot_id])
    assert kdfs[workspace.current_user.slot_id] is not None
    assert meets_floor(kdfs[workspace.current_user.slot_id])
    open_workspace(workspace.path, "sams långa lösenfras").close()


def test_weak_parameters_at_open_need_explicit_permission(tmp_path: Path) -> None:
    workspace, _ = create_workspace(tmp_path)
    workspace.close()
    with pytest.raises(UsageError, match="lägsta tillåtna"):
        Workspace.open(
            workspace.path, paths=app_folders(), passphrase=PASSPHRASE, kdf=insecure_test_params()
        )
    with open_workspace(workspace.path) as opened:  # refused before the lock was taken
        added = opened.users.create_user("Sam Skola", "sams långa lösenfras")
        kdfs = {slot.slot_id: slot.kdf for slot in opened._vault.slots}
    assert kdfs[added.slot_id] == insecure_test_params()


def test_only_tests_ever_allow_weak_parameters() -> None:
    allowing = re.compile(r"allow_weak(_kdf)?\s*=\s*True|insecure_test_params\(")
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "vault" not in path.relative_to(PACKAGE).parts
        and allowing.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
