"""Validation of consents and legal-ground records (``{field: Swedish message}``)."""

from __future__ import annotations

from datetime import date, timedelta

from sspf_desk.domain.checks import (
    END_BEFORE_START,
    MAX_LONG_TEXT,
    MAX_SHORT_TEXT,
    check_length,
    require,
)
from sspf_desk.domain.consent import ConsentInput, GroundRecordInput, Party
from sspf_desk.domain.enums import ConsenterRole, LegalGround, Sector
from sspf_desk.domain.rules import age_on

#: How far ahead a consent or ground may start.
MAX_START_AHEAD = timedelta(days=366)
#: Earliest plausible start of a consent or ground.
EARLIEST_START = date(2000, 1, 1)
#: Longest period of one legal-ground record.
MAX_GROUND_SPAN = timedelta(days=366)
#: Shortest written balancing of interests for the general crime-prevention rule.
MIN_BALANCING_NOTE = 40
#: 10 kap. 18 a § OSL applies to persons under this age.
OSL_10_18A_AGE_LIMIT = 21


def _check_parties(errors: dict[str, str], field: str, parties: tuple[Party, ...]) -> None:
    """Parties must be receiving sectors (not "guardian") with short organisation names."""
    if any(party.sector is Sector.GUARDIAN for party in parties):
        errors[field] = "Vårdnadshavare kan inte vara mottagare av uppgifter här."
    elif any(len(party.organisation.strip()) > MAX_SHORT_TEXT for party in parties):
        errors[field] = f"Organisationens namn får vara högst {MAX_SHORT_TEXT} tecken."


def _check_start(errors: dict[str, str], valid_from: date, today: date) -> None:
    """The first day must be neither absurdly early nor too far ahead."""
    if valid_from > today + MAX_START_AHEAD:
        errors["valid_from"] = "Startdatum ligger för långt fram i tiden."
    elif valid_from < EARLIEST_START:
        errors["valid_from"] = "Startdatum är orimligt tidigt."


def validate_consent(data: ConsentInput, *, today: date) -> dict[str, str]:
    """Check a consent before it is stored.

    A guardian's or other person's consent names that person; the young person's own
    consent names nobody else; at least one party and one category; a purpose; the period
    must not end before it starts nor start absurdly far in the future.
    """
    errors: dict[str, str] = {}
    require(errors, "young_person_id", data.young_person_id, "Välj den unge samtycket gäller.")
    if data.consenter_role is ConsenterRole.YOUNG_PERSON:
        if data.consenter_related_person_id is not None:
            errors["consenter_related_person_id"] = (
                "Den unges eget samtycke ska inte kopplas till någon annan person."
            )
    elif not data.consenter_related_person_id:
        errors["consenter_related_person_id"] = "Välj vem som har lämnat samtycket."
    if not data.parties:
        errors["parties"] = "Välj minst en part som får ta del av uppgifterna."
    _check_parties(errors, "parties", data.parties)
    if not data.categories:
        errors["categories"] = "Välj minst en typ av uppgifter."
    require(errors, "purpose", data.purpose, "Ange syftet med samtycket.")
    check_length(errors, "purpose", data.purpose, MAX_LONG_TEXT)
    _check_start(errors, data.valid_from, today)
    if data.valid_to is not None and data.valid_to < data.valid_from:
        errors["valid_to"] = END_BEFORE_START
    return errors


def _check_osl_10_18a(
    errors: dict[str, str], data: GroundRecordInput, subject_birth_date: date | None
) -> None:
    """10 kap. 18 a § OSL: only to the police, only about someone under 21."""
    if data.recipient.sector is not Sector.POLICE:
        errors["recipient"] = "10 kap. 18 a § OSL gäller bara uppgifter till polisen."
    if subject_birth_date is None:
        errors["ground"] = "Födelsedatum behövs för att pröva 10 kap. 18 a § OSL."
    elif age_on(subject_birth_date, data.valid_from) >= OSL_10_18A_AGE_LIMIT:
        errors["ground"] = "10 kap. 18 a § OSL gäller bara den som är under 21 år."


def validate_ground_record(
    data: GroundRecordInput, *, subject_birth_date: date | None, today: date
) -> dict[str, str]:
    """Check a legal-ground record before it is stored.

    The ground is not consent; a justification is always written, for the general
    crime-prevention rule as a balancing of interests of at least 40 characters;
    10 kap. 18 a § OSL only to the police about someone under 21 on the first day;
    the period is at most 366 days.
    """
    errors: dict[str, str] = {}
    require(errors, "young_person_id", data.young_person_id, "Välj den unge uppgifterna gäller.")
    if data.ground is LegalGround.CONSENT:
        errors["ground"] = "Ett samtycke registreras som samtycke, inte som rättslig grund."
    elif data.ground is LegalGround.OSL_10_18A:
        _check_osl_10_18a(errors, data, subject_birth_date)
    _check_parties(errors, "recipient", (data.recipient,))
    require(errors, "justification", data.justification, "Skriv varför grunden är tillämplig.")
    if (
        data.ground is LegalGround.GENERAL_CRIME_PREVENTION
        and "justification" not in errors
        and len(data.justification.strip()) < MIN_BALANCING_NOTE
    ):
        errors["justification"] = (
            f"Skriv ned intresseavvägningen (minst {MIN_BALANCING_NOTE} tecken)."
        )
    check_length(errors, "justification", data.justification, MAX_LONG_TEXT)
    require(errors, "decided_by", data.decided_by, "Ange vem som har fattat beslutet.")
    check_length(errors, "decided_by", data.decided_by, MAX_SHORT_TEXT)
    if not data.categories:
        errors["categories"] = "Välj minst en typ av uppgifter."
    _check_start(errors, data.valid_from, today)
    if data.valid_to < data.valid_from:
        errors["valid_to"] = END_BEFORE_START
    elif data.valid_to - data.valid_from > MAX_GROUND_SPAN:
        errors["valid_to"] = "Beslutet kan gälla högst ett år (366 dagar)."
    return errors
