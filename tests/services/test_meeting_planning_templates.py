"""MeetingPlanningService: the standing agendas as a vault setting (stored, validated,
audited, reset) and the session function ``agenda_templates``."""

from __future__ import annotations

import json
import logging

import pytest

from sspf_desk.domain import DEFAULT_AGENDAS, AgendaSection, AgeRules, MeetingType
from sspf_desk.domain.agenda import AgendaTemplateItem
from sspf_desk.errors import ValidationError
from sspf_desk.services import vault_settings
from sspf_desk.services.meeting_planning import MeetingPlanningService, agenda_templates
from sspf_desk.store import Store, repo_consent
from sspf_desk.store.audit import list_entries
from tests.helpers.store import new_store

KEY = "meetings.agenda_templates"
OPS = MeetingType.OPERATIONAL_GROUP
STEERING = MeetingType.STEERING_GROUP
SHORT = (
    AgendaTemplateItem(AgendaSection.OPENING, "Öppnande", "Sekretesspåminnelse"),
    AgendaTemplateItem(AgendaSection.INDIVIDUALS, "Individärenden"),
    AgendaTemplateItem(AgendaSection.NEXT_MEETING, "Nästa möte"),
)


@pytest.fixture
def store() -> Store:
    """A fresh migrated store."""
    return new_store(actor="user-1")[0]


@pytest.fixture
def planning(store: Store) -> MeetingPlanningService:
    """The planning service over ``store``."""
    return MeetingPlanningService(store)


def stored(store: Store) -> object:
    """The stored JSON of the setting (None when unset)."""
    with store.unit_of_work() as session:
        text = repo_consent.get_setting(session, KEY)
    return None if text is None else json.loads(text)


def last_entry(store: Store) -> tuple[str, str, str, tuple[str, ...]]:
    """(action, entity_type, entity_id, fields) of the newest audit entry."""
    with store.unit_of_work() as session:
        entry = list_entries(session, limit=1)[0]
    return entry.action, entry.entity_type, entry.entity_id, entry.fields


def test_defaults_until_changed(planning: MeetingPlanningService, store: Store) -> None:
    templates = planning.agenda_templates()
    assert dict(templates) == dict(DEFAULT_AGENDAS)
    assert list(templates) == list(MeetingType)
    assert stored(store) is None


def test_setting_one_type_stores_only_that_type_and_audits_it(
    planning: MeetingPlanningService, store: Store
) -> None:
    planning.set_agenda_templates({OPS: SHORT})
    templates = planning.agenda_templates()
    assert templates[OPS] == SHORT
    assert templates[STEERING] == DEFAULT_AGENDAS[STEERING]
    assert stored(store) == {
        "operational_group": [
            {"section": "opening", "title": "Öppnande", "notes": "Sekretesspåminnelse"},
            {"section": "individuals", "title": "Individärenden", "notes": ""},
            {"section": "next_meeting", "title": "Nästa möte", "notes": ""},
        ]
    }
    assert last_entry(store) == ("update", "vault_setting", KEY, ("operational_group",))
    with store.unit_of_work() as session:
        assert agenda_templates(session)[OPS] == SHORT


def test_other_types_are_kept_when_one_is_set(planning: MeetingPlanningService) -> None:
    planning.set_agenda_templates({OPS: SHORT})
    planning.set_agenda_templates({STEERING: SHORT[:2]})
    templates = planning.agenda_templates()
    assert (templates[OPS], templates[STEERING]) == (SHORT, SHORT[:2])


def test_texts_are_stripped_and_a_default_agenda_is_not_stored(
    planning: MeetingPlanningService, store: Store
) -> None:
    padded = (AgendaTemplateItem(AgendaSection.OPENING, "  Öppnande ", " Not \n"),)
    planning.set_agenda_templates({OPS: padded})
    assert planning.agenda_templates()[OPS] == (
        AgendaTemplateItem(AgendaSection.OPENING, "Öppnande", "Not"),
    )
    planning.set_agenda_templates({OPS: DEFAULT_AGENDAS[OPS]})
    assert stored(store) == {}
    assert planning.agenda_templates()[OPS] == DEFAULT_AGENDAS[OPS]


