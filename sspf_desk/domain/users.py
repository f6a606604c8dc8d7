"""Users of SSPF Desk: each one is bound to a passphrase key slot of the vault."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sspf_desk.domain.enums import Role

RECOVERY_ACTOR = "recovery"
SYSTEM_ACTOR = "system"


@dataclass(frozen=True, slots=True)
class User:
    """A person who uses SSPF Desk.

    Attributes:
        id: UUID string, or ``"recovery"`` for the session opened with the recovery key.
        name: Display name.
        role: What the user may do.
        slot_id: The vault key slot the user unlocks with.
        active: False once the user has been deactivated (their slot is removed).
        created_at: When the user was added (UTC).
        updated_at: Last change (UTC).
    """

    id: str
    name: str
    role: Role
    slot_id: str
    active: bool
    created_at: datetime
    updated_at: datetime

    @property
    def is_recovery(self) -> bool:
        """Whether this is the stand-in user of a recovery-key session."""
        return self.id == RECOVERY_ACTOR
