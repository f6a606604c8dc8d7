"""The health report of an open vault (``sspf-desk check``).

It checks, in order: every encrypted chunk of the file on disk, the database's own
integrity check and foreign keys, the hash chain of the audit trail; and counts the
records of each type. It reads only; it changes nothing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sspf_desk.errors import KnownError
from sspf_desk.store import verify_chain
from sspf_desk.store.rows import count_rows, table_names
from sspf_desk.store.uow import Store
from sspf_desk.vault import Vault

log = logging.getLogger(__name__)

#: Names of the record types for people, per language (table name when missing).
RECORD_TYPE_NAMES: dict[str, dict[str, str]] = {
    "sv": {
        "user": "användare",
        "young_person": "ungdomar",
        "related_person": "närstående",
        "person_link": "kopplingar ungdom–närstående",
        "risk_category": "riskkategorier",
        "concern": "orosignaler",
        "concern_risk": "riskmarkeringar på orosignaler",
        "consent": "samtycken",
        "consent_party": "parter i samtycken",
        "consent_category": "uppgiftstyper i samtycken",
        "ground_record": "beslut om rättslig grund",
        "ground_record_category": "uppgiftstyper i beslut om rättslig grund",
        "disclosure": "utlämnanden",
        "disclosure_category": "uppgiftstyper i utlämnanden",
        "disclosure_consent": "samtycken bakom utlämnanden",
        "sspf_case": "ärenden",
        "case_event": "statusändringar i ärenden",
        "action_plan": "åtagandeplaner",
        "action_item": "insatser i åtagandeplaner",
        "attachment": "bilagor",
        "vault_setting": "inställningar",
        "meeting_series": "mötesserier",
        "meeting": "möten",
        "meeting_attendee": "kallade till möten",
        "agenda_item": "punkter på dagordningar",
        "meeting_action": "åtgärder i protokoll",
        "meeting_version": "tidigare protokollversioner",
        "concern_talk": "bekymringssamtal",
        "concern_talk_participant": "deltagare i bekymringssamtal",
        "concern_talk_agreement": "överenskommelser i bekymringssamtal",
        "group_site": "platser och grupper",
        "group_observation": "iakttagelser på grupp- och områdesnivå",
        "group_measure": "åtgärder på grupp- och områdesnivå",
        "citizen_promise": "medborgarlöften",
        "promise_activity": "aktiviteter i medborgarlöften",
        "promise_progress": "registrerade resultat i medborgarlöften",
        "audit_entry": "loggposter",
        "meta": "interna uppgifter",
    },
    "en": {
        "user": "users",
        "young_person": "young persons",
        "related_person": "related persons",
        "person_link": "young person–related person links",
        "risk_category": "risk categories",
        "concern": "concerns",
        "concern_risk": "risk markings on concerns",
        "consent": "consents",
        "consent_party": "parties of consents",
        "consent_category": "information categories of consents",
        "ground_record": "legal-ground records",
        "ground_record_category": "information categories of legal-ground records",
        "disclosure": "disclosures",
        "disclosure_category": "information categories of disclosures",
        "disclosure_consent": "consents behind disclosures",
        "sspf_case": "cases",
        "case_event": "case status changes",
        "action_plan": "action plans",
        "action_item": "action plan items",
        "attachment": "attachments",
        "vault_setting": "settings",
        "meeting_series": "meeting series",
        "meeting": "meetings",
        "meeting_attendee": "meeting invitees",
        "agenda_item": "agenda items",
        "meeting_action": "actions in minutes",
        "meeting_version": "earlier versions of minutes",
        "concern_talk": "concern talks",
        "concern_talk_participant": "concern talk participants",
        "concern_talk_agreement": "concern talk agreements",
        "group_site": "places and groups",
        "group_observation": "group and area level observations",
        "group_measure": "group and area level measures",
        "citizen_promise": "citizen promises",
        "promise_activity": "citizen promise activities",
        "promise_progress": "citizen promise progress entries",
        "audit_entry": "audit entries",
        "meta": "internal entries",
    },
}


@dataclass(frozen=True, slots=True)
class RecordCount:
    """How many records of one type (table) the vault holds."""

    record_type: str
    count: int


@dataclass(frozen=True, slots=True)
class CheckReport:
    """Result of checking an open vault.

    Attributes:
        chunks: Encrypted chunks verified on disk (``None`` if verification failed).
        chunk_error: Swedish message when a chunk or the file could not be verified.
        database_problems: Findings of ``PRAGMA quick_check`` / ``foreign_key_check``
            (structural, no personal data); empty when the database is consistent.
        audit_ok: The audit chain is intact.
        audit_entries: Number of audit entries.
        audit_first_bad_seq: First missing, altered or misplaced entry.
        counts: Records per type, in schema order.
    """

    chunks: int | None
    chunk_error: str | None
    database_problems: tuple[str, ...]
    audit_ok: bool
    audit_entries: int
    audit_first_bad_seq: int | None
    counts: tuple[RecordCount, ...]

    @property
    def ok(self) -> bool:
        """Whether every check passed."""
        return self.chunk_error is None and not self.database_problems and self.audit_ok

    def lines(self, lang: str = "sv") -> list[str]:
        """The report as lines of text for a terminal, in Swedish or English ("en")."""
        en = lang == "en"
        ok, bad = ("ok", "FAULT") if en else ("ok", "FEL")
        if self.chunk_error is None:
            label = "Encrypted chunks verified" if en else "Krypterade block kontrollerade"
            lines = [f"{label}: {self.chunks} – {ok}"]
        else:
            lines = [f"{'Encrypted file' if en else 'Krypterad fil'}: {bad} – {self.chunk_error}"]
        label = "Database integrity" if en else "Databasens integritet"
        detail = ok if not self.database_problems else f"{bad} ({len(self.database_problems)})"
        lines.append(f"{label}: {detail}")
        label = "Audit trail" if en else "Loggkedjan"
        if self.audit_ok:
            entries = "entries" if en else "poster"
            lines.append(f"{label}: {ok} ({self.audit_entries} {entries})")
        else:
            at = "broken at entry" if en else "bruten vid post"
            lines.append(f"{label}: {bad} – {at} {self.audit_first_bad_seq}")
        names = RECORD_TYPE_NAMES["en" if en else "sv"]
        lines.append("Records:" if en else "Antal poster:")
        lines.extend(f"  {names.get(c.record_type, c.record_type)}: {c.count}" for c in self.counts)
        return lines

    def count(self, record_type: str) -> int:
        """Return the number of records of one type (0 for an unknown type)."""
        return next((c.count for c in self.counts if c.record_type == record_type), 0)


def build_check_report(store: Store, vault: Vault) -> CheckReport:
    """Run every check on an open vault (flush pending saves first to check the newest file)."""
    chunks: int | None = None
    chunk_error: str | None = None
    try:
        chunks = vault.verify_on_disk()
    except KnownError as exc:
        chunk_error = exc.message("sv")
    except OSError as exc:
        log.warning("check: vault file unreadable: %s", type(exc).__name__)
        chunk_error = "Valvfilen kunde inte läsas."
    problems = store.database.quick_check()
    with store.unit_of_work() as session:
        chain = verify_chain(session)
        counts = tuple(RecordCount(name, count_rows(session, name)) for name in table_names())
    report = CheckReport(
        chunks=chunks,
        chunk_error=chunk_error,
        database_problems=problems,
        audit_ok=chain.ok,
        audit_entries=chain.entries,
        audit_first_bad_seq=chain.first_bad_seq,
        counts=counts,
    )
    log.info("check finished: ok=%s", report.ok)
    return report
