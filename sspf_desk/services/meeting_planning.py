"""Planning meetings: the standing agendas, carried-over items, suggested individual items,
recurring series and calendar invitations.

The functions on a ``Session`` (:func:`agenda_templates`) are the building blocks
``MeetingService`` uses inside its own unit of work; :class:`MeetingPlanningService` is the
use-case facade for the settings page and the meetings page.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date

from sqlalchemy.orm import Session

from sspf_desk.domain import MeetingType
from sspf_desk.domain.agenda import AgendaTemplateItem
from sspf_desk.domain.agenda_templates import (
    AgendaTemplates,
    normalised,
    overrides_of,
    validate_agenda_templates,
    with_defaults,
)
from sspf_desk.errors import ValidationError
from sspf_desk.services import vault_settings
from sspf_desk.store.uow import Store

__all__ = ["MeetingPlanningService", "agenda_templates"]


def agenda_templates(session: Session) -> AgendaTemplates:
    """The standing agenda of every meeting type: the vault's own where set, else the
    defaults (:data:`sspf_desk.domain.agenda.DEFAULT_AGENDAS`)."""
    return with_defaults(vault_settings.AGENDA_TEMPLATES.read(session))


class MeetingPlanningService:
    """Use cases of planning: standing agendas, series, calendar invitations."""

    def __init__(self, store: Store, *, today: Callable[[], date] = date.today) -> None:
        """Plan meetings in ``store``; ``today`` is the clock of the suggestions."""
        self._store = store
        self._today = today

    # -- standing agendas ------------------------------------------------------------------

    def agenda_templates(self) -> AgendaTemplates:
        """The standing agenda of every meeting type (see :func:`agenda_templates`)."""
        with self._store.unit_of_work() as session:
            return agenda_templates(session)

    def set_agenda_templates(
        self, templates: Mapping[MeetingType, Sequence[AgendaTemplateItem]]
    ) -> None:
        """Replace the standing agendas of the types in ``templates`` (others stay as they are).

        Titles and notes are stripped. An agenda equal to the default is not stored, so it
        follows the defaults of later versions. The change is audited with the changed types.

        Raises:
            ValidationError: Every agenda needs 1–50 items; titles are required and short
                (≤ 200 characters); no text may hold an id number. Fields
                ``<type>`` and ``<type>.<index>.<section|title|notes>``.
        """
        given = {kind: normalised(items) for kind, items in templates.items()}
        errors = validate_agenda_templates(given)
        if errors:
            raise ValidationError(errors)
        with self._store.unit_of_work() as session:
            merged = dict(vault_settings.AGENDA_TEMPLATES.read(session))
            merged.update(given)
            vault_settings.AGENDA_TEMPLATES.write(session, overrides_of(merged))

    def reset_agenda_template(self, meeting_type: MeetingType) -> None:
        """Return the standing agenda of ``meeting_type`` to the default."""
        with self._store.unit_of_work() as session:
            current = vault_settings.AGENDA_TEMPLATES.read(session)
            if meeting_type not in current:
                return
            kept = {kind: items for kind, items in current.items() if kind is not meeting_type}
            vault_settings.AGENDA_TEMPLATES.write(session, overrides_of(kept))
