"""Vault settings: consent age rules and expiry lead time, and the risk-category list.

The minutes settings on the same dialog are tested in ``test_minutes_settings``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from sspf_desk.domain import AgeRules, ConsentSettings
from sspf_desk.ui.dialogs.vault_settings import VaultSettingsDialog
from sspf_desk.ui.lock import CommitOutcome
from tests.ui.fakes_cases import FakeRiskCategories
from tests.ui.fakes_casework import casework
from tests.ui.fakes_meetings import FakeMinutes


def make_dialog(qtbot: QtBot) -> tuple[VaultSettingsDialog, FakeRiskCategories]:
    work = casework()
    risks = FakeRiskCategories()
    dialog = VaultSettingsDialog(work.consents, risks, FakeMinutes())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, risks


def message_boxes(parent: QWidget) -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.isVisible() and w.parentWidget() is parent
    ]


def test_rules_are_loaded_checked_and_saved(qtbot: QtBot) -> None:
    dialog, _risks = make_dialog(qtbot)
    consents = dialog._consents
    assert (dialog.own_from.value(), dialog.only_self_from.value()) == (15, 18)
    assert dialog.lead_days.value() == 30
    dialog.own_from.setValue(19)  # above "only the young person"
    assert "lägre" in dialog.errors.message("only_self_from")
    assert not dialog.submit()
    assert consents.age_rules() == AgeRules()
    dialog.own_from.setValue(13)
    dialog.lead_days.setValue(45)
    assert dialog.submit()
    assert consents.age_rules() == AgeRules(13, 18)
    assert consents.consent_settings() == ConsentSettings(45)
    assert not dialog.saved_note.isHidden()
    assert not dialog.is_dirty()


def test_lock_saves_valid_rules_and_drops_invalid_ones(qtbot: QtBot) -> None:
    dialog, _risks = make_dialog(qtbot)
    assert dialog.commit_pending() is CommitOutcome.UNCHANGED
    dialog.only_self_from.setValue(20)
    assert dialog.commit_pending() is CommitOutcome.SAVED
    assert dialog._consents.age_rules().only_self_from == 20
    dialog.own_from.setValue(25)
    assert dialog.commit_pending() is CommitOutcome.DISCARDED


def test_closing_with_unsaved_rules_asks_first(qtbot: QtBot) -> None:
    dialog, _risks = make_dialog(qtbot)
    dialog.lead_days.setValue(10)
    dialog.reject()
    assert dialog.isVisible()
    boxes = message_boxes(dialog)
    assert len(boxes) == 1
    boxes[0].button(QMessageBox.StandardButton.Yes).click()
    assert not dialog.isVisible()


def test_risk_categories_are_renamed_moved_and_taken_out_of_use(qtbot: QtBot) -> None:
    dialog, risks = make_dialog(qtbot)
    panel = dialog.risk_panel
    assert panel.model.rowCount() == 3  # inactive ones too
    panel.reload("vapen")
    ask = panel.rename_selected()
    assert isinstance(ask, QInputDialog)
    ask.textValueSelected.emit("Vapen eller kniv")
    assert panel.selected() is not None and panel.selected().label == "Vapen eller kniv"
    panel.move_up()
    assert risks.list_risk_categories(include_inactive=True)[0].code == "vapen"
    panel.toggle_active()
    assert not next(c for c in risks.categories if c.code == "vapen").active
    assert "back" in panel.active_button.text()
    panel.delete_selected()  # in use: refused with the service's message
    assert any("används" in box.text() for box in message_boxes(dialog))
    assert any(c.code == "vapen" for c in risks.categories)


def test_a_new_risk_category_is_added(qtbot: QtBot) -> None:
    dialog, risks = make_dialog(qtbot)
    ask = dialog.risk_panel.add()
    ask.textValueSelected.emit("Rekrytering till kriminella nätverk")
    assert risks.categories[-1].label == "Rekrytering till kriminella nätverk"
    assert dialog.risk_panel.selected() == risks.categories[-1]
    ask = dialog.risk_panel.add()
    ask.textValueSelected.emit("Vapen")  # a label already used
    assert any("redan" in box.text() for box in message_boxes(dialog))
