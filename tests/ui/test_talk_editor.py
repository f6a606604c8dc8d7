"""The bekymringssamtal form: participants filled in, list messages by row, saving, the lock."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from sspf_desk.domain import (
    Agreement,
    ConcernTalk,
    LegalGround,
    ReportCheckpoint,
    ReportStatus,
    TalkParticipant,
    TalkRole,
)
from sspf_desk.errors import ValidationError
from sspf_desk.ui.dialogs.concern_talk_editor import ConcernTalkEditor
from sspf_desk.ui.dialogs.talk_parts import agreements_model, participants_model
from sspf_desk.ui.i18n import install_translator
from sspf_desk.ui.lock import CommitOutcome
from tests.ui.fakes_concerns import FakePersonSearch
from tests.ui.fakes_talks import FakeTalks
from tests.ui.test_accessibility import unnamed_controls


@pytest.fixture
def persons() -> FakePersonSearch:
    people = FakePersonSearch()
    people.add("Åsa", "Öberg", birth_date=date(2011, 5, 4))
    people.add("Vuxen", "Ek", birth_date=date(2000, 2, 3))
    return people


@pytest.fixture
def talks(persons: FakePersonSearch) -> FakeTalks:
    fake = FakeTalks(persons)
    asa = person_id(persons, "Åsa")
    fake.guardians[asa] = ["Märta Öberg", "Jörgen Öberg"]
    return fake


def person_id(persons: FakePersonSearch, first: str) -> str:
    return next(p.id for p in persons.people.values() if p.first_name == first)


def open_editor(
    qtbot: QtBot, talks: FakeTalks, persons: FakePersonSearch, **kwargs: object
) -> ConcernTalkEditor:
    editor = ConcernTalkEditor(talks, persons, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(editor)
    return editor


def choose(editor: ConcernTalkEditor, text: str) -> None:
    """Type ``text`` in the person search and pick the first suggestion."""
    editor.picker.search.setText(text)
    editor.picker.search.textEdited.emit(text)
    assert editor.picker.model.rowCount() > 0
    editor.picker.choose_index(editor.picker.model.index(0))


def fill_valid(editor: ConcernTalkEditor) -> None:
    """A complete talk about Åsa (participants come from the suggestion)."""
    choose(editor, "åsa")
    editor.held_on.set_value(date.today() - timedelta(days=1))
    editor.place.setText("Polisstationen")
    editor.called_by.setText("Kommunpolis")
    editor.reason.setPlainText("Gripen för snatteri två gånger i maj.")
    editor.risk_factors.setPlainText("Nya äldre kamrater.")
    editor.protective_factors.setPlainText("Fotbollen, bra kontakt med mentorn.")
    editor.information_given.setPlainText("Konsekvenser av brott, stöd från fältassistenter.")
    editor.agreements.add_row(Agreement("Åsa är hemma senast 21.00", "Märta Öberg"))
    next(b for b in editor.report.status.buttons() if b.objectName() == "not_needed").setChecked(
        True
    )
    editor.legal.ground.setCurrentIndex(editor.legal.ground.findData(LegalGround.CONSENT.value))
    editor.legal.reference.setText("Samtycke 2025-03-01, båda vårdnadshavarna")


def test_choosing_the_young_person_fills_in_the_family(
    qtbot: QtBot, talks: FakeTalks, persons: FakePersonSearch
) -> None:
    editor = open_editor(qtbot, talks, persons)
    assert editor.participants.rowCount() == 0
    choose(editor, "åsa")
    rows = editor.participants.rows()
    assert [(p.name, p.role) for p in rows] == [
        ("Åsa Öberg", TalkRole.YOUNG_PERSON),
        ("Märta Öberg", TalkRole.GUARDIAN),
        ("Jörgen Öberg", TalkRole.GUARDIAN),
    ]
    # An untouched suggestion follows the person; an edited list stays as the user left it.
    choose(editor, "vuxen")
    assert [p.name for p in editor.participants.rows()] == ["Vuxen Ek"]
    editor.participants.add_row(TalkParticipant("Kim Polis", TalkRole.POLICE, "kommunpolis"))
    choose(editor, "åsa")
    assert [p.name for p in editor.participants.rows()] == ["Vuxen Ek", "Kim Polis"]
    editor.add_suggested()  # adds who is missing, once
    editor.add_suggested()
    assert [p.name for p in editor.participants.rows()] == [
        "Vuxen Ek",
        "Kim Polis",
        "Åsa Öberg",
        "Märta Öberg",
        "Jörgen Öberg",
    ]


def test_a_complete_talk_is_saved_with_every_field(
    qtbot: QtBot, talks: FakeTalks, persons: FakePersonSearch
) -> None:
    editor = open_editor(qtbot, talks, persons)
    saved: list[object] = []
    editor.saved.connect(saved.append)
    fill_valid(editor)
    editor.follow_up.set_value(date.today() + timedelta(days=30))
    assert editor.submit(), editor.errors.general.text()
    [data] = talks.created
    assert data.young_person_id == person_id(persons, "Åsa")
    assert data.held_on == date.today() - timedelta(days=1)
    assert data.place == "Polisstationen" and data.called_by == "Kommunpolis"
    assert len(data.participants) == 3
    assert data.reason == "Gripen för snatteri två gånger i maj."
    assert data.protective_factors == "Fotbollen, bra kontakt med mentorn."
    assert data.agreements == (Agreement("Åsa är hemma senast 21.00", "Märta Öberg"),)
    assert data.follow_up_on == date.today() + timedelta(days=30)
    assert data.report == ReportCheckpoint(status=ReportStatus.NOT_NEEDED)
    assert data.legal_ground is LegalGround.CONSENT
    assert data.consent_reference == "Samtycke 2025-03-01, båda vårdnadshavarna"
    [talk] = saved
    assert isinstance(talk, ConcernTalk) and editor.talk_id == talk.id


def test_the_consent_reference_counts_only_for_consent(
    qtbot: QtBot, talks: FakeTalks, persons: FakePersonSearch
) -> None:
    editor = open_editor(qtbot, talks, persons)
    fill_valid(editor)
    editor.legal.ground.setCurrentIndex(
        editor.legal.ground.findData(LegalGround.DUTY_TO_REPORT.value)
    )
    assert not editor.legal.reference.isEnabled()
    assert editor.submit()
    assert talks.created[-1].consent_reference == ""


def test_empty_form_shows_messages_under_the_fields(
    qtbot: QtBot, talks: FakeTalks, persons: FakePersonSearch
) -> None:
    editor = open_editor(qtbot, talks, persons)
    assert not editor.submit()
    for name in ("young_person_id", "reason", "participants", "report.status", "legal_ground"):
        assert editor.errors.message(name), name
    editor.follow_up.set_value(date.today() - timedelta(days=5))
    assert "före samtalet" in editor.errors.message("follow_up_on")  # live after Save
    editor.held_on.edit.setText("2025-02-30")
    assert "YYYY-MM-DD" in editor.errors.message("held_on")
    assert talks.created == []


def test_row_messages_name_the_row_and_mark_the_cell(
    qtbot: QtBot, talks: FakeTalks, persons: FakePersonSearch
) -> None:
    editor = open_editor(qtbot, talks, persons)
    fill_valid(editor)
    editor.agreements.add_row(Agreement("", "Skolan"))
    assert not editor.submit()
    assert editor.errors.message("agreements") == "Row 2: Beskriv överenskommelsen."
    cell = editor.agreements.index(1, 0)
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "Beskriv överenskommelsen."
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert editor.agreement_list.selected_row() == 1
    editor.agreements.setData(cell, "Skolan ringer hem vid frånvaro")
    assert editor.errors.message("agreements") == ""
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is None
    assert editor.submit()


def test_the_service_decides_the_guardian_rule_by_age(
    qtbot: QtBot, talks: FakeTalks, persons: FakePersonSearch
) -> None:
    editor = open_editor(qtbot, talks, persons)
    fill_valid(editor)
    editor.participants.set_rows([TalkParticipant("Åsa Öberg", TalkRole.YOUNG_PERSON)])
    assert not editor.submit()  # a minor: the service asks for a guardian
    assert "Vårdnadshavare ska delta" in editor.errors.message("participants")
    choose(editor, "vuxen")
    editor.participants.set_rows([TalkParticipant("Vuxen Ek", TalkRole.YOUNG_PERSON)])
    assert editor.submit()  # an adult talks alone


def test_service_errors_land_under_their_fields(
    qtbot: QtBot, talks: FakeTalks, persons: FakePersonSearch, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(_data: object) -> None:
        raise ValidationError({"young_person_id": "Ungdomen finns inte längre."})

    monkeypatch.setattr(talks, "create_talk", refuse)
    editor = open_editor(qtbot, talks, persons)
    fill_valid(editor)
    assert not editor.submit()
    assert editor.errors.message("young_person_id") == "Ungdomen finns inte längre."


def test_an_existing_talk_is_shown_and_updated(
    qtbot: QtBot, talks: FakeTalks, persons: FakePersonSearch
) -> None:
    first = open_editor(qtbot, talks, persons)
    fill_valid(first)
    assert first.submit()
    stored = talks.talks[first.talk_id or ""]
    editor = open_editor(qtbot, talks, persons, existing=stored, person_text="Åsa Öberg")
    assert "Öberg" not in editor.windowTitle()
    assert editor.picker.person_id() == stored.data.young_person_id
    assert editor.participants.rows() == stored.data.participants
    assert editor.legal.chosen() is LegalGround.CONSENT
    assert not editor.is_dirty()
    editor.place.setText("Skolan")
    assert editor.submit()
    [(talk_id, data)] = talks.updated
    assert talk_id == stored.id and data.place == "Skolan"
    assert data.participants == stored.data.participants  # not replaced by suggestions


def test_the_lock_saves_a_valid_talk_and_drops_an_invalid_one(
    qtbot: QtBot, talks: FakeTalks, persons: FakePersonSearch
) -> None:
    editor = open_editor(qtbot, talks, persons)
    assert editor.commit_pending() is CommitOutcome.UNCHANGED
    editor.place.setText("Skolan")
    assert editor.commit_pending() is CommitOutcome.DISCARDED
    fill_valid(editor)
    assert editor.commit_pending() is CommitOutcome.SAVED
    assert len(talks.created) == 1


def test_every_control_is_named_and_swedish_is_complete(
    qtbot: QtBot, talks: FakeTalks, persons: FakePersonSearch
) -> None:
    install_translator("sv")
    editor = open_editor(qtbot, talks, persons)
    editor.show()
    assert unnamed_controls(editor) == []
    assert editor.windowTitle() == "Nytt bekymringssamtal"
    assert editor.participants.headerData(1, Qt.Orientation.Horizontal) == "Roll"
    assert editor.suggest_button.text().replace("&", "") == "Lägg till den unge och vårdnadshavarna"


def test_the_list_models_pass_the_model_tester(qtmodeltester: ModelTester) -> None:
    participants = participants_model()
    participants.set_rows([TalkParticipant("Åsa Öberg", TalkRole.YOUNG_PERSON)])
    qtmodeltester.check(participants)
    participants.add_row(TalkParticipant("Märta Öberg", TalkRole.GUARDIAN, "mor"))
    participants.move_row(1, -1)
    assert [p.name for p in participants.rows()] == ["Märta Öberg", "Åsa Öberg"]
    role = participants.index(0, 1)
    assert role.data() == "Guardian" and role.data(Qt.ItemDataRole.EditRole) == "guardian"
    assert participants.setData(role, "police")
    assert not participants.setData(role, "no-such-role")
    assert participants.rows()[0].role is TalkRole.POLICE
    participants.set_problems({"1.name": "Ange deltagarens namn."})
    qtmodeltester.check(participants)
    participants.remove_row(0)
    agreements = agreements_model()
    agreements.set_rows([Agreement("Hemma 21.00", "Märta")])
    qtmodeltester.check(agreements)


def test_the_form_fits_its_width_without_clipping(
    qtbot: QtBot, talks: FakeTalks, persons: FakePersonSearch
) -> None:
    install_translator("sv")  # the longer labels
    editor = open_editor(qtbot, talks, persons)
    editor.resize(1180, 900)
    editor.show()
    qtbot.waitExposed(editor)
    scroll = editor.findChild(QScrollArea)
    assert scroll is not None and scroll.widget() is not None
    assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width()
    assert editor.legal.ground.minimumSizeHint().width() < 400  # long ground labels wrap no box
