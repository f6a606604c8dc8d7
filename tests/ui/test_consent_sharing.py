"""The "Sharing today" panel: allowed or not per SSPF party, the ground, the warnings."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from sspf_desk.domain import ConsenterRole, CustodyType, LegalGround, SharingDecision
from sspf_desk.ui.record.sharing_panel import SharingPanel
from tests.ui.fakes_casework import casework, guardian_consent

WARNING = "Bara en av två vårdnadshavare med gemensam vårdnad har samtyckt."


def decision(
    allowed: bool,
    ground: LegalGround | None = None,
    *,
    reasons: tuple[str, ...] = (),
    warnings: tuple[str, ...] = (),
) -> SharingDecision:
    return SharingDecision(allowed, ground, (), None, reasons, warnings)


def make_panel(qtbot: QtBot) -> SharingPanel:
    panel = SharingPanel()
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_panel_shows_answer_ground_warnings_and_reasons(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    panel.show_decisions(
        [
            decision(True, LegalGround.CONSENT, warnings=(WARNING,)),
            decision(True, LegalGround.CONSENT),
            decision(True, LegalGround.OSL_10_18A),
            decision(False, reasons=("Inget giltigt samtycke.", "Ingen rättslig grund.")),
        ]
    )
    texts = panel.decision_texts()
    assert [name for name, _answer, _detail in texts] == [
        "School",
        "Social services",
        "Police",
        "Leisure",
    ]
    school, social, police, leisure = texts
    assert school[1].endswith("Allowed")
    assert "Ground: Consent" in school[2] and WARNING in school[2]
    assert WARNING not in social[2]
    assert "18 a" in police[2]
    assert leisure[1].endswith("Not allowed")
    assert leisure[2] == "Inget giltigt samtycke.\nIngen rättslig grund."
    assert "Not allowed" in panel.rows[3].answer.accessibleName()  # not by colour alone


def test_panel_asks_the_sharing_check_for_each_party(qtbot: QtBot) -> None:
    work = casework()
    first = work.add_guardian("Eva", "Öberg", CustodyType.JOINT)
    second = work.add_guardian("Jonas", "Öberg", CustodyType.JOINT)
    panel = make_panel(qtbot)
    panel.load(work.consents, work.person.id)
    assert work.consents.sharing_calls == 4
    assert all(answer.endswith("Not allowed") for _n, answer, _d in panel.decision_texts())
    guardian_consent(work, first)
    panel.load(work.consents, work.person.id)
    assert all(WARNING in detail for _n, _a, detail in panel.decision_texts())
    guardian_consent(work, second)
    panel.load(work.consents, work.person.id)
    for _name, answer, detail in panel.decision_texts():
        assert answer.endswith("Allowed") and "⚠" not in detail


def test_own_consent_is_needed_from_fifteen(qtbot: QtBot) -> None:
    from datetime import date

    work = casework(birth=date(2009, 1, 1))  # 16 on the fake's day
    guardian = work.add_guardian("Eva", "Öberg", CustodyType.SOLE)
    guardian_consent(work, guardian)
    panel = make_panel(qtbot)
    panel.load(work.consents, work.person.id)
    assert "den unge" in panel.decision_texts()[0][2]
    guardian_consent(work, None, role=ConsenterRole.YOUNG_PERSON)
    panel.load(work.consents, work.person.id)
    assert panel.decision_texts()[0][1].endswith("Allowed")
