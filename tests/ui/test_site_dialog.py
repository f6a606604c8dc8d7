"""The site dialog and its observation and measure forms: fields, errors at fields, lists."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from sspf_desk.domain.enums import ActionStatus, Sector
from sspf_desk.domain.group_level import (
    NO_ID_NUMBERS,
    MeasureInput,
    MeasureKind,
    ObservationInput,
    Site,
    SiteInput,
    SiteKind,
)
from sspf_desk.ui.dialogs.measure_editor import MeasureEditor
from sspf_desk.ui.dialogs.observation_editor import ObservationEditor
from sspf_desk.ui.dialogs.site_dialog import SiteDialog, Tab
from sspf_desk.ui.i18n import install_translator
from sspf_desk.ui.models.measures_model import LATE_FOREGROUND, MeasureColumn, MeasuresModel
from sspf_desk.ui.models.observations_model import ObservationColumn, ObservationsModel
from tests.ui.fakes_group_level import FakeGroupLevel
from tests.ui.test_accessibility import unnamed_controls

TODAY = date.today()
ID_NUMBER = "20080101-1234"


@pytest.fixture
def port() -> FakeGroupLevel:
    return FakeGroupLevel()


@pytest.fixture
def site(port: FakeGroupLevel) -> Site:
    found = port.create_site(
        SiteInput("Torget", SiteKind.PLACE, "Centrum", "Fredagskvällar", "Samlingsplats")
    )
    port.add_observation(
        ObservationInput(found.id, TODAY - timedelta(days=2), Sector.POLICE, "Samling\nkl 22")
    )
    port.add_measure(
        MeasureInput(
            found.id,
            MeasureKind.POLICE_PRESENCE,
            "Närvaro",
            Sector.POLICE,
            "Lokalpolisen",
            hours=2.5,
            meeting_id="meeting-1",
            follow_up_on=TODAY - timedelta(days=1),
        )
    )
    return found


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    """The window the dialogs belong to, as on the page: a parentless dialog sits in a
    reference cycle (its save callback) and Python's collector could delete it in the middle
    of a later event."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def dialog_for(host: QWidget, port: FakeGroupLevel, site: Site | None) -> SiteDialog:
    dialog = SiteDialog(port, site, host)
    dialog.show()
    return dialog


def visible_box(parent: QWidget) -> QMessageBox:
    return next(w for w in parent.window().findChildren(QMessageBox) if w.isVisible())


# -- the site's details -----------------------------------------------------------------------


def test_details_load_and_save(
    qtbot: QtBot, host: QWidget, port: FakeGroupLevel, site: Site
) -> None:
    dialog = dialog_for(host, port, site)
    assert dialog.windowTitle() == "Torget"
    assert dialog.area.text() == "Centrum" and dialog.active.isChecked()
    assert dialog.description.toPlainText() == "Samlingsplats"
    dialog._kind_button(SiteKind.GROUP).setChecked(True)
    dialog.active.setChecked(False)
    dialog.time_pattern.setText("Helger")
    with qtbot.waitSignal(dialog.saved):
        assert dialog.submit()
    assert not dialog.isVisible()
    stored = port.sites[site.id].data
    assert stored == SiteInput(
        "Torget", SiteKind.GROUP, "Centrum", "Helger", "Samlingsplats", False
    )


def test_identity_number_is_refused_at_its_field(
    qtbot: QtBot, host: QWidget, port: FakeGroupLevel
) -> None:
    dialog = dialog_for(host, port, None)
    dialog.name.setText("Gruppen")
    dialog.description.setPlainText(f"Bland annat {ID_NUMBER}")
    dialog.tabs.setCurrentIndex(Tab.OBSERVATIONS)
    assert not dialog.submit()
    assert dialog.errors.message("description") == NO_ID_NUMBERS
    assert dialog.tabs.currentIndex() == Tab.DETAILS
    assert dialog.focusWidget() is dialog.description
    assert port.sites == {}
    dialog.description.setPlainText("Bland annat en moped")  # live check clears the message
    assert dialog.errors.message("description") == ""
    dialog.name.clear()
    assert dialog.errors.message("name") == "Ange platsens eller gruppens namn."


