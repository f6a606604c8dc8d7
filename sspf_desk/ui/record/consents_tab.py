"""The record's "Consents" tab: sharing today, the consents per person, and what to do.

Above the list the ``SharingPanel`` answers, per SSPF party, whether the young person may
be discussed by name today. Below it the consents of the young person and their related
persons, with: new, edit (not after a withdrawal), withdraw (then what it changed, leading
on to closing cases), attach the scanned signed form, show it (from memory), and print the
consent form for signing (recorded as an export). Every change goes through the consent
service.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.domain import Consent
from sspf_desk.errors import KnownError
from sspf_desk.services.consent_rows import ConsentRow, ConsentState, WithdrawalEffects
from sspf_desk.ui.dialogs.consent_editor import ConsentDraft, ConsentEditor, consenter_choices
from sspf_desk.ui.dialogs.consent_form_dialog import ConsentFormDialog
from sspf_desk.ui.dialogs.consent_withdrawal import (
    WithdrawalEffectsDialog,
    WithdrawalInput,
    WithdrawConsentDialog,
)
from sspf_desk.ui.messages import show_error
from sspf_desk.ui.models.consents_model import ConsentColumn, ConsentsModel, consenter_text
from sspf_desk.ui.record.context import RecordContext
from sspf_desk.ui.record.scan_files import ScanFile, choose_scan, show_scan
from sspf_desk.ui.record.sharing_panel import SharingPanel
from sspf_desk.ui.record.texts import format_day
from sspf_desk.ui.widgets.tables import read_only_table


class ConsentsTab(QWidget):
    """Sharing today, the list of consents, and the consent actions."""

    close_case_requested = Signal(str)
    anonymise_requested = Signal()

    def __init__(self, context: RecordContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = context
        self.effects_dialog: WithdrawalEffectsDialog | None = None
        self.sharing = SharingPanel()
        self.model = ConsentsModel(self)
        self.table = self._build_table()
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setAccessibleName(self.tr("Selected consent"))
        self.new_button = self._button(self.tr("&New consent…"), self.new_consent)
        self.edit_button = self._button(self.tr("&Edit…"), self.edit_selected)
        self.withdraw_button = self._button(self.tr("&Withdraw…"), self.withdraw_selected)
        self.attach_button = self._button(self.tr("&Attach signed form…"), self.attach_selected)
        self.show_button = self._button(self.tr("&Show signed form…"), self.show_selected)
        self.print_button = self._button(self.tr("&Print consent form…"), self.print_selected)
        buttons = QGridLayout()
        for n, button in enumerate(
            (
                self.new_button,
                self.edit_button,
                self.withdraw_button,
                self.attach_button,
                self.show_button,
                self.print_button,
            )
        ):
            buttons.addWidget(button, n // 3, n % 3)
        heading = QLabel(self.tr("Consents given by the young person and the guardians"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sharing)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    def _build_table(self) -> QTableView:
        table = read_only_table(self.model, self.tr("Consents"))
        table.setWordWrap(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.activated.connect(self.edit_selected)
        return table

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the consents and the sharing answers again (keeps the selection)."""
        selected = self.selected()
        self.model.set_rows(self._ctx.consents.list_consents(self._ctx.person_id))
        self.table.resizeColumnsToContents()
        for column in (ConsentColumn.PARTIES, ConsentColumn.CATEGORIES):  # these wrap
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 200))
        self.table.resizeRowsToContents()
        self.sharing.load(self._ctx.consents, self._ctx.person_id)
        if selected is not None:
            self.select(selected.id)
        self._selection_changed()

    def clear(self) -> None:
        """Show nothing (before a lock)."""
        self.model.set_rows([])
        self.sharing.clear()
        self.detail.clear()

    def select(self, consent_id: str) -> None:
        """Select the row of ``consent_id`` if shown."""
        row = self.model.row_of(consent_id)
        if row is not None:
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)

    def selected(self) -> ConsentRow | None:
        """The selected consent, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        row = self.selected()
        open_row = row is not None and row.state is not ConsentState.WITHDRAWN
        self.edit_button.setEnabled(open_row)
        self.withdraw_button.setEnabled(open_row)
        self.attach_button.setEnabled(row is not None)
        self.show_button.setEnabled(row is not None and row.has_signed_form)
        self.print_button.setEnabled(row is not None)
        self.detail.setText(self._detail_text(row) if row is not None else "")

    def _detail_text(self, row: ConsentRow) -> str:
        lines = [self.tr("Purpose: %1").replace("%1", row.purpose)]
        if row.withdrawn_on is not None:
            lines.append(
                self.tr("Withdrawn %1, received: %2")
                .replace("%1", format_day(row.withdrawn_on))
                .replace("%2", row.withdrawal_how)
            )
        return "\n".join(lines)

    # -- actions ---------------------------------------------------------------------------

    def _editor(self, initial_id: str | None) -> ConsentEditor:
        ctx = self._ctx
        choices = consenter_choices(
            ctx.person.full_name, ctx.persons.list_related_persons(ctx.person_id)
        )
        initial = ctx.consents.get_consent(initial_id).to_input() if initial_id else None

        def save(draft: ConsentDraft) -> Consent:
            if initial_id is None:
                consent = ctx.consents.create_consent(draft.consent)
            else:
                consent = ctx.consents.update_consent(initial_id, draft.consent)
            if draft.scan is not None:
                consent = ctx.consents.attach_signed_form(
                    consent.id, draft.scan.data, draft.scan.media_type
                )
            return consent

        editor = ConsentEditor(
            save, ctx.person_id, choices, initial, self.window(), today=ctx.today()
        )
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._saved)
        editor.open()
        return editor

    def new_consent(self) -> ConsentEditor:
        """Open an empty consent form."""
        return self._editor(None)

    def edit_selected(self) -> ConsentEditor | None:
        """Open the form of the selected consent (not after a withdrawal)."""
        row = self.selected()
        if row is None or row.state is ConsentState.WITHDRAWN:
            return None
        return self._editor(row.id)

    def _saved(self, consent: object) -> None:
        # The record reloaded on the change notification; select what was saved.
        if isinstance(consent, Consent):
            self.select(consent.id)

    def withdraw_selected(self) -> WithdrawConsentDialog | None:
        """Ask for the withdrawal's date and how it came in, then record it."""
        row = self.selected()
        if row is None or row.state is ConsentState.WITHDRAWN:
            return None
        consents, consent_id = self._ctx.consents, row.id

        def save(data: WithdrawalInput) -> WithdrawalEffects:
            return consents.withdraw(consent_id, data.on, data.how)

        dialog = WithdrawConsentDialog(
            save, consenter_text(row), self.window(), today=self._ctx.today()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._withdrawn)
        dialog.open()
        return dialog

    def _withdrawn(self, effects: object) -> None:
        if isinstance(effects, WithdrawalEffects):
            self.show_effects(effects)

    def show_effects(self, effects: WithdrawalEffects) -> WithdrawalEffectsDialog:
        """Show what a withdrawal changed; closing a case is passed on."""
        dialog = WithdrawalEffectsDialog(
            effects, self.window(), can_anonymise=self._ctx.anonymise is not None
        )
        dialog.close_case_requested.connect(self.close_case_requested)
        dialog.anonymise_requested.connect(self.anonymise_requested)
        dialog.finished.connect(self._effects_finished)
        self.effects_dialog = dialog
        dialog.open()
        return dialog

    def _effects_finished(self) -> None:
        self.effects_dialog = None

    def attach_selected(self) -> QWidget | None:
        """Choose a scan of the signed form for the selected consent."""
        if self.selected() is None:
            return None
        return choose_scan(self.window(), self.attach_scan)

    def attach_scan(self, scan: ScanFile) -> None:
        """Store ``scan`` as the selected consent's signed form."""
        row = self.selected()
        if row is None:
            return
        try:
            self._ctx.consents.attach_signed_form(row.id, scan.data, scan.media_type)
        except KnownError as exc:
            show_error(exc, self.window())

    def show_selected(self) -> QWidget | None:
        """Show the selected consent's signed form (from memory)."""
        row = self.selected()
        if row is None or not row.has_signed_form:
            return None
        try:
            media_type = self._ctx.consents.signed_form_media_type(row.id) or ""
            data = self._ctx.consents.open_signed_form(row.id)
        except KnownError as exc:
            return show_error(exc, self.window())
        return show_scan(self.window(), data, media_type)

    def print_selected(self) -> ConsentFormDialog | None:
        """Make the printable consent form (PDF) of the selected consent."""
        row = self.selected()
        if row is None:
            return None
        consents, consent_id = self._ctx.consents, row.id

        def record_export() -> None:
            consents.record_form_export(consent_id)

        dialog = ConsentFormDialog(
            self._ctx.person,
            row,
            self._ctx.form_defaults,
            self.window(),
            record_export=record_export,
        )
        dialog.open()
        return dialog
