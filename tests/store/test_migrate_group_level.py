"""Revision 0004 (group and area level, medborgarlöften) on an image made by revision 0003."""

from __future__ import annotations

from datetime import date

from alembic import command
from sqlalchemy import inspect, select

from sspf_desk.domain.group_level import SiteInput, SiteKind
from sspf_desk.domain.promises import PromiseInput
from sspf_desk.store import Store, head_revision, verify_chain
from sspf_desk.store.migrate import MIGRATIONS_DIR, _config, current_revision
from sspf_desk.store.models_group_level import GroupSiteRecord
from sspf_desk.store.models_meetings import MeetingRecord
from sspf_desk.store.models_promises import PromiseRecord
from tests.store.test_models_meetings import meeting_input

NEW_TABLES = {
    "group_site",
    "group_observation",
    "group_measure",
    "citizen_promise",
    "promise_activity",
    "promise_progress",
}


def r0003_image() -> bytes:
    """An image at revision 0003 holding one meeting."""
    store = Store.open(actor="user-1")
    with store.engine.begin() as connection:
        command.upgrade(_config(MIGRATIONS_DIR, connection), "0003")
    with store.unit_of_work() as session:
        meeting = MeetingRecord()
        meeting.apply(meeting_input(date(2025, 3, 6)))
        session.add(meeting)
    return store.serialize()


def test_head_is_revision_0004() -> None:
    assert head_revision() == "0004"


def test_r0003_image_is_upgraded_with_its_data_and_takes_sites_and_promises() -> None:
    store = Store.open(r0003_image(), actor="user-1")
    with store.engine.connect() as connection:
        assert current_revision(connection) == "0003"
        assert not NEW_TABLES & set(inspect(connection).get_table_names())
    backups: list[str] = []
    result = store.migrate(lambda: backups.append("backup"))
    assert backups == ["backup"]
    assert (result.from_revision, result.to_revision) == ("0003", "0004")
    with store.engine.connect() as connection:
        assert set(inspect(connection).get_table_names()) >= NEW_TABLES
    with store.unit_of_work() as session:
        assert [m.held_on for m in session.scalars(select(MeetingRecord))] == [date(2025, 3, 6)]
        site = GroupSiteRecord()
        site.apply(SiteInput("Torget i Centrum", SiteKind.PLACE, "Centrum"))
        promise = PromiseRecord()
        promise.apply(PromiseInput(2025, "Exempelkommun", "LPO Exempel", "Tryggare centrum"))
        session.add_all([site, promise])
    with store.unit_of_work() as session:
        assert [s.to_domain().data.name for s in session.scalars(select(GroupSiteRecord))] == [
            "Torget i Centrum"
        ]
        assert [p.year for p in session.scalars(select(PromiseRecord))] == [2025]
        assert verify_chain(session).ok
    assert store.database.quick_check() == ()
