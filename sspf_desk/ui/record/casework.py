"""What the main window needs for case work: the record windows and the vault settings.

``CaseworkActions`` owns the ``RecordOpener`` (one record window per young person) and the
"Vault settings…" action (consent rules, minutes settings, risk categories). The main
window connects its pages' "open person/case" requests to ``open_person``/``open_case``,
forwards change notifications and calls ``shutdown``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from sspf_desk.domain.users import RECOVERY_ACTOR
from sspf_desk.services.changes import ChangeSet
from sspf_desk.ui.dialogs.vault_settings import VaultSettingsDialog
from sspf_desk.ui.ports import PersonsPort, UsersPort
from sspf_desk.ui.ports_casework import AnonymisePort, CasesPort, ConsentsPort
from sspf_desk.ui.ports_meetings import MinutesSettingsPort
from sspf_desk.ui.record.opener import RecordOpener
from sspf_desk.ui.record.record_window import RecordWindow
from sspf_desk.ui.widgets.risk_categories_panel import RiskCategoriesPort


class CaseworkActions(QObject):
    """Record windows and the vault settings dialog, for one open workspace."""

    def __init__(  # noqa: PLR0913 - one port per service the records use
        self,
        persons: PersonsPort,
        consents: ConsentsPort,
        cases: CasesPort,
        risk_categories: RiskCategoriesPort,
        users: UsersPort,
        host: QWidget,
        *,
        minutes: MinutesSettingsPort,
        anonymise: AnonymisePort | None = None,
    ) -> None:
        super().__init__(host)
        self._consents = consents
        self._minutes = minutes
        self._risk_categories = risk_categories
        self._users = users
        self._host = host
        self.records = RecordOpener(
            persons, consents, cases, self.user_names, host, anonymise=anonymise
        )
        self.settings_action = QAction(self.tr("&Vault settings…"), host)
        self.settings_action.setToolTip(
            self.tr(
                "Consent age rules, expiry warnings, the municipality and secrecy marking "
                "of the minutes, and the risk categories"
            )
        )
        self.settings_action.triggered.connect(self.open_settings)

    def user_names(self) -> dict[str, str]:
        """User id → name, for the case trail (the recovery key as itself)."""
        names = {user.id: user.name for user in self._users.list_users()}
        names[RECOVERY_ACTOR] = self.tr("Recovery key")
        return names

    def open_person(self, person_id: str) -> RecordWindow | None:
        """Open the young person's record."""
        return self.records.open_person(person_id)

    def open_case(self, case_id: str) -> RecordWindow | None:
        """Open the record of the case's young person with the case in front."""
        return self.records.open_case(case_id)

    def open_settings(self) -> VaultSettingsDialog:
        """Open the vault settings (age rules, expiry lead time, minutes, risk categories)."""
        dialog = VaultSettingsDialog(
            self._consents, self._risk_categories, self._minutes, self._host
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def on_changes(self, changes: ChangeSet) -> None:
        """Pass a committed change on to the open records."""
        self.records.on_changes(changes)

    def shutdown(self) -> None:
        """Close every record (the main window shuts down before a lock or quit)."""
        self.records.close_all()
