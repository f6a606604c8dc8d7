"""Meetings and their minutes: attendance, the agenda behind THE consent gate, the life
cycle with versions, and the actions that flow into the action plans.

* The gate (:mod:`sspf_desk.services.meeting_gate`) runs on the meeting's day over the
  attendees it counts (present, or not yet recorded): adding or changing a named item it
  blocks needs a choice (anonymise or exclude), otherwise :class:`GateBlockedError`;
  changing the attendance returns the items it now blocks; finalizing refuses while any
  named item is blocked by the recorded attendance.
* Finalized and approved minutes are read-only (:class:`MeetingLockedError`) until
  reopened; reopening keeps a snapshot of the minutes as they were
  (:mod:`sspf_desk.services.meeting_snapshot`) and raises the version.
* Actions of items about a young person with an open case are kept in step with that
  case's action plan (:mod:`sspf_desk.services.meeting_sync`).

Every call is one unit of work; the audit trail records the writes, and opening a meeting
or an earlier version is recorded as a view.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from sqlalchemy import ColumnElement, select

from sspf_desk.domain import (
    AgendaItem,
    Attendee,
    AuditAction,
    GateOption,
    Meeting,
    MeetingInput,
    MeetingLockedError,
    MeetingStatus,
    is_reopening,
    validate_meeting,
)
from sspf_desk.errors import ValidationError
from sspf_desk.services import vault_settings
from sspf_desk.services.meeting_detail import (
    attendee_entries,
    gated_items,
    item_persons,
    load_detail,
    read_items,
    read_one,
)
from sspf_desk.services.meeting_gate import MeetingGate
from sspf_desk.services.meeting_items import (
    gated_choice,
    placed,
    renumber,
    store_item,
    validated,
)
from sspf_desk.services.meeting_lifecycle import keep_version, transition_errors, version_of
from sspf_desk.services.meeting_planning import AgendaSuggestion, due_suggestions
from sspf_desk.services.meeting_rows import (
    GateBlockedError,
    GatedItem,
    MeetingDetail,
    MeetingFilter,
    MeetingRow,
)
from sspf_desk.services.meeting_setup import (
    add_carried,
    check_persons,
    clean_attendees,
    clean_meeting,
    editable,
    plan_agenda,
    write_attendees,
)
from sspf_desk.services.meeting_sync import remove_actions, sync_actions
from sspf_desk.store import audit, repo_meetings
from sspf_desk.store.models_group_level import GroupMeasureRecord
from sspf_desk.store.models_meetings import MeetingRecord
from sspf_desk.store.uow import Store

log = logging.getLogger(__name__)

__all__ = ["GateBlockedError", "MeetingLockedError", "MeetingService"]

ONLY_PLANNED = "Bara planerade möten kan tas bort."


class MeetingService:
    """Use cases of meetings, their attendance, agenda, life cycle and versions."""

    def __init__(self, store: Store, *, today: Callable[[], date] = date.today) -> None:
        """Serve meetings from ``store``; ``today`` dates approvals and suggestions."""
        self._store = store
        self._today = today

    # -- lists and views -------------------------------------------------------------------

    def list_meetings(self, criteria: MeetingFilter | None = None) -> list[MeetingRow]:
        """Return the meetings meeting ``criteria`` (all when None), newest first."""
        criteria = criteria or MeetingFilter()
        conditions: list[ColumnElement[bool]] = []
        if criteria.meeting_type is not None:
            conditions.append(MeetingRecord.meeting_type == criteria.meeting_type)
        if criteria.status is not None:
            conditions.append(MeetingRecord.status == criteria.status)
        if criteria.from_day is not None:
            conditions.append(MeetingRecord.held_on >= criteria.from_day)
        if criteria.to_day is not None:
            conditions.append(MeetingRecord.held_on <= criteria.to_day)
        with self._store.unit_of_work() as session:
            listed = repo_meetings.meeting_listing(session, *conditions)
        return [MeetingRow(*row) for row in listed]

    def get_meeting(self, meeting_id: str) -> MeetingDetail:
        """Return the meeting with attendees, gated items and versions (an audited view).

        Raises:
            NotFoundError: No such meeting.
        """
        with self._store.unit_of_work() as session:
            detail = load_detail(session, repo_meetings.get_meeting(session, meeting_id))
            audit.record_view(session, "meeting", meeting_id)
        return detail

    def version_detail(self, meeting_id: str, number: int) -> MeetingDetail:
        """Return version ``number`` of the minutes as it was when reopened (audited view).

        The current version is returned as :meth:`get_meeting` does; the young persons'
        names are always today's (never kept in a snapshot).

        Raises:
            NotFoundError: No such meeting or version.
        """
        with self._store.unit_of_work() as session:
            detail = version_of(session, repo_meetings.get_meeting(session, meeting_id), number)
            audit.record(session, AuditAction.VIEW, "meeting", meeting_id, ("version",))
        return detail

    # -- meetings --------------------------------------------------------------------------

    def create_meeting(
        self,
        data: MeetingInput,
        attendees: Sequence[Attendee] = (),
        *,
        standard_agenda: bool = True,
    ) -> MeetingDetail:
        """Plan a meeting with its attendees and (by default) its agenda.

        The agenda is the type's standing agenda (the vault's own, else the default) with
        the items carried over from the previous meeting of the type (same series when
        given) right after the previous-minutes item (or the opening). A carried named
        item the gate blocks on the new meeting's day is stored anonymised — or excluded
        when its texts would give the name away; it is never stored named. Carried
        actions share the plan items of the actions they were carried from.

        Raises:
            ValidationError: Fields of ``data``; ``attendees.<i>.<field>``.
            NotFoundError: No such series, or a family attendee's young person.
        """
        data = clean_meeting(data)
        errors = validate_meeting(data)
        if errors:
            raise ValidationError(errors)
        cleaned = clean_attendees(attendees)
        with self._store.unit_of_work() as session:
            if data.series_id is not None:
                repo_meetings.get_series(session, data.series_id)
            check_persons(session, cleaned)
            record = MeetingRecord(status=MeetingStatus.PLANNED, version=1, approved_by="")
            record.apply(data)
            session.add(record)
            session.flush()
            write_attendees(session, record.id, cleaned)
            gate = None
            if standard_agenda:
                gate = plan_agenda(session, record, cleaned)
            detail = load_detail(session, record, gate)
        log.info("meeting created")
        return detail

    def update_meeting(self, meeting_id: str, data: MeetingInput) -> Meeting:
        """Change the meeting's details (not its status or version).

        Raises:
            ValidationError: Fields of ``data``.
            MeetingLockedError: The minutes are finalized or approved.
            NotFoundError: No such meeting or series.
        """
        data = clean_meeting(data)
        errors = validate_meeting(data)
        with self._store.unit_of_work() as session:
            record = editable(session, meeting_id)
            if errors:
                raise ValidationError(errors)
            if data.series_id is not None:
                repo_meetings.get_series(session, data.series_id)
            record.apply(data)
            session.flush()
            return record.to_domain()

    def carry_over(self, meeting_id: str) -> int:
        """Add the items carried over from the previous held meeting that the agenda lacks
        (meetings of a series are planned before the earlier ones are held); gated like
        :meth:`create_meeting`. Returns how many items were added.

        Raises:
            MeetingLockedError: The minutes are finalized or approved.
            NotFoundError: No such meeting.
        """
        with self._store.unit_of_work() as session:
            record = editable(session, meeting_id)
            attendees = [a.to_domain() for a in repo_meetings.attendees_of(session, meeting_id)]
            return add_carried(session, record, attendees)

    def delete_meeting(self, meeting_id: str) -> None:
        """Delete a planned meeting with its agenda (releasing plan items it created).

        Raises:
            ValidationError: ``status`` when the meeting is not planned.
            NotFoundError: No such meeting.
        """
        with self._store.unit_of_work() as session:
            record = repo_meetings.get_meeting(session, meeting_id)
            if record.status is not MeetingStatus.PLANNED:
                raise ValidationError({"status": ONLY_PLANNED})
            items = repo_meetings.items_of(session, [meeting_id])
            remove_actions(session, [item.id for item in items])
            for item in items:
                session.delete(item)
            for attendee in repo_meetings.attendees_of(session, meeting_id):
                session.delete(attendee)
            # Measures agreed at the meeting keep their content; the link goes, audited
            # (the database's SET NULL would do it unseen by the audit trail).
            linked = select(GroupMeasureRecord).where(GroupMeasureRecord.meeting_id == meeting_id)
            for measure in session.scalars(linked):
                measure.meeting_id = None
            session.flush()
            session.delete(record)
        log.info("meeting deleted")

    def set_attendees(
        self, meeting_id: str, attendees: Sequence[Attendee]
    ) -> tuple[GatedItem, ...]:
        """Replace the attendance list (its order is kept) and re-run the gate.

        Returns:
            The named items the gate blocks with the new attendance, in order (the GUI
            asks what to do with each: anonymise or exclude).

        Raises:
            ValidationError: ``attendees.<i>.<field>``.
            MeetingLockedError: The minutes are finalized or approved.
            NotFoundError: No such meeting, or a family attendee's young person.
        """
        cleaned = clean_attendees(attendees)
        with self._store.unit_of_work() as session:
            record = editable(session, meeting_id)
            check_persons(session, cleaned)
            write_attendees(session, meeting_id, cleaned)
            items = read_items(session, meeting_id)
            gate = MeetingGate.load(session, item_persons(items), record.held_on)
            gated = gated_items(session, items, attendee_entries(session, meeting_id), gate)
        return tuple(entry for entry in gated if not entry.gate.allowed)

    # -- agenda items ----------------------------------------------------------------------

    def add_item(
        self, meeting_id: str, item: AgendaItem, *, on_blocked: GateOption | None = None
    ) -> GatedItem:
        """Insert an item at ``item.number`` (clamped to 1..n + 1; later items shift).

        A named item the gate blocks is refused (:class:`GateBlockedError`) unless
        ``on_blocked`` says to store it anonymised or excluded. An anonymised item's texts
        may not contain the young person's name.

        Raises:
            ValidationError: Fields of the item (``NAME_IN_TEXT`` for a name).
            GateBlockedError: Named, blocked and no choice given.
            MeetingLockedError: The minutes are finalized or approved.
            NotFoundError: No such meeting or young person.
        """
        item = replace(validated(item), id=None)
        with self._store.unit_of_work() as session:
            record = editable(session, meeting_id)
            entries = attendee_entries(session, meeting_id)
            gate = MeetingGate.load(session, item_persons([item]), record.held_on)
            item = gated_choice(session, item, gate, [e.attendee for e in entries], on_blocked)
            stored = store_item(session, meeting_id, item)
            return read_one(session, meeting_id, stored.id, entries, gate)

    def update_item(
        self, item_id: str, item: AgendaItem, *, on_blocked: GateOption | None = None
    ) -> GatedItem:
        """Change an item and its actions (see :meth:`add_item`); a new number moves it.

        Raises:
            ValidationError, GateBlockedError, MeetingLockedError, NotFoundError: As
            :meth:`add_item` (NotFoundError also for no such item).
        """
        item = validated(item)
        with self._store.unit_of_work() as session:
            record = repo_meetings.get_item(session, item_id)
            meeting = editable(session, record.meeting_id)
            entries = attendee_entries(session, meeting.id)
            gate = MeetingGate.load(session, item_persons([item]), meeting.held_on)
            item = gated_choice(session, item, gate, [e.attendee for e in entries], on_blocked)
            records = repo_meetings.items_of(session, [meeting.id])
            record.apply(replace(item, carried_from_item_id=record.carried_from_item_id))
            placed(records, record, item.number)
            session.flush()
            sync_actions(session, record, item.actions)
            return read_one(session, meeting.id, item_id, entries, gate)

    def remove_item(self, item_id: str) -> None:
        """Remove an item (later items move up), releasing plan items its actions created.

        Raises:
            MeetingLockedError: The minutes are finalized or approved.
            NotFoundError: No such item.
        """
        with self._store.unit_of_work() as session:
            record = repo_meetings.get_item(session, item_id)
            editable(session, record.meeting_id)
            remove_actions(session, [item_id])
            others = [
                r for r in repo_meetings.items_of(session, [record.meeting_id]) if r is not record
            ]
            session.delete(record)
            session.flush()
            renumber(others)

    def move_item(self, item_id: str, number: int) -> None:
        """Give an item another number (clamped to 1..n); the others shift.

        Raises:
            MeetingLockedError: The minutes are finalized or approved.
            NotFoundError: No such item.
        """
        with self._store.unit_of_work() as session:
            record = repo_meetings.get_item(session, item_id)
            editable(session, record.meeting_id)
            placed(repo_meetings.items_of(session, [record.meeting_id]), record, number)

    # -- life cycle ------------------------------------------------------------------------

    def transition(
        self,
        meeting_id: str,
        target: MeetingStatus,
        *,
        reason: str = "",
        on: date | None = None,
    ) -> Meeting:
        """Move the minutes on in their life cycle (see :mod:`sspf_desk.domain.meetings`).

        Finalizing re-runs the gate on the recorded attendance and refuses while a named
        item is blocked. Approving records ``on`` (default today, not before the meeting
        nor in the future) and the current user. Reopening needs ``reason``, keeps the
        minutes as they were as a version and raises the version by one.

        Raises:
            ValidationError: ``status``, ``secretary``, ``attendance``, ``approver``,
                ``reason``, ``approved_on``; ``agenda`` ("§ 7: Polis: …") when finalizing
                with blocked named items.
            NotFoundError: No such meeting.
        """
        reason = reason.strip()
        day = on or self._today()
        with self._store.unit_of_work() as session:
            record = repo_meetings.get_meeting(session, meeting_id)
            errors = transition_errors(
                session, record, target, reason=reason, day=day, today=self._today()
            )
            if errors:
                raise ValidationError(errors)
            if is_reopening(record.status, target):
                keep_version(session, record, reason, self._store.actor)
            elif target is MeetingStatus.APPROVED:
                record.approved_on, record.approved_by = day, self._store.actor
            record.status = target
            session.flush()
            result = record.to_domain()
        log.info("meeting status changed")
        return result

    # -- planning --------------------------------------------------------------------------

    def due_items(self, meeting_id: str) -> list[AgendaSuggestion]:
        """Suggested individual items for the meeting: new cases, follow-ups due and
        proposals to close, each gated against the attendees on the meeting's day (see
        :func:`sspf_desk.services.meeting_planning.due_suggestions`).

        Raises:
            NotFoundError: No such meeting.
        """
        with self._store.unit_of_work() as session:
            record = repo_meetings.get_meeting(session, meeting_id)
            attendees = [a.to_domain() for a in repo_meetings.attendees_of(session, meeting_id)]
            rules = vault_settings.AGE_RULES.read(session)
            meeting = record.to_domain()
            return due_suggestions(session, meeting, attendees, rules, self._today())