def test_areas_complete_from_those_in_use(
    qtbot: QtBot, host: QWidget, port: FakeGroupLevel, site: Site
) -> None:
    port.create_site(SiteInput("Skolgården", SiteKind.PLACE, "Östra"))
    dialog = dialog_for(host, port, None)
    completer = dialog.area.completer()
    assert completer is not None
    model = completer.model()
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == ["Centrum", "Östra"]


def test_close_asks_only_about_unsaved_details(
    qtbot: QtBot, host: QWidget, port: FakeGroupLevel, site: Site
) -> None:
    dialog = dialog_for(host, port, site)
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert close.text() == "Close"
    close.click()
    assert not dialog.isVisible()
    dialog = dialog_for(host, port, site)
    dialog.name.setText("Torget norra")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    box = visible_box(dialog)
    assert dialog.isVisible()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert not dialog.isVisible() and port.sites[site.id].data.name == "Torget"


def test_hint_asks_for_no_names(
    qtbot: QtBot, host: QWidget, port: FakeGroupLevel, site: Site
) -> None:
    for form in (
        dialog_for(host, port, site),
        ObservationEditor(port, site.id, "Torget", parent=host),
        MeasureEditor(port, site.id, "Torget", parent=host),
    ):
        form.show()
        hint = form.findChild(QWidget, "no_names_hint")
        assert hint is not None and hint.isVisible()
        assert "no names or personal identity numbers" in hint.text()  # type: ignore[attr-defined]
        assert unnamed_controls(form) == []


# -- observations -----------------------------------------------------------------------------


def test_observation_tab_lists_adds_edits_and_deletes(
    qtbot: QtBot, host: QWidget, port: FakeGroupLevel, site: Site
) -> None:
    dialog = dialog_for(host, port, site)
    tab = dialog.observations
    assert tab.model.rowCount() == 1 and tab.count.text() == "Number of observations: 1"
    assert tab.model.index(0, ObservationColumn.TEXT).data() == "Samling"
    assert tab.model.index(0, ObservationColumn.TEXT).data(Qt.ItemDataRole.ToolTipRole) == (
        "Samling\nkl 22"
    )
    assert not tab.edit_button.isEnabled()
    with qtbot.waitSignal(dialog.changed):
        editor = tab.new_record()
        assert isinstance(editor, ObservationEditor)
        assert editor.observed_on.value() == TODAY
        editor.sector.setCurrentIndex(editor.sector.findData(Sector.LEISURE.value))
        editor.text.setPlainText("Nedskräpning")
        assert editor.submit()
    assert tab.model.rowCount() == 2 and tab.last_sector is Sector.LEISURE
    assert tab.selected_id() is not None
    edit = tab.edit_selected()
    assert isinstance(edit, ObservationEditor) and edit.next_button is None
    assert edit.text.toPlainText() == "Nedskräpning"
    edit.text.setPlainText("Mycket nedskräpning")
    assert edit.submit()
    assert "update_observation" in port.calls
    tab.ask_delete()
    box = visible_box(dialog)
    assert TODAY.isoformat() in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    assert tab.model.rowCount() == 2
    tab.ask_delete()
    visible_box(dialog).button(QMessageBox.StandardButton.Yes).click()
    assert tab.model.rowCount() == 1 and "delete_observation" in port.calls


def test_observation_errors_show_at_their_fields(
    qtbot: QtBot, host: QWidget, port: FakeGroupLevel, site: Site
) -> None:
    editor = ObservationEditor(port, site.id, "Torget", sector=Sector.POLICE, parent=host)
    editor.show()
    assert editor.chosen_sector() is Sector.POLICE
    assert not editor.submit()
    assert editor.errors.message("text") == "Beskriv vad som iakttagits."
    editor.text.setPlainText(f"Eleven {ID_NUMBER} syntes")
    assert editor.errors.message("text") == NO_ID_NUMBERS
    editor.text.setPlainText("Eleverna syntes")
    editor.observed_on.set_value(TODAY + timedelta(days=1))
    assert not editor.submit()
    assert editor.errors.message("observed_on") != ""
    assert editor.focusWidget() is editor.observed_on.edit
    editor.observed_on.edit.setText("igår")
    assert editor.errors.message("observed_on") == "Write the date as YYYY-MM-DD."
    editor.observed_on.edit.clear()
    assert editor.errors.message("observed_on") == "Enter the day of the observation."
    assert len(port.observations(site.id)) == 1  # only the fixture's


