"""The minutes builder: which items, attendees and names the minutes and each excerpt show."""

from __future__ import annotations

import dataclasses
from datetime import date, time

import pytest

from sspf_desk.domain import AttendanceStatus, ItemVisibility, MeetingStatus, Party, Sector
from sspf_desk.domain.agenda import GateResult
from sspf_desk.errors import BugError
from sspf_desk.export.minutes_pdf import MinutesView
from sspf_desk.services.meeting_rows import PROTECTED_NAME, MeetingDetail
from sspf_desk.services.minutes_redaction import REDACTED, Redactor, name_phrases
from sspf_desk.services.minutes_view import (
    ANONYMISED_HEADING,
    PERSON_EXCERPT_NOTE,
    PROTECTED_HEADING,
    Audience,
    MinutesSettings,
    PersonName,
    build_minutes_view,
    validate_minutes_settings,
)
from tests.helpers.minutes import action, attendee, detail, gated, item

SCHOOL = Party(Sector.SCHOOL)
POLICE = Party(Sector.POLICE)
FULL = Audience()
SETTINGS = MinutesSettings("Norrby kommun", "Sekretess enligt OSL 26 kap. 1 §")
ALLOWED_TO = {("p1", SCHOOL), ("p1", POLICE), ("p2", SCHOOL), ("p3", SCHOOL), ("p3", POLICE)}

PROFESSIONALS = (
    attendee("Märta Öberg", Sector.SCHOOL, role="Rektor", organisation="Ängsskolan"),
    attendee("Per-Olof Näslund", Sector.POLICE, role="Kommunpolis"),
    attendee("Ahmed Yılmaz", Sector.SOCIAL_SERVICES, status=AttendanceStatus.ABSENT),
)
FAMILY = (
    attendee("Eva Qvist", Sector.GUARDIAN, role="vårdnadshavare", young_person_id="p1"),
    attendee("Hugo Rydh", Sector.GUARDIAN, role="vårdnadshavare", young_person_id="p2"),
    attendee("Greta Okänd", Sector.GUARDIAN, role="vårdnadshavare"),
)
PEOPLE = {
    "p1": PersonName("Alva Qvist"),
    "p2": PersonName("Bror Rydh"),
    "p3": PersonName("Cilla Sjölund", protected=True),
    "p4": PersonName("Doris Tegnér"),
    "p5": PersonName("Elof Ulvsäter"),
}


def sample() -> MeetingDetail:
    items = (
        gated(item(1, "Mötets öppnande", notes="Bror nämndes i förbigående.")),
        gated(
            item(
                2,
                "Uppföljning av åtagandeplan",
                "p1",
                notes="Alva har kommit till skolan. Hon träffade Bror Rydh och Doris.",
                decisions=("Alva Qvist fortsätter med läxhjälp.",),
                actions=(action("Läxhjälp", "Mentor"),),
            ),
            "Alva Qvist",
        ),
        gated(item(3, "Nytt ärende", "p2", actions=(action("Samtal", "Kurator"),)), "Bror Rydh"),
        gated(item(4, "Uppföljning", "p3", notes="Cilla mår bättre."), PROTECTED_NAME),
        gated(
            item(5, "Ärende utan namn", "p4", ItemVisibility.ANONYMISED, notes="Oro i centrum."),
            "Doris Tegnér",
        ),
        gated(
            item(6, "Hemlig punkt XQZ", "p5", ItemVisibility.EXCLUDED, notes="Utesluten text."),
            "Elof Ulvsäter",
        ),
        gated(item(7, "Övriga frågor", actions=(action("Fältvandring", "Fältare"),))),
    )
    return detail(items, (*PROFESSIONALS, *FAMILY))


def may_see(person: str, party: Party) -> bool:
    return (person, party) in ALLOWED_TO


def build(
    audience: Audience = FULL, *, data: MeetingDetail | None = None, **extra: object
) -> MinutesView:
    values: dict[str, object] = {"may_see": may_see, "settings": SETTINGS, "people": PEOPLE}
    values.update(extra)
    return build_minutes_view(data or sample(), audience=audience, **values)  # type: ignore[arg-type]


def text_of(view: MinutesView) -> str:
    """Every string the view holds, one per line."""
    parts: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, tuple):
            for part in value:
                walk(part)
        elif dataclasses.is_dataclass(value):
            for f in dataclasses.fields(value):
                walk(getattr(value, f.name))

    walk(view)
    return "\n".join(parts)


def headings(view: MinutesView) -> list[tuple[int, str]]:
    return [(entry.number, entry.title) for entry in view.items]


