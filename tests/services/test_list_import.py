"""List import: reading CSV/XLSX, per-row messages, duplicates, commit in one unit of work."""

from __future__ import annotations

import time
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from sspf_desk.domain import CustodyType, Relationship, YoungPersonInput
from sspf_desk.services import list_import
from sspf_desk.services.import_table import ListFileError
from sspf_desk.services.list_import import (
    ColumnMapping,
    ImportTarget,
    ListImportService,
    MappingError,
    RowAction,
    dry_run_summary,
)
from sspf_desk.services.persons import PersonService
from sspf_desk.store import Store, audit
from sspf_desk.store.models import PersonLinkRecord, RelatedPersonRecord, YoungPersonRecord
from tests.helpers.identity import make_identity
from tests.helpers.store import PersistRecorder, new_store

TODAY = date(2025, 6, 1)
PNR_A = make_identity(date(2010, 2, 15), 238)
PNR_B = make_identity(date(2011, 3, 1), 114)
PNR_C = make_identity(date(2009, 12, 24), 552)
MOTHER = make_identity(date(1980, 5, 5), 246)
FATHER = make_identity(date(1978, 1, 9), 351)
HEADER = "Förnamn;Efternamn;Personnummer;Skola;Vårdnadshavare 1;VH1 telefon;VH1 vårdnad"


@pytest.fixture
def store() -> tuple[Store, PersistRecorder]:
    return new_store()


@pytest.fixture
def service(store: tuple[Store, PersistRecorder]) -> ListImportService:
    return ListImportService(store[0], today=lambda: TODAY)


def write_csv(folder: Path, lines: list[str], encoding: str = "utf-8-sig") -> Path:
    path = folder / "lista.csv"
    path.write_bytes("\r\n".join(lines).encode(encoding))
    return path


def counts(store: Store) -> tuple[int, int, int]:
    with store.unit_of_work() as session:
        return tuple(  # type: ignore[return-value]
            session.execute(select(func.count()).select_from(model)).scalar_one()
            for model in (YoungPersonRecord, RelatedPersonRecord, PersonLinkRecord)
        )


def preview_of(service: ListImportService, path: Path, **defaults: str):  # type: ignore[no-untyped-def]
    table = service.read_table(path)
    mapping = service.guess_mapping(table, ImportTarget.YOUNG_PERSON)
    mapping = ColumnMapping(mapping.target, mapping.columns, dict(defaults), mapping.sheet)
    return service.preview(table, mapping)


def test_csv_in_windows_1252_with_semicolons(tmp_path: Path, service: ListImportService) -> None:
    path = write_csv(
        tmp_path,
        [HEADER, f"Åsa;Öberg;{PNR_A};Västerskolan;Eva Öberg;0701234567;gemensam"],
        encoding="cp1252",
    )
    table = service.read_table(path)
    assert table.headers[0] == "Förnamn"
    mapping = service.guess_mapping(table, ImportTarget.YOUNG_PERSON)
    assert mapping.columns == {
        "first_name": 1,
        "last_name": 2,
        "id_number": 3,
        "school": 4,
        "guardian1_name": 5,
        "guardian1_phone": 6,
        "guardian1_custody": 7,
    }
    preview = service.preview(table, mapping)
    (row,) = preview.rows
    assert row.action is RowAction.CREATE, row.errors
    assert row.values["first_name"] == "Åsa"
    assert row.line_no == 2


def test_xlsx_with_title_row_real_dates_numbers_and_sheets(
    tmp_path: Path, service: ListImportService
) -> None:
    book = Workbook()
    first = book.active
    assert first is not None
    first.title = "Annat"
    first.append(["inget", "här"])
    sheet = book.create_sheet("Elever")
    sheet.append(["Elevlista vt 2025"])  # a title above the table
    sheet.append([])
    sheet.append(["Namn", "Född", "Kön", "Skyddad", "Personnummer"])
    sheet.append(["Berg, Anna", datetime(2010, 2, 15), "flicka", "nej", None])
    sheet.append(["Kim Lind", 20110301, "P", None, int(PNR_B.replace("-", ""))])
    sheet.append([None, None, None, None, None])
    sheet.append(["Ola Ek", "2030-01-01", "?", "kanske", None])
    path = tmp_path / "lista.xlsx"
    book.save(path)
    table = service.read_table(path, sheet="Elever")
    assert table.sheets == ("Annat", "Elever")
    assert table.header_line == 3
    assert [row.line_no for row in table.rows] == [4, 5, 7]
    mapping = service.guess_mapping(table, ImportTarget.YOUNG_PERSON)
    assert set(mapping.columns) == {
        "name",
        "birth_date",
        "gender",
        "protected_identity",
        "id_number",
    }
    preview = service.preview(table, mapping)
    anna, kim, ola = preview.rows
    assert anna.action is RowAction.CREATE
    assert anna.record is not None and anna.record.person.first_name == "Anna"  # type: ignore[attr-defined]
    assert anna.record.person.birth_date == date(2010, 2, 15)  # type: ignore[attr-defined]
    assert kim.action is RowAction.CREATE, kim.errors
    assert ola.action is RowAction.SKIP
    assert set(ola.errors) == {"birth_date", "protected_identity"}
    assert "framtiden" in ola.errors["birth_date"]
    with pytest.raises(ListFileError):
        service.read_table(path, sheet="Saknas")


