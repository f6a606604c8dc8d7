"""The Medborgarlöften models pass the model tester and show what the page promises."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from sspf_desk.domain.promises import Fulfilment, ProgressInput, Signatory
from sspf_desk.ui.dialogs.promise_fields import FocusArea, focus_areas_model, signatories_model
from sspf_desk.ui.i18n import install_translator
from sspf_desk.ui.models.promise_activities_model import (
    ACTIVITY_ID_ROLE,
    FULFILMENT_ROLE,
    ActivityColumn,
    PromiseActivitiesModel,
)
from sspf_desk.ui.models.promise_progress_model import (
    PROGRESS_ID_ROLE,
    ProgressColumn,
    PromiseProgressModel,
)
from sspf_desk.ui.models.promises_model import PROMISE_ID_ROLE, PromiseColumn, PromisesModel
from tests.ui.promise_world import build_promises

TOOLTIP = Qt.ItemDataRole.ToolTipRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole


def test_the_promise_list(qtmodeltester: ModelTester) -> None:
    fake, promise_id, _ = build_promises()
    model = PromisesModel()
    qtmodeltester.check(model)
    model.set_rows(fake.list_promises())
    qtmodeltester.check(model)
    assert model.index(0, PromiseColumn.TITLE).data() == "Medborgarlöfte 2026 – Tryggare centrum"
    assert model.index(0, 0).data(PROMISE_ID_ROLE) == promise_id
    assert model.index(0, PromiseColumn.ACTIVITIES).data(ALIGN) is not None
    assert model.row_of(promise_id) == 0
    model.clear()
    assert model.rowCount() == 0


def test_the_activities_at_a_quarter(qtmodeltester: ModelTester) -> None:
    fake, promise_id, ids = build_promises()
    model = PromiseActivitiesModel()
    qtmodeltester.check(model)
    model.set_report(fake.follow_up(promise_id, 2))
    qtmodeltester.check(model)
    assert model.quarter == 2
    assert model.headerData(ActivityColumn.DUE, Qt.Orientation.Horizontal) == "Due by Q2"
    assert model.index(0, ActivityColumn.DUE).data() == "2\u00a0000 timmar"
    assert model.index(0, 0).data(ACTIVITY_ID_ROLE) == ids[0]
    assert [model.index(r, 0).data(FULFILMENT_ROLE) for r in range(4)] == [
        Fulfilment.PARTLY,
        Fulfilment.YES,  # 1 of 2 meetings is the half due by the second quarter
        Fulfilment.YES,
        Fulfilment.NO,
    ]
    yes = model.index(2, ActivityColumn.FULFILMENT)
    assert yes.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "Partly: some result" in yes.data(TOOLTIP)
    assert model.index(1, ActivityColumn.RESULT).data(TOOLTIP) == (
        "Recorded here: 1 tillfälle\nBy the end of Q1: 1 tillfälle\nBy the end of Q2: 1 tillfälle"
    )
    assert model.index(0, ActivityColumn.TITLE).data(Qt.ItemDataRole.BackgroundRole) is None
    install_translator("sv")
    assert model.index(0, ActivityColumn.FULFILMENT).data() == "Delvis"
    assert model.index(2, ActivityColumn.COUNTING).data() == "Hållna möten: Operativ grupp"
    assert model.index(0, ActivityColumn.COUNTING).data() == "Timmar: Polisnärvaro, Centrum"
    assert model.headerData(ActivityColumn.FULFILMENT, Qt.Orientation.Horizontal) == (
        "Uppfyllt kv 2"
    )
    model.clear()
    qtmodeltester.check(model)


def test_the_progress_entries(qtmodeltester: ModelTester) -> None:
    fake, _, ids = build_promises()
    model = PromiseProgressModel()
    qtmodeltester.check(model)
    fake.add_progress(ProgressInput(ids[1], date(2026, 2, 1), 2.5, "Första\nmötet"))
    model.set_rows(fake.progress(ids[1]), "tillfällen")
    qtmodeltester.check(model)
    assert [model.index(r, ProgressColumn.DATE).data() for r in range(2)] == [
        "2026-02-01",
        "2026-03-10",
    ]
    assert model.index(0, ProgressColumn.AMOUNT).data() == "2,5 tillfällen"
    assert model.index(0, ProgressColumn.NOTE).data() == "Första mötet"
    assert model.index(0, ProgressColumn.NOTE).data(TOOLTIP) == "Första\nmötet"
    assert model.index(0, 0).data(PROGRESS_ID_ROLE) == fake.progress(ids[1])[0].id
    assert model.total() == 3.5


def test_the_form_lists(qtmodeltester: ModelTester) -> None:
    areas = focus_areas_model()
    areas.set_rows([FocusArea("Trygg offentlig miljö")])
    qtmodeltester.check(areas)
    areas.set_problems({"0.text": "Ange fokusområdet."})
    assert areas.index(0, 0).data(TOOLTIP) == "Ange fokusområdet."
    signatories = signatories_model()
    signatories.set_rows([Signatory("Eva Ek", "KSO")])
    qtmodeltester.check(signatories)
    assert signatories.setData(signatories.index(0, 1), "Kommunstyrelsens ordförande")
    assert signatories.rows()[0].title == "Kommunstyrelsens ordförande"
