"""Case work through a real workspace: signed forms as encrypted blobs, audited views, the
audit chain after a whole case, and the data surviving a reopen."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from sspf_desk.domain import (
    ActionPlanInput,
    CaseStatus,
    ClosingReason,
    ConcernOutcome,
    CustodyType,
    RelatedPersonInput,
    Relationship,
)
from sspf_desk.errors import ValidationError
from sspf_desk.services.workspace import Workspace
from sspf_desk.store.audit import list_entries
from sspf_desk.vault.attachments import attachment_folder
from tests.helpers.casework import concern_input, consent_input, item_input
from tests.helpers.workspace import create_workspace, open_workspace, young_input

PDF = b"%PDF-1.4\n% signerad blankett\n" + bytes(range(256)) * 40


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


def test_signed_form_is_an_encrypted_blob_replaced_and_removed_safely(workspace: Workspace) -> None:
    young = workspace.persons.create_young_person(young_input("Vera", birth_date=date(2006, 1, 1)))
    consent = workspace.consents.create_consent(
        consent_input(young.id, valid_from=date.today(), valid_to=None)
    )
    with_form = workspace.consents.attach_signed_form(consent.id, PDF, "application/pdf")
    assert with_form.signed_attachment_id is not None
    [first] = blobs(workspace)
    assert PDF[:8] not in (attachment_folder(workspace.path) / first).read_bytes()
    assert workspace.consents.open_signed_form(consent.id) == PDF
    assert workspace.consents.signed_form_media_type(consent.id) == "application/pdf"
    png = b"\x89PNG\r\n\x1a\n" + b"skanning" * 100
    workspace.consents.attach_signed_form(consent.id, png, "image/png")
    assert len(blobs(workspace)) == 1 and blobs(workspace) != [first]
    assert workspace.consents.open_signed_form(consent.id) == png
    assert workspace.consents.list_consents(young.id)[0].has_signed_form
    workspace.consents.remove_signed_form(consent.id)
    assert blobs(workspace) == []
    with pytest.raises(ValidationError):
        workspace.consents.open_signed_form(consent.id)


def test_a_case_from_concern_to_closing_keeps_a_valid_audit_chain(tmp_path: Path) -> None:
    ws, _ = create_workspace(tmp_path)
    persons, today = ws.persons, date.today()
    young = persons.create_young_person(young_input("Ada", "Berg", birth_date=date(2012, 3, 1)))
    eva = persons.add_related_person(
        young.id, RelatedPersonInput("Eva", "Berg"), Relationship.GUARDIAN, CustodyType.SOLE
    )
    concern = ws.concerns.create_concern(concern_input(young.id, received_on=today))
    case_id = ws.concerns.set_outcome(concern.id, ConcernOutcome.SSPF_CASE, today)
    assert case_id is not None
    ws.cases.transition(case_id, CaseStatus.CONSENT)
    consent = ws.consents.create_consent(
        consent_input(young.id, eva.id, valid_from=today, valid_to=None)
    )
    ws.consents.attach_signed_form(consent.id, PDF, "application/pdf")
    ws.cases.transition(case_id, CaseStatus.MAPPING)
    ws.cases.transition(case_id, CaseStatus.ACTIVE_PLAN)
    ws.cases.save_plan(case_id, ActionPlanInput("Jag vill gå till skolan.", "Snäll"))
    ws.cases.add_item(case_id, item_input(start_on=today, deadline=None, follow_up_on=None))
    assert ws.consents.check_sharing(young.id, consent.parties[0], consent.categories).allowed
    ws.cases.transition(
        case_id, CaseStatus.CLOSED, closing_reason=ClosingReason.GOALS_REACHED, outcome="Bra."
    )
    views = {
        ("concern", concern.id): lambda: ws.concerns.get_concern(concern.id),
        ("consent", consent.id): lambda: ws.consents.get_consent(consent.id),
        ("sspf_case", case_id): lambda: ws.cases.get_case(case_id),
        ("young_person", young.id): lambda: ws.cases.timeline(young.id),
    }
    ws.consents.open_signed_form(consent.id)
    attachment_id = ws.consents.get_consent(consent.id).signed_attachment_id
    for call in views.values():
        call()
    with ws.store.unit_of_work() as session:
        viewed = {(e.entity_type, e.entity_id) for e in list_entries(session) if e.action == "view"}
    assert ("attachment", str(attachment_id)) in viewed
    assert set(views) <= viewed
    assert len(ws.cases.timeline(young.id)) >= 8
    report = ws.check()
    assert report.ok and report.audit_ok
    assert report.count("sspf_case") == 1 and report.count("case_event") == 5
    assert "ärenden: 1" in "\n".join(report.lines())
    path = ws.path
    ws.close()
    again = open_workspace(path)
    try:
        assert again.cases.get_case(case_id).status is CaseStatus.CLOSED
        assert again.consents.open_signed_form(consent.id) == PDF
        assert again.overview.overview().counts["concerns_awaiting"] == 0
    finally:
        again.close()