@pytest.mark.parametrize(
    ("cells", "field", "words"),
    [
        (f"Anna;Berg;{PNR_A[:-1]}0;;;;", "id_number", "kontrollsiffran"),
        ("Anna;Berg;2010-02-15;;;;", "id_number", "fel format"),
        ("Anna;Berg;;;;;", "id_number", "personnummer eller födelsedatum"),
        (f";Berg;{PNR_A};;;;", "first_name", "Förnamn måste anges"),
        (f"Anna;Berg;{PNR_A};;;;gemensam", "guardian1_name", "Vårdnad är angiven"),
        (f"Anna;Berg;{PNR_A};;;0701234567;", "guardian1_name", "namn saknas"),
        (f"Anna;Berg;{PNR_A};;Eva;;gemensam", "guardian1_name", "för- och efternamn"),
        (f"Anna;Berg;{PNR_A};;Eva Berg;;", "guardian1_custody", "Ange vårdnad"),
        (f"Anna;Berg;{PNR_A};;Eva Berg;;halv", "guardian1_custody", "Okänd vårdnad"),
        (f"Anna;Berg;{PNR_A};;Eva Berg;tel saknas;ensam", "guardian1_phone", "Telefonnumret"),
    ],
)
def test_malformed_rows_get_clear_messages(
    tmp_path: Path, service: ListImportService, cells: str, field: str, words: str
) -> None:
    preview = preview_of(service, write_csv(tmp_path, [HEADER, cells]))
    (row,) = preview.rows
    assert row.action is RowAction.SKIP
    assert words in row.errors[field], row.errors
    assert row.record is None
    for value in cells.split(";"):
        if len(value) > 3:
            assert value not in preview.reason(row)  # never the cell content


def test_two_guardians_and_custody_rules(tmp_path: Path, service: ListImportService) -> None:
    header = "Namn;Pnr;VH1 namn;VH1 pnr;VH1 vårdnad;VH2 namn;VH2 pnr;VH2 vårdnad"
    pnr_d = make_identity(date(2012, 7, 7), 123)
    lines = [
        header,
        f"Anna Berg;{PNR_A};Eva Berg;{MOTHER};ensam;Per Berg;{FATHER};gemensam",
        f"Kim Lind;{PNR_B};Eva Lind;{MOTHER};;Per Lind;{MOTHER};gemensam",
        f"Ola Ek;{PNR_C};Eva Ek;{PNR_C};gemensam;Per Ek;;ingen",
        f"Lisa Ek;{pnr_d};Eva Ek;;;Per Ek;;",
    ]
    preview = preview_of(service, write_csv(tmp_path, lines), guardian1_custody="joint")
    anna, kim, ola, lisa = preview.rows
    assert "Ensam vårdnad" in anna.errors["guardian2_custody"]
    assert "vårdnadshavare 1" in kim.errors["guardian2_id_number"]
    assert kim.values["guardian1_custody"] == "joint"
    assert ola.errors == {"guardian1_id_number": "Samma personnummer som ungdomen."}
    assert lisa.errors == {"guardian2_custody": "Ange vårdnad: ensam, gemensam eller ingen."}
    assert (
        "guardian2_custody"
        not in preview_of(
            service,
            write_csv(tmp_path, [header, f"Ola Ek;{PNR_C};Eva Ek;;;;;"]),
            guardian2_custody="joint",
        )
        .rows[0]
        .values
    )  # a default only fills in for a guardian who is there


def test_parent_without_custody_is_linked_as_parent(
    tmp_path: Path, service: ListImportService
) -> None:
    header = "Namn;Pnr;VH1 namn;VH1 vårdnad;VH2 namn;VH2 vårdnad"
    preview = preview_of(
        service, write_csv(tmp_path, [header, f"Ola Ek;{PNR_C};Eva Ek;ensam;Per Ek;ingen"])
    )
    (row,) = preview.rows
    assert row.action is RowAction.CREATE, row.errors
    relations = [(g.relationship, g.custody) for g in row.record.guardians]  # type: ignore[union-attr]
    assert relations == [
        (Relationship.GUARDIAN, CustodyType.SOLE),
        (Relationship.PARENT, CustodyType.NONE),
    ]


