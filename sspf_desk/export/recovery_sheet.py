"""The printable recovery-key sheet (PDF) handed out when a vault is created."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from sspf_desk.export.fonts import MONO, SANS, SANS_BOLD, register_fonts


@dataclass(frozen=True, slots=True)
class RecoverySheet:
    """What the sheet shows: the key, a short vault id to match it, the creation date."""

    key_text: str
    vault_id_short: str
    created: date


def write_recovery_sheet(sheet: RecoverySheet, out: Path) -> None:
    """Write ``sheet`` as a one-page A4 PDF to ``out`` (Swedish text, embedded fonts)."""
    register_fonts()
    body = ParagraphStyle("body", fontName=SANS, fontSize=10.5, leading=15)
    title = ParagraphStyle("title", fontName=SANS_BOLD, fontSize=18, leading=24, spaceAfter=6)
    heading = ParagraphStyle("heading", parent=body, fontName=SANS_BOLD, spaceBefore=8)
    key_style = ParagraphStyle(
        "key", fontName=MONO, fontSize=15, leading=24, alignment=1, textColor=colors.black
    )
    groups = sheet.key_text.split("-")
    lines = ["-".join(groups[i : i + 4]) for i in range(0, len(groups), 4)]
    key_box = Table([[Paragraph("<br/>".join(lines), key_style)]], colWidths=[160 * mm])
    key_box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                ("TOPPADDING", (0, 0), (-1, -1), 10),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    story = [
        Paragraph("Återställningsnyckel för SSPF Desk", title),
        Paragraph(
            f"Valv-id: {sheet.vault_id_short} &nbsp;&nbsp; Skapad: {sheet.created.isoformat()}",
            body,
        ),
        Spacer(1, 8 * mm),
        key_box,
        Spacer(1, 8 * mm),
        Paragraph("Vad nyckeln är till för", heading),
        Paragraph(
            "Med den här nyckeln kan valvet låsas upp om lösenfrasen glöms bort. Den ger full "
            "åtkomst till alla uppgifter i valvet, som rör barn och omfattas av sekretess.",
            body,
        ),
        Paragraph("Så förvarar du den", heading),
        Paragraph(
            "Förvara bladet inlåst, till exempel i ett kassaskåp, åtskilt från datorn. "
            "Fotografera det inte och spara det inte som fil. Om bladet kommer bort eller kan "
            "ha setts av någon obehörig: skapa en ny återställningsnyckel i SSPF Desk, så slutar "
            "den här att gälla.",
            body,
        ),
        Paragraph("Så använder du den", heading),
        Paragraph(
            "Välj ”Lås upp med återställningsnyckel” på inloggningsskärmen och skriv in "
            "nyckeln. Versaler, mellanslag och bindestreck spelar ingen roll. Välj sedan en ny "
            "lösenfras.",
            body,
        ),
    ]
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        topMargin=25 * mm,
        bottomMargin=25 * mm,
        title="Återställningsnyckel – SSPF Desk",
        author="SSPF Desk",
    )
    doc.build(story)
