"""The chosen agenda item during the meeting: notes, decisions (beslut), actions, follow-up.

Everything typed here is a draft of the item until "Save item" (or before a lock, or when
another item is chosen) sends it with ``MeetingsPort.update_item``. Actions are added and
changed in the action-plan form (``ActionItemEditor``); when the item is about a young
person with an open case, the service puts them into the case's action plan. Changing how
an item about a young person is shown (named, anonymised, left out) runs the consent gate
again; a block opens ``GateChoiceDialog``. Messages from the rules and the service appear
under the part they concern. Locked minutes show the item read-only.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.domain import AgendaItem, ItemVisibility, validate_agenda_item
from sspf_desk.domain.agenda import GateOption
from sspf_desk.errors import KnownError, ValidationError
from sspf_desk.services.meeting_rows import GateBlockedError, GatedItem
from sspf_desk.ui.dialogs.meeting_gate import GateChoiceDialog, as_option
from sspf_desk.ui.dialogs.meeting_item_lists import ActionList, DecisionList
from sspf_desk.ui.lock import CommitOutcome
from sspf_desk.ui.messages import error_text
from sspf_desk.ui.models.meeting_agenda_model import item_heading
from sspf_desk.ui.pages.texts import enum_text
from sspf_desk.ui.ports_meetings import MeetingsPort
from sspf_desk.ui.widgets.date_field import DateField
from sspf_desk.ui.widgets.field_errors import ErrorLabel, FieldErrors, with_error_label

NOTE_STYLE = "color: #8a0012;"


def grouped_errors(errors: dict[str, str], decision: str, action: str) -> dict[str, str]:
    """Fold ``decisions.<i>`` and ``actions.<i>.<field>`` messages into one per list.

    ``decision`` and ``action`` are prefixes with ``%1`` for the row number (from 1).
    """
    grouped: dict[str, list[str]] = {}
    plain: dict[str, str] = {}
    for name, text in errors.items():
        head, _, rest = name.partition(".")
        if head in ("decisions", "actions") and rest:
            number = str(int(rest.partition(".")[0]) + 1)
            prefix = (decision if head == "decisions" else action).replace("%1", number)
            grouped.setdefault(head, []).append(f"{prefix}: {text}")
        else:
            plain[name] = text
    return {**plain, **{name: " ".join(texts) for name, texts in grouped.items()}}


class ItemPanel(QGroupBox):
    """Editor of one agenda item; emits ``saved(GatedItem)`` after a save."""

    saved = Signal(object)

    def __init__(self, meetings: MeetingsPort, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Agenda item"), parent)
        self._meetings = meetings
        self._row: GatedItem | None = None
        self._locked = True
        self._snapshot: tuple[object, ...] = ()
        self.gate_dialog: GateChoiceDialog | None = None
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.errors = FieldErrors(ErrorLabel(self.message, self))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.person = QLabel()
        self.person.setWordWrap(True)
        self.person.setTextFormat(Qt.TextFormat.PlainText)
        self.gate_note = QLabel()
        self.gate_note.setWordWrap(True)
        self.gate_note.setTextFormat(Qt.TextFormat.PlainText)
        self.gate_note.setStyleSheet(NOTE_STYLE)
        self._build_fields()
        self._build_lists()
        self.save_button = QPushButton(self.tr("&Save item"))
        self.save_button.setAccessibleName(self.tr("Save the agenda item"))
        self.save_button.clicked.connect(self.save)
        self._layout()
        self.show_item(None, locked=True)

    def _build_fields(self) -> None:
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Item title"))
        self.visibility = QComboBox()
        self.visibility.setAccessibleName(self.tr("How the young person is shown"))
        for visibility in ItemVisibility:
            self.visibility.addItem(enum_text(visibility), visibility.value)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(
            self.tr("Background and what was said (no facts about others)")
        )
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(90)
        self.follow_up = DateField(self.tr("Follow up again on"))
        self.title_edit.textChanged.connect(self._changed)
        self.visibility.currentIndexChanged.connect(self._changed)
        self.notes.textChanged.connect(self._changed)
        self.follow_up.changed.connect(self._changed)

    def _build_lists(self) -> None:
        self.decisions = DecisionList()
        self.decisions.changed.connect(self._changed)
        self.action_list = ActionList()
        self.action_list.changed.connect(self._changed)

    def _with_errors(self, name: str, field: QWidget) -> QWidget:
        box, error = with_error_label(field)
        self.errors.add(name, error)
        return box

    def _labelled(self, layout: QVBoxLayout, text: str, field: QWidget, name: str) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        layout.addWidget(label)
        layout.addWidget(self._with_errors(name, field))

    def _layout(self) -> None:
        self.form = form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, name, field in (
            (self.tr("T&itle"), "title", self.title_edit),
            (self.tr("Sho&wn as"), "visibility", self.visibility),
            (self.tr("&Follow up on"), "follow_up_on", self.follow_up),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            box = self._with_errors(name, field)
            form.addRow(label, box)
            if field is self.visibility:
                self._visibility_row = box
        layout = QVBoxLayout(self)
        layout.setContentsMargins(9, 9, 16, 9)  # clear of the scroll bar
        layout.addWidget(self.heading)
        layout.addWidget(self._with_errors("young_person_id", self.person))
        layout.addWidget(self.gate_note)
        layout.addLayout(form)
        self._labelled(layout, self.tr("&Notes"), self.notes, "notes")
        self._labelled(layout, self.tr("Decisions (&beslut)"), self.decisions, "decisions")
        self._labelled(layout, self.tr("Actions (åtgärder)"), self.action_list, "actions")
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        layout.addWidget(self.errors.general)
        layout.addLayout(save_row)

    # -- showing ---------------------------------------------------------------------------

    @property
    def item_id(self) -> str | None:
        """The id of the item shown, if any."""
        return self._row.item.id if self._row is not None else None

    def show_item(self, row: GatedItem | None, *, locked: bool) -> None:
        """Show ``row`` (None: nothing chosen), read-only when ``locked``."""
        self._row, self._locked = row, locked
        item = row.item if row is not None else None
        self.heading.setText(item_heading(row) if row is not None else self.tr("No item chosen"))
        self.title_edit.setText(item.title if item else "")
        self.visibility.setCurrentIndex(
            max(self.visibility.findData(item.visibility if item else ItemVisibility.NAMED), 0)
        )
        self.notes.setPlainText(item.notes if item else "")
        self.decisions.set_decisions(item.decisions if item else ())
        self.action_list.set_actions(item.actions if item else ())
        self.follow_up.set_value(item.follow_up_on if item else None)
        self._show_person(row)
        self.errors.clear()
        self.mark_unchanged()
        self._apply_editable()

    def _show_person(self, row: GatedItem | None) -> None:
        item = row.item if row is not None else None
        if row is None or item is None or item.young_person_id is None:
            self.person.setText(self.tr("The item is about no single young person."))
            self.action_list.note.setText(self.tr("Actions are kept in the minutes."))
            self.gate_note.clear()
            self.gate_note.setVisible(False)
            return
        texts = {
            ItemVisibility.NAMED: self.tr("About %1, named in the minutes."),
            ItemVisibility.ANONYMISED: self.tr(
                "About %1 – discussed anonymised: the name and identifying details stay out "
                "of the notes and the minutes."
            ),
            ItemVisibility.EXCLUDED: self.tr("About %1 – left out: not discussed, in no minutes."),
        }
        self.person.setText(texts[item.visibility].replace("%1", row.young_person_name))
        self.action_list.note.setText(
            self.tr("Actions also go into the young person's action plan (open case).")
            if row.has_open_case
            else self.tr("The young person has no open case: actions stay in the minutes.")
        )
        blocked = item.is_named and not row.gate.allowed
        self.gate_note.setText(
            "\n".join(
                (self.tr("Not everyone present may receive this information:"), *row.gate.reasons)
            )
            if blocked
            else ""
        )
        self.gate_note.setVisible(blocked)

    def _apply_editable(self) -> None:
        editable = self._row is not None and not self._locked
        for edit in (self.title_edit, self.notes, self.follow_up.edit):
            edit.setReadOnly(not editable)
        self.follow_up.button.setEnabled(editable)
        has_person = self._row is not None and self._row.item.young_person_id is not None
        self.visibility.setEnabled(editable and has_person)
        self.form.setRowVisible(self._visibility_row, has_person)  # about nobody: no choice
        self.decisions.set_editable(editable)
        self.action_list.set_editable(editable)
        self._update_buttons()

    @property
    def editable(self) -> bool:
        """Whether an item is shown and may be changed."""
        return self._row is not None and not self._locked

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.editable and self.is_dirty())

    # -- draft -----------------------------------------------------------------------------

    def _state(self) -> tuple[object, ...]:
        return (
            self.title_edit.text(),
            self.visibility.currentData(),
            self.notes.toPlainText(),
            self.decisions.decisions(),
            self.action_list.action_inputs(),
            self.follow_up.edit.text(),
        )

    def mark_unchanged(self) -> None:
        """Take the shown input as unchanged."""
        self._snapshot = self._state()

    def is_dirty(self) -> bool:
        """Whether the shown item has unsaved changes."""
        return self._row is not None and self._state() != self._snapshot

    def _changed(self) -> None:
        self._update_buttons()

    def draft(self) -> tuple[AgendaItem | None, dict[str, str]]:
        """The item as typed, and the problems the form and the rules see."""
        if self._row is None:
            return None, {}
        problems: dict[str, str] = {}
        follow_problem = self.follow_up.problem()
        if follow_problem is not None:
            problems["follow_up_on"] = follow_problem
        item = replace(
            self._row.item,
            title=self.title_edit.text().strip(),
            visibility=ItemVisibility(self.visibility.currentData()),
            notes=self.notes.toPlainText().strip(),
            decisions=self.decisions.decisions(),
            actions=self.action_list.action_inputs(),
            follow_up_on=self.follow_up.value(),
        )
        return item, {**validate_agenda_item(item), **problems}

    def _show_errors(self, errors: dict[str, str]) -> None:
        self.errors.show(grouped_errors(errors, self.tr("Decision %1"), self.tr("Action %1")))

    # -- saving ----------------------------------------------------------------------------

    def save(self, option: GateOption | None = None) -> bool:
        """Send the draft to the service; False when there are problems or the gate asks."""
        item, problems = self.draft()
        if item is None or item.id is None or not self.editable:
            return False
        if problems:
            self._show_errors(problems)
            return False
        try:
            stored = self._meetings.update_item(item.id, item, on_blocked=option)
        except GateBlockedError as exc:
            self._show_errors(exc.errors)
            self._ask_gate(item, exc)
            return False
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return False
        except KnownError as exc:
            self.errors.show_general(error_text(exc))
            return False
        self.errors.clear()
        self.mark_unchanged()
        self._update_buttons()
        self.saved.emit(stored)
        return True

    def _ask_gate(self, item: AgendaItem, exc: GateBlockedError) -> None:
        row = self._row
        assert row is not None
        heading = item_heading(replace(row, item=replace(item, visibility=ItemVisibility.NAMED)))
        dialog = GateChoiceDialog(heading, exc.gate, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self._gate_chosen)
        self.gate_dialog = dialog
        dialog.open()

    def _gate_chosen(self, value: str) -> None:
        self.gate_dialog = None
        option = as_option(value)
        if option is not None:
            self.save(option)

    def commit_pending(self) -> CommitOutcome:
        """Before a lock: save a changed item if it can be saved as it stands."""
        if not self.is_dirty():
            return CommitOutcome.UNCHANGED
        return CommitOutcome.SAVED if self.save() else CommitOutcome.DISCARDED
