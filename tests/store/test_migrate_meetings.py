"""Revision 0003 (meetings, bekymringssamtal) on an image made by revision 0002."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, select

from sspf_desk.store import Store, head_revision, verify_chain
from sspf_desk.store.migrate import MIGRATIONS_DIR, _config, current_revision
from sspf_desk.store.models import YoungPersonRecord
from sspf_desk.store.models_meetings import MeetingRecord
from tests.helpers.store import young_record
from tests.store.test_models_meetings import meeting_input

MEETING_TABLES = {
    "meeting_series",
    "meeting",
    "meeting_attendee",
    "agenda_item",
    "meeting_action",
    "meeting_version",
    "concern_talk",
    "concern_talk_participant",
    "concern_talk_agreement",
}


def r0002_image() -> bytes:
    """An image at revision 0002 holding one young person."""
    store = Store.open(actor="user-1")
    with store.engine.begin() as connection:
        command.upgrade(_config(MIGRATIONS_DIR, connection), "0002")
    with store.unit_of_work() as session:
        session.add(young_record("Åsa", "Öberg"))
    return store.serialize()


def test_r0002_image_is_upgraded_with_its_data_and_takes_meetings() -> None:
    store = Store.open(r0002_image(), actor="user-1")
    with store.engine.connect() as connection:
        assert current_revision(connection) == "0002"
        assert not MEETING_TABLES & set(inspect(connection).get_table_names())
    backups: list[str] = []
    result = store.migrate(lambda: backups.append("backup"))
    assert backups == ["backup"]
    assert (result.from_revision, result.to_revision) == ("0002", head_revision())
    with store.engine.connect() as connection:
        assert set(inspect(connection).get_table_names()) >= MEETING_TABLES
    with store.unit_of_work() as session:
        assert list(session.scalars(select(YoungPersonRecord.first_name))) == ["Åsa"]
        meeting = MeetingRecord()
        meeting.apply(meeting_input())
        session.add(meeting)
    with store.unit_of_work() as session:
        assert len(list(session.scalars(select(MeetingRecord)))) == 1
        assert verify_chain(session).ok
    assert store.database.quick_check() == ()
