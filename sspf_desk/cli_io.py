"""Terminal input and output for the command line: passphrases, messages, private files."""

from __future__ import annotations

import ctypes.util
import errno
import getpass
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from sspf_desk.domain.passphrase import MIN_PASSPHRASE_LENGTH, passphrase_problem
from sspf_desk.errors import KnownError, UsageError

PASSPHRASE_ENV = "SSPF_DESK_PASSPHRASE"

_ENTITY_NAMES = {
    "sv": {
        "young_person": "Ungdomar",
        "related_person": "Vårdnadshavare och närstående",
        "person_link": "Kopplingar ungdom–närstående",
        "user": "Användare",
        "audit_entry": "Loggposter",
        "risk_category": "Riskkategorier",
        "concern": "Orosignaler",
        "concern_risk": "Riskmarkeringar på orosignaler",
        "consent": "Samtycken",
        "consent_party": "Parter i samtycken",
        "consent_category": "Uppgiftstyper i samtycken",
        "ground_record": "Beslut om rättslig grund",
        "ground_record_category": "Uppgiftstyper i beslut om rättslig grund",
        "disclosure": "Utlämnanden",
        "disclosure_category": "Uppgiftstyper i utlämnanden",
        "disclosure_consent": "Samtycken bakom utlämnanden",
        "sspf_case": "Ärenden",
        "case_event": "Statusändringar i ärenden",
        "action_plan": "Åtagandeplaner",
        "action_item": "Insatser i åtagandeplaner",
        "attachment": "Bilagor",
        "vault_setting": "Inställningar",
        "meeting_series": "Mötesserier",
        "meeting": "Möten",
        "meeting_attendee": "Kallade till möten",
        "agenda_item": "Punkter på dagordningar",
        "meeting_action": "Åtgärder i protokoll",
        "meeting_version": "Tidigare protokollversioner",
        "concern_talk": "Bekymringssamtal",
        "concern_talk_participant": "Deltagare i bekymringssamtal",
        "concern_talk_agreement": "Överenskommelser i bekymringssamtal",
        "group_site": "Platser och grupper",
        "group_observation": "Iakttagelser på grupp- och områdesnivå",
        "group_measure": "Åtgärder på grupp- och områdesnivå",
        "citizen_promise": "Medborgarlöften",
        "promise_activity": "Aktiviteter i medborgarlöften",
        "promise_progress": "Registrerade resultat i medborgarlöften",
    },
    "en": {
        "young_person": "Young persons",
        "related_person": "Guardians and related persons",
        "person_link": "Young person–related person links",
        "user": "Users",
        "audit_entry": "Audit entries",
        "risk_category": "Risk categories",
        "concern": "Concerns",
        "concern_risk": "Risk markings on concerns",
        "consent": "Consents",
        "consent_party": "Parties of consents",
        "consent_category": "Information categories of consents",
        "ground_record": "Legal-ground records",
        "ground_record_category": "Information categories of legal-ground records",
        "disclosure": "Disclosures",
        "disclosure_category": "Information categories of disclosures",
        "disclosure_consent": "Consents behind disclosures",
        "sspf_case": "Cases",
        "case_event": "Case status changes",
        "action_plan": "Action plans",
        "action_item": "Action plan items",
        "attachment": "Attachments",
        "vault_setting": "Settings",
        "meeting_series": "Meeting series",
        "meeting": "Meetings",
        "meeting_attendee": "Meeting invitees",
        "agenda_item": "Agenda items",
        "meeting_action": "Actions in minutes",
        "meeting_version": "Earlier versions of minutes",
        "concern_talk": "Concern talks",
        "concern_talk_participant": "Concern talk participants",
        "concern_talk_agreement": "Concern talk agreements",
        "group_site": "Places and groups",
        "group_observation": "Group and area level observations",
        "group_measure": "Group and area level measures",
        "citizen_promise": "Citizen promises",
        "promise_activity": "Citizen promise activities",
        "promise_progress": "Citizen promise progress entries",
    },
}


