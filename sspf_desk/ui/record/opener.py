"""Opens young persons' records (one window per person) and keeps them up to date.

The main window owns one ``RecordOpener``: the persons list, the overview and the
concerns page ask it to open a person or a case; it forwards change notifications to the
open records and closes them all when the main window shuts down. Records are windows
of their own, so the lock closes them (and their dialogs) like every other window.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from sspf_desk.errors import KnownError
from sspf_desk.services.changes import ChangeSet
from sspf_desk.ui.messages import show_error
from sspf_desk.ui.ports import PersonsPort
from sspf_desk.ui.ports_casework import AnonymisePort, CasesPort, ConsentsPort
from sspf_desk.ui.record.context import FormDefaults, RecordContext
from sspf_desk.ui.record.record_window import RecordWindow


class RecordOpener(QObject):
    """One record window per young person; opened by person or by case."""

    def __init__(
        self,
        persons: PersonsPort,
        consents: ConsentsPort,
        cases: CasesPort,
        user_names: Callable[[], Mapping[str, str]],
        host: QWidget,
        *,
        anonymise: AnonymisePort | None = None,
    ) -> None:
        super().__init__(host)
        self._anonymise = anonymise
        self._persons = persons
        self._consents = consents
        self._cases = cases
        self._user_names = user_names
        self._host = host
        self._windows: dict[str, RecordWindow] = {}
        self.form_defaults = FormDefaults()

    @property
    def windows(self) -> list[RecordWindow]:
        """The open record windows."""
        return list(self._windows.values())

    def open_person(self, person_id: str) -> RecordWindow | None:
        """Show the record of ``person_id`` (reading it is audited by the services)."""
        window = self._windows.get(person_id)
        if window is None:
            try:
                person = self._persons.get_young_person(person_id)
                context = RecordContext(
                    persons=self._persons,
                    consents=self._consents,
                    cases=self._cases,
                    person=person,
                    user_names=self._user_names,
                    form_defaults=self.form_defaults,
                    anonymise=self._anonymise,
                )
                window = RecordWindow(context, self._host)
            except KnownError as exc:
                show_error(exc, self._host)
                return None
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.closed.connect(self._forget)
            self._windows[person_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def open_case(self, case_id: str) -> RecordWindow | None:
        """Show the record of the case's young person with the case in front."""
        try:
            case = self._cases.get_case(case_id)
        except KnownError as exc:
            show_error(exc, self._host)
            return None
        window = self.open_person(case.young_person_id)
        if window is not None:
            window.show_case(case_id)
        return window

    def on_changes(self, changes: ChangeSet) -> None:
        """Pass a committed change on to every open record."""
        for window in self.windows:
            window.on_changes(changes)

    def close_all(self) -> None:
        """Close every record (the main window shuts down)."""
        for window in self.windows:
            window.close()
        self._windows.clear()

    def _forget(self, person_id: str) -> None:
        self._windows.pop(person_id, None)
