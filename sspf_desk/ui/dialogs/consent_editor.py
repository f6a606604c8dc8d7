"""Dialog to record or change a consent (samtycke) given by one person.

The consenter is the young person or one of their related persons (a guardian's consent
is recorded per guardian). The scope is chosen with check boxes: the parties per sector,
each with an optional organisation (empty = the sector's whole SSPF representation), and
the information categories; then the purpose, the form and the period. A scan of the
signed form can be chosen here: it is read into memory and handed to the service with
the consent (never written anywhere unencrypted). Messages of the domain's
``validate_consent`` appear next to the fields they concern.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from sspf_desk.domain import (
    ConsenterRole,
    ConsentForm,
    ConsentInput,
    InformationCategory,
    Party,
    Relationship,
    Sector,
    validate_consent,
)
from sspf_desk.services.person_rows import RelatedPersonRow
from sspf_desk.ui.dialogs.form_dialog import FormDialog
from sspf_desk.ui.record.scan_files import ScanFile, choose_scan
from sspf_desk.ui.record.texts import date_placeholder, enum_label, format_day, read_day

#: The sectors a consent can name as parties, in display order.
PARTY_SECTORS = (
    Sector.SCHOOL,
    Sector.SOCIAL_SERVICES,
    Sector.POLICE,
    Sector.LEISURE,
    Sector.OTHER,
)


@dataclass(frozen=True)
class ConsentDraft:
    """What the form collects: the consent and, optionally, a scan of the signed form."""

    consent: ConsentInput
    scan: ScanFile | None = None


@dataclass(frozen=True)
class Consenter:
    """One choice in the consenter list."""

    role: ConsenterRole
    related_person_id: str | None
    text: str


def consenter_choices(
    young_person_name: str, related: Sequence[RelatedPersonRow]
) -> list[Consenter]:
    """The young person first, then each related person (guardians as guardians)."""
    young = Consenter(
        ConsenterRole.YOUNG_PERSON,
        None,
        f"{young_person_name} ({enum_label(ConsenterRole.YOUNG_PERSON).lower()})",
    )
    choices = [young]
    for row in related:
        is_guardian = row.relationship is Relationship.GUARDIAN
        role = ConsenterRole.GUARDIAN if is_guardian else ConsenterRole.OTHER
        detail = enum_label(row.custody_type) if is_guardian else enum_label(row.relationship)
        name = f"{row.first_name} {row.last_name}".strip()
        text = f"{name} ({enum_label(role).lower()}, {detail.lower()})"
        choices.append(Consenter(role, row.id, text))
    return choices


class ConsentEditor(FormDialog[ConsentDraft, object]):
    """Form for one consent; emits ``saved(result)`` after the service stored it."""

    def __init__(
        self,
        save: Callable[[ConsentDraft], object],
        young_person_id: str,
        consenters: Sequence[Consenter],
        initial: ConsentInput | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(save, parent)
        self._young_id = young_person_id
        self._today = today or date.today()
        self._consenters = list(consenters)
        self._scan: ScanFile | None = None
        self.setWindowTitle(self.tr("New consent") if initial is None else self.tr("Edit consent"))
        self.setMinimumWidth(640)
        self._build()
        self._load(initial or self._blank(), preselect=initial is not None)
        self.finish_layout()

    def _blank(self) -> ConsentInput:
        return ConsentInput(
            young_person_id=self._young_id,
            consenter_role=ConsenterRole.GUARDIAN,
            consenter_related_person_id=None,
            parties=(),
            categories=(),
            purpose="",
            form=ConsentForm.WRITTEN,
            valid_from=self._today,
            valid_to=None,
        )

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.consenter = QComboBox()
        self.consenter.setObjectName("consenter")
        self.consenter.setAccessibleName(self.tr("Who gives the consent"))
        self.consenter.addItem(self.tr("Choose who consents…"), -1)
        for position, choice in enumerate(self._consenters):
            self.consenter.addItem(choice.text, position)
        self.consenter.currentIndexChanged.connect(self._revalidate)
        self._labelled("consenter_related_person_id", self.tr("&Consent given by"), self.consenter)
        self._build_parties()
        self._build_categories()
        self.purpose = QPlainTextEdit()
        self.purpose.setObjectName("purpose")
        self.purpose.setAccessibleName(self.tr("Purpose"))
        self.purpose.setTabChangesFocus(True)
        self.purpose.setFixedHeight(70)
        self.purpose.setPlaceholderText(
            self.tr("For example: to plan support for school attendance and leisure together")
        )
        self.purpose.textChanged.connect(self._revalidate)
        self._labelled("purpose", self.tr("P&urpose"), self.purpose)
        self._build_form_choice()
        self.add_edit("valid_from", self.tr("Valid &from"), date_placeholder())
        self.add_edit(
            "valid_to", self.tr("Valid &to"), self.tr("Empty: until withdrawn")
        ).setMaximumWidth(220)
        self.edits["valid_from"].setMaximumWidth(220)
        self._build_scan_row()

    def _labelled(self, name: str, text: str, field: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        self.add_row(name, label, field)

    def _build_parties(self) -> None:
        box = QWidget()
        box.setAccessibleName(self.tr("Parties that may share information"))
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        self.party_checks: dict[Sector, QCheckBox] = {}
        self.party_orgs: dict[Sector, QLineEdit] = {}
        for row, sector in enumerate(PARTY_SECTORS):
            check = QCheckBox(enum_label(sector))
            check.setObjectName(f"party_{sector.value}")
            organisation = QLineEdit()
            organisation.setObjectName(f"organisation_{sector.value}")
            organisation.setPlaceholderText(self.tr("Organisation (empty: the whole sector)"))
            organisation.setAccessibleName(
                self.tr("Organisation within %1").replace("%1", enum_label(sector))
            )
            organisation.setEnabled(False)
            check.toggled.connect(organisation.setEnabled)
            check.toggled.connect(self._revalidate)
            organisation.textChanged.connect(self._revalidate)
            grid.addWidget(check, row, 0)
            grid.addWidget(organisation, row, 1)
            self.party_checks[sector] = check
            self.party_orgs[sector] = organisation
        grid.setColumnStretch(1, 1)
        self._labelled("parties", self.tr("Parties"), box)

    def _build_categories(self) -> None:
        box = QWidget()
        box.setAccessibleName(self.tr("Information covered"))
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.category_checks: dict[InformationCategory, QCheckBox] = {}
        for position, category in enumerate(InformationCategory):
            check = QCheckBox(enum_label(category))
            check.setObjectName(f"category_{category.value}")
            check.toggled.connect(self._revalidate)
            grid.addWidget(check, position % 4, position // 4)
            self.category_checks[category] = check
        self._labelled("categories", self.tr("Information"), box)

    def _build_form_choice(self) -> None:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.form_group = QButtonGroup(self)
        self.form_buttons: dict[ConsentForm, QRadioButton] = {}
        for form in ConsentForm:
            button = QRadioButton(enum_label(form))
            button.setObjectName(f"form_{form.value}")
            self.form_group.addButton(button)
            self.form_buttons[form] = button
            row.addWidget(button)
        row.addStretch(1)
        self._labelled("form", self.tr("Form"), box)

    def _build_scan_row(self) -> None:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.scan_label = QLabel(self.tr("None attached"))
        self.scan_button = QPushButton(self.tr("&Attach signed form…"))
        self.scan_button.setAccessibleName(self.tr("Attach a scan of the signed form"))
        self.scan_button.clicked.connect(self.choose_scan)
        row.addWidget(self.scan_label, 1)
        row.addWidget(self.scan_button)
        self._labelled("data", self.tr("Signed form"), box)

    # -- loading and collecting ------------------------------------------------------------

    def _load(self, data: ConsentInput, *, preselect: bool) -> None:
        for index, choice in enumerate(self._consenters):
            if (
                preselect
                and choice.role is data.consenter_role
                and choice.related_person_id == data.consenter_related_person_id
            ):
                self.consenter.setCurrentIndex(index + 1)
        for party in data.parties:
            if party.sector in self.party_checks:
                self.party_checks[party.sector].setChecked(True)
                self.party_orgs[party.sector].setText(party.organisation)
        for category in data.categories:
            self.category_checks[category].setChecked(True)
        self.purpose.setPlainText(data.purpose)
        self.form_buttons[data.form].setChecked(True)
        self.edits["valid_from"].setText(format_day(data.valid_from))
        self.edits["valid_to"].setText(format_day(data.valid_to))
        if data.signed_attachment_id is not None:
            self.scan_label.setText(self.tr("Attached; choosing a file replaces it"))

    def choose_scan(self) -> None:
        """Let the user pick the scanned form; its bytes are kept in memory only."""
        choose_scan(self, self.set_scan)

    def set_scan(self, scan: ScanFile) -> None:
        """Keep ``scan`` to be stored with the consent."""
        self._scan = scan
        self.scan_label.setText(scan.description())
        self._revalidate()

    def _chosen(self) -> Consenter | None:
        position = self.consenter.currentData()
        if isinstance(position, int) and 0 <= position < len(self._consenters):
            return self._consenters[position]
        return None

    def _parties(self) -> tuple[Party, ...]:
        return tuple(
            Party(sector, self.party_orgs[sector].text().strip())
            for sector, check in self.party_checks.items()
            if check.isChecked()
        )

    def _state(self) -> tuple[object, ...]:
        texts = tuple(edit.text() for edit in self.edits.values())
        return (
            *texts,
            self.consenter.currentIndex(),
            self._parties(),
            tuple(c for c, check in self.category_checks.items() if check.isChecked()),
            self.purpose.toPlainText(),
            self._form(),
            self._scan,
        )

    def _form(self) -> ConsentForm:
        for form, button in self.form_buttons.items():
            if button.isChecked():
                return form
        return ConsentForm.WRITTEN

    def collect(self) -> tuple[ConsentDraft, dict[str, str]]:
        """Return the consent from the form and the problems the rules find in it."""
        problems: dict[str, str] = {}
        valid_from = read_day(self.edits["valid_from"], "valid_from", problems)
        valid_to = read_day(self.edits["valid_to"], "valid_to", problems)
        chosen = self._chosen()
        data = ConsentInput(
            young_person_id=self._young_id,
            consenter_role=chosen.role if chosen else ConsenterRole.GUARDIAN,
            consenter_related_person_id=chosen.related_person_id if chosen else None,
            parties=self._parties(),
            categories=tuple(c for c, check in self.category_checks.items() if check.isChecked()),
            purpose=self.purpose.toPlainText().strip(),
            form=self._form(),
            valid_from=valid_from or self._today,
            valid_to=valid_to,
        )
        rules = validate_consent(data, today=self._today)
        if chosen is None:
            rules["consenter_related_person_id"] = self.tr("Choose who gives the consent.")
        if "valid_from" in problems or not self.edits["valid_from"].text().strip():
            rules.pop("valid_from", None)
            rules.pop("valid_to", None)
            problems.setdefault("valid_from", self.tr("Write the first day the consent applies."))
        return ConsentDraft(data, self._scan), {**rules, **problems}
