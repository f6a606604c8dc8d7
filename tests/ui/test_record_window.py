"""The record window: tabs, no personal data in the title, one window per person, the lock."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from sspf_desk.domain import CaseStatus, CustodyType, YoungPersonInput
from sspf_desk.services.case_rows import TimelineKind
from sspf_desk.ui.dialogs.consent_editor import ConsentEditor
from sspf_desk.ui.lock import LockManager, LockReport
from sspf_desk.ui.main_window import MainWindow
from sspf_desk.ui.record.opener import RecordOpener
from sspf_desk.ui.record.record_window import RecordWindow
from tests.ui.fakes import FakeWorkspace
from tests.ui.fakes_casework import Casework, casework, guardian_consent


def make_opener(qtbot: QtBot, work: Casework) -> tuple[QMainWindow, RecordOpener]:
    host = QMainWindow()
    qtbot.addWidget(host)
    host.show()
    opener = RecordOpener(
        work.persons, work.consents, work.cases, lambda: {"u1": "Kim Samordnare"}, host
    )
    work.hub.listeners.append(opener.on_changes)
    return host, opener


def test_title_names_nobody_and_every_tab_is_there(qtbot: QtBot) -> None:
    work = casework(id_number="", school="Björkskolan")
    window = RecordWindow(work.context())
    qtbot.addWidget(window)
    assert "Öberg" not in window.windowTitle() and "Ali" not in window.windowTitle()
    assert window.name.text() == "Ali Öberg"
    assert [window.tabs.tabText(n).replace("&", "") for n in range(window.tabs.count())] == [
        "Details",
        "Guardians",
        "Consents",
        "Cases",
        "Timeline",
    ]
    assert window.details.values["school"].text() == "Björkskolan"
    assert "13 years" in window.facts.text()


def test_protected_identity_hides_number_and_location(qtbot: QtBot) -> None:
    work = casework(protected_identity=True, school="Björkskolan", area="Centrum")
    window = RecordWindow(work.context())
    qtbot.addWidget(window)
    assert "Protected identity" in window.facts.text()
    assert "Björkskolan" not in window.details.values["school"].text()
    assert "protected" in window.details.values["area"].text()


def test_one_window_per_person_and_cases_open_in_front(qtbot: QtBot) -> None:
    work = casework()
    case = work.cases.open_case(work.person.id, date(2025, 2, 1))
    _host, opener = make_opener(qtbot, work)
    first = opener.open_person(work.person.id)
    assert first is not None
    assert opener.open_person(work.person.id) is first
    assert opener.open_case(case.id) is first
    assert first.tabs.currentIndex() == first.CASES
    first.close()
    assert opener.windows == []


def test_changes_reload_open_records(qtbot: QtBot) -> None:
    work = casework()
    guardian = work.add_guardian("Eva", "Öberg", CustodyType.SOLE)
    _host, opener = make_opener(qtbot, work)
    window = opener.open_person(work.person.id)
    assert window is not None
    assert window.consents.model.rowCount() == 0
    assert window.guardians.model.rowCount() == 1
    consent = guardian_consent(work, guardian)  # e.g. saved from another window
    assert window.consents.model.rowCount() == 1
    assert window.timeline.model.rowCount() == 0
    work.cases.open_case(work.person.id)
    assert window.timeline.model.rowCount() == 1
    window.timeline.open_requested.emit(TimelineKind.CONSENT, consent.id)
    assert window.tabs.currentIndex() == window.CONSENTS
    assert window.consents.selected() is not None


def test_lock_closes_the_record_and_its_dialogs(qtbot: QtBot) -> None:
    work = casework()
    case = work.cases.open_case(work.person.id)
    work.cases.transition(case.id, CaseStatus.CONSENT)
    host, opener = make_opener(qtbot, work)
    window = opener.open_person(work.person.id)
    assert window is not None
    editor = window.consents.new_consent()
    assert isinstance(editor, ConsentEditor)
    window.cases.plan.goals.setPlainText("Jag vill trivas i skolan.")
    shut: list[bool] = []
    manager = LockManager(60_000)
    reports: list[LockReport] = []
    manager.locked.connect(reports.append)
    manager.engage(lambda: shut.append(True), host)
    manager.lock()
    assert shut == [True]
    assert not window.isVisible()
    assert not editor.isVisible()
    assert opener.windows == []
    assert reports[0].saved_forms >= 1  # the plan text was saved before the lock
    assert work.cases.plans[case.id].goals == "Jag vill trivas i skolan."
    mine = [w for w in QApplication.topLevelWidgets() if w.parentWidget() in (host, window)]
    assert mine and not any(w.isVisible() for w in mine)


def test_main_window_opens_records_from_the_list_and_by_case(qtbot: QtBot, tmp_path: Path) -> None:
    workspace = FakeWorkspace(tmp_path / "v.sspf")
    person = workspace.persons.create_young_person(
        YoungPersonInput(first_name="Åsa", last_name="Öberg", birth_date=date(2012, 1, 1))
    )
    case = workspace.cases.open_case(person.id)
    main = MainWindow(workspace)  # type: ignore[arg-type]
    qtbot.addWidget(main)
    main.show()
    main.persons.select(person.id)
    main.persons.open_button.click()
    records = main.casework.records.windows
    assert [w.person_id for w in records] == [person.id]
    main.casework.records.close_all()
    main.overview.open_case_requested.emit(case.id)  # a row of the overview
    window = main.casework.records.windows[0]
    assert window.tabs.currentIndex() == window.CASES
    workspace.cases.transition(case.id, CaseStatus.CONSENT)  # changes reach open records
    assert "Consent" in window.cases.status_label.text()
    settings = main.casework.open_settings()
    assert settings.parentWidget() is main
    settings.done(0)
    main.shutdown()
    assert main.casework.records.windows == []
