"""MinutesService: the PDF of the minutes and excerpts from the store, audit and disclosures."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, time

import pytest
from pypdf import PdfReader

from sspf_desk.domain import (
    AgendaItem,
    AgendaSection,
    AttendanceStatus,
    ItemVisibility,
    MeetingInput,
    MeetingStatus,
    MeetingType,
    Party,
    Sector,
)
from sspf_desk.errors import NotFoundError, ValidationError
from sspf_desk.services.consent import ConsentService
from sspf_desk.services.meetings import MeetingService
from sspf_desk.services.minutes import (
    MinutesService,
    MinutesSettings,
    MinutesVersionNotFoundError,
    YoungPersonNotFoundError,
)
from sspf_desk.services.minutes_view import PROTECTED_HEADING, Audience
from sspf_desk.services.persons import PersonService
from sspf_desk.store import Store
from sspf_desk.store.audit import list_entries
from sspf_desk.store.models import UserRecord
from sspf_desk.store.repo_meetings import MeetingNotFoundError
from tests.helpers.casework import consent_input
from tests.helpers.minutes import attendee, flat, pdf_text
from tests.helpers.store import new_store, user_record
from tests.helpers.workspace import young_input

DAY = date(2026, 3, 10)
TODAY = date(2026, 3, 12)
SCHOOL = Party(Sector.SCHOOL)
POLICE = Party(Sector.POLICE)
ADULT = date(2005, 1, 1)  # only their own consent counts


@dataclass
class Env:
    store: Store
    persons: PersonService
    consents: ConsentService
    meetings: MeetingService
    minutes: MinutesService

    def young(self, first: str, last: str, *parties: Party, **extra: object) -> str:
        person = self.persons.create_young_person(
            young_input(first, last, birth_date=ADULT, **extra)
        ).id
        if parties:
            self.consents.create_consent(
                consent_input(person, parties=parties, valid_to=date(2026, 3, 31))
            )
        return person

    def entries(self, limit: int) -> list[tuple[str, str, str, tuple[str, ...]]]:
        with self.store.unit_of_work() as session:
            found = list_entries(session, limit=limit)
        return [(e.action, e.entity_type, e.entity_id, e.fields) for e in found]


def make_env(today: date = TODAY) -> Env:
    store = new_store(actor="user-1")[0]
    meetings = MeetingService(store, today=lambda: today)
    return Env(
        store=store,
        persons=PersonService(store, today=lambda: today),
        consents=ConsentService(store, today=lambda: today),
        meetings=meetings,
        minutes=MinutesService(store, meetings, today=lambda: today),
    )


@dataclass
class Sample:
    meeting: str
    alva: str
    bror: str
    cilla: str


def item(number: int, title: str, person: str | None = None, **extra: object) -> AgendaItem:
    section = AgendaSection.INDIVIDUALS if person else AgendaSection.OTHER
    return AgendaItem(number, section, title, person, **extra)  # type: ignore[arg-type]


def sample(env: Env) -> Sample:
    """School present, police and Bror's guardian absent: the gate counts the school only."""
    alva = env.young("Alva", "Qvist", SCHOOL, POLICE)
    bror = env.young("Bror", "Rydh", SCHOOL)
    cilla = env.young("Cilla", "Sjölund", SCHOOL, POLICE, protected_identity=True)
    doris = env.young("Doris", "Tegnér")
    attendees = (
        attendee("Märta Öberg", Sector.SCHOOL, role="Rektor"),
        attendee("Per-Olof Näslund", Sector.POLICE, status=AttendanceStatus.ABSENT),
        attendee(
            "Eva Rydh",
            Sector.GUARDIAN,
            role="vårdnadshavare",
            status=AttendanceStatus.ABSENT,
            young_person_id=bror,
        ),
    )
    data = MeetingInput(
        MeetingType.OPERATIONAL_GROUP,
        "Operativ grupp vecka 11",
        DAY,
        starts_at=time(13),
        place="Stadshuset",
        secretary="Karin Ström",
        approver="Märta Öberg",
    )
    meeting = env.meetings.create_meeting(data, attendees, standard_agenda=False).meeting.id
    env.meetings.add_item(meeting, item(1, "Öppnande", notes="Alva och Bror nämndes."))
    env.meetings.add_item(meeting, item(2, "Uppföljning", alva, notes="Alva mår bra."))
    env.meetings.add_item(meeting, item(3, "Nytt ärende", bror, notes="Bror Rydh har börjat."))
    env.meetings.add_item(meeting, item(4, "Skyddad", cilla, notes="Cilla Sjölund kommer."))
    env.meetings.add_item(
        meeting, item(5, "Ärende", doris, visibility=ItemVisibility.ANONYMISED, notes="Oro.")
    )
    env.meetings.add_item(
        meeting, item(6, "Hemlig XQZ", doris, visibility=ItemVisibility.EXCLUDED, notes="Doris.")
    )
    return Sample(meeting, alva, bror, cilla)


