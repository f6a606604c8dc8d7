"""The young person's record: one window with tabs Details, Guardians, Consents, Cases, Timeline.

Opened from the persons list (or from the overview and the concerns list, by case) through
``RecordOpener``. Reading the person, the consents, the cases and the timeline goes through
the services, which record each view in the audit trail. The window title never names the
young person (only the window's content does). The window reloads the parts a committed
change touches (``on_changes``); before a lock, changed plan texts are saved like any form,
and the lock closes the window and its dialogs with every other window.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from sspf_desk.domain import ClosingReason, age_on
from sspf_desk.domain.anonymise import AnonymisationResult, is_anonymised
from sspf_desk.errors import NotFoundError
from sspf_desk.services.case_rows import TimelineKind
from sspf_desk.services.changes import ChangeSet
from sspf_desk.ui.dialogs.anonymise_dialog import AnonymiseDialog
from sspf_desk.ui.lock import CommitOutcome
from sspf_desk.ui.record.cases_tab import CasesTab
from sspf_desk.ui.record.consents_tab import ConsentsTab
from sspf_desk.ui.record.context import RecordContext
from sspf_desk.ui.record.details_tab import DetailsTab
from sspf_desk.ui.record.timeline_tab import TimelineTab
from sspf_desk.ui.widgets.related_persons import RelatedPersonsPanel

log = logging.getLogger(__name__)

PERSON_TABLES = frozenset({"young_person"})
GUARDIAN_TABLES = frozenset({"related_person", "person_link"})
CONSENT_TABLES = frozenset(
    {"consent", "consent_party", "consent_category", "attachment", "ground_record"}
    | {"ground_record_category", "vault_setting"}
    | PERSON_TABLES
    | GUARDIAN_TABLES
)
CASE_TABLES = frozenset({"sspf_case", "case_event", "action_plan", "action_item"})
TIMELINE_TABLES = frozenset({"concern", "consent"}) | CASE_TABLES


class RecordWindow(QMainWindow):
    """One young person's record."""

    DETAILS, GUARDIANS, CONSENTS, CASES, TIMELINE = range(5)

    closed = Signal(str)

    def __init__(self, context: RecordContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._ctx = context
        self.setWindowTitle(self.tr("Young person's record – SSPF Desk"))
        self.setObjectName("recordWindow")
        self.name = QLabel()
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setAccessibleName(self.tr("Young person"))
        self.facts = QLabel()
        self.facts.setAccessibleName(self.tr("Birth date and identity"))
        self.details = DetailsTab(context)
        self.guardians = RelatedPersonsPanel(context.persons, context.person_id)
        self.guardians.setTitle("")
        self.consents = ConsentsTab(context)
        self.consents.close_case_requested.connect(self.close_case_after_withdrawal)
        self.consents.anonymise_requested.connect(self.anonymise)
        self.details.anonymise_button.clicked.connect(self.anonymise)
        self.cases = CasesTab(context)
        self.timeline = TimelineTab(context)
        self.timeline.open_requested.connect(self._open_from_timeline)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Parts of the record"))
        self.tabs.addTab(self.details, self.tr("&Details"))
        self.tabs.addTab(self.guardians, self.tr("&Guardians"))
        self.tabs.addTab(self.consents, self.tr("C&onsents"))
        self.tabs.addTab(self.cases, self.tr("C&ases"))
        self.tabs.addTab(self.timeline, self.tr("&Timeline"))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.name)
        layout.addWidget(self.facts)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        self._show_person()
        self.guardians.reload()
        self.consents.reload()
        self.cases.reload()
        self.timeline.reload()
        self._update_anonymise()
        self.resize(1040, 780)

    @property
    def person_id(self) -> str:
        """The young person shown."""
        return self._ctx.person_id

    def _show_person(self) -> None:
        person = self._ctx.person
        self.name.setText(person.full_name)
        parts: list[str] = []
        if person.protected_identity:
            parts.append(self.tr("Protected identity"))
        elif person.id_number:
            parts.append(person.id_number)
        if person.birth_date is not None:
            years = age_on(person.birth_date, self._ctx.today())
            parts.append(self.tr("%1 years").replace("%1", str(years)))
        self.facts.setText(" · ".join(parts))
        self.details.show_person(person)

    def _reload_person(self) -> bool:
        """Read the young person again (audited); False when they no longer exist."""
        try:
            self._ctx.person = self._ctx.persons.get_young_person(self.person_id)
        except NotFoundError:
            self.close()
            return False
        self._show_person()
        return True

    def on_changes(self, changes: ChangeSet) -> None:
        """Reload what a committed change touched (views in the audit trail are ignored)."""
        if changes.touches(*PERSON_TABLES) and not self._reload_person():
            return
        if changes.touches(*GUARDIAN_TABLES):
            self.guardians.reload()
        if changes.touches(*CONSENT_TABLES):
            self.consents.reload()
        if changes.touches(*CASE_TABLES):
            self.cases.reload()
            effects = self.consents.effects_dialog
            if effects is not None:
                effects.set_open_cases(self._open_case_ids())
        self._update_anonymise()
        if changes.touches(*TIMELINE_TABLES):
            self.timeline.reload()

    # -- anonymising -----------------------------------------------------------------------

    def _open_case_ids(self) -> set[str]:
        model = self.cases.model
        rows = (model.row_at(n) for n in range(model.rowCount()))
        return {row.id for row in rows if not row.is_closed}

    def _update_anonymise(self) -> None:
        """Offer anonymising only for a named young person without an open case."""
        button = self.details.anonymise_button
        anonymous = is_anonymised(self._ctx.person)
        open_case = bool(self._open_case_ids())
        button.setEnabled(self._ctx.anonymise is not None and not anonymous and not open_case)
        if anonymous:
            button.setToolTip(self.tr("The data is already anonymised."))
        elif open_case:
            button.setToolTip(self.tr("Close the case before anonymising."))
        else:
            button.setToolTip(self.tr("Remove everything that identifies the young person"))

    def anonymise(self) -> AnonymiseDialog | None:
        """Ask for confirmation and a reason, then anonymise the young person."""
        service, person_id = self._ctx.anonymise, self.person_id
        if service is None or is_anonymised(self._ctx.person):
            return None

        def save(reason: str) -> AnonymisationResult:
            return service.anonymise_young_person(person_id, reason=reason)

        dialog = AnonymiseDialog(save, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.anonymised.connect(self._anonymised)
        dialog.open()
        return dialog

    def _anonymised(self, _result: object) -> None:
        # The change notification reloaded the record; show the details with the note.
        self._reload_person()
        self.tabs.setCurrentIndex(self.DETAILS)

    # -- navigation ------------------------------------------------------------------------

    def show_case(self, case_id: str) -> None:
        """Bring the Cases tab forward with ``case_id`` shown."""
        self.cases.select(case_id)
        self.tabs.setCurrentIndex(self.CASES)

    def show_consent(self, consent_id: str) -> None:
        """Bring the Consents tab forward with ``consent_id`` selected."""
        self.consents.select(consent_id)
        self.tabs.setCurrentIndex(self.CONSENTS)

    def close_case_after_withdrawal(self, case_id: str) -> QWidget | None:
        """Lead on from a withdrawal: show the case and open its closing dialog."""
        self.show_case(case_id)
        return self.cases.close_case(ClosingReason.CONSENT_WITHDRAWN)

    def _open_from_timeline(self, kind: object, ref_id: str) -> None:
        if kind in (TimelineKind.CONSENT, TimelineKind.CONSENT_WITHDRAWN):
            self.show_consent(ref_id)
        elif kind is TimelineKind.CASE_STATUS:
            self.show_case(ref_id)

    # -- lock and close --------------------------------------------------------------------

    def commit_pending(self) -> CommitOutcome:
        """Before a lock: save changed plan texts (see ``ui.lock``)."""
        return self.cases.plan.commit_pending()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save changed plan texts, then drop what the window shows."""
        self.cases.plan.commit_pending()
        for tab in (self.details, self.consents, self.cases, self.timeline):
            tab.clear()
        self.guardians.model.set_rows([])
        super().closeEvent(event)
        self.closed.emit(self.person_id)
