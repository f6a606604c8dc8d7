"""Settings kept in the vault: consent age rules, expiry warning, minutes, risk categories.

These settings govern legal checks and what every printed minutes says, so they live in
the encrypted vault (not in the user's preferences) and every change is audited by the
services. The first two tabs — the consent rules, and the municipality and secrecy
marking printed in the header of every page of the minutes — are one form saved with
Save (messages of the validation under each field; before a lock each valid changed part
is saved, an invalid one dropped — as every form does); the last tab edits the
risk-category list, where each change is saved at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.domain import (
    AgeRules,
    ConsentSettings,
    validate_age_rules,
    validate_consent_settings,
)
from sspf_desk.domain.settings import MAX_AGE_LIMIT, MAX_EXPIRY_LEAD_DAYS
from sspf_desk.errors import KnownError, ValidationError
from sspf_desk.services.minutes_view import MinutesSettings, validate_minutes_settings
from sspf_desk.ui.lock import CommitOutcome
from sspf_desk.ui.messages import ask, error_text
from sspf_desk.ui.ports_casework import ConsentsPort
from sspf_desk.ui.ports_meetings import MinutesSettingsPort
from sspf_desk.ui.widgets.field_errors import ErrorLabel, FieldErrors, with_error_label
from sspf_desk.ui.widgets.risk_categories_panel import RiskCategoriesPanel, RiskCategoriesPort


def _spin(name: str, accessible: str, low: int, high: int, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setAccessibleName(accessible)
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    spin.setMaximumWidth(140)
    return spin


# The fields of the form's two parts (a refusal brings the tab with its message forward).
_RULE_FIELDS = frozenset({"own_consent_from", "only_self_from", "expiry_lead_days"})
_MINUTES_FIELDS = frozenset({"municipality", "secrecy_marking"})


class VaultSettingsDialog(QDialog):
    """Consent rules and minutes settings (saved with Save), risk categories (saved at once)."""

    RULES, MINUTES, RISKS = range(3)

    def __init__(
        self,
        consents: ConsentsPort,
        risk_categories: RiskCategoriesPort,
        minutes: MinutesSettingsPort,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._consents = consents
        self._minutes = minutes
        self._discard_confirmed = False
        self.setWindowTitle(self.tr("Vault settings"))
        self.setMinimumSize(620, 460)
        self.tabs = QTabWidget()
        # The general message describes the tabs (not the dialog itself: no reference cycle).
        self.errors = FieldErrors(ErrorLabel(self.tabs, self))
        self.tabs.addTab(self._rules_page(), self.tr("Consent rules"))
        self.tabs.addTab(self._minutes_page(), self.tr("Minutes"))
        self.risk_panel = RiskCategoriesPanel(risk_categories)
        self.tabs.addTab(self.risk_panel, self.tr("Risk categories"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Sa&ve settings"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        self.saved_note = QLabel(self.tr("The settings are saved."))
        self.saved_note.setVisible(False)
        layout.addWidget(self.saved_note)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        self._load(consents.age_rules(), consents.consent_settings(), minutes.minutes_settings())

    def _rules_page(self) -> QWidget:
        years = " " + self.tr("years")
        self.own_from = _spin(
            "own_consent_from", self.tr("Own consent from age"), 1, MAX_AGE_LIMIT, years
        )
        self.only_self_from = _spin(
            "only_self_from", self.tr("Only own consent from age"), 1, MAX_AGE_LIMIT, years
        )
        self.lead_days = _spin(
            "expiry_lead_days",
            self.tr("Warn before a consent expires"),
            0,
            MAX_EXPIRY_LEAD_DAYS,
            " " + self.tr("days"),
        )
        page = QWidget()
        form = QFormLayout(page)
        intro = QLabel(
            self.tr(
                "Who consents depends on the young person's age. Below the first age the "
                "guardians consent; from it the young person consents as well; from the "
                "second age only the young person consents."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        for name, text, spin in (
            ("own_consent_from", self.tr("The young person's own consent from"), self.own_from),
            ("only_self_from", self.tr("Only the young person consents from"), self.only_self_from),
            ("expiry_lead_days", self.tr("Warn before a consent expires"), self.lead_days),
        ):
            box, error = with_error_label(spin)
            label = QLabel(text)
            label.setBuddy(spin)
            label.setWordWrap(True)
            form.addRow(label, box)
            self.errors.add(name, error)
            spin.valueChanged.connect(self._revalidate)
        return page

    def _minutes_page(self) -> QWidget:
        self.municipality = QLineEdit()
        self.municipality.setObjectName("municipality")
        self.municipality.setAccessibleName(self.tr("Municipality"))
        self.municipality.setPlaceholderText(self.tr("e.g. Norrby kommun"))
        self.secrecy_marking = QLineEdit()
        self.secrecy_marking.setObjectName("secrecy_marking")
        self.secrecy_marking.setAccessibleName(self.tr("Secrecy marking"))
        page = QWidget()
        form = QFormLayout(page)
        intro = QLabel(
            self.tr(
                "Printed in the header of every page of the minutes and of the excerpts. "
                "The municipality is also named in the meeting facts."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        for name, text, edit in (
            ("municipality", self.tr("&Municipality"), self.municipality),
            ("secrecy_marking", self.tr("&Secrecy marking"), self.secrecy_marking),
        ):
            box, error = with_error_label(edit)
            label = QLabel(text)
            label.setBuddy(edit)
            form.addRow(label, box)
            self.errors.add(name, error)
            edit.textChanged.connect(self._revalidate)
        return page

    def _load(self, rules: AgeRules, settings: ConsentSettings, minutes: MinutesSettings) -> None:
        self.own_from.setValue(rules.own_consent_from)
        self.only_self_from.setValue(rules.only_self_from)
        self.lead_days.setValue(settings.expiry_lead_days)
        self.municipality.setText(minutes.municipality)
        self.secrecy_marking.setText(minutes.secrecy_marking)
        self._saved = self._values()
        self._saved_minutes = self._minutes_values()
        self.errors.clear()

    def _values(self) -> tuple[AgeRules, ConsentSettings]:
        return (
            AgeRules(self.own_from.value(), self.only_self_from.value()),
            ConsentSettings(self.lead_days.value()),
        )

    def _minutes_values(self) -> MinutesSettings:
        return MinutesSettings(
            self.municipality.text().strip(), self.secrecy_marking.text().strip()
        )

    def _rule_problems(self) -> dict[str, str]:
        rules, settings = self._values()
        return {**validate_age_rules(rules), **validate_consent_settings(settings)}

    def _problems(self) -> dict[str, str]:
        return {**self._rule_problems(), **validate_minutes_settings(self._minutes_values())}

    def _revalidate(self) -> None:
        self.errors.show(self._problems())
        self.saved_note.setVisible(False)

    def reject(self) -> None:
        """Close; asks first when changed rules are not saved."""
        if not self.is_dirty() or self._discard_confirmed:
            super().reject()
            return
        box = ask(
            self,
            self.tr("Unsaved changes"),
            self.tr("The changed settings are not saved. Close without saving?"),
            self.tr("&Close without saving"),
            self.tr("&Keep editing"),
        )
        box.accepted.connect(self._discard)

    def _discard(self) -> None:
        self._discard_confirmed = True
        self.reject()

    def _rules_dirty(self) -> bool:
        return self._values() != self._saved

    def _minutes_dirty(self) -> bool:
        return self._minutes_values() != self._saved_minutes

    def is_dirty(self) -> bool:
        """Whether the rules or the minutes settings differ from what is stored."""
        return self._rules_dirty() or self._minutes_dirty()

    def submit(self) -> bool:
        """Validate and store the changed settings; messages appear under the fields."""
        problems = self._problems()
        if not problems:
            try:
                self._store_rules()
                self._store_minutes()
            except ValidationError as exc:
                problems = exc.errors
            except KnownError as exc:
                self.errors.show_general(error_text(exc))
                return False
            else:
                self.errors.clear()
                self.saved_note.setVisible(True)
                return True
        self.errors.show(problems)
        self._show_tab_of(problems)
        return False

    def _show_tab_of(self, problems: dict[str, str]) -> None:
        """Bring forward the tab with the first message (unless the shown tab has one)."""
        tabs = [
            tab
            for tab, fields in ((self.RULES, _RULE_FIELDS), (self.MINUTES, _MINUTES_FIELDS))
            if problems.keys() & fields
        ]
        if tabs and self.tabs.currentIndex() not in tabs:
            self.tabs.setCurrentIndex(tabs[0])

    def _store_rules(self) -> None:
        if not self._rules_dirty():
            return
        rules, settings = self._values()
        self._consents.set_age_rules(rules)
        self._consents.set_consent_settings(settings)
        self._saved = (rules, settings)

    def _store_minutes(self) -> None:
        if not self._minutes_dirty():
            return
        settings = self._minutes_values()
        self._minutes.set_minutes_settings(settings)
        self._saved_minutes = settings

    def commit_pending(self) -> CommitOutcome:
        """Before a lock: store each valid changed part, drop invalid ones (see ``ui.lock``)."""
        if not self.is_dirty():
            return CommitOutcome.UNCHANGED
        outcomes = (
            self._commit(self._rules_dirty(), self._rule_problems(), self._store_rules),
            self._commit(
                self._minutes_dirty(),
                validate_minutes_settings(self._minutes_values()),
                self._store_minutes,
            ),
        )
        if CommitOutcome.DISCARDED in outcomes:
            return CommitOutcome.DISCARDED
        return CommitOutcome.SAVED

    @staticmethod
    def _commit(dirty: bool, problems: dict[str, str], store: Callable[[], None]) -> CommitOutcome:
        if not dirty:
            return CommitOutcome.UNCHANGED
        if problems:
            return CommitOutcome.DISCARDED
        try:
            store()
        except KnownError:
            return CommitOutcome.DISCARDED
        return CommitOutcome.SAVED
