"""Anonymising a young person: what is removed, what is kept, and why (a pure rule).

When consent is withdrawn the case may only be discussed without names, and anonymising is
not enough if the person is still identifiable (DOMAIN.md §2.2); data minimisation asks us
to keep only what is needed (§2.4). Anonymising is the end of that road: it is
**irreversible** — nothing removed is kept anywhere in the vault, not even in the audit
trail, so it cannot be undone.

Kept, so that cases, concerns, consents, actions and the statistics stay countable:

- the young person's row (same id), under a neutral label such as
  "Anonymiserad ungdom A7K2": the four characters are random (``secrets``), not derived
  from the id or any field, so the label reveals nothing;
- gender when it is female or male: with every other identifying field gone it splits the
  population in about halves and cannot single anyone out; "other" is a small group in a
  municipality and could, so it becomes "unknown";
- every case, concern, consent, legal-ground record, disclosure, plan and action item as
  a row, with its dates, statuses, sectors, categories, urgency and enumerated reasons;
  the consents keep their scope (parties, categories, form, validity, withdrawal date) as
  evidence of what was allowed when;
- the audit trail, untouched (it holds names of fields, never values), with one more entry
  "anonymise" for the young person.

Removed:

- first and last name, id number (personnummer/samordningsnummer), birth date, school,
  class, area, home municipality, interpreter language; the protected-identity flag is
  cleared (nothing left to protect). No birth year or age band is kept: there is no
  column for one, and adding it is a schema decision left for later;
- related persons (guardians, siblings, …) linked only to this young person are deleted;
  those also linked to another young person keep their row but lose the link, and no
  consent points at any related person any longer (``consenter_related_person_id``);
- free texts that may identify (:data:`REDACTED_TEXT_FIELDS`) are replaced by
  :data:`REMOVED_TEXT` (empty texts stay empty);
- the scanned signed consent forms: the attachment rows in the same unit of work, the
  encrypted blobs once the vault is saved (DESIGN.md §2 "Attachments");
- meetings: the young person's bekymringssamtal are kept as rows (date, statuses, roles)
  but their free texts are redacted, the participants' names become their role labels
  (:func:`participant_label`) and their titles are emptied; family attendees of the young
  person (the young person and their guardians on an attendance list) lose their name and
  organisation and keep only the role label (:func:`family_role_label`); agenda items about
  the young person keep their § number, section, visibility and dates, while their title,
  notes, decisions and actions' texts are redacted. Items never hold the young person's
  name as such (they refer to the person by id; the name comes from the person's row, now
  the neutral label), but their free texts may describe the person. The kept earlier
  versions of minutes (snapshots) are redacted the same way (:func:`redact_snapshot`).

The in-memory database runs with ``secure_delete``, so removed values are overwritten in
the pages, not only unlinked; the next save writes an image without them.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from sspf_desk.domain.enums import Gender, IdKind, Sector, TalkRole
from sspf_desk.domain.meeting_labels import TALK_ROLE_LABELS
from sspf_desk.domain.persons import YoungPerson

LABEL_PREFIX = "Anonymiserad ungdom"
REMOVED_TEXT = "[borttaget vid anonymisering]"
REFERENCE_LENGTH = 4
#: Letters and digits that cannot be mistaken for each other (no I/1, O/0).
REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

OPEN_CASE_MESSAGE = "Avsluta ärendet innan uppgifterna anonymiseras."
REASON_MISSING = "Välj varför uppgifterna anonymiseras."
ALREADY_ANONYMISED = "Uppgifterna är redan anonymiserade."

#: The young person's fields that are emptied (besides name, id number and birth date).
CLEARED_PERSON_FIELDS = (
    "school",
    "school_class",
    "area",
    "home_municipality",
    "interpreter_language",
)

#: Free texts replaced by :data:`REMOVED_TEXT`, per table (rows about the young person).
REDACTED_TEXT_FIELDS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "concern": (
            "reporter_role",
            "area",
            "group_description",
            "observation",
            "assessment",
            "report_reporter",
            "report_reference",
            "outcome_reason",
        ),
        "consent": ("purpose", "withdrawal_how"),
        "ground_record": ("justification",),
        "disclosure": ("context",),
        "sspf_case": ("outcome",),
        "case_event": ("reason",),
        "action_plan": ("goals", "strengths"),
        "action_item": ("what", "responsible"),
        "agenda_item": ("title", "notes"),
        "meeting_action": ("what", "responsible"),
        "concern_talk": (
            "place",
            "called_by",
            "reason",
            "risk_factors",
            "protective_factors",
            "information_given",
            "report_reporter",
            "report_reference",
            "consent_reference",
        ),
        "concern_talk_agreement": ("what", "responsible"),
    }
)


class AnonymisationReason(StrEnum):
    """Why a young person's data was anonymised (written into the audit trail as a code).

    A fixed choice, not free text: the audit trail never holds values that could name
    the person.
    """

    CONSENT_WITHDRAWN = "consent_withdrawn"
    CASE_FINISHED = "case_finished"
    ERASURE_REQUEST = "erasure_request"
    OTHER = "other"


def parse_reason(value: str) -> AnonymisationReason | None:
    """Return the reason for a code (``None`` when empty or unknown)."""
    try:
        return AnonymisationReason(value.strip())
    except ValueError:
        return None


def new_reference(choice: Callable[[str], str] = secrets.choice) -> str:
    """Return a short random reference such as ``"A7K2"`` (never derived from the data)."""
    return "".join(choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH))


def anonymised_label(reference: str) -> str:
    """The neutral name shown instead of the young person's: ``"Anonymiserad ungdom A7K2"``."""
    return f"{LABEL_PREFIX} {reference}"


