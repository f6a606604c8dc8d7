"""Printing a meeting's minutes: the full minutes, an excerpt (utdrag), or an earlier version.

``ExcerptDialog`` asks whom an excerpt is for: one party (a sector, optionally one
organisation in it), which gets only the items the consent rule lets it see, or one
young person on the agenda, whose excerpt holds only the items about them. ``MinutesPrint``
turns a choice into a PDF saved where the user picks, under the service's suggested file
name (no personal data), produced and written on the task runner.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.domain import ItemVisibility, Party, Sector
from sspf_desk.errors import KnownError
from sspf_desk.services.meeting_rows import MeetingDetail
from sspf_desk.services.minutes_view import Audience
from sspf_desk.ui.dialogs.meeting_files import FileExport
from sspf_desk.ui.messages import show_error
from sspf_desk.ui.pages.texts import enum_text
from sspf_desk.ui.ports_meetings import MinutesPort
from sspf_desk.ui.tasks import TaskRunner

#: The sectors an excerpt can be made for (the parties of a consent).
PARTY_SECTORS = (Sector.SCHOOL, Sector.SOCIAL_SERVICES, Sector.POLICE, Sector.LEISURE, Sector.OTHER)


def agenda_persons(detail: MeetingDetail) -> list[tuple[str, str]]:
    """The young persons the minutes have items about (id, name), in agenda order."""
    found: dict[str, str] = {}
    for row in detail.items:
        person = row.item.young_person_id
        if person is not None and row.item.visibility is not ItemVisibility.EXCLUDED:
            found.setdefault(person, row.young_person_name)
    return list(found.items())


class ExcerptDialog(QDialog):
    """Choose the recipient of an excerpt; emits ``chosen(Audience)``."""

    chosen = Signal(object)

    def __init__(self, detail: MeetingDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print an excerpt"))
        self.setAccessibleName(self.tr("Print an excerpt"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "A party's excerpt holds only the items that party may see under the consent "
                "rule on the meeting's day. A young person's excerpt holds only the items "
                "about them."
            )
        )
        intro.setWordWrap(True)
        self.for_party = QRadioButton(self.tr("For a &party"))
        self.for_person = QRadioButton(self.tr("For a &young person"))
        group = QButtonGroup(self)
        group.addButton(self.for_party)
        group.addButton(self.for_person)
        self.sector = QComboBox()
        self.sector.setAccessibleName(self.tr("Sector"))
        for sector in PARTY_SECTORS:
            self.sector.addItem(enum_text(sector), sector.value)
        self.organisation = QLineEdit()
        self.organisation.setAccessibleName(self.tr("Organisation (optional)"))
        self.organisation.setPlaceholderText(self.tr("Empty: the whole sector"))
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Young person"))
        for person_id, name in agenda_persons(detail):
            self.person.addItem(name, person_id)
        form = QFormLayout()
        form.addRow(self.for_party)
        form.addRow(self.tr("Sector"), self.sector)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.for_person)
        form.addRow(self.tr("Young person"), self.person)
        self.buttons = QDialogButtonBox()
        self.print_button = self.buttons.addButton(
            self.tr("&Save PDF…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.print_button.setAccessibleName(self.tr("Save PDF"))
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.for_person.setEnabled(self.person.count() > 0)
        self.for_party.setChecked(True)
        group.buttonToggled.connect(self._update)
        self._update()

    def _update(self) -> None:
        party = self.for_party.isChecked()
        self.sector.setEnabled(party)
        self.organisation.setEnabled(party)
        self.person.setEnabled(not party)

    def audience(self) -> Audience:
        """The recipient chosen."""
        if self.for_person.isChecked() and self.person.currentData():
            return Audience(young_person_id=str(self.person.currentData()))
        party = Party(Sector(self.sector.currentData()), self.organisation.text().strip())
        return Audience(party=party)

    def _accept(self) -> None:
        self.chosen.emit(self.audience())
        self.accept()


class MinutesPrint(FileExport):
    """Saves the minutes, an excerpt or an earlier version as a PDF."""

    def __init__(
        self, host: QWidget, runner: TaskRunner, minutes: MinutesPort, meeting_id: str
    ) -> None:
        super().__init__(host, runner)
        self._minutes = minutes
        self._meeting_id = meeting_id

    def print_pdf(self, audience: Audience, version: int | None = None) -> QFileDialog | None:
        """Ask where to save, then write the PDF for ``audience`` (and ``version``)."""
        minutes, meeting_id = self._minutes, self._meeting_id
        try:
            name = minutes.suggested_file_name(meeting_id, audience, version)
        except KnownError as exc:  # e.g. the meeting was deleted meanwhile
            show_error(exc, self._host)
            return None
        title = self.tr("Save the minutes") if audience.is_full else self.tr("Save the excerpt")
        return self.save(
            title,
            "PDF (*.pdf)",
            "pdf",
            name,
            lambda: minutes.minutes_pdf(meeting_id, audience, version),
        )
