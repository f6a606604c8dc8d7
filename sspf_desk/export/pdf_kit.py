"""Building blocks for the printable A4 forms: styles, a numbered canvas, boxes and lines.

Used by the consent form; meant for the other printed documents too (agenda, minutes).
All text given to these helpers is plain text and is escaped here.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from sspf_desk.export.fonts import SANS, SANS_BOLD
from sspf_desk.export.pdfa import archival_pdf

MARGIN = 20 * mm
FRAME_PADDING = 6  # SimpleDocTemplate's frame pads its content by 6 pt on every side
FOOTER_Y = 11 * mm
FOOTER_SIZE = 8.5
HEADER_DROP = 12 * mm  # from the top edge to the baseline of the header line
HEADER_SIZE = 9
RULE = colors.HexColor("#5a5a5a")
SHADE = colors.HexColor("#eef1f5")


class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """A canvas that writes ``footer_text`` and "Sida x av y" on every page at the end.

    Subclass it and set ``footer_text``; pass the subclass as ``canvasmaker`` to
    ``doc.build``. Pages are kept until :meth:`save`, when the page total is known.
    A non-empty ``header_text`` is drawn in bold at the top left of every page (with
    ``header_right`` at the top right), above a rule; leave room with the top margin.
    """

    footer_text: ClassVar[str] = ""
    header_text: ClassVar[str] = ""
    header_right: ClassVar[str] = ""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Create the canvas (arguments as :class:`reportlab.pdfgen.canvas.Canvas`).

        The initial font is the embedded sans (call ``register_fonts`` first), so no
        unembedded standard font (Helvetica) ends up in the document.
        """
        if not kwargs.get("initialFontName"):
            kwargs["initialFontName"] = SANS
        super().__init__(*args, **kwargs)
        self._page_states: list[dict[str, Any]] = []

    def showPage(self) -> None:
        """Keep the finished page; it is written in :meth:`save` once the total is known."""
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        """Draw the footer on every kept page, then write the document."""
        total = len(self._page_states)
        for state in self._page_states:
            self.__dict__.update(state)
            self._draw_header()
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_header(self) -> None:
        if not self.header_text:
            return
        width, height = self._pagesize
        left, right = MARGIN + FRAME_PADDING, width - MARGIN - FRAME_PADDING
        baseline = height - HEADER_DROP
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(left, baseline - 4, right, baseline - 4)
        self.setFillColor(colors.black)
        size = float(HEADER_SIZE)  # a long marking is set smaller, never cut off
        while size > 5 and stringWidth(self.header_text, SANS_BOLD, size) > right - left:
            size -= 0.5
        self.setFont(SANS_BOLD, size)
        self.drawString(left, baseline, self.header_text)
        used = stringWidth(self.header_text, SANS_BOLD, size)
        if self.header_right:
            self.setFont(SANS, HEADER_SIZE)
            room = right - left - used - 12
            if stringWidth(self.header_right, SANS, HEADER_SIZE) <= room:
                self.drawRightString(right, baseline, self.header_right)
        self.restoreState()

    def _draw_footer(self, total: int) -> None:
        width = self._pagesize[0]
        left, right = MARGIN + FRAME_PADDING, width - MARGIN - FRAME_PADDING
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(left, FOOTER_Y + 11, right, FOOTER_Y + 11)
        self.setFillColor(colors.black)
        self.setFont(SANS, FOOTER_SIZE)
        self.drawString(left, FOOTER_Y, self.footer_text)
        self.drawRightString(right, FOOTER_Y, f"Sida {self.getPageNumber()} av {total}")
        self.restoreState()