def test_duplicates_in_vault_and_in_list(
    tmp_path: Path, service: ListImportService, store: tuple[Store, PersistRecorder]
) -> None:
    PersonService(store[0], today=lambda: TODAY).create_young_person(
        YoungPersonInput("Redan", "Här", id_number=PNR_A)
    )
    lines = [
        HEADER,
        f"Anna;Berg;{PNR_A[2:]};;;;",  # the same number in its 10-digit form
        f"Kim;Lind;{PNR_B};;;;",
        f"Kim;Lind;{PNR_B.replace('-', '')};;;;",
        f";Utan namn;{PNR_C};;;;",  # an error: does not claim the number …
        f"Ola;Ek;{PNR_C};;;;",  # … so this one is created
    ]
    preview = preview_of(service, write_csv(tmp_path, lines))
    actions = [row.action for row in preview.rows]
    assert actions == [
        RowAction.DUPLICATE,
        RowAction.CREATE,
        RowAction.DUPLICATE,
        RowAction.SKIP,
        RowAction.CREATE,
    ]
    assert "i valvet" in preview.rows[0].errors["id_number"]
    assert preview.rows[2].errors["id_number"] == "Samma personnummer som rad 3 i listan."
    assert [line for line, _reason in preview.skipped()] == [2, 4, 5]


def test_nothing_written_before_commit_then_one_unit_of_work(
    tmp_path: Path, service: ListImportService, store: tuple[Store, PersistRecorder]
) -> None:
    db, recorder = store
    lines = [
        HEADER,
        f"Anna;Berg;{PNR_A};Skolan;Eva Berg;0701234567;gemensam",
        f"Kim;Berg;{PNR_B};Skolan;Eva Berg;0701234567;gemensam",
        "Fel;Rad;123;;;;",
    ]
    preview = preview_of(service, write_csv(tmp_path, lines))
    assert counts(db) == (0, 0, 0)
    assert recorder.calls == []
    summary = service.commit(preview)
    assert len(recorder.calls) == 1  # one unit of work, one image handed to the saver
    assert summary.created == {"young_person": 2, "related_person": 2, "person_link": 2}
    assert summary.rows == 3
    assert [line for line, _ in summary.skipped] == [4]
    assert counts(db) == (2, 2, 2)
    with db.unit_of_work() as session:
        assert audit.verify_chain(session).ok
        imports = audit.list_entries(session, entity_type="young_person", entity_id="*")
        assert imports[0].fields == ("count=2", "source=list")
        link = session.scalars(select(PersonLinkRecord)).first()
        assert link is not None
        assert (link.relationship, link.custody_type) == (Relationship.GUARDIAN, CustodyType.JOINT)


def test_guardians_are_shared_between_siblings_and_with_the_vault(
    tmp_path: Path, service: ListImportService, store: tuple[Store, PersistRecorder]
) -> None:
    header = "Förnamn;Efternamn;Personnummer;VH1;VH1 pnr;VH1 vårdnad"
    first = [header, f"Anna;Berg;{PNR_A};Eva Berg;{MOTHER};gemensam"]
    service.commit(preview_of(service, write_csv(tmp_path, first)))
    second = [
        header,
        f"Kim;Berg;{PNR_B};Eva Berg;{MOTHER};gemensam",
        f"Ola;Berg;{PNR_C};Per Berg;{FATHER};ensam",
    ]
    summary = service.commit(preview_of(service, write_csv(tmp_path, second)))
    assert summary.created == {"young_person": 2, "related_person": 1, "person_link": 2}
    assert counts(store[0]) == (3, 2, 3)


