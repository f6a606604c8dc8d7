"""Dialog to record or edit a bekymringssamtal (orossamtal), DOMAIN.md §3.

The form collects a ``ConcernTalkInput``: whom the talk is about (chosen with the person
search), when and where, who called it, the participants with their roles (filled in with
the young person and the guardians with custody as soon as the young person is chosen),
the reason, the mapping (risk and protective factors), the information given, the
agreements with who is responsible, a follow-up date, the orosanmälan checkpoint (the same
group as in the concern form) and the consent or legal ground. Messages from
``validate_concern_talk`` and from the service appear under their fields; messages about
one participant or agreement under its list, naming the row.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.domain import (
    Agreement,
    ConcernTalk,
    ConcernTalkInput,
    TalkParticipant,
    TalkRole,
    validate_concern_talk,
)
from sspf_desk.ui.dialogs.concern_groups import ReportGroup
from sspf_desk.ui.dialogs.form_dialog import FormDialog
from sspf_desk.ui.dialogs.talk_parts import LegalGroundGroup, agreements_model, participants_model
from sspf_desk.ui.pages.texts import day_text
from sspf_desk.ui.ports_concerns import PersonPickerPort
from sspf_desk.ui.ports_talks import TalkEditorPort
from sspf_desk.ui.widgets.date_field import DateField
from sspf_desk.ui.widgets.field_errors import with_error_label
from sspf_desk.ui.widgets.person_picker import PersonPicker
from sspf_desk.ui.widgets.row_list_editor import ListFieldErrors, RowListEditor

# Order in which fields get the focus when they have a problem.
_FOCUS_ORDER = (
    "young_person_id",
    "held_on",
    "place",
    "called_by",
    "participants",
    "follow_up_on",
    "reason",
    "risk_factors",
    "protective_factors",
    "information_given",
    "agreements",
)
_LISTS = ("participants", "agreements")


class _TextBox(QPlainTextEdit):
    """A text box that asks for four lines (it grows when the dialog has room)."""

    def sizeHint(self) -> QSize:
        """Four lines high."""
        lines = self.fontMetrics().lineSpacing() * 4
        return QSize(super().sizeHint().width(), lines + 2 * self.frameWidth() + 8)


def _text_box(accessible_name: str, placeholder: str) -> QPlainTextEdit:
    box = _TextBox()
    box.setAccessibleName(accessible_name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * 2 + 12)
    return box


class ConcernTalkEditor(FormDialog[ConcernTalkInput, ConcernTalk]):
    """Form for one bekymringssamtal; emits ``saved(ConcernTalk)`` after a successful save."""

    def __init__(
        self,
        talks: TalkEditorPort,
        persons: PersonPickerPort,
        existing: ConcernTalk | None = None,
        person_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self._store, parent)
        self._talks = talks
        self._existing = existing
        self._suggested: tuple[TalkParticipant, ...] = ()
        self.errors = errors = ListFieldErrors(self.errors.general)
        self._fields: dict[str, QWidget] = {}
        title = (
            self.tr("New concern conversation")
            if existing is None
            else self.tr("Concern conversation %1").replace("%1", day_text(existing.data.held_on))
        )
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.picker = PersonPicker(persons)
        self.participants = participants_model(self)
        self.agreements = agreements_model(self)
        errors.add_list("participants", self.participants)
        errors.add_list("agreements", self.agreements)
        self.report = ReportGroup(self.errors)
        self.legal = LegalGroundGroup(self.errors)
        self._build()
        self._load(existing, person_text)
        self.finish_layout()
        self._connect_changes()
        screen = self.screen().availableGeometry()
        self.resize(min(1180, screen.width()), min(900, screen.height()))

    # -- building ------------------------------------------------------------------------

    def _row(
        self, layout: QFormLayout | QVBoxLayout, name: str, label_text: str, field: QWidget
    ) -> None:
        """A field with its label and message; in a column the label goes above it."""
        box, error = with_error_label(field)
        label = QLabel(label_text)
        label.setBuddy(field)
        if isinstance(layout, QFormLayout):
            layout.addRow(label, box)
        else:
            layout.addWidget(label)
            layout.addWidget(box, 1)  # the column's free height goes to its fields
        self.errors.add(name, error)
        self._fields[name] = field
        self.rows[name] = (label, box)

    def _line(self, accessible_name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(accessible_name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _build(self) -> None:
        left = QFormLayout()
        left.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(left, "young_person_id", self.tr("Young &person"), self.picker)
        self.held_on = DateField(self.tr("Date of the talk"))
        self._row(left, "held_on", self.tr("&Date"), self.held_on)
        self.place = self._line(self.tr("Place"), self.tr("e.g. the police station, the school"))
        self._row(left, "place", self.tr("P&lace"), self.place)
        self.called_by = self._line(
            self.tr("Called by"), self.tr("Who invited, e.g. the community police officer")
        )
        self._row(left, "called_by", self.tr("Called &by"), self.called_by)
        self.participant_list = RowListEditor(
            self.participants,
            self.tr("Participants"),
            lambda: TalkParticipant("", TalkRole.OTHER),
            self.tr("&Add participant"),
            self.tr("Remove participant"),
            visible_rows=4,
        )
        self.suggest_button = QPushButton(self.tr("Add the young person and &guardians"))
        self.suggest_button.setAccessibleName(
            self.tr("Add the young person and the guardians with custody")
        )
        self.suggest_button.clicked.connect(self.add_suggested)
        self.participant_list.buttons.insertWidget(2, self.suggest_button)
        self._row(left, "participants", self.tr("Par&ticipants"), self.participant_list)
        self.follow_up = DateField(self.tr("Follow-up date"))
        self._row(left, "follow_up_on", self.tr("&Follow-up"), self.follow_up)
        first = QVBoxLayout()
        first.addLayout(left, 1)
        first.addWidget(self.report)
        second = QVBoxLayout()
        second.addLayout(self._build_texts(), 1)
        second.addWidget(self.legal)
        content = QWidget()
        columns = QHBoxLayout(content)
        columns.addLayout(first, 1)
        columns.addLayout(second, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        scroll.setAccessibleName(self.tr("The talk's fields"))
        self.body.addWidget(scroll, 1)
        self._fields.update(self.report.fields)
        self._fields.update(self.legal.fields)

    def _build_texts(self) -> QVBoxLayout:
        """Reason, the mapping, the information given, the agreements."""
        right = QVBoxLayout()
        right.setSpacing(4)
        self.reason = _text_box(
            self.tr("Reason for the talk"),
            self.tr("The concern or incident that led to the talk."),
        )
        self._row(right, "reason", self.tr("R&eason"), self.reason)
        self.risk_factors = _text_box(
            self.tr("Risk factors"), self.tr("Mapping: family, school, leisure, friends.")
        )
        self._row(right, "risk_factors", self.tr("Ris&k factors"), self.risk_factors)
        self.protective_factors = _text_box(
            self.tr("Protective factors"), self.tr("Strengths and what works well.")
        )
        self._row(
            right, "protective_factors", self.tr("Pr&otective factors"), self.protective_factors
        )
        self.information_given = _text_box(
            self.tr("Information given"),
            self.tr("e.g. about the consequences of crime, support that is available."),
        )
        self._row(right, "information_given", self.tr("&Information given"), self.information_given)
        self.agreement_list = RowListEditor(
            self.agreements,
            self.tr("Agreements"),
            lambda: Agreement("", ""),
            self.tr("Add a&greement"),
            self.tr("Remove agreement"),
            visible_rows=3,
        )
        self._row(right, "agreements", self.tr("Agree&ments"), self.agreement_list)
        return right

    def _connect_changes(self) -> None:
        for edit in (self.place, self.called_by):
            edit.textChanged.connect(self._revalidate)
        for box in (self.reason, self.risk_factors, self.protective_factors):
            box.textChanged.connect(self._revalidate)
        self.information_given.textChanged.connect(self._revalidate)
        for field in (self.held_on, self.follow_up):
            field.changed.connect(self._revalidate)
        for model in (self.participants, self.agreements):
            model.rows_changed.connect(self._revalidate)
        self.report.changed.connect(self._revalidate)
        self.legal.changed.connect(self._revalidate)
        self.picker.changed.connect(self._person_changed)

    def _load(self, existing: ConcernTalk | None, person_text: str) -> None:
        if existing is None:
            self.held_on.set_value(date.today())
            return
        data = existing.to_input()
        self.picker.set_person(data.young_person_id, person_text)
        self.held_on.set_value(data.held_on)
        self.place.setText(data.place)
        self.called_by.setText(data.called_by)
        self.participants.set_rows(data.participants)
        self.reason.setPlainText(data.reason)
        self.risk_factors.setPlainText(data.risk_factors)
        self.protective_factors.setPlainText(data.protective_factors)
        self.information_given.setPlainText(data.information_given)
        self.agreements.set_rows(data.agreements)
        self.follow_up.set_value(data.follow_up_on)
        self.report.load(data.report)
        self.legal.load(data.legal_ground, data.consent_reference)

    # -- participants ------------------------------------------------------------------------

    def _person_changed(self) -> None:
        """A new talk: fill in the young person and guardians unless the list was edited."""
        self._revalidate()
        person_id = self.picker.person_id()
        if person_id is None or self._existing is not None:
            return
        current = self.participants.rows()
        if current and current != self._suggested:
            return  # the user's own list stays
        self._suggested = self._talks.suggested_participants(person_id)
        self.participants.set_rows(self._suggested)

    def add_suggested(self) -> None:
        """Add the young person and the guardians with custody who are not listed yet."""
        person_id = self.picker.person_id()
        if person_id is None:
            self.errors.show({"young_person_id": self.tr("Choose the young person first.")})
            self.picker.setFocus()
            return
        listed = {(p.name, p.role) for p in self.participants.rows()}
        for participant in self._talks.suggested_participants(person_id):
            if (participant.name, participant.role) not in listed:
                self.participants.add_row(participant)

    # -- collecting ------------------------------------------------------------------------

    def _state(self) -> tuple[object, ...]:
        return (
            self.picker.person_id(),
            self.held_on.edit.text(),
            self.place.text(),
            self.called_by.text(),
            self.participants.rows(),
            self.reason.toPlainText(),
            self.risk_factors.toPlainText(),
            self.protective_factors.toPlainText(),
            self.information_given.toPlainText(),
            self.agreements.rows(),
            self.follow_up.edit.text(),
            *self.report.state(),
            *self.legal.state(),
        )

    def collect(self) -> tuple[ConcernTalkInput, dict[str, str]]:
        """Return the input from the form and the problems the form and the rules see.

        Whether a guardian must take part depends on the young person's age on the day;
        the service knows the birth date and says so on Save.
        """
        problems: dict[str, str] = dict(self.report.problems())
        held = self.held_on.value()
        held_problem = self.held_on.problem()
        if held_problem is not None:
            problems["held_on"] = held_problem
        elif held is None:
            problems["held_on"] = self.tr("Enter the date of the talk.")
        follow_problem = self.follow_up.problem()
        if follow_problem is not None:
            problems["follow_up_on"] = follow_problem
        data = ConcernTalkInput(
            young_person_id=self.picker.person_id() or "",
            held_on=held or date.today(),
            place=self.place.text(),
            called_by=self.called_by.text(),
            participants=self.participants.rows(),
            reason=self.reason.toPlainText(),
            risk_factors=self.risk_factors.toPlainText(),
            protective_factors=self.protective_factors.toPlainText(),
            information_given=self.information_given.toPlainText(),
            agreements=self.agreements.rows(),
            follow_up_on=self.follow_up.value(),
            report=self.report.value(),
            legal_ground=self.legal.chosen(),
            consent_reference=self.legal.consent_reference(),
            meeting_id=self._existing.data.meeting_id if self._existing is not None else None,
        )
        rules = validate_concern_talk(data, today=date.today(), young_person_is_minor=False)
        return data, {**rules, **problems}

    def _reveal(self, problems: dict[str, str]) -> None:
        for name in (*_FOCUS_ORDER, *self.report.fields, *self.legal.fields):
            if name in self._fields and (
                name in problems or any(key.startswith(f"{name}.") for key in problems)
            ):
                self._fields[name].setFocus()
                if name in _LISTS:
                    self._select_problem_row(name, problems)
                return

    def _select_problem_row(self, name: str, problems: dict[str, str]) -> None:
        rows = sorted(
            int(key.split(".")[1])
            for key in problems
            if key.startswith(f"{name}.") and key.split(".")[1].isdigit()
        )
        editor = self.participant_list if name == "participants" else self.agreement_list
        if rows and rows[0] < editor.model.rowCount():
            editor.select_row(rows[0])

    # -- saving ----------------------------------------------------------------------------

    def _store(self, data: ConcernTalkInput) -> ConcernTalk:
        """Create the talk, or update it once it exists."""
        if self._existing is None:
            stored = self._talks.create_talk(data)
        else:
            stored = self._talks.update_talk(self._existing.id, data)
        self._existing = stored
        return stored

    @property
    def talk_id(self) -> str | None:
        """The id of the talk once it exists (set by the first successful save)."""
        return self._existing.id if self._existing is not None else None
