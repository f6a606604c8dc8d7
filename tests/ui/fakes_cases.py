"""In-memory case and risk-category services for the record's GUI tests (no vault).

``FakeCases`` applies the domain's life cycle (``check_transition``, ``allowed_transitions``,
``ensure_editable``) and ``validate_action_item``; changes are reported to the hub with
the tables they touched, like the workspace's change listeners.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime

from sspf_desk.domain import (
    ActionItem,
    ActionItemInput,
    ActionPlan,
    ActionPlanInput,
    Case,
    CaseEvent,
    CaseStatus,
    ClosingReason,
    RiskCategory,
    allowed_transitions,
    check_transition,
    ensure_editable,
    is_overdue,
    previous_open_status,
    validate_action_item,
)
from sspf_desk.errors import NotFoundError, ValidationError
from sspf_desk.services.case_rows import CaseRow, TimelineEntry, TimelineKind
from sspf_desk.services.changes import ChangeSet
from sspf_desk.services.consent_rows import OpenCaseRef
from tests.ui.fakes import FakePersons

TODAY = date(2025, 3, 10)


class _Hub:
    """What the fakes need of ``fakes_casework.Hub``."""

    def __call__(self, changes: ChangeSet) -> None:
        """Report a change."""

    def tables(self, *names: str) -> None:
        """Report a change of ``names``."""


def _now() -> datetime:
    return datetime.now(UTC)


class FakeCases:
    """Cases with the domain's life cycle, plans, items and a simple timeline."""

    def __init__(self, persons: FakePersons, hub: _Hub, today: date = TODAY) -> None:
        self.persons = persons
        self.hub = hub
        self.today = today
        self.cases: dict[str, Case] = {}
        self.events: list[CaseEvent] = []
        self.plans: dict[str, ActionPlan] = {}
        self.items: dict[str, ActionItem] = {}
        self.views: list[str] = []

    def _row(self, case: Case) -> CaseRow:
        items = [i for i in self.items.values() if i.case_id == case.id and i.is_open]
        person = self.persons.get_young_person(case.young_person_id)
        return CaseRow(
            id=case.id,
            young_person_id=case.young_person_id,
            young_person_name=person.full_name,
            protected_identity=person.protected_identity,
            status=case.status,
            opened_on=case.opened_on,
            closed_on=case.closed_on,
            closing_reason=case.closing_reason,
            open_items=len(items),
            overdue_items=sum(is_overdue(i, self.today) for i in items),
            next_follow_up=min((i.follow_up_on for i in items if i.follow_up_on), default=None),
        )

    def cases_for_person(self, young_person_id: str) -> list[CaseRow]:
        """Rows, newest first."""
        found = [c for c in self.cases.values() if c.young_person_id == young_person_id]
        return [self._row(c) for c in sorted(found, key=lambda c: c.opened_on, reverse=True)]

    def open_cases(self, young_person_id: str) -> list[OpenCaseRef]:
        """Open cases of a person (for withdrawal effects)."""
        return [
            OpenCaseRef(c.id, c.status, c.opened_on)
            for c in self.cases.values()
            if c.young_person_id == young_person_id and not c.is_closed
        ]

    def get_case(self, case_id: str) -> Case:
        """One case (the view is noted)."""
        if case_id not in self.cases:
            raise NotFoundError()
        self.views.append(case_id)
        return self.cases[case_id]

    def case_events(self, case_id: str) -> list[CaseEvent]:
        """The trail of one case."""
        return [e for e in self.events if e.case_id == case_id]

    def _event(self, case: Case, before: CaseStatus | None, reason: str) -> None:
        self.events.append(
            CaseEvent(str(uuid.uuid4()), case.id, _now(), before, case.status, reason, "u1")
        )

    def open_case(
        self, young_person_id: str, opened_on: date | None = None, reason: str = ""
    ) -> Case:
        """A new case in intake."""
        if self.open_cases(young_person_id):
            raise ValidationError({"young_person_id": "Den unge har redan ett öppet ärende."})
        case = Case(
            str(uuid.uuid4()),
            young_person_id,
            CaseStatus.INTAKE,
            opened_on or self.today,
            None,
            None,
            "",
            _now(),
            _now(),
        )
        self.cases[case.id] = case
        self._event(case, None, reason)
        self.hub.tables("sspf_case", "case_event")
        return case

    def allowed_transitions(self, case_id: str) -> frozenset[CaseStatus]:
        """From the domain, with the status before closing."""
        case = self.cases[case_id]
        previous = previous_open_status(self.case_events(case_id)) if case.is_closed else None
        return allowed_transitions(case.status, previous_open_status=previous)

    def transition(
        self,
        case_id: str,
        target: CaseStatus,
        *,
        reason: str = "",
        closing_reason: ClosingReason | None = None,
        outcome: str = "",
    ) -> Case:
        """Change status through ``check_transition``."""
        case = self.cases[case_id]
        previous = previous_open_status(self.case_events(case_id)) if case.is_closed else None
        errors = check_transition(
            case.status,
            target,
            reason=reason,
            closing_reason=closing_reason,
            outcome=outcome,
            previous_open_status=previous,
        )
        if errors:
            raise ValidationError(errors)
        closing = target is CaseStatus.CLOSED
        new = replace(
            case,
            status=target,
            closed_on=self.today if closing else None,
            closing_reason=closing_reason if closing else None,
            outcome=outcome if closing else "",
        )
        self.cases[case_id] = new
        self._event(new, case.status, reason or outcome)
        self.hub.tables("sspf_case", "case_event")
        return new

    def get_plan(self, case_id: str) -> ActionPlan | None:
        """The plan, if written."""
        return self.plans.get(case_id)

    def save_plan(self, case_id: str, data: ActionPlanInput) -> ActionPlan:
        """Write the plan (refused on a closed case)."""
        ensure_editable(self.cases[case_id])
        plan = ActionPlan(str(uuid.uuid4()), case_id, data.goals, data.strengths, _now(), _now())
        self.plans[case_id] = plan
        self.hub.tables("action_plan")
        return plan

    def list_items(self, case_id: str) -> list[ActionItem]:
        """Items of one case."""
        return [i for i in self.items.values() if i.case_id == case_id]

    def _item(self, case_id: str, data: ActionItemInput, item_id: str | None = None) -> ActionItem:
        ensure_editable(self.cases[case_id])
        errors = validate_action_item(data)
        if errors:
            raise ValidationError(errors)
        item = ActionItem(
            item_id or str(uuid.uuid4()),
            case_id,
            data.what,
            data.sector,
            data.responsible,
            data.start_on,
            data.deadline,
            data.status,
            data.follow_up_on,
            _now(),
            _now(),
        )
        self.items[item.id] = item
        self.hub.tables("action_item")
        return item

    def add_item(self, case_id: str, data: ActionItemInput) -> ActionItem:
        """Add an item."""
        return self._item(case_id, data)

    def update_item(self, item_id: str, data: ActionItemInput) -> ActionItem:
        """Change an item."""
        return self._item(self.items[item_id].case_id, data, item_id)

    def remove_item(self, item_id: str) -> None:
        """Remove an item."""
        ensure_editable(self.cases[self.items[item_id].case_id])
        del self.items[item_id]
        self.hub.tables("action_item")

    def timeline(self, young_person_id: str) -> list[TimelineEntry]:
        """Case events and items of the person."""
        case_ids = {c.id for c in self.cases.values() if c.young_person_id == young_person_id}
        entries = [
            TimelineEntry(e.at.date(), TimelineKind.CASE_STATUS, f"Ärende {e.to_status}", e.case_id)
            for e in self.events
            if e.case_id in case_ids
        ]
        entries += [
            TimelineEntry(i.start_on or self.today, TimelineKind.ACTION, f"Insats: {i.what}", i.id)
            for i in self.items.values()
            if i.case_id in case_ids
        ]
        return sorted(entries, key=lambda e: e.sort_key)


