"""Suggested individual items for a meeting's agenda ("Hämta förslag").

For every open case one suggestion at most: a new case (status intake or consent) with its
consent status, a follow-up (an open plan item whose follow-up date or deadline falls on or
before the meeting day), or a proposal to close (an active plan or follow-up whose plan
items are all done or cancelled). Each is gated by THE sharing rule against the meeting's
attendees on the meeting day (one load of the sharing facts for all candidates). Titles
and reasons hold no names.

An operational group meeting also gets suggestions for its group and area level section
(``area_level``, no young person, so no gate): every active place or group with
observations since the previous meeting that took place (of the same series, when the
meeting belongs to one), or in the last 30 days when there is none, or with a measure whose
follow-up is due by the meeting day and not yet done (planned or ongoing, or done without a
follow-up text; cancelled measures never).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final, NamedTuple

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from sspf_desk.domain import (
    SECTOR_LABELS,
    SSPF_PARTIES,
    ActionStatus,
    AgendaSection,
    AgeRules,
    Attendee,
    CaseStatus,
    InformationCategory,
    ItemVisibility,
    Meeting,
    MeetingType,
    Party,
    Sector,
)
from sspf_desk.domain.agenda import ALLOWED, gate_for_attendees
from sspf_desk.domain.group_level import MEASURE_KIND_LABELS, MeasureKind
from sspf_desk.domain.plans import OPEN_ACTION_STATUSES
from sspf_desk.domain.sharing import SharingDecision
from sspf_desk.domain.text import swedish_sort_key
from sspf_desk.services.meeting_planning_rows import (
    PROTECTED_NAME,
    SUGGESTION_TITLES,
    AgendaSuggestion,
    SuggestionKind,
)
from sspf_desk.services.sharing_facts import SharingFacts, decide, load_facts
from sspf_desk.store import repo_meetings
from sspf_desk.store.models import YoungPersonRecord
from sspf_desk.store.models_cases import ActionItemRecord, CaseRecord
from sspf_desk.store.models_group_level import (
    GroupMeasureRecord,
    GroupObservationRecord,
    GroupSiteRecord,
)

#: What naming a young person on an agenda discloses: that they are discussed (no
#: category of information beyond that).
AGENDA_CATEGORIES: Final[frozenset[InformationCategory]] = frozenset()
NEW_CASE_STATUSES: Final = frozenset({CaseStatus.INTAKE, CaseStatus.CONSENT})
PLAN_STATUSES: Final = frozenset({CaseStatus.ACTIVE_PLAN, CaseStatus.FOLLOW_UP})
ALL_PARTIES_COVERED = "Samtycke eller rättslig grund finns för alla parter"
PLAN_DONE = "Alla åtgärder i planen är klara eller avbrutna"
_KIND_ORDER: Final[dict[SuggestionKind, int]] = {
    "new_case": 0,
    "follow_up": 1,
    "closing_proposal": 2,
}
_OPEN = ActionItemRecord.status.in_(sorted(OPEN_ACTION_STATUSES))
#: Without a previous meeting, observations of this many days before the meeting count.
AREA_LOOKBACK_DAYS: Final = 30
#: At most this many measures to follow up are named in a reason (the oldest first).
AREA_LISTED_FOLLOW_UPS: Final = 3


class OpenCase(NamedTuple):
    """An open case with what the suggestions need about its plan items."""

    id: str
    young_person_id: str
    status: CaseStatus
    opened_on: date
    first_name: str
    last_name: str
    protected_identity: bool
    all_items: int
    open_items: int
    first_deadline: date | None  # earliest deadline of an open item
    first_follow_up: date | None  # earliest follow-up date of an open item


def open_cases(session: Session) -> list[OpenCase]:
    """Every case that is not closed, with counts and the earliest dates of its open items."""
    items = (
        select(
            ActionItemRecord.case_id.label("case_id"),
            func.count().label("all_items"),
            func.sum(case((_OPEN, 1), else_=0)).label("open_items"),
            func.min(case((_OPEN, ActionItemRecord.deadline))).label("deadline"),
            func.min(case((_OPEN, ActionItemRecord.follow_up_on))).label("follow_up"),
        )
        .group_by(ActionItemRecord.case_id)
        .subquery()
    )
    query = (
        select(
            CaseRecord.id,
            CaseRecord.young_person_id,
            CaseRecord.status,
            CaseRecord.opened_on,
            YoungPersonRecord.first_name,
            YoungPersonRecord.last_name,
            YoungPersonRecord.protected_identity,
            func.coalesce(items.c.all_items, 0),
            func.coalesce(items.c.open_items, 0),
            items.c.deadline,
            items.c.follow_up,
        )
        .join(YoungPersonRecord, YoungPersonRecord.id == CaseRecord.young_person_id)
        .outerjoin(items, items.c.case_id == CaseRecord.id)
        .where(CaseRecord.status != CaseStatus.CLOSED)
        .order_by(CaseRecord.opened_on, CaseRecord.id)
    )
    return [OpenCase(*row) for row in session.execute(query)]


def _kind(found: OpenCase, day: date) -> SuggestionKind | None:
    """Which suggestion the case makes for a meeting on ``day`` (None: nothing to take up)."""
    if found.status in NEW_CASE_STATUSES:
        return "new_case"
    due = [when for when in (found.first_deadline, found.first_follow_up) if when is not None]
    if found.open_items and any(when <= day for when in due):
        return "follow_up"
    if found.status in PLAN_STATUSES and found.all_items and not found.open_items:
        return "closing_proposal"
    return None


def _join(labels: Sequence[str]) -> str:
    """``a``, ``a och b``, ``a, b och c``."""
    if len(labels) == 1:
        return labels[0]
    return f"{', '.join(labels[:-1])} och {labels[-1]}"


def _consent_reason(facts: SharingFacts, day: date, rules: AgeRules) -> str:
    """The consent status of a new case on ``day`` over the four SSPF parties."""
    missing = [
        party.display()
        for party in SSPF_PARTIES
        if not decide(facts, party, AGENDA_CATEGORIES, day, rules).allowed
    ]
    if not missing:
        return ALL_PARTIES_COVERED
    return f"Samtycke saknas för {_join(missing)}"


def _follow_up_reason(found: OpenCase, day: date, today: date) -> str:
    """Why a follow-up is due: its date, or the deadline of an open item (late or not)."""
    reasons: list[str] = []
    if found.first_follow_up is not None and found.first_follow_up <= day:
        reasons.append(f"Uppföljning {found.first_follow_up.isoformat()}")
    deadline = found.first_deadline
    if deadline is not None and deadline <= day:
        late = "Försenad åtgärd, klar senast" if deadline < today else "Åtgärd klar senast"
        reasons.append(f"{late} {deadline.isoformat()}")
    return "; ".join(reasons)


def _sort_day(found: OpenCase, kind: SuggestionKind) -> date:
    """The day a suggestion is ordered by within its kind (the oldest first)."""
    if kind == "follow_up":
        due = [d for d in (found.first_deadline, found.first_follow_up) if d is not None]
        return min(due)
    return found.opened_on


def due_suggestions(
    session: Session,
    meeting: Meeting,
    attendees: Sequence[Attendee],
    rules: AgeRules,
    today: date,
) -> list[AgendaSuggestion]:
    """The individual items ``meeting`` could take up, each gated against ``attendees``.

    Persons already on the meeting's agenda (named or anonymised) are left out. Ordered
    new cases, follow-ups, proposals to close; within each the oldest first.

    Args:
        session: The caller's unit of work.
        meeting: The meeting (its day decides what is due and the sharing rule's day).
        attendees: Its attendees (the gate counts those present or not yet recorded).
        rules: The vault's age rules (``vault_settings.AGE_RULES``).
        today: The clock: a deadline before today is reported as late.
    """
    day = meeting.held_on
    on_agenda = {
        item.young_person_id
        for item in repo_meetings.items_of(session, [meeting.id])
        if item.young_person_id is not None and item.visibility is not ItemVisibility.EXCLUDED
    }
    candidates: list[tuple[OpenCase, SuggestionKind]] = []
    for found in open_cases(session):
        kind = _kind(found, day)
        if kind is not None and found.young_person_id not in on_agenda:
            candidates.append((found, kind))
    facts = load_facts(session, [found.young_person_id for found, _ in candidates])
    candidates.sort(key=lambda pair: (_KIND_ORDER[pair[1]], _sort_day(*pair), pair[0].id))
    suggest = _Suggester(facts, day, tuple(attendees), rules, today)
    individual = [suggest(found, kind) for found, kind in candidates]
    if meeting.meeting_type is not MeetingType.OPERATIONAL_GROUP:
        return individual
    return individual + area_suggestions(session, meeting)


@dataclass(frozen=True, slots=True)
class _Suggester:
    """Builds gated suggestions for one meeting from the loaded sharing facts."""

    facts: dict[str, SharingFacts]
    day: date
    attendees: tuple[Attendee, ...]
    rules: AgeRules
    today: date

    def __call__(self, found: OpenCase, kind: SuggestionKind) -> AgendaSuggestion:
        """The suggestion of ``kind`` for the case ``found``, with its gate."""
        person = self.facts[found.young_person_id]  # the case's young person exists (joined)

        def decide_for(party: Party) -> SharingDecision:
            return decide(person, party, AGENDA_CATEGORIES, self.day, self.rules)

        if kind == "new_case":
            reason = _consent_reason(person, self.day, self.rules)
        elif kind == "follow_up":
            reason = _follow_up_reason(found, self.day, self.today)
        else:
            reason = PLAN_DONE
        name = f"{found.first_name} {found.last_name}".strip()
        return AgendaSuggestion(
            kind=kind,
            young_person_id=found.young_person_id,
            young_person_name=PROTECTED_NAME if found.protected_identity else name,
            case_id=found.id,
            title=SUGGESTION_TITLES[kind],
            reason=reason,
            gate=gate_for_attendees(found.young_person_id, self.attendees, decide_for),
        )


def _observations_since(session: Session, meeting: Meeting) -> date:
    """The first day whose observations are new to ``meeting``."""
    previous = repo_meetings.previous_meeting(
        session, meeting.meeting_type, meeting.held_on, meeting.series_id
    )
    if previous is None:
        return meeting.held_on - timedelta(days=AREA_LOOKBACK_DAYS)
    return previous.held_on + timedelta(days=1)


def _new_observations(session: Session, since: date, day: date) -> dict[str, dict[Sector, int]]:
    """Per site, the number of observations per sector dated ``since``–``day``."""
    query = (
        select(GroupObservationRecord.site_id, GroupObservationRecord.sector, func.count())
        .where(GroupObservationRecord.observed_on.between(since, day))
        .group_by(GroupObservationRecord.site_id, GroupObservationRecord.sector)
    )
    found: dict[str, dict[Sector, int]] = {}
    for site_id, sector, count in session.execute(query):
        found.setdefault(site_id, {})[sector] = count
    return found


def _follow_ups_due(session: Session, day: date) -> dict[str, list[tuple[date, MeasureKind]]]:
    """Per site, the measures whose follow-up is due by ``day`` and not yet done."""
    not_followed = GroupMeasureRecord.status.in_(sorted(OPEN_ACTION_STATUSES)) | (
        GroupMeasureRecord.follow_up == ""
    )
    query = (
        select(GroupMeasureRecord.site_id, GroupMeasureRecord.follow_up_on, GroupMeasureRecord.kind)
        .where(GroupMeasureRecord.follow_up_on <= day)
        .where(GroupMeasureRecord.status != ActionStatus.CANCELLED)
        .where(not_followed)
        .order_by(GroupMeasureRecord.follow_up_on, GroupMeasureRecord.id)
    )
    found: dict[str, list[tuple[date, MeasureKind]]] = {}
    for site_id, follow_up_on, kind in session.execute(query):
        if follow_up_on is not None:  # the query keeps only dated follow-ups
            found.setdefault(site_id, []).append((follow_up_on, kind))
    return found


def _area_reason(
    since: date, observed: dict[Sector, int], due: list[tuple[date, MeasureKind]]
) -> str:
    """The observations per sector since ``since`` and the measures to follow up."""
    parts: list[str] = []
    if observed:
        counts = ", ".join(
            f"{SECTOR_LABELS[sector]} {observed[sector]}" for sector in Sector if sector in observed
        )
        parts.append(f"Iakttagelser sedan {since.isoformat()}: {counts}")
    if due:
        listed = due[:AREA_LISTED_FOLLOW_UPS]
        measures = ", ".join(
            f"{MEASURE_KIND_LABELS[kind]} (uppföljning {when.isoformat()})" for when, kind in listed
        )
        more = len(due) - len(listed)
        parts.append(f"Att följa upp: {measures}" + (f" och {more} till" if more else ""))
    return ". ".join(parts) + "."


def site_title(name: str, area: str) -> str:
    """An area-level item's title: the site's name and its area (``Torget – Centrum``).

    The area is left out when it is empty or the name already says it ("Torget i Centrum").
    """
    if not area.strip() or area.strip().casefold() in name.casefold():
        return name
    return f"{name} – {area.strip()}"


def area_suggestions(session: Session, meeting: Meeting) -> list[AgendaSuggestion]:
    """The places and groups ``meeting`` could take up in its group and area level section.

    Active sites with observations new since the previous meeting (see the module text)
    or with follow-ups due by the meeting day, in Swedish name order; sites already on the
    agenda's area level section (an item with the same title) are left out. Titles and
    reasons name nobody; the gate always allows them.
    """
    day = meeting.held_on
    since = _observations_since(session, meeting)
    observed = _new_observations(session, since, day)
    due = _follow_ups_due(session, day)
    on_agenda = {
        item.title
        for item in repo_meetings.items_of(session, [meeting.id])
        if item.section is AgendaSection.AREA_LEVEL
    }
    query = select(GroupSiteRecord).where(GroupSiteRecord.active.is_(True))
    sites = sorted(session.scalars(query), key=lambda s: (swedish_sort_key(s.name), s.id))
    found: list[AgendaSuggestion] = []
    for site in sites:
        title = site_title(site.name, site.area)
        if (site.id not in observed and site.id not in due) or title in on_agenda:
            continue
        reason = _area_reason(since, observed.get(site.id, {}), due.get(site.id, []))
        found.append(
            AgendaSuggestion(
                kind="area_level",
                young_person_id=None,
                young_person_name="",
                case_id=None,
                title=title,
                reason=reason,
                gate=ALLOWED,
                site_id=site.id,
            )
        )
    return found
