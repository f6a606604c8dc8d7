"""A concern taken in through the dialog against a real vault shows in the list and overview."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from sspf_desk.domain import ConcernOutcome, ReportStatus
from sspf_desk.services.workspace import Workspace
from sspf_desk.ui.main_window import CONCERNS_SECTION, OVERVIEW_SECTION, MainWindow
from sspf_desk.ui.tasks import TaskRunner
from tests.helpers.workspace import create_workspace, young_input


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    opened, _recovery = create_workspace(tmp_path)
    yield opened
    opened.close(discard_unsaved=True)


@pytest.mark.qt_log_ignore("This plugin does not support")  # the completer popup offscreen
def test_concern_from_the_dialog_reaches_list_overview_and_case(
    qtbot: QtBot, workspace: Workspace
) -> None:
    ada = workspace.persons.create_young_person(young_input("Ada", "Berg"))
    main = MainWindow(workspace, TaskRunner(synchronous=True))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    assert main.sections.currentRow() == OVERVIEW_SECTION
    assert main.overview.total() == 0
    main.sections.setCurrentRow(CONCERNS_SECTION)
    editor = main.concerns.new_concern()
    editor.picker.suggest("ada")
    assert editor.picker.model.rowCount() == 1
    editor.picker.choose_index(editor.picker.model.index(0))
    editor.role.setText("mentor")
    editor.risks.set_checked("high_absence", True)
    editor.observation.setPlainText("Frånvarande 14 av 20 skoldagar i mars.")
    editor.assessment.setPlainText("Mentor bedömer att det har förvärrats.")
    assert editor.submit()
    concern_id = editor.concern_id
    assert concern_id is not None

    assert main.concerns.model.row_of(concern_id) is not None
    row = main.concerns.model.row_at(main.concerns.model.row_of(concern_id) or 0)
    assert row.young_person_name == "Ada Berg"
    assert row.risk_labels == ("Hög frånvaro/skolk",)
    assert row.report_status is ReportStatus.UNANSWERED
    awaiting = main.overview.blocks["concerns_awaiting"].model
    assert [awaiting.row_at(r).concern_id for r in range(awaiting.rowCount())] == [concern_id]
    assert main.overview.blocks["reports_unanswered"].count() == 1
    assert main.sections.item(OVERVIEW_SECTION).text() == "Overview (2)"

    again = main.concerns.open_concern(concern_id)
    assert again.picker.person_id() == ada.id
    next(b for b in again.report.status.buttons() if b.objectName() == "not_needed").setChecked(
        True
    )
    next(b for b in again.outcome.outcome.buttons() if b.objectName() == "sspf_case").setChecked(
        True
    )
    again.outcome.decided_on.set_value(date.today())
    assert again.submit()
    stored = workspace.concerns.get_concern(concern_id)
    assert stored.outcome is ConcernOutcome.SSPF_CASE and stored.case_id is not None
    assert [case.id for case in workspace.cases.cases_for_person(ada.id)] == [stored.case_id]
    # The concern is decided; the new case (in intake) now waits for consent.
    assert main.overview.blocks["concerns_awaiting"].count() == 0
    missing = main.overview.blocks["missing_consent"].model
    assert [missing.row_at(r).case_id for r in range(missing.rowCount())] == [stored.case_id]
    assert main.sections.item(OVERVIEW_SECTION).text() == "Overview (1)"
