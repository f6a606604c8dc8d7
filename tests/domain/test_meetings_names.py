"""Anonymised items must not contain the young person's name (whole words, any case)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from sspf_desk.domain import (
    NAME_IN_TEXT,
    ActionItemInput,
    ActionStatus,
    AgendaItem,
    AgendaSection,
    ItemVisibility,
    Sector,
    names_in_item,
)
from sspf_desk.domain.meetings import name_parts


def item(**extra: object) -> AgendaItem:
    values: dict[str, object] = {
        "number": 3,
        "section": AgendaSection.INDIVIDUALS,
        "title": "Uppföljning",
        "young_person_id": "yp",
        "visibility": ItemVisibility.ANONYMISED,
    }
    values.update(extra)
    return AgendaItem(**values)  # type: ignore[arg-type]


def test_every_free_text_is_checked() -> None:
    action = ActionItemInput(
        "Ringa Alva", Sector.SCHOOL, "Mentor", None, date(2025, 6, 1), ActionStatus.PLANNED, None
    )
    found = names_in_item(
        item(title="Familjen BERG", notes="ok", decisions=("Inget", "alva går"), actions=(action,)),
        ["Alva", "Berg"],
    )
    assert found == {
        "title": NAME_IN_TEXT,
        "decisions.1": NAME_IN_TEXT,
        "actions.0.what": NAME_IN_TEXT,
    }


def test_only_whole_words_count() -> None:
    assert names_in_item(item(notes="Bergsskolan och Alvaret"), ["Alva", "Berg"]) == {}
    assert names_in_item(item(notes="Anna-Karin kom"), ["Anna-Karin", "Ek"]) == {
        "notes": NAME_IN_TEXT
    }
    assert names_in_item(item(notes="Karin kom"), ["Anna Karin", "Ek"]) == {"notes": NAME_IN_TEXT}


def test_no_names_or_one_letter_names_find_nothing() -> None:
    assert names_in_item(item(notes="A B"), []) == {}
    assert name_parts("Ö", " Li  Ek ") == ("Li", "Ek")


words = st.text(alphabet="abcdeåäö", min_size=2, max_size=8)


@settings(max_examples=200, deadline=None)
@given(words, st.text(alphabet="xyz .,-", max_size=10), st.text(alphabet="xyz .,-", max_size=10))
def test_a_name_between_separators_is_always_found(name: str, before: str, after: str) -> None:
    text = f"{before} {name.upper()} {after}"
    assert names_in_item(item(notes=text), [name]) == {"notes": NAME_IN_TEXT}
