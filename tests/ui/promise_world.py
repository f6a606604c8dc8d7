"""A small set of promises for the Medborgarlöften GUI tests (no store)."""

from __future__ import annotations

from datetime import date

from sspf_desk.domain.enums import MeetingType
from sspf_desk.domain.group_level import MeasureKind
from sspf_desk.domain.promises import (
    ActivityCounting,
    ActivityInput,
    ProgressInput,
    PromiseInput,
    Signatory,
)
from tests.ui.fakes_promises import FakePromises

TODAY = date(2026, 8, 15)  # in the third quarter


def promise_input(year: int = 2026, title: str = "Tryggare centrum") -> PromiseInput:
    return PromiseInput(
        year=year,
        municipality="Åby kommun",
        police_area="LPO Åby",
        title=f"Medborgarlöfte {year} – {title}",
        problem="Otrygghet vid torget kvällstid.",
        focus_areas=("Trygg offentlig miljö", "Unga i riskmiljöer"),
        effects="Fler känner sig trygga.",
        signatories=(Signatory("Eva Ek", "KSO"), Signatory("Per Berg", "Lokalpolisområdeschef")),
    )


def build_promises() -> tuple[FakePromises, str, list[str]]:
    """Two promises; the 2026 one with four activities (ids returned in order)."""
    fake = FakePromises(today=TODAY)
    fake.create_promise(promise_input(2025, "Centrum"))
    promise = fake.create_promise(promise_input())
    hours = fake.add_activity(
        ActivityInput(
            promise.id,
            "Polisnärvaro i centrum",
            "Polisen",
            4000,
            "timmar",
            "Trygg offentlig miljö",
            ActivityCounting.MEASURE_HOURS,
            measure_kind=MeasureKind.POLICE_PRESENCE,
            area="Centrum",
        )
    )
    fake.counted[hours.id] = (900.0, 1800.0, 2700.0, 2700.0)
    watch = fake.add_activity(
        ActivityInput(promise.id, "Uppstartsmöten för grannsamverkan", "Kommunen", 2, "tillfällen")
    )
    fake.add_progress(ProgressInput(watch.id, date(2026, 3, 10), 1, "Norra området"))
    mapping = fake.add_activity(
        ActivityInput(
            promise.id,
            "Kartläggningsmöten SSPF",
            "SSPF-samordnaren",
            20,
            "möten",
            "Unga i riskmiljöer",
            ActivityCounting.MEETINGS,
            meeting_type=MeetingType.OPERATIONAL_GROUP,
        )
    )
    fake.counted[mapping.id] = (5.0, 10.0, 15.0, 15.0)
    walks = fake.add_activity(
        ActivityInput(
            promise.id,
            "Trygghetsvandringar",
            "Kommunen",
            4,
            "tillfällen",
            counting=ActivityCounting.MEASURES,
            measure_kind=MeasureKind.SAFETY_WALK,
        )
    )
    return fake, promise.id, [hours.id, watch.id, mapping.id, walks.id]
