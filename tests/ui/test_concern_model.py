"""The concerns table model, its proxy (filters, sorting) and the small choice models."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from sspf_desk.domain import (
    DEFAULT_RISK_CATEGORIES,
    ConcernLevel,
    ConcernOutcome,
    ReportStatus,
    Sector,
    Urgency,
)
from sspf_desk.services.concern_rows import ConcernRow
from sspf_desk.ui.models.concern_model import (
    CONCERN_ID_ROLE,
    Column,
    ConcernsModel,
    in_order,
    label_table,
    row_cells,
)
from sspf_desk.ui.models.concern_proxy import ConcernsProxy
from sspf_desk.ui.models.person_search_model import PersonSearchModel, person_label
from sspf_desk.ui.models.risk_choice_model import CODE_ROLE, RiskChoiceModel
from tests.helpers.identity import make_identity
from tests.ui.fakes_concerns import RETIRED, FakePersonSearch


def concern_row(
    concern_id: str,
    received: date,
    *,
    name: str = "",
    level: ConcernLevel = ConcernLevel.INDIVIDUAL,
    area: str = "",
    urgency: Urgency = Urgency.NORMAL,
    report: ReportStatus = ReportStatus.NOT_NEEDED,
    outcome: ConcernOutcome = ConcernOutcome.PENDING,
    risks: tuple[str, ...] = (),
) -> ConcernRow:
    return ConcernRow(
        id=concern_id,
        received_on=received,
        source_sector=Sector.SCHOOL,
        reporter_role="mentor",
        level=level,
        young_person_id=f"p-{concern_id}" if level is ConcernLevel.INDIVIDUAL else None,
        young_person_name=name,
        protected_identity=False,
        area=area,
        group_description="",
        risk_codes=risks,
        risk_labels=risks,
        urgency=urgency,
        report_status=report,
        outcome=outcome,
        outcome_on=None,
        case_id=None,
    )


ROWS = [
    concern_row("a", date(2025, 1, 10), name="Ada Berg", urgency=Urgency.ACUTE),
    concern_row(
        "b",
        date(2025, 3, 2),
        name="Östen Åberg",
        report=ReportStatus.UNANSWERED,
        outcome=ConcernOutcome.SSPF_CASE,
    ),
    concern_row(
        "c", date(2024, 12, 24), level=ConcernLevel.SELECTIVE, area="Torget", risks=("Vapen",)
    ),
    concern_row("d", date(2025, 2, 1), name="Bo Ek", outcome=ConcernOutcome.REFERRED),
]


def shown_ids(proxy: ConcernsProxy) -> list[str]:
    return [proxy.index(r, 0).data(CONCERN_ID_ROLE) for r in range(proxy.rowCount())]


def test_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = ConcernsModel()
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    model.set_rows(ROWS[:2])
    qtmodeltester.check(model)
    model.clear()
    qtmodeltester.check(model)


def test_proxy_passes_the_model_tester_while_filtering_and_sorting(
    qtmodeltester: ModelTester,
) -> None:
    model = ConcernsModel()
    proxy = ConcernsProxy()
    proxy.setSourceModel(model)
    model.set_rows(ROWS)
    qtmodeltester.check(proxy)
    proxy.set_level(ConcernLevel.INDIVIDUAL)
    proxy.sort(Column.SUBJECT)
    qtmodeltester.check(proxy)
    model.set_rows(ROWS[1:])
    qtmodeltester.check(proxy)


def test_rows_show_dates_people_and_areas() -> None:
    model = ConcernsModel()
    model.set_rows(ROWS)
    texts = {
        model.index(r, 0).data(CONCERN_ID_ROLE): [
            model.index(r, c).data() for c in range(model.columnCount())
        ]
        for r in range(model.rowCount())
    }
    assert texts["a"][Column.RECEIVED] == "2025-01-10"
    assert texts["a"][Column.SUBJECT] == "Ada Berg"
    assert texts["a"][Column.URGENCY] == "Acute"
    assert texts["c"][Column.SUBJECT] == "Torget"
    assert texts["c"][Column.LEVEL] == "Group and area level"
    assert texts["b"][Column.REPORT] == "Not answered"
    assert texts["d"][Column.SOURCE] == "School (mentor)"
    assert model.headerData(Column.REPORT, Qt.Orientation.Horizontal) == "Mandatory report"


def test_urgent_and_unanswered_cells_stand_out() -> None:
    model = ConcernsModel()
    model.set_rows(ROWS)
    row_a, row_b = model.row_of("a"), model.row_of("b")
    assert row_a is not None and row_b is not None
    fg = Qt.ItemDataRole.ForegroundRole
    assert model.index(row_a, Column.URGENCY).data(fg) is not None
    assert model.index(row_b, Column.REPORT).data(fg) is not None
    assert model.index(row_b, Column.URGENCY).data(fg) is None
    assert "mandatory report" in model.index(row_b, Column.REPORT).data(Qt.ItemDataRole.ToolTipRole)


def test_newest_first_and_sorting_by_dates_as_dates() -> None:
    model = ConcernsModel()
    proxy = ConcernsProxy()
    proxy.setSourceModel(model)
    model.set_rows(ROWS)
    assert shown_ids(proxy) == ["b", "d", "a", "c"]
    proxy.sort(Column.RECEIVED, Qt.SortOrder.AscendingOrder)
    assert shown_ids(proxy) == ["c", "a", "d", "b"]
    proxy.sort(Column.URGENCY, Qt.SortOrder.AscendingOrder)
    assert shown_ids(proxy)[0] == "a"  # acute first
    proxy.sort(Column.SUBJECT, Qt.SortOrder.AscendingOrder)
    assert shown_ids(proxy) == ["a", "d", "c", "b"]  # Ö after T (Swedish order)


def test_filters_by_outcome_level_unanswered_and_text() -> None:
    model = ConcernsModel()
    proxy = ConcernsProxy()
    proxy.setSourceModel(model)
    model.set_rows(ROWS)
    proxy.set_outcome(ConcernOutcome.PENDING)
    assert sorted(shown_ids(proxy)) == ["a", "c"]
    proxy.set_level(ConcernLevel.SELECTIVE)
    assert shown_ids(proxy) == ["c"]
    proxy.set_outcome(None)
    proxy.set_level(None)
    proxy.set_unanswered_only(True)
    assert shown_ids(proxy) == ["b"]
    proxy.set_unanswered_only(False)
    proxy.set_search_text("aberg")  # typed without å still finds Åberg
    assert shown_ids(proxy) == ["b"]
    proxy.set_search_text("vapen")
    assert shown_ids(proxy) == ["c"]
    proxy.set_search_text("")
    assert len(shown_ids(proxy)) == len(ROWS)


def test_filter_survives_a_reload() -> None:
    model = ConcernsModel()
    proxy = ConcernsProxy()
    proxy.setSourceModel(model)
    model.set_rows(ROWS)
    proxy.set_outcome(ConcernOutcome.REFERRED)
    model.set_rows([*ROWS, concern_row("e", date(2025, 4, 1), outcome=ConcernOutcome.REFERRED)])
    assert shown_ids(proxy) == ["e", "d"]


def test_risk_choice_model(qtmodeltester: ModelTester) -> None:
    model = RiskChoiceModel()
    model.set_categories([*DEFAULT_RISK_CATEGORIES, RETIRED], ["weapons", "old_category"])
    qtmodeltester.check(model)
    assert model.rowCount() == len(DEFAULT_RISK_CATEGORIES) + 1  # retired one kept: checked
    assert model.checked_codes() == ("weapons", "old_category")
    last = model.index(model.rowCount() - 1)
    assert last.data(CODE_ROLE) == "old_category"
    assert "no longer offered" in last.data()
    first = model.index(0)
    assert model.setData(first, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert model.checked_codes()[0] == first.data(CODE_ROLE)
    model.set_checked("weapons", False)
    assert "weapons" not in model.checked_codes()
    model.set_categories([*DEFAULT_RISK_CATEGORIES, RETIRED], [])
    qtmodeltester.check(model)
    assert model.rowCount() == len(DEFAULT_RISK_CATEGORIES)


def test_person_search_model_hides_protected_details(qtmodeltester: ModelTester) -> None:
    persons = FakePersonSearch()
    number = make_identity(date(2011, 5, 4), 238)
    persons.add("Ada", "Berg", id_number=number, school="Norrskolan")
    persons.add("Ada", "Dold", protected_identity=True, birth_date=date(2010, 1, 1))
    model = PersonSearchModel()
    model.set_rows(persons.search_young_persons("ada"))
    qtmodeltester.check(model)
    labels = sorted(model.index(r).data() for r in range(model.rowCount()))
    assert labels[0] == f"Ada Berg ({number}, Norrskolan)"
    assert labels[1] == "Ada Dold (protected identity)"
    assert person_label(model.row_at(0)) in labels
    model.set_rows([])
    qtmodeltester.check(model)


def test_rows_sorted_beforehand_keep_their_order_and_others_are_sorted() -> None:
    model = ConcernsModel()
    cells = row_cells(ROWS, label_table())
    spec = model.sort_spec
    rows, ordered = in_order(ROWS, cells, *spec)
    model.set_rows(rows, ordered, sorted_by=spec)
    assert [model.row_at(r).id for r in range(4)] == ["b", "d", "a", "c"]
    model.set_rows(ROWS, cells, sorted_by=(Column.SUBJECT, Qt.SortOrder.AscendingOrder))
    assert [model.row_at(r).id for r in range(4)] == ["b", "d", "a", "c"]  # re-sorted by date
