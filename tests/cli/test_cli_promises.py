"""``sspf-desk promises`` and ``sspf-desk promise-report`` in-process, on one vault.

The vault (test KDF) gets a promise of 2025 with a manual activity and its progress
through the services, as the GUI would; the commands then read it like an admin would.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from sspf_desk.cli import main
from sspf_desk.domain.promises import ActivityInput, ProgressInput, PromiseInput
from tests.helpers.minutes import flat, pdf_text
from tests.helpers.workspace import PASSPHRASE, create_workspace


@dataclass(frozen=True)
class Vault:
    path: Path
    promise: str
    older: str


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """A vault with promises of 2024 and 2025; the latter has one activity half done."""
    folder = tmp_path_factory.mktemp("promise-cli")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SSPF_DESK_HOME", str(folder / "home"))
        workspace, _key = create_workspace(folder)
        with workspace:
            promises = workspace.promises
            older = promises.create_promise(
                PromiseInput(2024, "Exempelkommun", "LPO Exempel", "Lugnare kvällar")
            ).id
            promise = promises.create_promise(
                PromiseInput(2025, "Exempelkommun", "LPO Exempel", "Tryggare centrum")
            ).id
            activity = promises.add_activity(
                ActivityInput(promise, "Uppstartsmöten grannsamverkan", "Kommunen", 4, "möten")
            ).id
            promises.add_progress(ProgressInput(activity, date(2025, 2, 10), 1))
            workspace.flush()
        yield Vault(folder / "vault.sspf", promise, older)


@pytest.fixture(autouse=True)
def passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SSPF_DESK_PASSPHRASE", PASSPHRASE)


def report(vault: Vault, out: Path, *extra: str, quarter: str = "2025Q2") -> int:
    args = ["promise-report", "--db", str(vault.path), "--promise", vault.promise]
    return main([*args, "--quarter", quarter, "--out", str(out), *extra])


def test_promises_lists_id_year_and_title(vault: Vault, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["promises", "--db", str(vault.path)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"{vault.promise}  2025  Tryggare centrum",
        f"{vault.older}  2024  Lugnare kvällar",
    ]


def test_the_report_is_written_and_replaced_only_with_force(
    vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "medborgarlofte-2025-kv2.pdf"
    assert report(vault, out) == 0
    assert capsys.readouterr().out.strip() == f"Uppföljningen är skriven till {out}."
    text = flat(pdf_text(out.read_bytes()))
    assert flat("Tryggare centrum") in text
    assert flat("Uppstartsmöten grannsamverkan") in text
    assert flat("Delvis") in text  # 1 of the 2 due by the end of quarter 2
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left
    before = out.read_bytes()
    assert report(vault, out, quarter="2025Q1") == 2
    assert capsys.readouterr().err.strip() == f"Filen {out} finns redan; den skrivs inte över."
    assert out.read_bytes() == before
    assert report(vault, out, "--force", quarter="2025-K1") == 0
    assert out.read_bytes() != before


@pytest.mark.parametrize(
    "case",
    [
        (
            "2025Q5",
            None,
            "Okänt kvartal: '2025Q5'. Skriv till exempel 2024Q2.",
            "Unknown quarter: '2025Q5'. Write for example 2024Q2.",
        ),
        (
            "2024Q2",
            None,
            "Medborgarlöftet gäller 2025, inte 2024; välj ett kvartal 2025.",
            "The citizen promise is for 2025, not 2024; choose a quarter of 2025.",
        ),
        (
            "2025Q2",
            "missing",
            "Okänt medborgarlöfte: missing. Se kommandot promises.",
            "Unknown citizen promise: missing. See the promises command.",
        ),
    ],
)
def test_errors_are_one_line_and_exit_code_2(
    vault: Vault,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    case: tuple[str, str | None, str, str],
) -> None:
    quarter, promise, swedish, english = case
    out = tmp_path / "rapport.pdf"
    args = ["promise-report", "--db", str(vault.path), "--promise", promise or vault.promise]
    args += ["--quarter", quarter, "--out", str(out)]
    for lang, expected in (("sv", swedish), ("en", english)):
        assert main([*args, "--lang", lang]) == 2
        captured = capsys.readouterr()
        assert captured.err.splitlines() == [expected]
        assert captured.out == ""
    assert not out.exists()
