"""Passphrase sources and private files of the command line."""

from __future__ import annotations

import errno
import stat
from pathlib import Path

import pytest

from sspf_desk.cli_io import (
    Messages,
    OutputFileError,
    gui_preflight,
    new_passphrase,
    read_passphrase,
    write_private_file,
)
from sspf_desk.errors import UsageError


def test_passphrase_file_wins_over_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("från-filen-åäö\nandra raden\n", encoding="utf-8")
    monkeypatch.setenv("SSPF_DESK_PASSPHRASE", "från-miljön")
    assert read_passphrase(secret, Messages()) == "från-filen-åäö"


def test_environment_used_without_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SSPF_DESK_PASSPHRASE", "från-miljön-123")
    assert read_passphrase(None, Messages()) == "från-miljön-123"


def test_no_source_and_no_terminal_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    with pytest.raises(UsageError) as info:
        read_passphrase(None, Messages())
    assert info.value.exit_code == 2
    assert "SSPF_DESK_PASSPHRASE" in info.value.message("sv")


def test_unreadable_file_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        read_passphrase(tmp_path / "saknas.txt", Messages())


def test_new_passphrase_too_short_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SSPF_DESK_PASSPHRASE", "kort")
    with pytest.raises(UsageError) as info:
        new_passphrase(None, Messages())
    assert info.value.message("sv") == "Lösenfrasen måste ha minst 12 tecken."
    with pytest.raises(UsageError) as info_en:
        new_passphrase(None, Messages("en"))
    assert info_en.value.message("en") == "The passphrase must have at least 12 characters."


def test_new_passphrase_follows_the_domain_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SSPF_DESK_PASSPHRASE", " " * 16)  # long enough, but blank
    with pytest.raises(UsageError):
        new_passphrase(None, Messages())
    twelve_nfc = "åäöåäöåäöåäö"
    monkeypatch.setenv("SSPF_DESK_PASSPHRASE", twelve_nfc)
    assert new_passphrase(None, Messages()) == twelve_nfc


def test_new_passphrase_prompt_must_match(monkeypatch: pytest.MonkeyPatch) -> None:
    answers = iter(["en lång lösenfras", "en annan lösenfras"])
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda _prompt: next(answers))
    with pytest.raises(UsageError) as info:
        new_passphrase(None, Messages())
    assert "inte lika" in info.value.message("sv")


def test_private_file_is_owner_only(tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    write_private_file(out, b"{}")
    assert out.read_bytes() == b"{}"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["export.json"]


def test_gui_preflight_without_a_screen_gives_a_clear_message(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("sys.platform", "linux")
    problem = gui_preflight({})
    assert problem is not None
    assert "Ingen grafisk skärm" in problem.message("sv")
    assert gui_preflight({"QT_QPA_PLATFORM": "offscreen"}) is None


def test_gui_preflight_names_a_missing_xcb_library(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.setattr("ctypes.util.find_library", lambda name: None)
    problem = gui_preflight({"DISPLAY": ":0"})
    assert problem is not None
    assert "libxcb-cursor0" in problem.message("sv")
    monkeypatch.setattr("ctypes.util.find_library", lambda name: f"lib{name}.so")
    assert gui_preflight({"DISPLAY": ":0"}) is None


def test_private_file_in_a_missing_folder_is_a_known_error(tmp_path: Path) -> None:
    with pytest.raises(OutputFileError) as info:
        write_private_file(tmp_path / "saknas" / "export.json", b"{}")
    assert info.value.exit_code == 2
    assert "saknas" not in info.value.message("sv")  # no path in the message
    assert "(ENOENT)" in info.value.message("sv")


def test_private_file_on_a_full_disk_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("sspf_desk.cli_io.os.fsync", full)
    with pytest.raises(OutputFileError) as info:
        write_private_file(tmp_path / "export.json", b"{}")
    assert "(ENOSPC)" in info.value.message("sv")
    assert list(tmp_path.iterdir()) == []
