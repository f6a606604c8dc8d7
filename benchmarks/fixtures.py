"""The reference vaults of DESIGN.md §6, built with the demo generator and cached by seed and size.

Each cache entry (``benchmarks/cache/<size>-seed<seed>-<fingerprint>/``) holds the same
data three ways: the vault (``vault.sspf``, cheap test KDF so building and opening are
fast; the calibrated KDF is measured on its own), the decrypted SQLite image as a plain
file (``plain.sqlite``) and a SQLCipher copy (``sqlcipher.db``, when sqlcipher3 is
installed). The fingerprint covers the demo generator and the schema revision, so a
generator that learns new record types builds new vaults. A run works on copies.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from benchmarks import peer
from benchmarks.registry import SQLITE, UnavailableError
from sspf_desk.paths import AppPaths
from sspf_desk.services import demo
from sspf_desk.services.archive import import_document
from sspf_desk.services.workspace import Workspace
from sspf_desk.store import head_revision
from sspf_desk.store.uow import Store
from sspf_desk.vault import Vault, insecure_test_params

CACHE_DIR = Path(__file__).with_name("cache")
PASSPHRASE = "benchmark passphrase (not a secret)"
SEED = 1
SEARCH_NAME = "Lindq"
_SERVICES = Path(demo.__file__).parent
_MIGRATIONS = _SERVICES.parent / "store" / "migrations" / "versions"


@dataclass(frozen=True)
class Fixture:
    """One reference vault, copied into a scratch folder for this run.

    Attributes:
        size: "small", "medium" or "large".
        vault: The vault file (test KDF, passphrase :data:`PASSPHRASE`).
        plain: The same database as a plain SQLite file.
        sqlcipher: The same database encrypted by SQLCipher, or None (see ``sqlcipher_missing``).
        sqlcipher_missing: Why there is no SQLCipher copy (None when there is one).
        paths: Local folders (locks, backups) of the run, never the user's own.
        image_bytes: Size of the decrypted SQLite image.
        vault_bytes: Size of the vault file.
        records: Rows per table.
        edit_person_id: The young person whose field the save benchmark edits.
        id_prefix: A personnummer prefix (six digits) typed in the search benchmarks.
        quick: A smoke run: cheap settings where an operation has them (the KDF uses
            its floor parameters instead of calibrating).
    """

    size: str
    vault: Path
    plain: Path
    sqlcipher: Path | None
    sqlcipher_missing: str | None
    paths: AppPaths
    image_bytes: int
    vault_bytes: int
    records: dict[str, int]
    edit_person_id: str
    id_prefix: str
    quick: bool = False

    @property
    def workdir(self) -> Path:
        """The scratch folder holding the copies."""
        return self.vault.parent

    def keystrokes(self) -> list[str]:
        """The search texts typed letter by letter: the name, then the id prefix."""
        name = [SEARCH_NAME[:n] for n in range(1, len(SEARCH_NAME) + 1)]
        digits = [self.id_prefix[:n] for n in range(1, len(self.id_prefix) + 1)]
        return name + digits


def fingerprint() -> str:
    """A short hash of what decides a reference vault's content.

    Covers every ``services/demo*.py`` module (the generator and its word lists) and every
    migration revision (the schema), so teaching the generator new records rebuilds.
    """
    digest = hashlib.sha256(head_revision().encode())
    sources = [*sorted(_SERVICES.glob("demo*.py")), *sorted(_MIGRATIONS.glob("*.py"))]
    for source in sources:
        digest.update(source.name.encode() + b"\0" + source.read_bytes())
    return digest.hexdigest()[:12]


def _scratch_paths(root: Path) -> AppPaths:
    """Local folders under ``root`` (never the user's settings, locks or backups)."""
    data = root / "data"
    return AppPaths(
        data=data,
        config=root / "config",
        logs=root / "logs",
        locks=data / "locks",
        backups=data / "backups",
    ).ensure()


def _build_vault(target: Path, size: str, home: Path) -> None:
    """Create the vault with the demo content for ``size`` (seed :data:`SEED`)."""
    document = demo.generate(size, SEED)
    workspace, _recovery = Workspace.create(
        target,
        user_name=demo.DEMO_USER_NAME,
        passphrase=PASSPHRASE,
        paths=_scratch_paths(home),
        kdf=insecure_test_params(),
        allow_weak_kdf=True,
    )
    try:
        import_document(workspace, document)
        workspace.flush()
    finally:
        workspace.close()


def _table_counts(plain: Path) -> dict[str, int]:
    """Rows per user table of the plain copy."""
    with closing(sqlite3.connect(plain)) as connection:
        names = [
            str(row[0])
            for row in connection.execute(
                "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            name: int(connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
            for name in names
        }


def _samples(plain: Path) -> tuple[str, str]:
    """The edited person's id and a six-digit id prefix from the data."""
    with closing(sqlite3.connect(plain)) as connection:
        people = connection.execute(
            "SELECT id, id_number FROM young_person WHERE protected_identity = 0 "
            "AND id_number IS NOT NULL ORDER BY id"
        ).fetchall()
    edit_id = str(people[0][0])
    prefix = str(people[len(people) // 2][1])[:6]
    return edit_id, prefix


def build_cached(size: str) -> Path:
    """Return the cache folder for ``size``, building it first if it is missing."""
    entry = CACHE_DIR / f"{size}-seed{SEED}-{fingerprint()}"
    if (entry / "info.json").exists() and (
        (entry / "sqlcipher.db").exists() or peer.sqlcipher_missing() is not None
    ):
        return entry
    entry.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="sspf-bench-build-") as scratch:
        vault = Path(scratch) / "vault.sspf"
        _build_vault(vault, size, Path(scratch) / "home")
        unlocked = Vault.open(vault, passphrase=PASSPHRASE)
        unlocked.vault.forget_keys()
        plain = Path(scratch) / "plain.sqlite"
        plain.write_bytes(unlocked.image)
        shutil.copyfile(vault, entry / "vault.sspf")
        shutil.copyfile(plain, entry / "plain.sqlite")
    if peer.sqlcipher_missing() is None:
        encrypted = entry / "sqlcipher.db"
        encrypted.unlink(missing_ok=True)
        peer.export_to_sqlcipher(entry / "plain.sqlite", encrypted)
    info = {"size": size, "seed": SEED, "image_bytes": (entry / "plain.sqlite").stat().st_size}
    (entry / "info.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    return entry


def prepare(size: str, scratch: Path, *, quick: bool = False) -> Fixture:
    """Copy the cached reference vault for ``size`` into ``scratch`` and describe it."""
    entry = build_cached(size)
    work = scratch / size
    work.mkdir(parents=True, exist_ok=False)
    vault = work / "vault.sspf"
    plain = work / "plain.sqlite"
    shutil.copyfile(entry / "vault.sspf", vault)
    shutil.copyfile(entry / "plain.sqlite", plain)
    missing = peer.sqlcipher_missing()
    encrypted: Path | None = None
    if missing is None:
        encrypted = work / "sqlcipher.db"
        shutil.copyfile(entry / "sqlcipher.db", encrypted)
    edit_id, prefix = _samples(plain)
    return Fixture(
        size=size,
        vault=vault,
        plain=plain,
        sqlcipher=encrypted,
        sqlcipher_missing=missing,
        paths=_scratch_paths(work / "home"),
        image_bytes=plain.stat().st_size,
        vault_bytes=vault.stat().st_size,
        records=_table_counts(plain),
        edit_person_id=edit_id,
        id_prefix=prefix,
        quick=quick,
    )


@contextmanager
def opened_workspace(fixture: Fixture) -> Iterator[Workspace]:
    """The app's workspace on the fixture's vault (test KDF), closed without saving."""
    workspace = Workspace.open(fixture.vault, paths=fixture.paths, passphrase=PASSPHRASE)
    try:
        yield workspace
    finally:
        workspace.close(discard_unsaved=True)


@contextmanager
def peer_store(fixture: Fixture, kind: str) -> Iterator[Store]:
    """The app's store on the fixture's plain SQLite or SQLCipher file.

    Raises:
        UnavailableError: The SQLCipher peer is not installed.
    """
    path = fixture.plain if kind == SQLITE else fixture.sqlcipher
    if path is None:
        raise UnavailableError(fixture.sqlcipher_missing or "not available")
    store = peer.file_store(kind, path)
    try:
        yield store
    finally:
        store.close()