def test_unchanged_values_write_no_audit_entry(
    planning: MeetingPlanningService, store: Store
) -> None:
    planning.set_agenda_templates({OPS: SHORT})
    before = last_entry(store)
    with store.unit_of_work() as session:
        count = len(list_entries(session, limit=1000))
    planning.set_agenda_templates({OPS: SHORT})
    with store.unit_of_work() as session:
        assert len(list_entries(session, limit=1000)) == count
    assert last_entry(store) == before


@pytest.mark.parametrize(
    ("templates", "fields"),
    [
        ({STEERING: ()}, {"steering_group"}),
        ({OPS: (AgendaTemplateItem(AgendaSection.OPENING, "  "),)}, {"operational_group.0.title"}),
        (
            {OPS: (*SHORT, AgendaTemplateItem(AgendaSection.OTHER, "x" * 201))},
            {"operational_group.3.title"},
        ),
        (
            {OPS: (AgendaTemplateItem(AgendaSection.OPENING, "Öppnande", "Om 120304-1234"),)},
            {"operational_group.0.notes"},
        ),
        (
            {OPS: (AgendaTemplateItem(AgendaSection.OPENING, "Ärende 20120304-1234"),)},
            {"operational_group.0.title"},
        ),
        (
            {OPS: (AgendaTemplateItem(AgendaSection.OPENING, "Öppnande", "x" * 4001),)},
            {"operational_group.0.notes"},
        ),
        ({OPS: SHORT[:1] * 51}, {"operational_group"}),
        (
            {OPS: (AgendaTemplateItem("bogus", "Öppnande"),)},  # type: ignore[arg-type]
            {"operational_group.0.section"},
        ),
    ],
)
def test_invalid_agendas_are_refused_and_nothing_is_stored(
    planning: MeetingPlanningService,
    store: Store,
    templates: dict[MeetingType, tuple[AgendaTemplateItem, ...]],
    fields: set[str],
) -> None:
    with pytest.raises(ValidationError) as info:
        planning.set_agenda_templates(templates)
    assert set(info.value.errors) == fields
    assert all(message for message in info.value.errors.values())
    assert stored(store) is None


def test_reset_returns_one_type_to_the_default(
    planning: MeetingPlanningService, store: Store
) -> None:
    planning.set_agenda_templates({OPS: SHORT, STEERING: SHORT[:1]})
    planning.reset_agenda_template(OPS)
    templates = planning.agenda_templates()
    assert templates[OPS] == DEFAULT_AGENDAS[OPS]
    assert templates[STEERING] == SHORT[:1]
    assert last_entry(store) == ("update", "vault_setting", KEY, ("operational_group",))
    planning.reset_agenda_template(OPS)  # nothing to reset: no new entry
    assert last_entry(store) == ("update", "vault_setting", KEY, ("operational_group",))


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[]",
        '{"board_meeting": [{"section": "opening", "title": "Hemligt namn", "notes": ""}]}',
        '{"steering_group": [{"section": "lunch", "title": "Hemligt namn", "notes": ""}]}',
        '{"steering_group": [{"section": "opening", "title": "Hemligt namn"}]}',
        '{"steering_group": [{"section": "opening", "title": 7, "notes": ""}]}',
        '{"steering_group": []}',
        '{"steering_group": {"section": "opening"}}',
    ],
)
def test_an_unreadable_stored_value_falls_back_to_the_defaults_without_logging_it(
    store: Store, caplog: pytest.LogCaptureFixture, text: str
) -> None:
    with store.unit_of_work() as session:
        repo_consent.put_setting(session, KEY, text)
    with caplog.at_level(logging.WARNING):
        templates = MeetingPlanningService(store).agenda_templates()
    assert dict(templates) == dict(DEFAULT_AGENDAS)
    assert "unreadable" in caplog.text
    assert "Hemligt" not in caplog.text and "lunch" not in caplog.text


def test_flat_settings_still_refuse_values_of_the_wrong_type(store: Store) -> None:
    with store.unit_of_work() as session:
        repo_consent.put_setting(
            session, "consent.age_rules", '{"own_consent_from": true, "only_self_from": 18}'
        )
        assert vault_settings.AGE_RULES.read(session) == AgeRules()
        repo_consent.put_setting(
            session, "consent.age_rules", '{"own_consent_from": 16, "only_self_from": 18}'
        )
        assert vault_settings.AGE_RULES.read(session) == AgeRules(16, 18)
    assert KEY in vault_settings.DECLARED_KEYS