@dataclass(frozen=True, slots=True)
class FormStyles:
    """The paragraph styles of a form, scaled from one body size."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    lead: ParagraphStyle
    bullet: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle

    @classmethod
    def make(cls, size: float, leading: float) -> FormStyles:
        """Return styles for body text of ``size`` pt on ``leading`` pt lines.

        ``lead`` is a body line that stays on the page of what follows it (a list's intro).
        """
        body = ParagraphStyle(
            "body",
            fontName=SANS,
            fontSize=size,
            leading=leading,
            spaceAfter=4,
            spaceShrinkage=0,  # never run a line past the column (reportlab allows 5 %)
        )
        return cls(
            title=ParagraphStyle(
                "title", fontName=SANS_BOLD, fontSize=size + 9, leading=size + 14, spaceAfter=2
            ),
            subtitle=ParagraphStyle(
                "subtitle", parent=body, textColor=colors.HexColor("#333333"), spaceAfter=10
            ),
            heading=ParagraphStyle(
                "heading",
                parent=body,
                fontName=SANS_BOLD,
                fontSize=size + 2,
                leading=leading + 2,
                spaceBefore=9,
                spaceAfter=3,
                keepWithNext=True,
            ),
            body=body,
            lead=ParagraphStyle("lead", parent=body, spaceBefore=3, keepWithNext=True),
            bullet=ParagraphStyle(
                "bullet",
                parent=body,
                leftIndent=16,
                bulletIndent=3,
                bulletFontName=SANS,
                bulletFontSize=size,
            ),
            small=ParagraphStyle(
                "small", parent=body, fontSize=size - 2, leading=leading - 3, spaceAfter=0
            ),
            cell=ParagraphStyle("cell", parent=body, spaceAfter=0),
        )


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """Return a paragraph of plain ``text`` (escaped: names may hold ``&`` or ``<``)."""
    return Paragraph(escape(text), style)


def bullets(items: Sequence[str], style: ParagraphStyle) -> list[Flowable]:
    """Return one bulleted paragraph per item (paragraphs, so a lead line keeps with them)."""
    return [Paragraph(escape(item), style, bulletText="•") for item in items]


def facts_box(rows: Sequence[tuple[str, str]], styles: FormStyles, width: float) -> Table:
    """Return a shaded two-column box of label → value rows (values wrap)."""
    label_width = styles.cell.fontSize * 5 * mm
    data = [
        [Paragraph(f"<b>{escape(label)}</b>", styles.cell), para(value, styles.cell)]
        for label, value in rows
    ]
    table = Table(data, colWidths=[label_width, width - label_width])
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def signature_lines(labels: tuple[str, str, str], styles: FormStyles, width: float) -> Table:
    """Return three writing lines: place and date, signature (beside it), name in print.

    Args:
        labels: the captions under the three lines, in that order.
        styles: the form's styles (captions use ``small``).
        width: the width of the text column.
    """
    place_date, signature, printed = labels
    gap = 8 * mm
    half = (width - gap) / 2
    blank = ""
    table = Table(
        [
            [blank, blank, blank],
            [para(place_date, styles.small), blank, para(signature, styles.small)],
            [blank, blank, blank],
            [para(printed, styles.small), blank, blank],
        ],
        colWidths=[half, gap, half],
        rowHeights=[16 * mm, None, 14 * mm, None],
    )
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (0, 0), 0.8, colors.black),
                ("LINEBELOW", (2, 0), (2, 0), 0.8, colors.black),
                ("LINEBELOW", (0, 2), (0, 2), 0.8, colors.black),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), SANS),
            ]
        )
    )
    return table


@dataclass(frozen=True, slots=True)
class PageTexts:
    """What every page of a document prints: header left and right, footer (no personal data
    in the footer of a document that leaves the vault: it is also the document's title)."""

    header: str
    header_right: str
    footer: str


def a4_document(
    story: Callable[[float], list[Flowable]], *, title: str, subject: str, pages: PageTexts
) -> bytes:
    """Lay out an A4 document of SSPF Desk and return it as PDF/A bytes.

    ``story`` gets the usable width and returns the flowables. Margins, metadata (reportlab's
    invariant mode: the same content gives the same bytes), the page header and footer with
    "Sida x av y" are the same for every document.
    """
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=20 * mm,
        bottomMargin=24 * mm,
        title=title,
        author="SSPF Desk",
        creator="SSPF Desk",
        subject=subject,
        invariant=True,
    )
    canvas = type(
        "PageCanvas",
        (NumberedCanvas,),
        {
            "header_text": pages.header,
            "header_right": pages.header_right,
            "footer_text": pages.footer,
        },
    )
    doc.build(story(doc.width - 2 * FRAME_PADDING), canvasmaker=canvas)
    return archival_pdf(buffer.getvalue())
