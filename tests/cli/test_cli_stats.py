"""``sspf-desk stats`` in-process on one vault: text, JSON, CSV and one-line errors."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from sspf_desk.cli import main
from sspf_desk.domain import Sector
from sspf_desk.domain.suppression import LEGEND
from tests.helpers.casework import concern_input
from tests.helpers.workspace import PASSPHRASE, create_workspace, young_input


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Seven police concerns in January 2025 (seven young persons in Norr) and two school
    concerns in February (one of them in Syd)."""
    folder = tmp_path_factory.mktemp("stats-cli")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SSPF_DESK_HOME", str(folder / "home"))
        workspace, _key = create_workspace(folder)
        with workspace:
            born = {"birth_date": date(2010, 1, 1)}
            for k in range(9):
                area = "Syd" if k == 8 else "Norr"
                young = workspace.persons.create_young_person(
                    young_input(f"Ung{chr(65 + k)}", "Test", area=area, **born)
                ).id
                sector, day = (Sector.POLICE, date(2025, 1, 3 + k)) if k < 7 else (
                    Sector.SCHOOL, date(2025, 2, 3 + k)
                )  # fmt: skip
                workspace.concerns.create_concern(
                    concern_input(young, source_sector=sector, received_on=day)
                )
            workspace.flush()
        yield folder / "vault.sspf"


@pytest.fixture(autouse=True)
def passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SSPF_DESK_PASSPHRASE", PASSPHRASE)


def stats(vault: Path, *extra: str) -> int:
    return main(["stats", "--db", str(vault), "--from", "2025-01-01", "--to", "2025-02-28", *extra])


def test_text_tables(vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert stats(vault) == 0
    out = capsys.readouterr().out
    assert out.startswith("Lägesbild 2025-01-01 – 2025-02-28, per månad, Hela kommunen")
    lines = out.splitlines()
    start = lines.index("Nya orosignaler efter sektor")
    assert lines[start + 1].split() == ["Sektor", "jan", "2025", "feb", "2025", "Totalt"]
    # School 2 in February is hidden, so is February's total; January's 7 goes with it (or
    # 9 less it gives February's back), and with it the police count that equals it. Both
    # month totals hidden: every entry of both columns is, zeros too (they would tell which
    # sectors the hidden concerns came from); published row totals stay.
    assert lines[start + 2].split() == ["Skola", "..", "..", ".."]
    assert lines[start + 3].split() == ["Socialtjänst", "..", "..", "0"]
    assert lines[start + 4].split() == ["Polis", "..", "..", ".."]
    assert lines[start + 8].split() == ["Totalt", "..", "..", "9"]
    figure = next(line for line in lines if line.startswith("Nya orosignaler (individ"))
    assert figure.split()[-1] == "9"
    assert out.rstrip().endswith(LEGEND)
    for name in ("UngA", "Test"):
        assert name not in out


def test_json(vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert stats(vault, "--json", "--by", "quarter") == 0
    document = json.loads(capsys.readouterr().out)
    assert document["query"] == {
        "from": "2025-01-01",
        "to": "2025-02-28",
        "by": "quarter",
        "area": None,
    }
    assert document["legend"] == LEGEND
    table = next(t for t in document["tables"] if t["key"] == "concerns_by_sector")
    assert table["columns"] == ["kv 1 2025"]
    rows = {row["label"]: (row["cells"], row["total"]) for row in table["rows"]}
    # One column: the 2 is hidden with the 7 beside it; the quarter's 9 is published.
    assert rows["Polis"] == ([".."], "..")
    assert rows["Skola"] == ([".."], "..")
    assert rows["Fritid"] == ([0], 0)
    assert table["totals"] == [9] and table["grand_total"] == 9
    figures = {f["key"]: f["value"] for f in document["key_figures"]}
    assert figures["new_concerns"] == 9
    assert [t["key"] for t in document["tables"]][:2] == ["concerns_by_sector", "concerns_by_risk"]


def test_area(vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert stats(vault, "--json", "--area", "Syd") == 0
    document = json.loads(capsys.readouterr().out)
    assert document["area_label"] == "Syd"
    table = next(t for t in document["tables"] if t["key"] == "concerns_by_area")
    assert [row["label"] for row in table["rows"]] == ["Syd"]
    assert table["grand_total"] == ".."


def test_csv_file(vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "lagesbild.csv"
    assert stats(vault, "--csv", str(out)) == 0
    assert "lagesbild.csv" in capsys.readouterr().out
    text = out.read_text(encoding="utf-8")
    assert "concerns_by_sector;Nya orosignaler efter sektor;Polis;..;..;.." in text
    assert "concerns_by_sector;Nya orosignaler efter sektor;Totalt;..;..;9" in text
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert stats(vault, "--csv", str(out)) == 2
    assert "--force" in capsys.readouterr().err
    assert stats(vault, "--csv", str(out), "--force") == 0


def test_pdf_report(vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "lagesbild.pdf"
    assert stats(vault, "--pdf", str(out)) == 0
    assert "lagesbild.pdf" in capsys.readouterr().out
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Lägesbild" in text
    assert "Nya orosignaler efter sektor" in text
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert stats(vault, "--pdf", str(out)) == 2
    assert "--force" in capsys.readouterr().err
    assert main(["stats", "--db", str(vault), "--pdf", "a.pdf", "--csv", "b.csv"]) == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2025-13-01", "--to", "2025-12-31"], "Ogiltigt datum för --from: 2025-13-01"),
        (["--from", "2025-01-01", "--to", "igår"], "Ogiltigt datum för --to: igår"),
        (["--from", "2025-03-01", "--to", "2025-02-01"], "Perioden kan inte sluta"),
        (["--from", "2000-01-01", "--to", "2025-02-01"], "Perioden får vara högst tio år."),
    ],
)
def test_one_line_errors(
    vault: Path, args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["stats", "--db", str(vault), *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith(message)
    assert err.count("\n") == 1


def test_english_errors(vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        ["stats", "--lang", "en", "--db", str(vault), "--from", "2025-03-01", "--to", "2025-02-01"]
    )
    assert code == 2
    assert capsys.readouterr().err.startswith("The period cannot end (--to)")


def test_an_unknown_area_is_one_line(vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert stats(vault, "--area", "Nowhere") == 2
    err = capsys.readouterr().err
    assert "Okänt område: Nowhere. Områden i valvet: Norr, Syd." in err
    assert len(err.strip().splitlines()) == 1


def test_a_reader_that_goes_away_is_no_error(vault: Path, tmp_path: Path) -> None:
    command = (
        f"{sys.executable} -m sspf_desk stats --db {vault} --from 2025-01-01 "
        "--to 2025-12-31 | head -1"
    )
    env = {**os.environ, "SSPF_DESK_PASSPHRASE": PASSPHRASE, "SSPF_DESK_HOME": str(tmp_path)}
    done = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.stdout.startswith("Lägesbild")
    assert "oväntat" not in done.stderr
    assert done.returncode == 0
