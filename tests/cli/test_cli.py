"""The command line end to end: sub-commands, exit codes, one-line errors, no tracebacks.

The CLI never creates a key slot below the KDF floor, so each vault created here costs a
calibrated KDF run (about 0.5–1 s); the tests share vaults where they can.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from sspf_desk.cli import main

PASSPHRASE = "korrekt häst batteri häftklammer"


@pytest.fixture
def env_passphrase(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("SSPF_DESK_PASSPHRASE", PASSPHRASE)
    return PASSPHRASE


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo vault created once for this module (in its own app home)."""
    folder = tmp_path_factory.mktemp("demo")
    env = {**os.environ, "SSPF_DESK_PASSPHRASE": PASSPHRASE, "SSPF_DESK_HOME": str(folder / "h")}
    db = folder / "demo.sspf"
    result = _run_cli(["demo", "--db", str(db), "--size", "small", "--seed", "7"], env)
    assert result.returncode == 0, result.stderr
    return db


def _run_cli(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sspf_desk", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


def test_init_prints_recovery_key_once_and_refuses_overwrite(
    tmp_path: Path, env_passphrase: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "nytt.sspf"
    assert main(["init", "--db", str(db), "--user", "Kim Samordnare"]) == 0
    out = capsys.readouterr().out
    assert "Återställningsnyckel" in out
    assert db.exists()
    assert main(["init", "--db", str(db), "--user", "Kim Samordnare"]) == 2
    err = capsys.readouterr().err
    assert "finns redan" in err
    assert "Traceback" not in err


def test_init_can_write_recovery_pdf(tmp_path: Path, env_passphrase: str) -> None:
    db, pdf = tmp_path / "v.sspf", tmp_path / "nyckel.pdf"
    assert main(["init", "--db", str(db), "--user", "Kim", "--recovery-pdf", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF-")


def test_short_passphrase_is_refused_with_usage_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SSPF_DESK_PASSPHRASE", "kort")
    assert main(["init", "--db", str(tmp_path / "v.sspf"), "--user", "Kim"]) == 2
    assert capsys.readouterr().err.strip() == "Lösenfrasen måste ha minst 12 tecken."
    assert not (tmp_path / "v.sspf").exists()


def test_check_reports_ok_and_counts(
    demo_vault: Path, env_passphrase: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--db", str(demo_vault)]) == 0
    out = capsys.readouterr().out
    assert "ungdomar: 50" in out.lower()


def test_wrong_passphrase_exit_3(
    demo_vault: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SSPF_DESK_PASSPHRASE", "fel lösenfras helt och hållet")
    assert main(["check", "--db", str(demo_vault)]) == 3
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert main(["--lang", "en", "check", "--db", str(demo_vault)]) == 3
    assert "passphrase" in capsys.readouterr().err.lower()


@pytest.mark.parametrize(
    ("content", "code"),
    [(b"", 4), (os.urandom(4096), 4), (b"SSPFVLT\x00\x00\x63\x00\x00" + bytes(64), 6)],
    ids=["empty", "random", "newer-major"],
)
def test_damaged_or_foreign_files(
    tmp_path: Path,
    env_passphrase: str,
    capsys: pytest.CaptureFixture[str],
    content: bytes,
    code: int,
) -> None:
    db = tmp_path / "x.sspf"
    db.write_bytes(content)
    assert main(["check", "--db", str(db)]) == code
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_usage_error_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_export_import_export_gives_same_document(
    demo_vault: Path, tmp_path: Path, env_passphrase: str
) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert main(["export", "--db", str(demo_vault), "--out", str(first)]) == 0
    fresh = tmp_path / "tom.sspf"
    assert main(["init", "--db", str(fresh), "--user", "Kim"]) == 0
    assert main(["import", "--db", str(fresh), "--in", str(first)]) == 0
    assert main(["export", "--db", str(fresh), "--out", str(second)]) == 0
    assert json.loads(first.read_text("utf-8")) == json.loads(second.read_text("utf-8"))
    assert first.read_bytes() == second.read_bytes()
    assert main(["export", "--db", str(fresh), "--out", str(second)]) == 2  # no overwrite
    assert main(["import", "--db", str(fresh), "--in", str(first)]) == 2  # not empty


def test_demo_same_seed_same_content(tmp_path: Path, env_passphrase: str) -> None:
    docs = []
    for name in ("a", "b"):
        db = tmp_path / f"{name}.sspf"
        assert main(["demo", "--db", str(db), "--seed", "3"]) == 0
        out = tmp_path / f"{name}.json"
        assert main(["export", "--db", str(db), "--out", str(out)]) == 0
        docs.append(out.read_bytes())
    assert docs[0] == docs[1]


def test_second_process_is_refused_with_exit_5(demo_vault: Path, tmp_path: Path) -> None:
    env = {**os.environ, "SSPF_DESK_PASSPHRASE": PASSPHRASE, "SSPF_DESK_HOME": str(tmp_path)}
    holder = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from sspf_desk.paths import app_paths
        from sspf_desk.services.workspace import Workspace
        ws = Workspace.open(Path({str(demo_vault)!r}), paths=app_paths().ensure(),
                            passphrase={PASSPHRASE!r})
        print("open", flush=True)
        sys.stdin.readline()
        ws.close()
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", holder],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "open"
        result = _run_cli(["check", "--db", str(demo_vault)], env)
        assert result.returncode == 5
        assert "Traceback" not in result.stderr
    finally:
        proc.communicate("\n", timeout=60)
    assert _run_cli(["check", "--db", str(demo_vault)], env).returncode == 0


def test_recovery_pdf_in_a_missing_folder_is_refused_before_the_vault_is_created(
    tmp_path: Path, env_passphrase: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db, pdf = tmp_path / "v.sspf", tmp_path / "saknas" / "nyckel.pdf"
    assert main(["init", "--db", str(db), "--user", "Kim", "--recovery-pdf", str(pdf)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
    assert not db.exists()


def test_recovery_key_is_shown_when_the_pdf_cannot_be_written(
    tmp_path: Path,
    env_passphrase: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def refuse(out: Path, key_text: str, vault_id: str) -> None:
        out.write_bytes(b"%PDF-half")
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("sspf_desk.cli._write_recovery_pdf", refuse)
    db, pdf = tmp_path / "v.sspf", tmp_path / "nyckel.pdf"
    assert main(["init", "--db", str(db), "--user", "Kim", "--recovery-pdf", str(pdf)]) == 2
    captured = capsys.readouterr()
    assert "Återställningsnyckel" in captured.out  # the key is not lost with the PDF
    assert "kunde inte sparas som PDF" in captured.err
    assert "Traceback" not in captured.err
    assert db.exists()
    assert not pdf.exists()


@pytest.mark.parametrize("target", ["saknas/ut.json", "."], ids=["missing-folder", "folder"])
def test_export_to_an_unusable_path_is_one_line_exit_2(
    demo_vault: Path,
    tmp_path: Path,
    env_passphrase: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    target: str,
) -> None:
    monkeypatch.setenv("SSPF_DESK_HOME", str(tmp_path / "h"))
    out = tmp_path / target
    assert main(["export", "--db", str(demo_vault), "--out", str(out), "--force"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "oväntat" not in err
    assert "Traceback" not in err


def test_init_in_a_read_only_folder_says_so(
    tmp_path: Path,
    env_passphrase: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "skrivskyddad"
    folder.mkdir()
    real_access = os.access
    monkeypatch.setattr(
        "sspf_desk.cli.os.access",
        lambda path, mode: False if Path(path) == folder else real_access(path, mode),
    )
    assert main(["init", "--db", str(folder / "v.sspf"), "--user", "Kim"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == f"Mappen {folder} är skrivskyddad; välj en annan mapp."
    assert not (folder / "v.sspf").exists()
