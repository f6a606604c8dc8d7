"""Scans of signed consent forms: encrypted blobs beside the vault, metadata in the database.

Order of operations (DESIGN.md §2): adding writes the blob, then the row; replacing or
removing deletes the row, waits until the vault is saved, then deletes the old blob. A
crash in between leaves at most an orphan blob, never a row without its blob. The bytes
are returned from memory only; opening a form is audited as a view.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from collections.abc import Callable

from sqlalchemy.orm import Session

from sspf_desk.errors import UsageError, ValidationError
from sspf_desk.store import audit, repo_consent
from sspf_desk.store.models_consent import AttachmentRecord
from sspf_desk.store.uow import Store
from sspf_desk.vault.attachments import AttachmentStore
from sspf_desk.vault.blob import DamagedAttachmentError

log = logging.getLogger(__name__)

SIGNED_CONSENT_KIND = "signed_consent"
#: Formats a scanned form may have.
MEDIA_TYPES = frozenset({"application/pdf", "image/png", "image/jpeg", "image/tiff"})
MAX_FORM_BYTES = 50 * 1024 * 1024


class SignedForms:
    """Attach, open and remove the signed form of a consent."""

    def __init__(
        self, store: Store, attachments: AttachmentStore | None, flush: Callable[[], None]
    ) -> None:
        """Use ``attachments`` for the blobs; ``flush`` waits until the vault is saved."""
        self._store = store
        self._attachments = attachments
        self._flush = flush

    def _files(self) -> AttachmentStore:
        """The attachment store (missing only in store-level tests)."""
        if self._attachments is None:
            raise UsageError("Bilagor kan inte hanteras utan ett öppet valv.")
        return self._attachments

    def attach(self, consent_id: str, data: bytes, media_type: str) -> None:
        """Store ``data`` as the consent's signed form, replacing an earlier one.

        Raises:
            ValidationError: ``data`` empty or too large, ``media_type`` not a scan format.
            NotFoundError: No such consent.
            AttachmentSaveError: The blob could not be written (nothing changed).
        """
        errors: dict[str, str] = {}
        if not data:
            errors["data"] = "Filen är tom."
        elif len(data) > MAX_FORM_BYTES:
            errors["data"] = "Filen är för stor (högst 50 MB)."
        if media_type not in MEDIA_TYPES:
            errors["media_type"] = "Välj en PDF eller en bild (PNG, JPEG, TIFF)."
        if errors:
            raise ValidationError(errors)
        with self._store.unit_of_work() as session:
            repo_consent.get_consent(session, consent_id)  # fail before writing a blob
        files = self._files()
        ref = files.put(data)
        try:
            with self._store.unit_of_work() as session:
                consent = repo_consent.get_consent(session, consent_id)
                row = AttachmentRecord(
                    young_person_id=consent.young_person_id,
                    kind=SIGNED_CONSENT_KIND,
                    media_type=media_type,
                    size=ref.size,
                    blob_name=ref.blob_name,
                    sha256=ref.sha256,
                )
                session.add(row)
                session.flush()
                old = self._detach(session, consent.signed_attachment_id)
                consent.signed_attachment_id = row.id
        except BaseException:
            files.delete(ref.blob_name)
            raise
        self._delete_blob_after_save(old)
        log.info("signed consent form attached")

    def open(self, consent_id: str) -> tuple[bytes, str]:
        """Return the signed form's bytes and media type; the view is audited.

        Raises:
            NotFoundError: No such consent.
            NoSignedFormError: The consent has no signed form (a ValidationError).
            AttachmentMissingError, DamagedAttachmentError: The blob is gone or damaged.
        """
        with self._store.unit_of_work() as session:
            consent = repo_consent.get_consent(session, consent_id)
            if consent.signed_attachment_id is None:
                raise NoSignedFormError()
            row = repo_consent.get_attachment(session, consent.signed_attachment_id)
            blob_name, digest, media_type = row.blob_name, row.sha256, row.media_type
            audit.record_view(session, "attachment", row.id)
        data = self._files().get(blob_name)
        if not hmac.compare_digest(hashlib.sha256(data).hexdigest(), digest):
            raise DamagedAttachmentError("digest")
        return data, media_type

    def remove(self, consent_id: str) -> None:
        """Remove the consent's signed form (row first, blob after the save).

        Raises:
            NotFoundError: No such consent.
        """
        with self._store.unit_of_work() as session:
            consent = repo_consent.get_consent(session, consent_id)
            old = self._detach(session, consent.signed_attachment_id)
            consent.signed_attachment_id = None
        self._delete_blob_after_save(old)

    @staticmethod
    def _detach(session: Session, attachment_id: str | None) -> str | None:
        """Delete an attachment row in the session; return its blob name."""
        if attachment_id is None:
            return None
        row = repo_consent.get_attachment(session, attachment_id)
        session.delete(row)
        return row.blob_name

    def _delete_blob_after_save(self, blob_name: str | None) -> None:
        """Wait until the row deletion is on disk, then delete the blob."""
        if blob_name is None:
            return
        self._flush()
        try:
            self._files().delete(blob_name)
        except OSError as exc:  # an orphan blob is harmless (encrypted, unreferenced)
            log.warning("old attachment blob not removed: %s", type(exc).__name__)


class NoSignedFormError(ValidationError):
    """The consent has no signed form attached."""

    def __init__(self) -> None:
        super().__init__({"signed_attachment_id": "Samtycket har ingen inskannad blankett."})