class FakeRiskCategories:
    """The risk-category calls of the concern service."""

    def __init__(self) -> None:
        self.categories = [
            RiskCategory("hog_franvaro", "Hög frånvaro/skolk", True, 1),
            RiskCategory("vapen", "Vapen", True, 2),
            RiskCategory("hot", "Hot", False, 3),
        ]
        self.used = {"vapen"}

    def list_risk_categories(self, *, include_inactive: bool = False) -> list[RiskCategory]:
        """By position."""
        found = [c for c in self.categories if include_inactive or c.active]
        return sorted(found, key=lambda c: c.position)

    def add_risk_category(self, label: str) -> RiskCategory:
        """Add at the end."""
        if any(c.label.casefold() == label.strip().casefold() for c in self.categories):
            raise ValidationError({"label": "Det finns redan en riskkategori med det namnet."})
        category = RiskCategory(label.lower().replace(" ", "_"), label, True, 99)
        self.categories.append(category)
        return category

    def save_risk_category(self, category: RiskCategory) -> RiskCategory:
        """Replace by code."""
        self.categories = [category if c.code == category.code else c for c in self.categories]
        return category

    def delete_risk_category(self, code: str) -> None:
        """Refuse when used."""
        if code in self.used:
            raise ValidationError({"code": "Riskkategorin används och kan inte tas bort."})
        self.categories = [c for c in self.categories if c.code != code]
