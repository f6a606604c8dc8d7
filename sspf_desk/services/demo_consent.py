"""Demo consents, legal-ground records and disclosures for the demo case work.

Every disclosure the demo writes is first checked with THE sharing rule
(``domain.sharing.may_share``), exactly as the app does before naming a young person.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, Protocol

from sspf_desk.domain import (
    AgeRules,
    ConsenterRole,
    ConsentForm,
    CustodyType,
    InformationCategory,
    LegalGround,
    Sector,
)
from sspf_desk.domain.consent import Consent, Party
from sspf_desk.domain.sharing import GuardianRef, may_share
from sspf_desk.services import demo_texts as texts
from sspf_desk.services.demo_data import MUNICIPALITY
from sspf_desk.services.minutes_view import MinutesSettings

Row = dict[str, Any]


class DemoRandom(Protocol):
    """What the demo builders need from demo.py's seeded generator."""

    @property
    def rng(self) -> Any:
        """The seeded ``random.Random``."""

    def new_id(self) -> str:
        """A UUID4 string from the seeded source."""

    def timestamp_on(self, day: date) -> str:
        """A UTC timestamp during office hours of ``day``."""


SSPF_SECTORS = (Sector.SCHOOL, Sector.SOCIAL_SERVICES, Sector.POLICE, Sector.LEISURE)

_NO_TIME = datetime(2000, 1, 1, tzinfo=UTC)  # timestamps play no part in the sharing rule


@dataclass(frozen=True)
class CaseFacts:
    """What the consent rows of one demo case depend on."""

    reference: date
    opened: date
    person: Row
    guardians: tuple[str, ...]


def _day(start: date, offset: int) -> date:
    return start + timedelta(days=offset)


