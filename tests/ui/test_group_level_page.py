"""The Platser och grupper page: list, search, inactive sites, new/open/observe/delete, lock."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from sspf_desk.domain.enums import ActionStatus, Sector
from sspf_desk.domain.group_level import (
    MeasureInput,
    MeasureKind,
    ObservationInput,
    SiteInput,
    SiteKind,
)
from sspf_desk.services.changes import ChangeSet
from sspf_desk.ui.dialogs.observation_editor import ObservationEditor
from sspf_desk.ui.dialogs.site_dialog import SiteDialog, Tab
from sspf_desk.ui.i18n import install_translator
from sspf_desk.ui.models.measures_model import LATE_FOREGROUND
from sspf_desk.ui.models.sites_model import SITE_ID_ROLE, SiteColumn
from sspf_desk.ui.pages.group_level import GroupLevelPage
from sspf_desk.ui.tasks import TaskRunner
from tests.ui.fakes_group_level import FakeGroupLevel
from tests.ui.test_accessibility import unnamed_controls

TODAY = date.today()


@pytest.fixture
def port() -> FakeGroupLevel:
    service = FakeGroupLevel()
    square = service.create_site(SiteInput("Torget", SiteKind.PLACE, "Centrum", "Kvällar"))
    group = service.create_site(
        SiteInput("Gruppen vid skateparken", SiteKind.GROUP, "Östra", "Helger")
    )
    service.create_site(SiteInput("Ängen", SiteKind.PLACE, "Västra", active=False))
    for days, sector in ((3, Sector.POLICE), (10, Sector.SCHOOL)):
        service.add_observation(
            ObservationInput(square.id, TODAY - timedelta(days=days), sector, "Större samling")
        )
    service.add_observation(
        ObservationInput(group.id, TODAY - timedelta(days=20), Sector.LEISURE, "Oro")
    )
    service.add_measure(
        MeasureInput(
            square.id,
            MeasureKind.POLICE_PRESENCE,
            "Närvaro fredagar",
            Sector.POLICE,
            follow_up_on=TODAY + timedelta(days=7),
        )
    )
    service.add_measure(
        MeasureInput(
            square.id,
            MeasureKind.SAFETY_WALK,
            "Trygghetsvandring",
            Sector.LEISURE,
            status=ActionStatus.DONE,
            done_on=TODAY,
        )
    )
    service.calls.clear()
    return service


@pytest.fixture
def page(qtbot: QtBot, port: FakeGroupLevel) -> GroupLevelPage:
    widget = GroupLevelPage(port, TaskRunner(synchronous=True))
    qtbot.addWidget(widget)
    widget.reload()
    return widget


def cells(page: GroupLevelPage, row: int) -> list[str]:
    return [page.proxy.index(row, column).data() or "" for column in SiteColumn]


def site_id(port: FakeGroupLevel, name: str) -> str:
    return next(site.id for site in port.sites.values() if site.data.name == name)


def visible_box(page: GroupLevelPage) -> QMessageBox:
    return next(w for w in page.window().findChildren(QMessageBox) if w.isVisible())


def test_lists_active_sites_by_name_with_their_counts(page: GroupLevelPage) -> None:
    assert page.proxy.rowCount() == 2
    assert page.count.text() == "2 of 3 shown"
    assert cells(page, 1) == [
        "Torget",
        "Place",
        "Centrum",
        "2",
        (TODAY - timedelta(days=3)).isoformat(),
        "1",
        (TODAY + timedelta(days=7)).isoformat(),
    ]
    assert cells(page, 0)[:4] == ["Gruppen vid skateparken", "Group", "Östra", "1"]
    assert cells(page, 0)[6] == ""
    page.table.sortByColumn(SiteColumn.OBSERVATIONS, Qt.SortOrder.DescendingOrder)
    assert [cells(page, row)[0] for row in range(2)] == ["Torget", "Gruppen vid skateparken"]
    page.table.sortByColumn(SiteColumn.NEXT_FOLLOW_UP, Qt.SortOrder.AscendingOrder)
    assert cells(page, 0)[0] == "Torget"  # no follow-up sorts last


def test_inactive_sites_are_shown_on_request_and_greyed(page: GroupLevelPage) -> None:
    page.show_inactive.setChecked(True)
    assert page.proxy.rowCount() == 3
    assert page.count.text() == "Number of places and groups: 3"
    names = [cells(page, row)[0] for row in range(3)]
    assert names == ["Gruppen vid skateparken", "Torget", "Ängen"]  # å, ä, ö after z
    inactive = page.proxy.index(2, SiteColumn.NAME)
    assert inactive.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "inactive" in inactive.data(Qt.ItemDataRole.ToolTipRole)
    assert page.proxy.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    page.show_inactive.setChecked(False)
    assert page.proxy.rowCount() == 2


def test_search_narrows_by_name_or_area(page: GroupLevelPage) -> None:
    page.search.setText("centrum")
    assert [cells(page, row)[0] for row in range(page.proxy.rowCount())] == ["Torget"]
    page.search.setText("skate")
    assert cells(page, 0)[0] == "Gruppen vid skateparken"
    page.search.setText("ängen")
    assert page.proxy.rowCount() == 0  # inactive stays hidden
    page.show_inactive.setChecked(True)
    assert page.proxy.rowCount() == 1


def test_buttons_follow_the_selection(page: GroupLevelPage, port: FakeGroupLevel) -> None:
    assert not page.open_button.isEnabled()
    assert not page.observe_button.isEnabled() and not page.delete_button.isEnabled()
    assert page.open_selected() is None and page.observe_selected() is None
    page.select(site_id(port, "Torget"))
    assert page.open_button.isEnabled() and page.observe_button.isEnabled()


def test_new_site_is_saved_then_stays_open_for_observations(
    page: GroupLevelPage, port: FakeGroupLevel
) -> None:
    dialog = page.new_site()
    assert isinstance(dialog, SiteDialog) and dialog.site_id is None
    assert not dialog.tabs.isTabEnabled(Tab.OBSERVATIONS)
    assert not dialog.tabs.isTabEnabled(Tab.MEASURES)
    dialog.name.setText("Fritidsgården")
    dialog.area.setText("Västra")
    assert dialog.submit()
    assert dialog.isVisible() and dialog.site_id is not None
    assert dialog.tabs.isTabEnabled(Tab.OBSERVATIONS)
    assert dialog.tabs.currentIndex() == Tab.OBSERVATIONS
    assert dialog.windowTitle() == "Fritidsgården"
    assert page.selected_id() == dialog.site_id
    assert page.proxy.rowCount() == 3
    dialog.observations.new_button.click()
    editor = next(w for w in dialog.findChildren(ObservationEditor) if w.isVisible())
    editor.text.setPlainText("Skadegörelse vid entrén")
    assert editor.submit()
    assert dialog.observations.model.rowCount() == 1
    assert cells(page, page.proxy.mapFromSource(page.model.index(3, 0)).row())[3] == "1"
    assert dialog.submit()  # the second Save closes
    assert not dialog.isVisible()
    assert port.calls.count("create_site") == 1 and "update_site" in port.calls


def test_open_shows_the_site_and_reports_a_vanished_one(
    page: GroupLevelPage, port: FakeGroupLevel
) -> None:
    square = site_id(port, "Torget")
    page.select(square)
    dialog = page.open_selected()
    assert dialog is not None and dialog.name.text() == "Torget"
    assert dialog.chosen_kind() is SiteKind.PLACE and dialog.time_pattern.text() == "Kvällar"
    assert dialog.observations.model.rowCount() == 2
    assert dialog.measures.model.rowCount() == 2
    dialog.close()
    del port.sites[square]
    assert page.open_site(square) is None
    box = visible_box(page)
    assert box.icon() == QMessageBox.Icon.Warning
    box.close()
    assert page.proxy.rowCount() == 1


def test_observation_from_the_page_saves_and_continues(
    page: GroupLevelPage, port: FakeGroupLevel
) -> None:
    group = site_id(port, "Gruppen vid skateparken")
    page.select(group)
    editor = page.observe_selected()
    assert editor is not None and "Gruppen vid skateparken" in editor.windowTitle()
    editor.sector.setCurrentIndex(editor.sector.findData(Sector.SOCIAL_SERVICES.value))
    editor.text.setPlainText("Fler yngre i gruppen")
    assert editor.save_and_next()
    assert editor.isVisible() and editor.text.toPlainText() == ""
    assert editor.chosen_sector() is Sector.SOCIAL_SERVICES
    editor.text.setPlainText("Lugnt")
    assert editor.submit() and not editor.isVisible()
    assert len(port.observations(group)) == 3
    assert page.selected_id() == group
    assert cells(page, 0)[3] == "3"
    again = page.observe_selected()  # starts with the sector used last
    assert again is not None and again.chosen_sector() is Sector.SOCIAL_SERVICES


def test_delete_asks_and_says_what_goes(page: GroupLevelPage, port: FakeGroupLevel) -> None:
    square = site_id(port, "Torget")
    page.select(square)
    page.ask_delete()
    box = visible_box(page)
    assert "Torget" in box.text() and "(2)" in box.text() and "measures" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    assert square in port.sites
    page.ask_delete()
    visible_box(page).button(QMessageBox.StandardButton.Yes).click()
    assert square not in port.sites and not port.observations(square)
    assert page.proxy.rowCount() == 1


def test_changes_reload_now_or_when_shown(
    qtbot: QtBot, page: GroupLevelPage, port: FakeGroupLevel
) -> None:
    port.create_site(SiteInput("Centrumhuset", SiteKind.PLACE))
    page.on_changes(ChangeSet(frozenset({"consent"})))
    assert page.model.rowCount() == 3
    page.on_changes(ChangeSet(frozenset({"group_site"})))  # hidden: read when shown
    assert page.model.rowCount() == 3
    page.show()
    qtbot.waitExposed(page)
    assert page.model.rowCount() == 4
    port.create_site(SiteInput("Stationen", SiteKind.PLACE))
    page.on_changes(ChangeSet(frozenset({"group_observation"})))
    assert page.model.rowCount() == 5


def test_clear_forgets_everything(page: GroupLevelPage, port: FakeGroupLevel) -> None:
    page.search.setText("torget")
    page.clear()
    assert page.model.rowCount() == 0 and page.search.text() == ""
    port.calls.clear()
    page.on_changes(ChangeSet(frozenset({"group_site"})))
    page.show()
    assert page.model.rowCount() == 0 and port.calls == []


def test_swedish_names_and_model_tester(
    qtbot: QtBot, port: FakeGroupLevel, qtmodeltester: ModelTester
) -> None:
    install_translator("sv")
    host = QWidget()  # owns the page until the test's end (no collection mid-event)
    qtbot.addWidget(host)
    page = GroupLevelPage(port, TaskRunner(synchronous=True), host)
    QVBoxLayout(host).addWidget(page)
    host.show()
    qtbot.waitExposed(host)
    assert unnamed_controls(page) == []
    header = page.model.headerData(SiteColumn.OPEN_MEASURES, Qt.Orientation.Horizontal)
    assert header == "Öppna åtgärder"
    assert cells(page, 1)[1] == "Plats"
    assert page.new_button.text() == "&Ny plats eller grupp…"
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    assert page.proxy.index(0, 0).data(SITE_ID_ROLE) == site_id(port, "Gruppen vid skateparken")


def test_a_passed_follow_up_stands_out(page: GroupLevelPage, port: FakeGroupLevel) -> None:
    group = site_id(port, "Gruppen vid skateparken")
    port.add_measure(
        MeasureInput(
            group,
            MeasureKind.FIELD_WALK,
            "Fältvandring",
            Sector.SOCIAL_SERVICES,
            follow_up_on=TODAY - timedelta(days=1),
        )
    )
    page.reload()
    late = page.proxy.index(0, SiteColumn.NEXT_FOLLOW_UP)
    assert late.data() == (TODAY - timedelta(days=1)).isoformat()
    assert late.data(Qt.ItemDataRole.ForegroundRole).color() == LATE_FOREGROUND
    assert late.data(Qt.ItemDataRole.ToolTipRole) == "The follow-up is due"
    due = page.proxy.index(1, SiteColumn.NEXT_FOLLOW_UP)  # a week ahead
    assert due.data(Qt.ItemDataRole.ForegroundRole) is None
