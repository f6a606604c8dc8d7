"""The lägesbild as a printable report (PDF/A, A4, Swedish) from a published SituationPicture.

The report holds only what the statistics service published: every figure is the label of a
:class:`~sspf_desk.domain.suppression.PublishedCount` (a count, or the mark of a hidden entry),
never a raw count, and no personal data. It opens with the period, the granularity, the area
and the day it was made, a box on where the figures come from with the legend of the hidden
entries, and the key figures. Each table follows with its title, a bar chart of its published
column totals per bucket (a hidden total is a hatched band marked ``..``, never a bar of 0),
the table itself and its note. A table with more buckets than fit across the page (36 months)
is printed as several blocks of columns under each other, each with the row labels and the
last one with the row totals, so no figure or label is cut off.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
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

from sspf_desk.domain.statistics import (
    GRANULARITY_LABELS,
    KeyFigure,
    SituationPicture,
    SituationTable,
)
from sspf_desk.domain.suppression import HIDDEN_LABEL, LEGEND, PublishedCount
from sspf_desk.export.fonts import SANS, SANS_BOLD, register_fonts
from sspf_desk.export.pdf_kit import (
    RULE,
    SHADE,
    FormStyles,
    PageTexts,
    a4_document,
    facts_box,
    para,
)
from sspf_desk.export.report_charts import totals_chart

TITLE = "Lägesbild"
WHOLE_MUNICIPALITY = "Hela kommunen"
SOURCE_NOTE = "Underlaget är sammanställt ur SSPF Desk. Inga personuppgifter; små tal döljs."
NO_DATA = "Tabellen har inga uppgifter för perioden."
NO_EVENTS = "Inget registrerades under perioden."
NO_KEY_FIGURES = "Inga nyckeltal för perioden."
TOTAL = "Totalt"
CELL_SIZE = 7.5
CELL_LEADING = 9.5
CELL_PAD = 3.0
HIDDEN_SHADE = colors.HexColor("#f1f1f1")
MIN_BUCKET_WIDTH = 20.0
MAX_BUCKET_WIDTH = 70.0
MAX_LABEL_SHARE = 0.32


@dataclass(frozen=True, slots=True)
class _Widths:
    """Column widths of a table's blocks: categories, each bucket, the row totals."""

    label: float
    bucket: float
    total: float


def _granularity_word(picture: SituationPicture) -> str:
    return GRANULARITY_LABELS[picture.query.granularity]


def _area(picture: SituationPicture) -> str:
    return picture.area_label or picture.query.area or WHOLE_MUNICIPALITY


def _period(picture: SituationPicture) -> str:
    return f"{picture.query.start.isoformat()} – {picture.query.end.isoformat()}"


def document_title(picture: SituationPicture) -> str:
    """The metadata title: the report and its period (no personal data exists here)."""
    return f"{TITLE} {picture.query.start.isoformat()}–{picture.query.end.isoformat()}"


def _cell_styles() -> tuple[ParagraphStyle, ParagraphStyle]:
    text = ParagraphStyle(
        "cell", fontName=SANS, fontSize=CELL_SIZE, leading=CELL_LEADING, spaceShrinkage=0
    )
    number_head = ParagraphStyle("numhead", parent=text, fontName=SANS_BOLD, alignment=TA_RIGHT)
    return text, number_head


def _widest_word(text: str, font: str) -> float:
    return max((stringWidth(word, font, CELL_SIZE) for word in text.split()), default=0.0)


def _value_width(counts: Sequence[PublishedCount], font: str = SANS) -> float:
    return max((stringWidth(c.label, font, CELL_SIZE) for c in counts), default=0.0)


