"""Medborgarlöften: promises, their activities and progress entries, the quarterly follow-up.

A promise of the municipality and the local police holds no personal data (DOMAIN.md §5),
so reading it is not audited as a view; every row change is audited by the store, and the
follow-up report leaving the program as a PDF is recorded as an export. Deleting a promise
or an activity deletes what belongs to it row by row, so the audit trail names each row.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sspf_desk.domain.promises import (
    QUARTERS,
    Activity,
    ActivityInput,
    Progress,
    ProgressInput,
    Promise,
    PromiseInput,
    PromiseReport,
    validate_activity,
    validate_progress,
    validate_promise,
)
from sspf_desk.errors import NotFoundError, ValidationError
from sspf_desk.export.promise_pdf import promise_report_pdf
from sspf_desk.services.promise_results import activity_result, store_counter
from sspf_desk.services.promise_rows import PromiseRow
from sspf_desk.store import audit, repo_promises
from sspf_desk.store.models_promises import (
    PromiseActivityRecord,
    PromiseProgressRecord,
    PromiseRecord,
)
from sspf_desk.store.uow import Store

log = logging.getLogger(__name__)

__all__ = ["PromiseRow", "PromiseService"]

BAD_QUARTER = "Välj ett kvartal mellan 1 och 4."
OTHER_PROMISE = "Aktiviteten kan inte flyttas till ett annat medborgarlöfte."
OTHER_ACTIVITY = "Resultatet kan inte flyttas till en annan aktivitet."


def _progress(session: Session, progress_id: str) -> PromiseProgressRecord:
    record = session.get(PromiseProgressRecord, progress_id)
    if record is None:
        raise NotFoundError()
    return record


class PromiseService:
    """Use cases for medborgarlöften."""

    def __init__(self, store: Store, *, today: Callable[[], date] = date.today) -> None:
        """Serve promises from ``store``; ``today`` is the latest day progress may be dated."""
        self._store = store
        self._today = today

    # -- promises --------------------------------------------------------------------------

    def list_promises(self) -> list[PromiseRow]:
        """Every promise with its number of activities, the newest year first."""
        with self._store.unit_of_work() as session:
            rows = repo_promises.promise_rows(session)
        return [PromiseRow(*row) for row in rows]

    def get_promise(self, promise_id: str) -> Promise:
        """Return one promise.

        Raises:
            NotFoundError: No such promise.
        """
        with self._store.unit_of_work() as session:
            return repo_promises.get_promise(session, promise_id).to_domain()

    def create_promise(self, data: PromiseInput) -> Promise:
        """Validate and store a new promise.

        Raises:
            ValidationError: Field messages (``focus_areas.<i>``, ``signatories.<i>.name``).
        """
        errors = validate_promise(data)
        if errors:
            raise ValidationError(errors)
        with self._store.unit_of_work() as session:
            record = PromiseRecord()
            record.apply(data)
            session.add(record)
            session.flush()
            promise = record.to_domain()
        log.info("promise created")
        return promise

    def update_promise(self, promise_id: str, data: PromiseInput) -> Promise:
        """Validate and save new values for a promise.

        Progress entries outside a changed year stay but no longer count.

        Raises:
            ValidationError: As for :meth:`create_promise`.
            NotFoundError: No such promise.
        """
        errors = validate_promise(data)
        with self._store.unit_of_work() as session:
            record = repo_promises.get_promise(session, promise_id)
            if errors:
                raise ValidationError(errors)
            record.apply(data)
            session.flush()
            promise = record.to_domain()
        log.info("promise updated")
        return promise

    def delete_promise(self, promise_id: str) -> None:
        """Delete a promise with its activities and their progress entries.

        Raises:
            NotFoundError: No such promise.
        """
        with self._store.unit_of_work() as session:
            record = repo_promises.get_promise(session, promise_id)
            activities = repo_promises.activities_of(session, promise_id)
            for entry in repo_promises.progress_of(session, [a.id for a in activities]):
                session.delete(entry)
            session.flush()
            for activity in activities:
                session.delete(activity)
            session.flush()
            session.delete(record)
        log.info("promise deleted")

    # -- activities ------------------------------------------------------------------------

    def activities(self, promise_id: str) -> list[Activity]:
        """The activities of a promise in their order.

        Raises:
            NotFoundError: No such promise.
        """
        with self._store.unit_of_work() as session:
            repo_promises.get_promise(session, promise_id)
            return [
                record.to_domain() for record in repo_promises.activities_of(session, promise_id)
            ]

    def add_activity(self, data: ActivityInput) -> Activity:
        """Validate and add an activity last in its promise.

        Raises:
            ValidationError: Field messages.
            NotFoundError: No such promise.
        """
        errors = validate_activity(data)
        with self._store.unit_of_work() as session:
            repo_promises.get_promise(session, data.promise_id)
            if errors:
                raise ValidationError(errors)
            last = session.scalar(
                select(func.max(PromiseActivityRecord.position)).where(
                    PromiseActivityRecord.promise_id == data.promise_id
                )
            )
            record = PromiseActivityRecord()
            record.apply(data)
            record.position = 0 if last is None else last + 1
            session.add(record)
            session.flush()
            activity = record.to_domain()
        log.info("promise activity added")
        return activity

    def update_activity(self, activity_id: str, data: ActivityInput) -> Activity:
        """Validate and save new values for an activity (its place stays).

        Raises:
            ValidationError: Field messages; ``promise_id`` when ``data`` names another
                promise.
            NotFoundError: No such activity.
        """
        errors = validate_activity(data)
        with self._store.unit_of_work() as session:
            record = repo_promises.get_activity(session, activity_id)
            if data.promise_id != record.promise_id:
                errors["promise_id"] = OTHER_PROMISE
            if errors:
                raise ValidationError(errors)
            position = record.position
            record.apply(data)
            record.position = position
            session.flush()
            activity = record.to_domain()
        log.info("promise activity updated")
        return activity

    def delete_activity(self, activity_id: str) -> None:
        """Delete an activity with its progress entries.

        Raises:
            NotFoundError: No such activity.
        """
        with self._store.unit_of_work() as session:
            record = repo_promises.get_activity(session, activity_id)
            for entry in repo_promises.progress_of(session, [activity_id]):
                session.delete(entry)
            session.flush()
            session.delete(record)
        log.info("promise activity deleted")

    def move_activity(self, activity_id: str, offset: int) -> None:
        """Move an activity ``offset`` places (negative: up) within its promise.

        The move stops at the first or last place; the activities are then numbered
        0, 1, 2, … in their new order.

        Raises:
            NotFoundError: No such activity.
        """
        with self._store.unit_of_work() as session:
            record = repo_promises.get_activity(session, activity_id)
            siblings = repo_promises.activities_of(session, record.promise_id)
            old = siblings.index(record)
            new = max(0, min(len(siblings) - 1, old + offset))
            siblings.insert(new, siblings.pop(old))
            for position, sibling in enumerate(siblings):
                if sibling.position != position:
                    sibling.position = position

    # -- progress --------------------------------------------------------------------------

    def progress(self, activity_id: str) -> list[Progress]:
        """The progress entries of an activity, by date.

        Raises:
            NotFoundError: No such activity.
        """
        with self._store.unit_of_work() as session:
            repo_promises.get_activity(session, activity_id)
            return [r.to_domain() for r in repo_promises.progress_of(session, [activity_id])]

    def _check_progress(self, session: Session, data: ProgressInput) -> None:
        """Validate a progress entry against its promise's year and today.

        Raises:
            ValidationError: Field messages.
            NotFoundError: No such activity.
        """
        activity = repo_promises.get_activity(session, data.activity_id)
        year = repo_promises.get_promise(session, activity.promise_id).year
        errors = validate_progress(data, year=year, today=self._today())
        if errors:
            raise ValidationError(errors)

    def add_progress(self, data: ProgressInput) -> Progress:
        """Validate and record a progress entry (in the promise's year, not in the future).

        Raises:
            ValidationError: ``on`` outside the year or in the future, ``amount`` 0 or too
                large, ``note`` too long.
            NotFoundError: No such activity.
        """
        with self._store.unit_of_work() as session:
            self._check_progress(session, data)
            record = PromiseProgressRecord()
            record.apply(data)
            session.add(record)
            session.flush()
            entry = record.to_domain()
        log.info("promise progress added")
        return entry

    def update_progress(self, progress_id: str, data: ProgressInput) -> Progress:
        """Validate and save new values for a progress entry.

        Raises:
            ValidationError: As for :meth:`add_progress`; ``activity_id`` when ``data``
                names another activity.
            NotFoundError: No such progress entry.
        """
        with self._store.unit_of_work() as session:
            record = _progress(session, progress_id)
            if data.activity_id != record.activity_id:
                raise ValidationError({"activity_id": OTHER_ACTIVITY})
            self._check_progress(session, data)
            record.apply(data)
            session.flush()
            entry = record.to_domain()
        log.info("promise progress updated")
        return entry

    def delete_progress(self, progress_id: str) -> None:
        """Delete a progress entry.

        Raises:
            NotFoundError: No such progress entry.
        """
        with self._store.unit_of_work() as session:
            session.delete(_progress(session, progress_id))
        log.info("promise progress deleted")

    # -- follow-up -------------------------------------------------------------------------

    def _report(
        self, session: Session, promise_id: str, quarter: int, made_on: date
    ) -> PromiseReport:
        promise = repo_promises.get_promise(session, promise_id).to_domain()
        activities = [
            record.to_domain() for record in repo_promises.activities_of(session, promise_id)
        ]
        entries: dict[str, list[Progress]] = {a.id: [] for a in activities}
        for record in repo_promises.progress_of(session, list(entries)):
            entries[record.activity_id].append(record.to_domain())
        count = store_counter(session)
        year = promise.data.year
        results = tuple(
            activity_result(activity, entries[activity.id], count, year, quarter)
            for activity in activities
        )
        return PromiseReport(promise, year, quarter, made_on, results)

    def follow_up(
        self, promise_id: str, quarter: int, *, today: date | None = None
    ) -> PromiseReport:
        """Every activity's result, Ja/Delvis/Nej and cumulative series up to ``quarter``.

        See :mod:`sspf_desk.services.promise_results` for what is counted.

        Args:
            promise_id: The promise.
            quarter: 1–4 of the promise's year.
            today: The report's date (``made_on``; default: the service's clock).

        Raises:
            ValidationError: ``quarter`` not 1–4.
            NotFoundError: No such promise.
        """
        if not 1 <= quarter <= QUARTERS:
            raise ValidationError({"quarter": BAD_QUARTER})
        made_on = today or self._today()
        with self._store.unit_of_work() as session:
            return self._report(session, promise_id, quarter, made_on)

    def report_pdf(self, promise_id: str, quarter: int) -> bytes:
        """The quarterly follow-up as a PDF/A fit to publish; recorded as an export.

        Raises:
            ValidationError: ``quarter`` not 1–4.
            NotFoundError: No such promise.
        """
        if not 1 <= quarter <= QUARTERS:
            raise ValidationError({"quarter": BAD_QUARTER})
        with self._store.unit_of_work() as session:
            report = self._report(session, promise_id, quarter, self._today())
            data = promise_report_pdf(report)
            audit.record_export(session, "citizen_promise", promise_id, (f"follow_up_q{quarter}",))
        log.info("promise follow-up printed")
        return data
