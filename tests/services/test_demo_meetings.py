"""The demo meetings and bekymringssamtal: sizes, determinism and the rules they must keep."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from sspf_desk.cli_io import Messages
from sspf_desk.domain import (
    ActionItemInput,
    ActionStatus,
    AgendaItem,
    AgendaSection,
    Agreement,
    AttendanceStatus,
    Attendee,
    ConcernTalkInput,
    ItemVisibility,
    LegalGround,
    MeetingInput,
    MeetingStatus,
    MeetingType,
    ReportCheckpoint,
    ReportStatus,
    Sector,
    TalkParticipant,
    TalkRole,
    names_in_item,
    validate_action_item,
    validate_agenda_item,
    validate_attendee,
    validate_concern_talk,
    validate_meeting,
)
from sspf_desk.domain.rules import age_on
from sspf_desk.services import demo
from sspf_desk.services.archive import (
    Document,
    dump_document,
    export_document,
    import_document,
)
from sspf_desk.services.check import RECORD_TYPE_NAMES
from sspf_desk.services.meetings import MeetingService
from sspf_desk.services.workspace import Workspace
from tests.helpers.workspace import create_workspace

Row = dict[str, Any]
_MEETING_TABLES = ("meeting", "agenda_item", "meeting_action", "concern_talk")


@pytest.fixture(scope="module")
def small() -> dict[str, list[Row]]:
    records: dict[str, list[Row]] = demo.generate("small", 1)["records"]
    return records


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Workspace, Document]]:
    workspace, _ = create_workspace(tmp_path_factory.mktemp("demo"))
    document = demo.generate("small", 1)
    import_document(workspace, document)
    yield workspace, document
    workspace.close()


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _action(row: Row) -> ActionItemInput:
    return ActionItemInput(
        what=row["what"],
        sector=Sector(row["sector"]),
        responsible=row["responsible"],
        start_on=_day(row["start_on"]),
        deadline=_day(row["deadline"]),
        status=ActionStatus(row["status"]),
        follow_up_on=_day(row["follow_up_on"]),
    )


def _by(rows: list[Row], key: str) -> dict[str, list[Row]]:
    found: dict[str, list[Row]] = {}
    for row in rows:
        found.setdefault(str(row[key]), []).append(row)
    return found


def _attendees(rows: list[Row]) -> list[Attendee]:
    return [
        Attendee(
            name=row["name"],
            sector=Sector(row["sector"]),
            role=row["role"],
            status=None if row["status"] is None else AttendanceStatus(row["status"]),
            organisation=row["organisation"],
            young_person_id=row["young_person_id"],
        )
        for row in sorted(rows, key=lambda r: r["position"])
    ]


@pytest.mark.parametrize("size", ["small", "medium"])
def test_sizes_hold_the_planned_numbers(size: str) -> None:
    plan = demo.SIZES[size]
    records = demo.generate(size, 1)["records"]
    assert len(records["meeting"]) == plan.meetings
    assert len(records["agenda_item"]) == plan.agenda_items
    assert len(records["concern_talk"]) == plan.young_persons // 10
    kinds = Counter(row["meeting_type"] for row in records["meeting"])
    assert set(kinds) >= {
        MeetingType.OPERATIONAL_GROUP.value,
        MeetingType.NETWORK_MEETING.value,
        MeetingType.STEERING_GROUP.value,
    }
    assert len(records["meeting_series"]) == plan.districts


@pytest.mark.slow
def test_large_size_holds_the_design_numbers() -> None:
    records = demo.generate("large", 1)["records"]
    assert len(records["meeting"]) == 2000  # DESIGN.md §6
    assert len(records["agenda_item"]) == 20000
    assert len(records["concern_talk"]) == 500


def test_same_seed_same_meetings_other_seed_other_meetings() -> None:
    first, again, other = (demo.generate("small", seed)["records"] for seed in (7, 7, 8))
    for table in _MEETING_TABLES:
        assert first[table] == again[table]
    assert first["meeting"] != other["meeting"]


def test_another_process_with_other_hashing_builds_the_same_document() -> None:
    script = (
        "import hashlib; from sspf_desk.services import demo; "
        "from sspf_desk.services.archive import dump_document; "
        "print(hashlib.sha256(dump_document(demo.generate('small', 1))).hexdigest())"
    )
    here = hashlib.sha256(dump_document(demo.generate("small", 1))).hexdigest()
    for hash_seed in ("0", "4711"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        done = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        )
        assert done.stdout.strip() == here


def test_the_demo_and_check_commands_name_every_record_type_they_print(
    small: dict[str, list[Row]],
) -> None:
    for lang in ("sv", "en"):
        unnamed = [name for name in small if Messages(lang).entity(name) == name]
        unnamed += [name for name in small if name not in RECORD_TYPE_NAMES[lang]]
        assert unnamed == [], lang


def test_meetings_attendees_and_items_pass_the_domain_rules(small: dict[str, list[Row]]) -> None:
    attendees = _by(small["meeting_attendee"], "meeting_id")
    items = _by(small["agenda_item"], "meeting_id")
    actions = _by(small["meeting_action"], "agenda_item_id")
    reference = demo.REFERENCE_DAY
    for row in small["meeting"]:
        data = MeetingInput(
            meeting_type=MeetingType(row["meeting_type"]),
            title=row["title"],
            held_on=date.fromisoformat(row["held_on"]),
            place=row["place"],
            chair=row["chair"],
            secretary=row["secretary"],
            approver=row["approver"],
        )
        assert validate_meeting(data) == {}
        listed = _attendees(attendees[row["id"]])
        assert all(validate_attendee(a) == {} for a in listed)
        status = MeetingStatus(row["status"])
        recorded = all(a.status is not None for a in listed)
        if status is MeetingStatus.PLANNED:
            assert data.held_on >= reference
            assert all(a.status is None for a in listed)
        else:
            assert data.held_on < reference
            assert recorded
        assert (row["approved_on"] is not None) == (status is MeetingStatus.APPROVED)
        numbers = [item["number"] for item in items[row["id"]]]
        assert sorted(numbers) == list(range(1, len(numbers) + 1))
        for item in items[row["id"]]:
            item_actions = tuple(_action(a) for a in actions.get(item["id"], []))
            agenda_item = AgendaItem(
                number=item["number"],
                section=AgendaSection(item["section"]),
                title=item["title"],
                young_person_id=item["young_person_id"],
                visibility=ItemVisibility(item["visibility"]),
                notes=item["notes"],
                decisions=tuple(json.loads(item["decisions"])),
                actions=item_actions,
            )
            assert validate_agenda_item(agenda_item) == {}
            assert all(validate_action_item(a) == {} for a in item_actions)


def test_no_item_that_is_not_named_holds_the_young_persons_name() -> None:
    records = demo.generate("medium", 2)["records"]
    persons = {p["id"]: (p["first_name"], p["last_name"]) for p in records["young_person"]}
    actions = _by(records["meeting_action"], "agenda_item_id")
    hidden = [
        item
        for item in records["agenda_item"]
        if item["young_person_id"] and item["visibility"] != ItemVisibility.NAMED.value
    ]
    assert hidden
    for item in hidden:
        stored = AgendaItem(
            number=item["number"],
            section=AgendaSection(item["section"]),
            title=item["title"],
            young_person_id=item["young_person_id"],
            visibility=ItemVisibility(item["visibility"]),
            notes=item["notes"],
            decisions=tuple(json.loads(item["decisions"])),
            actions=tuple(_action(a) for a in actions.get(item["id"], [])),
        )
        assert names_in_item(stored, persons[item["young_person_id"]]) == {}


def test_actions_link_each_plan_item_once_to_an_item_about_its_case(
    small: dict[str, list[Row]],
) -> None:
    cases = {c["id"]: c for c in small["sspf_case"]}
    plan_items = {row["id"]: row for row in small["action_item"]}
    items = {row["id"]: row for row in small["agenda_item"]}
    meetings = {row["id"]: row for row in small["meeting"]}
    links = [a for a in small["meeting_action"] if a["action_item_id"]]
    assert links
    assert len({a["action_item_id"] for a in links}) == len(links)
    for action in links:
        plan_item = plan_items[action["action_item_id"]]
        item = items[action["agenda_item_id"]]
        case = cases[plan_item["case_id"]]
        assert item["young_person_id"] == case["young_person_id"]
        assert action["what"] == plan_item["what"]
        held = meetings[item["meeting_id"]]["held_on"]
        assert case["opened_on"] <= held
        assert case["closed_on"] is None or held <= case["closed_on"]


def test_items_are_carried_from_the_previous_meeting_of_the_series(
    small: dict[str, list[Row]],
) -> None:
    items = {row["id"]: row for row in small["agenda_item"]}
    meetings = {row["id"]: row for row in small["meeting"]}
    carried = [row for row in small["agenda_item"] if row["carried_from_item_id"]]
    assert carried
    for item in carried:
        source = items[item["carried_from_item_id"]]
        before, after = meetings[source["meeting_id"]], meetings[item["meeting_id"]]
        assert before["series_id"] == after["series_id"] is not None
        assert before["held_on"] < after["held_on"]
        assert source["young_person_id"] == item["young_person_id"]
        assert source["follow_up_on"] == after["held_on"]


def test_concern_talks_pass_the_domain_rules(small: dict[str, list[Row]]) -> None:
    persons = {p["id"]: p for p in small["young_person"]}
    participants = _by(small["concern_talk_participant"], "talk_id")
    agreements = _by(small["concern_talk_agreement"], "talk_id")
    for row in small["concern_talk"]:
        held = date.fromisoformat(row["held_on"])
        data = ConcernTalkInput(
            young_person_id=row["young_person_id"],
            held_on=held,
            place=row["place"],
            called_by=row["called_by"],
            participants=tuple(
                TalkParticipant(p["name"], TalkRole(p["role"]), p["title"])
                for p in sorted(participants[row["id"]], key=lambda p: p["position"])
            ),
            reason=row["reason"],
            risk_factors=row["risk_factors"],
            protective_factors=row["protective_factors"],
            information_given=row["information_given"],
            agreements=tuple(
                Agreement(a["what"], a["responsible"])
                for a in sorted(agreements[row["id"]], key=lambda a: a["position"])
            ),
            follow_up_on=_day(row["follow_up_on"]),
            report=ReportCheckpoint(
                status=ReportStatus(row["report_status"]),
                agency=row["report_agency"],
                reporter=row["report_reporter"],
                reported_on=_day(row["report_reported_on"]),
                reference=row["report_reference"],
                feedback_received=row["report_feedback_received"],
                feedback_on=_day(row["report_feedback_on"]),
            ),
            legal_ground=LegalGround(row["legal_ground"]),
            consent_reference=row["consent_reference"],
            meeting_id=row["meeting_id"],
        )
        minor = age_on(date.fromisoformat(persons[row["young_person_id"]]["birth_date"]), held) < 18
        errors = validate_concern_talk(data, today=demo.REFERENCE_DAY, young_person_is_minor=minor)
        assert errors == {}
        roles = {p.role for p in data.participants}
        assert {TalkRole.YOUNG_PERSON, TalkRole.POLICE} <= roles


def test_demo_meetings_import_and_export_unchanged(imported: tuple[Workspace, Document]) -> None:
    workspace, document = imported
    exported = export_document(workspace)["records"]
    for table in (*_MEETING_TABLES, "meeting_attendee", "meeting_series"):
        assert exported[table] == document["records"][table]


def test_no_stored_named_item_fails_the_gate(imported: tuple[Workspace, Document]) -> None:
    workspace, document = imported
    service = MeetingService(workspace.store, today=lambda: demo.REFERENCE_DAY)
    rows = service.list_meetings()
    assert len(rows) == len(document["records"]["meeting"])
    named = 0
    for row in rows:
        detail = service.get_meeting(row.id)
        for entry in detail.items:  # the service re-runs THE gate over the stored attendance
            assert entry.gate.allowed, entry.gate.reasons
            named += entry.item.is_named and entry.item.young_person_id is not None
    assert named


def test_reopened_meetings_keep_their_first_version(imported: tuple[Workspace, Document]) -> None:
    workspace, document = imported
    service = MeetingService(workspace.store, today=lambda: demo.REFERENCE_DAY)
    versions = document["records"]["meeting_version"]
    assert versions
    for version in versions:
        current = service.get_meeting(version["meeting_id"])
        earlier = service.version_detail(version["meeting_id"], version["number"])
        assert current.meeting.version == version["number"] + 1
        assert [v.reason for v in current.versions] == [version["reason"]]
        assert earlier.meeting.version == version["number"]
        assert earlier.meeting.status is MeetingStatus.APPROVED
        assert [e.item for e in earlier.items] != [e.item for e in current.items]
