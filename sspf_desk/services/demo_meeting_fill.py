"""The state and the minutes of the demo meetings: status and approval by age, and texts.

Past meetings are held: the last week's minutes are still being written (held), the
weeks before partly finalized, older ones approved (justerade), a few finalized but never
approved. Planned meetings carry the standing agenda and the secrecy reminder only.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from sspf_desk.domain import (
    ActionItemInput,
    ActionStatus,
    AgendaSection,
    ItemVisibility,
    MeetingStatus,
    MeetingType,
    Sector,
)
from sspf_desk.services import demo_meeting_texts as texts
from sspf_desk.services.demo_agenda import ItemDraft, MeetingDraft
from sspf_desk.services.demo_consent import DemoRandom

Row = dict[str, Any]
DEMO_ACTOR = "demo"
_T = MeetingType


def set_status(gen: DemoRandom, reference: date, meeting: MeetingDraft) -> None:
    """Status, approval and timestamps from how long ago the meeting was held."""
    rng = gen.rng
    day = meeting.day
    created = min(day - timedelta(days=rng.randrange(7, 29)), reference)
    updated = created
    if day < reference:
        age = (reference - day).days
        if age <= 7:
            meeting.status = MeetingStatus.HELD
        elif age <= 21:
            meeting.status = rng.choice((MeetingStatus.FINALIZED, MeetingStatus.APPROVED))
        else:
            approved = rng.random() < 0.95
            meeting.status = MeetingStatus.APPROVED if approved else MeetingStatus.FINALIZED
        updated = day
        if meeting.status is MeetingStatus.APPROVED:
            meeting.approved_on = min(day + timedelta(days=rng.randrange(1, 7)), reference)
            meeting.approved_by = DEMO_ACTOR
            updated = meeting.approved_on
    meeting.created_at = gen.timestamp_on(created)
    meeting.updated_at = meeting.created_at if updated == created else gen.timestamp_on(updated)


def _area_actions(gen: DemoRandom, reference: date, day: date) -> list[ActionItemInput]:
    """One or two person-less actions of the area level."""
    rng = gen.rng
    made = []
    for what, sector, responsible in rng.sample(texts.AREA_ACTIONS, rng.randrange(1, 3)):
        deadline = day + timedelta(days=rng.randrange(7, 29))
        if deadline < reference:
            status = ActionStatus.DONE if rng.random() < 0.85 else ActionStatus.CANCELLED
        else:
            status = rng.choice((ActionStatus.PLANNED, ActionStatus.ONGOING))
        made.append(ActionItemInput(what, Sector(sector), responsible, day, deadline, status, None))
    return made


def _plan_actions(plan_items: list[Row]) -> list[tuple[ActionItemInput, str | None]]:
    """The case's plan items, made at its plan meeting (each linked to its plan item)."""
    return [
        (
            ActionItemInput(
                what=row["what"],
                sector=Sector(row["sector"]),
                responsible=row["responsible"],
                start_on=_day(row["start_on"]),
                deadline=_day(row["deadline"]),
                status=ActionStatus(row["status"]),
                follow_up_on=_day(row["follow_up_on"]),
            ),
            str(row["id"]),
        )
        for row in plan_items
    ]


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def fill_texts(
    gen: DemoRandom, reference: date, meeting: MeetingDraft, plan_items: Mapping[str, list[Row]]
) -> None:
    """Write the minutes of a held meeting (planned ones keep the bare agenda)."""
    if meeting.status is MeetingStatus.PLANNED:
        return
    for item in meeting.items:
        _fill(gen, reference, meeting, item)
        if (
            meeting.first_of_case
            and meeting.case_id is not None
            and item.title.startswith("Åtagandeplan")
        ):
            item.actions = _plan_actions(plan_items.get(meeting.case_id, []))


