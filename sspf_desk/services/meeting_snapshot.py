"""The JSON snapshot of a meeting's minutes, kept in ``meeting_version`` when reopened.

The snapshot holds the meeting, the attendance, the items with their actions (as read at
the time, with the plans' live statuses), each item's gate result, whether the young
person had an open case, who approved and the versions kept before. It holds NO name of a
young person: items refer to them by id, and :func:`detail_from_snapshot` takes the names
as they are now (so an anonymised or protected person is never shown by an old version).
Anonymising a young person redacts their traces in kept snapshots too
(``domain.anonymise.redact_snapshot``, a walk over this JSON by ``young_person_id``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime, time
from typing import Any, Final

from sspf_desk.domain import (
    ActionItemInput,
    ActionStatus,
    AgendaItem,
    AgendaSection,
    AttendanceStatus,
    Attendee,
    GateResult,
    ItemVisibility,
    Meeting,
    MeetingStatus,
    MeetingType,
    MeetingVersion,
    Party,
    Sector,
)
from sspf_desk.domain.agenda import GATE_OPTIONS
from sspf_desk.errors import BugError
from sspf_desk.services.meeting_rows import AttendeeEntry, GatedItem, MeetingDetail

FORMAT: Final = 1
Json = dict[str, Any]


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _clock(value: time | None) -> str | None:
    return None if value is None else value.isoformat()


def _meeting(meeting: Meeting) -> Json:
    return {
        "id": meeting.id,
        "meeting_type": meeting.meeting_type.value,
        "title": meeting.title,
        "held_on": meeting.held_on.isoformat(),
        "starts_at": _clock(meeting.starts_at),
        "ends_at": _clock(meeting.ends_at),
        "place": meeting.place,
        "series_id": meeting.series_id,
        "chair": meeting.chair,
        "secretary": meeting.secretary,
        "approver": meeting.approver,
        "status": meeting.status.value,
        "version": meeting.version,
        "approved_on": _day(meeting.approved_on),
        "created_at": meeting.created_at.isoformat(),
        "updated_at": meeting.updated_at.isoformat(),
    }


def _attendee(entry: AttendeeEntry) -> Json:
    a = entry.attendee
    return {
        "id": entry.id,
        "name": a.name,
        "sector": a.sector.value,
        "role": a.role,
        "status": None if a.status is None else a.status.value,
        "organisation": a.organisation,
        "young_person_id": a.young_person_id,
    }


def _action(action: ActionItemInput) -> Json:
    return {
        "what": action.what,
        "sector": action.sector.value,
        "responsible": action.responsible,
        "start_on": _day(action.start_on),
        "deadline": _day(action.deadline),
        "status": action.status.value,
        "follow_up_on": _day(action.follow_up_on),
    }


def _gate(gate: GateResult) -> Json:
    return {
        "allowed": gate.allowed,
        "blocked_parties": [[p.sector.value, p.organisation] for p in gate.blocked_parties],
        "reasons": list(gate.reasons),
        "options": list(gate.options),
    }


def _item(entry: GatedItem) -> Json:
    item = entry.item
    return {
        "id": item.id,
        "number": item.number,
        "section": item.section.value,
        "title": item.title,
        "young_person_id": item.young_person_id,
        "visibility": item.visibility.value,
        "notes": item.notes,
        "decisions": list(item.decisions),
        "actions": [_action(action) for action in item.actions],
        "carried_from_item_id": item.carried_from_item_id,
        "follow_up_on": _day(item.follow_up_on),
        "gate": _gate(entry.gate),
        "has_open_case": entry.has_open_case,
    }


def _version(version: MeetingVersion) -> Json:
    return {
        "id": version.id,
        "meeting_id": version.meeting_id,
        "number": version.number,
        "reason": version.reason,
        "reopened_at": version.reopened_at.isoformat(),
        "actor": version.actor,
    }


def snapshot_json(detail: MeetingDetail) -> str:
    """The detail as JSON text (sorted keys, no young person's name)."""
    document = {
        "format": FORMAT,
        "meeting": _meeting(detail.meeting),
        "approved_by": detail.approved_by,
        "attendees": [_attendee(entry) for entry in detail.attendees],
        "items": [_item(entry) for entry in detail.items],
        "versions": [_version(version) for version in detail.versions],
    }
    return json.dumps(document, ensure_ascii=False, sort_keys=True)


def _opt_day(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _opt_clock(value: str | None) -> time | None:
    return None if value is None else time.fromisoformat(value)


def _read_meeting(m: Json) -> Meeting:
    return Meeting(
        id=m["id"],
        meeting_type=MeetingType(m["meeting_type"]),
        title=m["title"],
        held_on=date.fromisoformat(m["held_on"]),
        starts_at=_opt_clock(m["starts_at"]),
        ends_at=_opt_clock(m["ends_at"]),
        place=m["place"],
        series_id=m["series_id"],
        chair=m["chair"],
        secretary=m["secretary"],
        approver=m["approver"],
        status=MeetingStatus(m["status"]),
        version=int(m["version"]),
        approved_on=_opt_day(m["approved_on"]),
        created_at=datetime.fromisoformat(m["created_at"]),
        updated_at=datetime.fromisoformat(m["updated_at"]),
    )


def _read_attendee(a: Json) -> AttendeeEntry:
    status = None if a["status"] is None else AttendanceStatus(a["status"])
    attendee = Attendee(
        name=a["name"],
        sector=Sector(a["sector"]),
        role=a["role"],
        status=status,
        organisation=a["organisation"],
        young_person_id=a["young_person_id"],
    )
    return AttendeeEntry(a["id"], attendee)


def _read_action(a: Json) -> ActionItemInput:
    return ActionItemInput(
        what=a["what"],
        sector=Sector(a["sector"]),
        responsible=a["responsible"],
        start_on=_opt_day(a["start_on"]),
        deadline=_opt_day(a["deadline"]),
        status=ActionStatus(a["status"]),
        follow_up_on=_opt_day(a["follow_up_on"]),
    )


def _read_gate(g: Json) -> GateResult:
    options = tuple(option for option in GATE_OPTIONS if option in g["options"])
    return GateResult(
        allowed=bool(g["allowed"]),
        blocked_parties=tuple(Party(Sector(s), o) for s, o in g["blocked_parties"]),
        reasons=tuple(g["reasons"]),
        options=options,
    )


def _read_item(i: Json, names: Mapping[str, str]) -> GatedItem:
    item = AgendaItem(
        number=int(i["number"]),
        section=AgendaSection(i["section"]),
        title=i["title"],
        young_person_id=i["young_person_id"],
        visibility=ItemVisibility(i["visibility"]),
        notes=i["notes"],
        decisions=tuple(i["decisions"]),
        actions=tuple(_read_action(a) for a in i["actions"]),
        carried_from_item_id=i["carried_from_item_id"],
        follow_up_on=_opt_day(i["follow_up_on"]),
        id=i["id"],
    )
    name = names.get(item.young_person_id or "", "")
    return GatedItem(item, _read_gate(i["gate"]), name, bool(i["has_open_case"]))


def _read_version(v: Json) -> MeetingVersion:
    return MeetingVersion(
        meeting_id=v["meeting_id"],
        number=int(v["number"]),
        reason=v["reason"],
        reopened_at=datetime.fromisoformat(v["reopened_at"]),
        actor=v["actor"],
        id=v["id"],
    )


def _document(text: str) -> Json:
    document = json.loads(text)
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise BugError("meeting_version.snapshot is not a meeting snapshot")
    return document


def snapshot_persons(text: str) -> set[str]:
    """The young persons the snapshot's items are about (to look their names up)."""
    items = _document(text)["items"]
    return {i["young_person_id"] for i in items if i["young_person_id"] is not None}


def detail_from_snapshot(text: str, names: Mapping[str, str]) -> MeetingDetail:
    """Rebuild the detail from :func:`snapshot_json`'s text.

    Args:
        text: The snapshot.
        names: The display names of the items' young persons as they are now.

    Raises:
        BugError: The text is not a snapshot of this format (a damaged vault).
    """
    try:
        document = _document(text)
        return MeetingDetail(
            meeting=_read_meeting(document["meeting"]),
            attendees=tuple(_read_attendee(a) for a in document["attendees"]),
            items=tuple(_read_item(i, names) for i in document["items"]),
            approved_by=document["approved_by"],
            versions=tuple(_read_version(v) for v in document["versions"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise BugError(f"meeting snapshot unreadable ({type(exc).__name__})") from exc