def test_commit_is_all_or_nothing(
    tmp_path: Path,
    service: ListImportService,
    store: tuple[Store, PersistRecorder],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lines = [HEADER] + [f"Anna;Berg;{p};;;;" for p in (PNR_A, PNR_B, PNR_C)]
    preview = preview_of(service, write_csv(tmp_path, lines))
    original = list_import._add_person
    calls: list[int] = []

    def failing(*args: object) -> None:
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("disk on fire")
        original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(list_import, "_add_person", failing)
    with pytest.raises(RuntimeError):
        service.commit(preview)
    assert counts(store[0]) == (0, 0, 0)
    assert store[1].calls == []


def test_a_person_added_after_the_preview_is_skipped_on_commit(
    tmp_path: Path, service: ListImportService, store: tuple[Store, PersistRecorder]
) -> None:
    preview = preview_of(service, write_csv(tmp_path, [HEADER, f"Anna;Berg;{PNR_A};;;;"]))
    PersonService(store[0], today=lambda: TODAY).create_young_person(
        YoungPersonInput("Anna", "Berg", id_number=PNR_A)
    )
    summary = service.commit(preview)
    assert summary.created["young_person"] == 0
    assert summary.skipped == [(2, "Personnummer: " + list_import.DUPLICATE_IN_VAULT)]


def test_dry_run_summary_counts_what_would_be_created(
    tmp_path: Path, service: ListImportService
) -> None:
    lines = [HEADER, f"Anna;Berg;{PNR_A};;Eva Berg;;gemensam", "Ola;;;;;;"]
    summary = dry_run_summary(preview_of(service, write_csv(tmp_path, lines)))
    assert summary.dry_run
    assert summary.created == {"young_person": 1, "related_person": 1, "person_link": 1}
    assert [line for line, _ in summary.skipped] == [3]


def test_mapping_file_round_trip_and_errors(tmp_path: Path, service: ListImportService) -> None:
    table = service.read_table(write_csv(tmp_path, [HEADER, f"Anna;Berg;{PNR_A};;;;"]))
    mapping = ColumnMapping(
        ImportTarget.YOUNG_PERSON,
        {"first_name": "förnamn", "last_name": 2, "id_number": "Personnummer"},
        {"guardian1_custody": "gemensam"},
    )
    path = tmp_path / "mappning.json"
    path.write_text(mapping.dumps(), encoding="utf-8")
    loaded = ColumnMapping.load(path)
    assert loaded == mapping
    assert loaded.resolve(table) == {"first_name": 0, "last_name": 1, "id_number": 2}
    bad_documents = [
        {"target": "young_person", "columns": {"skonummer": 1}},
        {"target": "robots", "columns": {}},
        {"target": "young_person", "columns": {"first_name": True}},
        {"target": "young_person", "columns": {}, "defaults": {"gender": "kanske"}},
        {"format": "other", "target": "young_person", "columns": {}},
        {"version": 99, "target": "young_person", "columns": {}},
        [],
    ]
    for document in bad_documents:
        with pytest.raises(MappingError):
            ColumnMapping.from_json(document)
    unfit = [
        {"first_name": "Förnamn", "last_name": "Saknas", "id_number": 3},
        {"first_name": 1, "last_name": 99, "id_number": 3},
        {"first_name": 1, "last_name": 2},
        {"id_number": 3},
    ]
    for columns in unfit:
        with pytest.raises(MappingError):
            ColumnMapping(ImportTarget.YOUNG_PERSON, dict(columns)).resolve(table)
    (tmp_path / "trasig.json").write_text("{", encoding="utf-8")
    with pytest.raises(MappingError):
        ColumnMapping.load(tmp_path / "trasig.json")


def test_ambiguous_header_asks_for_the_column_number(
    tmp_path: Path, service: ListImportService
) -> None:
    table = service.read_table(write_csv(tmp_path, ["Namn;Pnr;Namn", "a;b;c"]))
    mapping = ColumnMapping(ImportTarget.YOUNG_PERSON, {"name": "Namn", "id_number": "Pnr"})
    with pytest.raises(MappingError, match="nummer"):
        mapping.resolve(table)


@pytest.mark.parametrize(
    ("name", "content"),
    [("lista.xls", b"old"), ("lista.pdf", b"%PDF"), ("lista.xlsx", b"not a zip"), ("t.csv", b"")],
)
def test_unreadable_files(
    tmp_path: Path, service: ListImportService, name: str, content: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ListFileError) as caught:
        service.read_table(path)
    assert caught.value.exit_code == 2
    with pytest.raises(ListFileError):
        service.read_table(tmp_path / "finns-inte.csv")


def test_five_thousand_rows_preview_quickly(tmp_path: Path, service: ListImportService) -> None:
    lines = [HEADER]
    for index in range(5000):
        birth = date(2008, 1, 1).toordinal() + index % 1500
        pnr = make_identity(date.fromordinal(birth), index % 997 + 1)
        lines.append(f"Anna{index};Berg;{pnr};Skolan;Eva Berg;070123456{index % 10};gemensam")
    path = write_csv(tmp_path, lines)
    started = time.perf_counter()
    preview = preview_of(service, path)
    assert time.perf_counter() - started < 5
    assert len(preview.rows) == 5000
    assert preview.count(RowAction.CREATE) + preview.count(RowAction.DUPLICATE) == 5000