def _widths(table: SituationTable, width: float) -> _Widths:
    """Widths wide enough for every label and figure (figures never wrap, words never split)."""
    register_fonts()  # the widths are measured in the embedded fonts
    pad = 2 * CELL_PAD + 1
    published = table.published
    bucket = MIN_BUCKET_WIDTH
    for c, label in enumerate(table.column_labels):
        column = [row[c] for row in published.cells]
        bucket = max(
            bucket,
            _widest_word(label, SANS_BOLD) + pad,
            _value_width(column) + pad,
            _value_width(published.column_totals[c : c + 1], SANS_BOLD) + pad,
        )
    total = max(
        stringWidth(TOTAL, SANS_BOLD, CELL_SIZE),
        _value_width(published.row_totals),
        _value_width((published.grand_total,), SANS_BOLD),
    )
    labels = [*table.row_labels, table.row_heading, TOTAL]
    natural = max(stringWidth(label, SANS_BOLD, CELL_SIZE) for label in labels)
    shortest = max(_widest_word(label, SANS_BOLD) for label in labels)
    label = max(min(natural, width * MAX_LABEL_SHARE), shortest) + pad
    return _Widths(label, bucket, total + pad)


def _block_size(table: SituationTable, w: _Widths, width: float) -> int:
    count = len(table.column_labels)
    fits = max(1, int((width - w.label - w.total) // w.bucket))
    return math.ceil(count / math.ceil(count / fits))


def column_blocks(table: SituationTable, width: float) -> list[range]:
    """The bucket columns of each printed block, balanced, each block fitting ``width``."""
    count = len(table.column_labels)
    if count == 0:
        return []
    size = _block_size(table, _widths(table, width), width)
    return [range(start, min(start + size, count)) for start in range(0, count, size)]


def _stretched(table: SituationTable, width: float) -> _Widths:
    """The widths with the bucket columns widened towards the full width (to a limit)."""
    w = _widths(table, width)
    size = _block_size(table, w, width)
    room = (width - w.label - w.total) / size
    return _Widths(w.label, max(w.bucket, min(room, MAX_BUCKET_WIDTH)), w.total)


def _count_cell(count: PublishedCount) -> str:
    return count.label


def block_table(table: SituationTable, columns: range, *, last: bool, width: float) -> Table:
    """One block of ``table``: the row labels, the buckets in ``columns``, and on the
    ``last`` block the row totals; a totals row at the bottom."""
    text, number_head = _cell_styles()
    w = _stretched(table, width)
    published = table.published
    header: list[Flowable | str] = [Paragraph(f"<b>{escape(table.row_heading)}</b>", text)]
    header += [Paragraph(escape(table.column_labels[c]), number_head) for c in columns]
    if last:
        header.append(Paragraph(TOTAL, number_head))
    data: list[list[Flowable | str]] = [header]
    for r, label in enumerate(table.row_labels):
        row: list[Flowable | str] = [Paragraph(escape(label), text)]
        row += [_count_cell(published.cells[r][c]) for c in columns]
        if last:
            row.append(_count_cell(published.row_totals[r]))
        data.append(row)
    totals: list[Flowable | str] = [Paragraph(f"<b>{TOTAL}</b>", text)]
    totals += [_count_cell(published.column_totals[c]) for c in columns]
    if last:
        totals.append(_count_cell(published.grand_total))
    data.append(totals)
    widths = [w.label, *([w.bucket] * len(columns)), *([w.total] if last else [])]
    grid = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
        ("LEADING", (0, 0), (-1, -1), CELL_LEADING),
        ("FONTNAME", (0, -1), (-1, -1), SANS_BOLD),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("LINEBELOW", (0, 1), (-1, -2), 0.25, colors.HexColor("#d5d9de")),
        ("LINEABOVE", (0, -1), (-1, -1), 0.6, RULE),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if last:
        commands.append(("LINEBEFORE", (-1, 0), (-1, -1), 0.6, RULE))
    lines = [
        *((*row, total) for row, total in zip(published.cells, published.row_totals, strict=True)),
        (*published.column_totals, published.grand_total),
    ]
    shown = [*columns, *([len(table.column_labels)] if last else [])]
    for row_no, line in enumerate(lines, start=1):
        for col_no, c in enumerate(shown, start=1):
            if line[c].is_suppressed:
                commands.append(("BACKGROUND", (col_no, row_no), (col_no, row_no), HIDDEN_SHADE))
    grid.setStyle(TableStyle(commands))
    return grid


def _chart(table: SituationTable, picture: SituationPicture, width: float) -> Flowable:
    values = [c.shown if isinstance(c.shown, int) else None for c in table.published.column_totals]
    return totals_chart(
        table.column_labels, values, width=width, axis_title=_granularity_word(picture)
    )


def _chart_caption(table: SituationTable, picture: SituationPicture) -> str:
    word = _granularity_word(picture).lower()
    text = f"Staplarna visar summan per {word} (raden {TOTAL} i tabellen)."
    if any(c.is_suppressed for c in table.published.column_totals):
        text += (
            f" Streckade fält märkta {HIDDEN_LABEL} är dolda uppgifter och ritas inte som värden."
        )
    return text


def _table_section(
    table: SituationTable, picture: SituationPicture, s: FormStyles, width: float
) -> list[Flowable]:
    heading = para(table.title, s.heading)
    if not table.row_labels or not table.column_labels:
        return [KeepTogether([heading, para(NO_DATA, s.body), *_note(table, s)])]
    totals = table.published.column_totals
    lead: list[Flowable] = [heading]
    if all(c.shown == 0 for c in totals):
        lead.append(para(NO_EVENTS, s.body))
    else:
        caption = ParagraphStyle("caption", parent=s.small, spaceBefore=2, spaceAfter=6)
        lead += [_chart(table, picture, width), para(_chart_caption(table, picture), caption)]
    story: list[Flowable] = [CondPageBreak(60 * mm), KeepTogether(lead)]
    blocks = column_blocks(table, width)
    for number, columns in enumerate(blocks, start=1):
        if len(blocks) > 1:
            first, last = table.column_labels[columns[0]], table.column_labels[columns[-1]]
            caption = f"Del {number} av {len(blocks)}: {first} – {last}"
            story.append(para(caption, s.lead))
        story.append(block_table(table, columns, last=number == len(blocks), width=width))
    story += _note(table, s)
    return story


def _note(table: SituationTable, s: FormStyles) -> list[Flowable]:
    style = ParagraphStyle("note", parent=s.small, spaceBefore=3, spaceAfter=4)
    return [para(table.note, style)] if table.note else []


def _key_figures(figures: Sequence[KeyFigure], s: FormStyles, width: float) -> list[Flowable]:
    story: list[Flowable] = [para("Nyckeltal", s.heading)]
    if not figures:
        return [*story, para(NO_KEY_FIGURES, s.body)]
    value_style = ParagraphStyle("kfvalue", parent=s.cell, fontName=SANS_BOLD, alignment=TA_RIGHT)
    data = [
        [para(f.label, s.cell), para(f.value, value_style), para(f.note, s.small)] for f in figures
    ]
    grid = Table(data, colWidths=[width * 0.45, width * 0.17, width * 0.38], hAlign="LEFT")
    grid.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#c8ccd2")),
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return [*story, grid]


def _story(
    picture: SituationPicture, municipality: str, s: FormStyles, width: float
) -> list[Flowable]:
    story: list[Flowable] = [para(TITLE, s.title)]
    if municipality:
        story.append(para(municipality, s.subtitle))
    facts = [
        *([("Kommun", municipality)] if municipality else []),
        ("Period", _period(picture)),
        ("Indelning", _granularity_word(picture)),
        ("Område", _area(picture)),
        ("Sammanställd", picture.made_on.isoformat()),
    ]
    story += [
        facts_box(facts, s, width),
        para("", s.small),
        facts_box([("Underlag", SOURCE_NOTE), ("Dolda uppgifter", LEGEND)], s, width),
    ]
    story += _key_figures(picture.key_figures, s, width)
    for table in picture.tables:
        story += _table_section(table, picture, s, width)
    return story


def situation_pdf(picture: SituationPicture, *, municipality: str = "") -> bytes:
    """Return the lägesbild as PDF/A bytes (A4, Swedish, embedded fonts, reproducible)."""
    register_fonts()
    styles = FormStyles.make(9.5, 13.0)
    return a4_document(
        lambda width: _story(picture, municipality, styles, width),
        title=document_title(picture),
        subject="Lägesbild från SSPF Desk",
        pages=PageTexts(TITLE, municipality, f"{TITLE} {_period(picture)} · {_area(picture)}"),
    )


__all__ = [
    "LEGEND",
    "SOURCE_NOTE",
    "WHOLE_MUNICIPALITY",
    "block_table",
    "column_blocks",
    "document_title",
    "situation_pdf",
]
