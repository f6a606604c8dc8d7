"""The person editor: messages under the right fields, protected identity, saving."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sspf_desk.domain import Gender, YoungPerson, YoungPersonInput
from sspf_desk.errors import ValidationError
from sspf_desk.ui.dialogs.person_editor import PersonEditor
from sspf_desk.ui.lock import CommitOutcome
from tests.helpers.identity import make_identity
from tests.ui.fakes import stored_person

PNR = make_identity(date(2010, 2, 15), 238)


class Recorder:
    """A stand-in for the service's create call that records its input."""

    def __init__(self, error: ValidationError | None = None) -> None:
        self.calls: list[YoungPersonInput] = []
        self.error = error

    def __call__(self, data: YoungPersonInput) -> YoungPerson:
        self.calls.append(data)
        if self.error is not None:
            raise self.error
        return stored_person(data)


def make_editor(
    qtbot: QtBot, save: Recorder, initial: YoungPersonInput | None = None
) -> PersonEditor:
    editor = PersonEditor(save, initial)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_bad_personnummer_message_appears_under_that_field(qtbot: QtBot) -> None:
    save = Recorder()
    editor = make_editor(qtbot, save)
    editor.edit("first_name").setText("Åsa")
    editor.edit("last_name").setText("Öberg")
    editor.edit("id_number").setText("20100215-2380")  # wrong check digit
    assert not editor.submit()
    assert save.calls == []
    message = editor.errors.message("id_number")
    assert "kontrollsiffran" in message
    assert editor.errors.message("first_name") == ""
    assert editor.edit("id_number").accessibleDescription() == message
    assert editor.isVisible()


def test_missing_names_are_reported_per_field(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, Recorder())
    editor.edit("birth_date").setText("2011-03-04")
    assert not editor.submit()
    assert "Förnamn" in editor.errors.message("first_name")
    assert "Efternamn" in editor.errors.message("last_name")
    editor.edit("first_name").setText("Kim")  # live revalidation after the first attempt
    assert editor.errors.message("first_name") == ""


def test_malformed_birth_date_is_reported(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, Recorder())
    editor.edit("first_name").setText("Kim")
    editor.edit("last_name").setText("Berg")
    editor.edit("birth_date").setText("4 mars")
    assert not editor.submit()
    assert "ÅÅÅÅ-MM-DD" in editor.errors.message("birth_date") or "YYYY" in editor.errors.message(
        "birth_date"
    )


def test_birth_date_is_derived_from_the_number(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, Recorder())
    editor.edit("id_number").setText(PNR)
    assert editor.birth_date_derived
    assert editor.edit("birth_date").text() == "2010-02-15"
    editor.edit("id_number").setText("")
    assert not editor.birth_date_derived
    assert editor.edit("birth_date").text() == ""


def test_protected_identity_hides_the_identity_fields(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, Recorder())
    assert editor.edit("id_number").isVisible()
    editor.protected.setChecked(True)
    assert not editor.edit("id_number").isVisible()
    assert not editor.edit("school").isVisible()
    assert editor.edit("first_name").isVisible()
    assert editor.protected_note.isVisible()
    editor.protected.setChecked(False)
    assert editor.edit("id_number").isVisible()


def test_valid_form_calls_the_service(qtbot: QtBot) -> None:
    save = Recorder()
    editor = make_editor(qtbot, save)
    editor.edit("first_name").setText("Åsa")
    editor.edit("last_name").setText("Öberg")
    editor.edit("id_number").setText(PNR)
    editor.edit("school").setText("Västerskolan")
    with qtbot.waitSignal(editor.saved):
        assert editor.submit()
    assert len(save.calls) == 1
    data = save.calls[0]
    assert (data.first_name, data.last_name, data.id_number) == ("Åsa", "Öberg", PNR)
    assert data.school == "Västerskolan"
    assert data.birth_date is None  # derived by the domain from the number


def test_service_validation_error_is_shown_under_the_field(qtbot: QtBot) -> None:
    save = Recorder(ValidationError({"area": "Området finns inte."}))
    editor = make_editor(qtbot, save)
    editor.edit("first_name").setText("Kim")
    editor.edit("last_name").setText("Berg")
    editor.edit("birth_date").setText("2011-03-04")
    assert not editor.submit()
    assert editor.errors.message("area") == "Området finns inte."


def test_editing_prefills_and_keeps_gender(qtbot: QtBot) -> None:
    initial = YoungPersonInput(
        first_name="Kim", last_name="Berg", id_number=PNR, gender=Gender.FEMALE, area="Norr"
    )
    save = Recorder()
    editor = make_editor(qtbot, save, initial)
    assert editor.edit("area").text() == "Norr"
    assert not editor.is_dirty()
    assert editor.commit_pending() is CommitOutcome.UNCHANGED
    editor.edit("area").setText("Söder")
    assert editor.commit_pending() is CommitOutcome.SAVED
    assert save.calls[-1].gender is Gender.FEMALE


def test_commit_pending_discards_invalid_input(qtbot: QtBot) -> None:
    save = Recorder()
    editor = make_editor(qtbot, save)
    editor.edit("first_name").setText("Kim")
    assert editor.commit_pending() is CommitOutcome.DISCARDED
    assert save.calls == []


def test_cancel_with_changes_asks_first(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, Recorder())
    editor.edit("first_name").setText("Kim")
    editor.reject()
    assert editor.isVisible()
    box = editor.findChild(QMessageBox)
    assert box is not None
    with qtbot.waitSignal(editor.finished):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert not editor.isVisible()


def test_escape_without_changes_closes(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, Recorder())
    with qtbot.waitSignal(editor.finished):
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
