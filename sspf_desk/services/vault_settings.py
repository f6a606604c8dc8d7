"""The settings kept inside the vault (they govern legal checks, so they are not QSettings).

Each setting is declared once here with its key, type and default; values are stored as
JSON in ``vault_setting``. A stored value that no longer fits its type falls back to the
default (and is logged without its content). Changes are written to the audit trail.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields
from typing import Generic, TypeVar

from sqlalchemy.orm import Session

from sspf_desk.domain import (
    AgeRules,
    AuditAction,
    ConsentSettings,
    validate_age_rules,
    validate_consent_settings,
)
from sspf_desk.errors import ValidationError
from sspf_desk.store import audit, repo_consent

log = logging.getLogger(__name__)

T = TypeVar("T", AgeRules, ConsentSettings)


@dataclass(frozen=True)
class VaultSetting(Generic[T]):
    """One declared setting: where it is stored, its default and its validation."""

    key: str
    default: T

    def read(self, session: Session) -> T:
        """Return the stored value, or the default when unset or unreadable."""
        text = repo_consent.get_setting(session, self.key)
        if text is None:
            return self.default
        try:
            values = json.loads(text)
            kind = type(self.default)
            names = {item.name for item in fields(kind)}
            if not isinstance(values, dict) or set(values) != names:
                raise TypeError("fields")
            if not all(
                isinstance(value, int) and not isinstance(value, bool) for value in values.values()
            ):
                raise TypeError("types")
            return kind(**values)
        except (ValueError, TypeError) as exc:
            log.warning("vault setting %s unreadable (%s); using the default", self.key, exc)
            return self.default

    def write(self, session: Session, value: T) -> T:
        """Validate and store ``value``; the change is audited with the changed fields.

        Raises:
            ValidationError: ``errors`` keyed by the value's field names.
        """
        errors = _validate(value)
        if errors:
            raise ValidationError(errors)
        before = asdict(self.read(session))
        after = asdict(value)
        changed = sorted(name for name in after if after[name] != before[name])
        if changed or repo_consent.get_setting(session, self.key) is None:
            repo_consent.put_setting(session, self.key, json.dumps(after, sort_keys=True))
            audit.record(session, AuditAction.UPDATE, "vault_setting", self.key, changed)
        return value


def _validate(value: AgeRules | ConsentSettings) -> dict[str, str]:
    """Run the domain validation of a setting value."""
    if isinstance(value, AgeRules):
        return validate_age_rules(value)
    return validate_consent_settings(value)


AGE_RULES: VaultSetting[AgeRules] = VaultSetting("consent.age_rules", AgeRules())
CONSENT_SETTINGS: VaultSetting[ConsentSettings] = VaultSetting(
    "consent.settings", ConsentSettings()
)
#: Every declared key (a check that nothing else is stored).
DECLARED_KEYS = frozenset({AGE_RULES.key, CONSENT_SETTINGS.key})
