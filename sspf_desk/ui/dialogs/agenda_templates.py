"""Editor of the standing agendas (stående dagordningar), one tab per meeting type.

Each new meeting starts from its type's standing agenda. Here the coordinator adapts them
to the municipality: items (section, title, preset notes) can be added, removed, moved and
edited in place; Save stores every agenda at once through the planning service (a vault
setting, audited there); "Reset to standard" goes back to the built-in agenda of one type
(at once, after a question). Messages of the domain's validation appear under each list,
naming the row; the tab of the first problem is brought forward. Before a lock valid
changes are saved and invalid ones dropped, as in every form.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.domain import AgendaSection, AgendaTemplateItem, MeetingType
from sspf_desk.domain.agenda_templates import validate_agenda_templates
from sspf_desk.errors import KnownError, ValidationError
from sspf_desk.ui.lock import CommitOutcome
from sspf_desk.ui.messages import ask, error_text
from sspf_desk.ui.models.editable_rows import EditableRowsModel
from sspf_desk.ui.models.editable_rows import EditColumn as Column
from sspf_desk.ui.pages.texts import enum_text
from sspf_desk.ui.widgets.field_errors import ErrorLabel, with_error_label
from sspf_desk.ui.widgets.row_list_editor import ListFieldErrors, RowListEditor


class AgendaTemplatesPort(Protocol):
    """The planning service's calls for the standing agendas."""

    def agenda_templates(self) -> Mapping[MeetingType, tuple[AgendaTemplateItem, ...]]:
        """The standing agenda of every meeting type."""
        ...

    def set_agenda_templates(
        self, templates: Mapping[MeetingType, Sequence[AgendaTemplateItem]]
    ) -> None:
        """Store the standing agendas; raises ``ValidationError``."""
        ...

    def reset_agenda_template(self, meeting_type: MeetingType) -> None:
        """Go back to the built-in standing agenda of ``meeting_type``."""
        ...


def _items_model(parent: QWidget) -> EditableRowsModel[AgendaTemplateItem]:
    return EditableRowsModel(
        (
            Column(
                "section",
                lambda: QCoreApplication.translate("AgendaTemplatesDialog", "Section"),
                AgendaSection,
            ),
            Column("title", lambda: QCoreApplication.translate("AgendaTemplatesDialog", "Title")),
            Column(
                "notes",
                lambda: QCoreApplication.translate("AgendaTemplatesDialog", "Preset notes"),
            ),
        ),
        parent,
    )