def consents(gen: DemoRandom, facts: CaseFacts, out: dict[str, list[Row]]) -> list[Consent]:
    """Written consents from the custodial guardians (sometimes one is missing) and the
    young person when 15 or older; a few are withdrawn, some end soon."""
    reference, opened, person = facts.reference, facts.opened, facts.person
    guardians = list(facts.guardians)
    rng = gen.rng
    born = date.fromisoformat(person["birth_date"])
    consenters: list[tuple[ConsenterRole, str | None]] = [
        (ConsenterRole.GUARDIAN, g) for g in guardians if rng.random() < 0.93
    ]
    if (opened - born).days >= 15 * 365:
        consenters.append((ConsenterRole.YOUNG_PERSON, None))
    valid_from = _day(opened, rng.randrange(1, 10))
    # Running cases mostly have consents renewed past the reference day; some end soon.
    valid_to = max(
        _day(valid_from, rng.choice([180, 270, 365, 540])),
        _day(reference, rng.randrange(-20, 330)),
    )
    withdrawn = rng.random() < 0.04
    made: list[Consent] = []
    categories = tuple(c for c in InformationCategory if c is not InformationCategory.HEALTH)
    for role, related in consenters:
        consent_id = gen.new_id()
        stamp = gen.timestamp_on(valid_from)
        out["consent"].append(
            {
                "id": consent_id,
                "young_person_id": person["id"],
                "consenter_role": role.value,
                "consenter_related_person_id": related,
                "purpose": rng.choice(texts.PURPOSES),
                "form": (ConsentForm.WRITTEN if rng.random() < 0.95 else ConsentForm.ORAL).value,
                "valid_from": valid_from.isoformat(),
                "valid_to": valid_to.isoformat(),
                "signed_attachment_id": None,
                "withdrawn_on": _day(valid_from, 60).isoformat() if withdrawn else None,
                "withdrawal_how": rng.choice(texts.WITHDRAWAL_HOW) if withdrawn else "",
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
        for position, sector in enumerate(SSPF_SECTORS):
            out["consent_party"].append(
                {
                    "consent_id": consent_id,
                    "position": position,
                    "sector": sector.value,
                    "organisation": "",
                }
            )
        for position, category in enumerate(categories):
            out["consent_category"].append(
                {"consent_id": consent_id, "category": category.value, "position": position}
            )
        row = out["consent"][-1]
        made.append(
            Consent(
                id=consent_id,
                young_person_id=person["id"],
                consenter_role=role,
                consenter_related_person_id=related,
                parties=tuple(Party(sector) for sector in SSPF_SECTORS),
                categories=categories,
                purpose=row["purpose"],
                form=ConsentForm(row["form"]),
                valid_from=valid_from,
                valid_to=valid_to,
                signed_attachment_id=None,
                withdrawn_on=_optional_day(row["withdrawn_on"]),
                withdrawal_how=row["withdrawal_how"],
                created_at=_NO_TIME,
                updated_at=_NO_TIME,
            )
        )
    return made


def disclosures(
    gen: DemoRandom, facts: CaseFacts, given: list[Consent], out: dict[str, list[Row]]
) -> None:
    """Names shared at operational meetings, each one checked with THE sharing rule."""
    reference, opened, person = facts.reference, facts.opened, facts.person
    guardians = list(facts.guardians)
    rng = gen.rng
    refs = [
        GuardianRef(g, CustodyType.JOINT if len(guardians) > 1 else CustodyType.SOLE)
        for g in guardians
    ]
    categories = (InformationCategory.SCHOOL, InformationCategory.SOCIAL_SERVICES)
    consents = given
    for _ in range(rng.randrange(1, 4)):
        day = min(reference, _day(opened, rng.randrange(10, 120)))
        recipient = Party(rng.choice(SSPF_SECTORS))
        decision = may_share(
            day=day,
            recipient=recipient,
            categories=frozenset(categories),
            birth_date=date.fromisoformat(person["birth_date"]),
            guardians=refs,
            consents=consents,
            ground_records=(),
            rules=AgeRules(),
        )
        if not decision.allowed:
            continue
        disclosure_id = gen.new_id()
        out["disclosure"].append(
            {
                "id": disclosure_id,
                "young_person_id": person["id"],
                "recipient_sector": recipient.sector.value,
                "recipient_organisation": "",
                "disclosed_on": day.isoformat(),
                "ground": LegalGround.CONSENT.value,
                "ground_record_id": None,
                "context": "Operativt SSPF-möte",
                "created_at": gen.timestamp_on(day),
            }
        )
        for position, category in enumerate(categories):
            out["disclosure_category"].append(
                {"disclosure_id": disclosure_id, "category": category.value, "position": position}
            )
        for position, consent_id in enumerate(decision.consent_ids):
            out["disclosure_consent"].append(
                {"disclosure_id": disclosure_id, "consent_id": consent_id, "position": position}
            )


def ground_record(gen: DemoRandom, facts: CaseFacts, out: dict[str, list[Row]]) -> None:
    """A 10 kap. 18 a § OSL record: social services may inform the police (under 21)."""
    opened, person = facts.opened, facts.person
    rng = gen.rng
    start = _day(opened, rng.randrange(0, 30))
    record_id = gen.new_id()
    out["ground_record"].append(
        {
            "id": record_id,
            "young_person_id": person["id"],
            "recipient_sector": Sector.POLICE.value,
            "recipient_organisation": "",
            "ground": LegalGround.OSL_10_18A.value,
            "valid_from": start.isoformat(),
            "valid_to": _day(start, 90).isoformat(),
            "justification": rng.choice(texts.GROUND_JUSTIFICATIONS),
            "decided_by": rng.choice(texts.RESPONSIBLE[Sector.SOCIAL_SERVICES.value]),
            "created_at": gen.timestamp_on(start),
        }
    )
    out["ground_record_category"].append(
        {
            "ground_record_id": record_id,
            "category": InformationCategory.SOCIAL_SERVICES.value,
            "position": 0,
        }
    )


def _optional_day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def vault_settings_rows() -> list[Row]:
    """The municipality's consent rules (the defaults of DOMAIN.md §2.2) and its name.

    The name is the minutes' municipality (printed on minutes and the lägesbild report),
    the same as the demo medborgarlöften's.
    """
    return [
        {"key": "consent.age_rules", "value": '{"only_self_from": 18, "own_consent_from": 15}'},
        {"key": "consent.settings", "value": '{"expiry_lead_days": 30}'},
        {
            "key": "minutes.settings",
            "value": json.dumps(
                {
                    "municipality": MUNICIPALITY,
                    "secrecy_marking": MinutesSettings().secrecy_marking,
                },
                sort_keys=True,
            ),
        },
    ]
