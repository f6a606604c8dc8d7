"""The record's consent tab: list, withdrawal leading on to closing the case, scans, the form."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from sspf_desk.domain import CaseStatus, ClosingReason, CustodyType
from sspf_desk.errors import NotFoundError
from sspf_desk.ui.dialogs.case_dialogs import CloseCaseDialog
from sspf_desk.ui.dialogs.consent_withdrawal import WithdrawalEffectsDialog
from sspf_desk.ui.record.record_window import RecordWindow
from sspf_desk.ui.record.scan_files import ScanFile, ScanViewer
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


def png_bytes() -> bytes:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def with_consent_and_case() -> tuple[Casework, str, str]:
    work = casework()
    guardian = work.add_guardian("Eva", "Öberg", CustodyType.SOLE)
    consent = guardian_consent(work, guardian)
    case = work.cases.open_case(work.person.id, date(2025, 2, 1))
    work.cases.transition(case.id, CaseStatus.CONSENT)
    return work, consent.id, case.id


def test_the_list_shows_each_consent_and_sharing_today(qtbot: QtBot) -> None:
    work, consent_id, _case = with_consent_and_case()
    window = make_record(qtbot, work)
    tab = window.consents
    assert tab.model.rowCount() == 1
    assert tab.model.row_at(0).consenter_name == "Eva Öberg"
    assert all(a.endswith("Allowed") for _n, a, _d in tab.sharing.decision_texts())
    tab.select(consent_id)
    assert tab.withdraw_button.isEnabled() and tab.edit_button.isEnabled()
    assert not tab.show_button.isEnabled()  # nothing attached yet
    assert "Samordna stöd i skolan" in tab.detail.text()


def test_new_consent_is_listed_and_selected(qtbot: QtBot) -> None:
    work = casework()
    work.add_guardian("Eva", "Öberg", CustodyType.SOLE)
    window = make_record(qtbot, work)
    editor = window.consents.new_consent()
    editor.consenter.setCurrentIndex(1)  # the young person
    for check in (*editor.party_checks.values(), *editor.category_checks.values()):
        check.setChecked(True)
    editor.purpose.setPlainText("Stöd i skolan och på fritiden")
    assert editor.submit()
    assert window.consents.model.rowCount() == 1
    assert window.consents.selected() is not None


def test_withdrawal_leads_to_closing_the_case(qtbot: QtBot) -> None:
    work, consent_id, case_id = with_consent_and_case()
    window = make_record(qtbot, work)
    window.consents.select(consent_id)
    dialog = window.consents.withdraw_selected()
    assert dialog is not None
    dialog.edit("withdrawal_how").clear()
    assert not dialog.submit()
    assert "how" in dialog.errors.message("withdrawal_how")
    dialog.edit("withdrawal_how").setText("Telefonsamtal med vårdnadshavaren")
    assert dialog.submit()
    assert all(a.endswith("Not allowed") for _n, a, _d in window.consents.sharing.decision_texts())
    assert window.consents.model.row_at(0).state.value == "withdrawn"
    assert not window.consents.withdraw_button.isEnabled()
    effects = open_windows(WithdrawalEffectsDialog)
    assert len(effects) == 1
    assert "School" in effects[0].summary.text()
    effects[0].case_buttons[case_id].click()
    assert window.tabs.currentIndex() == window.CASES
    closing = open_windows(CloseCaseDialog)
    assert len(closing) == 1
    assert closing[0].closing_reason.currentData() == ClosingReason.CONSENT_WITHDRAWN.value
    closing[0].outcome.setPlainText("Samtycket återkallades; ärendet avslutas.")
    assert closing[0].submit()
    assert work.cases.cases[case_id].status is CaseStatus.CLOSED
    assert window.cases.closed_note.isVisibleTo(window)


def test_a_signed_scan_is_attached_and_shown_from_memory(qtbot: QtBot) -> None:
    work, consent_id, _case = with_consent_and_case()
    window = make_record(qtbot, work)
    window.consents.select(consent_id)
    window.consents.attach_scan(ScanFile(png_bytes(), "image/png", "blankett.png"))
    assert work.consents.forms[consent_id][1] == "image/png"
    assert window.consents.model.row_at(0).has_signed_form
    window.consents.select(consent_id)
    viewer = window.consents.show_selected()
    assert isinstance(viewer, ScanViewer)
    pixmap = viewer.image_label.pixmap()
    assert (pixmap.width(), pixmap.height()) == (40, 30)


def test_a_pdf_scan_is_offered_as_a_copy_after_a_warning(qtbot: QtBot, tmp_path: Path) -> None:
    work, consent_id, _case = with_consent_and_case()
    work.consents.attach_signed_form(consent_id, b"%PDF-1.4 signed", "application/pdf")
    window = make_record(qtbot, work)
    window.consents.select(consent_id)
    box = window.consents.show_selected()
    assert isinstance(box, QMessageBox)
    assert "not encrypted" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    dialogs = open_windows(QFileDialog)
    assert len(dialogs) == 1
    target = tmp_path / "kopia.pdf"
    dialogs[0].fileSelected.emit(str(target))
    assert target.read_bytes() == b"%PDF-1.4 signed"
    dialogs[0].reject()


def test_consent_form_pdf_needs_contact_and_is_written(qtbot: QtBot, tmp_path: Path) -> None:
    work, consent_id, _case = with_consent_and_case()
    window = make_record(qtbot, work)
    window.consents.select(consent_id)
    dialog = window.consents.print_selected()
    assert dialog is not None
    assert dialog.choose_file() is None  # contact person missing
    assert dialog.errors.message("coordinator_name")
    dialog.municipality.setText("Norrby kommun")
    dialog.coordinator.setText("Kim Samordnare")
    dialog.contact.setText("070-123 45 67")
    dialog.easy.setChecked(True)
    files = dialog.choose_file()
    assert files is not None
    files.reject()
    target = tmp_path / "samtycke.pdf"
    assert work.consents.exported == []
    assert dialog.write(str(target))
    assert target.read_bytes().startswith(b"%PDF")
    assert work.consents.exported == [consent_id]  # recorded as an export
    defaults = window.consents._ctx.form_defaults
    assert (defaults.municipality, defaults.easy_read) == ("Norrby kommun", True)
    for box in open_windows(QMessageBox):
        box.close()


def test_no_consent_form_is_written_when_the_export_cannot_be_recorded(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work, consent_id, _case = with_consent_and_case()
    window = make_record(qtbot, work)
    window.consents.select(consent_id)
    dialog = window.consents.print_selected()
    assert dialog is not None

    def gone(_consent_id: str) -> None:
        raise NotFoundError()

    monkeypatch.setattr(work.consents, "record_form_export", gone)
    target = tmp_path / "samtycke.pdf"
    assert not dialog.write(str(target))
    assert not target.exists()
    for box in open_windows(QMessageBox):
        box.close()
    dialog.reject()
