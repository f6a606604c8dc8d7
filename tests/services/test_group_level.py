"""GroupLevelService: places and groups, observations, measures, the list, areas, audit."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from sspf_desk.domain import ActionStatus, AuditAction, Sector
from sspf_desk.domain.group_level import (
    MeasureInput,
    MeasureKind,
    ObservationInput,
    SiteInput,
    SiteKind,
)
from sspf_desk.errors import NotFoundError, ValidationError
from sspf_desk.services.group_level import GroupLevelService
from sspf_desk.services.group_level_rows import SiteRow
from sspf_desk.store import Store
from sspf_desk.store.audit import list_entries
from sspf_desk.store.models_group_level import GroupMeasureRecord, GroupObservationRecord
from sspf_desk.store.models_meetings import MeetingRecord
from tests.helpers.store import new_store
from tests.helpers.workspace import create_workspace, open_workspace
from tests.store.test_models_meetings import meeting_input

TODAY = date(2025, 6, 15)
ID_NUMBER = "Gruppen kring 20100215-1234"


def service() -> tuple[Store, GroupLevelService]:
    store = new_store()[0]
    return store, GroupLevelService(store, today=lambda: TODAY)


def measure(
    site_id: str, kind: MeasureKind = MeasureKind.SAFETY_WALK, **extra: object
) -> MeasureInput:
    return MeasureInput(site_id, kind, "Trygghetsvandring kvällstid", Sector.LEISURE, **extra)  # type: ignore[arg-type]


def test_site_round_trip_and_audit() -> None:
    store, group = service()
    data = SiteInput(
        "Torget", SiteKind.PLACE, "Centrum", "fredagskvällar", "Torget vid busstationen"
    )
    site = group.create_site(data)
    assert group.get_site(site.id) == site
    changed = replace(data, active=False, kind=SiteKind.GROUP)
    assert group.update_site(site.id, changed).data == changed
    with store.unit_of_work() as session:
        actions = [e.action for e in list_entries(session, entity_type="group_site")]
    assert actions == [AuditAction.UPDATE, AuditAction.INSERT]
    with pytest.raises(NotFoundError):
        group.get_site("missing")
    with pytest.raises(NotFoundError):
        group.update_site("missing", data)


def test_texts_with_identity_numbers_or_missing_names_are_refused() -> None:
    _, group = service()
    with pytest.raises(ValidationError) as caught:
        group.create_site(SiteInput(" ", SiteKind.GROUP, description=ID_NUMBER))
    assert set(caught.value.errors) == {"name", "description"}
    site = group.create_site(SiteInput("Skateparken", SiteKind.PLACE)).id
    with pytest.raises(ValidationError) as caught:
        group.add_observation(ObservationInput(site, TODAY, Sector.POLICE, ID_NUMBER))
    assert set(caught.value.errors) == {"text"}
    with pytest.raises(ValidationError) as caught:
        group.add_observation(ObservationInput(site, date(2025, 6, 16), Sector.POLICE, "Oro"))
    assert set(caught.value.errors) == {"observed_on"}
    with pytest.raises(ValidationError) as caught:
        group.add_measure(measure(site, status=ActionStatus.DONE, hours=-1, responsible=ID_NUMBER))
    assert set(caught.value.errors) == {"done_on", "hours", "responsible"}


def test_observations_newest_first_and_kept_at_their_site() -> None:
    _, group = service()
    site = group.create_site(SiteInput("Torget", SiteKind.PLACE)).id
    other = group.create_site(SiteInput("Parken", SiteKind.PLACE)).id
    first = group.add_observation(ObservationInput(site, date(2025, 5, 1), Sector.SCHOOL, "Skolk"))
    second = group.add_observation(ObservationInput(site, date(2025, 6, 1), Sector.POLICE, "Bråk"))
    group.add_observation(ObservationInput(other, date(2025, 6, 2), Sector.POLICE, "Klotter"))
    assert [o.id for o in group.observations(site)] == [second.id, first.id]
    moved = ObservationInput(site, date(2025, 6, 10), Sector.SCHOOL, "Skolk, fler")
    assert group.update_observation(first.id, moved).data == moved
    assert [o.id for o in group.observations(site)] == [first.id, second.id]
    with pytest.raises(ValidationError) as caught:
        group.update_observation(first.id, replace(moved, site_id=other))
    assert set(caught.value.errors) == {"site_id"}
    with pytest.raises(NotFoundError):
        group.add_observation(ObservationInput("missing", TODAY, Sector.POLICE, "Bråk"))
    group.delete_observation(second.id)
    assert [o.id for o in group.observations(site)] == [first.id]
    with pytest.raises(NotFoundError):
        group.delete_observation(second.id)
    with pytest.raises(NotFoundError):
        group.observations("missing")


def test_measures_open_first_then_newest() -> None:
    store, group = service()
    site = group.create_site(SiteInput("Torget", SiteKind.PLACE)).id
    done_old = group.add_measure(
        measure(site, status=ActionStatus.DONE, done_on=date(2025, 3, 1), hours=2.5)
    )
    done_new = group.add_measure(
        measure(
            site, MeasureKind.POLICE_PRESENCE, status=ActionStatus.DONE, done_on=date(2025, 5, 1)
        )
    )
    planned = group.add_measure(measure(site, planned_on=date(2025, 4, 1)))
    ongoing = group.add_measure(
        measure(site, status=ActionStatus.ONGOING, planned_on=date(2025, 6, 1))
    )
    cancelled = group.add_measure(measure(site, status=ActionStatus.CANCELLED, planned_on=TODAY))
    order = [m.id for m in group.measures(site)]
    assert order == [ongoing.id, planned.id, cancelled.id, done_new.id, done_old.id]
    with store.unit_of_work() as session:
        meeting = MeetingRecord()
        meeting.apply(meeting_input())
        session.add(meeting)
        session.flush()
        meeting_id = meeting.id
    linked = replace(planned.data, meeting_id=meeting_id, follow_up_on=date(2025, 7, 1))
    assert group.update_measure(planned.id, linked).data == linked
    with pytest.raises(NotFoundError):
        group.update_measure(planned.id, replace(linked, meeting_id="missing"))
    with pytest.raises(ValidationError) as caught:
        group.update_measure(planned.id, replace(linked, follow_up_on=date(2025, 3, 1)))
    assert set(caught.value.errors) == {"follow_up_on"}
    group.delete_measure(cancelled.id)
    assert cancelled.id not in [m.id for m in group.measures(site)]
    with pytest.raises(NotFoundError):
        group.delete_measure(cancelled.id)


def test_list_sites_counts_and_areas() -> None:
    _, group = service()
    torget = group.create_site(SiteInput("Torget", SiteKind.PLACE, "Centrum")).id
    park = group.create_site(SiteInput("Åparken", SiteKind.PLACE, "Östermalm")).id
    gang = group.create_site(SiteInput("gruppen vid skolan", SiteKind.GROUP, "centrum ")).id
    group.create_site(SiteInput("Bron", SiteKind.PLACE, "", active=False))
    for day in (date(2025, 5, 1), date(2025, 6, 3)):
        group.add_observation(ObservationInput(torget, day, Sector.POLICE, "Bråk"))
    group.add_measure(measure(torget, follow_up_on=date(2025, 7, 1)))
    group.add_measure(measure(torget, status=ActionStatus.ONGOING, follow_up_on=date(2025, 6, 20)))
    group.add_measure(
        measure(torget, status=ActionStatus.DONE, done_on=date(2025, 6, 1), follow_up="Lugnare")
    )
    rows = {row.name: row for row in group.list_sites()}
    assert [row.name for row in group.list_sites()] == [
        "Bron",
        "gruppen vid skolan",
        "Torget",
        "Åparken",
    ]
    assert rows["Torget"] == SiteRow(
        torget, "Torget", SiteKind.PLACE, "Centrum", True, 2, date(2025, 6, 3), 2, date(2025, 6, 20)
    )
    assert rows["Åparken"] == SiteRow(
        park, "Åparken", SiteKind.PLACE, "Östermalm", True, 0, None, 0, None
    )
    assert rows["Bron"].active is False
    assert rows["gruppen vid skolan"].id == gang
    assert group.areas() == ("Centrum", "centrum", "Östermalm")


def test_deleting_a_site_deletes_its_observations_and_measures_row_by_row() -> None:
    store, group = service()
    site = group.create_site(SiteInput("Torget", SiteKind.PLACE)).id
    kept = group.create_site(SiteInput("Parken", SiteKind.PLACE)).id
    group.add_observation(ObservationInput(site, TODAY, Sector.POLICE, "Bråk"))
    group.add_measure(measure(site))
    group.add_measure(measure(kept))
    group.delete_site(site)
    with pytest.raises(NotFoundError):
        group.get_site(site)
    with store.unit_of_work() as session:
        assert session.query(GroupObservationRecord).count() == 0
        assert session.query(GroupMeasureRecord).count() == 1
        deleted = sorted(
            e.entity_type for e in list_entries(session) if e.action is AuditAction.DELETE
        )
    assert deleted == ["group_measure", "group_observation", "group_site"]


def test_the_workspace_serves_the_group_level_and_keeps_it(tmp_path: Path) -> None:
    workspace, _key = create_workspace(tmp_path)
    with workspace:
        site = workspace.group_level.create_site(SiteInput("Torget", SiteKind.PLACE, "Centrum"))
        workspace.group_level.add_observation(
            ObservationInput(site.id, date(2025, 1, 2), Sector.SCHOOL, "Oro")
        )
    with open_workspace(tmp_path / "vault.sspf") as again:
        assert [row.observations for row in again.group_level.list_sites()] == [1]
        assert again.promises.list_promises() == []


def test_deleting_a_planned_meeting_unlinks_its_measures_in_the_audit_trail() -> None:
    from sspf_desk.services.meetings import MeetingService

    store, group = service()
    site = group.create_site(SiteInput("Torget", SiteKind.PLACE)).id
    meeting = MeetingService(store).create_meeting(meeting_input()).meeting.id
    agreed = group.add_measure(measure(site, meeting_id=meeting))
    MeetingService(store).delete_meeting(meeting)
    assert group.measures(site)[0].data == replace(agreed.data, meeting_id=None)
    with store.unit_of_work() as session:
        changes = [
            e
            for e in list_entries(session)
            if e.entity_type == "group_measure" and e.action is AuditAction.UPDATE
        ]
    assert [e.entity_id for e in changes] == [agreed.id]
