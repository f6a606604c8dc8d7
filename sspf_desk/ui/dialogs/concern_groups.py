"""The two decision groups of the concern form: the orosanmälan checkpoint and the outcome.

Each group owns its fields, enables them as the chosen status allows, registers a message
label per field with the form's ``FieldErrors`` (names as in ``validate_concern``:
``report.<field>``, ``outcome``, ``outcome_on``, ``outcome_reason``) and emits ``changed``.
Disabled fields do not count: a report marked "not needed" carries no agency or dates.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.domain import CaseStatus, ConcernOutcome, ReportCheckpoint
from sspf_desk.domain import ReportStatus as Status
from sspf_desk.ui.pages.texts import enum_text
from sspf_desk.ui.widgets.date_field import DateField
from sspf_desk.ui.widgets.field_errors import FieldErrors, with_error_label

_REPORTED = (Status.MADE, Status.MADE_BY_OTHER)


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _radio_column(group: QButtonGroup, texts: list[tuple[str, str]]) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    for value, text in texts:
        button = QRadioButton(text)
        button.setObjectName(value)
        button.setAccessibleName(text.replace("&", ""))
        group.addButton(button)
        layout.addWidget(button)
    return box


def _checked_value(group: QButtonGroup) -> str:
    button = group.checkedButton()
    return button.objectName() if button is not None else ""


def _check(group: QButtonGroup, value: str) -> None:
    for button in group.buttons():
        if button.objectName() == value:
            button.setChecked(True)


class _Group(QGroupBox):
    """A group box with a form whose rows have message labels."""

    changed = Signal()

    def __init__(self, title: str, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.errors = errors
        self.fields: dict[str, QWidget] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

    def add_field(self, name: str, label: str, field: QWidget) -> None:
        """Add ``field`` with its label and message label, registered as ``name``."""
        box, error = with_error_label(field)
        caption = QLabel(label)
        caption.setBuddy(field)
        self.form.addRow(caption, box)
        self.errors.add(name, error)
        self.fields[name] = field

    def line_edit(self, accessible_name: str) -> QLineEdit:
        """A line edit that reports changes."""
        edit = QLineEdit()
        edit.setAccessibleName(accessible_name)
        edit.textChanged.connect(self.changed)
        return edit


class ReportGroup(_Group):
    """Does the concern call for an orosanmälan, and what was done about it."""

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Mandatory report to social services (orosanmälan)"), errors, parent
        )
        self.status = QButtonGroup(self)
        statuses = [(status.value, enum_text(status)) for status in Status]
        radios = _radio_column(self.status, statuses)
        self.status.buttonToggled.connect(self._status_toggled)
        self.agency = self.line_edit(self.tr("Agency that made the report"))
        self.reporter = self.line_edit(self.tr("Person who made the report"))
        self.reported_on = DateField(self.tr("Date of the report"))
        self.reported_on.changed.connect(self.changed)
        self.reference = self.line_edit(self.tr("Social services' reference"))
        self.feedback = QCheckBox(self.tr("Feedback received from social services"))
        self.feedback.setAccessibleName(self.tr("Feedback received"))
        self.feedback.toggled.connect(self._update_enabled)
        self.feedback.toggled.connect(self.changed)
        self.feedback_on = DateField(self.tr("Date of the feedback"))
        self.feedback_on.changed.connect(self.changed)
        self.add_field("report.status", self.tr("Answer"), radios)
        self.add_field("report.agency", self.tr("&Agency"), self.agency)
        self.add_field("report.reporter", self.tr("Re&ported by"), self.reporter)
        self.add_field("report.reported_on", self.tr("Report &date"), self.reported_on)
        self.add_field("report.reference", self.tr("Re&ference"), self.reference)
        self.add_field("report.feedback_received", "", self.feedback)
        self.add_field("report.feedback_on", self.tr("Feedback &date"), self.feedback_on)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _note(
                self.tr(
                    "SSPF consent never replaces a mandatory report. Reports go to social "
                    "services' own reception, not through SSPF Desk; record here what was done."
                )
            )
        )
        layout.addLayout(self.form)
        self.load(ReportCheckpoint())

    def load(self, report: ReportCheckpoint) -> None:
        """Show ``report``."""
        _check(self.status, report.status.value)
        self.agency.setText(report.agency)
        self.reporter.setText(report.reporter)
        self.reported_on.set_value(report.reported_on)
        self.reference.setText(report.reference)
        self.feedback.setChecked(report.feedback_received)
        self.feedback_on.set_value(report.feedback_on)
        self._update_enabled()

    def chosen_status(self) -> Status:
        """The status chosen (unanswered when none)."""
        value = _checked_value(self.status)
        return Status(value) if value else Status.UNANSWERED

    def value(self) -> ReportCheckpoint:
        """The checkpoint as entered; fields the status does not allow are left empty."""
        status = self.chosen_status()
        if status not in _REPORTED:
            return ReportCheckpoint(status=status)
        feedback = self.feedback.isChecked()
        return ReportCheckpoint(
            status=status,
            agency=self.agency.text(),
            reporter=self.reporter.text(),
            reported_on=self.reported_on.value(),
            reference=self.reference.text(),
            feedback_received=feedback,
            feedback_on=self.feedback_on.value() if feedback else None,
        )

    def problems(self) -> dict[str, str]:
        """Dates that cannot be read, by field name."""
        found: dict[str, str] = {}
        for name, field in (("reported_on", self.reported_on), ("feedback_on", self.feedback_on)):
            problem = field.problem()
            if problem is not None and field.isEnabled():
                found[f"report.{name}"] = problem
        return found

    def state(self) -> tuple[object, ...]:
        """What the user can change here (to tell whether the form is dirty)."""
        return (
            self.chosen_status(),
            self.agency.text(),
            self.reporter.text(),
            self.reported_on.edit.text(),
            self.reference.text(),
            self.feedback.isChecked(),
            self.feedback_on.edit.text(),
        )

    def _status_toggled(self, _button: object, checked: bool) -> None:
        if checked:
            self._update_enabled()
            self.changed.emit()

    def _update_enabled(self) -> None:
        reported = self.chosen_status() in _REPORTED
        for field in (self.agency, self.reporter, self.reported_on, self.reference, self.feedback):
            field.setEnabled(reported)
        self.feedback_on.setEnabled(reported and self.feedback.isChecked())


class OutcomeGroup(_Group):
    """The coordinator's decision: pending, SSPF case, not suitable or referred."""

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Decision"), errors, parent)
        self.outcome = QButtonGroup(self)
        texts = {
            ConcernOutcome.PENDING: self.tr("Not decided yet"),
            ConcernOutcome.SSPF_CASE: self.tr("Taken up as an SSPF case"),
            ConcernOutcome.NOT_SUITABLE: self.tr("Not suitable for SSPF"),
            ConcernOutcome.REFERRED: self.tr("Referred elsewhere"),
        }
        radios = _radio_column(self.outcome, [(o.value, texts[o]) for o in ConcernOutcome])
        self.outcome.buttonToggled.connect(self._outcome_toggled)
        self.decided_on = DateField(self.tr("Date of the decision"))
        self.decided_on.changed.connect(self.changed)
        self.reason = self.line_edit(self.tr("Reason for the decision"))
        self.reason.setPlaceholderText(
            self.tr("Short reason; required when not suitable or referred")
        )
        self.add_field("outcome", self.tr("Outcome"), radios)
        self.add_field("outcome_on", self.tr("Decided &on"), self.decided_on)
        self.add_field("outcome_reason", self.tr("&Reason"), self.reason)
        self.case_note = _note(
            self.tr(
                "Saving opens an SSPF case for the young person, starting in the status "
                "%1 (or links the case the young person already has open)."
            ).replace("%1", enum_text(CaseStatus.INTAKE))
        )
        self.locked_note = _note(
            self.tr("This concern has become an SSPF case; the decision can no longer be changed.")
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.case_note)
        layout.addWidget(self.locked_note)
        layout.addStretch(1)
        self._locked = False
        self._case_allowed = True
        self.locked_note.setVisible(False)
        _check(self.outcome, ConcernOutcome.PENDING.value)
        self._update_enabled()

    def chosen(self) -> ConcernOutcome:
        """The outcome chosen (pending when none)."""
        value = _checked_value(self.outcome)
        return ConcernOutcome(value) if value else ConcernOutcome.PENDING

    def load(self, outcome: ConcernOutcome, on: date | None, reason: str, *, locked: bool) -> None:
        """Show a stored decision; ``locked`` when the concern already became a case."""
        _check(self.outcome, outcome.value)
        self.decided_on.set_value(on)
        self.reason.setText(reason)
        self._locked = locked
        self.locked_note.setVisible(locked)
        self._update_enabled()

    def set_case_allowed(self, allowed: bool) -> None:
        """Offer "SSPF case" only at individual level (a case is about one young person)."""
        self._case_allowed = allowed
        self._update_enabled()

    def problems(self) -> dict[str, str]:
        """A decision date that cannot be read."""
        problem = self.decided_on.problem()
        if problem is not None and self.decided_on.isEnabled():
            return {"outcome_on": problem}
        return {}

    def state(self) -> tuple[object, ...]:
        """What the user can change here."""
        return (self.chosen(), self.decided_on.edit.text(), self.reason.text())

    def _outcome_toggled(self, _button: object, checked: bool) -> None:
        if checked:
            self._update_enabled()
            self.changed.emit()

    def _update_enabled(self) -> None:
        decided = self.chosen() is not ConcernOutcome.PENDING
        for button in self.outcome.buttons():
            is_case = button.objectName() == ConcernOutcome.SSPF_CASE.value
            button.setEnabled(not self._locked and (self._case_allowed or not is_case))
        self.decided_on.setEnabled(decided and not self._locked)
        self.reason.setEnabled(decided and not self._locked)
        self.case_note.setVisible(self.chosen() is ConcernOutcome.SSPF_CASE and not self._locked)
