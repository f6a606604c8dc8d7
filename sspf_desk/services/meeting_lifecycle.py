"""The life cycle of minutes inside the caller's unit of work: the checks of a transition
(with the gate on the recorded attendance when finalizing), keeping a version when
reopening, and reading a kept version back."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from sspf_desk.domain import (
    Attendee,
    MeetingStatus,
    attendance_complete,
    check_meeting_transition,
)
from sspf_desk.domain.checks import MAX_LONG_TEXT, check_length
from sspf_desk.errors import NotFoundError
from sspf_desk.services.meeting_detail import display_names, item_persons, load_detail, read_items
from sspf_desk.services.meeting_gate import MeetingGate
from sspf_desk.services.meeting_rows import MeetingDetail
from sspf_desk.services.meeting_snapshot import (
    detail_from_snapshot,
    snapshot_json,
    snapshot_persons,
)
from sspf_desk.store import repo_meetings
from sspf_desk.store.models_meetings import MeetingRecord, MeetingVersionRecord

APPROVED_BEFORE_MEETING = "Protokollet kan inte justeras före mötet."
IN_THE_FUTURE = "Datumet kan inte ligga i framtiden."


def blocked_agenda(
    session: Session, record: MeetingRecord, attendees: Sequence[Attendee]
) -> dict[str, str]:
    """``{"agenda": "§ 7: Polis: … § 9: …"}`` for the named items the attendance blocks."""
    items = read_items(session, record.id)
    gate = MeetingGate.load(session, item_persons(items), record.held_on)
    results = [(item, gate.item(item, attendees)) for item in items]
    lines = [f"§ {item.number}: {' '.join(r.reasons)}" for item, r in results if not r.allowed]
    return {"agenda": " ".join(lines)} if lines else {}


def transition_errors(
    session: Session,
    record: MeetingRecord,
    target: MeetingStatus,
    *,
    reason: str,
    day: date,
    today: date,
) -> dict[str, str]:
    """Check moving the meeting to ``target`` (``day``: the approval date).

    Returns:
        ``{field: Swedish message}`` (see ``MeetingService.transition``); empty if allowed.
    """
    attendees = [a.to_domain() for a in repo_meetings.attendees_of(session, record.id)]
    errors = check_meeting_transition(
        record.status,
        target,
        reason=reason,
        has_secretary=bool(record.secretary.strip()),
        has_approver=bool(record.approver.strip()),
        all_attendance_set=attendance_complete(attendees),
    )
    check_length(errors, "reason", reason, MAX_LONG_TEXT)
    if errors:
        return errors
    if target is MeetingStatus.APPROVED:
        if day < record.held_on:
            errors["approved_on"] = APPROVED_BEFORE_MEETING
        elif day > today:
            errors["approved_on"] = IN_THE_FUTURE
    elif target is MeetingStatus.FINALIZED:
        errors.update(blocked_agenda(session, record, attendees))
    return errors


def keep_version(session: Session, record: MeetingRecord, reason: str, actor: str) -> None:
    """Keep the minutes as they are now as a version; raise the version by one and clear
    the approval."""
    snapshot = snapshot_json(load_detail(session, record))
    session.add(
        MeetingVersionRecord(
            meeting_id=record.id,
            number=record.version,
            reason=reason,
            reopened_at=datetime.now(UTC),
            actor=actor,
            snapshot=snapshot,
        )
    )
    record.version += 1
    record.approved_on, record.approved_by = None, ""


def version_of(session: Session, record: MeetingRecord, number: int) -> MeetingDetail:
    """Version ``number`` of the minutes: the current one, or a kept snapshot with the
    young persons' names of today.

    Raises:
        NotFoundError: No such version.
    """
    if number == record.version:
        return load_detail(session, record)
    kept = {v.number: v for v in repo_meetings.versions_of(session, record.id)}
    if number not in kept:
        raise NotFoundError()
    text = kept[number].snapshot
    return detail_from_snapshot(text, display_names(session, snapshot_persons(text)))
