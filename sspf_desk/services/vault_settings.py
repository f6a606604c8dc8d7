"""The settings kept inside the vault (they govern legal checks, so they are not QSettings).

Each setting is declared once here with its key, default, validation and JSON form; values
are stored as a JSON object in ``vault_setting``. A stored value that no longer fits falls
back to the default (and is logged without its content). Changes are written to the audit
trail with the top-level keys of the JSON object that changed.

Flat settings (a frozen dataclass of ints or strings) are declared with :func:`flat_setting`;
other shapes give their own ``encode``/``decode`` (see :data:`AGENDA_TEMPLATES`).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from sqlalchemy.orm import Session

from sspf_desk.domain import (
    AgeRules,
    AuditAction,
    ConsentSettings,
    validate_age_rules,
    validate_consent_settings,
)
from sspf_desk.domain.agenda_templates import (
    AgendaTemplates,
    templates_from_json,
    templates_to_json,
    validate_agenda_templates,
)
from sspf_desk.errors import ValidationError
from sspf_desk.store import audit, repo_consent

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

log = logging.getLogger(__name__)

T = TypeVar("T")
D = TypeVar("D", bound="DataclassInstance")


@dataclass(frozen=True)
class VaultSetting(Generic[T]):
    """One declared setting: where it is stored, its default, validation and JSON form.

    Attributes:
        key: The ``vault_setting`` key.
        default: The value while none is stored (or the stored one is unreadable).
        validate: ``{field: Swedish message}`` for a value to be written.
        encode: The value as a JSON object.
        decode: A JSON object back to a value; raises ``ValueError``/``TypeError``/
            ``KeyError`` when it does not fit (messages without stored content).
    """

    key: str
    default: T
    validate: Callable[[T], Mapping[str, str]]
    encode: Callable[[T], dict[str, Any]]
    decode: Callable[[dict[str, Any]], T]

    def read(self, session: Session) -> T:
        """Return the stored value, or the default when unset or unreadable."""
        text = repo_consent.get_setting(session, self.key)
        if text is None:
            return self.default
        try:
            values = json.loads(text)
            if not isinstance(values, dict):
                raise TypeError("not an object")
            return self.decode(values)
        except (ValueError, TypeError, KeyError) as exc:
            log.warning("vault setting %s unreadable (%s); using the default", self.key, exc)
            return self.default

    def write(self, session: Session, value: T) -> T:
        """Validate and store ``value``; the change is audited with the changed keys.

        Raises:
            ValidationError: ``errors`` keyed by the fields of ``validate``.
        """
        errors = dict(self.validate(value))
        if errors:
            raise ValidationError(errors)
        before = self.encode(self.read(session))
        after = self.encode(value)
        changed = sorted(
            name for name in before.keys() | after.keys() if after.get(name) != before.get(name)
        )
        if changed or repo_consent.get_setting(session, self.key) is None:
            repo_consent.put_setting(session, self.key, json.dumps(after, sort_keys=True))
            audit.record(session, AuditAction.UPDATE, "vault_setting", self.key, changed)
        return value


def _flat_encode(value: DataclassInstance) -> dict[str, Any]:
    """The fields of a flat dataclass as a JSON object."""
    return {item.name: getattr(value, item.name) for item in fields(value)}


def _flat_decoder(default: D) -> Callable[[dict[str, Any]], D]:
    """Read a flat dataclass back: exactly its fields, each of the default's type."""
    kinds = {name: type(value) for name, value in _flat_encode(default).items()}

    def decode(values: dict[str, Any]) -> D:
        if set(values) != set(kinds):
            raise TypeError("fields")
        if not all(type(values[name]) is kind for name, kind in kinds.items()):
            raise TypeError("types")
        return type(default)(**values)

    return decode


def flat_setting(
    key: str, default: D, validate: Callable[[D], Mapping[str, str]]
) -> VaultSetting[D]:
    """Declare a setting whose value is a frozen dataclass of ints or strings."""
    return VaultSetting(key, default, validate, _flat_encode, _flat_decoder(default))


AGE_RULES: VaultSetting[AgeRules] = flat_setting(
    "consent.age_rules", AgeRules(), validate_age_rules
)
CONSENT_SETTINGS: VaultSetting[ConsentSettings] = flat_setting(
    "consent.settings", ConsentSettings(), validate_consent_settings
)
#: The standing agendas that differ from the defaults (only those are stored); see
#: :mod:`sspf_desk.domain.agenda_templates`. Errors are keyed ``<type>.<index>.<field>``.
AGENDA_TEMPLATES: VaultSetting[AgendaTemplates] = VaultSetting(
    "meetings.agenda_templates",
    MappingProxyType({}),
    validate_agenda_templates,
    templates_to_json,
    templates_from_json,
)
#: Every declared key (a check that nothing else is stored).
DECLARED_KEYS = frozenset({AGE_RULES.key, CONSENT_SETTINGS.key, AGENDA_TEMPLATES.key})