def is_anonymised(person: YoungPerson) -> bool:
    """Whether ``person`` has been anonymised (no first name, the label, no id number).

    Ordinary validation never accepts an empty first name, so the combination only comes
    from :func:`plan_anonymisation`.
    """
    return (
        person.first_name == ""
        and person.last_name.startswith(LABEL_PREFIX + " ")
        and person.id_number is None
        and person.birth_date is None
    )


def kept_gender(gender: Gender) -> Gender:
    """Gender as kept: female and male stay, "other" (a small group) becomes unknown."""
    return gender if gender in (Gender.FEMALE, Gender.MALE) else Gender.UNKNOWN


def redacted(text: str) -> str:
    """The text as kept: :data:`REMOVED_TEXT` instead of any content, empty stays empty."""
    return REMOVED_TEXT if text.strip() else ""


def redacted_all(texts: Sequence[str]) -> tuple[str, ...]:
    """A list of texts (e.g. an agenda item's decisions) as kept: each one redacted."""
    return tuple(redacted(text) for text in texts)


def participant_label(role: TalkRole) -> str:
    """The name a bekymringssamtal participant keeps: the role label ("Vårdnadshavare")."""
    return TALK_ROLE_LABELS[role]


def family_role_label(sector: Sector) -> str:
    """The role a family attendee keeps: "Vårdnadshavare" for a guardian, else "Den unge"."""
    role = TalkRole.GUARDIAN if sector is Sector.GUARDIAN else TalkRole.YOUNG_PERSON
    return TALK_ROLE_LABELS[role]


def _redact_keys(found: dict[str, object], keys: Sequence[str]) -> None:
    """Redact the text values of ``keys`` in ``found`` (in place)."""
    for key in keys:
        text = found.get(key)
        if isinstance(text, str):
            found[key] = redacted(text)


def redact_snapshot(value: object, person_id: str) -> object:
    """A kept minutes snapshot (parsed JSON) with the young person's traces removed.

    Walks the whole document: every object that refers to ``person_id`` through its
    ``young_person_id`` is treated like the row it copies — a family attendee (it has a
    ``sector``) loses its name (``""``) and organisation and keeps the role label; an agenda
    item loses its title, notes, decisions and its actions' ``what``/``responsible``
    (:func:`redacted`). Everything else is returned as it was; the input is not changed.
    """
    if isinstance(value, list):
        return [redact_snapshot(entry, person_id) for entry in value]
    if not isinstance(value, dict):
        return value
    found: dict[str, object] = {
        str(key): redact_snapshot(entry, person_id) for key, entry in value.items()
    }
    if found.get("young_person_id") != person_id:
        return found
    sector = found.get("sector")
    if isinstance(sector, str) and "name" in found:
        found.update(name="", organisation="", role=family_role_label(Sector(sector)))
    _redact_keys(found, ("title", "notes"))
    decisions = found.get("decisions")
    if isinstance(decisions, list):
        found["decisions"] = [redacted(str(text)) for text in decisions]
    actions = found.get("actions")
    if isinstance(actions, list):
        for action in actions:
            if isinstance(action, dict):
                _redact_keys(action, ("what", "responsible"))
    return found


@dataclass(frozen=True, slots=True)
class AnonymisationPlan:
    """What anonymising one young person does to their own row and their related persons.

    Attributes:
        person_id: The young person.
        person_values: Column → new value for the young person's row.
        related_to_delete: Related persons linked only to this young person.
        related_to_unlink: Related persons also linked to someone else (kept, unlinked).
    """

    person_id: str
    person_values: Mapping[str, object]
    related_to_delete: tuple[str, ...]
    related_to_unlink: tuple[str, ...]

    @property
    def label(self) -> str:
        """The neutral name the young person gets."""
        return str(self.person_values["last_name"])


def plan_anonymisation(
    person: YoungPerson, link_counts: Sequence[tuple[str, int]], reference: str
) -> AnonymisationPlan:
    """Decide what anonymising ``person`` changes.

    Args:
        person: The young person as stored.
        link_counts: ``(related person id, number of young persons linked)`` for each
            related person linked to ``person``.
        reference: The random reference of the label (:func:`new_reference`).
    """
    values: dict[str, object] = {
        "first_name": "",
        "last_name": anonymised_label(reference),
        "id_number": None,
        "id_kind": IdKind.NONE,
        "protected_identity": False,
        "birth_date": None,
        "gender": kept_gender(person.gender),
    }
    values.update(dict.fromkeys(CLEARED_PERSON_FIELDS, ""))
    return AnonymisationPlan(
        person_id=person.id,
        person_values=MappingProxyType(values),
        related_to_delete=tuple(rid for rid, count in link_counts if count <= 1),
        related_to_unlink=tuple(rid for rid, count in link_counts if count > 1),
    )


@dataclass(frozen=True, slots=True)
class AnonymisationResult:
    """What anonymising did, as counts (for the confirmation and the statistics).

    Attributes:
        person_id: The young person (same id as before).
        label: The neutral name now shown.
        related_deleted: Related persons deleted (linked only to this young person).
        related_unlinked: Related persons kept but no longer linked.
        texts_replaced: Free texts replaced by :data:`REMOVED_TEXT`.
        attachments_deleted: Scanned signed forms deleted (rows and encrypted files).
        cases_kept: Cases kept (without identifying texts).
        concerns_kept: Concerns kept (without identifying texts).
        consents_kept: Consents kept (scope and dates as evidence).
    """

    person_id: str
    label: str
    related_deleted: int
    related_unlinked: int
    texts_replaced: int
    attachments_deleted: int
    cases_kept: int
    concerns_kept: int
    consents_kept: int
