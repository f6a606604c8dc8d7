"""Planning meetings: the standing agendas, carried-over items, suggested individual items,
recurring series and calendar invitations.

The functions on a ``Session`` (:func:`agenda_templates`, :func:`carried_items`,
:func:`due_suggestions`) are the building blocks ``MeetingService`` uses inside its own
unit of work; :class:`MeetingPlanningService` is the use-case facade for the settings and
the meetings page.

A series gets every meeting at once, each with the standing agenda only: items are carried
over when a meeting is created one by one (``MeetingService.create_meeting``), and the
suggestions ("Hämta förslag") bring the due follow-ups of the plans into any meeting.
Calendar files hold no personal data: the summary is "SSPF " and the meeting type, never
the title (titles may name people), with the times and the place only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import Final
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from sspf_desk.domain import (
    ActionItemInput,
    ActionStatus,
    AgendaItem,
    Attendee,
    MeetingStatus,
    MeetingType,
)
from sspf_desk.domain.agenda import (
    AgendaTemplateItem,
    agenda_from_template,
    carry_over,
    standard_agenda,
)
from sspf_desk.domain.agenda_templates import (
    AgendaTemplates,
    normalised,
    overrides_of,
    validate_agenda_templates,
    with_defaults,
)
from sspf_desk.domain.meeting_labels import MEETING_TYPE_LABELS
from sspf_desk.domain.meeting_series import (
    MeetingSeriesInput,
    series_days,
    validate_meeting_series,
    weekly_rule,
)
from sspf_desk.domain.meetings import validate_attendee
from sspf_desk.errors import ValidationError
from sspf_desk.export.calendar import CalendarMeeting, meeting_ics
from sspf_desk.services import vault_settings
from sspf_desk.services.meeting_planning_rows import AgendaSuggestion
from sspf_desk.services.meeting_suggestions import due_suggestions
from sspf_desk.store import audit, repo_meetings, repositories
from sspf_desk.store.models_cases import ActionItemRecord
from sspf_desk.store.models_meetings import (
    AgendaItemRecord,
    MeetingActionRecord,
    MeetingAttendeeRecord,
    MeetingRecord,
    MeetingSeriesRecord,
)
from sspf_desk.store.uow import Store

__all__ = [
    "AgendaSuggestion",
    "MeetingPlanningService",
    "MeetingSeriesInput",
    "agenda_templates",
    "calendar_summary",
    "carried_items",
    "due_suggestions",
]

#: The time zone of meeting times in calendar files.
TIME_ZONE: Final = ZoneInfo("Europe/Stockholm")
#: The length of a meeting without an end time, in calendar files.
DEFAULT_DURATION: Final = dt.timedelta(hours=1)
NO_START_TIME = "Ange en starttid för att exportera mötet till kalendern."
NO_SERIES_MEETINGS = "Serien har inga möten kvar att exportera."
_CHUNK = 500


def agenda_templates(session: Session) -> AgendaTemplates:
    """The standing agenda of every meeting type: the vault's own where set, else the
    defaults (:data:`sspf_desk.domain.agenda.DEFAULT_AGENDAS`)."""
    return with_defaults(vault_settings.AGENDA_TEMPLATES.read(session))


def carried_items(
    session: Session, meeting_type: MeetingType, series_id: str | None, day: date
) -> tuple[AgendaItem, ...]:
    """The items a new meeting on ``day`` takes over from the previous meeting.

    The previous meeting is the latest of ``meeting_type`` held before ``day`` (of the
    same series when ``series_id`` is given). Actions linked to a plan item count with
    the plan item's live status, so what was done since is not carried again; the rest is
    :func:`sspf_desk.domain.agenda.carry_over` (numbers from 1, no ids).
    """
    previous = repo_meetings.previous_meeting(session, meeting_type, day, series_id)
    if previous is None:
        return ()
    items = repo_meetings.items_of(session, [previous.id])
    actions = repo_meetings.actions_of(session, [item.id for item in items])
    live = _live_statuses(session, actions)
    by_item: dict[str, list[ActionItemInput]] = {}
    for action in actions:
        data = action.to_input()
        status = live.get(action.action_item_id) if action.action_item_id else None
        by_item.setdefault(action.agenda_item_id, []).append(
            data if status is None else replace(data, status=status)
        )
    return carry_over([item.to_domain(tuple(by_item.get(item.id, ()))) for item in items], day)


def _live_statuses(
    session: Session, actions: Sequence[MeetingActionRecord]
) -> dict[str, ActionStatus]:
    """The current status of the plan items the actions are linked to, by plan item id."""
    linked = sorted({a.action_item_id for a in actions if a.action_item_id is not None})
    statuses: dict[str, ActionStatus] = {}
    for start in range(0, len(linked), _CHUNK):
        query = select(ActionItemRecord.id, ActionItemRecord.status).where(
            ActionItemRecord.id.in_(linked[start : start + _CHUNK])
        )
        statuses.update((str(key), status) for key, status in session.execute(query))
    return statuses


def calendar_summary(meeting_type: MeetingType) -> str:
    """The calendar summary of a meeting: "SSPF " and the type, e.g. "SSPF operativ grupp"."""
    label = MEETING_TYPE_LABELS[meeting_type]
    return f"SSPF {label[:1].lower()}{label[1:]}"


def _event_times(
    day: date, starts: dt.time, ends: dt.time | None
) -> tuple[dt.datetime, dt.datetime]:
    """Start and end of a meeting as local, zone-aware datetimes."""
    start = dt.datetime.combine(day, starts, tzinfo=TIME_ZONE)
    end = dt.datetime.combine(day, ends, tzinfo=TIME_ZONE) if ends is not None else None
    if end is None or end <= start:
        end = start + DEFAULT_DURATION
    return start, end


class MeetingPlanningService:
    """Use cases of planning: standing agendas, series, calendar invitations."""

    def __init__(self, store: Store, *, today: Callable[[], date] = date.today) -> None:
        """Plan meetings in ``store``; ``today`` is the clock of the suggestions."""
        self._store = store
        self._today = today

    # -- standing agendas ------------------------------------------------------------------

    def agenda_templates(self) -> AgendaTemplates:
        """The standing agenda of every meeting type (see :func:`agenda_templates`)."""
        with self._store.unit_of_work() as session:
            return agenda_templates(session)

    def set_agenda_templates(
        self, templates: Mapping[MeetingType, Sequence[AgendaTemplateItem]]
    ) -> None:
        """Replace the standing agendas of the types in ``templates`` (others stay as they are).

        Titles and notes are stripped. An agenda equal to the default is not stored, so it
        follows the defaults of later versions. The change is audited with the changed types.

        Raises:
            ValidationError: Every agenda needs 1–50 items; titles are required and short
                (≤ 200 characters); no text may hold an id number. Fields
                ``<type>`` and ``<type>.<index>.<section|title|notes>``.
        """
        given = {kind: normalised(items) for kind, items in templates.items()}
        errors = validate_agenda_templates(given)
        if errors:
            raise ValidationError(errors)
        with self._store.unit_of_work() as session:
            merged = dict(vault_settings.AGENDA_TEMPLATES.read(session))
            merged.update(given)
            vault_settings.AGENDA_TEMPLATES.write(session, overrides_of(merged))

    def reset_agenda_template(self, meeting_type: MeetingType) -> None:
        """Return the standing agenda of ``meeting_type`` to the default."""
        with self._store.unit_of_work() as session:
            current = vault_settings.AGENDA_TEMPLATES.read(session)
            if meeting_type not in current:
                return
            kept = {kind: items for kind, items in current.items() if kind is not meeting_type}
            vault_settings.AGENDA_TEMPLATES.write(session, overrides_of(kept))

    # -- series ----------------------------------------------------------------------------

    def create_series(
        self, data: MeetingSeriesInput, attendees: Sequence[Attendee] = ()
    ) -> list[str]:
        """Create a series and its ``count`` planned meetings, every ``interval_weeks``
        weeks from ``first_on``, each with the attendees and the standing agenda.

        Returns:
            The meetings' ids, in date order.

        Raises:
            ValidationError: Fields of ``data`` (see
                :func:`~sspf_desk.domain.meeting_series.validate_meeting_series`) and
                ``attendees.<index>.<field>``.
            NotFoundError: A family attendee's young person does not exist.
        """
        errors = validate_meeting_series(data)
        for index, attendee in enumerate(attendees):
            for field, message in validate_attendee(attendee).items():
                errors[f"attendees.{index}.{field}"] = message
        if errors:
            raise ValidationError(errors)
        with self._store.unit_of_work() as session:
            for person_id in {a.young_person_id for a in attendees if a.young_person_id}:
                repositories.get_young_person(session, person_id)
            series = MeetingSeriesRecord(
                meeting_type=data.meeting_type,
                title=data.title.strip(),
                place=data.place.strip(),
                first_on=data.first_on,
                interval_weeks=data.interval_weeks,
                starts_at=data.starts_at,
                ends_at=data.ends_at,
            )
            session.add(series)
            session.flush()
            agenda = agenda_from_template(
                standard_agenda(data.meeting_type, agenda_templates(session))
            )
            days = series_days(data.first_on, data.interval_weeks, data.count)
            return [self._plan(session, data, series.id, day, attendees, agenda) for day in days]

    @staticmethod
    def _plan(
        session: Session,
        data: MeetingSeriesInput,
        series_id: str,
        day: date,
        attendees: Sequence[Attendee],
        agenda: Sequence[AgendaItem],
    ) -> str:
        """Add one planned meeting of a series with its attendees and agenda."""
        meeting = MeetingRecord(status=MeetingStatus.PLANNED, version=1, approved_by="")
        meeting.apply(data.meeting_on(day, series_id))
        session.add(meeting)
        session.flush()
        for position, attendee in enumerate(attendees):
            session.add(MeetingAttendeeRecord.from_domain(meeting.id, position, attendee))
        for item in agenda:
            record = AgendaItemRecord(meeting_id=meeting.id)
            record.apply(item)
            session.add(record)
        return meeting.id

    # -- calendar --------------------------------------------------------------------------

    def meeting_ics(self, meeting_id: str) -> bytes:
        """The meeting as an iCalendar file without personal data (an audited export).

        Raises:
            ValidationError: The meeting has no start time (``starts_at``).
            NotFoundError: No such meeting.
        """
        with self._store.unit_of_work() as session:
            meeting = repo_meetings.get_meeting(session, meeting_id)
            if meeting.starts_at is None:
                raise ValidationError({"starts_at": NO_START_TIME})
            start, end = _event_times(meeting.held_on, meeting.starts_at, meeting.ends_at)
            event = CalendarMeeting(
                uid=f"meeting-{meeting.id}@sspf-desk",
                summary=calendar_summary(meeting.meeting_type),
                start=start,
                end=end,
                location=meeting.place,
            )
            audit.record_export(session, "meeting", meeting.id, ("calendar",))
        return meeting_ics([event])

    def series_ics(self, series_id: str) -> bytes:
        """The series as one recurring iCalendar event (an audited export).

        The rule runs weekly every ``interval_weeks`` weeks from the first day up to the
        series' last meeting (meetings moved or deleted since are not reflected).

        Raises:
            ValidationError: No meeting of the series is left (``series``).
            NotFoundError: No such series.
        """
        with self._store.unit_of_work() as session:
            series = repo_meetings.get_series(session, series_id)
            listed = repo_meetings.meeting_listing(session, MeetingRecord.series_id == series_id)
            if not listed:
                raise ValidationError({"series": NO_SERIES_MEETINGS})
            last = max(row.held_on for row in listed)
            count = (last - series.first_on).days // (7 * series.interval_weeks) + 1
            start, end = _event_times(series.first_on, series.starts_at, series.ends_at)
            event = CalendarMeeting(
                uid=f"meeting-series-{series.id}@sspf-desk",
                summary=calendar_summary(series.meeting_type),
                start=start,
                end=end,
                location=series.place,
                recurrence=weekly_rule(series.first_on, series.interval_weeks, max(count, 1)),
            )
            audit.record_export(session, "meeting_series", series.id, ("calendar",))
        return meeting_ics([event])
