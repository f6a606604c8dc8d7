"""What the demo meetings need to know about the demo case work, read from its rows.

:func:`sharing_facts` turns the generated consent, legal-ground and guardian rows into the
same :class:`~sspf_desk.services.sharing_facts.SharingFacts` that ``load_facts`` reads from a
vault, so the demo asks THE sharing rule exactly as the app does. :class:`CaseTimeline`
gives a case's status on any day from its trail of events.
"""

from __future__ import annotations

import bisect
import json
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sspf_desk.domain import (
    AgeRules,
    CaseStatus,
    Consent,
    ConsenterRole,
    ConsentForm,
    CustodyType,
    GroundRecord,
    InformationCategory,
    LegalGround,
    Party,
    Sector,
)
from sspf_desk.domain.sharing import GuardianRef, SharingDecision
from sspf_desk.services import vault_settings
from sspf_desk.services.sharing_facts import SharingFacts, decide

Row = dict[str, Any]
Records = Mapping[str, list[Row]]
_NO_TIME = datetime(2000, 1, 1, tzinfo=UTC)  # timestamps play no part in the sharing rule
_CUSTODY = (CustodyType.SOLE.value, CustodyType.JOINT.value)


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text[:10])


def _grouped(rows: list[Row], key: str) -> dict[str, list[Row]]:
    found: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        found[str(row[key])].append(row)
    return found


def age_rules(records: Records) -> AgeRules:
    """The age rules the document writes as a vault setting (the default when it writes none)."""
    for row in records.get("vault_setting", ()):
        if row["key"] == vault_settings.AGE_RULES.key:
            return vault_settings.AGE_RULES.decode(json.loads(row["value"]))
    return vault_settings.AGE_RULES.default


def custodial_guardians(records: Records) -> dict[str, list[str]]:
    """Young person id → related person ids holding sole or joint custody, in link order."""
    found: dict[str, list[str]] = defaultdict(list)
    for link in records["person_link"]:
        if link["custody_type"] in _CUSTODY:
            found[link["young_person_id"]].append(link["related_person_id"])
    return found


def sharing_facts(records: Records) -> dict[str, SharingFacts]:
    """The sharing facts of every young person of the document."""
    parties = _grouped(records["consent_party"], "consent_id")
    categories = _grouped(records["consent_category"], "consent_id")
    consents: dict[str, list[Consent]] = defaultdict(list)
    for row in records["consent"]:
        scope = sorted(parties[row["id"]], key=lambda r: r["position"])
        kinds = sorted(categories[row["id"]], key=lambda r: r["position"])
        consents[row["young_person_id"]].append(
            Consent(
                id=row["id"],
                young_person_id=row["young_person_id"],
                consenter_role=ConsenterRole(row["consenter_role"]),
                consenter_related_person_id=row["consenter_related_person_id"],
                parties=tuple(Party(Sector(p["sector"]), p["organisation"]) for p in scope),
                categories=tuple(InformationCategory(c["category"]) for c in kinds),
                purpose=row["purpose"],
                form=ConsentForm(row["form"]),
                valid_from=date.fromisoformat(row["valid_from"]),
                valid_to=_day(row["valid_to"]),
                signed_attachment_id=row["signed_attachment_id"],
                withdrawn_on=_day(row["withdrawn_on"]),
                withdrawal_how=row["withdrawal_how"],
                created_at=_NO_TIME,
                updated_at=_NO_TIME,
            )
        )
    ground_categories = _grouped(records["ground_record_category"], "ground_record_id")
    grounds: dict[str, list[GroundRecord]] = defaultdict(list)
    for row in records["ground_record"]:
        kinds = sorted(ground_categories[row["id"]], key=lambda r: r["position"])
        grounds[row["young_person_id"]].append(
            GroundRecord(
                id=row["id"],
                young_person_id=row["young_person_id"],
                recipient=Party(Sector(row["recipient_sector"]), row["recipient_organisation"]),
                ground=LegalGround(row["ground"]),
                valid_from=date.fromisoformat(row["valid_from"]),
                valid_to=date.fromisoformat(row["valid_to"]),
                categories=tuple(InformationCategory(c["category"]) for c in kinds),
                justification=row["justification"],
                decided_by=row["decided_by"],
                created_at=_NO_TIME,
            )
        )
    guardians: dict[str, list[GuardianRef]] = defaultdict(list)
    for link in records["person_link"]:
        custody = CustodyType(link["custody_type"])
        if custody.value in _CUSTODY:
            guardians[link["young_person_id"]].append(
                GuardianRef(link["related_person_id"], custody)
            )
    return {
        person["id"]: SharingFacts(
            young_person_id=person["id"],
            birth_date=_day(person["birth_date"]),
            guardians=tuple(guardians[person["id"]]),
            consents=tuple(consents[person["id"]]),
            grounds=tuple(grounds[person["id"]]),
        )
        for person in records["young_person"]
    }


class Decider:
    """THE sharing rule over the document's facts, each question answered once."""

    def __init__(
        self,
        facts: Mapping[str, SharingFacts],
        rules: AgeRules,
        categories: frozenset[InformationCategory],
    ) -> None:
        self._facts = facts
        self._rules = rules
        self._categories = categories
        self._cache: dict[tuple[str, Party, date], SharingDecision] = {}

    def bound(self, person_id: str, day: date) -> Callable[[Party], SharingDecision]:
        """The decision for one person on one day, per party (the gate's ``decide``)."""

        def ask(party: Party) -> SharingDecision:
            key = (person_id, party, day)
            if key not in self._cache:
                facts = self._facts[person_id]
                self._cache[key] = decide(facts, party, self._categories, day, self._rules)
            return self._cache[key]

        return ask


@dataclass(frozen=True)
class CaseTimeline:
    """One case's statuses over time, from its events."""

    case: Row
    days: tuple[date, ...]
    statuses: tuple[CaseStatus, ...]
    first_days: dict[CaseStatus, date] = field(init=False, compare=False)

    def __post_init__(self) -> None:
        first: dict[CaseStatus, date] = {}
        for day, status in zip(self.days, self.statuses, strict=True):
            first.setdefault(status, day)
        object.__setattr__(self, "first_days", first)

    @property
    def person_id(self) -> str:
        return str(self.case["young_person_id"])

    def status_on(self, day: date) -> CaseStatus | None:
        """The status on ``day`` (None before the case was opened)."""
        index = bisect.bisect_right(self.days, day)
        return self.statuses[index - 1] if index else None

    def reached(self, status: CaseStatus) -> date | None:
        """The day the case moved to ``status``, if it did."""
        return self.first_days.get(status)

    def is_open_on(self, day: date) -> bool:
        """Whether the case exists and is not closed on ``day``."""
        status = self.status_on(day)
        return status is not None and status is not CaseStatus.CLOSED


def case_timelines(records: Records) -> list[CaseTimeline]:
    """Every case with its trail, in the document's order."""
    events = _grouped(records["case_event"], "case_id")
    timelines: list[CaseTimeline] = []
    for case in records["sspf_case"]:
        trail = sorted(events[case["id"]], key=lambda e: str(e["at"]))
        timelines.append(
            CaseTimeline(
                case=case,
                days=tuple(date.fromisoformat(str(e["at"])[:10]) for e in trail),
                statuses=tuple(CaseStatus(e["to_status"]) for e in trail),
            )
        )
    return timelines
