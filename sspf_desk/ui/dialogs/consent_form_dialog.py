"""Print the consent form (samtyckesblankett) of a consent as a PDF for signing.

The user picks the standard or the easy-read version, confirms the municipality and the
coordinator's contact details (remembered for the session), and chooses where to save the
PDF. The form's content comes from the consent's scope; official texts are in Swedish
whatever the UI language. The PDF holds personal data, so it is written only where the
user chose, under a neutral file name, and only after ``record_export`` has recorded the
export in the audit trail (no form leaves the program without a trace).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.domain import YoungPerson, label
from sspf_desk.errors import KnownError
from sspf_desk.export.consent_form import ConsentFormView, write_consent_form
from sspf_desk.services.consent_rows import ConsentRow
from sspf_desk.ui.dialogs.files import file_dialog
from sspf_desk.ui.messages import show_error, show_info, show_warning
from sspf_desk.ui.record.context import FormDefaults
from sspf_desk.ui.widgets.field_errors import ErrorLabel, FieldErrors, with_error_label


def form_view(person: YoungPerson, consent: ConsentRow, defaults: FormDefaults) -> ConsentFormView:
    """Build the form's view-model from the consent (Swedish labels, ISO dates)."""
    return ConsentFormView(
        municipality=defaults.municipality.strip(),
        young_person_name=person.full_name,
        young_person_birth=person.birth_date.isoformat() if person.birth_date else "–",
        consenter_name=consent.consenter_name,
        consenter_role_label=label(consent.consenter_role, "sv"),
        parties=tuple(party.display("sv") for party in consent.parties),
        categories=tuple(label(category, "sv") for category in consent.categories),
        purpose=consent.purpose,
        valid_from=consent.valid_from.isoformat(),
        valid_to=consent.valid_to.isoformat() if consent.valid_to else "",
        coordinator_name=defaults.coordinator_name.strip(),
        coordinator_contact=defaults.coordinator_contact.strip(),
    )


class ConsentFormDialog(QDialog):
    """Choose the version and the contact details, then save the PDF."""

    def __init__(
        self,
        person: YoungPerson,
        consent: ConsentRow,
        defaults: FormDefaults,
        parent: QWidget | None = None,
        *,
        record_export: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self._record_export = record_export
        self._person = person
        self._consent = consent
        self._defaults = defaults
        self.setWindowTitle(self.tr("Print consent form"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "The form describes this consent in plain Swedish, with lines for the "
                "signature. The coordinator's contact details tell how to withdraw it."
            )
        )
        intro.setWordWrap(True)
        self.standard = QRadioButton(self.tr("&Standard"))
        self.easy = QRadioButton(self.tr("&Easy-read (for the young person)"))
        group = QButtonGroup(self)
        group.addButton(self.standard)
        group.addButton(self.easy)
        (self.easy if defaults.easy_read else self.standard).setChecked(True)
        versions = QHBoxLayout()
        versions.addWidget(self.standard)
        versions.addWidget(self.easy)
        versions.addStretch(1)
        form = QFormLayout()
        self.errors = FieldErrors(ErrorLabel(intro, self))  # not the dialog: no cycle
        form.addRow(self.tr("Version"), versions)
        self.municipality = self._edit(form, "municipality", self.tr("&Municipality"))
        self.coordinator = self._edit(form, "coordinator_name", self.tr("&Contact person"))
        self.contact = self._edit(
            form, "coordinator_contact", self.tr("Phone or &e-mail of the contact person")
        )
        self.municipality.setText(defaults.municipality or person.home_municipality)
        self.coordinator.setText(defaults.coordinator_name)
        self.contact.setText(defaults.coordinator_contact)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save &PDF…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.choose_file)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)

    def _edit(self, form: QFormLayout, name: str, text: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(text.replace("&", ""))
        box, error = with_error_label(edit)
        label_widget = QLabel(text)
        label_widget.setBuddy(edit)
        form.addRow(label_widget, box)
        self.errors.add(name, error)
        return edit

    def _remember(self) -> None:
        self._defaults.municipality = self.municipality.text().strip()
        self._defaults.coordinator_name = self.coordinator.text().strip()
        self._defaults.coordinator_contact = self.contact.text().strip()
        self._defaults.easy_read = self.easy.isChecked()

    def problems(self) -> dict[str, str]:
        """Fields the form needs (the withdrawal instructions name the contact)."""
        problems: dict[str, str] = {}
        if not self.municipality.text().strip():
            problems["municipality"] = self.tr("Write the municipality.")
        if not self.coordinator.text().strip():
            problems["coordinator_name"] = self.tr("Write who to contact to withdraw consent.")
        if not self.contact.text().strip():
            problems["coordinator_contact"] = self.tr("Write a phone number or e-mail address.")
        return problems

    def choose_file(self) -> QFileDialog | None:
        """Check the fields, then ask where to save the PDF."""
        problems = self.problems()
        self.errors.show(problems)
        if problems:
            return None
        self._remember()
        dialog = file_dialog(self, self.tr("Save consent form"), ["PDF (*.pdf)"], save=True)
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(self.tr("consent-form.pdf"))
        dialog.fileSelected.connect(self.write)
        dialog.open()
        return dialog

    def write(self, name: str) -> bool:
        """Record the export in the audit trail, then write the PDF to ``name``; close."""
        view = form_view(self._person, self._consent, self._defaults)
        try:
            self._record_export()
        except KnownError as exc:
            show_error(exc, self)
            return False
        try:
            write_consent_form(view, Path(name), easy_read=self._defaults.easy_read)
        except OSError:
            show_warning(self.tr("The consent form could not be saved."), self)
            return False
        show_info(self.tr("The consent form was saved as a PDF."), self.parentWidget())
        self.accept()
        return True
