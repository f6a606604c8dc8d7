"""Every focusable control has an accessible name, and Tab moves through forms in order."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from sspf_desk.domain import YoungPersonInput
from sspf_desk.ui.dialogs.person_editor import PersonEditor
from sspf_desk.ui.dialogs.recovery_key import RecoveryKeyDialog
from sspf_desk.ui.dialogs.related_person_editor import RelatedPersonEditor
from sspf_desk.ui.dialogs.set_passphrase import SetPassphraseDialog
from sspf_desk.ui.dialogs.settings_dialog import SettingsDialog
from sspf_desk.ui.main_window import MainWindow
from sspf_desk.ui.settings import Settings
from sspf_desk.ui.tasks import TaskRunner
from sspf_desk.ui.unlock_window import UnlockWindow, VaultAccess
from sspf_desk.ui.widgets.related_persons import RelatedPersonsPanel
from tests.ui.fakes import FakeAccess, FakeWorkspace, stored_person, stored_related


def unnamed_controls(window: QWidget) -> list[str]:
    """Describe focusable, visible controls that a screen reader could not name."""
    missing = []
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QTabBar) or not widget.isVisibleTo(window):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text):
            missing.append(f"{type(widget).__name__} {widget.objectName()}")
    return missing


def tab_chain(start: QWidget, steps: int) -> list[QWidget]:
    """Follow the focus chain from ``start`` over focusable, visible widgets."""
    chain = [start]
    widget = start
    while len(chain) < steps:
        widget = widget.nextInFocusChain()
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisibleTo(start.window())
            and widget.isEnabled()
        ):
            chain.append(widget)
    return chain


def test_unlock_window_controls_are_named(qtbot: QtBot, tmp_path: Path) -> None:
    access = FakeAccess()
    window = UnlockWindow(
        VaultAccess(open=access.open, create=access.create),  # type: ignore[arg-type]
        TaskRunner(synchronous=True),
        recent=[str(tmp_path / "a.sspf")],
    )
    qtbot.addWidget(window)
    window.show()
    assert unnamed_controls(window) == []
    window.tabs.setCurrentWidget(window.create_form)
    assert unnamed_controls(window) == []


def test_main_window_controls_are_named(qtbot: QtBot, tmp_path: Path) -> None:
    main = MainWindow(FakeWorkspace(tmp_path / "v.sspf"))  # type: ignore[arg-type]
    qtbot.addWidget(main)
    main.show()
    assert unnamed_controls(main) == []
    main.shutdown()


def test_dialogs_controls_are_named(qtbot: QtBot, tmp_path: Path) -> None:
    workspace = FakeWorkspace(tmp_path / "v.sspf")
    young = workspace.persons.create_young_person(
        YoungPersonInput(first_name="Kim", last_name="Berg", birth_date=date(2011, 1, 1))
    )
    panel = RelatedPersonsPanel(workspace.persons, young.id)  # type: ignore[arg-type]
    dialogs: list[QWidget] = [
        PersonEditor(stored_person, extra=panel),
        RelatedPersonEditor(lambda data: stored_related(data.person)),
        RecoveryKeyDialog("ABCD-EFGH", pdf_writer=lambda _path: None, replaced=True),
        SetPassphraseDialog(
            workspace.users,  # type: ignore[arg-type]
            workspace.users.list_users(),
            TaskRunner(synchronous=True),
            after_recovery=True,
        ),
        SettingsDialog(Settings(tmp_path / "config")),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert unnamed_controls(dialog) == [], type(dialog).__name__


def test_person_editor_tab_order_follows_the_form(qtbot: QtBot) -> None:
    editor = PersonEditor(stored_person)
    qtbot.addWidget(editor)
    editor.show()
    chain = tab_chain(editor.edit("first_name"), 12)
    names = [w.objectName() or w.accessibleName() for w in chain]
    assert names == [
        "first_name",
        "last_name",
        "Protected identity",
        "id_number",
        "birth_date",
        "Gender",
        "school",
        "school_class",
        "area",
        "home_municipality",
        "interpreter_language",
        names[11],
    ]
    assert isinstance(chain[11], QAbstractButton)  # then the Save / Cancel buttons
