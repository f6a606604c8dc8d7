"""The quarterly follow-up of a medborgarlöfte as a printable report (PDF/A, A4, Swedish).

Made to be published: it holds the promise as agreed (municipality, police area, problem,
focus areas, intended effects and the signatories with their titles), a summary table of the
activities at the chosen quarter (target, result so far, Ja/Delvis/Nej and how the result is
counted) with the rule of Ja/Delvis/Nej in one sentence, and per activity a small chart of
its cumulative result per quarter against the part of the target due by then. A
:class:`~sspf_desk.domain.promises.PromiseReport` holds no personal data, and neither does
this report or its metadata.
"""

from __future__ import annotations

import re
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Table,
    TableStyle,
)

from sspf_desk.domain.promises import (
    COUNTING_LABELS,
    FULFILMENT_LABELS,
    ActivityCounting,
    ActivityResult,
    Fulfilment,
    PromiseReport,
    amount_with_unit,
    due_share,
    format_amount,
    quarter_bounds,
    quarter_label,
)
from sspf_desk.export.fonts import SANS, SANS_BOLD, register_fonts
from sspf_desk.export.pdf_kit import (
    RULE,
    SHADE,
    FormStyles,
    PageTexts,
    a4_document,
    bullets,
    facts_box,
    para,
)
from sspf_desk.export.report_charts import trend_chart

RULE_TEXT = (
    "Uppfyllt jämför resultatet till och med kvartalets slut med den del av årsmålet som ska "
    "vara nådd då (en fjärdedel per kvartal): Ja när resultatet når dit, Delvis när det finns "
    "ett resultat men mindre, Nej när inget resultat finns ännu."
)
NO_ACTIVITIES = "Medborgarlöftet har inga aktiviteter ännu."
FULFILMENT_SHADES: dict[Fulfilment, colors.Color] = {
    Fulfilment.YES: colors.HexColor("#d9eed9"),
    Fulfilment.PARTLY: colors.HexColor("#fbeec8"),
    Fulfilment.NO: colors.HexColor("#f6d9d6"),
}
SUMMARY_HEADINGS = ("Aktivitet", "Ansvarig", "Mål", "Resultat hittills", "Uppfyllt", "Räknas")
SUMMARY_SHARES = (0.25, 0.17, 0.13, 0.13, 0.09, 0.23)
CHART_WIDTH = 235.0
CELL_PADDING = 4.0
MIN_TITLE_SIZE = 14.0


def document_title(report: PromiseReport) -> str:
    """The heading and metadata title: "Medborgarlöfte 2026 – uppföljning kvartal 2 2026"."""
    return (
        f"Medborgarlöfte {report.year} – uppföljning {quarter_label(report.year, report.quarter)}"
    )


def _amount(value: float, unit: str) -> str:
    return amount_with_unit(value, unit)


def _texts(text: str, s: FormStyles) -> list[Flowable]:
    """Plain text as paragraphs (a blank line starts a new one)."""
    return [para(" ".join(b.split()), s.body) for b in re.split(r"\n\s*\n", text) if b.strip()]


def _grid(data: list[list[Flowable]], widths: list[float]) -> Table:
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#c8ccd2")),
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ]
        )
    )
    return table


def _head(labels: tuple[str, ...], s: FormStyles) -> list[Flowable]:
    return [Paragraph(f"<b>{label}</b>", s.small) for label in labels]


def _title_style(title: str, s: FormStyles, width: float) -> ParagraphStyle:
    """The title style, set smaller (not below 14 pt) when that keeps the title on one line."""
    size = float(s.title.fontSize)
    while size > MIN_TITLE_SIZE and stringWidth(title, SANS_BOLD, size) > width:
        size -= 0.5
    return ParagraphStyle("ptitle", parent=s.title, fontSize=size, leading=size + 5)


def _period_text(report: PromiseReport, end: date) -> str:
    """What the follow-up covers; a quarter still under way says so (results up to today)."""
    if report.made_on < end:
        return (
            f"Till och med {report.made_on.isoformat()}: kvartalet pågår till "
            f"{end.isoformat()}, resultaten kan öka"
        )
    return f"Till och med {end.isoformat()}"


def _promise(report: PromiseReport, s: FormStyles, width: float) -> list[Flowable]:
    data = report.promise.data
    end = quarter_bounds(report.year, report.quarter)[1]
    story: list[Flowable] = [
        para(document_title(report), _title_style(document_title(report), s, width)),
        para(data.title, s.subtitle),
        facts_box(
            [
                ("Kommun", data.municipality),
                ("Lokalpolisområde", data.police_area),
                ("Uppföljning", _period_text(report, end)),
                ("Sammanställd", report.made_on.isoformat()),
            ],
            s,
            width,
        ),
    ]
    if data.problem.strip():
        story += [para("Problembild", s.heading), *_texts(data.problem, s)]
    if data.focus_areas:
        story += [para("Fokusområden", s.heading), *bullets(data.focus_areas, s.bullet)]
    if data.effects.strip():
        story += [para("Det här ska vi åstadkomma", s.heading), *_texts(data.effects, s)]
    if data.signatories:
        rows = [_head(("Namn", "Titel"), s)]
        rows += [[para(x.name, s.cell), para(x.title, s.cell)] for x in data.signatories]
        story.append(
            KeepTogether(
                [para("Undertecknat av", s.heading), _grid(rows, [width * 0.45, width * 0.55])]
            )
        )
    return story


