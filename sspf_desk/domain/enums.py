"""Enumerations shared by the whole application (stored by value, so never rename a value)."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """What a user of SSPF Desk may do."""

    ADMIN = "admin"
    COORDINATOR = "coordinator"
    SECTOR_STAFF = "sector_staff"
    READ_ONLY = "read_only"


class Gender(StrEnum):
    """Gender as recorded for a young person."""

    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


class IdKind(StrEnum):
    """Which kind of Swedish identity number a person has."""

    PERSONNUMMER = "personnummer"
    SAMORDNINGSNUMMER = "samordningsnummer"
    NONE = "none"


class CustodyType(StrEnum):
    """Custody held by a related person (vårdnad)."""

    SOLE = "sole"
    JOINT = "joint"
    NONE = "none"


class Relationship(StrEnum):
    """How a related person is related to the young person."""

    GUARDIAN = "guardian"
    PARENT = "parent"
    SIBLING = "sibling"
    OTHER = "other"


class AuditAction(StrEnum):
    """What happened to a record, as written in the audit trail."""

    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
    VIEW = "view"
    EXPORT = "export"
    IMPORT = "import"
    ANONYMISE = "anonymise"


class Sector(StrEnum):
    """Where a concern comes from; the SSPF parties are school, social services, police, leisure."""

    SCHOOL = "school"
    SOCIAL_SERVICES = "social_services"
    POLICE = "police"
    LEISURE = "leisure"
    GUARDIAN = "guardian"
    OTHER = "other"


class Urgency(StrEnum):
    """How soon a concern needs attention."""

    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    ACUTE = "acute"


class ConcernLevel(StrEnum):
    """Individual level (about one young person) or selective level (an area or group)."""

    INDIVIDUAL = "individual"
    SELECTIVE = "selective"


class ConcernOutcome(StrEnum):
    """What the coordinator decided about a concern."""

    PENDING = "pending"
    SSPF_CASE = "sspf_case"
    NOT_SUITABLE = "not_suitable"
    REFERRED = "referred"


class ReportStatus(StrEnum):
    """The mandatory-report checkpoint (orosanmälan) of a concern."""

    UNANSWERED = "unanswered"
    NOT_NEEDED = "not_needed"
    MADE = "made"
    MADE_BY_OTHER = "made_by_other"


class InformationCategory(StrEnum):
    """A kind of information a consent or legal ground covers."""

    SCHOOL = "school"
    STUDENT_HEALTH = "student_health"
    SOCIAL_SERVICES = "social_services"
    POLICE = "police"
    LEISURE = "leisure"
    FAMILY = "family"
    HEALTH = "health"
    OTHER = "other"


class ConsentForm(StrEnum):
    """How a consent was given."""

    WRITTEN = "written"
    ORAL = "oral"


class ConsenterRole(StrEnum):
    """Who gave a consent."""

    YOUNG_PERSON = "young_person"
    GUARDIAN = "guardian"
    OTHER = "other"


class LegalGround(StrEnum):
    """The ground a disclosure of information rests on."""

    CONSENT = "consent"
    OSL_10_18A = "osl_10_18a"
    GENERAL_CRIME_PREVENTION = "general_crime_prevention"
    DUTY_TO_REPORT = "duty_to_report"
    DUTY_TO_INFORM = "duty_to_inform"


class CaseStatus(StrEnum):
    """Where an SSPF case is in its life cycle."""

    INTAKE = "intake"
    CONSENT = "consent"
    MAPPING = "mapping"
    ACTIVE_PLAN = "active_plan"
    FOLLOW_UP = "follow_up"
    CLOSED = "closed"


class ClosingReason(StrEnum):
    """Why a case was closed."""

    GOALS_REACHED = "goals_reached"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    MOVED = "moved"
    AGED_OUT = "aged_out"
    HANDED_OVER = "handed_over"
    DECLINED = "declined"
    OTHER = "other"


class ActionStatus(StrEnum):
    """Status of an item of an action plan."""

    PLANNED = "planned"
    ONGOING = "ongoing"
    DONE = "done"
    CANCELLED = "cancelled"


class MeetingType(StrEnum):
    """The kinds of SSPF meeting (DOMAIN.md §1, §3)."""

    OPERATIONAL_GROUP = "operational_group"
    NETWORK_MEETING = "network_meeting"
    STEERING_GROUP = "steering_group"
    CONCERN_TALK = "concern_talk"


class MeetingStatus(StrEnum):
    """Life cycle of a meeting: planned → held → finalized → approved (justerat).

    Finalized and approved minutes are read-only; reopening (back to held) needs a reason
    and bumps the version.
    """

    PLANNED = "planned"
    HELD = "held"
    FINALIZED = "finalized"
    APPROVED = "approved"


class AttendanceStatus(StrEnum):
    """Whether an invited attendee took part."""

    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


class AgendaSection(StrEnum):
    """The sections of the standing agenda (DOMAIN.md §1)."""

    OPENING = "opening"
    PREVIOUS_MINUTES = "previous_minutes"
    SITUATION_PICTURE = "situation_picture"
    AREA_LEVEL = "area_level"
    INDIVIDUALS = "individuals"
    DECISIONS = "decisions"
    NEXT_MEETING = "next_meeting"
    OTHER = "other"


class ItemVisibility(StrEnum):
    """How an agenda item about a young person is handled under the consent gate."""

    NAMED = "named"
    ANONYMISED = "anonymised"
    EXCLUDED = "excluded"


class TalkRole(StrEnum):
    """The role of a participant in a bekymringssamtal (DOMAIN.md §3)."""

    YOUNG_PERSON = "young_person"
    GUARDIAN = "guardian"
    POLICE = "police"
    SOCIAL_SERVICES = "social_services"
    SCHOOL = "school"
    LEISURE = "leisure"
    OTHER = "other"
