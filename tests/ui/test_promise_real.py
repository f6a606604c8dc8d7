"""The Medborgarlöften page on a real vault: a promise, an activity and a result through the
forms, the follow-up in the table and the printed PDF."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from sspf_desk.domain.promises import fulfilment
from sspf_desk.services.workspace import Workspace
from sspf_desk.ui.dialogs.promise_panel_parts import default_quarter
from sspf_desk.ui.models.promise_activities_model import ActivityColumn, fulfilment_text
from sspf_desk.ui.pages.promises import PromisesPage
from sspf_desk.ui.tasks import TaskRunner
from tests.helpers.workspace import create_workspace


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    opened, _recovery = create_workspace(tmp_path)
    yield opened
    opened.close(discard_unsaved=True)


def test_a_promise_from_the_forms_is_followed_up_and_printed(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    today = date.today()
    page = PromisesPage(workspace.promises, TaskRunner(synchronous=True))
    qtbot.addWidget(page)
    page.reload()
    form = page.new_promise()
    form.year.setValue(today.year)
    form.title.setText(f"Medborgarlöfte {today.year} – Tryggare torg")
    form.municipality.setText("Åby kommun")
    form.police_area.setText("LPO Åby")
    assert form.submit(), form.errors.general.text()
    assert page.model.rowCount() == 1 and page.selected_id() == form.promise_id
    panel = page.panel
    quarter = default_quarter(today.year, today)
    assert panel.chosen_quarter() == quarter

    activity_form = panel.new_activity()
    assert activity_form is not None
    activity_form.title.setText("Uppstartsmöten för grannsamverkan")
    activity_form.owner.setText("Kommunen")
    activity_form.target.setText("4")
    activity_form.unit.setText("möten")
    assert activity_form.submit(), activity_form.errors.general.text()
    assert page.model.index(0, 4).data() == "1"  # the list counts the activity

    entry = panel.progress.new_entry()
    assert entry is not None and entry.on.value() == today
    entry.amount.setText("2")
    entry.note.setPlainText("Två bostadsområden")
    assert entry.submit(), entry.errors.general.text()
    result = panel.model.index(0, ActivityColumn.RESULT).data()
    assert result == "2 möten"
    expected = fulfilment_text(fulfilment(2, 4, quarter))
    assert panel.model.index(0, ActivityColumn.FULFILMENT).data() == expected
    assert panel.progress.model.rowCount() == 1

    dialog = panel.print_report()
    assert dialog is not None
    assert dialog.selectedFiles()[0].endswith(f"medborgarlofte-{today.year}-kv{quarter}.pdf")
    out = tmp_path / "uppfoljning.pdf"
    dialog.fileSelected.emit(str(out))
    assert out.read_bytes().startswith(b"%PDF")
