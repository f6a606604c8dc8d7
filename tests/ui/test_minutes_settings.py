"""The minutes settings (municipality, secrecy marking) on the vault settings dialog.

With fakes: loaded, checked under the fields, saved with the consent rules' Save, the tab
with a message brought forward, each valid part kept before a lock. On a real vault: the
dialog opened from the main window stores the settings, and the minutes PDF prints them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from sspf_desk.domain import AgeRules
from sspf_desk.errors import ValidationError
from sspf_desk.services.minutes_view import Audience, MinutesSettings
from sspf_desk.services.workspace import Workspace
from sspf_desk.ui.dialogs.vault_settings import VaultSettingsDialog
from sspf_desk.ui.lock import CommitOutcome
from sspf_desk.ui.main_window import MainWindow
from sspf_desk.ui.tasks import TaskRunner
from tests.helpers.meetings import meeting_input
from tests.helpers.minutes import flat, pdf_text
from tests.helpers.workspace import create_workspace
from tests.ui.fakes import FakeWorkspace
from tests.ui.fakes_cases import FakeRiskCategories
from tests.ui.fakes_casework import casework
from tests.ui.fakes_meetings import FakeMinutes

MARKING = "Sekretess enligt OSL 26 kap. 1 § – särskilt känsligt"


def make_dialog(qtbot: QtBot) -> tuple[VaultSettingsDialog, FakeMinutes]:
    minutes = FakeMinutes()
    dialog = VaultSettingsDialog(casework().consents, FakeRiskCategories(), minutes)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, minutes


def test_settings_are_loaded_checked_under_the_fields_and_saved(qtbot: QtBot) -> None:
    dialog, minutes = make_dialog(qtbot)
    assert dialog.tabs.tabText(dialog.MINUTES) == "Minutes"
    assert dialog.municipality.text() == "Kommunen"
    assert dialog.secrecy_marking.text() == MinutesSettings().secrecy_marking
    assert not dialog.is_dirty()

    dialog.municipality.setText("  ")
    assert dialog.errors.message("municipality") == "Ange kommunens namn."
    dialog.secrecy_marking.setText("Gäller 19121212-1212")
    assert "personnummer" in dialog.errors.message("secrecy_marking")
    assert dialog.tabs.currentIndex() == dialog.RULES
    assert not dialog.submit()
    assert dialog.tabs.currentIndex() == dialog.MINUTES  # where the messages are
    assert minutes.settings_saved == 0

    dialog.municipality.setText("Norrby kommun")
    dialog.secrecy_marking.setText(MARKING)
    assert dialog.errors.message("municipality") == ""
    assert dialog.is_dirty()
    assert dialog.submit()
    assert minutes.settings == MinutesSettings("Norrby kommun", MARKING)
    assert not dialog.saved_note.isHidden()
    assert not dialog.is_dirty()
    assert dialog.submit()  # nothing changed: nothing stored again
    assert minutes.settings_saved == 1


def test_a_refusal_of_the_service_shows_under_its_field(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog, minutes = make_dialog(qtbot)

    def refuse(settings: MinutesSettings) -> MinutesSettings:
        raise ValidationError({"municipality": "Namnet är för långt."})

    monkeypatch.setattr(minutes, "set_minutes_settings", refuse)
    dialog.municipality.setText("Norrby kommun")
    assert not dialog.submit()
    assert dialog.errors.message("municipality") == "Namnet är för långt."
    assert dialog.is_dirty()


def test_only_changed_parts_are_stored(qtbot: QtBot) -> None:
    dialog, minutes = make_dialog(qtbot)
    consents = dialog._consents
    dialog.own_from.setValue(13)
    assert dialog.submit()
    assert consents.age_rules() == AgeRules(13, 18)
    assert minutes.settings_saved == 0  # the minutes settings were not touched


def test_lock_keeps_the_valid_part_and_drops_the_invalid_one(qtbot: QtBot) -> None:
    dialog, minutes = make_dialog(qtbot)
    consents = dialog._consents
    dialog.municipality.setText("Norrby kommun")
    dialog.own_from.setValue(25)  # above "only the young person": invalid
    assert dialog.commit_pending() is CommitOutcome.DISCARDED
    assert minutes.settings.municipality == "Norrby kommun"
    assert consents.age_rules() == AgeRules()

    dialog, minutes = make_dialog(qtbot)
    dialog.municipality.setText("")
    dialog.lead_days.setValue(45)
    assert dialog.commit_pending() is CommitOutcome.DISCARDED
    assert minutes.settings_saved == 0
    assert dialog._consents.consent_settings().expiry_lead_days == 45

    dialog, minutes = make_dialog(qtbot)
    dialog.secrecy_marking.setText(MARKING)
    assert dialog.commit_pending() is CommitOutcome.SAVED
    assert minutes.settings.secrecy_marking == MARKING


def test_the_main_window_hands_the_minutes_to_the_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    workspace = FakeWorkspace(tmp_path / "v.sspf")
    main = MainWindow(workspace)  # type: ignore[arg-type]
    qtbot.addWidget(main)
    dialog = main.casework.open_settings()
    dialog.municipality.setText("Norrby kommun")
    assert dialog.submit()
    assert workspace.minutes.settings.municipality == "Norrby kommun"
    dialog.done(0)
    main.shutdown()


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    opened, _recovery = create_workspace(tmp_path)
    yield opened
    opened.close(discard_unsaved=True)


def test_settings_reach_the_minutes_pdf_on_a_real_vault(qtbot: QtBot, workspace: Workspace) -> None:
    main = MainWindow(workspace, TaskRunner(synchronous=True))
    qtbot.addWidget(main)
    dialog = main.casework.open_settings()
    assert dialog.municipality.text() == "Kommunen"
    dialog.municipality.setText("")
    assert not dialog.submit()
    assert dialog.errors.message("municipality") == "Ange kommunens namn."
    dialog.municipality.setText("Norrby kommun")
    dialog.secrecy_marking.setText(MARKING)
    assert dialog.submit()
    dialog.done(0)
    assert workspace.minutes.minutes_settings() == MinutesSettings("Norrby kommun", MARKING)

    again = main.casework.open_settings()  # read back from the vault
    assert (again.municipality.text(), again.secrecy_marking.text()) == ("Norrby kommun", MARKING)
    again.done(0)
    meeting = workspace.meetings.create_meeting(meeting_input())
    text = flat(pdf_text(workspace.minutes.minutes_pdf(meeting.meeting.id, Audience())))
    assert flat("Norrby kommun") in text
    assert flat(MARKING) in text
    main.shutdown()
