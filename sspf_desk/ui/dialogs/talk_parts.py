"""Parts of the bekymringssamtal form: the participant and agreement lists, the legal ground.

The lists are ``EditableRowsModel`` tables (participants: name, role, title; agreements:
what and who is responsible). The legal-ground group chooses the consent or other legal
ground for the information shared in the talk; the consent reference is asked for (and
counted) only when the ground is consent. Field names as in ``validate_concern_talk``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from sspf_desk.domain import Agreement, LegalGround, TalkParticipant, TalkRole
from sspf_desk.ui.models.editable_rows import EditableRowsModel, EditColumn
from sspf_desk.ui.pages.texts import enum_text
from sspf_desk.ui.widgets.field_errors import FieldErrors, with_error_label


def participants_model(parent: QObject | None = None) -> EditableRowsModel[TalkParticipant]:
    """The participants table: name, role and title."""
    return EditableRowsModel(
        (
            EditColumn("name", lambda: QCoreApplication.translate("TalkParts", "Name")),
            EditColumn("role", lambda: QCoreApplication.translate("TalkParts", "Role"), TalkRole),
            EditColumn(
                "title", lambda: QCoreApplication.translate("TalkParts", "Title or function")
            ),
        ),
        parent,
    )


def agreements_model(parent: QObject | None = None) -> EditableRowsModel[Agreement]:
    """The agreements table: what was agreed and who is responsible."""
    return EditableRowsModel(
        (
            EditColumn("what", lambda: QCoreApplication.translate("TalkParts", "Agreement")),
            EditColumn(
                "responsible", lambda: QCoreApplication.translate("TalkParts", "Responsible")
            ),
        ),
        parent,
    )


class LegalGroundGroup(QGroupBox):
    """Consent or another legal ground for the information shared, with the consent's reference."""

    changed = Signal()

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Consent or legal ground"), parent)
        self.fields: dict[str, QWidget] = {}
        self.ground = QComboBox()
        self.ground.setAccessibleName(self.tr("Legal ground"))
        # The grounds' labels are long: the box may be narrower, its list shows them whole.
        self.ground.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.ground.setMinimumContentsLength(24)
        self.ground.addItem(self.tr("Choose…"), "")
        for ground in LegalGround:
            self.ground.addItem(enum_text(ground), ground.value)
        self.ground.currentIndexChanged.connect(self._ground_changed)
        self.reference = QLineEdit()
        self.reference.setAccessibleName(self.tr("Consent reference"))
        self.reference.setPlaceholderText(self.tr("e.g. signed 2025-03-01 by both guardians"))
        self.reference.textChanged.connect(self.changed)
        note = QLabel(
            self.tr(
                "The ground on which information about the young person was shared in the "
                "talk. Consent is recorded in the young person's record."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(note)
        for name, text, field in (
            ("legal_ground", self.tr("&Ground"), self.ground),
            ("consent_reference", self.tr("Consent &reference"), self.reference),
        ):
            box, error = with_error_label(field)
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, box)
            errors.add(name, error)
            self.fields[name] = field
        self._update_enabled()

    def load(self, ground: LegalGround | None, reference: str) -> None:
        """Show a stored ground and reference."""
        value = ground.value if ground is not None else ""
        self.ground.setCurrentIndex(max(self.ground.findData(value), 0))
        self.reference.setText(reference)
        self._update_enabled()

    def chosen(self) -> LegalGround | None:
        """The ground chosen (None while none is)."""
        value = self.ground.currentData()
        return LegalGround(value) if value else None

    def consent_reference(self) -> str:
        """The reference, counted only when the ground is consent."""
        return self.reference.text() if self.chosen() is LegalGround.CONSENT else ""

    def state(self) -> tuple[object, ...]:
        """What the user can change here."""
        return (self.chosen(), self.reference.text())

    def _ground_changed(self) -> None:
        self._update_enabled()
        self.changed.emit()

    def _update_enabled(self) -> None:
        self.reference.setEnabled(self.chosen() is LegalGround.CONSENT)
