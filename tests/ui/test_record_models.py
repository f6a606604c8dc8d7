"""The record's table models: qtmodeltester, texts, roles and highlighting."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from sspf_desk.domain import (
    ActionItem,
    ActionStatus,
    CaseEvent,
    CaseStatus,
    ClosingReason,
    ConsenterRole,
    ConsentForm,
    InformationCategory,
    Party,
    RiskCategory,
    Sector,
)
from sspf_desk.services.case_rows import CaseRow, TimelineEntry, TimelineKind
from sspf_desk.services.consent_rows import ConsentRow, ConsentState
from sspf_desk.ui.models.action_items_model import (
    ITEM_ID_ROLE,
    OVERDUE_BACKGROUND,
    OVERDUE_ROLE,
    ActionItemsModel,
    ItemColumn,
)
from sspf_desk.ui.models.cases_model import CASE_ID_ROLE, CaseColumn, CaseEventsModel, CasesModel
from sspf_desk.ui.models.consents_model import CONSENT_ID_ROLE, ConsentColumn, ConsentsModel
from sspf_desk.ui.models.risk_categories_model import RiskCategoriesModel
from sspf_desk.ui.models.timeline_model import KIND_ROLE, REF_ID_ROLE, TimelineModel

TODAY = date(2025, 3, 10)
NOW = datetime(2025, 3, 10, 9, 30, tzinfo=UTC)


def item(what: str, deadline: date | None, status: ActionStatus, item_id: str = "i1") -> ActionItem:
    return ActionItem(
        item_id,
        "c1",
        what,
        Sector.SCHOOL,
        "Mentor",
        date(2025, 2, 1),
        deadline,
        status,
        None,
        NOW,
        NOW,
    )


def consent_row(
    name: str,
    role: ConsenterRole,
    state: ConsentState = ConsentState.ACTIVE,
    *,
    row_id: str = "k1",
    withdrawn: date | None = None,
) -> ConsentRow:
    return ConsentRow(
        id=row_id,
        young_person_id="y1",
        consenter_role=role,
        consenter_related_person_id=None if role is ConsenterRole.YOUNG_PERSON else f"r-{name}",
        consenter_name=name,
        parties=(Party(Sector.SCHOOL, "Björkskolan"), Party(Sector.POLICE)),
        categories=(InformationCategory.SCHOOL, InformationCategory.FAMILY),
        purpose="Samordna stöd",
        form=ConsentForm.WRITTEN,
        valid_from=date(2025, 1, 1),
        valid_to=None,
        withdrawn_on=withdrawn,
        withdrawal_how="Telefon" if withdrawn else "",
        has_signed_form=False,
        state=state,
    )


def case_row(status: CaseStatus, *, overdue: int = 0, case_id: str = "c1") -> CaseRow:
    closed = status is CaseStatus.CLOSED
    return CaseRow(
        id=case_id,
        young_person_id="y1",
        young_person_name="Ali Öberg",
        protected_identity=False,
        status=status,
        opened_on=date(2025, 1, 20),
        closed_on=date(2025, 3, 1) if closed else None,
        closing_reason=ClosingReason.GOALS_REACHED if closed else None,
        open_items=2,
        overdue_items=overdue,
        next_follow_up=date(2025, 3, 15),
    )


def test_action_items_model_passes_modeltester(qtmodeltester: ModelTester) -> None:
    model = ActionItemsModel()
    qtmodeltester.check(model)
    model.set_rows([item("Mentorssamtal", date(2025, 3, 1), ActionStatus.ONGOING)], TODAY)
    qtmodeltester.check(model)


def test_overdue_items_are_highlighted_and_say_so() -> None:
    model = ActionItemsModel()
    model.set_rows(
        [
            item("Försenad", date(2025, 3, 1), ActionStatus.ONGOING, "late"),
            item("I dag", TODAY, ActionStatus.PLANNED, "today"),
            item("Klar", date(2025, 2, 1), ActionStatus.DONE, "done"),
        ],
        TODAY,
    )
    late, today, done = (model.index(n, ItemColumn.STATUS) for n in range(3))
    assert late.data(OVERDUE_ROLE) is True
    assert late.data(Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_BACKGROUND
    assert "overdue" in late.data()
    assert late.data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, ItemColumn.WHAT).data(Qt.ItemDataRole.FontRole) is None
    for index in (today, done):  # on the deadline day, or done: not overdue
        assert index.data(OVERDUE_ROLE) is False
        assert index.data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.overdue_count() == 1
    assert late.data(ITEM_ID_ROLE) == "late"


def test_consents_model_groups_per_person_young_person_first(
    qtmodeltester: ModelTester,
) -> None:
    model = ConsentsModel()
    qtmodeltester.check(model)
    model.set_rows(
        [
            consent_row("Örjan Berg", ConsenterRole.GUARDIAN, row_id="g2"),
            consent_row("Ali Öberg", ConsenterRole.YOUNG_PERSON, row_id="own"),
            consent_row(
                "Eva Berg",
                ConsenterRole.GUARDIAN,
                ConsentState.WITHDRAWN,
                row_id="g1",
                withdrawn=date(2025, 2, 3),
            ),
        ]
    )
    qtmodeltester.check(model)
    ids = [model.index(n, 0).data(CONSENT_ID_ROLE) for n in range(3)]
    assert ids == ["own", "g1", "g2"]  # Swedish order: E before Ö
    withdrawn = model.index(1, ConsentColumn.STATE)
    assert withdrawn.data() == "Withdrawn 2025-02-03"
    assert withdrawn.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(0, ConsentColumn.PARTIES).data() == "School (Björkskolan), Police"
    assert model.index(0, ConsentColumn.PERIOD).data() == "2025-01-01 – until withdrawn"
    assert model.index(0, ConsentColumn.FORM).data() == "Written, form missing"


def test_cases_models_pass_modeltester(qtmodeltester: ModelTester) -> None:
    cases = CasesModel()
    qtmodeltester.check(cases)
    cases.set_rows([case_row(CaseStatus.ACTIVE_PLAN, overdue=1), case_row(CaseStatus.CLOSED)])
    qtmodeltester.check(cases)
    assert cases.index(0, CaseColumn.ITEMS).data() == "2 (1 overdue)"
    assert cases.index(1, CaseColumn.CLOSED).data() == "2025-03-01 – Goals reached"
    assert cases.index(0, 0).data(CASE_ID_ROLE) == "c1"
    events = CaseEventsModel()
    qtmodeltester.check(events)
    opened = CaseEvent("e1", "c1", NOW, None, CaseStatus.INTAKE, "", "u1")
    moved = replace(opened, id="e2", from_status=CaseStatus.INTAKE, to_status=CaseStatus.CONSENT)
    events.set_rows([opened, moved], {"u1": "Kim Samordnare"})
    qtmodeltester.check(events)
    assert events.index(0, 1).data() == "Opened: Intake"
    assert events.index(1, 1).data() == "Intake → Consent"
    assert events.index(1, 3).data() == "Kim Samordnare"


def test_timeline_model_in_date_order(qtmodeltester: ModelTester) -> None:
    model = TimelineModel()
    qtmodeltester.check(model)
    model.set_rows(
        [
            TimelineEntry(date(2025, 3, 1), TimelineKind.ACTION, "Insats: Mentor", "i1"),
            TimelineEntry(date(2025, 1, 5), TimelineKind.CONCERN, "Orosignal från skola", "o1"),
            TimelineEntry(date(2025, 2, 1), TimelineKind.CONSENT, "Samtycke", "k1"),
        ]
    )
    qtmodeltester.check(model)
    assert [model.index(n, 0).data() for n in range(3)] == [
        "2025-01-05",
        "2025-02-01",
        "2025-03-01",
    ]
    assert model.index(0, 1).data() == "Concern"
    assert model.index(0, 1).data(Qt.ItemDataRole.DecorationRole) is not None
    assert TimelineKind(model.index(1, 0).data(KIND_ROLE)) is TimelineKind.CONSENT
    assert model.index(1, 0).data(REF_ID_ROLE) == "k1"


def test_risk_categories_model(qtmodeltester: ModelTester) -> None:
    model = RiskCategoriesModel()
    qtmodeltester.check(model)
    model.set_rows(
        [RiskCategory("b", "Vapen", False, 2), RiskCategory("a", "Hög frånvaro", True, 1)]
    )
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "Hög frånvaro"
    assert model.index(1, 1).data() == "No (inactive)"
    assert model.row_of("b") == 1