@dataclass(frozen=True)
class Messages:
    """The command line's own sentences in Swedish or English."""

    lang: str = "sv"

    def _t(self, sv: str, en: str) -> str:
        return en if self.lang == "en" else sv

    @property
    def interrupted(self) -> str:
        """Shown after Ctrl+C."""
        return self._t("Avbrutet.", "Interrupted.")

    def unexpected(self, log_dir: Path) -> str:
        """Shown for a bug; the details (without personal data) are in the log."""
        return self._t(
            f"Ett oväntat fel inträffade. Tekniska detaljer finns i loggen i {log_dir}.",
            f"An unexpected error occurred. Technical details are in the log in {log_dir}.",
        )

    @property
    def prompt(self) -> str:
        """Prompt for an existing passphrase."""
        return self._t("Lösenfras: ", "Passphrase: ")

    @property
    def prompt_new(self) -> str:
        """Prompt for a new passphrase."""
        return self._t("Ny lösenfras: ", "New passphrase: ")

    @property
    def prompt_repeat(self) -> str:
        """Prompt to repeat a new passphrase."""
        return self._t("Upprepa lösenfrasen: ", "Repeat the passphrase: ")

    @property
    def mismatch(self) -> str:
        """The two new passphrases differ."""
        return self._t("Lösenfraserna är inte lika.", "The passphrases do not match.")

    @property
    def too_short(self) -> str:
        """A new passphrase is too short."""
        return self._t(
            f"Lösenfrasen måste ha minst {MIN_PASSPHRASE_LENGTH} tecken.",
            f"The passphrase must have at least {MIN_PASSPHRASE_LENGTH} characters.",
        )

    @property
    def no_passphrase(self) -> str:
        """No terminal to ask on and no file or environment variable given."""
        return self._t(
            f"Ingen lösenfras: ange --passphrase-file eller {PASSPHRASE_ENV}, "
            "eller kör i en terminal.",
            f"No passphrase: give --passphrase-file or {PASSPHRASE_ENV}, or run in a terminal.",
        )

    def unreadable(self, path: Path) -> str:
        """The passphrase file cannot be read."""
        return self._t(
            f"Det gick inte att läsa lösenfrasfilen {path}.",
            f"Could not read the passphrase file {path}.",
        )

    def exists(self, path: Path) -> str:
        """Refusing to overwrite an existing file."""
        return self._t(
            f"Filen {path} finns redan; den skrivs inte över.",
            f"The file {path} already exists; it is not overwritten.",
        )

    def missing(self, path: Path) -> str:
        """A file or folder does not exist."""
        return self._t(f"{path} finns inte.", f"{path} does not exist.")

    def not_writable(self, path: Path) -> str:
        """A folder the program must create a file in is read-only."""
        return self._t(
            f"Mappen {path} är skrivskyddad; välj en annan mapp.",
            f"The folder {path} is read-only; choose another folder.",
        )

    def is_folder(self, path: Path) -> str:
        """A file was asked for but the path names a folder."""
        return self._t(f"{path} är en mapp, inte en fil.", f"{path} is a folder, not a file.")

    @property
    def recovery_pdf_failed(self) -> str:
        """The recovery sheet could not be written after the vault was created."""
        return self._t(
            "Återställningsnyckeln kunde inte sparas som PDF (mappen saknar skrivrättighet "
            "eller disken är full). Valvet är skapat; nyckeln visas här i stället.",
            "The recovery key could not be saved as a PDF (the folder is not writable or the "
            "disk is full). The vault was created; the key is shown here instead.",
        )

    @property
    def recovery_header(self) -> str:
        """Printed above the recovery key."""
        return self._t(
            "Återställningsnyckel (visas bara nu; skriv ut eller skriv av den och förvara "
            "den inlåst):",
            "Recovery key (shown only now; print or copy it and keep it locked away):",
        )

    @property
    def recovery_footer(self) -> str:
        """Printed below the recovery key."""
        return self._t(
            "Med nyckeln kan valvet öppnas om lösenfrasen glöms bort.",
            "The key opens the vault if the passphrase is forgotten.",
        )

    def recovery_written(self, path: Path) -> str:
        """The recovery key was written as a PDF."""
        return self._t(
            f"Återställningsnyckeln är sparad som utskrivbar PDF i {path}. Skriv ut den, "
            "förvara utskriften inlåst och radera sedan filen.",
            f"The recovery key was written as a printable PDF to {path}. Print it, lock the "
            "printout away and then delete the file.",
        )

    def created(self, path: Path) -> str:
        """A vault was created."""
        return self._t(f"Valvet {path} är skapat.", f"The vault {path} was created.")

    def demo_created(self, path: Path, size: str, seed: int) -> str:
        """A demo vault was created."""
        return self._t(
            f"Demovalvet {path} är skapat (storlek {size}, frö {seed}):",
            f"The demo vault {path} was created (size {size}, seed {seed}):",
        )

    def exported(self, path: Path) -> str:
        """An export was written (a plaintext file with personal data)."""
        return self._t(
            f"Exporten är skriven till {path}. Obs: filen är okrypterad och innehåller "
            "personuppgifter om barn; förvara den skyddat och radera den när den inte behövs.",
            f"The export was written to {path}. Note: the file is unencrypted and holds "
            "personal data about children; keep it protected and delete it when not needed.",
        )

    @property
    def imported(self) -> str:
        """An import finished."""
        return self._t("Importen är klar:", "Import finished:")

    def entity(self, name: str) -> str:
        """The display name of a record type."""
        return _ENTITY_NAMES.get(self.lang, _ENTITY_NAMES["sv"]).get(name, name)


