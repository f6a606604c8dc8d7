"""The Möten table models: texts, roles, highlighting of blocked items, checking; qtmodeltester."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from sspf_desk.domain import (
    ActionItemInput,
    ActionStatus,
    AgendaItem,
    AgendaSection,
    AttendanceStatus,
    Attendee,
    ItemVisibility,
    MeetingStatus,
    MeetingType,
    MeetingVersion,
    Party,
    Sector,
)
from sspf_desk.domain.agenda import ALLOWED, GateResult
from sspf_desk.services.meeting_planning_rows import AgendaSuggestion
from sspf_desk.services.meeting_rows import GatedItem, MeetingRow
from sspf_desk.ui.models.meeting_actions_model import MeetingActionsModel
from sspf_desk.ui.models.meeting_agenda_model import (
    BLOCKED_ROLE,
    ITEM_ID_ROLE,
    AgendaColumn,
    MeetingAgendaModel,
)
from sspf_desk.ui.models.meeting_attendees_model import MeetingAttendeesModel
from sspf_desk.ui.models.meeting_suggestions_model import MeetingSuggestionsModel
from sspf_desk.ui.models.meeting_versions_model import MeetingVersionsModel
from sspf_desk.ui.models.meetings_model import (
    MEETING_ID_ROLE,
    SORT_ROLE,
    MeetingColumn,
    MeetingsModel,
)

BLOCKED = GateResult(
    allowed=False,
    blocked_parties=(Party(Sector.POLICE),),
    reasons=("Polis: Samtycke saknas.",),
    options=("anonymise", "exclude"),
)


def meeting_row(**changes: object) -> MeetingRow:
    values: dict[str, object] = {
        "id": "m1",
        "meeting_type": MeetingType.OPERATIONAL_GROUP,
        "title": "Operativ grupp",
        "held_on": date(2026, 3, 3),
        "starts_at": time(13, 0),
        "place": "Stadshuset",
        "status": MeetingStatus.PLANNED,
        "version": 1,
        "series_id": None,
        "item_count": 13,
        "named_count": 2,
    }
    values.update(changes)
    return MeetingRow(**values)  # type: ignore[arg-type]


def gated(number: int, **changes: object) -> GatedItem:
    gate = changes.pop("gate", ALLOWED)
    name = changes.pop("name", "")
    item = AgendaItem(number, AgendaSection.INDIVIDUALS, "Uppföljning", id=f"i{number}")
    return GatedItem(replace(item, **changes), gate, name, has_open_case=False)  # type: ignore[arg-type]


def test_meetings_model_texts_roles_and_model_tester(qtmodeltester: ModelTester) -> None:
    model = MeetingsModel()
    model.set_rows(
        [
            meeting_row(),
            meeting_row(id="m2", status=MeetingStatus.APPROVED, version=2, named_count=0),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, MeetingColumn.DATE).data() == "2026-03-03"
    assert model.index(0, MeetingColumn.TIME).data() == "13:00"
    assert model.index(0, MeetingColumn.TYPE).data() == "Operational group"
    assert model.index(0, MeetingColumn.ITEMS).data() == "13 (2 named)"
    assert model.index(1, MeetingColumn.ITEMS).data() == "13"
    assert model.index(1, MeetingColumn.STATUS).data() == "Approved (version 2)"
    assert model.index(1, MeetingColumn.TITLE).data(MEETING_ID_ROLE) == "m2"
    assert model.index(0, MeetingColumn.DATE).data(SORT_ROLE) == "2026-03-03 13:00"
    assert model.index(1, MeetingColumn.STATUS).data(SORT_ROLE) == 3
    assert model.row_of("m2") == 1
    model.clear()
    assert model.rowCount() == 0


def test_agenda_model_names_only_named_items_and_marks_blocked(
    qtmodeltester: ModelTester,
) -> None:
    model = MeetingAgendaModel()
    model.set_rows(
        [
            gated(3, young_person_id="p1", name="Ada Berg", gate=BLOCKED),
            gated(1, title="Mötets öppnande"),
            gated(2, young_person_id="p1", name="Ada Berg"),
            gated(4, young_person_id="p2", name="Bo Ek", visibility=ItemVisibility.ANONYMISED),
            gated(5, young_person_id="p3", name="Cy Al", visibility=ItemVisibility.EXCLUDED),
            gated(6, carried_from_item_id="old"),
        ]
    )
    qtmodeltester.check(model)
    titles = [model.index(row, AgendaColumn.TITLE).data() for row in range(6)]
    assert titles == [
        "Mötets öppnande",
        "Uppföljning – Ada Berg",
        "Uppföljning – Ada Berg",
        "Uppföljning – young person (anonymised)",
        "Uppföljning – left out of the minutes",
        "Uppföljning (carried over)",
    ]
    assert model.index(0, AgendaColumn.NUMBER).data() == "§ 1"
    assert model.index(2, AgendaColumn.STATUS).data() == "Blocked: Police"
    assert model.index(2, 0).data(BLOCKED_ROLE) is True
    assert model.index(1, 0).data(BLOCKED_ROLE) is False
    assert model.index(2, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "Polis: Samtycke saknas." in model.index(2, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, AgendaColumn.STATUS).data() == "Named – all present covered"
    assert model.index(0, AgendaColumn.STATUS).data() == ""
    assert model.index(3, AgendaColumn.STATUS).data() == "Without identifying details"
    assert model.index(2, AgendaColumn.STATUS).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(0, AgendaColumn.STATUS).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.index(1, 0).data(ITEM_ID_ROLE) == "i2"
    assert model.blocked_count() == 1
    # No name of an anonymised or excluded item anywhere in the table's texts.
    texts = {
        str(model.index(row, column).data(role))
        for row in range(6)
        for column in range(4)
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    }
    assert not any("Bo Ek" in text or "Cy Al" in text for text in texts)


def test_attendees_model(qtmodeltester: ModelTester) -> None:
    model = MeetingAttendeesModel()
    model.set_rows(
        [
            Attendee("Kim Rektor", Sector.SCHOOL, "rektor", organisation="Björkskolan"),
            Attendee("Lo Polis", Sector.POLICE, "kommunpolis", AttendanceStatus.ABSENT),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "School (Björkskolan)"
    assert model.index(0, 3).data() == "Not recorded"
    assert model.index(1, 3).data() == "Absent"
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert len(model.attendees()) == 2


def test_actions_model(qtmodeltester: ModelTester) -> None:
    model = MeetingActionsModel()
    action = ActionItemInput(
        "Kontakta familjen",
        Sector.SOCIAL_SERVICES,
        "Socialsekreterare",
        date(2026, 3, 3),
        date(2026, 3, 20),
        ActionStatus.PLANNED,
        None,
    )
    model.set_rows([action])
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in range(6)] == [
        "Kontakta familjen",
        "Socialsekreterare",
        "Social services",
        "2026-03-20",
        "Planned",
        "",
    ]


def test_suggestions_model_checks(qtmodeltester: ModelTester) -> None:
    model = MeetingSuggestionsModel()
    model.set_rows(
        [
            AgendaSuggestion(
                "follow_up", "p1", "Ada Berg", "c1", "Uppföljning", "Förfaller", ALLOWED
            ),
            AgendaSuggestion("new_case", "p2", "Bo Ek", "c2", "Nytt ärende", "Samtycke", BLOCKED),
        ]
    )
    qtmodeltester.check(model)
    assert len(model.checked()) == 2
    assert model.index(0, 0).data() == "Follow-up due"
    assert model.index(1, 4).data() == "Blocked: Police"
    assert model.index(0, 4).data() == "Everyone present is covered"
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsUserCheckable
    model.set_checked(0, False)
    assert [s.young_person_id for s in model.checked()] == ["p2"]
    assert model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert not model.setData(model.index(0, 1), Qt.CheckState.Checked)


def test_versions_model(qtmodeltester: ModelTester) -> None:
    model = MeetingVersionsModel()
    at = datetime(2026, 3, 5, 9, 30, tzinfo=UTC)
    model.set_rows(
        [
            MeetingVersion("m1", 1, "Fel datum", at, "u1"),
            MeetingVersion("m1", 2, "Komplettering", at, "u1"),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "2"
    assert model.index(1, 2).data() == "Fel datum"
    assert model.index(0, 1).data() == at.astimezone().strftime("%Y-%m-%d %H:%M")
