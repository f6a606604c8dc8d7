"""Small widgets: save indicator, recovery-key dialog, passphrase hint, persons view."""

from __future__ import annotations

import threading
import unicodedata
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFormLayout, QWidget
from pytestqt.qtbot import QtBot

from sspf_desk.domain import YoungPersonInput
from sspf_desk.services.changes import SaveStatus
from sspf_desk.ui.dialogs.person_editor import PersonEditor
from sspf_desk.ui.dialogs.recovery_key import RecoveryKeyDialog, format_key
from sspf_desk.ui.i18n import install_translator
from sspf_desk.ui.widgets.field_errors import ErrorLabel, FieldErrors
from sspf_desk.ui.widgets.passphrase_fields import (
    NewPassphraseFields,
    Strength,
    passphrase_strength,
)
from sspf_desk.ui.widgets.persons_view import PersonsView
from sspf_desk.ui.widgets.save_indicator import SaveIndicator, SaveStatusRelay
from sspf_desk.vault.errors import SaveFailedError
from tests.ui.fakes import FakeWorkspace

KEY = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567-ABCD-EFGH-IJKL-MNOP-QRST-UVWX"


def test_save_indicator_states(qtbot: QtBot) -> None:
    indicator = SaveIndicator()
    qtbot.addWidget(indicator)
    assert indicator.text() == "All changes saved"
    indicator.show_status(SaveStatus(saving=True, saved_at=None))
    assert indicator.text() == "Saving…"
    moment = datetime(2026, 3, 1, 12, 0, 5, tzinfo=UTC)
    indicator.show_status(SaveStatus(saving=False, saved_at=moment))
    assert indicator.text() == f"Saved {moment.astimezone().strftime('%H:%M:%S')}"
    failed = SaveStatus.failed(moment, SaveFailedError())
    indicator.show_status(failed)
    assert indicator.text() == f"Not saved: {SaveFailedError().message('en')}"
    assert "b00020" in indicator.styleSheet()
    assert indicator.accessibleDescription() == indicator.text()


def test_save_error_is_shown_in_the_language_of_the_ui(qtbot: QtBot) -> None:
    indicator = SaveIndicator()
    qtbot.addWidget(indicator)
    failed = SaveStatus(saving=False, saved_at=None, error_sv="Disken är full.", error_en="Full.")
    indicator.show_status(failed)
    assert indicator.text() == "Not saved: Full."
    install_translator("sv")
    indicator.show_status(failed)
    assert indicator.text() == "Inte sparat: Disken är full."


def test_save_status_from_another_thread_arrives_on_gui_thread(qtbot: QtBot) -> None:
    relay = SaveStatusRelay()
    received: list[int] = []
    relay.status_changed.connect(lambda _status: received.append(threading.get_ident()))
    status = SaveStatus(saving=False, saved_at=datetime.now(UTC))
    worker = threading.Thread(target=relay.listener, args=(status,))
    with qtbot.waitSignal(relay.status_changed):
        worker.start()
        worker.join()
    assert received == [threading.get_ident()]


def test_recovery_dialog_needs_confirmation_and_clears_clipboard(qtbot: QtBot) -> None:
    dialog = RecoveryKeyDialog(KEY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == KEY
    dialog.confirm.setChecked(True)
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok_button.click()
    assert QGuiApplication.clipboard().text() == ""


def test_format_key_groups_four_per_line() -> None:
    lines = format_key(KEY).splitlines()
    assert lines[0] == "ABCD-EFGH-IJKL-MNOP"
    assert len(lines) == 4


def test_passphrase_strength() -> None:
    assert passphrase_strength("kort") is Strength.TOO_SHORT
    assert passphrase_strength(" " * 16) is Strength.TOO_SHORT  # the domain refuses it
    assert passphrase_strength("aaaaaaaaaaaaaaaa") is Strength.WEAK  # allowed, but advised
    assert passphrase_strength("Sommar2026!x") is Strength.FAIR
    assert passphrase_strength("en lång och säker mening") is Strength.STRONG


def test_persons_view_lists_searches_opens_and_edits(qtbot: QtBot, tmp_path: Path) -> None:
    workspace = FakeWorkspace(tmp_path / "v.sspf")
    view = PersonsView(workspace.persons)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    workspace.add_change_listener(lambda _changes: view.reload())
    view.show()
    for first, last in (("Åsa", "Öberg"), ("Kim", "Berg")):
        workspace.persons.create_young_person(
            YoungPersonInput(first_name=first, last_name=last, birth_date=date(2011, 1, 1))
        )
    assert view.model.rowCount() == 2
    assert view.count.text() == "Number of young persons: 2"
    view.search.setText("öber")
    assert view.proxy.rowCount() == 1
    assert view.count.text() == "1 of 2 shown"
    assert not view.edit_button.isEnabled()
    index = view.proxy.index(0, 0)
    rect = view.table.visualRect(index)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.edit_button.isEnabled() and view.open_button.isEnabled()
    with qtbot.waitSignal(view.open_requested) as opened:  # double-click opens the record
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [view.selected_id()]
    view.edit_button.click()  # the plain editor stays for editing the details
    editors = view.window().findChildren(PersonEditor)
    assert [e.edit("last_name").text() for e in editors] == ["Öberg"]
    editor = editors[0]
    editor.edit("area").setText("Norr")
    assert editor.submit()
    person_id = view.selected_id()
    assert person_id is not None
    assert workspace.persons.get_young_person(person_id).area == "Norr"
    new = view.new_person()
    assert new.windowTitle() == "New young person"
    assert new.edit("first_name").text() == ""


def test_new_passphrase_fields_follow_the_domain_rule(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    fields = NewPassphraseFields(host)
    form = QFormLayout(host)
    errors = FieldErrors(ErrorLabel(host, host))
    fields.add_rows(form, errors)
    fields.passphrase.setText("elva tecken")  # 11 characters
    fields.repeat.setText("elva tecken")
    assert fields.problems() == {"passphrase": "The passphrase must have at least 12 characters."}
    decomposed = unicodedata.normalize("NFD", "åäöåäöåäöåäö")  # 12 in NFC, 24 code points
    fields.passphrase.setText(decomposed)
    fields.repeat.setText(decomposed)
    assert fields.problems() == {}
    fields.passphrase.setText(" " * 14)
    fields.repeat.setText(" " * 14)
    assert fields.problems() == {"passphrase": "The passphrase must not consist of spaces only."}
    fields.passphrase.setText("tolv tecken!")
    fields.repeat.setText("tolv tecken?")
    assert fields.problems() == {"repeat": "The passphrases are not the same."}
    errors.show(fields.problems())
    assert errors.message("repeat") == "The passphrases are not the same."
