"""Anonymising a young person through a real workspace: every identifying value gone (also
from the decrypted database image), countable rows kept, blobs deleted, audit chain intact."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from sspf_desk.domain import (
    ActionPlanInput,
    AuditAction,
    CaseStatus,
    ClosingReason,
    ConcernOutcome,
    CustodyType,
    Gender,
    IdKind,
    RelatedPersonInput,
    Relationship,
)
from sspf_desk.domain.anonymise import (
    LABEL_PREFIX,
    REMOVED_TEXT,
    AnonymisationReason,
    is_anonymised,
)
from sspf_desk.errors import ValidationError
from sspf_desk.services.workspace import Workspace
from sspf_desk.store.audit import list_entries, verify_chain
from sspf_desk.store.models import RelatedPersonRecord
from sspf_desk.store.models_concerns import ConcernRecord
from sspf_desk.store.models_consent import AttachmentRecord
from sspf_desk.vault.attachments import attachment_folder
from tests.helpers.casework import concern_input, consent_input, item_input
from tests.helpers.identity import make_identity
from tests.helpers.workspace import create_workspace, young_input

PDF = b"%PDF-1.4\n% signerad blankett\n" + bytes(range(256)) * 40
BIRTH = date(2011, 7, 14)
ID_NUMBER = make_identity(BIRTH, 482)
FIRST, LAST = "Zelmira", "Quarnström"
MOTHER = "Ingegerd"
SHARED = "Ottilia"
SECRET_TEXTS = (
    "Zelmira syns vid Kvarntorget varje kväll",
    "Bedömning om Zelmiras hemsituation",
    "Mamman Ingegerd ringde och återkallade",
    "Zelmira vill klara nian",
    "Spelar fiol i Kvarnby musikskola",
    "Coach Torbjörn Ekvall på Kvarnby IF",
    "Avslutat efter samtal med Zelmira",
)
REASON = str(AnonymisationReason.CONSENT_WITHDRAWN)


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    """A new vault's workspace (closed after the test)."""
    ws, _ = create_workspace(tmp_path)
    yield ws
    ws.close()


def blobs(ws: Workspace) -> list[str]:
    """Names of the blob files beside the vault."""
    folder = attachment_folder(ws.path)
    return sorted(p.name for p in folder.glob("*.blob")) if folder.exists() else []


def build_record(ws: Workspace) -> dict[str, str]:
    """A young person with a whole closed case; return the ids."""
    today = date.today()
    young = ws.persons.create_young_person(
        young_input(
            FIRST,
            LAST,
            id_number=ID_NUMBER,
            birth_date=BIRTH,
            school="Kvarnbyskolan",
            school_class="8B",
            area="Kvarnby",
            home_municipality="Mölndal",
            interpreter_language="Tigrinja",
        )
    )
    mother = ws.persons.add_related_person(
        young.id, RelatedPersonInput(MOTHER, LAST), Relationship.GUARDIAN, CustodyType.JOINT
    )
    sibling = ws.persons.create_young_person(young_input("Bror", "Annat", birth_date=BIRTH))
    shared = ws.persons.add_related_person(
        sibling.id, RelatedPersonInput(SHARED, "Delad"), Relationship.GUARDIAN, CustodyType.JOINT
    )
    ws.persons.link_related_person(young.id, shared.id, Relationship.GUARDIAN, CustodyType.JOINT)
    concern = ws.concerns.create_concern(
        concern_input(
            young.id,
            received_on=today,
            observation=SECRET_TEXTS[0],
            assessment=SECRET_TEXTS[1],
        )
    )
    case_id = ws.concerns.set_outcome(concern.id, ConcernOutcome.SSPF_CASE, today)
    assert case_id is not None
    ws.cases.transition(case_id, CaseStatus.CONSENT)
    consent = ws.consents.create_consent(
        consent_input(young.id, mother.id, valid_from=today, valid_to=None, purpose=SECRET_TEXTS[4])
    )
    ws.consents.attach_signed_form(consent.id, PDF, "application/pdf")
    ws.cases.transition(case_id, CaseStatus.MAPPING)
    ws.cases.transition(case_id, CaseStatus.ACTIVE_PLAN)
    ws.cases.save_plan(case_id, ActionPlanInput(SECRET_TEXTS[3], "Glad"))
    ws.cases.add_item(
        case_id,
        item_input(start_on=today, deadline=None, follow_up_on=None, responsible=SECRET_TEXTS[5]),
    )
    ws.consents.withdraw(consent.id, today, SECRET_TEXTS[2])
    return {
        "young": young.id,
        "mother": mother.id,
        "shared": shared.id,
        "sibling": sibling.id,
        "case": case_id,
        "concern": concern.id,
        "consent": consent.id,
    }


