"""The lägesbild service (issue 6): raw counts of a small vault built through the services,
checked against matrices written by hand, and what the published picture lets out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from sspf_desk.domain import (
    ActionStatus,
    CaseStatus,
    ClosingReason,
    Gender,
    MeetingStatus,
    Sector,
)
from sspf_desk.domain.group_level import MeasureKind, SiteKind
from sspf_desk.domain.statistics import Granularity, StatsQuery
from sspf_desk.domain.suppression import HIDDEN_LABEL
from sspf_desk.errors import ValidationError
from sspf_desk.services.cases import CaseService
from sspf_desk.services.statistics import StatisticsService
from sspf_desk.services.statistics_queries import RawCounts, count_tables
from sspf_desk.store.models_group_level import (
    GroupMeasureRecord,
    GroupObservationRecord,
    GroupSiteRecord,
)
from tests.helpers.casework import concern_input, consent_input, item_input
from tests.helpers.meetings import MeetingWorld, named, world

Q1 = StatsQuery(date(2025, 1, 1), date(2025, 3, 31))


@dataclass
class Vault:
    """The fixture: world plus the ids the tests need."""

    world: MeetingWorld
    p1: str
    p2: str
    p3: str


def build() -> Vault:
    """A small vault (today 2025-06-01), every record placed by hand.

    Young persons: P1 girl born 2010-02-15 in Centrum; P2 boy born 2007-05-01 in Norr;
    P3 born 2013-06-01 without gender or area.
    Individual concerns: c1 P1 school 2025-01-10 [high_absence]; c2 P1 police 2025-03-01
    [high_absence, weapons]; c3 P2 police 2025-02-03 [weapons]; c4 P3 leisure 2025-02-20 [];
    c5 P2 school 2024-12-31 (before the period). A selective concern in Centrum from social
    services 2025-01-15. Meetings: held 2025-01-20 (item about P1), planned 2025-02-10 (item
    about P2: not held, so it does not count), held 2025-03-05 (item about P1), held
    2025-04-02 (item about P2). Consents: P1 from 2025-01-05, P2 from
    2025-02-01 withdrawn 2025-03-10. Cases: P1 opened 2025-01-12 with plan items (school
    from 2025-01-20, social services from 2025-03-02); P2 opened 2025-02-05, closed
    2025-03-15 (moved). Sites: Torget (Centrum) with a police observation 2025-02-14 and
    police presence done 2025-03-20 plus a planned safety walk; Parken (Norr) with a school
    observation 2025-01-08.
    """
    w = world()
    svc = w.svc
    p1 = svc.young(
        "Ada", "Berg", birth_date=date(2010, 2, 15), gender=Gender.FEMALE, area="Centrum"
    )
    p2 = svc.young("Bo", "Ek", birth_date=date(2007, 5, 1), gender=Gender.MALE, area="Norr")
    p3 = svc.young("Cy", "Al", birth_date=date(2013, 6, 1))
    for person, sector, day, risks in (
        (p1, Sector.SCHOOL, date(2025, 1, 10), ("high_absence",)),
        (p1, Sector.POLICE, date(2025, 3, 1), ("high_absence", "weapons")),
        (p2, Sector.POLICE, date(2025, 2, 3), ("weapons",)),
        (p3, Sector.LEISURE, date(2025, 2, 20), ()),
        (p2, Sector.SCHOOL, date(2024, 12, 31), ()),
    ):
        svc.concerns.create_concern(
            concern_input(person, source_sector=sector, received_on=day, risk_codes=risks)
        )
    svc.concerns.create_concern(
        concern_input(None, source_sector=Sector.SOCIAL_SERVICES, received_on=date(2025, 1, 15))
    )
    svc.consents.create_consent(consent_input(p1, valid_from=date(2025, 1, 5)))
    withdrawn = svc.consents.create_consent(consent_input(p2, valid_from=date(2025, 2, 1)))
    svc.consents.withdraw(withdrawn.id, date(2025, 3, 10), "Muntligen")
    for day, person, status in (
        (date(2025, 1, 20), p1, MeetingStatus.HELD),
        (date(2025, 2, 10), p2, MeetingStatus.PLANNED),
        (date(2025, 3, 5), p1, MeetingStatus.HELD),
        (date(2025, 4, 2), p2, MeetingStatus.HELD),
    ):
        meeting = w.meeting(day=day)
        w.meetings.add_item(meeting, named(person))
        if status is MeetingStatus.HELD:
            w.meetings.transition(meeting, MeetingStatus.HELD)
    case1 = svc.cases.open_case(p1, date(2025, 1, 12)).id
    svc.cases.add_item(case1, item_input(sector=Sector.SCHOOL, start_on=date(2025, 1, 20)))
    svc.cases.add_item(case1, item_input(sector=Sector.SOCIAL_SERVICES, start_on=date(2025, 3, 2)))
    case2 = svc.cases.open_case(p2, date(2025, 2, 5)).id
    closing = CaseService(svc.store, today=lambda: date(2025, 3, 15))
    closing.transition(
        case2, CaseStatus.CLOSED, closing_reason=ClosingReason.MOVED, outcome="Flyttat."
    )
    with svc.store.unit_of_work() as session:
        torget = GroupSiteRecord(name="Torget", kind=SiteKind.PLACE, area="Centrum")
        parken = GroupSiteRecord(name="Parken", kind=SiteKind.PLACE, area="Norr")
        session.add_all([torget, parken])
        session.flush()
        session.add_all(
            [
                GroupObservationRecord(
                    site_id=torget.id, observed_on=date(2025, 2, 14), sector=Sector.POLICE,
                    text="Samling på kvällarna.",
                ),
                GroupObservationRecord(
                    site_id=parken.id, observed_on=date(2025, 1, 8), sector=Sector.SCHOOL,
                    text="Skolk under lunchen.",
                ),
                GroupMeasureRecord(
                    site_id=torget.id, kind=MeasureKind.POLICE_PRESENCE, description="Närvaro",
                    sector=Sector.POLICE, status=ActionStatus.DONE, done_on=date(2025, 3, 20),
                    hours=6.0,
                ),
                GroupMeasureRecord(
                    site_id=torget.id, kind=MeasureKind.SAFETY_WALK, description="Vandring",
                    sector=Sector.LEISURE, status=ActionStatus.PLANNED,
                    planned_on=date(2025, 3, 25),
                ),
            ]
        )  # fmt: skip
    return Vault(w, p1, p2, p3)


@pytest.fixture(scope="module")
def vault() -> Vault:
    return build()


def raw(vault: Vault, query: StatsQuery) -> RawCounts:
    with vault.world.svc.store.unit_of_work() as session:
        return count_tables(session, query)


def rows(counts: RawCounts, key: str) -> dict[str, list[int]]:
    """The non-zero rows of a raw table by label."""
    table = counts.tables[key]
    return {
        label: list(row)
        for label, row in zip(table.row_labels, table.counts, strict=True)
        if any(row)
    }


def test_raw_counts_by_month(vault: Vault) -> None:
    counts = raw(vault, Q1)
    assert rows(counts, "concerns_by_sector") == {
        "Skola": [1, 0, 0],
        "Polis": [0, 1, 1],
        "Fritid": [0, 1, 0],
    }
    assert rows(counts, "concerns_by_risk") == {
        "Hög frånvaro/skolk": [1, 0, 1],
        "Vapen": [0, 1, 1],
    }
    assert rows(counts, "concerns_by_age") == {
        "12–14 år": [1, 0, 0],
        "under 12 år": [0, 1, 0],
        "15–17 år": [0, 1, 1],
    }
    assert rows(counts, "concerns_by_gender") == {
        "Flicka": [1, 0, 1],
        "Pojke": [0, 1, 0],
        "Okänt": [0, 1, 0],
    }
    assert counts.tables["concerns_by_area"].row_labels == ("Centrum", "Norr", "område ej angivet")
    assert rows(counts, "concerns_by_area") == {
        "Centrum": [1, 0, 1],
        "Norr": [0, 1, 0],
        "område ej angivet": [0, 1, 0],
    }
    # c1: 10 days to 2025-01-20; c2: 4 days to 2025-03-05 (not the earlier one); c3: P2's
    # meeting of 2025-02-10 was only planned, the first held is 2025-04-02, 58 days on (after
    # the period, but the concern is the period's); c4: P3 was never on an agenda.
    assert rows(counts, "lead_times") == {
        "0–7 dagar": [0, 0, 1],
        "8–14 dagar": [1, 0, 0],
        "31–60 dagar": [0, 1, 0],
        "inget möte ännu": [0, 1, 0],
    }
    assert sorted(counts.lead_days) == [4, 10, 58]
    assert rows(counts, "consents") == {
        "Lämnade samtycken": [1, 1, 0],
        "Återkallade samtycken": [0, 0, 1],
    }
    assert rows(counts, "cases") == {"Öppnade ärenden": [1, 1, 0], "Avslutade ärenden": [0, 0, 1]}
    assert rows(counts, "closing_reasons") == {"Har flyttat": [0, 0, 1]}
    assert rows(counts, "actions_by_sector") == {"Skola": [1, 0, 0], "Socialtjänst": [0, 0, 1]}
    assert rows(counts, "meetings_held") == {"Operativ grupp": [1, 0, 1]}
    assert rows(counts, "area_signals") == {
        "Skola": [1, 0, 0],
        "Socialtjänst": [1, 0, 0],
        "Polis": [0, 1, 0],
    }
    assert rows(counts, "group_measures") == {"Polisnärvaro": [0, 0, 1]}
    assert counts.open_cases == 1


def test_raw_counts_by_quarter_add_up_the_months(vault: Vault) -> None:
    counts = raw(vault, StatsQuery(Q1.start, Q1.end, Granularity.QUARTER))
    assert rows(counts, "concerns_by_sector") == {"Skola": [1], "Polis": [2], "Fritid": [1]}
    assert rows(counts, "meetings_held") == {"Operativ grupp": [2]}


def test_the_area_filter(vault: Vault) -> None:
    # Person records by the young person's area, the selective concern by its own, sites by
    # theirs; meetings ignore the area.
    counts = raw(vault, StatsQuery(Q1.start, Q1.end, area="Centrum"))
    assert rows(counts, "concerns_by_sector") == {"Skola": [1, 0, 0], "Polis": [0, 0, 1]}
    assert counts.tables["concerns_by_area"].row_labels == ("Centrum",)
    assert rows(counts, "consents") == {"Lämnade samtycken": [1, 0, 0]}
    assert rows(counts, "cases") == {"Öppnade ärenden": [1, 0, 0]}
    assert rows(counts, "area_signals") == {"Socialtjänst": [1, 0, 0], "Polis": [0, 1, 0]}
    assert rows(counts, "group_measures") == {"Polisnärvaro": [0, 0, 1]}
    assert rows(counts, "meetings_held") == {"Operativ grupp": [1, 0, 1]}
    assert counts.open_cases == 1


def test_a_period_cuts_at_its_days(vault: Vault) -> None:
    # 2025-01-11 to 2025-02-28: c1 (01-10) is before it, c2 (03-01) after it.
    counts = raw(vault, StatsQuery(date(2025, 1, 11), date(2025, 2, 28)))
    assert rows(counts, "concerns_by_sector") == {"Polis": [0, 1], "Fritid": [0, 1]}
    assert counts.open_cases == 2  # both cases open on 2025-02-28


def test_the_published_picture_hides_every_small_count(vault: Vault) -> None:
    service = StatisticsService(vault.world.svc.store, today=lambda: date(2025, 6, 1))
    picture = service.situation_picture(Q1)
    assert picture.made_on == date(2025, 6, 1)
    assert picture.area_label == "Hela kommunen"
    table = picture.table("concerns_by_sector")
    assert table.column_labels == ("jan 2025", "feb 2025", "mar 2025")
    assert table.column_keys == ("2025-01", "2025-02", "2025-03")
    assert table.row_heading == "Sektor"
    for each in picture.tables:
        for row in each.published.labels():
            for label in row:
                assert label in (HIDDEN_LABEL, "0") or int(label) >= 5, (each.key, row)
    assert {f.key: f.value for f in picture.key_figures} == {
        "new_concerns": HIDDEN_LABEL,
        "median_days_to_meeting": HIDDEN_LABEL,
        "open_cases": HIDDEN_LABEL,
    }


def test_areas_for_the_filter(vault: Vault) -> None:
    service = StatisticsService(vault.world.svc.store)
    assert service.areas() == ("Centrum", "Norr")


def test_a_bad_period_is_refused(vault: Vault) -> None:
    service = StatisticsService(vault.world.svc.store)
    with pytest.raises(ValidationError) as caught:
        service.situation_picture(StatsQuery(date(2025, 3, 1), date(2025, 2, 1)))
    assert "end" in caught.value.errors


def test_linked_concern_tables_publish_the_same_totals() -> None:
    vault = build()
    for day in range(2, 8):  # six more police concerns about P2 in January
        vault.world.svc.concerns.create_concern(
            concern_input(vault.p2, source_sector=Sector.POLICE, received_on=date(2025, 1, day))
        )
    service = StatisticsService(vault.world.svc.store, today=lambda: date(2025, 6, 1))
    picture = service.situation_picture(Q1)
    sector = picture.table("concerns_by_sector")
    # January: Skola 1 and Polis 6, so both go (the 6 is the 1's only partner in its
    # column); February 2, March 1: every month's total is small or protects one. The
    # period's 10 is published, in every linked table and as the key figure.
    assert sector.published.cells[0][0].label == HIDDEN_LABEL
    assert sector.published.cells[2][0].label == HIDDEN_LABEL
    assert sector.published.grand_total.label == "10"
    margins = {
        key: [c.label for c in (*t.published.column_totals, t.published.grand_total)]
        for key in ("concerns_by_sector", "concerns_by_age", "concerns_by_gender",
                    "concerns_by_area", "lead_times")
        for t in [picture.table(key)]
    }  # fmt: skip
    assert len({tuple(m) for m in margins.values()}) == 1
    figures = {f.key: f.value for f in picture.key_figures}
    assert figures["new_concerns"] == sector.published.grand_total.label


def test_an_area_is_matched_without_case_and_an_unknown_one_refused(vault: Vault) -> None:
    service = StatisticsService(vault.world.svc.store)
    period = (date(2025, 1, 1), date(2025, 12, 31))
    exact = service.situation_picture(StatsQuery(*period, area="Norr"))
    folded = service.situation_picture(StatsQuery(*period, area="norr"))
    assert folded.area_label == "Norr"
    assert folded.tables == exact.tables
    with pytest.raises(ValidationError) as caught:
        service.situation_picture(StatsQuery(*period, area="Nowhere"))
    assert caught.value.errors == {
        "area": "Okänt område: Nowhere. Områden i valvet: Centrum, Norr."
    }
