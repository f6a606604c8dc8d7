"""Anonymising from the record: disabled while a case is open, the confirmation (what goes,
what stays, cannot be undone, a reason), the anonymised record, and the way on from a
withdrawal of consent. Set ``SSPF_SHOTS`` to keep screenshots (Swedish)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from sspf_desk.domain import CaseStatus, ClosingReason, CustodyType
from sspf_desk.domain.anonymise import LABEL_PREFIX
from sspf_desk.ui.dialogs.anonymise_dialog import AnonymiseDialog
from sspf_desk.ui.dialogs.case_dialogs import CloseCaseDialog
from sspf_desk.ui.dialogs.consent_withdrawal import WithdrawalEffectsDialog
from sspf_desk.ui.i18n import install_translator
from sspf_desk.ui.record.record_window import RecordWindow
from tests.ui.fakes_casework import Casework, casework, guardian_consent

W = TypeVar("W", bound=QWidget)


def open_windows(kind: type[W]) -> list[W]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def make_record(qtbot: QtBot, work: Casework) -> RecordWindow:
    window = RecordWindow(work.context())
    work.hub.listeners.append(window.on_changes)
    qtbot.addWidget(window)
    window.show()
    return window


def with_open_case() -> tuple[Casework, str, str]:
    work = casework(first_name="Zelmira", last_name="Quarnström", school="Kvarnbyskolan")
    guardian = work.add_guardian("Eva", "Quarnström", CustodyType.SOLE)
    consent = guardian_consent(work, guardian)
    case = work.cases.open_case(work.person.id, date(2025, 2, 1))
    work.cases.transition(case.id, CaseStatus.CONSENT)
    return work, consent.id, case.id


def close(work: Casework, case_id: str) -> None:
    work.cases.transition(
        case_id, CaseStatus.CLOSED, closing_reason=ClosingReason.GOALS_REACHED, outcome="Klart."
    )


def shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("SSPF_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert widget.grab().save(str(Path(folder) / f"anon_{name}.png"))


@pytest.fixture
def swedish() -> Iterator[None]:
    assert install_translator("sv")
    yield
    install_translator("en")


def test_anonymise_is_disabled_while_a_case_is_open(qtbot: QtBot) -> None:
    work, _consent, case_id = with_open_case()
    window = make_record(qtbot, work)
    button = window.details.anonymise_button
    assert button.isVisible() and not button.isEnabled()
    assert "Close the case" in button.toolTip()
    close(work, case_id)
    assert button.isEnabled()


def test_confirmation_asks_for_a_reason_then_shows_the_anonymised_record(
    qtbot: QtBot, swedish: None
) -> None:
    work, _consent, case_id = with_open_case()
    close(work, case_id)
    window = make_record(qtbot, work)
    assert "Zelmira" in window.name.text()
    dialog = window.anonymise()
    assert isinstance(dialog, AnonymiseDialog)
    assert dialog.isModal() or dialog.windowModality() != 0
    assert "går inte att ångra" in dialog.warning.text()
    assert "personnummer" in dialog.removed.text().lower() or "identitet" in dialog.removed.text()
    assert "statistik" in dialog.kept.text()
    assert not dialog.confirm_button.isEnabled()
    assert dialog.reason.accessibleName() and dialog.confirm_button.accessibleName()
    dialog.reason.setCurrentIndex(1)
    assert dialog.confirm_button.isEnabled()
    shot(dialog, "confirm")
    assert dialog.submit()
    assert work.anonymise is not None and work.anonymise.reasons == ["consent_withdrawn"]
    assert window.name.text().startswith(LABEL_PREFIX)
    for text in (window.windowTitle(), window.name.text(), window.facts.text()):
        assert "Zelmira" not in text and "Quarnström" not in text
    assert window.details.values["school"].text() == "–"
    assert window.details.anonymised_note.isVisibleTo(window)
    assert not window.details.edit_button.isEnabled()
    assert not window.details.anonymise_button.isEnabled()
    assert window.anonymise() is None
    shot(window, "record")


def test_a_refusal_is_shown_in_the_dialog(qtbot: QtBot) -> None:
    work, _consent, _case = with_open_case()
    window = make_record(qtbot, work)
    dialog = AnonymiseDialog(
        lambda reason: work.anonymise.anonymise_young_person(work.person.id, reason=reason),  # type: ignore[union-attr]
        window,
    )
    qtbot.addWidget(dialog)
    dialog.reason.setCurrentIndex(2)
    assert not dialog.submit()
    assert "Avsluta ärendet" in dialog.error.text()
    assert not dialog.error.isHidden()


def test_withdrawal_offers_anonymising_once_the_case_is_closed(qtbot: QtBot) -> None:
    work, consent_id, case_id = with_open_case()
    window = make_record(qtbot, work)
    window.consents.select(consent_id)
    withdraw = window.consents.withdraw_selected()
    assert withdraw is not None
    withdraw.edit("withdrawal_how").setText("Telefonsamtal")
    assert withdraw.submit()
    [effects] = open_windows(WithdrawalEffectsDialog)
    assert effects.anonymise_button.isVisible()
    assert not effects.anonymise_button.isEnabled()
    effects.case_buttons[case_id].click()
    [closing] = open_windows(CloseCaseDialog)
    closing.outcome.setPlainText("Samtycket återkallades.")
    assert closing.submit()
    assert effects.isVisible()
    assert not effects.case_buttons[case_id].isEnabled()
    assert effects.anonymise_button.isEnabled()
    effects.anonymise_button.click()
    assert not effects.isVisible()
    [confirm] = [d for d in open_windows(AnonymiseDialog) if d.parent() is window]
    confirm.reason.setCurrentIndex(1)
    assert confirm.submit()
    assert window.name.text().startswith(LABEL_PREFIX)
