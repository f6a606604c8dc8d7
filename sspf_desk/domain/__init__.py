"""The domain: plain typed dataclasses, enums and pure rules (no Qt, no SQLAlchemy)."""

from sspf_desk.domain.audit import AuditEntry
from sspf_desk.domain.enums import AuditAction, CustodyType, Gender, IdKind, Relationship, Role
from sspf_desk.domain.identity import Identity, IdentityError, IdentityProblem, parse_identity
from sspf_desk.domain.passphrase import (
    MIN_PASSPHRASE_LENGTH,
    PassphraseProblem,
    classify_passphrase,
    passphrase_problem,
)
from sspf_desk.domain.persons import (
    PROTECTED_ADDRESS_TEXT,
    PROTECTED_IDENTITY_TEXT,
    PersonLink,
    RelatedPerson,
    RelatedPersonInput,
    YoungPerson,
    YoungPersonInput,
)
from sspf_desk.domain.rules import (
    age_on,
    normalize_related_person,
    normalize_young_person,
    validate_link,
    validate_related_person,
    validate_young_person,
)
from sspf_desk.domain.users import User

__all__ = [
    "MIN_PASSPHRASE_LENGTH",
    "PROTECTED_ADDRESS_TEXT",
    "PROTECTED_IDENTITY_TEXT",
    "AuditAction",
    "AuditEntry",
    "CustodyType",
    "Gender",
    "IdKind",
    "Identity",
    "IdentityError",
    "IdentityProblem",
    "PassphraseProblem",
    "PersonLink",
    "RelatedPerson",
    "RelatedPersonInput",
    "Relationship",
    "Role",
    "User",
    "YoungPerson",
    "YoungPersonInput",
    "age_on",
    "classify_passphrase",
    "normalize_related_person",
    "normalize_young_person",
    "parse_identity",
    "passphrase_problem",
    "validate_link",
    "validate_related_person",
    "validate_young_person",
]
