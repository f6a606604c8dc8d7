"""Workspace and the disk: migration backups, newer schemas, check, no plaintext."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from sspf_desk.domain import CustodyType, RelatedPersonInput, Relationship
from sspf_desk.store import NewerSchemaError, Store, head_revision
from sspf_desk.store import migrate as migrations
from sspf_desk.vault import Vault, list_backups
from tests.helpers.identity import make_identity
from tests.helpers.workspace import PASSPHRASE, app_folders, create_workspace, open_workspace
from tests.helpers.workspace import young_input as young

EXTRA_REVISION = '''"""Test-only revision."""
import sqlalchemy as sa
from alembic import op

revision = "9000"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("extra", sa.Column("id", sa.Integer(), primary_key=True))
'''


def revision_of(path: Path) -> str:
    """The schema revision inside an encrypted vault or backup."""
    unlocked = Vault.open(path, passphrase=PASSPHRASE)
    unlocked.vault.forget_keys()
    store = Store.open(unlocked.image)
    with store.engine.connect() as connection:
        return str(connection.execute(text("SELECT version_num FROM alembic_version")).scalar())


def test_older_vault_is_backed_up_then_migrated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace, _ = create_workspace(tmp_path)
    workspace.close()
    newer = tmp_path / "migrations"
    shutil.copytree(migrations.MIGRATIONS_DIR, newer, ignore=shutil.ignore_patterns("__pyc*"))
    extra = EXTRA_REVISION.format(head=head_revision())
    (newer / "versions" / "r9000_extra.py").write_text(extra, encoding="utf-8")
    before = list_backups(app_folders().backups, workspace.file_id)
    monkeypatch.setattr(migrations, "MIGRATIONS_DIR", newer)
    with open_workspace(workspace.path):
        pass
    assert revision_of(workspace.path) == "9000"
    backups = list_backups(app_folders().backups, workspace.file_id)
    old = [path for path in backups if revision_of(path) == head_revision()]
    assert len(old) == len(before) + 1
    monkeypatch.undo()
    for _ in range(2):  # the lock is released after the refusal
        with pytest.raises(NewerSchemaError):
            open_workspace(workspace.path)


def test_check_report(tmp_path: Path) -> None:
    workspace, _ = create_workspace(tmp_path)
    person = workspace.persons.create_young_person(young())
    workspace.persons.add_related_person(
        person.id, RelatedPersonInput("Eva", "Berg"), Relationship.GUARDIAN, CustodyType.JOINT
    )
    report = workspace.check()
    workspace.close()
    assert report.ok
    assert report.chunks is not None and report.chunks >= 1
    assert report.audit_entries == 4  # user, young person, related person, link
    assert (report.count("young_person"), report.count("person_link")) == (1, 1)
    assert report.count("user") == 1
    assert "Loggkedjan: ok (4 poster)" in report.lines("sv")
    assert "  young persons: 1" in report.lines("en")


def test_check_finds_a_broken_audit_chain(tmp_path: Path) -> None:
    workspace, _ = create_workspace(tmp_path)
    workspace.persons.create_young_person(young())
    with workspace.store.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_entry WHERE seq = 1"))
    report = workspace.check()
    workspace.close()
    assert not report.ok
    assert report.audit_first_bad_seq == 1
    assert any("bruten vid post 1" in line for line in report.lines())


def files_under(*roots: Path, since: float) -> list[Path]:
    """Every regular file under ``roots`` modified at or after ``since``."""
    found: list[Path] = []
    for root in roots:
        for folder, _dirs, names in os.walk(root):
            for name in names:
                path = Path(folder) / name
                try:
                    if path.is_file() and path.stat().st_mtime >= since:
                        found.append(path)
                except OSError:
                    continue
    return found


def test_no_plaintext_on_disk(tmp_path: Path) -> None:
    started = time.time() - 1
    first, last = "Zebulonia", "Quixotesson"
    id_number = make_identity(date(2010, 3, 14), 159)
    (tmp_path / "vault").mkdir()
    workspace, _ = create_workspace(tmp_path / "vault")
    for index in range(30):
        person = workspace.persons.create_young_person(
            young(f"{first}{index}", last, school="Xylofonskolan")
        )
    workspace.persons.create_young_person(young(first, last, id_number=id_number, birth_date=None))
    workspace.persons.add_related_person(
        person.id,
        RelatedPersonInput("Eva", last, address="Quokkavägen 7"),
        Relationship.GUARDIAN,
        CustodyType.SOLE,
    )
    assert len(workspace.persons.search_young_persons("quixote")) == 31
    workspace.close()
    needles = [first, last, "Xylofonskolan", "Quokkavägen", id_number, id_number[2:]]
    patterns = [
        needle.encode(encoding)
        for needle in needles
        for encoding in ("utf-8", "utf-16-le", "utf-16-be")
    ]
    home = Path(os.environ["SSPF_DESK_HOME"])  # settings, logs, locks, backups
    roots = (tmp_path, home, app_folders().backups, Path(tempfile.gettempdir()))
    files = files_under(*roots, since=started)
    assert any(path.suffix == ".sspf" for path in files)
    for path in files:
        try:
            content = path.read_bytes()
        except OSError:
            continue
        for pattern in patterns:
            assert pattern not in content, f"plaintext found in {path.name}"
