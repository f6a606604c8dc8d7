"""The minutes of a 40-item operational group meeting as PDF, and a party excerpt.

Set-up (untimed) plans a meeting on the demo's reference day in the opened reference vault:
the standing agenda (13 items, each given notes) and 27 individual items about young
persons with open cases, each with notes, a decision and an action; four parties present.
A named item the gate blocks is stored anonymised, as the GUI's choice would. The vault is
closed without saving, so the reference data stay as they are.

Timed: ``MinutesService.minutes_pdf`` as the GUI calls it — read the meeting (audited
view), load names and the sharing facts, build the view, render the PDF, record the
export (and, for the excerpt, one disclosure per named young person).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import time, timedelta

from benchmarks.fixtures import Fixture, opened_workspace
from benchmarks.registry import Case, Operation, Target
from benchmarks.timing import Trial
from sspf_desk.domain import (
    ActionItemInput,
    ActionStatus,
    AgendaItem,
    AgendaSection,
    AttendanceStatus,
    Attendee,
    CaseStatus,
    MeetingInput,
    MeetingType,
    Party,
    Sector,
)
from sspf_desk.services.demo import REFERENCE_DAY
from sspf_desk.services.minutes_view import Audience
from sspf_desk.services.workspace import Workspace

ITEMS = 40
NOTES = (
    "Gruppen gick igenom läget sedan förra mötet. Skolan rapporterar bättre närvaro de "
    "senaste veckorna, fritidsgården ser den unge regelbundet på tisdagar. Socialtjänsten "
    "har haft ett uppföljande samtal med vårdnadshavarna. Insatserna fortsätter som planerat."
)
ATTENDEES = (
    Attendee("Märta Öberg", Sector.SCHOOL, "Rektor", AttendanceStatus.PRESENT, "Ängsskolan"),
    Attendee("Ahmed Yılmaz", Sector.SOCIAL_SERVICES, "Fältsekreterare", AttendanceStatus.PRESENT),
    Attendee("Per-Olof Näslund", Sector.POLICE, "Kommunpolis", AttendanceStatus.PRESENT),
    Attendee("Linnéa Håkansson", Sector.LEISURE, "Fritidsledare", AttendanceStatus.PRESENT),
    Attendee("Erik Sjöberg", Sector.POLICE, "Områdespolis", AttendanceStatus.ABSENT),
)


def _action(number: int) -> ActionItemInput:
    return ActionItemInput(
        what=f"Uppföljande samtal och avstämning med skolan (§ {number})",
        sector=Sector.SCHOOL,
        responsible="Mentor",
        start_on=REFERENCE_DAY,
        deadline=REFERENCE_DAY + timedelta(days=28),
        status=ActionStatus.PLANNED,
        follow_up_on=REFERENCE_DAY + timedelta(days=14),
    )


def plan_meeting(workspace: Workspace) -> str:
    """Create the 40-item meeting; return its id."""
    data = MeetingInput(
        MeetingType.OPERATIONAL_GROUP,
        "Operativ grupp, benchmark",
        REFERENCE_DAY,
        starts_at=time(13),
        ends_at=time(15),
        place="Stadshuset, sammanträdesrum 2",
        chair="Jörgen Åkesson",
        secretary="Karin Ström",
        approver="Märta Öberg",
    )
    detail = workspace.meetings.create_meeting(data, ATTENDEES)
    meeting = detail.meeting.id
    for gated in detail.items:
        if not gated.item.notes:
            workspace.meetings.update_item(gated.item.id or "", replace(gated.item, notes=NOTES))
    persons = [
        row.young_person_id
        for row in workspace.cases.list_cases()
        if row.status is not CaseStatus.CLOSED
    ]
    for number in range(len(detail.items) + 1, ITEMS + 1):
        person = persons[(number - 1) % len(persons)] if persons else None
        item = AgendaItem(
            number,
            AgendaSection.INDIVIDUALS if person else AgendaSection.OTHER,
            "Uppföljning av åtagandeplan",
            person,
            notes=NOTES,
            decisions=("Insatserna fortsätter; ny uppföljning om fyra veckor.",),
            actions=(_action(number),),
        )
        workspace.meetings.add_item(meeting, item, on_blocked="anonymise")
    return meeting


def _minutes_case(audience: Audience, doc: str) -> Case:
    @contextmanager
    def case(fixture: Fixture) -> Iterator[Trial]:
        with opened_workspace(fixture) as workspace:
            meeting = plan_meeting(workspace)
            workspace.minutes.minutes_pdf(meeting, audience)  # fonts registered, caches warm

            def step() -> None:
                data = workspace.minutes.minutes_pdf(meeting, audience)
                if not data.startswith(b"%PDF-"):
                    raise RuntimeError("not a PDF")

            yield Trial([step])

    case.__doc__ = doc
    return case


minutes_app = _minutes_case(
    Audience(), "The full minutes of the 40-item meeting as PDF (audited export)."
)
excerpt_app = _minutes_case(
    Audience(party=Party(Sector.POLICE)),
    "The police excerpt of the same meeting (export + disclosures).",
)

OPERATIONS = [
    Operation(
        name="minutes_pdf",
        title="Minutes (40 items)",
        app=minutes_app,
        targets=(Target("≤ 500 ms", at_most=500.0),),
        note="A 40-item operational group meeting to PDF through MinutesService.",
        warmup=1,
        repeat=5,
    ),
    Operation(
        name="minutes_excerpt_party",
        title="Excerpt (party)",
        app=excerpt_app,
        targets=(Target("≤ 500 ms", at_most=500.0),),
        note="The police excerpt: THE rule per young person, redaction against the vault's names.",
        warmup=1,
        repeat=5,
    ),
]
