"""The Översikt page: blocks fill from the service, counts, refresh on changes, opening rows."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from sspf_desk.domain import (
    CaseStatus,
    ConcernLevel,
    ConcernOutcome,
    ConsenterRole,
    Party,
    ReportCheckpoint,
    ReportStatus,
    Sector,
    Urgency,
    YoungPersonInput,
)
from sspf_desk.domain.overview import (
    ExpiringConsentRow,
    FollowUpRow,
    MissingConsentRow,
    OverdueActionRow,
)
from sspf_desk.services.changes import ChangeSet
from sspf_desk.ui.dialogs.concern_editor import ConcernEditor
from sspf_desk.ui.main_window import CONCERNS_SECTION, OVERVIEW_SECTION, MainWindow
from sspf_desk.ui.models.overview_model import (
    TARGET_ROLE,
    Column,
    OverviewBlockModel,
    concern_rows,
    expiring_rows,
    follow_up_rows,
    missing_consent_rows,
    overdue_rows,
)
from sspf_desk.ui.pages.overview import OverviewPage
from sspf_desk.ui.tasks import TaskRunner
from tests.ui.fakes import FakeWorkspace
from tests.ui.fakes_concerns import FakeConcerns, FakeOverview, FakePersonSearch, Item

TODAY = date.today()


@pytest.fixture
def persons() -> FakePersonSearch:
    people = FakePersonSearch()
    people.add("Ada", "Berg", birth_date=date(2011, 5, 4))
    people.add("Dold", "Person", protected_identity=True, birth_date=date(2010, 1, 1))
    return people


@pytest.fixture
def service(persons: FakePersonSearch) -> FakeOverview:
    concerns = FakeConcerns(persons)
    ada = next(p for p in persons.people.values() if p.first_name == "Ada")
    concerns.add(young_person_id=ada.id, urgency=Urgency.ACUTE, received_on=TODAY)
    concerns.add(
        level=ConcernLevel.SELECTIVE,
        area="Torget",
        report=ReportCheckpoint(status=ReportStatus.NOT_NEEDED),
    )
    concerns.add(
        young_person_id=ada.id,
        outcome=ConcernOutcome.REFERRED,
        outcome_on=TODAY,
        outcome_reason="BUP",
    )
    overview = FakeOverview(concerns)
    overview.extra = overview.extra.__class__(
        day=TODAY,
        follow_ups_due=(
            Item(
                FollowUpRow(
                    "i1", "c1", ada.id, "Läxhjälp", Sector.SCHOOL, "Mentor Sara", TODAY, False
                ),
                "Ada Berg",
            ),
        ),
        consents_expiring=(
            Item(
                ExpiringConsentRow(
                    "k1", ada.id, ConsenterRole.GUARDIAN, "g1", TODAY + timedelta(days=5), 5
                ),
                "Ada Berg",
            ),
        ),
        missing_consent=(
            Item(
                MissingConsentRow(
                    "c2",
                    "p2",
                    CaseStatus.MAPPING,
                    (Party(Sector.POLICE),),
                    (),
                    ("Ingen vårdnadshavare med vårdnad är registrerad.",),
                ),
                "Dold Person",
                True,
            ),
        ),
        overdue_actions=(
            Item(
                OverdueActionRow(
                    "i2",
                    "c1",
                    ada.id,
                    "Fritidsaktivitet",
                    Sector.LEISURE,
                    "Fältarna",
                    TODAY - timedelta(days=3),
                    3,
                ),
                "Ada Berg",
            ),
        ),
    )
    return overview


def make_page(qtbot: QtBot, service: FakeOverview) -> OverviewPage:
    page = OverviewPage(service, TaskRunner(synchronous=True))
    qtbot.addWidget(page)
    page.reload()
    return page


def texts(model: OverviewBlockModel, row: int) -> list[str]:
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_blocks_fill_from_the_service_with_counts(qtbot: QtBot, service: FakeOverview) -> None:
    page = make_page(qtbot, service)
    counts = {key: block.count() for key, block in page.blocks.items()}
    assert counts == {
        "follow_ups_due": 1,
        "overdue_actions": 1,
        "consents_expiring": 1,
        "missing_consent": 1,
        "concerns_awaiting": 2,
        "reports_unanswered": 2,
    }
    assert page.total() == 8
    assert page.blocks["concerns_awaiting"].heading.text().endswith("(2)")
    assert "8 thing(s)" in page.summary.text()
    follow = texts(page.blocks["follow_ups_due"].model, 0)
    assert follow == [TODAY.isoformat(), "Ada Berg", "Läxhjälp", "School: Mentor Sara"]
    overdue = texts(page.blocks["overdue_actions"].model, 0)
    assert overdue[Column.DETAIL] == "Leisure: Fältarna, 3 days overdue"
    expiring = texts(page.blocks["consents_expiring"].model, 0)
    assert expiring[Column.WHAT] == "Consent given by guardian"
    assert expiring[Column.DETAIL] == "5 days left"
    missing = texts(page.blocks["missing_consent"].model, 0)
    assert missing[Column.PERSON] == "Dold Person"  # protected identity: the name only
    assert missing[Column.WHAT] == "No consent covering: Police"
    awaiting = page.blocks["concerns_awaiting"].model
    people = {texts(awaiting, r)[Column.PERSON] for r in range(awaiting.rowCount())}
    assert people == {"Ada Berg", "Group and area level"}
    assert texts(awaiting, 0)[Column.PERSON] == "Ada Berg"  # acute first


def test_empty_blocks_say_so(qtbot: QtBot, persons: FakePersonSearch) -> None:
    page = make_page(qtbot, FakeOverview(FakeConcerns(persons)))
    block = page.blocks["overdue_actions"]
    assert block.count() == 0 and block.table.isHidden() and not block.empty.isHidden()
    assert block.heading.text().endswith("(0)")
    assert "nothing needs your attention" in page.summary.text()


def test_block_models_pass_the_model_tester(
    qtmodeltester: ModelTester, service: FakeOverview
) -> None:
    view = service.overview()
    for rows in (
        follow_up_rows(view.follow_ups_due),
        expiring_rows(view.consents_expiring),
        missing_consent_rows(view.missing_consent),
        overdue_rows(view.overdue_actions),
        concern_rows(view.concerns_awaiting),
    ):
        model = OverviewBlockModel("Date")
        model.set_rows(rows)
        qtmodeltester.check(model)
        model.clear()
        qtmodeltester.check(model)


def test_refreshes_on_a_relevant_change_only(
    qtbot: QtBot, service: FakeOverview, persons: FakePersonSearch
) -> None:
    page = make_page(qtbot, service)
    calls = service.calls
    page.on_changes(ChangeSet(frozenset({"audit_entry"})))  # a view was recorded
    assert service.calls == calls
    ada = next(p for p in persons.people.values() if p.first_name == "Ada")
    service.concerns.add(young_person_id=ada.id)
    with qtbot.waitSignal(page.count_changed) as blocker:
        page.on_changes(ChangeSet(frozenset({"concern", "audit_entry"})))
    assert blocker.args == [10]
    assert page.blocks["concerns_awaiting"].count() == 3


def test_activating_rows_asks_to_open_concern_case_or_person(
    qtbot: QtBot, service: FakeOverview
) -> None:
    page = make_page(qtbot, service)
    concern_block = page.blocks["concerns_awaiting"]
    with qtbot.waitSignal(page.open_concern_requested) as concern:
        concern_block.table.activated.emit(concern_block.model.index(0, 0))
    row = concern_block.model.index(0, 0).data(TARGET_ROLE)
    assert concern.args == [row.concern_id]
    follow = page.blocks["follow_ups_due"]
    with qtbot.waitSignal(page.open_case_requested) as case:
        follow.table.activated.emit(follow.model.index(0, 2))
    assert case.args == ["c1"]
    assert page.person_of_case("c1") == follow.model.row_at(0).person_id
    expiring = page.blocks["consents_expiring"]
    with qtbot.waitSignal(page.open_person_requested) as person:
        expiring.table.activated.emit(expiring.model.index(0, 0))
    assert person.args == [expiring.model.row_at(0).person_id]


def test_clear_forgets_everything_and_stops_reading(qtbot: QtBot, service: FakeOverview) -> None:
    page = make_page(qtbot, service)
    page.clear()
    assert page.total() == 0 and page.summary.text() == ""
    calls = service.calls
    page.on_changes(ChangeSet(frozenset({"concern"})))
    assert service.calls == calls


def test_main_window_starts_on_the_overview_with_its_count(qtbot: QtBot, tmp_path: Path) -> None:
    workspace = FakeWorkspace(tmp_path / "v.sspf")
    person = workspace.persons.create_young_person(
        YoungPersonInput(first_name="Ada", last_name="Berg", birth_date=date(2011, 5, 4))
    )
    workspace.concerns.add(young_person_id=person.id)
    main = MainWindow(workspace, TaskRunner(synchronous=True))  # type: ignore[arg-type]
    qtbot.addWidget(main)
    assert main.sections.currentRow() == OVERVIEW_SECTION
    assert main.sections.item(OVERVIEW_SECTION).text() == "Overview (2)"
    block = main.overview.blocks["concerns_awaiting"]
    concern_id = block.model.row_at(0).concern_id
    assert concern_id is not None
    main.overview.open_concern_requested.emit(concern_id)
    assert main.sections.currentRow() == CONCERNS_SECTION
    [editor] = main.findChildren(ConcernEditor)
    assert editor.concern_id == concern_id
    assert editor.picker.person_text() == "Ada Berg"
    main.shutdown()
    assert main.overview.total() == 0
    assert main.concerns.model.rowCount() == 0


def test_reads_on_a_worker_thread_once_more_when_asked_meanwhile(
    qtbot: QtBot, service: FakeOverview
) -> None:
    runner = TaskRunner()
    page = OverviewPage(service, runner)
    qtbot.addWidget(page)
    totals: list[int] = []
    page.count_changed.connect(totals.append)
    page.reload()
    page.reload()  # while the first read runs: one more read afterwards, not two at once
    qtbot.waitUntil(lambda: len(totals) == 2)
    assert service.calls == 2
    assert totals == [8, 8]
    runner.wait()


def test_a_mere_view_reloads_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = FakeWorkspace(tmp_path / "v.sspf")
    main = MainWindow(workspace, TaskRunner(synchronous=True))  # type: ignore[arg-type]
    qtbot.addWidget(main)
    reloads: list[str] = []
    monkeypatch.setattr(main.persons, "reload", lambda: reloads.append("persons"))
    monkeypatch.setattr(main.overview, "reload", lambda: reloads.append("overview"))
    main.change_relay.listener(ChangeSet(frozenset({"audit_entry"})))  # a record was viewed
    assert reloads == []
    main.change_relay.listener(ChangeSet(frozenset({"person_link", "audit_entry"})))
    assert reloads == ["persons", "overview"]
