"""Writing agenda items inside the caller's unit of work: cleaning, the gate's choice,
the name check of anonymised items, numbering and storing (with the plan sync)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from sqlalchemy.orm import Session

from sspf_desk.domain import (
    AgendaItem,
    AgendaSection,
    Attendee,
    GateOption,
    GateResult,
    ItemVisibility,
    names_in_item,
    validate_agenda_item,
)
from sspf_desk.errors import ValidationError
from sspf_desk.services.meeting_gate import MeetingGate
from sspf_desk.services.meeting_rows import GateBlockedError
from sspf_desk.services.meeting_sync import sync_actions
from sspf_desk.store import repo_meetings, repositories
from sspf_desk.store.models_meetings import AgendaItemRecord

_CHOSEN: Mapping[GateOption, ItemVisibility] = {
    "anonymise": ItemVisibility.ANONYMISED,
    "exclude": ItemVisibility.EXCLUDED,
}


def clean_item(item: AgendaItem) -> AgendaItem:
    """The item with its texts stripped (surrounding spaces), actions' texts too."""
    actions = tuple(
        replace(a, what=a.what.strip(), responsible=a.responsible.strip()) for a in item.actions
    )
    return replace(
        item,
        title=item.title.strip(),
        notes=item.notes.strip(),
        decisions=tuple(text.strip() for text in item.decisions),
        actions=actions,
    )


def validated(item: AgendaItem) -> AgendaItem:
    """The cleaned item, or :class:`ValidationError` with the fields of
    :func:`sspf_desk.domain.validate_agenda_item`."""
    item = clean_item(item)
    errors = validate_agenda_item(item)
    if errors:
        raise ValidationError(errors)
    return item


def apply_gate(item: AgendaItem, gate: GateResult, on_blocked: GateOption | None) -> AgendaItem:
    """The item as it may be stored: unchanged when the gate allows it; anonymised or
    excluded as chosen when it blocks it.

    Raises:
        GateBlockedError: The gate blocks the named item and no choice was made.
    """
    if gate.allowed:
        return item
    if on_blocked is None:
        raise GateBlockedError(gate)
    return replace(item, visibility=_CHOSEN[on_blocked])


def gated_choice(
    session: Session,
    item: AgendaItem,
    gate: MeetingGate,
    attendees: Sequence[Attendee],
    on_blocked: GateOption | None,
) -> AgendaItem:
    """The item as it may be stored after the gate (:func:`apply_gate`) and the name check.

    Raises:
        GateBlockedError: Named, blocked, and no choice given.
        ValidationError: An anonymised item's text contains the young person's name.
        NotFoundError: The item's young person does not exist.
    """
    if item.young_person_id is not None:
        repositories.get_young_person(session, item.young_person_id)
    item = apply_gate(item, gate.item(item, attendees), on_blocked)
    check_names(session, item)
    return item


def names_found(session: Session, item: AgendaItem) -> dict[str, str]:
    """The texts of an anonymised item that contain its young person's name (else empty).

    Raises:
        NotFoundError: The item's young person does not exist.
    """
    if item.young_person_id is None:
        return {}
    person = repositories.get_young_person(session, item.young_person_id)
    if item.visibility is not ItemVisibility.ANONYMISED:
        return {}
    return names_in_item(item, (person.first_name, person.last_name))


def check_names(session: Session, item: AgendaItem) -> None:
    """Raise :class:`ValidationError` ``{field: NAME_IN_TEXT}`` when an anonymised item's
    texts contain its young person's name."""
    errors = names_found(session, item)
    if errors:
        raise ValidationError(errors)


def clamp(number: int, last: int) -> int:
    """``number`` within 1..``last``."""
    return max(1, min(number, last))


def renumber(records: Sequence[AgendaItemRecord]) -> None:
    """Number the records 1, 2, … in the given order."""
    for number, record in enumerate(records, start=1):
        if record.number != number:
            record.number = number


def placed(
    records: Sequence[AgendaItemRecord], record: AgendaItemRecord, number: int
) -> list[AgendaItemRecord]:
    """The records in order with ``record`` (taken out first if present) at ``number``
    (clamped to the list), renumbered 1, 2, …"""
    others = [r for r in records if r is not record]
    position = clamp(number, len(others) + 1)
    ordered = [*others[: position - 1], record, *others[position - 1 :]]
    renumber(ordered)
    return ordered


def store_item(
    session: Session,
    meeting_id: str,
    item: AgendaItem,
    *,
    links: Mapping[int, str] | None = None,
) -> AgendaItemRecord:
    """Insert a new item at ``item.number`` (clamped; later items shift) with its actions."""
    records = repo_meetings.items_of(session, [meeting_id])
    record = AgendaItemRecord(meeting_id=meeting_id)
    record.apply(item)
    placed(records, record, item.number)
    session.add(record)
    session.flush()
    sync_actions(session, record, item.actions, links=links)
    return record


def insertion_point(items: Sequence[AgendaItem]) -> int:
    """Where carried-over items go: after the previous-minutes item(s), else after the
    opening at the top, else first (0-based index into ``items``)."""
    previous = [i for i, item in enumerate(items) if item.section is AgendaSection.PREVIOUS_MINUTES]
    if previous:
        return previous[-1] + 1
    index = 0
    while index < len(items) and items[index].section is AgendaSection.OPENING:
        index += 1
    return index
