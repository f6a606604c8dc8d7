"""Anonymising a young person also clears their traces from talks, agendas and attendance."""

from __future__ import annotations

import copy
import json
from datetime import date

from sspf_desk.domain import (
    ActionItemInput,
    ActionStatus,
    AgendaItem,
    AgendaSection,
    Agreement,
    AttendanceStatus,
    Attendee,
    ItemVisibility,
    MeetingStatus,
    Sector,
    TalkParticipant,
    TalkRole,
)
from sspf_desk.domain.anonymise import REMOVED_TEXT, AnonymisationReason, redact_snapshot
from sspf_desk.services.anonymise import AnonymiseService
from sspf_desk.store.audit import verify_chain
from sspf_desk.store.models_meetings import (
    AgendaItemRecord,
    MeetingActionRecord,
    MeetingAttendeeRecord,
    MeetingRecord,
    MeetingVersionRecord,
)
from sspf_desk.store.models_talks import ConcernTalkRecord
from sspf_desk.store.repo_meetings import actions_of, attendees_of, items_of, versions_of
from tests.helpers.casework import Services, services
from tests.helpers.meetings import SCHOOL, action, attendee, named, world
from tests.store.test_models_meetings import meeting_input
from tests.store.test_models_talks import talk_input

FIRST, MOTHER, COACH = "Zelmira", "Ingegerd", "Torbjörn"
SECRETS = (
    "Zelmira syns vid Kvarntorget",
    "Ingegerd oroar sig för kvällarna",
    "Zelmira ska börja i Kvarnby IF",
    "Torbjörn Ekvall följer upp",
    "Hemma hos Ingegerd på Kvarngatan 3",
)
REASON = str(AnonymisationReason.CASE_FINISHED)
PRESENT = AttendanceStatus.PRESENT


def snapshot(meeting_id: str, person_id: str, other_id: str) -> str:
    """A kept version in the shape of the meeting snapshot (attendance, items, actions)."""
    document = {
        "meeting": {"id": meeting_id, "title": "Operativ grupp"},
        "attendees": [
            {"name": f"{MOTHER} Berg", "sector": "guardian", "role": "mamma", "organisation": "",
             "status": "present", "young_person_id": person_id},
            {"name": "Kim Polis", "sector": "police", "role": "kommunpolis", "organisation": "",
             "status": "present", "young_person_id": None},
        ],
        "items": [
            {"id": "i1", "title": "Uppföljning", "notes": SECRETS[0], "decisions": [SECRETS[2]],
             "young_person_id": person_id,
             "actions": [{"what": SECRETS[2], "responsible": SECRETS[3], "sector": "leisure"}]},
            {"id": "i2", "title": "Annan ungdom", "notes": "Bo mår bra", "decisions": [],
             "young_person_id": other_id, "actions": []},
        ],
    }  # fmt: skip
    return json.dumps(document, ensure_ascii=False)


def build(s: Services) -> dict[str, str]:
    """A young person with a talk, a meeting (family attendance, items, a version)."""
    person = s.young(FIRST, "Quarnström")
    other = s.young("Bo", "Ek")
    with s.store.unit_of_work() as session:
        talk = ConcernTalkRecord()
        talk.apply(
            talk_input(
                person,
                place=SECRETS[4],
                reason=SECRETS[0],
                risk_factors=SECRETS[1],
                participants=(
                    TalkParticipant(f"{FIRST} Quarnström", TalkRole.YOUNG_PERSON),
                    TalkParticipant(f"{MOTHER} Quarnström", TalkRole.GUARDIAN, "mamma"),
                    TalkParticipant(f"{COACH} Ekvall", TalkRole.LEISURE, "tränare"),
                ),
                agreements=(Agreement(SECRETS[2], SECRETS[3]),),
            )
        )
        meeting = MeetingRecord()
        meeting.apply(meeting_input())
        session.add_all([talk, meeting])
        session.flush()
        family = Attendee(
            f"{MOTHER} Quarnström",
            Sector.GUARDIAN,
            "mamma",
            AttendanceStatus.PRESENT,
            "Familjen",
            person,
        )
        police = Attendee("Kim Polis", Sector.POLICE, "kommunpolis", AttendanceStatus.PRESENT)
        session.add_all(
            [
                MeetingAttendeeRecord.from_domain(meeting.id, 0, family),
                MeetingAttendeeRecord.from_domain(meeting.id, 1, police),
            ]
        )
        about, unrelated = (
            AgendaItemRecord(meeting_id=meeting.id),
            AgendaItemRecord(meeting_id=meeting.id),
        )
        about.apply(
            AgendaItem(1, AgendaSection.INDIVIDUALS, "Uppföljning", person, ItemVisibility.NAMED,
                       SECRETS[0], (SECRETS[2], ""))
        )  # fmt: skip
        unrelated.apply(
            AgendaItem(2, AgendaSection.INDIVIDUALS, "Uppföljning", other, notes="Bo mår bra")
        )
        session.add_all([about, unrelated])
        session.flush()
        action = MeetingActionRecord(agenda_item_id=about.id, position=0)
        action.apply(
            ActionItemInput(
                SECRETS[2], Sector.LEISURE, SECRETS[3], None, None, ActionStatus.PLANNED, None
            )
        )
        version = MeetingVersionRecord(
            meeting_id=meeting.id,
            number=1,
            reason="Rättelse",
            reopened_at=meeting.created_at,
            actor="user-1",
            snapshot=snapshot(meeting.id, person, other),
        )
        session.add_all([action, version])
        return {"person": person, "other": other, "talk": talk.id, "meeting": meeting.id}


