"""``sspf-desk import-list`` in-process: summary, dry run, duplicates, one-line errors.

The command line refuses weak KDF parameters, so the vault (a calibrated KDF run) is
created once for this module; every test uses its own identity numbers.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from sspf_desk.cli import main
from tests.helpers.identity import make_identity

PASSPHRASE = "korrekt häst batteri häftklammer"
HEADER = "Förnamn;Efternamn;Personnummer;Vårdnadshavare;VH telefon;VH vårdnad"
MAPPING = {
    "format": "sspf-desk-list-mapping",
    "version": 1,
    "target": "young_person",
    "columns": {
        "first_name": "Förnamn",
        "last_name": "Efternamn",
        "id_number": "Personnummer",
        "guardian1_name": "Vårdnadshavare",
        "guardian1_phone": "VH telefon",
        "guardian1_custody": "VH vårdnad",
    },
}


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One vault for the whole module, created through the command line."""
    folder = tmp_path_factory.mktemp("import-cli")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SSPF_DESK_HOME", str(folder / "home"))
        patch.setenv("SSPF_DESK_PASSPHRASE", PASSPHRASE)
        db = folder / "valv.sspf"
        assert main(["init", "--db", str(db), "--user", "Kim Samordnare"]) == 0
    yield db


@pytest.fixture(autouse=True)
def passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SSPF_DESK_PASSPHRASE", PASSPHRASE)


def pnr(year: int, serial: int) -> str:
    return make_identity(date(year, 4, 5), serial)


def files(folder: Path, rows: list[str], mapping: object = MAPPING) -> tuple[Path, Path]:
    listing, mapping_file = folder / "lista.csv", folder / "mappning.json"
    listing.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    mapping_file.write_text(json.dumps(mapping, ensure_ascii=False), encoding="utf-8")
    return listing, mapping_file


def run(vault: Path, listing: Path, mapping: Path, *extra: str) -> int:
    args = ["import-list", "--db", str(vault), "--in", str(listing), "--mapping", str(mapping)]
    return main([*args, *extra])


def young_count(vault: Path, capsys: pytest.CaptureFixture[str]) -> int:
    capsys.readouterr()
    assert main(["check", "--db", str(vault)]) == 0
    line = next(x for x in capsys.readouterr().out.lower().splitlines() if "ungdomar:" in x)
    return int(line.rsplit(":", 1)[1])


