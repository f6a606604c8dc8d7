"""Young persons, the people related to them, and the links between them.

``*Input`` classes carry what a form or the command line provides; the full classes
are what the store returns (ids, derived fields and timestamps included).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sspf_desk.domain.enums import CustodyType, Gender, IdKind, Relationship

PROTECTED_IDENTITY_TEXT = "Skyddad identitet"
PROTECTED_ADDRESS_TEXT = "Skyddad adress"


@dataclass(frozen=True, slots=True)
class YoungPersonInput:
    """The editable fields of a young person.

    Attributes:
        first_name: Given name(s).
        last_name: Family name.
        id_number: Personnummer or samordningsnummer as typed; empty when unknown.
        protected_identity: Skyddad identitet: identifying fields are hidden in lists.
        birth_date: Needed when there is no id number; must agree with it otherwise.
        gender: Recorded gender; when unknown and an id number is given, the legal
            gender of the number is used.
        school: School name.
        school_class: Class or programme.
        area: District or area of the municipality.
        home_municipality: Municipality the young person is registered in.
        interpreter_language: Language an interpreter is needed for; empty if none.
    """

    first_name: str
    last_name: str
    id_number: str = ""
    protected_identity: bool = False
    birth_date: date | None = None
    gender: Gender = Gender.UNKNOWN
    school: str = ""
    school_class: str = ""
    area: str = ""
    home_municipality: str = ""
    interpreter_language: str = ""


@dataclass(frozen=True, slots=True)
class YoungPerson:
    """A young person as stored (the identity fields normalised)."""

    id: str
    first_name: str
    last_name: str
    id_number: str | None
    id_kind: IdKind
    protected_identity: bool
    birth_date: date | None
    gender: Gender
    school: str
    school_class: str
    area: str
    home_municipality: str
    interpreter_language: str
    created_at: datetime
    updated_at: datetime

    @property
    def full_name(self) -> str:
        """First and last name."""
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def id_display(self) -> str:
        """The id number for lists, or "Skyddad identitet" when protected."""
        if self.protected_identity:
            return PROTECTED_IDENTITY_TEXT
        return self.id_number or ""

    def to_input(self) -> YoungPersonInput:
        """Return the editable fields (e.g. to pre-fill a form)."""
        return YoungPersonInput(
            first_name=self.first_name,
            last_name=self.last_name,
            id_number=self.id_number or "",
            protected_identity=self.protected_identity,
            birth_date=self.birth_date,
            gender=self.gender,
            school=self.school,
            school_class=self.school_class,
            area=self.area,
            home_municipality=self.home_municipality,
            interpreter_language=self.interpreter_language,
        )


@dataclass(frozen=True, slots=True)
class RelatedPersonInput:
    """The editable fields of a guardian or other related person."""

    first_name: str
    last_name: str
    id_number: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    protected_address: bool = False
    interpreter_language: str = ""


@dataclass(frozen=True, slots=True)
class RelatedPerson:
    """A related person as stored."""

    id: str
    first_name: str
    last_name: str
    id_number: str | None
    phone: str
    email: str
    address: str
    protected_address: bool
    interpreter_language: str
    created_at: datetime
    updated_at: datetime

    @property
    def full_name(self) -> str:
        """First and last name."""
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def address_display(self) -> str:
        """The address for lists, or "Skyddad adress" when protected."""
        return PROTECTED_ADDRESS_TEXT if self.protected_address else self.address

    def to_input(self) -> RelatedPersonInput:
        """Return the editable fields (e.g. to pre-fill a form)."""
        return RelatedPersonInput(
            first_name=self.first_name,
            last_name=self.last_name,
            id_number=self.id_number or "",
            phone=self.phone,
            email=self.email,
            address=self.address,
            protected_address=self.protected_address,
            interpreter_language=self.interpreter_language,
        )


@dataclass(frozen=True, slots=True)
class PersonLink:
    """How a related person is connected to a young person."""

    id: str
    young_person_id: str
    related_person_id: str
    relationship: Relationship
    custody_type: CustodyType
    created_at: datetime
    updated_at: datetime
