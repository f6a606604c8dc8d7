"""Display labels of the meeting enumerations, in Swedish (default) and English.

Part of :mod:`sspf_desk.domain.labels` (which registers them for ``label()``), kept apart so
each module stays one readable table.
"""

from __future__ import annotations

from sspf_desk.domain.enums import (
    AgendaSection,
    AttendanceStatus,
    ItemVisibility,
    MeetingStatus,
    MeetingType,
    TalkRole,
)
from sspf_desk.domain.label_kit import freeze as _freeze

MEETING_TYPE_LABELS = _freeze(
    {
        MeetingType.OPERATIONAL_GROUP: "Operativ grupp",
        MeetingType.NETWORK_MEETING: "Nätverksmöte",
        MeetingType.STEERING_GROUP: "Styrgrupp",
        MeetingType.CONCERN_TALK: "Bekymringssamtal",
    }
)
MEETING_TYPE_LABELS_EN = _freeze(
    {
        MeetingType.OPERATIONAL_GROUP: "Operational group",
        MeetingType.NETWORK_MEETING: "Network meeting",
        MeetingType.STEERING_GROUP: "Steering group",
        MeetingType.CONCERN_TALK: "Concern talk (bekymringssamtal)",
    }
)
MEETING_STATUS_LABELS = _freeze(
    {
        MeetingStatus.PLANNED: "Planerat",
        MeetingStatus.HELD: "Genomfört",
        MeetingStatus.FINALIZED: "Färdigställt",
        MeetingStatus.APPROVED: "Justerat",
    }
)
MEETING_STATUS_LABELS_EN = _freeze(
    {
        MeetingStatus.PLANNED: "Planned",
        MeetingStatus.HELD: "Held",
        MeetingStatus.FINALIZED: "Finalized",
        MeetingStatus.APPROVED: "Approved",
    }
)
ATTENDANCE_STATUS_LABELS = _freeze(
    {
        AttendanceStatus.PRESENT: "Närvarande",
        AttendanceStatus.ABSENT: "Frånvarande",
        AttendanceStatus.EXCUSED: "Anmält förhinder",
    }
)
ATTENDANCE_STATUS_LABELS_EN = _freeze(
    {
        AttendanceStatus.PRESENT: "Present",
        AttendanceStatus.ABSENT: "Absent",
        AttendanceStatus.EXCUSED: "Excused",
    }
)
AGENDA_SECTION_LABELS = _freeze(
    {
        AgendaSection.OPENING: "Mötets öppnande",
        AgendaSection.PREVIOUS_MINUTES: "Föregående protokoll och öppna åtgärder",
        AgendaSection.SITUATION_PICTURE: "Lägesbild",
        AgendaSection.AREA_LEVEL: "Grupp- och områdesnivå",
        AgendaSection.INDIVIDUALS: "Individärenden",
        AgendaSection.DECISIONS: "Beslut och åtgärder",
        AgendaSection.NEXT_MEETING: "Nästa möte och justering",
        AgendaSection.OTHER: "Övriga frågor",
    }
)
AGENDA_SECTION_LABELS_EN = _freeze(
    {
        AgendaSection.OPENING: "Opening",
        AgendaSection.PREVIOUS_MINUTES: "Previous minutes and open actions",
        AgendaSection.SITUATION_PICTURE: "Situation picture",
        AgendaSection.AREA_LEVEL: "Group and area level",
        AgendaSection.INDIVIDUALS: "Individuals",
        AgendaSection.DECISIONS: "Decisions and actions",
        AgendaSection.NEXT_MEETING: "Next meeting and approval",
        AgendaSection.OTHER: "Any other business",
    }
)
ITEM_VISIBILITY_LABELS = _freeze(
    {
        ItemVisibility.NAMED: "Med namn",
        ItemVisibility.ANONYMISED: "Utan identifierande uppgifter",
        ItemVisibility.EXCLUDED: "Utesluten",
    }
)
ITEM_VISIBILITY_LABELS_EN = _freeze(
    {
        ItemVisibility.NAMED: "Named",
        ItemVisibility.ANONYMISED: "Without identifying details",
        ItemVisibility.EXCLUDED: "Left out",
    }
)
TALK_ROLE_LABELS = _freeze(
    {
        TalkRole.YOUNG_PERSON: "Den unge",
        TalkRole.GUARDIAN: "Vårdnadshavare",
        TalkRole.POLICE: "Polis",
        TalkRole.SOCIAL_SERVICES: "Socialtjänst",
        TalkRole.SCHOOL: "Skola",
        TalkRole.LEISURE: "Fritid",
        TalkRole.OTHER: "Annan",
    }
)
TALK_ROLE_LABELS_EN = _freeze(
    {
        TalkRole.YOUNG_PERSON: "The young person",
        TalkRole.GUARDIAN: "Guardian",
        TalkRole.POLICE: "Police",
        TalkRole.SOCIAL_SERVICES: "Social services",
        TalkRole.SCHOOL: "School",
        TalkRole.LEISURE: "Leisure",
        TalkRole.OTHER: "Other",
    }
)

#: Every labelled enumeration → (Swedish labels, English labels).