@pytest.fixture
def env() -> Env:
    return make_env()


def test_full_minutes_pdf_names_the_named_items_and_is_an_audited_export(env: Env) -> None:
    s = sample(env)
    data = env.minutes.minutes_pdf(s.meeting)
    text = flat(pdf_text(data))
    for shown in ("Uppföljning – Alva Qvist", "Nytt ärende – Bror Rydh", "Eva Rydh"):
        assert flat(shown) in text
    assert flat(f"Skyddad – {PROTECTED_HEADING}") in text
    for hidden in ("Sjölund", "Doris", "Tegnér", "XQZ"):
        assert flat(hidden) not in text
    entries = env.entries(4)
    assert ("export", "meeting", s.meeting, ("minutes",)) in entries
    exported = {e[2] for e in entries if e[1] == "young_person"}
    assert exported == {s.alva, s.bror, s.cilla}
    assert env.consents.list_disclosures(s.alva) == []


def test_police_excerpt_leaves_out_whom_the_police_may_not_see(env: Env) -> None:
    s = sample(env)
    data = env.minutes.minutes_pdf(s.meeting, Audience(party=POLICE))
    text = flat(pdf_text(data))
    assert flat("Utdrag för Polis") in text
    assert flat("Uppföljning – Alva Qvist") in text
    for hidden in ("Bror", "Rydh", "Nytt ärende", "Sjölund", "Doris"):
        assert flat(hidden) not in text, hidden
    assert ("export", "meeting", s.meeting, ("excerpt", "police")) in env.entries(12)
    disclosed = env.consents.list_disclosures(s.alva)
    assert [(d.recipient, d.disclosed_on) for d in disclosed] == [(POLICE, TODAY)]
    assert disclosed[0].context == "Protokollsutdrag Operativ grupp 2026-03-10, version 1"
    assert len(env.consents.list_disclosures(s.cilla)) == 1
    assert env.consents.list_disclosures(s.bror) == []


def test_school_excerpt_keeps_every_item_the_school_may_see(env: Env) -> None:
    s = sample(env)
    view = env.minutes.minutes_view(s.meeting, Audience(party=SCHOOL))
    assert [entry.number for entry in view.items] == [1, 2, 3, 4, 5]
    assert "Eva Rydh" in [row.name for row in view.attendance]


def test_a_consent_that_ended_after_the_meeting_takes_the_name_out() -> None:
    later = make_env(today=date(2026, 4, 1))
    s = sample(later)  # consents end 2026-03-31: valid on the meeting day, not today
    view = later.minutes.minutes_view(s.meeting, Audience(party=SCHOOL))
    assert [entry.number for entry in view.items] == [1, 5]
    full = later.minutes.minutes_view(s.meeting)
    assert [entry.number for entry in full.items] == [1, 2, 3, 4, 5]


