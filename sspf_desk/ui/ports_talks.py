"""What the Bekymringssamtal page and its form need from the services, as ``Protocol`` types.

Like ``ui.ports`` these keep the GUI off the storage layers: the real ``Workspace`` gives
``ConcernTalkService`` (checked by mypy in ``sspf_desk.app``), tests hand in small fakes.
"""

from __future__ import annotations

from typing import Protocol

from sspf_desk.domain import ConcernTalk, ConcernTalkInput, TalkParticipant
from sspf_desk.services.concern_talk_rows import ConcernTalkRow


class TalkEditorPort(Protocol):
    """The calls the bekymringssamtal form makes."""

    def create_talk(self, data: ConcernTalkInput) -> ConcernTalk:
        """Store a new talk; raises ``ValidationError`` (messages by field)."""
        ...

    def update_talk(self, talk_id: str, data: ConcernTalkInput) -> ConcernTalk:
        """Change a talk; raises ``ValidationError``."""
        ...

    def suggested_participants(self, young_person_id: str) -> tuple[TalkParticipant, ...]:
        """The young person and their guardians with custody, with names and roles."""
        ...


class ConcernTalksPort(TalkEditorPort, Protocol):
    """The talk service calls the Bekymringssamtal page makes."""

    def list_talks(self, young_person_id: str | None = None) -> list[ConcernTalkRow]:
        """The talks (of one young person when given), newest first."""
        ...

    def get_talk(self, talk_id: str) -> ConcernTalk:
        """One talk (recorded as a view in the audit trail); raises ``NotFoundError``."""
        ...

    def delete_talk(self, talk_id: str) -> None:
        """Delete a talk with its participants and agreements."""
        ...
