"""Suggested individual items for a meeting's agenda ("Hämta förslag").

For every open case one suggestion at most: a new case (status intake or consent) with its
consent status, a follow-up (an open plan item whose follow-up date or deadline falls on or
before the meeting day), or a proposal to close (an active plan or follow-up whose plan
items are all done or cancelled). Each is gated by THE sharing rule against the meeting's
attendees on the meeting day (one load of the sharing facts for all candidates). Titles
and reasons hold no names.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final, NamedTuple

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from sspf_desk.domain import (
    SSPF_PARTIES,
    AgeRules,
    Attendee,
    CaseStatus,
    InformationCategory,
    ItemVisibility,
    Meeting,
    Party,
)
from sspf_desk.domain.agenda import gate_for_attendees
from sspf_desk.domain.plans import OPEN_ACTION_STATUSES
from sspf_desk.domain.sharing import SharingDecision
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
    return [suggest(found, kind) for found, kind in candidates]


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
