"""Properties of THE sharing rule over generated consents, guardians and legal grounds."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from sspf_desk.domain import (
    AgeRules,
    Consent,
    ConsenterRole,
    CustodyType,
    GroundRecord,
    GuardianRef,
    InformationCategory,
    LegalGround,
    Party,
    SharingDecision,
    may_share,
)
from tests.domain.factories import SSPF_SECTORS, consent, ground

# The weights (repeated choices, narrow date ranges) make allowed decisions common enough
# for the properties to bite: a fifth to a third of the generated scenarios are allowed.
START, END = date(2025, 1, 1), date(2025, 12, 31)
ORGANISATIONS = ("", "", "", "Björkskolan", "björkskolan ", "Ekskolan")
GUARDIAN_IDS = ("g1", "g2", "g3")
ROLES = (ConsenterRole.GUARDIAN, ConsenterRole.GUARDIAN, *ConsenterRole)
CUSTODY = (CustodyType.JOINT, CustodyType.JOINT, *CustodyType)
EXAMPLES = settings(max_examples=100, deadline=None)

days = st.dates(START, END)
request_days = st.dates(date(2025, 3, 1), date(2025, 10, 31))
parties = st.builds(Party, st.sampled_from(SSPF_SECTORS), st.sampled_from(ORGANISATIONS))
CATEGORIES = st.sampled_from(tuple(InformationCategory))
request_categories = st.frozensets(CATEGORIES, max_size=2)
covered_categories = st.frozensets(CATEGORIES, min_size=3)


def scope(
    draw: st.DrawFn, recipient: Party | None, wanted: frozenset[InformationCategory]
) -> tuple[tuple[Party, ...], tuple[InformationCategory, ...]]:
    """Parties and categories; two times in three aimed to cover ``recipient`` and ``wanted``."""
    chosen = draw(st.lists(parties, min_size=1, max_size=3))
    categories = set(draw(covered_categories))
    if recipient is not None and draw(st.sampled_from((True, True, False))):
        organisation = draw(st.sampled_from(("", recipient.organisation)))
        chosen.append(Party(recipient.sector, organisation))
        categories |= wanted
    return tuple(chosen), tuple(sorted(categories))


@st.composite
def consents(
    draw: st.DrawFn,
    index: int,
    recipient: Party | None = None,
    wanted: frozenset[InformationCategory] = frozenset(),
) -> Consent:
    """A consent by the young person, a guardian or another person, maybe withdrawn."""
    role = draw(st.sampled_from(ROLES))
    related = None if role is ConsenterRole.YOUNG_PERSON else draw(st.sampled_from(GUARDIAN_IDS))
    valid_from = draw(st.dates(START, date(2025, 6, 30)))
    valid_to = draw(st.none() | st.dates(valid_from, END))
    chosen, categories = scope(draw, recipient, wanted)
    return consent(
        id=f"c{index}",
        consenter_role=role,
        consenter_related_person_id=related,
        parties=chosen,
        categories=categories,
        valid_from=valid_from,
        valid_to=valid_to,
        withdrawn_on=draw(st.one_of(st.none(), st.none(), st.none(), days)),
    )


@st.composite
def grounds(
    draw: st.DrawFn, index: int, recipient: Party, wanted: frozenset[InformationCategory]
) -> GroundRecord:
    """A legal-ground record (sometimes with a too short balancing note)."""
    valid_from = draw(days)
    chosen, categories = scope(draw, recipient, wanted)
    return ground(
        id=f"r{index}",
        recipient=chosen[-1],
        ground=draw(st.sampled_from(tuple(LegalGround))),
        valid_from=valid_from,
        valid_to=draw(st.dates(valid_from, valid_from + timedelta(days=366))),
        categories=categories,
        justification=draw(st.sampled_from(("Kort.", "x" * 40))),
    )


@dataclass(frozen=True)
class Scenario:
    """Everything may_share is asked about one young person."""

    day: date
    recipient: Party
    categories: frozenset[InformationCategory]
    birth_date: date | None
    guardians: tuple[GuardianRef, ...]
    consents: tuple[Consent, ...]
    ground_records: tuple[GroundRecord, ...]
    rules: AgeRules

    def decide(self, **changes: object) -> SharingDecision:
        facts = replace(self, **changes)  # type: ignore[arg-type]
        return may_share(
            day=facts.day,
            recipient=facts.recipient,
            categories=facts.categories,
            birth_date=facts.birth_date,
            guardians=facts.guardians,
            consents=facts.consents,
            ground_records=facts.ground_records,
            rules=facts.rules,
        )


@st.composite
def scenarios(draw: st.DrawFn) -> Scenario:
    """A day, a recipient and the young person's whole consent and ground history."""
    own_from = draw(st.integers(10, 18))
    count = draw(st.integers(1, 6))
    recipient, wanted = draw(parties), draw(request_categories)
    births = st.dates(date(2003, 1, 1), date(2015, 12, 31))
    guardian_ids = st.lists(st.sampled_from(GUARDIAN_IDS), min_size=1, max_size=3, unique=True)
    return Scenario(
        day=draw(request_days),
        recipient=recipient,
        categories=wanted,
        birth_date=draw(st.one_of(births, births, births, st.none())),
        guardians=tuple(
            GuardianRef(person, draw(st.sampled_from(CUSTODY))) for person in draw(guardian_ids)
        ),
        consents=tuple(draw(consents(index, recipient, wanted)) for index in range(count)),
        ground_records=tuple(
            draw(grounds(index, recipient, wanted)) for index in range(draw(st.integers(0, 2)))
        ),
        rules=AgeRules(own_from, draw(st.integers(own_from, 21))),
    )