def test_dry_run_then_import_then_duplicates(
    vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = young_count(vault, capsys)
    rows = [
        f"Anna;Berg;{pnr(2010, 11)};Eva Berg;0701234567;gemensam",
        f"Kim;Lind;{pnr(2011, 12)};;;",
        f"Fel;Nummer;{pnr(2011, 13)[:-1]}0;;;",
    ]
    listing, mapping = files(tmp_path, rows)
    assert run(vault, listing, mapping, "--dry-run") == 0
    out = capsys.readouterr().out
    assert "Provkörning, ingenting är sparat (3 rader i listan)" in out
    assert "Ungdomar: 2" in out
    assert "rad 4: Personnummer: Personnumret är inte giltigt (kontrollsiffran" in out
    assert young_count(vault, capsys) == before

    assert run(vault, listing, mapping) == 0
    out = capsys.readouterr().out
    assert "Importen är klar (3 rader i listan):" in out
    assert "Ungdomar: 2" in out
    assert "Vårdnadshavare och närstående: 1" in out
    assert "Hoppade över 1 rader:" in out
    for secret in ("Anna", "Berg", "Nummer", pnr(2011, 13)[:8]):
        assert secret not in out
    assert young_count(vault, capsys) == before + 2

    assert run(vault, listing, mapping) == 0
    out = capsys.readouterr().out
    assert "Ungdomar: 0" in out
    assert "rad 2: Personnummer: Det finns redan en ungdom med det personnumret i valvet." in out


def test_xlsx_list_with_english_output(
    vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = Workbook()
    sheet = book.create_sheet("Elever")
    sheet.append(HEADER.split(";"))
    sheet.append(["Ola", "Ek", int(pnr(2009, 21).replace("-", "")), "Per Ek", 701234567, "ensam"])
    listing = tmp_path / "lista.xlsx"
    book.save(listing)
    _csv, mapping = files(tmp_path, [], {**MAPPING, "sheet": "Elever"})
    assert run(vault, listing, mapping, "--lang", "en") == 0
    out = capsys.readouterr().out
    assert "Import finished (1 rows in the list):" in out
    assert "Young persons: 1" in out


@pytest.mark.parametrize(
    ("mapping", "words"),
    [
        ({**MAPPING, "columns": {**MAPPING["columns"], "shoe_size": "Sko"}}, "okänt fält"),  # type: ignore[dict-item]
        ({**MAPPING, "columns": {"first_name": "Förnamn", "last_name": "Saknas"}}, "Personnummer"),
        ({**MAPPING, "columns": {**MAPPING["columns"], "last_name": "Saknas"}}, "Efternamn"),
        ({**MAPPING, "target": "robots"}, "mål"),
    ],
)
def test_mapping_problems_fail_before_the_vault_opens(
    vault: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    mapping: object,
    words: str,
) -> None:
    monkeypatch.setenv("SSPF_DESK_PASSPHRASE", "fel lösenfras som aldrig prövas")
    listing, mapping_file = files(tmp_path, [f"Anna;Berg;{pnr(2010, 31)};;;"], mapping)
    assert run(vault, listing, mapping_file) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert words in err
    assert "Traceback" not in err


def test_file_errors_are_one_line(
    vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listing, mapping = files(tmp_path, [])
    (tmp_path / "trasig.json").write_text("{inte json", encoding="utf-8")
    assert run(vault, listing, tmp_path / "trasig.json") == 2
    assert "inte giltig JSON" in capsys.readouterr().err
    assert run(vault, tmp_path / "saknas.csv", mapping) == 2
    assert "går inte att öppna" in capsys.readouterr().err
    (tmp_path / "gammal.xls").write_bytes(b"\xd0\xcf")
    assert run(vault, tmp_path / "gammal.xls", mapping) == 2
    assert ".xlsx" in capsys.readouterr().err
    assert main(["import-list", "--db", str(vault), "--in", str(listing)]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_wrong_passphrase_exit_3(
    vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    listing, mapping = files(tmp_path, [f"Anna;Berg;{pnr(2010, 41)};;;"])
    monkeypatch.setenv("SSPF_DESK_PASSPHRASE", "fel lösenfras helt och hållet")
    assert run(vault, listing, mapping) == 3
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_concern_list(vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    person = pnr(2010, 51)
    listing, mapping = files(tmp_path, [f"Lo;Ek;{person};;;"])
    assert run(vault, listing, mapping) == 0
    concerns = tmp_path / "oro.csv"
    concerns.write_text(
        "Datum;Sektor;Personnummer;Område;Iakttagelse\n"
        f"2025-03-01;skola;{person};;Hög frånvaro\n"
        "2025-03-02;polis;;Centrum;Grupp vid torget\n"
        "2025-03-03;bibliotek;;Norr;Text\n",
        encoding="utf-8",
    )
    concern_mapping = tmp_path / "oro.json"
    concern_mapping.write_text(
        json.dumps(
            {
                "target": "concern",
                "columns": {
                    "received_on": "Datum",
                    "source_sector": "Sektor",
                    "id_number": "Personnummer",
                    "area": "Område",
                    "observation": "Iakttagelse",
                },
            }
        ),
        encoding="utf-8",
    )
    capsys.readouterr()
    assert run(vault, concerns, concern_mapping) == 0
    out = capsys.readouterr().out
    assert "Orosignaler: 2" in out
    assert "rad 4: Sektor (källa): Okänd sektor." in out