def test_save_and_next_keeps_day_and_sector(
    qtbot: QtBot, host: QWidget, port: FakeGroupLevel, site: Site
) -> None:
    editor = ObservationEditor(port, site.id, "Torget", parent=host)
    editor.show()
    day = TODAY - timedelta(days=5)
    editor.observed_on.set_value(day)
    editor.sector.setCurrentIndex(editor.sector.findData(Sector.SCHOOL.value))
    editor.text.setPlainText("Första")
    with qtbot.waitSignal(editor.next_started):
        assert editor.save_and_next()
    assert editor.isVisible() and editor.text.toPlainText() == ""
    assert editor.observed_on.value() == day and editor.chosen_sector() is Sector.SCHOOL
    assert editor.errors.message("text") == ""  # no message for the empty next one
    assert "1" in editor.status.text()
    assert not editor.is_dirty()
    assert not editor.save_and_next()  # empty: not stored
    editor.text.setPlainText("Andra")
    assert editor.save_and_next()
    texts = sorted(o.data.text for o in port.observations(site.id))
    assert texts == ["Andra", "Första", "Samling\nkl 22"]
    new = [o for o in port.observations(site.id) if o.data.text in ("Första", "Andra")]
    assert [o.data.observed_on for o in new] == [day, day]
    assert {o.data.sector for o in new} == {Sector.SCHOOL}
    editor.reject()
    assert not editor.isVisible()


# -- measures ---------------------------------------------------------------------------------


def test_measure_tab_lists_with_late_follow_up(
    qtbot: QtBot, host: QWidget, port: FakeGroupLevel, site: Site, qtmodeltester: ModelTester
) -> None:
    dialog = dialog_for(host, port, site)
    model = dialog.measures.model
    assert isinstance(model, MeasuresModel)
    texts = [model.index(0, column).data() for column in MeasureColumn]
    assert texts == [
        "Police presence",
        "Närvaro",
        "Police",
        "Lokalpolisen",
        "",
        "",
        "Planned",
        "2.5",
        (TODAY - timedelta(days=1)).isoformat(),
    ]
    late = model.index(0, MeasureColumn.FOLLOW_UP_ON)
    assert late.data(Qt.ItemDataRole.ForegroundRole).color() == LATE_FOREGROUND
    assert late.data(Qt.ItemDataRole.ToolTipRole) == "The follow-up is due"
    assert model.index(0, MeasureColumn.KIND).data(Qt.ItemDataRole.ForegroundRole) is None
    qtmodeltester.check(model)
    qtmodeltester.check(dialog.observations.model)
    table = dialog.measures.table
    limit = table.fontMetrics().horizontalAdvance("M") * 14
    assert 0 < table.columnWidth(MeasureColumn.RESPONSIBLE) <= limit


