"""Demo case work: concerns, consents, cases, action plans and legal-ground records.

Called by ``demo.generate`` with the seeded generator and the young persons and links it
made, so the whole document stays deterministic. Dates spread around the reference day
(into the past for what has happened, into the future for deadlines, follow-ups and consent
end dates), so a fresh demo vault has something in every block of the overview.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sspf_desk.domain import (
    DEFAULT_RISK_CATEGORIES,
    ActionStatus,
    CaseStatus,
    ClosingReason,
    ConcernLevel,
    ConcernOutcome,
    CustodyType,
    ReportStatus,
    Sector,
    Urgency,
)
from sspf_desk.services import demo_consent
from sspf_desk.services import demo_texts as texts
from sspf_desk.services.demo_consent import DemoRandom

Row = dict[str, Any]
_OPEN_FLOW = (
    CaseStatus.INTAKE,
    CaseStatus.CONSENT,
    CaseStatus.MAPPING,
    CaseStatus.ACTIVE_PLAN,
    CaseStatus.FOLLOW_UP,
)
_SSPF_SECTORS = (Sector.SCHOOL, Sector.SOCIAL_SERVICES, Sector.POLICE, Sector.LEISURE)


@dataclass(frozen=True)
class CaseworkPlan:
    """How much case work a reference size holds."""

    concerns: int
    actions: int


def build(
    gen: DemoRandom, reference: date, young: list[Row], links: list[Row], plan: CaseworkPlan
) -> dict[str, list[Row]]:
    """Return the case-work rows for the given young persons, keyed by table."""
    out: dict[str, list[Row]] = {
        name: []
        for name in (
            "concern",
            "concern_risk",
            "sspf_case",
            "case_event",
            "action_plan",
            "action_item",
            "consent",
            "consent_party",
            "consent_category",
            "ground_record",
            "ground_record_category",
            "disclosure",
            "disclosure_category",
            "disclosure_consent",
        )
    }
    guardians = _custodial_guardians(links)
    with_case = [p for p in young if gen.rng.random() < 0.4]
    # Seven in ten cases get as far as a plan (see the step choices in _case_for).
    actions_per_case = max(1, round(plan.actions / max(1.0, len(with_case) * 0.7)))
    for person in with_case:
        _case_for(gen, reference, person, guardians.get(person["id"], []), actions_per_case, out)
    while len(out["concern"]) < plan.concerns:
        _loose_concern(gen, reference, young, out)
    out["vault_setting"] = demo_consent.vault_settings_rows()
    for rows in out.values():
        rows.sort(key=_sort_key)
    return out


def _sort_key(row: Row) -> tuple[str, ...]:
    """Primary-key order, as the export writes it."""
    if "id" in row:
        return (str(row["id"]),)
    return tuple(str(value) for value in row.values())


def _custodial_guardians(links: list[Row]) -> dict[str, list[str]]:
    """Young person id → related person ids holding sole or joint custody."""
    found: dict[str, list[str]] = {}
    for link in links:
        if link["custody_type"] in (CustodyType.SOLE.value, CustodyType.JOINT.value):
            found.setdefault(link["young_person_id"], []).append(link["related_person_id"])
    return found


def _day(reference: date, offset: int) -> date:
    return reference + timedelta(days=offset)


def _concern_row(
    gen: DemoRandom, received: date, person: Row | None, *, outcome: ConcernOutcome
) -> Row:
    """One concern about a person (individual) or an area (selective)."""
    rng = gen.rng
    sector = rng.choice(list(Sector)[:4] * 4 + [Sector.GUARDIAN, Sector.OTHER])
    report_status = rng.choice(
        [ReportStatus.NOT_NEEDED] * 4 + [ReportStatus.MADE] * 3 + [ReportStatus.UNANSWERED]
    )
    made = report_status is ReportStatus.MADE
    feedback = made and rng.random() < 0.6
    stamp = gen.timestamp_on(received)
    return {
        "id": gen.new_id(),
        "received_on": received.isoformat(),
        "source_sector": sector.value,
        "reporter_role": rng.choice(texts.REPORTER_ROLES[sector.value]),
        "level": (ConcernLevel.INDIVIDUAL if person else ConcernLevel.SELECTIVE).value,
        "young_person_id": person["id"] if person else None,
        "area": "" if person else rng.choice(texts.AREAS_SELECTIVE),
        "group_description": "" if person else rng.choice(texts.GROUPS),
        "observation": rng.choice(texts.OBSERVATIONS if person else texts.AREA_OBSERVATIONS),
        "assessment": rng.choice(texts.ASSESSMENTS),
        "urgency": rng.choice([Urgency.LOW, Urgency.NORMAL, Urgency.NORMAL, Urgency.HIGH]).value,
        "report_status": report_status.value,
        "report_agency": rng.choice(texts.AGENCIES) if made else "",
        "report_reporter": rng.choice(texts.REPORTERS) if made else "",
        "report_reported_on": _day(received, rng.randrange(0, 3)).isoformat() if made else None,
        "report_reference": f"OA-{received.year}-{rng.randrange(1000, 9999)}" if made else "",
        "report_feedback_received": feedback,
        "report_feedback_on": _day(received, rng.randrange(7, 30)).isoformat()
        if feedback
        else None,
        "outcome": outcome.value,
        "outcome_on": None
        if outcome is ConcernOutcome.PENDING
        else _day(received, rng.randrange(3, 21)).isoformat(),
        "outcome_reason": rng.choice(texts.OUTCOME_REASONS.get(outcome.value, ("",))),
        "case_id": None,
        "created_at": stamp,
        "updated_at": stamp,
    }


def _add_risks(gen: DemoRandom, concern_id: str, out: dict[str, list[Row]]) -> None:
    """One to three risk categories per concern."""
    codes = gen.rng.sample([c.code for c in DEFAULT_RISK_CATEGORIES], gen.rng.randrange(1, 4))
    for position, code in enumerate(codes):
        out["concern_risk"].append({"concern_id": concern_id, "code": code, "position": position})


def _loose_concern(
    gen: DemoRandom, reference: date, young: list[Row], out: dict[str, list[Row]]
) -> None:
    """A concern without a case: selective level, pending, not suitable or referred."""
    rng = gen.rng
    person = None if rng.random() < 0.12 else rng.choice(young)
    age_days = rng.randrange(0, 720)
    if age_days < 30 and rng.random() < 0.6:
        outcome = ConcernOutcome.PENDING  # recent concerns still wait for a decision
    elif person is None:
        outcome = ConcernOutcome.REFERRED
    else:
        outcome = rng.choice([ConcernOutcome.NOT_SUITABLE] * 2 + [ConcernOutcome.REFERRED])
    row = _concern_row(gen, _day(reference, -age_days), person, outcome=outcome)
    if age_days >= 30 and row["report_status"] == ReportStatus.UNANSWERED.value:
        row["report_status"] = ReportStatus.NOT_NEEDED.value
    out["concern"].append(row)
    _add_risks(gen, row["id"], out)


def _case_for(
    gen: DemoRandom,
    reference: date,
    person: Row,
    guardians: list[str],
    actions: int,
    out: dict[str, list[Row]],
) -> None:
    """A case taken up from a concern, with its trail, consents and plan."""
    rng = gen.rng
    opened = _day(reference, -rng.randrange(5, 540))
    concern = _concern_row(
        gen, _day(opened, -rng.randrange(3, 20)), person, outcome=ConcernOutcome.SSPF_CASE
    )
    concern["outcome_on"] = opened.isoformat()
    case_id = gen.new_id()
    concern["case_id"] = case_id
    out["concern"].append(concern)
    _add_risks(gen, concern["id"], out)
    steps = rng.choice([1, 2, 3, 4, 4, 4, 5, 5, 6, 6])
    flow = list(_OPEN_FLOW[:steps]) if steps <= 5 else [*_OPEN_FLOW, CaseStatus.CLOSED]
    day = opened
    previous: CaseStatus | None = None
    for status in flow:
        reason = ""
        if status is CaseStatus.CLOSED:
            reason = rng.choice(texts.CLOSING_NOTES)
        out["case_event"].append(
            {
                "id": gen.new_id(),
                "case_id": case_id,
                "at": gen.timestamp_on(day),
                "from_status": previous.value if previous else None,
                "to_status": status.value,
                "reason": reason,
                "actor": "demo",
            }
        )
        previous = status
        day = _day(day, rng.randrange(5, 40))
    closed = flow[-1] is CaseStatus.CLOSED
    stamp = gen.timestamp_on(opened)
    out["sspf_case"].append(
        {
            "id": case_id,
            "young_person_id": person["id"],
            "status": flow[-1].value,
            "opened_on": opened.isoformat(),
            "closed_on": day.isoformat() if closed else None,
            "closing_reason": rng.choice(list(ClosingReason)).value if closed else None,
            "outcome": rng.choice(texts.CLOSING_NOTES) if closed else "",
            "created_at": stamp,
            "updated_at": stamp,
        }
    )
    facts = demo_consent.CaseFacts(reference, opened, person, tuple(guardians))
    if steps >= 2:
        given = demo_consent.consents(gen, facts, out)
        if steps >= 3:
            demo_consent.disclosures(gen, facts, given, out)
    if steps >= 4:
        _plan(gen, reference, opened, case_id, actions, out, closed=closed)
    if rng.random() < 0.03:
        demo_consent.ground_record(gen, facts, out)


def _item_status(roll: float, deadline: date, reference: date, *, closed: bool) -> ActionStatus:
    """Items of closed cases are finished; past deadlines are mostly met, a few overdue."""
    if closed:
        return ActionStatus.DONE if roll < 0.85 else ActionStatus.CANCELLED
    if deadline < reference:
        if roll < 0.8:
            return ActionStatus.DONE
        return ActionStatus.CANCELLED if roll < 0.9 else ActionStatus.ONGOING
    return ActionStatus.PLANNED if roll < 0.4 else ActionStatus.ONGOING


def _plan(  # noqa: PLR0913 - one row builder with the case's facts
    gen: DemoRandom,
    reference: date,
    opened: date,
    case_id: str,
    actions: int,
    out: dict[str, list[Row]],
    *,
    closed: bool,
) -> None:
    """An action plan with goals in the young person's words and its items."""
    rng = gen.rng
    stamp = gen.timestamp_on(_day(opened, 20))
    out["action_plan"].append(
        {
            "id": gen.new_id(),
            "case_id": case_id,
            "goals": rng.choice(texts.GOALS),
            "strengths": rng.choice(texts.STRENGTHS),
            "created_at": stamp,
            "updated_at": stamp,
        }
    )
    for _ in range(max(1, actions + rng.randrange(-2, 3))):
        what, sector = rng.choice(texts.ACTIONS)
        start = _day(opened, rng.randrange(14, 60))
        deadline = _day(start, rng.randrange(30, 200))
        status = _item_status(rng.random(), deadline, reference, closed=closed)
        done = status in (ActionStatus.DONE, ActionStatus.CANCELLED)
        out["action_item"].append(
            {
                "id": gen.new_id(),
                "case_id": case_id,
                "what": what,
                "sector": sector,
                "responsible": rng.choice(texts.RESPONSIBLE[sector]),
                "start_on": start.isoformat(),
                "deadline": deadline.isoformat(),
                "status": status.value,
                "follow_up_on": None if done else _day(deadline, -rng.randrange(0, 14)).isoformat(),
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
