"""Factories for service tests: workspaces on cheap test KDF parameters."""

from __future__ import annotations

from pathlib import Path

from sspf_desk.domain import YoungPersonInput
from sspf_desk.paths import AppPaths, app_paths
from sspf_desk.services.workspace import Workspace
from sspf_desk.vault import RecoveryKey, insecure_test_params

PASSPHRASE = "korrekt häst batteri häftklammer"
USER_NAME = "Kim Koordinator"


def app_folders() -> AppPaths:
    """The isolated app folders of the running test (see tests/conftest.py)."""
    return app_paths()


def create_workspace(
    folder: Path, *, name: str = "vault.sspf", passphrase: str = PASSPHRASE
) -> tuple[Workspace, RecoveryKey]:
    """Create a vault in ``folder`` with the test KDF; return the workspace and recovery key."""
    return Workspace.create(
        folder / name,
        user_name=USER_NAME,
        passphrase=passphrase,
        paths=app_folders(),
        kdf=insecure_test_params(),
        allow_weak_kdf=True,
    )


def open_workspace(path: Path, passphrase: str = PASSPHRASE) -> Workspace:
    """Open a vault with a passphrase; slots it adds use the test KDF (explicitly allowed)."""
    return Workspace.open(
        path,
        paths=app_folders(),
        passphrase=passphrase,
        kdf=insecure_test_params(),
        allow_weak_kdf=True,
    )


def young_input(first: str = "Ada", last: str = "Berg", **extra: object) -> YoungPersonInput:
    """A valid young person without an id number (birth date given)."""
    from datetime import date

    values: dict[str, object] = {"first_name": first, "last_name": last}
    values.setdefault("birth_date", date(2011, 5, 4))
    values.update(extra)
    return YoungPersonInput(**values)  # type: ignore[arg-type]