def test_talks_agendas_attendance_and_versions_lose_the_persons_traces() -> None:
    s = services()
    ids = build(s)
    result = AnonymiseService(s.store).anonymise_young_person(ids["person"], reason=REASON)
    assert result.texts_replaced >= 12
    with s.store.unit_of_work() as session:
        talk = session.get(ConcernTalkRecord, ids["talk"])
        assert talk is not None
        data = talk.to_domain().data
        assert (data.place, data.reason, data.risk_factors) == (REMOVED_TEXT,) * 3
        assert data.participants == (
            TalkParticipant("Den unge", TalkRole.YOUNG_PERSON),
            TalkParticipant("Vårdnadshavare", TalkRole.GUARDIAN),
            TalkParticipant("Fritid", TalkRole.LEISURE),
        )
        assert data.agreements == (Agreement(REMOVED_TEXT, REMOVED_TEXT),)
        assert data.held_on == date(2025, 3, 4)  # countable facts kept
        family, police = (a.to_domain() for a in attendees_of(session, ids["meeting"]))
        assert (family.name, family.role, family.organisation) == ("", "Vårdnadshavare", "")
        assert family.young_person_id == ids["person"]
        assert police.name == "Kim Polis"
        about, unrelated = items_of(session, [ids["meeting"]])
        assert (about.title, about.notes) == (REMOVED_TEXT, REMOVED_TEXT)
        assert about.decision_texts == (REMOVED_TEXT, "")
        assert (about.visibility, about.young_person_id) == (ItemVisibility.NAMED, ids["person"])
        assert (unrelated.title, unrelated.notes) == ("Uppföljning", "Bo mår bra")
        (action,) = actions_of(session, [about.id])
        assert (action.what, action.responsible) == (REMOVED_TEXT, REMOVED_TEXT)
        (version,) = versions_of(session, ids["meeting"])
        kept = json.loads(version.snapshot)
        assert kept["attendees"][0]["name"] == "" and kept["attendees"][1]["name"] == "Kim Polis"
        assert kept["items"][1]["notes"] == "Bo mår bra"
        assert verify_chain(session).ok
    image = s.store.serialize()
    for value in (FIRST, MOTHER, COACH, *SECRETS):
        assert value.encode("utf-8") not in image, value


def test_redact_snapshot_leaves_its_input_and_other_persons_alone() -> None:
    document = json.loads(snapshot("m1", "p1", "p2"))
    before = copy.deepcopy(document)
    cleaned = redact_snapshot(document, "p1")
    assert document == before
    assert isinstance(cleaned, dict)
    assert cleaned["attendees"][0] == {
        "name": "",
        "sector": "guardian",
        "role": "Vårdnadshavare",
        "organisation": "",
        "status": "present",
        "young_person_id": "p1",
    }
    assert cleaned["attendees"][1] == before["attendees"][1]
    item = cleaned["items"][0]
    assert (item["title"], item["notes"], item["decisions"]) == (
        REMOVED_TEXT,
        REMOVED_TEXT,
        [REMOVED_TEXT],
    )
    assert item["actions"][0] == {
        "what": REMOVED_TEXT,
        "responsible": REMOVED_TEXT,
        "sector": "leisure",
    }
    assert cleaned["items"][1] == before["items"][1]
    assert redact_snapshot(document, "nobody") == before


def test_minutes_and_their_kept_version_read_back_without_the_persons_texts() -> None:
    w = world()
    young = w.adult(SCHOOL, first=FIRST, last="Quarnström")
    family = attendee(Sector.GUARDIAN, PRESENT, name=f"{MOTHER} Quarnström", young_person_id=young)
    meeting = w.meeting(family, attendee(Sector.SCHOOL, PRESENT))
    w.meetings.add_item(
        meeting,
        named(young, notes=SECRETS[0], decisions=(SECRETS[2],), actions=(action(SECRETS[1]),)),
    )
    for target in (MeetingStatus.HELD, MeetingStatus.FINALIZED, MeetingStatus.APPROVED):
        w.meetings.transition(meeting, target)
    w.meetings.transition(meeting, MeetingStatus.HELD, reason="Rättelse")
    AnonymiseService(w.svc.store).anonymise_young_person(young, reason=REASON)
    for detail in (w.meetings.get_meeting(meeting), w.meetings.version_detail(meeting, 1)):
        guardian = detail.attendees[0].attendee
        assert (guardian.name, guardian.role) == ("", "Vårdnadshavare")
        (gated,) = detail.items
        assert (gated.item.notes, gated.item.decisions) == (REMOVED_TEXT, (REMOVED_TEXT,))
        assert gated.item.actions[0].what == REMOVED_TEXT
        assert FIRST not in gated.young_person_name
    image = w.svc.store.serialize()
    for value in (FIRST, MOTHER, SECRETS[0], SECRETS[1], SECRETS[2]):
        assert value.encode("utf-8") not in image, value
