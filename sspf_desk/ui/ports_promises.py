"""What the Medborgarlöften page and its forms need from the services (``Protocol`` types).

Like ``ui.ports`` these keep the GUI off the storage layers: the real ``Workspace`` gives
``PromiseService`` (checked by mypy in ``sspf_desk.app``), tests hand in a small fake.
Nothing a promise holds is personal data.
"""

from __future__ import annotations

from typing import Protocol

from sspf_desk.domain.promises import (
    Activity,
    ActivityInput,
    Progress,
    ProgressInput,
    Promise,
    PromiseInput,
    PromiseReport,
)
from sspf_desk.services.promise_rows import PromiseRow


class PromiseEditorPort(Protocol):
    """The calls the promise form makes."""

    def create_promise(self, data: PromiseInput) -> Promise:
        """Store a new promise; raises ``ValidationError`` (messages by field)."""
        ...

    def update_promise(self, promise_id: str, data: PromiseInput) -> Promise:
        """Change a promise; raises ``ValidationError`` or ``NotFoundError``."""
        ...


class ActivityEditorPort(Protocol):
    """The calls the activity form makes."""

    def add_activity(self, data: ActivityInput) -> Activity:
        """Add an activity last in its promise; raises ``ValidationError``."""
        ...

    def update_activity(self, activity_id: str, data: ActivityInput) -> Activity:
        """Change an activity; raises ``ValidationError`` or ``NotFoundError``."""
        ...


class ProgressEditorPort(Protocol):
    """The calls the progress-entry form makes."""

    def add_progress(self, data: ProgressInput) -> Progress:
        """Record a progress entry (in the promise's year, not in the future)."""
        ...

    def update_progress(self, progress_id: str, data: ProgressInput) -> Progress:
        """Change a progress entry; raises ``ValidationError`` or ``NotFoundError``."""
        ...


class PromisesPort(PromiseEditorPort, ActivityEditorPort, ProgressEditorPort, Protocol):
    """The promise service calls the Medborgarlöften page makes."""

    def list_promises(self) -> list[PromiseRow]:
        """Every promise with its number of activities."""
        ...

    def get_promise(self, promise_id: str) -> Promise:
        """One promise; raises ``NotFoundError``."""
        ...

    def delete_promise(self, promise_id: str) -> None:
        """Delete a promise with its activities and their progress entries."""
        ...

    def delete_activity(self, activity_id: str) -> None:
        """Delete an activity with its progress entries."""
        ...

    def move_activity(self, activity_id: str, offset: int) -> None:
        """Move an activity ``offset`` places within its promise."""
        ...

    def progress(self, activity_id: str) -> list[Progress]:
        """The progress entries of an activity, by date."""
        ...

    def delete_progress(self, progress_id: str) -> None:
        """Delete a progress entry."""
        ...

    def follow_up(self, promise_id: str, quarter: int) -> PromiseReport:
        """Every activity's result, Ja/Delvis/Nej and trend up to ``quarter`` (1–4)."""
        ...

    def report_pdf(self, promise_id: str, quarter: int) -> bytes:
        """The quarterly follow-up report as a PDF (fit to publish: no personal data)."""
        ...
