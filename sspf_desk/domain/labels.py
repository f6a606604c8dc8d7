"""Display labels of the domain enumerations, in Swedish (default) and English.

The stored values stay English codes; these labels are what the UI, the PDFs and the
exports show. Every value of every enumeration has a label in both languages.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from sspf_desk.domain.enums import (
    ActionStatus,
    AgendaSection,
    AttendanceStatus,
    AuditAction,
    CaseStatus,
    ClosingReason,
    ConcernLevel,
    ConcernOutcome,
    ConsenterRole,
    ConsentForm,
    CustodyType,
    Gender,
    IdKind,
    InformationCategory,
    ItemVisibility,
    LegalGround,
    MeetingStatus,
    MeetingType,
    Relationship,
    ReportStatus,
    Role,
    Sector,
    TalkRole,
    Urgency,
)
from sspf_desk.domain.label_kit import freeze as _freeze
from sspf_desk.domain.meeting_labels import (
    AGENDA_SECTION_LABELS,
    AGENDA_SECTION_LABELS_EN,
    ATTENDANCE_STATUS_LABELS,
    ATTENDANCE_STATUS_LABELS_EN,
    ITEM_VISIBILITY_LABELS,
    ITEM_VISIBILITY_LABELS_EN,
    MEETING_STATUS_LABELS,
    MEETING_STATUS_LABELS_EN,
    MEETING_TYPE_LABELS,
    MEETING_TYPE_LABELS_EN,
    TALK_ROLE_LABELS,
    TALK_ROLE_LABELS_EN,
)

SECTOR_LABELS = _freeze(
    {
        Sector.SCHOOL: "Skola",
        Sector.SOCIAL_SERVICES: "Socialtjänst",
        Sector.POLICE: "Polis",
        Sector.LEISURE: "Fritid",
        Sector.GUARDIAN: "Vårdnadshavare",
        Sector.OTHER: "Annan",
    }
)
SECTOR_LABELS_EN = _freeze(
    {
        Sector.SCHOOL: "School",
        Sector.SOCIAL_SERVICES: "Social services",
        Sector.POLICE: "Police",
        Sector.LEISURE: "Leisure",
        Sector.GUARDIAN: "Guardian",
        Sector.OTHER: "Other",
    }
)
URGENCY_LABELS = _freeze(
    {Urgency.LOW: "Låg", Urgency.NORMAL: "Normal", Urgency.HIGH: "Hög", Urgency.ACUTE: "Akut"}
)
URGENCY_LABELS_EN = _freeze(
    {Urgency.LOW: "Low", Urgency.NORMAL: "Normal", Urgency.HIGH: "High", Urgency.ACUTE: "Acute"}
)
CONCERN_LEVEL_LABELS = _freeze(
    {ConcernLevel.INDIVIDUAL: "Individnivå", ConcernLevel.SELECTIVE: "Grupp- och områdesnivå"}
)
CONCERN_LEVEL_LABELS_EN = _freeze(
    {ConcernLevel.INDIVIDUAL: "Individual level", ConcernLevel.SELECTIVE: "Group and area level"}
)
CONCERN_OUTCOME_LABELS = _freeze(
    {
        ConcernOutcome.PENDING: "Inte beslutad",
        ConcernOutcome.SSPF_CASE: "SSPF-ärende",
        ConcernOutcome.NOT_SUITABLE: "Inte lämplig för SSPF",
        ConcernOutcome.REFERRED: "Hänvisad vidare",
    }
)
CONCERN_OUTCOME_LABELS_EN = _freeze(
    {
        ConcernOutcome.PENDING: "Not decided",
        ConcernOutcome.SSPF_CASE: "SSPF case",
        ConcernOutcome.NOT_SUITABLE: "Not suitable for SSPF",
        ConcernOutcome.REFERRED: "Referred elsewhere",
    }
)
REPORT_STATUS_LABELS = _freeze(
    {
        ReportStatus.UNANSWERED: "Inte besvarad",
        ReportStatus.NOT_NEEDED: "Orosanmälan behövs inte",
        ReportStatus.MADE: "Orosanmälan gjord",
        ReportStatus.MADE_BY_OTHER: "Orosanmälan gjord av annan",
    }
)
REPORT_STATUS_LABELS_EN = _freeze(
    {
        ReportStatus.UNANSWERED: "Not answered",
        ReportStatus.NOT_NEEDED: "No report needed",
        ReportStatus.MADE: "Report made",
        ReportStatus.MADE_BY_OTHER: "Report made by someone else",
    }
)
INFORMATION_CATEGORY_LABELS = _freeze(
    {
        InformationCategory.SCHOOL: "Skola (närvaro, studier, skolsituation)",
        InformationCategory.STUDENT_HEALTH: "Elevhälsa",
        InformationCategory.SOCIAL_SERVICES: "Socialtjänstens kontakter och insatser",
        InformationCategory.POLICE: "Polisens uppgifter",
        InformationCategory.LEISURE: "Fritid",
        InformationCategory.FAMILY: "Familjesituation",
        InformationCategory.HEALTH: "Hälsa",
        InformationCategory.OTHER: "Övrigt",
    }
)
INFORMATION_CATEGORY_LABELS_EN = _freeze(
    {
        InformationCategory.SCHOOL: "School (attendance, studies, school situation)",
        InformationCategory.STUDENT_HEALTH: "Student health",
        InformationCategory.SOCIAL_SERVICES: "Social services' contacts and interventions",
        InformationCategory.POLICE: "Police information",
        InformationCategory.LEISURE: "Leisure",
        InformationCategory.FAMILY: "Family situation",
        InformationCategory.HEALTH: "Health",
        InformationCategory.OTHER: "Other",
    }
)
CONSENT_FORM_LABELS = _freeze({ConsentForm.WRITTEN: "Skriftligt", ConsentForm.ORAL: "Muntligt"})
CONSENT_FORM_LABELS_EN = _freeze({ConsentForm.WRITTEN: "Written", ConsentForm.ORAL: "Oral"})
CONSENTER_ROLE_LABELS = _freeze(
    {
        ConsenterRole.YOUNG_PERSON: "Den unge",
        ConsenterRole.GUARDIAN: "Vårdnadshavare",
        ConsenterRole.OTHER: "Annan berörd person",
    }
)
CONSENTER_ROLE_LABELS_EN = _freeze(
    {
        ConsenterRole.YOUNG_PERSON: "The young person",
        ConsenterRole.GUARDIAN: "Guardian",
        ConsenterRole.OTHER: "Other person concerned",
    }
)
LEGAL_GROUND_LABELS = _freeze(
    {
        LegalGround.CONSENT: "Samtycke",
        LegalGround.OSL_10_18A: "10 kap. 18 a § OSL (socialtjänst till polis, under 21 år)",
        LegalGround.GENERAL_CRIME_PREVENTION: "Generell sekretessbrytande bestämmelse "
        "(brottsförebyggande, med intresseavvägning)",
        LegalGround.DUTY_TO_REPORT: "Anmälningsskyldighet",
        LegalGround.DUTY_TO_INFORM: "Uppgiftsskyldighet",
    }
)
LEGAL_GROUND_LABELS_EN = _freeze(
    {
        LegalGround.CONSENT: "Consent",
        LegalGround.OSL_10_18A: "Chapter 10 section 18 a OSL (social services to police, under 21)",
        LegalGround.GENERAL_CRIME_PREVENTION: "General secrecy-breaking rule "
        "(crime prevention, with a balancing of interests)",
        LegalGround.DUTY_TO_REPORT: "Duty to report",
        LegalGround.DUTY_TO_INFORM: "Duty to provide information",
    }
)
CASE_STATUS_LABELS = _freeze(
    {
        CaseStatus.INTAKE: "Aktualisering",
        CaseStatus.CONSENT: "Samtycke",
        CaseStatus.MAPPING: "Kartläggning",
        CaseStatus.ACTIVE_PLAN: "Aktiv plan",
        CaseStatus.FOLLOW_UP: "Uppföljning",
        CaseStatus.CLOSED: "Avslutat",
    }
)
CASE_STATUS_LABELS_EN = _freeze(
    {
        CaseStatus.INTAKE: "Intake",
        CaseStatus.CONSENT: "Consent",
        CaseStatus.MAPPING: "Mapping",
        CaseStatus.ACTIVE_PLAN: "Active plan",
        CaseStatus.FOLLOW_UP: "Follow-up",
        CaseStatus.CLOSED: "Closed",
    }
)
CLOSING_REASON_LABELS = _freeze(
    {
        ClosingReason.GOALS_REACHED: "Målen är uppnådda",
        ClosingReason.CONSENT_WITHDRAWN: "Samtycket har återkallats",
        ClosingReason.MOVED: "Har flyttat",
        ClosingReason.AGED_OUT: "Över åldersgränsen",
        ClosingReason.HANDED_OVER: "Överlämnat (utredning, SIG, SIP eller liknande)",
        ClosingReason.DECLINED: "Har tackat nej",
        ClosingReason.OTHER: "Annat skäl",
    }
)
CLOSING_REASON_LABELS_EN = _freeze(
    {
        ClosingReason.GOALS_REACHED: "Goals reached",
        ClosingReason.CONSENT_WITHDRAWN: "Consent withdrawn",
        ClosingReason.MOVED: "Moved away",
        ClosingReason.AGED_OUT: "Aged out",
        ClosingReason.HANDED_OVER: "Handed over (investigation, SIG, SIP or similar)",
        ClosingReason.DECLINED: "Declined",
        ClosingReason.OTHER: "Other reason",
    }
)
ACTION_STATUS_LABELS = _freeze(
    {
        ActionStatus.PLANNED: "Planerad",
        ActionStatus.ONGOING: "Pågår",
        ActionStatus.DONE: "Klar",
        ActionStatus.CANCELLED: "Avbruten",
    }
)
ACTION_STATUS_LABELS_EN = _freeze(
    {
        ActionStatus.PLANNED: "Planned",
        ActionStatus.ONGOING: "Ongoing",
        ActionStatus.DONE: "Done",
        ActionStatus.CANCELLED: "Cancelled",
    }
)
ROLE_LABELS = _freeze(
    {
        Role.ADMIN: "Administratör",
        Role.COORDINATOR: "Samordnare",
        Role.SECTOR_STAFF: "Personal i sektor",
        Role.READ_ONLY: "Endast läsning",
    }
)
ROLE_LABELS_EN = _freeze(
    {
        Role.ADMIN: "Administrator",
        Role.COORDINATOR: "Coordinator",
        Role.SECTOR_STAFF: "Sector staff",
        Role.READ_ONLY: "Read only",
    }
)
GENDER_LABELS = _freeze(
    {Gender.FEMALE: "Flicka", Gender.MALE: "Pojke", Gender.OTHER: "Annat", Gender.UNKNOWN: "Okänt"}
)
GENDER_LABELS_EN = _freeze(
    {Gender.FEMALE: "Girl", Gender.MALE: "Boy", Gender.OTHER: "Other", Gender.UNKNOWN: "Unknown"}
)
ID_KIND_LABELS = _freeze(
    {
        IdKind.PERSONNUMMER: "Personnummer",
        IdKind.SAMORDNINGSNUMMER: "Samordningsnummer",
        IdKind.NONE: "Inget nummer",
    }
)
ID_KIND_LABELS_EN = _freeze(
    {
        IdKind.PERSONNUMMER: "Personal identity number",
        IdKind.SAMORDNINGSNUMMER: "Coordination number",
        IdKind.NONE: "No number",
    }
)
CUSTODY_LABELS = _freeze(
    {
        CustodyType.SOLE: "Ensam vårdnad",
        CustodyType.JOINT: "Gemensam vårdnad",
        CustodyType.NONE: "Ingen vårdnad",
    }
)
CUSTODY_LABELS_EN = _freeze(
    {
        CustodyType.SOLE: "Sole custody",
        CustodyType.JOINT: "Joint custody",
        CustodyType.NONE: "No custody",
    }
)
RELATIONSHIP_LABELS = _freeze(
    {
        Relationship.GUARDIAN: "Vårdnadshavare",
        Relationship.PARENT: "Förälder (utan vårdnad)",
        Relationship.SIBLING: "Syskon",
        Relationship.OTHER: "Annan närstående",
    }
)
RELATIONSHIP_LABELS_EN = _freeze(
    {
        Relationship.GUARDIAN: "Guardian",
        Relationship.PARENT: "Parent (no custody)",
        Relationship.SIBLING: "Sibling",
        Relationship.OTHER: "Other related person",
    }
)
AUDIT_ACTION_LABELS = _freeze(
    {
        AuditAction.INSERT: "Skapad",
        AuditAction.UPDATE: "Ändrad",
        AuditAction.DELETE: "Borttagen",
        AuditAction.VIEW: "Visad",
        AuditAction.EXPORT: "Exporterad",
        AuditAction.IMPORT: "Importerad",
        AuditAction.ANONYMISE: "Anonymiserad",
    }
)
AUDIT_ACTION_LABELS_EN = _freeze(
    {
        AuditAction.INSERT: "Created",
        AuditAction.UPDATE: "Changed",
        AuditAction.DELETE: "Deleted",
        AuditAction.VIEW: "Viewed",
        AuditAction.EXPORT: "Exported",
        AuditAction.IMPORT: "Imported",
        AuditAction.ANONYMISE: "Anonymised",
    }
)

LABELS: Mapping[type[StrEnum], tuple[Mapping[Any, str], Mapping[Any, str]]] = MappingProxyType(
    {
        Sector: (SECTOR_LABELS, SECTOR_LABELS_EN),
        Urgency: (URGENCY_LABELS, URGENCY_LABELS_EN),
        ConcernLevel: (CONCERN_LEVEL_LABELS, CONCERN_LEVEL_LABELS_EN),
        ConcernOutcome: (CONCERN_OUTCOME_LABELS, CONCERN_OUTCOME_LABELS_EN),
        ReportStatus: (REPORT_STATUS_LABELS, REPORT_STATUS_LABELS_EN),
        InformationCategory: (INFORMATION_CATEGORY_LABELS, INFORMATION_CATEGORY_LABELS_EN),
        ConsentForm: (CONSENT_FORM_LABELS, CONSENT_FORM_LABELS_EN),
        ConsenterRole: (CONSENTER_ROLE_LABELS, CONSENTER_ROLE_LABELS_EN),
        LegalGround: (LEGAL_GROUND_LABELS, LEGAL_GROUND_LABELS_EN),
        CaseStatus: (CASE_STATUS_LABELS, CASE_STATUS_LABELS_EN),
        ClosingReason: (CLOSING_REASON_LABELS, CLOSING_REASON_LABELS_EN),
        ActionStatus: (ACTION_STATUS_LABELS, ACTION_STATUS_LABELS_EN),
        Role: (ROLE_LABELS, ROLE_LABELS_EN),
        Gender: (GENDER_LABELS, GENDER_LABELS_EN),
        IdKind: (ID_KIND_LABELS, ID_KIND_LABELS_EN),
        CustodyType: (CUSTODY_LABELS, CUSTODY_LABELS_EN),
        Relationship: (RELATIONSHIP_LABELS, RELATIONSHIP_LABELS_EN),
        AuditAction: (AUDIT_ACTION_LABELS, AUDIT_ACTION_LABELS_EN),
        MeetingType: (MEETING_TYPE_LABELS, MEETING_TYPE_LABELS_EN),
        MeetingStatus: (MEETING_STATUS_LABELS, MEETING_STATUS_LABELS_EN),
        AttendanceStatus: (ATTENDANCE_STATUS_LABELS, ATTENDANCE_STATUS_LABELS_EN),
        AgendaSection: (AGENDA_SECTION_LABELS, AGENDA_SECTION_LABELS_EN),
        ItemVisibility: (ITEM_VISIBILITY_LABELS, ITEM_VISIBILITY_LABELS_EN),
        TalkRole: (TALK_ROLE_LABELS, TALK_ROLE_LABELS_EN),
    }
)


def label(value: StrEnum, lang: str = "sv") -> str:
    """Return the display label of an enumeration value.

    Args:
        value: A member of one of the domain enumerations.
        lang: ``"sv"`` (default) or ``"en"``; anything else falls back to Swedish.

    Returns:
        The label in that language.

    Raises:
        KeyError: If ``value`` is not a member of a labelled enumeration.
    """
    swedish, english = LABELS[type(value)]
    return english[value] if lang == "en" else swedish[value]