class AgendaTemplatesDialog(QDialog):
    """The standing agenda of every meeting type; Save stores them all."""

    def __init__(self, planning: AgendaTemplatesPort, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._planning = planning
        self._discard_confirmed = False
        self._validate_live = False
        self._reset_type = MeetingType.OPERATIONAL_GROUP
        self.setWindowTitle(self.tr("Standing agendas"))
        self.setAccessibleName(self.windowTitle())
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Meeting types"))
        self.errors = ListFieldErrors(ErrorLabel(self.tabs, self))
        self.models: dict[MeetingType, EditableRowsModel[AgendaTemplateItem]] = {}
        self.lists: dict[MeetingType, RowListEditor[AgendaTemplateItem]] = {}
        self.reset_buttons: dict[MeetingType, QPushButton] = {}
        for meeting_type in MeetingType:
            self.tabs.addTab(self._page(meeting_type), enum_text(meeting_type))
        intro = QLabel(
            self.tr(
                "Every new meeting starts from the standing agenda of its type. Items about "
                "single young persons are added to each meeting, never here: write no names "
                "or identity numbers."
            )
        )
        intro.setWordWrap(True)
        self.saved_note = QLabel(self.tr("The standing agendas are saved."))
        self.saved_note.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Sa&ve"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.saved_note)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        self._load(planning.agenda_templates())
        screen = self.screen().availableGeometry()
        self.resize(min(1150, screen.width()), min(640, screen.height()))

    def _page(self, meeting_type: MeetingType) -> QWidget:
        model = _items_model(self)
        editor = RowListEditor(
            model,
            self.tr("Items of the standing agenda: %1").replace("%1", enum_text(meeting_type)),
            lambda: AgendaTemplateItem(AgendaSection.OTHER, ""),
            self.tr("&Add item"),
            self.tr("&Remove item"),
            movable=True,
        )
        reset = QPushButton(self.tr("Reset to &standard…"))
        reset.setAccessibleName(self.tr("Reset this agenda to the standard agenda"))
        reset.clicked.connect(lambda: self.ask_reset(meeting_type))
        editor.buttons.addWidget(reset)
        model.rows_changed.connect(self._changed)
        box, error = with_error_label(editor)
        self.errors.add(meeting_type.value, error)
        self.errors.add_list(meeting_type.value, model)
        self.models[meeting_type] = model
        self.lists[meeting_type] = editor
        self.reset_buttons[meeting_type] = reset
        return box

    def _load(self, templates: Mapping[MeetingType, Sequence[AgendaTemplateItem]]) -> None:
        for meeting_type, model in self.models.items():
            model.set_rows(templates.get(meeting_type, ()))
        self._saved = self._values()

    def _values(self) -> dict[MeetingType, tuple[AgendaTemplateItem, ...]]:
        return {kind: model.rows() for kind, model in self.models.items()}

    def is_dirty(self) -> bool:
        """Whether any agenda differs from what is stored."""
        return self._values() != self._saved

    def _changed(self) -> None:
        """Re-check after a change once Save was pressed (messages go as they are fixed)."""
        self.saved_note.setVisible(False)
        if self._validate_live:
            self.errors.show(validate_agenda_templates(self._values()))

    # -- saving ----------------------------------------------------------------------------

    def submit(self) -> bool:
        """Validate and store every agenda; messages appear under the lists."""
        self._validate_live = True
        values = self._values()
        problems = validate_agenda_templates(values)
        if not problems:
            try:
                self._planning.set_agenda_templates(values)
            except ValidationError as exc:
                problems = exc.errors
            except KnownError as exc:
                self.errors.show_general(error_text(exc))
                return False
            else:
                self._saved = values
                self.errors.clear()
                self.saved_note.setVisible(True)
                return True
        self.errors.show(problems)
        self._reveal(problems)
        return False

    def _reveal(self, problems: Mapping[str, str]) -> None:
        for position, kind in enumerate(MeetingType):
            if any(key == kind.value or key.startswith(f"{kind.value}.") for key in problems):
                self.tabs.setCurrentIndex(position)
                return

    def commit_pending(self) -> CommitOutcome:
        """Before a lock: store valid changed agendas, drop invalid ones (see ``ui.lock``)."""
        if not self.is_dirty():
            return CommitOutcome.UNCHANGED
        values = self._values()
        if validate_agenda_templates(values):
            return CommitOutcome.DISCARDED
        try:
            self._planning.set_agenda_templates(values)
        except KnownError:
            return CommitOutcome.DISCARDED
        self._saved = values
        return CommitOutcome.SAVED

    # -- reset -----------------------------------------------------------------------------

    def ask_reset(self, meeting_type: MeetingType) -> None:
        """Ask, then go back to the built-in agenda of ``meeting_type``."""
        self._reset_type = meeting_type
        box = ask(
            self,
            self.tr("Reset to standard"),
            self.tr(
                "Replace the standing agenda of %1 with the standard agenda? Your own items "
                "of this type are removed; meetings already planned keep their agendas."
            ).replace("%1", enum_text(meeting_type)),
            self.tr("&Reset"),
            self.tr("&Keep mine"),
        )
        box.accepted.connect(self._reset_confirmed)

    def _reset_confirmed(self) -> None:
        self.reset(self._reset_type)

    def reset(self, meeting_type: MeetingType) -> None:
        """Go back to the built-in agenda of ``meeting_type`` (stored at once)."""
        try:
            self._planning.reset_agenda_template(meeting_type)
            items = self._planning.agenda_templates()[meeting_type]
        except KnownError as exc:
            self.errors.show_general(error_text(exc))
            return
        self._saved[meeting_type] = items
        self.models[meeting_type].set_rows(items)

    # -- closing ---------------------------------------------------------------------------

    def reject(self) -> None:
        """Close; asks first when changed agendas are not saved."""
        if not self.is_dirty() or self._discard_confirmed:
            super().reject()
            return
        box = ask(
            self,
            self.tr("Unsaved changes"),
            self.tr("The changed standing agendas are not saved. Close without saving?"),
            self.tr("&Close without saving"),
            self.tr("&Keep editing"),
        )
        box.accepted.connect(self._discard)

    def _discard(self) -> None:
        self._discard_confirmed = True
        self.reject()