def test_person_excerpt_and_unknown_ids(env: Env) -> None:
    s = sample(env)
    text = flat(pdf_text(env.minutes.minutes_pdf(s.meeting, Audience(young_person_id=s.bror))))
    assert flat("Nytt ärende – Bror Rydh") in text
    for hidden in ("Alva", "Qvist", "Sjölund", "Doris", "Uppföljning"):
        assert flat(hidden) not in text
    assert ("export", "young_person", s.bror, ("excerpt", "young_person")) in env.entries(2)
    with pytest.raises(YoungPersonNotFoundError) as info:
        env.minutes.minutes_pdf(s.meeting, Audience(young_person_id="missing"))
    assert info.value.message() == "Ungdomen finns inte."
    with pytest.raises(MeetingNotFoundError):
        env.minutes.minutes_pdf("missing")
    with pytest.raises(NotFoundError):
        env.minutes.suggested_file_name("missing")


def test_versions_and_approval(env: Env) -> None:
    s = sample(env)
    with env.store.unit_of_work() as session:
        user = user_record("Kim Koordinator")
        session.add(user)
        session.flush()
        env.store.actor = user.id
    env.meetings.set_attendees(s.meeting, [attendee("Märta Öberg", Sector.SCHOOL, role="Rektor")])
    env.meetings.transition(s.meeting, MeetingStatus.HELD)
    env.meetings.transition(s.meeting, MeetingStatus.FINALIZED)
    env.meetings.transition(s.meeting, MeetingStatus.APPROVED, on=DAY)
    approved = env.minutes.minutes_view(s.meeting)
    assert (approved.approved_by, approved.approved_on, approved.status_label) == (
        "Kim Koordinator",
        DAY,
        "Justerat",
    )
    env.meetings.transition(s.meeting, MeetingStatus.HELD, reason="Fel datum i § 2.")
    current = env.minutes.minutes_view(s.meeting)
    assert (current.version, current.status_label, current.approved_by) == (2, "Utkast", "")
    first = env.minutes.minutes_view(s.meeting, version=1)
    assert (first.version, first.status_label) == (1, "Justerat")
    assert env.minutes.minutes_view(s.meeting, version=2) == current
    for wrong in (0, 3):
        with pytest.raises(MinutesVersionNotFoundError):
            env.minutes.minutes_view(s.meeting, version=wrong)
    assert env.minutes.suggested_file_name(s.meeting, version=1) == (
        "protokoll-operativ-grupp-2026-03-10.pdf"
    )


def test_file_names_hold_no_personal_data(env: Env) -> None:
    s = sample(env)
    names = [
        env.minutes.suggested_file_name(s.meeting),
        env.minutes.suggested_file_name(s.meeting, Audience(party=Party(Sector.SOCIAL_SERVICES))),
        env.minutes.suggested_file_name(s.meeting, Audience(young_person_id=s.alva)),
    ]
    assert names == [
        "protokoll-operativ-grupp-2026-03-10.pdf",
        "protokollsutdrag-operativ-grupp-2026-03-10-socialtjanst.pdf",
        "protokollsutdrag-operativ-grupp-2026-03-10-ungdom.pdf",
    ]
    data = env.minutes.minutes_pdf(s.meeting, Audience(party=POLICE))
    meta = PdfReader(io.BytesIO(data)).metadata
    assert meta is not None
    assert meta.title == "Protokollsutdrag – Operativ grupp 2026-03-10"
    for value in (meta.title, meta.subject, meta.author, meta.creator):
        assert "Alva" not in str(value) and "vecka" not in str(value)


def test_settings_are_stored_validated_and_printed(env: Env) -> None:
    assert env.minutes.minutes_settings() == MinutesSettings()
    chosen = MinutesSettings("Norrby kommun", "Sekretess enligt OSL 26 kap. 1 § och 23 kap.")
    env.minutes.set_minutes_settings(chosen)
    assert env.minutes.minutes_settings() == chosen
    assert env.entries(1) == [
        ("update", "vault_setting", "minutes.settings", ("municipality", "secrecy_marking"))
    ]
    with pytest.raises(ValidationError) as info:
        env.minutes.set_minutes_settings(MinutesSettings("", "x"))
    assert set(info.value.errors) == {"municipality"}
    s = sample(env)
    text = pdf_text(env.minutes.minutes_pdf(s.meeting))
    assert "Norrby kommun" in text
    assert flat(chosen.secrecy_marking) in flat(text)
    with env.store.unit_of_work() as session:
        assert session.get(UserRecord, "nobody") is None
