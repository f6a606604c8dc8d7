"""The municipality's own standing agendas: validation and their JSON form.

The vault keeps only the agendas that differ from :data:`DEFAULT_AGENDAS` (the overrides),
so a meeting type nobody changed follows the defaults of newer versions. Every standing
agenda has at least one item; titles are short and required, and no text may contain an
id number (a standing agenda is the same for every meeting and never about one person).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Final

from sspf_desk.domain.agenda import DEFAULT_AGENDAS, AgendaTemplateItem
from sspf_desk.domain.checks import (
    MAX_LONG_TEXT,
    MAX_SHORT_TEXT,
    check_length,
    looks_like_id_number,
    require,
)
from sspf_desk.domain.enums import AgendaSection, MeetingType

#: The standing agendas of every meeting type (or a part of them: the overrides).
AgendaTemplates = Mapping[MeetingType, tuple[AgendaTemplateItem, ...]]

#: Most items a standing agenda may hold.
MAX_TEMPLATE_ITEMS: Final = 50
NO_TEMPLATE_ITEMS = "Dagordningen måste ha minst en punkt."
TOO_MANY_TEMPLATE_ITEMS = f"Dagordningen får ha högst {MAX_TEMPLATE_ITEMS} punkter."
NO_ID_NUMBERS = "En stående dagordning får inte innehålla personnummer."
_FIELDS = frozenset({"section", "title", "notes"})
_TYPES = frozenset(str(kind) for kind in MeetingType)
_SECTIONS = frozenset(str(section) for section in AgendaSection)


def validate_agenda_templates(
    templates: Mapping[MeetingType, Sequence[AgendaTemplateItem]],
) -> dict[str, str]:
    """Check standing agendas.

    Returns:
        ``{field: Swedish message}``; fields are ``<type>`` for the whole agenda and
        ``<type>.<index>.<section|title|notes>`` for one item (index from 0), e.g.
        ``operational_group.2.title``. Empty when every agenda is fine.
    """
    errors: dict[str, str] = {}
    for meeting_type, items in templates.items():
        key = str(meeting_type)
        if meeting_type not in set(MeetingType):
            errors[key] = "Okänd mötestyp."
            continue
        if not items:
            errors[key] = NO_TEMPLATE_ITEMS
        elif len(items) > MAX_TEMPLATE_ITEMS:
            errors[key] = TOO_MANY_TEMPLATE_ITEMS
        for index, item in enumerate(items):
            errors.update(_item_errors(f"{key}.{index}", item))
    return errors


def _item_errors(prefix: str, item: AgendaTemplateItem) -> dict[str, str]:
    """The errors of one template item, keyed ``<prefix>.<field>``."""
    errors: dict[str, str] = {}
    if item.section not in set(AgendaSection):
        errors[f"{prefix}.section"] = "Välj avsnitt."
    require(errors, f"{prefix}.title", item.title, "Ange en rubrik.")
    check_length(errors, f"{prefix}.title", item.title, MAX_SHORT_TEXT)
    check_length(errors, f"{prefix}.notes", item.notes, MAX_LONG_TEXT)
    for field, text in (("title", item.title), ("notes", item.notes)):
        if looks_like_id_number(text):
            errors.setdefault(f"{prefix}.{field}", NO_ID_NUMBERS)
    return errors


def normalised(items: Sequence[AgendaTemplateItem]) -> tuple[AgendaTemplateItem, ...]:
    """The items with titles and notes stripped of surrounding whitespace."""
    return tuple(
        AgendaTemplateItem(item.section, item.title.strip(), item.notes.strip()) for item in items
    )


def with_defaults(overrides: AgendaTemplates) -> AgendaTemplates:
    """Every meeting type's standing agenda: the override where there is one, else the default."""
    return MappingProxyType(
        {kind: tuple(overrides.get(kind, DEFAULT_AGENDAS[kind])) for kind in MeetingType}
    )


def overrides_of(templates: Mapping[MeetingType, Sequence[AgendaTemplateItem]]) -> AgendaTemplates:
    """The agendas of ``templates`` that differ from the defaults (in enumeration order)."""
    return MappingProxyType(
        {
            kind: tuple(templates[kind])
            for kind in MeetingType
            if kind in templates and tuple(templates[kind]) != DEFAULT_AGENDAS[kind]
        }
    )


def templates_to_json(templates: AgendaTemplates) -> dict[str, object]:
    """The JSON form: ``{"<type>": [{"section": …, "title": …, "notes": …}, …]}``."""
    return {
        str(kind): [
            {"section": str(item.section), "title": item.title, "notes": item.notes}
            for item in items
        ]
        for kind, items in templates.items()
    }


def templates_from_json(values: Mapping[str, object]) -> AgendaTemplates:
    """Read the JSON form back (only the types present).

    Raises:
        ValueError: An unknown type or section, a malformed item, or agendas that fail
            :func:`validate_agenda_templates` (the message quotes no stored text).
    """
    templates: dict[MeetingType, tuple[AgendaTemplateItem, ...]] = {}
    for key, items in values.items():
        if not isinstance(items, list):
            raise ValueError("an agenda is not a list")
        if key not in _TYPES:
            raise ValueError("an unknown meeting type")
        templates[MeetingType(key)] = tuple(_item_from_json(item) for item in items)
    errors = validate_agenda_templates(templates)
    if errors:
        raise ValueError(f"invalid agendas: {sorted(errors)}")
    return overrides_of(templates)


def _item_from_json(value: object) -> AgendaTemplateItem:
    """One item from ``{"section": …, "title": …, "notes": …}``."""
    if not isinstance(value, dict) or set(value) != _FIELDS:
        raise ValueError("an agenda item has other fields")
    section, title, notes = value["section"], value["title"], value["notes"]
    if not (isinstance(section, str) and isinstance(title, str) and isinstance(notes, str)):
        raise ValueError("an agenda item field is not text")
    if section not in _SECTIONS:
        raise ValueError("an unknown agenda section")
    return AgendaTemplateItem(AgendaSection(section), title, notes)
