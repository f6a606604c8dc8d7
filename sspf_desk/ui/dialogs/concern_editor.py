"""Dialog to take in or edit a concern (orosignal).

The form collects a ``ConcernInput``: when it came in and from where, the level
(individual: a young person chosen with a search field or added on the spot; selective:
an area and a group description, with no person fields and a visible reminder that no
personal data may be written), risk categories, the observation (facts) apart from the
assessment, urgency, the orosanmälan checkpoint and the decision. Messages from the domain
rules and from the service's ``ValidationError`` appear next to their fields. Choosing
"taken up as an SSPF case" saves the concern and then calls ``set_outcome``, which opens
(or links) the case; the result says so (see ``concern_saver``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from sspf_desk.domain import (
    NO_PERSONAL_DATA,
    Concern,
    ConcernInput,
    ConcernLevel,
    ConcernOutcome,
    RiskCategory,
    Sector,
    Urgency,
    validate_concern,
)
from sspf_desk.ui.dialogs.concern_groups import OutcomeGroup, ReportGroup
from sspf_desk.ui.dialogs.concern_saver import ConcernSaved, ConcernSaver
from sspf_desk.ui.dialogs.form_dialog import FormDialog
from sspf_desk.ui.models.risk_choice_model import RiskChoiceModel
from sspf_desk.ui.pages.texts import day_text, enum_text
from sspf_desk.ui.ports_concerns import ConcernsPort, PersonPickerPort
from sspf_desk.ui.widgets.date_field import DateField
from sspf_desk.ui.widgets.field_errors import with_error_label
from sspf_desk.ui.widgets.person_picker import PersonPicker

NOTE_STYLE = "color: #7a4a00; font-weight: bold;"
# Fields shown only at one level.
_INDIVIDUAL_ONLY = ("young_person_id",)
_SELECTIVE_ONLY = ("group_description",)
# Order in which fields get the focus when they have a problem.
_FOCUS_ORDER = (
    "received_on",
    "source_sector",
    "reporter_role",
    "urgency",
    "young_person_id",
    "area",
    "group_description",
    "risk_codes",
    "observation",
    "assessment",
)


def _text_box(accessible_name: str, placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(accessible_name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(110)
    return box


class ConcernEditor(FormDialog[ConcernInput, ConcernSaved]):
    """Form for one concern; emits ``saved(ConcernSaved)`` after a successful save."""

    def __init__(
        self,
        concerns: ConcernsPort,
        persons: PersonPickerPort,
        categories: Sequence[RiskCategory],
        existing: Concern | None = None,
        person_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        self._saver = ConcernSaver(concerns, existing)
        super().__init__(self._saver, parent)
        self._fields: dict[str, QWidget] = {}
        title = (
            self.tr("New concern")
            if existing is None
            else self.tr("Concern received %1").replace("%1", day_text(existing.received_on))
        )
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.picker = PersonPicker(persons)
        self.risks = RiskChoiceModel(self)
        self.report = ReportGroup(self.errors)
        self.outcome = OutcomeGroup(self.errors)
        self._build()
        self.risks.set_categories(categories, existing.risk_codes if existing else ())
        self._load(existing, person_text)
        self.finish_layout()
        self._connect_changes()
        self.resize(1040, 860)

    # -- building ------------------------------------------------------------------------

    def _row(self, form: QFormLayout, name: str, label_text: str, field: QWidget) -> None:
        box, error = with_error_label(field)
        label = QLabel(label_text)
        label.setBuddy(field)
        form.addRow(label, box)
        self.errors.add(name, error)
        self._fields[name] = field
        self.rows[name] = (label, box)

    def _build(self) -> None:
        self.left = left = QFormLayout()
        left.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.received = DateField(self.tr("Date received"))
        self._row(left, "received_on", self.tr("&Received"), self.received)
        self.sector = QComboBox()
        self.sector.setAccessibleName(self.tr("Source sector"))
        for sector in Sector:
            self.sector.addItem(enum_text(sector), sector.value)
        self._row(left, "source_sector", self.tr("&From sector"), self.sector)
        self.role = QLineEdit()
        self.role.setAccessibleName(self.tr("Reporter's role"))
        self.role.setPlaceholderText(self.tr("e.g. mentor, school counsellor, field worker"))
        self._row(left, "reporter_role", self.tr("Reporter's r&ole"), self.role)
        self.urgency = QComboBox()
        self.urgency.setAccessibleName(self.tr("Urgency"))
        for urgency in Urgency:
            self.urgency.addItem(enum_text(urgency), urgency.value)
        self._row(left, "urgency", self.tr("&Urgency"), self.urgency)
        self._build_subject(left)
        right = self._build_texts()
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        groups = QHBoxLayout()
        groups.addWidget(self.report, 3)
        groups.addWidget(self.outcome, 2)
        self.body.addLayout(columns)
        self.body.addLayout(groups)
        self._fields.update(self.report.fields)
        self._fields.update(self.outcome.fields)

    def _build_subject(self, left: QFormLayout) -> None:
        """Level, then the young person or the area and group, then the risk categories."""
        self.level = QButtonGroup(self)
        levels = QWidget()
        level_row = QHBoxLayout(levels)
        level_row.setContentsMargins(0, 0, 0, 0)
        for level in ConcernLevel:
            button = QRadioButton(enum_text(level))
            button.setObjectName(level.value)
            button.setAccessibleName(enum_text(level))
            self.level.addButton(button)
            level_row.addWidget(button)
        level_row.addStretch(1)
        self._row(left, "level", self.tr("Level"), levels)
        self.no_personal_data = QLabel(
            self.tr(
                "Group and area level: write no personal data here – no names, identity "
                "numbers or anything else that points out a single person."
            )
        )
        self.no_personal_data.setWordWrap(True)
        self.no_personal_data.setStyleSheet(NOTE_STYLE)
        left.addRow("", self.no_personal_data)
        self._row(left, "young_person_id", self.tr("Young &person"), self.picker)
        self.area = QLineEdit()
        self.area.setAccessibleName(self.tr("Area or place"))
        self.area.setPlaceholderText(self.tr("e.g. the square in the town centre"))
        self._row(left, "area", self.tr("&Area or place"), self.area)
        self.group = QLineEdit()
        self.group.setAccessibleName(self.tr("Group description"))
        self.group.setPlaceholderText(self.tr("e.g. about ten young people, 14-16 years, evenings"))
        self._row(left, "group_description", self.tr("&Group"), self.group)
        self.risk_view = QListView()
        self.risk_view.setModel(self.risks)
        self.risk_view.setAccessibleName(self.tr("Risk categories"))
        self.risk_view.setMinimumHeight(150)
        self._row(left, "risk_codes", self.tr("Ris&k categories"), self.risk_view)

    def _build_texts(self) -> QFormLayout:
        """The observation and the assessment, each in its own box."""
        right = QFormLayout()
        right.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.observation = _text_box(
            self.tr("Observation (facts)"),
            self.tr("What was seen or heard, when and by whom (role) – facts only."),
        )
        self._row(right, "observation", self.tr("O&bservation (facts)"), self.observation)
        self.assessment = _text_box(
            self.tr("Assessment"),
            self.tr("The reporter's or your own assessment, kept apart from the facts."),
        )
        self._row(right, "assessment", self.tr("A&ssessment"), self.assessment)
        return right

    def _connect_changes(self) -> None:
        for edit in (self.role, self.area, self.group):
            edit.textChanged.connect(self._changed)
        for box in (self.observation, self.assessment):
            box.textChanged.connect(self._changed)
        for combo in (self.sector, self.urgency):
            combo.currentIndexChanged.connect(self._changed)
        self.received.changed.connect(self._changed)
        self.picker.changed.connect(self._changed)
        self.risks.checked_changed.connect(self._changed)
        self.report.changed.connect(self._changed)
        self.outcome.changed.connect(self._changed)
        self.level.buttonToggled.connect(self._level_toggled)

    def _load(self, existing: Concern | None, person_text: str) -> None:
        data = existing.to_input() if existing is not None else None
        self.received.set_value(data.received_on if data else date.today())
        sector = data.source_sector if data else Sector.SCHOOL
        self.sector.setCurrentIndex(max(self.sector.findData(sector.value), 0))
        self.urgency.setCurrentIndex(
            max(self.urgency.findData((data.urgency if data else Urgency.NORMAL).value), 0)
        )
        self._choose_level(data.level if data else ConcernLevel.INDIVIDUAL)
        if data is not None:
            self.role.setText(data.reporter_role)
            self.area.setText(data.area)
            self.group.setText(data.group_description)
            self.observation.setPlainText(data.observation)
            self.assessment.setPlainText(data.assessment)
            self.picker.set_person(data.young_person_id, person_text)
            self.report.load(data.report)
        locked = existing is not None and existing.case_id is not None
        self.outcome.load(
            data.outcome if data else ConcernOutcome.PENDING,
            data.outcome_on if data else None,
            data.outcome_reason if data else "",
            locked=locked,
        )
        self.picker.setEnabled(not locked)
        self._apply_level()

    # -- level -----------------------------------------------------------------------------

    def chosen_level(self) -> ConcernLevel:
        """The level chosen in the form."""
        button = self.level.checkedButton()
        return ConcernLevel(button.objectName()) if button else ConcernLevel.INDIVIDUAL

    def _choose_level(self, level: ConcernLevel) -> None:
        for button in self.level.buttons():
            button.setChecked(button.objectName() == level.value)

    def set_level(self, level: ConcernLevel) -> None:
        """Switch the form to ``level`` (as clicking its radio button does)."""
        self._choose_level(level)

    def _level_toggled(self, _button: object, checked: bool) -> None:
        if checked:
            self._apply_level()
            self._changed()

    def _apply_level(self) -> None:
        selective = self.chosen_level() is ConcernLevel.SELECTIVE
        for name in _INDIVIDUAL_ONLY:
            self.left.setRowVisible(self.rows[name][1], not selective)
        for name in _SELECTIVE_ONLY:
            self.left.setRowVisible(self.rows[name][1], selective)
        self.left.setRowVisible(self.no_personal_data, selective)
        self.outcome.set_case_allowed(not selective)

    # -- collecting ------------------------------------------------------------------------

    def _state(self) -> tuple[object, ...]:
        return (
            self.received.edit.text(),
            self.sector.currentData(),
            self.role.text(),
            self.urgency.currentData(),
            self.chosen_level(),
            self.picker.person_id(),
            self.area.text(),
            self.group.text(),
            self.risks.checked_codes(),
            self.observation.toPlainText(),
            self.assessment.toPlainText(),
            *self.report.state(),
            *self.outcome.state(),
        )

    def collect(self) -> tuple[ConcernInput, dict[str, str]]:
        """Return the input from the form and the problems the form and the rules see."""
        problems: dict[str, str] = {**self.report.problems(), **self.outcome.problems()}
        received = self.received.value()
        date_problem = self.received.problem()
        if date_problem is not None:
            problems["received_on"] = date_problem
        elif received is None:
            problems["received_on"] = self.tr("Enter the date the concern came in.")
        selective = self.chosen_level() is ConcernLevel.SELECTIVE
        outcome = self.outcome.chosen()
        decided = outcome is not ConcernOutcome.PENDING
        data = ConcernInput(
            received_on=received or date.today(),
            source_sector=Sector(self.sector.currentData() or Sector.OTHER.value),
            reporter_role=self.role.text(),
            level=self.chosen_level(),
            young_person_id=None if selective else self.picker.person_id(),
            area=self.area.text(),
            group_description=self.group.text() if selective else "",
            risk_codes=self.risks.checked_codes(),
            observation=self.observation.toPlainText(),
            assessment=self.assessment.toPlainText(),
            urgency=Urgency(self.urgency.currentData() or Urgency.NORMAL.value),
            report=self.report.value(),
            outcome=outcome,
            outcome_on=self.outcome.decided_on.value() if decided else None,
            outcome_reason=self.outcome.reason.text() if decided else "",
        )
        rules = validate_concern(
            data, today=date.today(), known_risk_codes=self.risks.offered_codes()
        )
        return data, {**rules, **problems}

    def _changed(self) -> None:
        """Re-check after a change; before the first Save only the personal-data rule shows."""
        if self._validate_live:
            self._revalidate()
            return
        problems = self.collect()[1]
        self.errors.show(
            {name: text for name, text in problems.items() if text == NO_PERSONAL_DATA}
        )

    def _reveal(self, problems: dict[str, str]) -> None:
        for name in (*_FOCUS_ORDER, *self.report.fields, *self.outcome.fields):
            if name in problems and name in self._fields:
                self._fields[name].setFocus()
                return

    # -- saving ----------------------------------------------------------------------------

    @property
    def concern_id(self) -> str | None:
        """The id of the concern once it exists (set by the first successful save)."""
        return self._saver.concern_id