def counts(facts: Scenario, record: Consent) -> bool:
    """Whether ``record`` is valid on the day and covers the request."""
    return record.is_valid_on(facts.day) and record.covers(facts.recipient, facts.categories)


def ground_applies(facts: Scenario, record: GroundRecord) -> bool:
    """Whether ``record`` covers the request on the day (before the ground's own limits)."""
    return record.is_valid_on(facts.day) and record.covers(facts.recipient, facts.categories)


@EXAMPLES
@given(scenarios())
def test_no_counting_consent_and_no_ground_is_never_shared(facts: Scenario) -> None:
    decision = facts.decide(
        consents=tuple(c for c in facts.consents if not counts(facts, c)),
        ground_records=tuple(r for r in facts.ground_records if not ground_applies(facts, r)),
    )
    assert not decision.allowed
    assert decision.reasons


@EXAMPLES
@given(scenarios(), st.data())
def test_withdrawal_stops_sharing_from_its_day(facts: Scenario, data: st.DataObject) -> None:
    withdrawn_on = data.draw(days)
    later = data.draw(st.dates(withdrawn_on, END))
    all_withdrawn = tuple(replace(c, withdrawn_on=withdrawn_on) for c in facts.consents)
    decision = facts.decide(day=later, consents=all_withdrawn)
    assert decision.consent_ids == ()
    assert decision.ground is not LegalGround.CONSENT
    assert facts.decide(day=later, consents=all_withdrawn, ground_records=()).allowed is False
    if facts.consents:
        one = replace(facts.consents[0], withdrawn_on=withdrawn_on)
        mixed = facts.decide(day=later, consents=(one, *facts.consents[1:]))
        assert one.id not in mixed.consent_ids


@EXAMPLES
@given(scenarios())
def test_decision_is_consistent(facts: Scenario) -> None:
    decision = facts.decide()
    if decision.allowed:
        assert decision.ground is not None
        assert decision.reasons == ()
        if decision.ground is LegalGround.CONSENT:
            assert decision.consent_ids and decision.ground_record_id is None
        else:
            assert decision.consent_ids == () and decision.ground_record_id is not None
    else:
        assert decision.ground is None and decision.reasons
        assert decision.consent_ids == () and decision.ground_record_id is None
        assert decision.warnings == ()
    relied = {c.id for c in facts.consents if c.id in decision.consent_ids}
    assert relied == set(decision.consent_ids)
    assert all(counts(facts, c) for c in facts.consents if c.id in decision.consent_ids)


@EXAMPLES
@given(scenarios(), consents(99))
def test_adding_a_consent_never_revokes(facts: Scenario, extra: Consent) -> None:
    before = facts.decide()
    after = facts.decide(consents=(*facts.consents, extra))
    if before.allowed:
        assert after.allowed
    if before.ground is LegalGround.CONSENT:
        assert after.ground is LegalGround.CONSENT


@EXAMPLES
@given(scenarios())
def test_uncovered_recipient_is_never_allowed_by_consent(facts: Scenario) -> None:
    narrowed = tuple(
        replace(c, parties=tuple(p for p in c.parties if not p.covers(facts.recipient)))
        for c in facts.consents
    )
    decision = facts.decide(consents=narrowed)
    assert decision.ground is not LegalGround.CONSENT
    assert decision.consent_ids == ()


@EXAMPLES
@given(scenarios())
def test_guardians_do_not_count_for_an_adult(facts: Scenario) -> None:
    birth = date(facts.day.year - facts.rules.only_self_from - 1, 1, 1)
    own_only = tuple(c for c in facts.consents if c.consenter_role is ConsenterRole.YOUNG_PERSON)
    assert facts.decide(birth_date=birth) == facts.decide(
        birth_date=birth, consents=own_only, guardians=()
    )
