"""Saving the concern form: create or update, and a new SSPF case decision via ``set_outcome``.

The decision "taken up as an SSPF case" goes through the service's ``set_outcome``, which
opens the case (or links the young person's open case) and returns its id: the concern is
first saved with the decision as it stood, then decided. Should the second step fail, the
saver already knows the concern, so the next attempt updates it instead of adding another.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sspf_desk.domain import Concern, ConcernInput, ConcernOutcome
from sspf_desk.ui.ports_concerns import ConcernsPort

__all__ = ["ConcernSaved", "ConcernSaver"]


@dataclass(frozen=True, slots=True)
class ConcernSaved:
    """What saving the form did.

    Attributes:
        concern: The concern as stored.
        case_id: The case opened or linked by this save (None if the save made no case).
    """

    concern: Concern
    case_id: str | None


class ConcernSaver:
    """The form's save function for one concern (new when ``existing`` is None)."""

    def __init__(self, concerns: ConcernsPort, existing: Concern | None) -> None:
        self._concerns = concerns
        self._existing = existing

    @property
    def concern_id(self) -> str | None:
        """The concern's id once it exists."""
        return self._existing.id if self._existing is not None else None

    def __call__(self, data: ConcernInput) -> ConcernSaved:
        """Save ``data``; raises the service's ``ValidationError``."""
        before = self._existing
        becomes_case = data.outcome is ConcernOutcome.SSPF_CASE and (
            before is None or before.case_id is None
        )
        first = data
        if becomes_case:  # save everything else with the decision as it stood
            first = replace(
                data,
                outcome=before.outcome if before is not None else ConcernOutcome.PENDING,
                outcome_on=before.outcome_on if before is not None else None,
                outcome_reason=before.outcome_reason if before is not None else "",
            )
        if before is None:
            stored = self._concerns.create_concern(first)
        else:
            stored = self._concerns.update_concern(before.id, first)
        self._existing = stored
        if not becomes_case:
            return ConcernSaved(stored, None)
        case_id = self._concerns.set_outcome(
            stored.id, ConcernOutcome.SSPF_CASE, data.outcome_on, data.outcome_reason
        )
        self._existing = replace(
            stored,
            outcome=ConcernOutcome.SSPF_CASE,
            outcome_on=data.outcome_on,
            outcome_reason=data.outcome_reason,
            case_id=case_id,
        )
        return ConcernSaved(self._existing, case_id)