def _result_text(result: ActivityResult) -> str:
    return _amount(result.result, result.activity.data.unit)


def _widest_word(cell: Flowable) -> float:
    """The width a paragraph needs so that no word of it is split (padding included)."""
    return float(cell.minWidth()) + 2 * CELL_PADDING if isinstance(cell, Paragraph) else 0.0


def fitted_widths(
    rows: list[list[Flowable]], shares: tuple[float, ...], width: float
) -> list[float]:
    """Column widths near ``shares`` of ``width`` in which no word is split.

    Every column first gets its widest word; what is left of ``width`` is shared out in
    proportion to ``shares``, to the columns that want more than their minimum.
    """
    least = [max(_widest_word(row[c]) for row in rows) for c in range(len(shares))]
    widths = [max(lo, width * share) for lo, share in zip(least, shares, strict=True)]
    excess = sum(widths) - width
    while excess > 0.01:
        give = [c for c, w in enumerate(widths) if w - least[c] > 0.01]
        if not give:
            break  # the words alone are wider than the page: reportlab splits them
        room = sum(widths[c] - least[c] for c in give)
        cut = min(excess, room)
        for c in give:
            widths[c] -= cut * (widths[c] - least[c]) / room
        excess -= cut
    return widths


def _summary(report: PromiseReport, s: FormStyles, width: float) -> list[Flowable]:
    label = quarter_label(report.year, report.quarter)
    story: list[Flowable] = [CondPageBreak(50 * mm), para(f"Uppföljning {label}", s.heading)]
    if not report.activities:
        return [*story, para(NO_ACTIVITIES, s.body)]
    story.append(para(RULE_TEXT, s.body))
    rows = [_head(SUMMARY_HEADINGS, s)]
    for result in report.activities:
        data = result.activity.data
        rows.append(
            [
                para(data.title, s.small),
                para(data.owner, s.small),
                para(_amount(data.target, data.unit), s.small),
                para(_result_text(result), s.small),
                Paragraph(f"<b>{FULFILMENT_LABELS[result.fulfilment]}</b>", s.small),
                para(COUNTING_LABELS[data.counting], s.small),
            ]
        )
    table = _grid(rows, fitted_widths(rows, SUMMARY_SHARES, width))
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (4, n), (4, n), FULFILMENT_SHADES[result.fulfilment])
                for n, result in enumerate(report.activities, start=1)
            ]
        )
    )
    return [*story, table]


def _activity_facts(result: ActivityResult, report: PromiseReport) -> list[tuple[str, str]]:
    data = result.activity.data
    due = due_share(data.target, report.quarter)
    achieved = _result_text(result)
    if data.counting is not ActivityCounting.MANUAL:
        achieved += (
            f" (varav {format_amount(result.manual)} registrerat och "
            f"{format_amount(result.counted)} räknat automatiskt)"
        )
    facts = [
        ("Ansvarig", data.owner),
        *([("Fokusområde", data.focus_area)] if data.focus_area else []),
        *([("Område", data.area)] if data.area else []),
        ("Mål för året", _amount(data.target, data.unit)),
        (f"Att nå till och med kvartal {report.quarter}", _amount(due, data.unit)),
        ("Resultat hittills", achieved),
        ("Uppfyllt", FULFILMENT_LABELS[result.fulfilment]),
        ("Räknas", COUNTING_LABELS[data.counting]),
    ]
    return facts


def _activity(
    number: int, result: ActivityResult, report: PromiseReport, s: FormStyles, width: float
) -> KeepTogether:
    data = result.activity.data
    facts = [
        Paragraph(f"<b>{escape(label)}:</b> {escape(value)}", s.cell)
        for label, value in _activity_facts(result, report)
    ]
    chart = trend_chart(result.by_quarter, data.target, unit=data.unit, width=CHART_WIDTH)
    body = Table(
        [[facts, chart]],
        colWidths=[width - CHART_WIDTH - 6, CHART_WIDTH + 6],
        hAlign="LEFT",
    )
    body.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (1, 0), (1, 0), 6),
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#c8ccd2")),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return KeepTogether([para(f"{number}. {data.title}", s.heading), body])


def _story(report: PromiseReport, s: FormStyles, width: float) -> list[Flowable]:
    story = _promise(report, s, width)
    story += _summary(report, s, width)
    if report.activities:
        story += [CondPageBreak(60 * mm), para("Aktiviteterna kvartal för kvartal", s.heading)]
        story.append(
            para(
                "Staplarna visar resultatet hittills vid varje kvartals slut; den streckade "
                "linjen visar hur stor del av årsmålet som ska vara nådd då.",
                s.small,
            )
        )
        for number, result in enumerate(report.activities, start=1):
            story.append(_activity(number, result, report, s, width))
    return story


def promise_report_pdf(report: PromiseReport) -> bytes:
    """Return the follow-up of ``report`` as PDF/A bytes (A4, Swedish, reproducible)."""
    register_fonts()
    styles = FormStyles.make(10.0, 13.5)
    title = document_title(report)
    return a4_document(
        lambda width: _story(report, styles, width),
        title=title,
        subject="Uppföljning av medborgarlöfte",
        pages=PageTexts(f"Medborgarlöfte {report.year}", report.promise.data.municipality, title),
    )


__all__ = [
    "NO_ACTIVITIES",
    "RULE_TEXT",
    "document_title",
    "fitted_widths",
    "promise_report_pdf",
]
