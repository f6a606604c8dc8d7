"""Demo bekymringssamtal: about one in ten young persons had a talk with police and
social services (sometimes the school), the young person and, for a minor, the custodial
guardians (DOMAIN.md §3). Each talk records the reason, the mapping, the information given,
agreements with who is responsible, a follow-up date, the orosanmälan checkpoint and the
legal ground. A talk is booked as a meeting only where THE rule lets every professional
present receive the young person's information on that day (so its items can be named).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sspf_desk.domain import Attendee, LegalGround, ReportStatus, Sector, TalkRole
from sspf_desk.domain.rules import age_on
from sspf_desk.services import demo_meeting_texts as texts
from sspf_desk.services.demo_consent import DemoRandom
from sspf_desk.services.demo_facts import Decider, Records, custodial_guardians

Row = dict[str, Any]
TABLES = ("concern_talk", "concern_talk_participant", "concern_talk_agreement")
_ROLES = {
    Sector.POLICE: TalkRole.POLICE,
    Sector.SOCIAL_SERVICES: TalkRole.SOCIAL_SERVICES,
    Sector.SCHOOL: TalkRole.SCHOOL,
}
#: Share of the talks that may be booked as meetings (when THE rule allows it).
BOOKED_SHARE = 0.5
ADULT_AGE = 18


@dataclass(frozen=True)
class Booking:
    """A talk that was booked as a meeting of type bekymringssamtal."""

    meeting_id: str
    person_id: str
    day: date
    place: str
    professionals: tuple[Attendee, ...]
    agreements: tuple[str, ...]
    follow_up_on: date


#: The professionals who may meet a young person: police, social services and school.
Staff = Callable[[str], tuple[Attendee, Attendee, Attendee]]


def build(  # noqa: PLR0913 - the talk builder needs the document and THE rule
    gen: DemoRandom,
    reference: date,
    records: Records,
    count: int,
    *,
    decider: Decider,
    staff: Staff,
    out: dict[str, list[Row]],
) -> list[Booking]:
    """Append ``count`` talks' rows to ``out``; return the ones booked as meetings."""
    rng = gen.rng
    related = {p["id"]: p for p in records["related_person"]}
    guardians = custodial_guardians(records)
    grounds = {r["young_person_id"]: r for r in records["ground_record"]}
    eligible = [
        p
        for p in records["young_person"]
        if age_on(date.fromisoformat(p["birth_date"]), reference) >= 13
    ]
    bookings: list[Booking] = []
    for person in rng.sample(eligible, min(count, len(eligible))):
        day = reference - timedelta(days=rng.randrange(3, 420))
        minor = age_on(date.fromisoformat(person["birth_date"]), day) < ADULT_AGE
        police, social, school = staff(person["id"])
        professionals = [police, social, school] if rng.random() < 0.3 else [police, social]
        talk_id = gen.new_id()
        participants = [
            (f"{person['first_name']} {person['last_name']}", TalkRole.YOUNG_PERSON, "")
        ]
        if minor:
            for related_id in guardians.get(person["id"], []):
                guardian = related[related_id]
                name = f"{guardian['first_name']} {guardian['last_name']}"
                participants.append((name, TalkRole.GUARDIAN, "vårdnadshavare"))
        participants += [(a.name, _ROLES[a.sector], a.role) for a in professionals]
        for position, (name, role, title) in enumerate(participants):
            out["concern_talk_participant"].append(
                {
                    "id": gen.new_id(),
                    "talk_id": talk_id,
                    "position": position,
                    "name": name,
                    "role": role.value,
                    "title": title,
                }
            )
        agreements = rng.sample(texts.TALK_AGREEMENTS, rng.randrange(2, 5))
        for position, (what, responsible) in enumerate(agreements):
            out["concern_talk_agreement"].append(
                {
                    "id": gen.new_id(),
                    "talk_id": talk_id,
                    "position": position,
                    "what": what,
                    "responsible": responsible,
                }
            )
        place = rng.choice(texts.TALK_PLACES)
        follow_up = day + timedelta(days=42)
        allowed = all(decider.bound(person["id"], day)(a.party).allowed for a in professionals)
        meeting_id = gen.new_id() if allowed and rng.random() < BOOKED_SHARE else None
        if meeting_id is not None:
            bookings.append(
                Booking(
                    meeting_id=meeting_id,
                    person_id=person["id"],
                    day=day,
                    place=place,
                    professionals=tuple(professionals),
                    agreements=tuple(what for what, _ in agreements),
                    follow_up_on=follow_up,
                )
            )
        ground = grounds.get(person["id"])
        osl = ground is not None and ground["valid_from"] <= day.isoformat() <= ground["valid_to"]
        stamp = gen.timestamp_on(day)
        out["concern_talk"].append(
            {
                "id": talk_id,
                "young_person_id": person["id"],
                "held_on": day.isoformat(),
                "place": place,
                "called_by": f"{police.name}, {police.role}",
                "reason": rng.choice(texts.TALK_REASONS),
                "risk_factors": rng.choice(texts.TALK_RISK_FACTORS),
                "protective_factors": rng.choice(texts.TALK_PROTECTIVE_FACTORS),
                "information_given": rng.choice(texts.TALK_INFORMATION),
                "follow_up_on": follow_up.isoformat(),
                **_report(gen, day, reference, police),
                "legal_ground": (LegalGround.OSL_10_18A if osl else LegalGround.CONSENT).value,
                "consent_reference": ""
                if osl
                else (
                    texts.TALK_CONSENT_REFERENCE if minor else texts.TALK_CONSENT_REFERENCE_ADULT
                ),
                "meeting_id": meeting_id,
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
    return bookings


def _report(gen: DemoRandom, day: date, reference: date, police: Attendee) -> Row:
    """The orosanmälan checkpoint: mostly not needed, sometimes made at the talk."""
    rng = gen.rng
    roll = rng.random()
    status = ReportStatus.NOT_NEEDED
    if roll < 0.25:
        status = ReportStatus.MADE
    elif roll < 0.35:
        status = ReportStatus.MADE_BY_OTHER
    made = status is ReportStatus.MADE
    feedback_on = day + timedelta(days=rng.randrange(7, 21))
    feedback = made and feedback_on <= reference and rng.random() < 0.7
    return {
        "report_status": status.value,
        "report_agency": "Polismyndigheten" if made else "",
        "report_reporter": police.name if made else "",
        "report_reported_on": day.isoformat() if made else None,
        "report_reference": f"OA-{day.year}-{rng.randrange(1000, 9999)}" if made else "",
        "report_feedback_received": feedback,
        "report_feedback_on": feedback_on.isoformat() if feedback else None,
    }