def test_measure_editor_edits_every_field_and_keeps_the_meeting(
    qtbot: QtBot, host: QWidget, port: FakeGroupLevel, site: Site
) -> None:
    dialog = dialog_for(host, port, site)
    dialog.measures.select(next(iter(port.measures_by_id)))
    editor = dialog.measures.edit_selected()
    assert isinstance(editor, MeasureEditor)
    assert editor.hours.text() == "2.5"
    assert "citizen promise" in editor.hours_hint.text()
    editor.kind.setCurrentIndex(editor.kind.findData(MeasureKind.FIELD_WALK.value))
    assert editor.hours_hint.text() == "If recorded (optional)."
    editor.description.setPlainText("Fältvandring fredagar")
    editor.sector.setCurrentIndex(editor.sector.findData(Sector.LEISURE.value))
    editor.responsible.setText("Fältgruppen")
    editor.planned_on.set_value(TODAY - timedelta(days=3))
    editor.status.setCurrentIndex(editor.status.findData(ActionStatus.DONE.value))
    assert editor.done_on.value() == TODAY  # filled in on "done"
    editor.hours.setText("3,5")
    editor.follow_up_on.set_value(TODAY + timedelta(days=14))
    editor.follow_up.setPlainText("Lugnare")
    with qtbot.waitSignal(dialog.changed):
        assert editor.submit()
    stored = port.measures_by_id[editor.measure_id or ""].data
    assert stored == MeasureInput(
        site.id,
        MeasureKind.FIELD_WALK,
        "Fältvandring fredagar",
        Sector.LEISURE,
        "Fältgruppen",
        TODAY - timedelta(days=3),
        TODAY,
        ActionStatus.DONE,
        3.5,
        "meeting-1",
        TODAY + timedelta(days=14),
        "Lugnare",
    )


def test_measure_errors_show_at_their_fields(
    qtbot: QtBot, host: QWidget, port: FakeGroupLevel, site: Site
) -> None:
    dialog = dialog_for(host, port, site)
    editor = dialog.measures.new_record()
    assert isinstance(editor, MeasureEditor)
    assert not editor.submit()
    assert editor.errors.message("description") == "Beskriv åtgärden."
    editor.description.setPlainText("Trygghetsvandring")
    editor.responsible.setText(f"Kontakt {ID_NUMBER}")
    editor.hours.setText("två")
    assert editor.errors.message("responsible") == NO_ID_NUMBERS
    assert editor.errors.message("hours") == "Write the hours as a number, e.g. 2,5."
    editor.responsible.setText("Fritidsförvaltningen")
    editor.hours.setText("-1")
    assert "mellan 0" in editor.errors.message("hours")
    editor.hours.clear()
    editor.status.setCurrentIndex(editor.status.findData(ActionStatus.DONE.value))
    editor.done_on.clear()
    assert editor.errors.message("done_on") == "Ange när åtgärden genomfördes."
    editor.done_on.set_value(TODAY)
    editor.planned_on.set_value(TODAY)
    editor.follow_up_on.set_value(TODAY - timedelta(days=1))
    assert not editor.submit()
    assert editor.errors.message("follow_up_on") != ""
    assert editor.focusWidget() is editor.follow_up_on.edit
    editor.follow_up_on.clear()
    assert editor.submit()
    assert dialog.measures.model.rowCount() == 2


def test_police_presence_asks_for_hours(
    qtbot: QtBot, host: QWidget, port: FakeGroupLevel, site: Site
) -> None:
    editor = MeasureEditor(port, site.id, "Torget", parent=host)
    assert editor.hours.isEnabled() and editor.hours_hint.text() == "If recorded (optional)."
    editor.kind.setCurrentIndex(editor.kind.findData(MeasureKind.POLICE_PRESENCE.value))
    assert editor.hours.isEnabled() and editor.hours.placeholderText() == "e.g. 4"
    assert "citizen promise" in editor.hours_hint.text()


def test_swedish_dialog(qtbot: QtBot, host: QWidget, port: FakeGroupLevel, site: Site) -> None:
    install_translator("sv")
    dialog = dialog_for(host, port, site)
    assert [dialog.tabs.tabText(tab) for tab in range(3)] == [
        "&Uppgifter",
        "&Iakttagelser",
        "Å&tgärder",
    ]
    assert dialog.measures.model.index(0, MeasureColumn.KIND).data() == "Polisnärvaro"
    assert dialog.measures.model.index(0, MeasureColumn.HOURS).data() == "2,5"
    hint = dialog.findChild(QWidget, "no_names_hint")
    assert "Skriv inga namn eller personnummer" in hint.text()  # type: ignore[union-attr]
    assert isinstance(dialog.observations.model, ObservationsModel)
    assert unnamed_controls(dialog) == []