def test_full_minutes_show_every_item_but_the_excluded_ones() -> None:
    view = build()
    assert headings(view) == [
        (1, "Mötets öppnande"),
        (2, "Uppföljning av åtagandeplan – Alva Qvist"),
        (3, "Nytt ärende – Bror Rydh"),
        (4, f"Uppföljning – {PROTECTED_HEADING}"),
        (5, f"Ärende utan namn – {ANONYMISED_HEADING}"),
        (7, "Övriga frågor"),
    ]
    text = text_of(view)
    for absent in ("XQZ", "Utesluten", "Elof", "Ulvsäter", "Doris", "Cilla", "Sjölund"):
        assert absent not in text
    assert (
        view.items[1].notes
        == f"Alva har kommit till skolan. Hon träffade Bror Rydh och {REDACTED}."
    )
    assert [a.name for a in view.attendance] == [a.name for a in (*PROFESSIONALS, *FAMILY)]
    assert view.attendance[0].role == "Rektor, Ängsskolan"
    assert [a.present for a in view.attendance[:3]] == [True, True, False]
    assert view.excerpt_note == ""
    assert (view.municipality, view.secrecy_marking) == (
        SETTINGS.municipality,
        SETTINGS.secrecy_marking,
    )
    assert view.meeting_type_label == "Operativ grupp"
    assert (view.start_time, view.end_time, view.status_label) == (time(13), time(15), "Utkast")
    assert [a.owner for i in view.items for a in i.actions] == ["Mentor", "Kurator", "Fältare"]
    assert view.items[1].actions[0].sector_label == "Skola"


def test_police_excerpt_names_only_whom_the_police_may_see() -> None:
    view = build(Audience(party=POLICE))
    assert headings(view) == [
        (1, "Mötets öppnande"),
        (2, "Uppföljning av åtagandeplan – Alva Qvist"),
        (4, f"Uppföljning – {PROTECTED_HEADING}"),
        (5, f"Ärende utan namn – {ANONYMISED_HEADING}"),
        (7, "Övriga frågor"),
    ]
    assert view.excerpt_note == "Utdrag för Polis"
    assert [a.name for a in view.attendance] == [*(a.name for a in PROFESSIONALS), "Eva Qvist"]
    text = text_of(view)
    for hidden in ("Bror", "Rydh", "Hugo", "Greta", "Doris", "Tegnér", "Elof", "Cilla", "Kurator"):
        assert hidden not in text, hidden
    assert view.items[0].notes == f"{REDACTED} nämndes i förbigående."
    assert view.items[1].notes.endswith(f"Hon träffade {REDACTED} och {REDACTED}.")
    assert [a.what for i in view.items for a in i.actions] == ["Läxhjälp", "Fältvandring"]


def test_school_excerpt_and_may_see_is_asked_once_per_person() -> None:
    asked: list[tuple[str, Party]] = []

    def counting(person: str, party: Party) -> bool:
        asked.append((person, party))
        return may_see(person, party)

    view = build(Audience(party=SCHOOL), may_see=counting)
    assert [n for n, _ in headings(view)] == [1, 2, 3, 4, 5, 7]
    assert sorted(asked) == [("p1", SCHOOL), ("p2", SCHOOL), ("p3", SCHOOL)]
    assert "Hugo Rydh" in [a.name for a in view.attendance]
    assert "Greta Okänd" not in [a.name for a in view.attendance]


def test_party_without_any_right_sees_no_named_item() -> None:
    view = build(Audience(party=Party(Sector.LEISURE)))
    assert [n for n, _ in headings(view)] == [1, 5, 7]
    assert [a.name for a in view.attendance] == [a.name for a in PROFESSIONALS]
    text = text_of(view)
    for person in PEOPLE.values():
        for word in person.name.split():
            assert word not in text


def test_person_excerpt_holds_only_that_persons_items_with_the_name() -> None:
    view = build(Audience(young_person_id="p4"))
    assert headings(view) == [(5, "Ärende utan namn – Doris Tegnér")]
    assert view.excerpt_note == PERSON_EXCERPT_NOTE
    assert [a.name for a in view.attendance] == [a.name for a in PROFESSIONALS]
    own = build(Audience(young_person_id="p2"))
    assert headings(own) == [(3, "Nytt ärende – Bror Rydh")]
    assert "Hugo Rydh" in [a.name for a in own.attendance]
    text = text_of(own)
    for other in ("Alva", "Qvist", "Eva", "Greta", "Doris", "Cilla", "Elof"):
        assert other not in text


def test_protected_person_excerpt_never_prints_the_name() -> None:
    view = build(Audience(young_person_id="p3"))
    assert headings(view) == [(4, f"Uppföljning – {PROTECTED_HEADING}")]
    assert view.items[0].notes == f"{REDACTED} mår bättre."


def test_names_default_to_the_items_names_and_protected_is_never_printed() -> None:
    view = build(people=None)
    assert headings(view)[3] == (4, f"Uppföljning – {PROTECTED_HEADING}")
    assert PROTECTED_NAME not in text_of(view)
    assert view.items[1].notes.endswith(f"Bror Rydh och {REDACTED}.")


def test_name_redaction_is_case_insensitive_and_keeps_other_words() -> None:
    notes = "ALVA och alva-qvist samt Qvistgatan; Eva sa: Alva Qvist!"
    data = detail([gated(item(1, "Punkt", notes=notes))], FAMILY[:1])
    view = build(Audience(party=Party(Sector.LEISURE)), data=data)
    assert (
        view.items[0].notes
        == f"{REDACTED} och {REDACTED} samt Qvistgatan; {REDACTED} sa: {REDACTED}!"
    )


