"""The concern intake/edit dialog: levels, the personal-data rule, orosanmälan, saving."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot

from sspf_desk.domain import (
    NO_PERSONAL_DATA,
    ConcernLevel,
    ConcernOutcome,
    ReportCheckpoint,
    ReportStatus,
    Sector,
    Urgency,
    YoungPerson,
)
from sspf_desk.errors import ValidationError
from sspf_desk.ui.dialogs.concern_editor import ConcernEditor
from sspf_desk.ui.dialogs.concern_saver import ConcernSaved
from sspf_desk.ui.dialogs.person_editor import PersonEditor
from sspf_desk.ui.lock import CommitOutcome
from tests.ui.fakes_concerns import CATEGORIES, FakeConcerns, FakePersonSearch
from tests.ui.test_accessibility import unnamed_controls


@pytest.fixture
def persons() -> FakePersonSearch:
    people = FakePersonSearch()
    people.add("Ada", "Berg", birth_date=date(2011, 5, 4), school="Norrskolan")
    people.add("Bo", "Ek", birth_date=date(2010, 2, 3))
    return people


@pytest.fixture
def concerns(persons: FakePersonSearch) -> FakeConcerns:
    return FakeConcerns(persons)


def open_editor(
    qtbot: QtBot, concerns: FakeConcerns, persons: FakePersonSearch, **kwargs: object
) -> ConcernEditor:
    editor = ConcernEditor(concerns, persons, CATEGORIES, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(editor)
    return editor


def choose(editor: ConcernEditor, text: str) -> None:
    """Type ``text`` in the person search and pick the first suggestion."""
    editor.picker.search.setText(text)
    editor.picker.search.textEdited.emit(text)
    assert editor.picker.model.rowCount() > 0
    editor.picker.choose_index(editor.picker.model.index(0))


def test_individual_and_selective_show_different_fields(
    qtbot: QtBot, concerns: FakeConcerns, persons: FakePersonSearch
) -> None:
    editor = open_editor(qtbot, concerns, persons)
    person_row = editor.rows["young_person_id"][1]
    group_row = editor.rows["group_description"][1]
    assert editor.chosen_level() is ConcernLevel.INDIVIDUAL
    assert not person_row.isHidden() and group_row.isHidden()
    assert editor.no_personal_data.isHidden()
    editor.set_level(ConcernLevel.SELECTIVE)
    assert person_row.isHidden() and not group_row.isHidden()
    assert not editor.no_personal_data.isHidden()
    assert "no personal data" in editor.no_personal_data.text()
    case_button = next(b for b in editor.outcome.outcome.buttons() if b.objectName() == "sspf_case")
    assert not case_button.isEnabled()  # a case is about one young person
    editor.set_level(ConcernLevel.INDIVIDUAL)
    assert case_button.isEnabled()


@pytest.mark.parametrize("field", ["area", "group", "observation"])
def test_an_identity_number_in_selective_free_text_is_refused_at_once(
    qtbot: QtBot, concerns: FakeConcerns, persons: FakePersonSearch, field: str
) -> None:
    editor = open_editor(qtbot, concerns, persons)
    editor.set_level(ConcernLevel.SELECTIVE)
    widget = getattr(editor, field)
    text = "Gruppen kring 20110504-2388 vid torget"
    if field == "observation":
        widget.setPlainText(text)
    else:
        widget.setText(text)
    name = {"area": "area", "group": "group_description", "observation": "observation"}[field]
    assert editor.errors.message(name) == NO_PERSONAL_DATA
    assert not editor.submit()
    assert concerns.calls.created == []
    if field == "observation":
        widget.setPlainText("Ungdomar samlas vid torget på kvällarna.")
    else:
        widget.setText("Torget")
    assert editor.errors.message(name) == ""


def test_orosanmalan_fields_follow_the_status(
    qtbot: QtBot, concerns: FakeConcerns, persons: FakePersonSearch
) -> None:
    editor = open_editor(qtbot, concerns, persons)
    report = editor.report
    buttons = {b.objectName(): b for b in report.status.buttons()}
    assert buttons["unanswered"].isChecked()
    details = (report.agency, report.reporter, report.reported_on, report.reference)
    assert not any(w.isEnabled() for w in details)
    buttons["made"].setChecked(True)
    assert all(w.isEnabled() for w in details)
    assert report.feedback.isEnabled() and not report.feedback_on.isEnabled()
    report.feedback.setChecked(True)
    assert report.feedback_on.isEnabled()
    buttons["not_needed"].setChecked(True)
    assert not any(w.isEnabled() for w in (*details, report.feedback, report.feedback_on))
    assert report.value() == ReportCheckpoint(status=ReportStatus.NOT_NEEDED)


def test_a_made_report_needs_agency_reporter_and_date(
    qtbot: QtBot, concerns: FakeConcerns, persons: FakePersonSearch
) -> None:
    editor = open_editor(qtbot, concerns, persons)
    choose(editor, "ada")
    editor.observation.setPlainText("Frånvarande 12 av 20 dagar.")
    next(b for b in editor.report.status.buttons() if b.objectName() == "made").setChecked(True)
    assert not editor.submit()
    assert editor.errors.message("report.agency")
    assert editor.errors.message("report.reporter")
    assert editor.errors.message("report.reported_on")
    editor.report.reported_on.edit.setText("2025-13-40")
    assert "YYYY-MM-DD" in editor.errors.message("report.reported_on")


def test_a_valid_individual_concern_is_saved_with_the_right_input(
    qtbot: QtBot, concerns: FakeConcerns, persons: FakePersonSearch
) -> None:
    editor = open_editor(qtbot, concerns, persons)
    saved: list[object] = []
    editor.saved.connect(saved.append)
    choose(editor, "ada")
    ada = next(p for p in persons.people.values() if p.first_name == "Ada")
    assert editor.picker.person_id() == ada.id
    editor.received.edit.setText("2025-03-04")
    editor.sector.setCurrentIndex(editor.sector.findData(Sector.POLICE.value))
    editor.role.setText("närpolis")
    editor.urgency.setCurrentIndex(editor.urgency.findData(Urgency.HIGH.value))
    editor.risks.set_checked("weapons", True)
    editor.risks.set_checked("criminal_peers", True)
    editor.observation.setPlainText("Sågs med kniv på skolgården.")
    editor.assessment.setPlainText("Oroande.")
    buttons = {b.objectName(): b for b in editor.report.status.buttons()}
    buttons["made_by_other"].setChecked(True)
    editor.report.agency.setText("Skolan")
    assert editor.submit()
    [data] = concerns.calls.created
    assert data.received_on == date(2025, 3, 4)
    assert data.source_sector is Sector.POLICE
    assert data.reporter_role == "närpolis"
    assert data.level is ConcernLevel.INDIVIDUAL
    assert data.young_person_id == ada.id
    assert data.group_description == ""
    assert data.risk_codes == ("criminal_peers", "weapons")  # list order
    assert data.observation == "Sågs med kniv på skolgården."
    assert data.assessment == "Oroande."
    assert data.urgency is Urgency.HIGH
    assert data.report == ReportCheckpoint(status=ReportStatus.MADE_BY_OTHER, agency="Skolan")
    assert data.outcome is ConcernOutcome.PENDING
    assert concerns.calls.outcomes == []
    [result] = saved
    assert isinstance(result, ConcernSaved) and result.case_id is None


def test_a_selective_concern_carries_no_person(
    qtbot: QtBot, concerns: FakeConcerns, persons: FakePersonSearch
) -> None:
    editor = open_editor(qtbot, concerns, persons)
    choose(editor, "ada")  # chosen first, then the level changes
    editor.set_level(ConcernLevel.SELECTIVE)
    editor.area.setText("Centrumtorget")
    editor.group.setText("Cirka tio ungdomar, 14–16 år")
    editor.observation.setPlainText("Samlas fredagskvällar, bråk med väktare.")
    assert editor.submit()
    [data] = concerns.calls.created
    assert data.level is ConcernLevel.SELECTIVE
    assert data.young_person_id is None
    assert data.group_description == "Cirka tio ungdomar, 14–16 år"


def test_missing_person_and_observation_are_shown_next_to_the_fields(
    qtbot: QtBot, concerns: FakeConcerns, persons: FakePersonSearch
) -> None:
    editor = open_editor(qtbot, concerns, persons)
    assert not editor.submit()
    assert editor.errors.message("young_person_id")
    assert editor.errors.message("observation")
    editor.received.edit.setText((date.today() + timedelta(days=3)).isoformat())
    assert editor.errors.message("received_on")  # live after the first Save
    assert concerns.calls.created == []


def test_service_errors_land_next_to_their_fields(
    qtbot: QtBot,
    concerns: FakeConcerns,
    persons: FakePersonSearch,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(_data: object) -> None:
        raise ValidationError({"young_person_id": "Ungdomen finns inte längre."})

    monkeypatch.setattr(concerns, "create_concern", refuse)
    editor = open_editor(qtbot, concerns, persons)
    choose(editor, "bo")
    editor.observation.setPlainText("Fakta.")
    assert not editor.submit()
    assert editor.errors.message("young_person_id") == "Ungdomen finns inte längre."


def test_taken_up_as_a_case_calls_set_outcome_and_reports_the_case(
    qtbot: QtBot, concerns: FakeConcerns, persons: FakePersonSearch
) -> None:
    editor = open_editor(qtbot, concerns, persons)
    saved: list[object] = []
    editor.saved.connect(saved.append)
    choose(editor, "ada")
    editor.observation.setPlainText("Fakta.")
    buttons = {b.objectName(): b for b in editor.outcome.outcome.buttons()}
    buttons["sspf_case"].setChecked(True)
    assert not editor.outcome.case_note.isHidden()
    assert not editor.submit()  # a decision needs its date
    assert editor.errors.message("outcome_on")
    editor.outcome.decided_on.set_value(date.today())
    assert editor.submit()
    [created] = concerns.calls.created
    assert created.outcome is ConcernOutcome.PENDING  # the decision goes via set_outcome
    [(concern_id, outcome, on, _reason)] = concerns.calls.outcomes
    assert outcome is ConcernOutcome.SSPF_CASE and on == date.today()
    [result] = saved
    assert isinstance(result, ConcernSaved)
    assert result.case_id == "case-1" and result.concern.id == concern_id
    assert result.concern.case_id == "case-1"


def test_not_suitable_needs_a_reason_and_is_saved_directly(
    qtbot: QtBot, concerns: FakeConcerns, persons: FakePersonSearch
) -> None:
    editor = open_editor(qtbot, concerns, persons)
    choose(editor, "ada")
    editor.observation.setPlainText("Fakta.")
    next(
        b for b in editor.outcome.outcome.buttons() if b.objectName() == "not_suitable"
    ).setChecked(True)
    editor.outcome.decided_on.set_value(date.today())
    assert not editor.submit()
    assert editor.errors.message("outcome_reason")
    editor.outcome.reason.setText("Redan aktuell hos socialtjänsten.")
    assert editor.submit()
    [data] = concerns.calls.created
    assert data.outcome is ConcernOutcome.NOT_SUITABLE
    assert concerns.calls.outcomes == []


def test_editing_loads_the_concern_and_a_case_locks_the_decision(
    qtbot: QtBot, concerns: FakeConcerns, persons: FakePersonSearch
) -> None:
    ada = next(p for p in persons.people.values() if p.first_name == "Ada")
    stored = concerns.add(
        young_person_id=ada.id,
        risk_codes=("weapons", "old_category"),
        outcome=ConcernOutcome.SSPF_CASE,
        outcome_on=date(2025, 3, 2),
        case_id="case-9",
        report=ReportCheckpoint(status=ReportStatus.NOT_NEEDED),
    )
    editor = open_editor(
        qtbot, concerns, persons, existing=stored, person_text=persons.name(ada.id)
    )
    assert "2025-03-01" in editor.windowTitle()
    assert editor.picker.person_id() == ada.id
    assert editor.picker.search.text() == "Ada Berg"
    assert not editor.picker.isEnabled()
    assert editor.risks.checked_codes() == ("weapons", "old_category")
    assert not editor.outcome.locked_note.isHidden()
    assert not any(b.isEnabled() for b in editor.outcome.outcome.buttons())
    assert not editor.is_dirty()
    editor.assessment.setPlainText("Ny bedömning.")
    assert editor.is_dirty()


def test_editing_the_search_text_drops_the_chosen_person(
    qtbot: QtBot, concerns: FakeConcerns, persons: FakePersonSearch
) -> None:
    editor = open_editor(qtbot, concerns, persons)
    choose(editor, "ada")
    assert editor.picker.person_id() is not None
    editor.picker.search.textEdited.emit("Ada Be")
    assert editor.picker.person_id() is None
    assert "No young person chosen" in editor.picker.status.text()


def test_new_young_person_opens_the_person_editor_and_chooses_the_result(
    qtbot: QtBot, concerns: FakeConcerns, persons: FakePersonSearch
) -> None:
    editor = open_editor(qtbot, concerns, persons)
    person_editor = editor.picker.new_person()
    assert isinstance(person_editor, PersonEditor)
    person_editor.edit("first_name").setText("Cilla")
    person_editor.edit("last_name").setText("Öst")
    person_editor.edit("birth_date").setText("2012-01-02")
    with qtbot.waitSignal(person_editor.saved) as blocker:
        assert person_editor.submit()
    created = blocker.args[0]
    assert isinstance(created, YoungPerson)
    assert editor.picker.person_id() == created.id
    assert editor.picker.search.text().startswith("Cilla Öst")


def test_a_failed_decision_after_saving_updates_the_same_concern_next_time(
    qtbot: QtBot,
    concerns: FakeConcerns,
    persons: FakePersonSearch,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_set_outcome = concerns.set_outcome

    def refuse(*_args: object) -> None:
        raise ValidationError({"outcome_on": "Ange datum för beslutet."})

    monkeypatch.setattr(concerns, "set_outcome", refuse)
    editor = open_editor(qtbot, concerns, persons)
    choose(editor, "ada")
    editor.observation.setPlainText("Fakta.")
    next(b for b in editor.outcome.outcome.buttons() if b.objectName() == "sspf_case").setChecked(
        True
    )
    editor.outcome.decided_on.set_value(date.today())
    assert not editor.submit()
    assert editor.errors.message("outcome_on") == "Ange datum för beslutet."
    assert len(concerns.calls.created) == 1 and editor.concern_id is not None
    monkeypatch.setattr(concerns, "set_outcome", real_set_outcome)
    assert editor.submit()
    assert len(concerns.calls.created) == 1  # not added twice
    assert [concern_id for concern_id, _data in concerns.calls.updated] == [editor.concern_id]
    assert len(concerns.concerns) == 1


def test_before_a_lock_valid_changes_are_saved_and_invalid_ones_dropped(
    qtbot: QtBot, concerns: FakeConcerns, persons: FakePersonSearch
) -> None:
    editor = open_editor(qtbot, concerns, persons)
    assert editor.commit_pending() is CommitOutcome.UNCHANGED
    editor.observation.setPlainText("Fakta utan vald ungdom.")
    assert editor.commit_pending() is CommitOutcome.DISCARDED
    choose(editor, "bo")
    assert editor.commit_pending() is CommitOutcome.SAVED
    assert len(concerns.concerns) == 1


@pytest.mark.parametrize("level", list(ConcernLevel))
def test_every_control_has_a_name(
    qtbot: QtBot, concerns: FakeConcerns, persons: FakePersonSearch, level: ConcernLevel
) -> None:
    editor = open_editor(qtbot, concerns, persons)
    editor.set_level(level)
    assert unnamed_controls(editor) == []
