"""The consent dialog: consenter choices, parties per sector, messages next to the fields."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from pytestqt.qtbot import QtBot

from sspf_desk.domain import (
    ConsenterRole,
    ConsentForm,
    ConsentInput,
    CustodyType,
    InformationCategory,
    Party,
    Relationship,
    Sector,
)
from sspf_desk.services.person_rows import RelatedPersonRow
from sspf_desk.ui.dialogs.consent_editor import (
    ConsentDraft,
    ConsentEditor,
    Consenter,
    consenter_choices,
)
from sspf_desk.ui.record.scan_files import ScanFile

TODAY = date(2025, 3, 10)


def related(
    row_id: str, first: str, relationship: Relationship, custody: CustodyType
) -> RelatedPersonRow:
    return RelatedPersonRow(
        id=row_id,
        link_id=f"l-{row_id}",
        first_name=first,
        last_name="Öberg",
        relationship=relationship,
        custody_type=custody,
        id_display="",
        phone="",
        email="",
        address_display="",
        protected_address=False,
        interpreter_language="",
    )


def choices() -> list[Consenter]:
    return consenter_choices(
        "Ali Öberg",
        [
            related("g1", "Eva", Relationship.GUARDIAN, CustodyType.JOINT),
            related("s1", "Sara", Relationship.SIBLING, CustodyType.NONE),
        ],
    )


def make_editor(
    qtbot: QtBot, saved: list[ConsentDraft], initial: ConsentInput | None = None
) -> ConsentEditor:
    def save(draft: ConsentDraft) -> object:
        saved.append(draft)
        return draft

    editor = ConsentEditor(save, "y1", choices(), initial, today=TODAY)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_choices_name_the_role_and_custody() -> None:
    found = choices()
    texts = [choice.text for choice in found]
    assert texts[0] == "Ali Öberg (the young person)"
    assert texts[1] == "Eva Öberg (guardian, joint custody)"
    assert [c.role for c in found] == [
        ConsenterRole.YOUNG_PERSON,
        ConsenterRole.GUARDIAN,
        ConsenterRole.OTHER,
    ]


def test_empty_form_shows_each_message_next_to_its_field(qtbot: QtBot) -> None:
    saved: list[ConsentDraft] = []
    editor = make_editor(qtbot, saved)
    assert not editor.submit()
    assert saved == []
    assert editor.errors.message("consenter_related_person_id")
    assert "part" in editor.errors.message("parties")
    assert "uppgifter" in editor.errors.message("categories")
    assert "syftet" in editor.errors.message("purpose")
    assert editor.errors.message("valid_from") == ""
    assert editor.errors.general.isHidden()
    editor.party_checks[Sector.SCHOOL].setChecked(True)  # live revalidation after a try
    assert editor.errors.message("parties") == ""


def test_dates_are_checked(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, [])
    editor.edit("valid_from").setText("1 mars")
    editor.edit("valid_to").setText("2024-01-01")
    editor.submit()
    assert "YYYY-MM-DD" in editor.errors.message("valid_from")
    editor.edit("valid_from").setText("2025-03-01")
    assert "före" in editor.errors.message("valid_to")


def test_a_complete_consent_is_saved_with_organisations(qtbot: QtBot) -> None:
    saved: list[ConsentDraft] = []
    editor = make_editor(qtbot, saved)
    editor.consenter.setCurrentIndex(2)  # Eva, guardian
    editor.party_checks[Sector.SCHOOL].setChecked(True)
    editor.party_orgs[Sector.SCHOOL].setText("Björkskolan")
    editor.party_checks[Sector.POLICE].setChecked(True)
    assert not editor.party_orgs[Sector.LEISURE].isEnabled()
    editor.category_checks[InformationCategory.SCHOOL].setChecked(True)
    editor.purpose.setPlainText("Samordna stöd för skolnärvaro och fritid")
    editor.form_buttons[ConsentForm.ORAL].setChecked(True)
    editor.edit("valid_to").setText("20251231")
    editor.set_scan(ScanFile(b"%PDF-1.4 scan", "application/pdf", "blankett.pdf"))
    assert editor.submit()
    draft = saved[0]
    consent = draft.consent
    assert consent.consenter_role is ConsenterRole.GUARDIAN
    assert consent.consenter_related_person_id == "g1"
    assert consent.parties == (Party(Sector.SCHOOL, "Björkskolan"), Party(Sector.POLICE))
    assert consent.categories == (InformationCategory.SCHOOL,)
    assert consent.form is ConsentForm.ORAL
    assert (consent.valid_from, consent.valid_to) == (TODAY, date(2025, 12, 31))
    assert draft.scan is not None and draft.scan.data.startswith(b"%PDF")
    assert "blankett.pdf" in editor.scan_label.text()


def test_editing_preselects_the_stored_consent(qtbot: QtBot) -> None:
    initial = ConsentInput(
        young_person_id="y1",
        consenter_role=ConsenterRole.YOUNG_PERSON,
        consenter_related_person_id=None,
        parties=(Party(Sector.LEISURE, "IK Norrby"),),
        categories=(InformationCategory.LEISURE, InformationCategory.HEALTH),
        purpose="Fritid",
        form=ConsentForm.WRITTEN,
        valid_from=date(2025, 1, 1),
        valid_to=None,
        signed_attachment_id="a1",
    )
    saved: list[ConsentDraft] = []
    editor = make_editor(qtbot, saved, initial)
    assert editor.windowTitle() == "Edit consent"
    assert editor.consenter.currentIndex() == 1
    assert editor.party_orgs[Sector.LEISURE].text() == "IK Norrby"
    assert not editor.is_dirty()
    assert editor.submit()
    assert replace(saved[0].consent, signed_attachment_id="a1") == initial
