"""Bekymringssamtal (orossamtal) as a structured record (DOMAIN.md §3).

Structure: mapping of the young person's situation (risk and protective factors),
information about the consequences of crime, agreements with who is responsible, and a
follow-up. What is documented: date and place, who called the talk, participants and
their roles, the reason, the mapping, the information given, the agreements, a follow-up
date, whether an orosanmälan was made, and the consent or legal ground.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sspf_desk.domain.checks import (
    MAX_LONG_TEXT,
    MAX_SHORT_TEXT,
    check_length,
    check_not_future,
    require,
)
from sspf_desk.domain.concern_rules import validate_report_checkpoint
from sspf_desk.domain.concerns import ReportCheckpoint
from sspf_desk.domain.enums import LegalGround, ReportStatus, TalkRole

_LONG_FIELDS = ("reason", "risk_factors", "protective_factors", "information_given")
_SHORT_FIELDS = ("place", "called_by", "consent_reference")


@dataclass(frozen=True, slots=True)
class TalkParticipant:
    """A participant of a bekymringssamtal.

    Attributes:
        name: The participant's name.
        role: The young person, a guardian, police, social services, school, leisure, other.
        title: Their title or function (e.g. "kommunpolis"), if any.
    """

    name: str
    role: TalkRole
    title: str = ""


@dataclass(frozen=True, slots=True)
class Agreement:
    """An agreed next step and who is responsible for it."""

    what: str
    responsible: str


@dataclass(frozen=True, slots=True)
class ConcernTalkInput:
    """The editable fields of a bekymringssamtal.

    Attributes:
        young_person_id: Whom the talk is about.
        held_on: The day of the talk.
        place: Where.
        called_by: Who called the talk (usually police).
        participants: Who took part, with roles (the young person and guardians included).
        reason: The triggering concern or incident.
        risk_factors: Mapping: risk factors.
        protective_factors: Mapping: protective factors and strengths.
        information_given: The information given (e.g. consequences of crime).
        agreements: Agreed next steps, each with who is responsible.
        follow_up_on: When the talk is followed up.
        report: Whether an orosanmälan was made (the concern checkpoint).
        legal_ground: The consent or legal ground for information shared.
        consent_reference: Reference to the consent relied on (required for consent).
        meeting_id: The meeting the talk was booked as, if any.
    """

    young_person_id: str
    held_on: date
    place: str
    called_by: str
    participants: tuple[TalkParticipant, ...]
    reason: str
    risk_factors: str
    protective_factors: str
    information_given: str
    agreements: tuple[Agreement, ...]
    follow_up_on: date | None
    report: ReportCheckpoint
    legal_ground: LegalGround | None
    consent_reference: str = ""
    meeting_id: str | None = None


@dataclass(frozen=True, slots=True)
class ConcernTalk:
    """A bekymringssamtal as stored."""

    id: str
    data: ConcernTalkInput
    created_at: datetime
    updated_at: datetime

    def to_input(self) -> ConcernTalkInput:
        """Return the editable fields."""
        return self.data


def _check_participants(
    errors: dict[str, str], data: ConcernTalkInput, young_person_is_minor: bool | None
) -> None:
    """Someone took part, every participant is named, and guardians attend for a minor."""
    if not data.participants:
        errors["participants"] = "Ange vilka som deltog."
        return
    for i, participant in enumerate(data.participants):
        require(errors, f"participants.{i}.name", participant.name, "Ange deltagarens namn.")
        check_length(errors, f"participants.{i}.name", participant.name, MAX_SHORT_TEXT)
        check_length(errors, f"participants.{i}.title", participant.title, MAX_SHORT_TEXT)
        if participant.role not in set(TalkRole):
            errors[f"participants.{i}.role"] = "Välj deltagarens roll."
    roles = {participant.role for participant in data.participants}
    if young_person_is_minor is not False and TalkRole.GUARDIAN not in roles:
        errors["participants"] = (
            "Vårdnadshavare ska delta när den unge är under 18 år; lägg till vårdnadshavaren."
        )


def validate_concern_talk(
    data: ConcernTalkInput, *, today: date, young_person_is_minor: bool | None = True
) -> dict[str, str]:
    """Check a bekymringssamtal before it is stored.

    Args:
        data: The talk as entered.
        today: Reference date (the talk cannot lie in the future).
        young_person_is_minor: Whether the young person is under 18 on the day (None when
            unknown: treated as a minor, so a guardian must take part).

    Returns:
        ``{field: Swedish message}``; list fields as ``participants.<i>.<field>`` and
        ``agreements.<i>.<field>``, report fields as ``report.<field>``.
    """
    errors: dict[str, str] = {}
    require(errors, "young_person_id", data.young_person_id, "Välj den unge som samtalet gäller.")
    check_not_future(errors, "held_on", data.held_on, today)
    require(errors, "reason", data.reason, "Ange anledningen till samtalet.")
    for field in _LONG_FIELDS:
        check_length(errors, field, str(getattr(data, field)), MAX_LONG_TEXT)
    for field in _SHORT_FIELDS:
        check_length(errors, field, str(getattr(data, field)), MAX_SHORT_TEXT)
    _check_participants(errors, data, young_person_is_minor)
    for i, agreement in enumerate(data.agreements):
        require(errors, f"agreements.{i}.what", agreement.what, "Beskriv överenskommelsen.")
        check_length(errors, f"agreements.{i}.what", agreement.what, MAX_LONG_TEXT)
        require(
            errors, f"agreements.{i}.responsible", agreement.responsible, "Ange vem som ansvarar."
        )
        check_length(errors, f"agreements.{i}.responsible", agreement.responsible, MAX_SHORT_TEXT)
    if data.follow_up_on is not None and data.follow_up_on < data.held_on:
        errors["follow_up_on"] = "Uppföljningen kan inte ligga före samtalet."
    if data.report.status is ReportStatus.UNANSWERED:
        errors["report.status"] = "Ange om en orosanmälan har gjorts."
    for field, message in validate_report_checkpoint(data.report, today=today).items():
        errors.setdefault(f"report.{field}", message)
    if data.legal_ground is None:
        errors["legal_ground"] = "Ange samtycke eller annan rättslig grund för uppgifterna."
    elif data.legal_ground is LegalGround.CONSENT:
        require(errors, "consent_reference", data.consent_reference, "Ange vilket samtycke.")
    return errors