def test_approval_is_shown_only_when_approved() -> None:
    approved = dataclasses.replace(
        sample(),
        meeting=dataclasses.replace(
            sample().meeting,
            status=MeetingStatus.APPROVED,
            approved_on=date(2026, 3, 12),
            version=2,
        ),
    )
    view = build(data=approved, approved_by_name="Kim Koordinator")
    assert (view.approved_by, view.approved_on, view.status_label, view.version) == (
        "Kim Koordinator",
        date(2026, 3, 12),
        "Justerat",
        2,
    )
    held = build(approved_by_name="Kim Koordinator")
    assert (held.approved_by, held.approved_on) == ("", None)
    finalized = dataclasses.replace(
        sample(), meeting=dataclasses.replace(sample().meeting, status=MeetingStatus.FINALIZED)
    )
    assert build(data=finalized).status_label == "Färdigställt"


def test_audience_is_a_party_or_a_person_never_both() -> None:
    assert Audience().is_full
    assert not Audience(party=POLICE).is_full
    assert not Audience(young_person_id="p1").is_full
    with pytest.raises(BugError):
        Audience(party=POLICE, young_person_id="p1")


def test_settings_validation() -> None:
    assert validate_minutes_settings(MinutesSettings()) == {}
    assert set(validate_minutes_settings(MinutesSettings(" ", ""))) == {
        "municipality",
        "secrecy_marking",
    }
    errors = validate_minutes_settings(MinutesSettings("x" * 201, "Sekretess 20101010-1234"))
    assert set(errors) == {"municipality", "secrecy_marking"}


def test_excerpts_redact_every_known_name_they_do_not_show() -> None:
    people = {
        **PEOPLE,
        "p8": PersonName("Frida Vinge"),
        "p9": PersonName("Greta Wahl", protected=True),
        "p10": PersonName("Märta Zorn"),  # shares a first name with an attendee
    }
    notes = "Frida Vinge, Greta Wahl och Märta Zorn nämndes."
    data = detail([gated(item(1, "Punkt", notes=notes))], PROFESSIONALS)
    full = build(data=data, people=people)
    assert full.items[0].notes == f"Frida Vinge, {REDACTED} och Märta Zorn nämndes."
    excerpt = build(Audience(party=SCHOOL), data=data, people=people)
    # The whole name goes; "Märta" alone (an attendee's first name) would have stayed.
    assert excerpt.items[0].notes == f"{REDACTED}, {REDACTED} och {REDACTED} nämndes."
    own = build(Audience(young_person_id="p8"), data=data, people=people)
    assert own.items == ()


def test_full_minutes_never_name_an_item_still_blocked_for_someone_present() -> None:
    blocked = GateResult(
        allowed=False,
        blocked_parties=(POLICE,),
        reasons=("Polis: inget samtycke",),
        options=("anonymise", "exclude"),
    )
    data = sample()
    alva = dataclasses.replace(data.items[1], gate=blocked)
    data = dataclasses.replace(data, items=(data.items[0], alva, *data.items[2:]))
    view = build(data=data)
    assert headings(view)[1] == (2, f"Uppföljning av åtagandeplan – {ANONYMISED_HEADING}")
    text = text_of(view)
    assert "Qvist" not in text.replace("Eva Qvist", "")
    assert "Alva" not in text


def test_approval_recorded_by_someone_unknown_names_the_justerare() -> None:
    data = sample()
    meeting = dataclasses.replace(
        data.meeting,
        status=MeetingStatus.APPROVED,
        approver="Signe Nordström",
        approved_on=date(2025, 6, 10),
    )
    view = build(data=dataclasses.replace(data, meeting=meeting, approved_by="demo"))
    assert (view.approved_by, view.approved_on) == ("Signe Nordström", date(2025, 6, 10))


def test_a_hidden_name_made_of_visible_words_is_taken_out_as_a_whole() -> None:
    # Found by the Hypothesis property: the police may see Bror Qvist and Alva Rydh but not
    # Alva Qvist; each of her words belongs to a visible name, so word by word nothing went.
    people = {
        "p0": PersonName("Bror Qvist"),
        "p1": PersonName("Alva Qvist"),
        "p2": PersonName("Alva Rydh"),
    }
    redactor = Redactor(phrases=name_phrases(["Alva Qvist"]))
    assert redactor.clean("Alva Qvist, ALVA-qvist och Alva Rydh") == (
        f"{REDACTED}, {REDACTED} och Alva Rydh"
    )
    assert redactor.clean("Alva sa att Qvist kom") == "Alva sa att Qvist kom"
    notes = "Samtal med Bror Qvist och Alva Rydh om Alva Qvist."
    data = detail([gated(item(1, "Punkt", notes=notes))], PROFESSIONALS, title="Möte om Alva Qvist")
    view = build(
        Audience(party=POLICE),
        data=data,
        people=people,
        may_see=lambda person, _party: person in {"p0", "p2"},
    )
    assert "alva qvist" not in text_of(view).casefold()
    assert view.items[0].notes.endswith(f"om {REDACTED}.")
