"""Vault-wide settings of the consent rules: age limits and the expiry warning lead time."""

from __future__ import annotations

from dataclasses import dataclass

MAX_AGE_LIMIT = 25
MAX_EXPIRY_LEAD_DAYS = 365


@dataclass(frozen=True, slots=True)
class AgeRules:
    """Who consents at which age (DOMAIN.md §2.2; configurable per municipality).

    Attributes:
        own_consent_from: From this age the young person's own consent is needed as well
            as the guardians'.
        only_self_from: From this age only the young person consents.
    """

    own_consent_from: int = 15
    only_self_from: int = 18


@dataclass(frozen=True, slots=True)
class ConsentSettings:
    """How early an expiring consent is flagged.

    Attributes:
        expiry_lead_days: Days before ``valid_to`` a consent shows as expiring.
    """

    expiry_lead_days: int = 30


def validate_age_rules(rules: AgeRules) -> dict[str, str]:
    """Return ``{field: Swedish message}``: need 0 < own_consent_from ≤ only_self_from ≤ 25."""
    errors: dict[str, str] = {}
    if not 0 < rules.own_consent_from <= MAX_AGE_LIMIT:
        errors["own_consent_from"] = f"Åldern måste vara mellan 1 och {MAX_AGE_LIMIT} år."
    if not 0 < rules.only_self_from <= MAX_AGE_LIMIT:
        errors["only_self_from"] = f"Åldern måste vara mellan 1 och {MAX_AGE_LIMIT} år."
    elif not errors and rules.own_consent_from > rules.only_self_from:
        errors["only_self_from"] = (
            "Åldern då bara den unge samtycker kan inte vara lägre än åldern för eget samtycke."
        )
    return errors


def validate_consent_settings(settings: ConsentSettings) -> dict[str, str]:
    """Return ``{field: Swedish message}``: the lead time must be 0–365 days."""
    if not 0 <= settings.expiry_lead_days <= MAX_EXPIRY_LEAD_DAYS:
        return {"expiry_lead_days": f"Ange ett antal dagar mellan 0 och {MAX_EXPIRY_LEAD_DAYS}."}
    return {}