def _fill(gen: DemoRandom, reference: date, meeting: MeetingDraft, item: ItemDraft) -> None:  # noqa: PLR0912 - one branch per kind of item
    rng = gen.rng
    kind = meeting.meeting_type
    section = item.section
    if section is AgendaSection.OPENING:
        item.decisions = (
            f"Till sekreterare valdes {meeting.secretary} och till justerare {meeting.approver}.",
        )
    elif section is AgendaSection.PREVIOUS_MINUTES:
        if kind is _T.NETWORK_MEETING:
            item.notes = texts.NETWORK_PREVIOUS[-1 if meeting.first_of_case else rng.randrange(2)]
        else:
            item.notes = "Öppna åtgärder gicks igenom."
            item.decisions = texts.PREVIOUS_MINUTES_DECISIONS
    elif section is AgendaSection.SITUATION_PICTURE:
        if kind is _T.STEERING_GROUP:
            item.notes = texts.STEERING_SITUATION[0].format(
                count=rng.randrange(20, 140), share=rng.randrange(55, 90)
            )
        else:
            item.notes = rng.choice(texts.SITUATION_PICTURE.get(item.title, ("",)))
    elif section is AgendaSection.AREA_LEVEL:
        if kind is _T.STEERING_GROUP:
            item.notes = rng.choice(texts.STEERING_STRATEGY)
            item.decisions = (rng.choice(texts.STEERING_DECISIONS),)
        else:
            item.notes = rng.choice(texts.AREA_LEVEL)
            item.decisions = (rng.choice(texts.AREA_DECISIONS),)
            item.actions = [(a, None) for a in _area_actions(gen, reference, meeting.day)]
    elif section is AgendaSection.INDIVIDUALS:
        _fill_individual(gen, meeting, item)
    elif section is AgendaSection.DECISIONS:
        if kind is _T.NETWORK_MEETING:
            item.decisions = (texts.NETWORK_DECISIONS[0 if meeting.first_of_case else 1],)
        elif kind is _T.CONCERN_TALK:
            item.decisions = meeting.agreements
        else:
            item.decisions = texts.DECISIONS_ITEM
    elif section is AgendaSection.OTHER and item.kind != "extra":
        item.notes = rng.choice(texts.OTHER_BUSINESS)
    elif section is AgendaSection.NEXT_MEETING:
        if kind is _T.CONCERN_TALK and meeting.follow_up_on is not None:
            item.notes = f"Uppföljande samtal {meeting.follow_up_on.isoformat()}."
        elif meeting.next_day is not None:
            item.notes = f"Nästa möte {meeting.next_day.isoformat()} kl. 13.00."
        else:
            item.notes = "Nästa möte bokas av samordnaren."
        item.decisions = (f"Protokollet justeras av {meeting.approver}.",)


_INDIVIDUAL_TEXTS = {
    "new_case": (texts.NEW_CASE_NOTES, texts.NEW_CASE_DECISIONS),
    "new_case_consented": (texts.NEW_CASE_CONSENTED_NOTES, texts.NEW_CASE_CONSENTED_DECISIONS),
    "follow_up": (texts.FOLLOW_UP_NOTES, texts.FOLLOW_UP_DECISIONS),
    "closing": (texts.CLOSING_PROPOSAL_NOTES, texts.CLOSING_PROPOSAL_DECISIONS),
}


def _fill_individual(gen: DemoRandom, meeting: MeetingDraft, item: ItemDraft) -> None:
    rng = gen.rng
    if item.kind in _INDIVIDUAL_TEXTS:
        consented = item.kind == "new_case" and item.visibility is ItemVisibility.NAMED
        notes, decisions = _INDIVIDUAL_TEXTS["new_case_consented" if consented else item.kind]
        item.notes = rng.choice(notes)
        item.decisions = (rng.choice(decisions),)
    elif meeting.meeting_type is _T.NETWORK_MEETING:
        plan = item.title.startswith("Åtagandeplan")
        item.notes = rng.choice(texts.NETWORK_PLAN if plan else texts.NETWORK_CURRENT)
    elif meeting.meeting_type is _T.CONCERN_TALK:
        if item.title.startswith("Kartläggning"):
            risk = rng.choice(texts.TALK_RISK_FACTORS)
            protective = rng.choice(texts.TALK_PROTECTIVE_FACTORS)
            item.notes = f"Risker: {risk} Skydd: {protective}"
        else:
            item.notes = rng.choice(texts.TALK_INFORMATION)
