"""List import of concerns (orosignaler): sector, risk categories, persons, duplicates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sspf_desk.domain import ConcernLevel, ReportStatus, Sector, Urgency, YoungPersonInput
from sspf_desk.services.import_choices import SECTORS, parse_choice
from sspf_desk.services.list_import import (
    ColumnMapping,
    ImportTarget,
    ListImportService,
    MappingError,
    RowAction,
)
from sspf_desk.services.persons import PersonService
from sspf_desk.store import Store, audit
from sspf_desk.store.models_concerns import ConcernRecord
from tests.helpers.identity import make_identity
from tests.helpers.store import PersistRecorder, new_store

TODAY = date(2025, 6, 1)
KNOWN = make_identity(date(2010, 2, 15), 238)
STRANGER = make_identity(date(2011, 1, 1), 111)
HEADER = "Datum;Från;Roll;Personnummer;Område;Riskkategorier;Iakttagelse;Brådska;Orosanmälan;Beslut"


@pytest.fixture
def store() -> tuple[Store, PersistRecorder]:
    db, recorder = new_store()
    PersonService(db, today=lambda: TODAY).create_young_person(
        YoungPersonInput("Åsa", "Öberg", id_number=KNOWN)
    )
    recorder.calls.clear()
    return db, recorder


@pytest.fixture
def service(store: tuple[Store, PersistRecorder]) -> ListImportService:
    return ListImportService(store[0], today=lambda: TODAY)


def preview(service: ListImportService, folder: Path, rows: list[str], **defaults: str):  # type: ignore[no-untyped-def]
    path = folder / "oro.csv"
    path.write_text("\n".join([HEADER, *rows]), encoding="utf-8")
    table = service.read_table(path)
    guessed = service.guess_mapping(table, ImportTarget.CONCERN)
    mapping = ColumnMapping(ImportTarget.CONCERN, guessed.columns, dict(defaults))
    return service.preview(table, mapping)


def concern_count(store: Store) -> int:
    with store.unit_of_work() as session:
        return int(session.execute(select(func.count()).select_from(ConcernRecord)).scalar_one())


def test_headers_are_guessed_for_concerns(tmp_path: Path, service: ListImportService) -> None:
    path = tmp_path / "oro.csv"
    path.write_text(HEADER + "\n", encoding="utf-8")
    table = service.read_table(path)
    mapping = service.guess_mapping(table, ImportTarget.CONCERN)
    assert list(mapping.columns) == [
        "received_on",
        "source_sector",
        "reporter_role",
        "id_number",
        "area",
        "risk_codes",
        "observation",
        "urgency",
        "report_status",
        "outcome",
    ]


def test_individual_and_area_concerns_are_read_and_written(
    tmp_path: Path, service: ListImportService, store: tuple[Store, PersistRecorder]
) -> None:
    rows = [
        f"2025-03-01;Skolan;Mentor;{KNOWN};;Hög frånvaro/skolk, vapen;Frånvaro;hög;behövs inte;",
        "2/3/2025;polis;;;Centrum;riskfyllda_miljoer;Grupp samlas vid torget;;;",
    ]
    result = preview(service, tmp_path, rows)
    first, second = result.rows
    assert first.action is RowAction.CREATE, first.errors
    data = first.record.data  # type: ignore[union-attr]
    assert (data.source_sector, data.level, data.urgency) == (
        Sector.SCHOOL,
        ConcernLevel.INDIVIDUAL,
        Urgency.HIGH,
    )
    assert data.risk_codes == ("high_absence", "weapons")
    assert data.report.status is ReportStatus.NOT_NEEDED
    assert second.record.data.level is ConcernLevel.SELECTIVE  # type: ignore[union-attr]
    assert second.record.data.young_person_id is None  # type: ignore[union-attr]
    summary = service.commit(result)
    assert summary.created == {"concern": 2}
    assert concern_count(store[0]) == 2
    assert len(store[1].calls) == 1
    with store[0].unit_of_work() as session:
        assert audit.verify_chain(session).ok
        (entry,) = audit.list_entries(session, entity_type="concern", entity_id="*")
        assert entry.fields == ("count=2", "source=list")
    again = preview(service, tmp_path, rows)
    assert [row.action for row in again.rows] == [RowAction.DUPLICATE, RowAction.DUPLICATE]
    assert "finns redan i valvet" in again.rows[0].errors["observation"]


@pytest.mark.parametrize(
    ("row", "field", "words"),
    [
        ("2025-03-01;bibliotek;;;Norr;;Text;;;", "source_sector", "Okänd sektor"),
        (";skola;;;Norr;;Text;;;", "received_on", "Ange datum"),
        ("2030-01-01;skola;;;Norr;;Text;;;", "received_on", "framtiden"),
        ("2025-02-30;skola;;;Norr;;Text;;;", "received_on", "finns inte i kalendern"),
        (f"2025-03-01;skola;;{STRANGER};;;Text;;;", "id_number", "Importera ungdomarna först"),
        (f"2025-03-01;skola;;{KNOWN[:-1]}0;;;Text;;;", "id_number", "kontrollsiffran"),
        ("2025-03-01;skola;;;Norr;Okänd risk;Text;;;", "risk_codes", "nummer 1"),
        ("2025-03-01;skola;;;Norr;;;;;", "observation", "iakttagits"),
        ("2025-03-01;skola;;;Norr;;Text;panik;;", "urgency", "Okänd brådska"),
        ("2025-03-01;skola;;;Norr;;Text;;gjord;", "report_agency", "myndighet"),
        (f"2025-03-01;skola;;{KNOWN};;;Text;;;ärende", "outcome", "obeslutad"),
        ("2025-03-01;skola;;;;;Text;;;", "area", "område"),
        ("2025-03-01;skola;;;Torget 20100215-2385;;Text;;;", "area", "personuppgifter"),
    ],
)
def test_malformed_concern_rows(
    tmp_path: Path, service: ListImportService, row: str, field: str, words: str
) -> None:
    (result,) = preview(service, tmp_path, [row]).rows
    assert result.action is RowAction.SKIP
    assert words in result.errors[field], result.errors


def test_defaults_and_repeated_rows(tmp_path: Path, service: ListImportService) -> None:
    rows = ["2025-03-01;;;;Norr;;Text;;;", "2025-03-01;;;;Norr;;Text;;;"]
    result = preview(service, tmp_path, rows, source_sector="fritid", urgency="akut")
    first, second = result.rows
    assert first.record.data.source_sector is Sector.LEISURE  # type: ignore[union-attr]
    assert first.record.data.urgency is Urgency.ACUTE  # type: ignore[union-attr]
    assert second.action is RowAction.DUPLICATE
    assert second.errors["observation"] == "Samma orosignal som rad 2 i listan."


def test_a_person_deleted_after_the_preview_skips_the_row(
    tmp_path: Path, service: ListImportService, store: tuple[Store, PersistRecorder]
) -> None:
    result = preview(service, tmp_path, [f"2025-03-01;skola;;{KNOWN};;;Text;;;"])
    persons = PersonService(store[0], today=lambda: TODAY)
    persons.delete_young_person(persons.list_young_persons()[0].id)
    summary = service.commit(result)
    assert summary.created == {"concern": 0}
    assert summary.skipped[0][0] == 2
    assert concern_count(store[0]) == 0


def test_concern_mapping_requirements(tmp_path: Path, service: ListImportService) -> None:
    path = tmp_path / "oro.csv"
    path.write_text(HEADER + "\n", encoding="utf-8")
    table = service.read_table(path)
    bare = ColumnMapping(ImportTarget.CONCERN, {"received_on": 1})
    problems = bare.missing_requirements()
    assert any("Sektor" in p for p in problems) and any("Iakttagelse" in p for p in problems)
    with pytest.raises(MappingError):
        service.preview(table, bare)
    with pytest.raises(MappingError):
        ColumnMapping.from_json(
            {"target": "concern", "columns": {}, "defaults": {"source_sector": "bibliotek"}}
        )
    assert parse_choice("Socialtjänsten", SECTORS, Sector) is Sector.SOCIAL_SERVICES
