"""``sspf-desk meetings`` and ``sspf-desk minutes`` in-process, on one vault for the module.

The vault (test KDF) gets its persons, consents and meeting through the services, as the
GUI would; the commands then read it like an admin would.
"""

from __future__ import annotations

import stat
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

import pytest

from sspf_desk.cli import main
from sspf_desk.cli_meetings import parse_party
from sspf_desk.domain import (
    AgendaItem,
    AgendaSection,
    ItemVisibility,
    MeetingInput,
    MeetingType,
    Party,
    Sector,
)
from sspf_desk.errors import UsageError
from tests.helpers.casework import consent_input
from tests.helpers.minutes import attendee, flat, pdf_text
from tests.helpers.workspace import PASSPHRASE, create_workspace, young_input

DAY = date(2026, 3, 10)


@dataclass(frozen=True)
class Vault:
    path: Path
    meeting: str
    alva: str
    bror: str


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """A vault with one held operational group meeting about Alva (police may) and Bror."""
    folder = tmp_path_factory.mktemp("minutes-cli")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SSPF_DESK_HOME", str(folder / "home"))
        workspace, _key = create_workspace(folder)
        with workspace:
            born = {"birth_date": date(2005, 1, 1)}
            alva = workspace.persons.create_young_person(young_input("Alva", "Qvist", **born)).id
            bror = workspace.persons.create_young_person(young_input("Bror", "Rydh", **born)).id
            police, school = Party(Sector.POLICE), Party(Sector.SCHOOL)
            valid = {"valid_from": date(2026, 1, 1), "valid_to": date(2026, 12, 31)}
            workspace.consents.create_consent(consent_input(alva, parties=(police,), **valid))
            workspace.consents.create_consent(consent_input(bror, parties=(school,), **valid))
            data = MeetingInput(
                MeetingType.OPERATIONAL_GROUP, "Operativ grupp om Alva", DAY, starts_at=time(13)
            )
            attendees = [attendee("Per-Olof Näslund", Sector.POLICE, role="Kommunpolis")]
            detail = workspace.meetings.create_meeting(data, attendees, standard_agenda=False)
            meeting = detail.meeting.id
            for number, title, person in ((1, "Uppföljning", alva), (2, "Nytt ärende", bror)):
                item = AgendaItem(number, AgendaSection.INDIVIDUALS, title, person, notes=title)
                workspace.meetings.add_item(meeting, item, on_blocked="exclude")
            other = AgendaItem(3, AgendaSection.OTHER, "Övrigt", None, ItemVisibility.NAMED)
            workspace.meetings.add_item(meeting, other)
            workspace.meetings.set_attendees(
                meeting, [attendee("Per-Olof Näslund", Sector.POLICE, status=None)]
            )
            workspace.flush()
        yield Vault(folder / "vault.sspf", meeting, alva, bror)


@pytest.fixture(autouse=True)
def passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SSPF_DESK_PASSPHRASE", PASSPHRASE)


def minutes(vault: Vault, out: Path, *extra: str) -> int:
    return main(
        ["minutes", "--db", str(vault.path), "--meeting", vault.meeting, "--out", str(out), *extra]
    )


def test_meetings_lists_id_date_type_and_status_only(
    vault: Vault, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["meetings", "--db", str(vault.path)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [f"{vault.meeting}  2026-03-10  Operativ grupp  Planerat"]
    assert main(["meetings", "--db", str(vault.path), "--lang", "en"]) == 0
    assert "Operational group  Planned" in capsys.readouterr().out


def test_full_minutes_are_written_privately_and_never_overwritten(
    vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "protokoll.pdf"
    assert minutes(vault, out) == 0
    assert "Protokollet är skrivet till" in capsys.readouterr().out
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = flat(pdf_text(out.read_bytes()))
    assert flat("Uppföljning – Alva Qvist") in text
    assert flat("Nytt ärende") not in text  # blocked for the police at the meeting: excluded
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left
    before = out.read_bytes()
    assert minutes(vault, out) == 2
    err = capsys.readouterr().err
    assert err.strip() == f"Filen {out} finns redan; den skrivs inte över."
    assert out.read_bytes() == before
    out.chmod(0o644)
    assert minutes(vault, out, "--force") == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_party_excerpts(vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    school = tmp_path / "skola.pdf"
    assert minutes(vault, school, "--excerpt-party", "skola:Ängsskolan") == 0
    assert "Utdraget är skrivet till" in capsys.readouterr().out
    text = flat(pdf_text(school.read_bytes()))
    assert flat("Utdrag för Skola (Ängsskolan)") in text
    for hidden in ("Alva", "Qvist", "Bror", "Rydh"):
        assert flat(hidden) not in text
    police = tmp_path / "polis.pdf"
    assert minutes(vault, police, "--excerpt-party", "police") == 0
    assert flat("Uppföljning – Alva Qvist") in flat(pdf_text(police.read_bytes()))


def test_person_excerpt(vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "utdrag.pdf"
    assert minutes(vault, out, "--excerpt-person", vault.alva) == 0
    text = flat(pdf_text(out.read_bytes()))
    assert flat("Uppföljning – Alva Qvist") in text
    assert flat("Övrigt") not in text


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (("--excerpt-party", "brandkår"), "Okänd part: brandkår."),
        (("--excerpt-party", "vårdnadshavare"), "Okänd part: vårdnadshavare."),
        (("--excerpt-person", "no-such-person"), "Ungdomen finns inte."),
        (("--version", "4"), "Protokollet har ingen sådan version."),
        (("--version", "0"), "Versionen måste vara minst 1."),
        (("--excerpt-party", "polis", "--excerpt-person", "x"), "not allowed with argument"),
    ],
)
def test_one_line_errors(
    vault: Vault,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: tuple[str, ...],
    message: str,
) -> None:
    out = tmp_path / "x.pdf"
    assert minutes(vault, out, *extra) == 2
    err = capsys.readouterr().err
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_unknown_meeting_and_missing_folder(
    vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    args = ["minutes", "--db", str(vault.path), "--meeting", "nope", "--out", str(out)]
    assert main(args) == 2
    assert capsys.readouterr().err.strip() == "Mötet finns inte."
    assert minutes(vault, tmp_path / "saknas" / "x.pdf") == 2
    assert "finns inte" in capsys.readouterr().err


def test_a_bad_party_fails_before_the_vault_is_opened(
    vault: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("SSPF_DESK_PASSPHRASE", "fel lösenfras som inte öppnar valvet")
    assert minutes(vault, tmp_path / "x.pdf", "--excerpt-party", "brandkår") == 2
    assert "Okänd part" in capsys.readouterr().err


def test_parse_party() -> None:
    assert parse_party("Socialtjänst") == Party(Sector.SOCIAL_SERVICES)
    assert parse_party("socialtjanst: Fältgruppen ") == Party(Sector.SOCIAL_SERVICES, "Fältgruppen")
    assert parse_party("FRITID") == Party(Sector.LEISURE)
    assert parse_party("annan") == Party(Sector.OTHER)
    with pytest.raises(UsageError):
        parse_party("guardian")
