"""What every tab of a young person's record shares: the services, the person, the clock.

The record window builds one ``RecordContext`` and hands it to its tabs. ``person`` is the
young person as last read (reading is audited as a view by the person service); the tabs
never keep other copies. ``FormDefaults`` remembers, for the running session only, what
was typed for the printable consent form (municipality, coordinator contact).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date

from sspf_desk.domain import YoungPerson
from sspf_desk.ui.ports import PersonsPort
from sspf_desk.ui.ports_casework import AnonymisePort, CasesPort, ConsentsPort


@dataclass
class FormDefaults:
    """Values typed for the printable consent form, kept while the program runs."""

    municipality: str = ""
    coordinator_name: str = ""
    coordinator_contact: str = ""
    easy_read: bool = False


@dataclass
class RecordContext:
    """The services and facts a record's tabs work with.

    Attributes:
        persons: The person service.
        consents: The consent service.
        cases: The case service.
        person: The young person as last read.
        user_names: Returns user id → display name (for the case trail).
        today: The clock (tests fix it).
        form_defaults: Shared by every record of the session.
        anonymise: Anonymising the young person (None: not offered).
    """

    persons: PersonsPort
    consents: ConsentsPort
    cases: CasesPort
    person: YoungPerson
    user_names: Callable[[], Mapping[str, str]] = dict
    today: Callable[[], date] = date.today
    form_defaults: FormDefaults = field(default_factory=FormDefaults)
    anonymise: AnonymisePort | None = None

    @property
    def person_id(self) -> str:
        """The young person's id."""
        return self.person.id
