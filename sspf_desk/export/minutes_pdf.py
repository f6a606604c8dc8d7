"""The meeting minutes (protokoll, PDF) of an SSPF meeting, from a plain view-model.

A4, Swedish, embedded DejaVu fonts only. Every page carries the configurable secrecy marking
in its header and "Sida x av y" with the version and status in its footer. The body has the
municipality and meeting metadata, attendance (närvarande / frånvarande with sector and
role), the numbered § items with notes, decisions and actions, one combined action table and
the justering block with signature lines for Ordförande, Justerare and Sekreterare.

The PDF holds personal data: callers write it only where the user chose (never a temp file).
Its metadata and :func:`suggested_file_name` hold none: only the meeting type label and the
date (never the meeting's free-text title, which may name someone). The output is
reproducible (``invariant``: no creation date, fixed document id).

PDF/A: the document reportlab draws (fonts embedded as TrueType subsets, no standard-14
font, DeviceRGB only, no transparency, images, JavaScript or encryption) is turned into
PDF/A-2b by :mod:`sspf_desk.export.pdfa`, which adds the sRGB OutputIntent and the XMP
``pdfaid`` declaration and validates the very bytes in memory (pikepdf's validator); the
tests also run Apache PDFBox Preflight on the PDF/A-1b flavour. veraPDF is not installable
here.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Table,
    TableStyle,
)

from sspf_desk.export.fonts import SANS, register_fonts
from sspf_desk.export.minutes_names import document_title, minutes_file_name, suggested_file_name
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

NO_DEADLINE = "–"
NO_ITEMS = "Protokollet har inga paragrafer."
NO_ITEMS_IN_EXCERPT = "Inga paragrafer i protokollet gäller mottagaren av utdraget."


@dataclass(frozen=True, slots=True)
class AttendanceRow:
    """One invited participant: name, sector label (e.g. "Skola"), role, and attendance.

    ``present`` is None while attendance is not recorded (listed as "Kallade").
    """

    name: str
    sector_label: str
    role: str
    present: bool | None


@dataclass(frozen=True, slots=True)
class ActionRow:
    """One action (åtgärd): what, who is responsible, the sector label and the deadline."""

    what: str
    owner: str
    sector_label: str
    deadline: dt.date | None = None


@dataclass(frozen=True, slots=True)
class MinutesItem:
    """One numbered agenda item (§) with its notes, decisions (beslut) and actions.

    ``notes`` is plain text; a blank line starts a new paragraph.
    """

    number: int
    title: str
    notes: str = ""
    decisions: tuple[str, ...] = ()
    actions: tuple[ActionRow, ...] = ()


@dataclass(frozen=True, slots=True)
class MinutesView:
    """Everything the minutes show, as plain values (labels already in Swedish).

    Attributes:
        municipality: e.g. "Norrby kommun".
        secrecy_marking: the header text on every page, e.g. "Sekretess enligt OSL 26 kap. 1 §".
        meeting_type_label: e.g. "Operativ grupp"; used in the metadata and the file name.
        title: the meeting's own title (may name someone: never in metadata or file name).
        date: the meeting date.
        start_time: when the meeting started; end_time when it ended (both optional).
        place: where it was held.
        chair: ordförande; secretary: the minute-taker (sekreterare); approver: justerare.
        attendance: the invited participants, present and absent.
        items: the numbered items in order.
        version: the minutes' version (1 for the first, +1 after each reopening).
        status_label: "Utkast" or "Justerat".
        approved_by / approved_on: the justering record, when approved.
        excerpt_note: set for an excerpt (utdrag), e.g. "Utdrag för Polisen – …".
    """

    municipality: str
    secrecy_marking: str
    meeting_type_label: str
    title: str
    date: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    place: str
    chair: str
    secretary: str
    approver: str
    attendance: tuple[AttendanceRow, ...]
    items: tuple[MinutesItem, ...]
    version: int
    status_label: str
    approved_by: str = ""
    approved_on: dt.date | None = None
    excerpt_note: str = ""


def _kind(view: MinutesView) -> str:
    return "Protokollsutdrag" if view.excerpt_note else "Protokoll"


def _when(view: MinutesView) -> str:
    """The date with the times that are set: "2026-11-24, 13:00–15:00"."""
    start = view.start_time.strftime("%H:%M") if view.start_time else ""
    end = view.end_time.strftime("%H:%M") if view.end_time else ""
    times = f"{start}–{end}" if start and end else start or (f"till {end}" if end else "")
    return f"{view.date.isoformat()}, {times}" if times else view.date.isoformat()


def _version_line(view: MinutesView) -> str:
    return f"Version {view.version} · {view.status_label}"


def _grid(data: list[list[Flowable]], widths: list[float]) -> Table:
    table = Table(data, colWidths=widths, repeatRows=1)
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
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _head(labels: tuple[str, ...], s: FormStyles) -> list[Flowable]:
    return [Paragraph(f"<b>{label}</b>", s.cell) for label in labels]


def _attendance(view: MinutesView, s: FormStyles, width: float) -> list[Flowable]:
    story: list[Flowable] = [para("Närvaro", s.heading)]
    widths = [width * 0.4, width * 0.25, width * 0.35]
    groups: tuple[tuple[bool | None, str], ...] = (
        (True, "Närvarande"),
        (False, "Frånvarande"),
        (None, "Kallade, närvaro ej registrerad"),
    )
    for present, label in groups:
        rows = [row for row in view.attendance if row.present is present]
        if not rows:
            if present is not None:
                story.append(para(f"{label}: inga", s.body))
            continue
        data = [_head((label, "Sektor", "Roll"), s)]
        data += [
            [para(r.name, s.cell), para(r.sector_label, s.cell), para(r.role, s.cell)] for r in rows
        ]
        story += [_grid(data, widths), para("", s.small)]
    return story


def _deadline(action: ActionRow) -> str:
    return action.deadline.isoformat() if action.deadline else NO_DEADLINE


def _item(item: MinutesItem, s: FormStyles) -> list[Flowable]:
    story: list[Flowable] = [para(f"§ {item.number}  {item.title}", s.heading)]
    for block in re.split(r"\n\s*\n", item.notes.strip()):
        if block.strip():
            story.append(para(" ".join(block.split()), s.body))
    if item.decisions:
        story.append(para("Beslut:", s.lead))
        story += bullets(item.decisions, s.bullet)
    if item.actions:
        story.append(para("Åtgärder:", s.lead))
        story += bullets(
            [
                f"{a.what} – {a.owner} ({a.sector_label})"
                + (f", klart senast {a.deadline.isoformat()}" if a.deadline else "")
                for a in item.actions
            ],
            s.bullet,
        )
    return story


def _action_table(view: MinutesView, s: FormStyles, width: float) -> list[Flowable]:
    rows = [(item.number, action) for item in view.items for action in item.actions]
    story: list[Flowable] = [CondPageBreak(40 * mm), para("Åtgärdslista", s.heading)]
    if not rows:
        return [*story, para("Inga åtgärder beslutades.", s.body)]
    widths = [width * 0.06, width * 0.36, width * 0.2, width * 0.22, width * 0.16]
    data = [_head(("§", "Åtgärd", "Ansvarig", "Sektor", "Klart senast"), s)]
    data += [
        [
            para(str(number), s.cell),
            para(a.what, s.cell),
            para(a.owner, s.cell),
            para(a.sector_label, s.cell),
            para(_deadline(a), s.cell),
        ]
        for number, a in rows
    ]
    return [*story, _grid(data, widths)]


def _justering(view: MinutesView, s: FormStyles, width: float) -> KeepTogether:
    if view.approved_by and view.approved_on:
        record = f"Justerat av {view.approved_by} den {view.approved_on.isoformat()}."
    elif view.approved_on:
        record = f"Justerat den {view.approved_on.isoformat()}."
    else:
        record = "Protokollet är inte justerat."
    gap = 6 * mm
    column = (width - 2 * gap) / 3
    blank = ""
    captions = [
        para(f"{role}: {name}" if name.strip() else role, s.small)
        for role, name in (
            ("Ordförande", view.chair),
            ("Justerare", view.approver),
            ("Sekreterare", view.secretary),
        )
    ]
    signatures = Table(
        [
            [blank] * 5,
            [captions[0], blank, captions[1], blank, captions[2]],
            [blank] * 5,
            [para("Ort och datum", s.small), blank, blank, blank, blank],
        ],
        colWidths=[column, gap, column, gap, column],
        rowHeights=[16 * mm, None, 12 * mm, None],
    )
    signatures.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (0, 0), 0.8, colors.black),
                ("LINEBELOW", (2, 0), (2, 0), 0.8, colors.black),
                ("LINEBELOW", (4, 0), (4, 0), 0.8, colors.black),
                ("LINEBELOW", (0, 2), (0, 2), 0.8, colors.black),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), SANS),
            ]
        )
    )
    return KeepTogether(
        [
            para("Justering", s.heading),
            para(f"{record} {_version_line(view)}.", s.body),
            signatures,
        ]
    )


def _story(view: MinutesView, s: FormStyles, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        para(f"{_kind(view)} – {view.meeting_type_label}", s.title),
        para(f"{view.title} · {view.municipality}", s.subtitle),
    ]
    if view.excerpt_note:
        story.append(facts_box([("Utdrag", view.excerpt_note)], s, width))
        story.append(para("", s.small))
    story.append(
        facts_box(
            [
                ("Kommun", view.municipality),
                ("Mötestyp", view.meeting_type_label),
                ("Datum och tid", _when(view)),
                ("Plats", view.place),
                ("Ordförande", view.chair),
                ("Sekreterare", view.secretary),
                ("Justerare", view.approver),
                ("Version", _version_line(view)),
            ],
            s,
            width,
        )
    )
    story += _attendance(view, s, width)
    story.append(para("Ärenden", s.heading))
    if not view.items:
        story.append(para(NO_ITEMS_IN_EXCERPT if view.excerpt_note else NO_ITEMS, s.body))
    for item in view.items:
        story.append(KeepTogether(_item(item, s)))  # split only when longer than a page
    story += _action_table(view, s, width)
    story.append(_justering(view, s, width))
    return story


def minutes_pdf(view: MinutesView) -> bytes:
    """Return the minutes for ``view`` as PDF bytes (A4, Swedish, embedded fonts)."""
    register_fonts()
    styles = FormStyles.make(10.0, 13.5)
    return a4_document(
        lambda width: _story(view, styles, width),
        title=document_title(view),
        subject="SSPF-mötesprotokoll",
        pages=PageTexts(
            view.secrecy_marking,
            view.municipality,
            f"{document_title(view)} · {_version_line(view)}",
        ),
    )


def write_minutes(view: MinutesView, out: Path) -> None:
    """Write the minutes for ``view`` as a PDF file to ``out`` (see :func:`minutes_pdf`)."""
    out.write_bytes(minutes_pdf(view))


__all__ = [
    "ActionRow",
    "AttendanceRow",
    "MinutesItem",
    "MinutesView",
    "document_title",
    "minutes_file_name",
    "minutes_pdf",
    "suggested_file_name",
    "write_minutes",
]