def close_case(ws: Workspace, case_id: str) -> None:
    """Close the case with an identifying outcome text."""
    ws.cases.transition(
        case_id,
        CaseStatus.CLOSED,
        closing_reason=ClosingReason.CONSENT_WITHDRAWN,
        outcome=SECRET_TEXTS[6],
    )


def test_open_case_is_refused_and_reason_is_required(workspace: Workspace) -> None:
    ids = build_record(workspace)
    with pytest.raises(ValidationError) as info:
        workspace.anonymise.anonymise_young_person(ids["young"], reason=REASON)
    assert info.value.errors == {"case": "Avsluta ärendet innan uppgifterna anonymiseras."}
    close_case(workspace, ids["case"])
    for reason in ("", "  ", "för att"):
        with pytest.raises(ValidationError) as info:
            workspace.anonymise.anonymise_young_person(ids["young"], reason=reason)
        assert set(info.value.errors) == {"reason"}
    assert workspace.persons.get_young_person(ids["young"]).first_name == FIRST
    assert not workspace.anonymise.is_anonymised(ids["young"])


def test_anonymising_removes_every_identifying_value(workspace: Workspace) -> None:
    ids = build_record(workspace)
    close_case(workspace, ids["case"])
    assert len(blobs(workspace)) == 1
    image_before = workspace.store.serialize()
    assert FIRST.encode() in image_before and ID_NUMBER.encode() in image_before

    result = workspace.anonymise.anonymise_young_person(ids["young"], reason=REASON)

    assert result.label.startswith(LABEL_PREFIX + " ")
    assert (result.related_deleted, result.related_unlinked) == (1, 1)
    assert result.attachments_deleted == 1
    assert (result.cases_kept, result.concerns_kept, result.consents_kept) == (1, 1, 1)
    assert result.texts_replaced >= len(SECRET_TEXTS)
    person = workspace.persons.get_young_person(ids["young"])
    assert is_anonymised(person)
    assert person.full_name == result.label
    assert (person.id_number, person.id_kind, person.birth_date) == (None, IdKind.NONE, None)
    assert person.gender is Gender.FEMALE  # the legal gender of the number, kept
    for name in ("school", "school_class", "area", "home_municipality", "interpreter_language"):
        assert getattr(person, name) == ""
    # Related persons: the mother (only this child) deleted, the shared guardian unlinked.
    assert workspace.persons.list_related_persons(ids["young"]) == []
    with workspace.store.unit_of_work() as session:
        assert session.get(RelatedPersonRecord, ids["mother"]) is None
    assert [r.id for r in workspace.persons.list_related_persons(ids["sibling"])] == [ids["shared"]]
    # Countable rows kept, texts replaced, consent evidence kept without the consenter.
    consent = workspace.consents.get_consent(ids["consent"])
    assert consent.consenter_related_person_id is None
    assert consent.signed_attachment_id is None
    assert consent.withdrawn_on == date.today()
    assert (consent.purpose, consent.withdrawal_how) == (REMOVED_TEXT, REMOVED_TEXT)
    concern = workspace.concerns.get_concern(ids["concern"])
    assert (concern.observation, concern.assessment) == (REMOVED_TEXT, REMOVED_TEXT)
    case = workspace.cases.get_case(ids["case"])
    assert case.status is CaseStatus.CLOSED and case.outcome == REMOVED_TEXT
    plan = workspace.cases.get_plan(ids["case"])
    assert plan is not None and (plan.goals, plan.strengths) == (REMOVED_TEXT, REMOVED_TEXT)
    [item] = workspace.cases.list_items(ids["case"])
    assert (item.what, item.responsible) == (REMOVED_TEXT, REMOVED_TEXT)
    assert all(
        event.reason in ("", REMOVED_TEXT) for event in workspace.cases.case_events(ids["case"])
    )
    # The signed form: row and encrypted file gone.
    assert blobs(workspace) == []
    with workspace.store.unit_of_work() as session:
        assert session.query(AttachmentRecord).count() == 0
        assert session.query(ConcernRecord).count() == 1