def read_passphrase(passphrase_file: Path | None, msg: Messages) -> str:
    """Return the passphrase from ``--passphrase-file``, the environment, or a prompt."""
    found = _from_file_or_env(passphrase_file, msg)
    if found is not None:
        return found
    if not sys.stdin.isatty():
        raise UsageError(detail=msg.no_passphrase)
    return getpass.getpass(msg.prompt)


def new_passphrase(passphrase_file: Path | None, msg: Messages) -> str:
    """Return a new passphrase (asked twice on a terminal) that meets the length rule."""
    found = _from_file_or_env(passphrase_file, msg)
    if found is None:
        if not sys.stdin.isatty():
            raise UsageError(detail=msg.no_passphrase)
        found = getpass.getpass(msg.prompt_new)
        if getpass.getpass(msg.prompt_repeat) != found:
            raise UsageError(detail=msg.mismatch)
    if passphrase_problem(found) is not None:
        raise UsageError(detail=msg.too_short)
    return found


def _from_file_or_env(passphrase_file: Path | None, msg: Messages) -> str | None:
    """Read the passphrase from a file (first line) or the environment variable."""
    if passphrase_file is not None:
        try:
            text = passphrase_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(detail=msg.unreadable(passphrase_file)) from exc
        return text.splitlines()[0] if text.splitlines() else ""
    return os.environ.get(PASSPHRASE_ENV)


class OutputFileError(KnownError):
    """A file the user asked for could not be written (no such folder, no access, disk full)."""

    exit_code = 2
    message_sv = (
        "Det gick inte att skriva filen: mappen finns inte, saknar skrivrättighet eller "
        "disken är full."
    )
    message_en = (
        "Could not write the file: the folder does not exist, is not writable or the disk is full."
    )


def output_file_error(exc: OSError) -> OutputFileError:
    """Return the OutputFileError for ``exc``, naming its errno (e.g. ENOSPC) but no path."""
    code = errno.errorcode.get(exc.errno, "") if exc.errno is not None else ""
    return OutputFileError(f"({code})" if code else None)


def check_output_path(path: Path, msg: Messages) -> None:
    """Refuse, before any work is done, an output path whose folder is missing or a folder."""
    if path.is_dir():
        raise UsageError(detail=msg.is_folder(path))
    if not path.parent.is_dir():
        raise UsageError(detail=msg.missing(path.parent))


def write_private_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` readable by the owner only (0600), replacing atomically.

    Raises:
        OutputFileError: the file could not be written; nothing is left behind.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    except OSError as exc:
        raise output_file_error(exc) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise output_file_error(exc) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


class NoDisplayError(KnownError):
    """There is no graphical screen to show the program on."""

    exit_code = 1
    message_sv = (
        "Ingen grafisk skärm hittades (DISPLAY och WAYLAND_DISPLAY saknas). Starta SSPF Desk "
        "från skrivbordet, eller använd kommandona init, demo, check, export och import."
    )
    message_en = (
        "No graphical screen was found (DISPLAY and WAYLAND_DISPLAY are not set). Start SSPF "
        "Desk from the desktop, or use the init, demo, check, export and import commands."
    )


class MissingSystemLibraryError(KnownError):
    """A system library Qt needs on X11 is not installed."""

    exit_code = 1
    message_sv = (
        "Systembiblioteket {library} saknas, och Qt behöver det för att visa fönster. "
        "Installera det med: sudo apt-get install {package}  (eller kör make run)."
    )
    message_en = (
        "The system library {library} is missing; Qt needs it to show windows. "
        "Install it with: sudo apt-get install {package}  (or run make run)."
    )


def gui_preflight(environ: dict[str, str] | None = None) -> KnownError | None:
    """Return why the GUI cannot start on this Linux desktop, or None if it can.

    Qt aborts the whole process (no exception) when no platform plugin loads; checking the
    two common causes first turns that into one clear sentence.
    """
    env = dict(os.environ) if environ is None else environ
    if not sys.platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return None
    if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        return NoDisplayError()
    if not env.get("WAYLAND_DISPLAY") and ctypes.util.find_library("xcb-cursor") is None:
        return MissingSystemLibraryError(library="libxcb-cursor", package="libxcb-cursor0")
    return None