def test_search_no_longer_finds_the_old_name_or_number(workspace: Workspace) -> None:
    ids = build_record(workspace)
    close_case(workspace, ids["case"])
    assert [r.id for r in workspace.persons.search_young_persons(LAST)] == [ids["young"]]
    result = workspace.anonymise.anonymise_young_person(ids["young"], reason=REASON)
    for text in (FIRST, LAST, ID_NUMBER, ID_NUMBER[2:], "Kvarnbyskolan", "8B"):
        assert workspace.persons.search_young_persons(text) == []
    rows = {r.id: r for r in workspace.persons.list_young_persons()}
    assert rows[ids["young"]].last_name == result.label
    assert rows[ids["young"]].id_display == ""
    assert [r.id for r in workspace.persons.search_young_persons(result.label)] == [ids["young"]]


def test_audit_entry_present_and_chain_verifies(workspace: Workspace) -> None:
    ids = build_record(workspace)
    close_case(workspace, ids["case"])
    workspace.anonymise.anonymise_young_person(ids["young"], reason=REASON)
    with workspace.store.unit_of_work() as session:
        entries = list_entries(session, entity_type="young_person", entity_id=ids["young"])
        report = verify_chain(session)
    assert report.ok
    anonymised = [e for e in entries if e.action is AuditAction.ANONYMISE]
    assert [e.fields for e in anonymised] == [(f"reason={REASON}",)]
    assert any(e.action is AuditAction.INSERT for e in entries)  # earlier history kept
    assert workspace.anonymise.is_anonymised(ids["young"])
    with pytest.raises(ValidationError) as info:
        workspace.anonymise.anonymise_young_person(ids["young"], reason=REASON)
    assert set(info.value.errors) == {"person"}


def test_no_plaintext_left_in_the_decrypted_image(workspace: Workspace) -> None:
    """The strong test: secure_delete + removal leave no old value in the database pages."""
    ids = build_record(workspace)
    close_case(workspace, ids["case"])
    workspace.anonymise.anonymise_young_person(ids["young"], reason=REASON)
    workspace.flush()
    image = workspace.store.serialize()
    for value in (FIRST, LAST, MOTHER, ID_NUMBER, ID_NUMBER.replace("-", "")[2:], *SECRET_TEXTS):
        assert value.encode("utf-8") not in image, value
    # The shared guardian of another child is kept (not this child's data).
    assert SHARED.encode() in image


def test_an_anonymised_person_cannot_be_given_identifying_data_again(
    workspace: Workspace,
) -> None:
    ids = build_record(workspace)
    close_case(workspace, ids["case"])
    workspace.anonymise.anonymise_young_person(ids["young"], reason=REASON)
    with pytest.raises(ValidationError) as edit:
        workspace.persons.update_young_person(ids["young"], young_input(FIRST, LAST))
    assert "anonymiserade" in edit.value.errors["person"]
    with pytest.raises(ValidationError) as add:
        workspace.persons.add_related_person(
            ids["young"], RelatedPersonInput(MOTHER, LAST), Relationship.GUARDIAN, CustodyType.SOLE
        )
    assert "anonymiserade" in add.value.errors["person"]
    assert not workspace.persons.search_young_persons(FIRST)
