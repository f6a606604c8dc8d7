"""The minutes PDF: valid A4, embedded fonts, marking and page x of y on every page.

Text is recorded where reportlab draws it (fonts and sizes included); the page numbers,
fonts and metadata are also read back from the produced file with pypdf.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.textobject import PDFTextObject

from sspf_desk.export.fonts import SANS, SANS_BOLD
from sspf_desk.export.minutes_pdf import (
    NO_ITEMS,
    NO_ITEMS_IN_EXCERPT,
    ActionRow,
    AttendanceRow,
    MinutesItem,
    MinutesView,
    document_title,
    minutes_file_name,
    minutes_pdf,
    suggested_file_name,
    write_minutes,
)
from sspf_desk.export.pdf_kit import FRAME_PADDING, MARGIN
from tests.export.minutes_sample import MARKING, SAMPLE

CONTENT_WIDTH = A4[0] - 2 * (MARGIN + FRAME_PADDING)


@dataclass(frozen=True)
class Drawn:
    page: int
    text: str
    font: str
    size: float


@dataclass(frozen=True)
class Rendered:
    data: bytes
    drawn: list[Drawn]

    @property
    def pages(self) -> int:
        return len(PdfReader(io.BytesIO(self.data)).pages)

    def page_strings(self, page: int) -> list[str]:
        return [d.text for d in self.drawn if d.page == page]

    @property
    def text(self) -> str:
        return flat("".join(d.text for d in self.drawn))

    def has(self, value: str) -> bool:
        return flat(value) in self.text


def flat(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def render(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    drawn: list[Drawn] = []
    original = PDFTextObject._formatText

    def recording(self: PDFTextObject, text: str) -> Any:
        drawn.append(Drawn(self._canvas.getPageNumber(), text, self._fontname, self._fontsize))
        return original(self, text)

    monkeypatch.setattr(PDFTextObject, "_formatText", recording)

    def run(view: MinutesView = SAMPLE) -> Rendered:
        drawn.clear()
        data = minutes_pdf(view)
        return Rendered(data, list(drawn))

    yield run


def _many_items(count: int) -> MinutesView:
    items = tuple(
        MinutesItem(
            n,
            f"Ärende {n}: uppföljning av åtagandeplan",
            "Gruppen gick igenom läget och konstaterade att insatserna fortsätter. " * 4,
            decisions=(f"Beslut i ärende {n}.",),
            actions=(
                ActionRow(f"Åtgärd {n}", "Karin Ström", "Socialtjänst", dt.date(2026, 12, 1)),
            ),
        )
        for n in range(1, count + 1)
    )
    return dataclasses.replace(SAMPLE, items=items)


def test_valid_a4_pdf_with_embedded_fonts_only(render: Any) -> None:
    result = render()
    data = result.data
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    assert result.pages >= 2
    for page in PdfReader(io.BytesIO(data)).pages:
        box = page.mediabox
        assert (round(float(box.width), 2), round(float(box.height), 2)) == (595.28, 841.89)
    assert {d.font for d in result.drawn} <= {SANS, SANS_BOLD}
    assert data == minutes_pdf(SAMPLE)  # reproducible


def test_every_page_has_the_marking_in_the_header_and_page_x_of_y(render: Any) -> None:
    result = render(_many_items(12))
    assert result.pages >= 3
    for page in range(1, result.pages + 1):
        strings = result.page_strings(page)
        assert strings.count(MARKING) == 1
        assert f"Sida {page} av {result.pages}" in strings
        # the page decorations come last (drawn when the total is known): header, footer
        assert strings[-4:] == [
            MARKING,
            SAMPLE.municipality,
            f"{document_title(SAMPLE)} · Version 1 · Utkast",
            f"Sida {page} av {result.pages}",
        ]
        header = [d for d in result.drawn if d.page == page and d.text == MARKING]
        assert header[0].font == SANS_BOLD


def test_content_sections_and_swedish_text(render: Any) -> None:
    result = render()
    for phrase in (
        "Protokoll – Operativ grupp",
        SAMPLE.title,
        SAMPLE.municipality,
        "2026-11-24, 13:00–15:00",
        SAMPLE.place,
        "Närvarande",
        "Frånvarande",
        "Linnéa Håkansson",
        "Fritidsledare, Ungdomens hus",
        "§ 1 Mötets öppnande",
        "§ 8 Övriga frågor, nästa möte och justering",
        "Beslut:",
        "• Gemensam fältvandring fredagar i december.",
        "Åtgärdslista",
        "Klart senast",
        "Schema för gemensamma fältvandringar",
        "2026-12-15",
        "Justering",
        "Protokollet är inte justerat. Version 1 · Utkast.",
        "Ordförande: Jörgen Åkesson",
        "Justerare: Sofia Lindqvist",
        "Sekreterare: Karin Ström",
        "Ort och datum",
        "Ahmed Yılmaz",
    ):
        assert result.has(phrase), phrase
    for drawn in result.drawn:
        face = pdfmetrics.getFont(drawn.font).face
        assert not {ch for ch in drawn.text if ord(ch) not in face.charToGlyph}, drawn.text


def test_approved_version_and_excerpt_note(render: Any) -> None:
    view = dataclasses.replace(
        SAMPLE,
        version=2,
        status_label="Justerat",
        approved_by="Sofia Lindqvist",
        approved_on=dt.date(2026, 11, 27),
        excerpt_note="Utdrag för Polisen – innehåller endast de paragrafer parten får ta del av",
    )
    result = render(view)
    assert result.has("Justerat av Sofia Lindqvist den 2026-11-27. Version 2 · Justerat.")
    assert result.has(view.excerpt_note)
    assert result.has("Protokollsutdrag – Operativ grupp")
    assert f"{document_title(view)} · Version 2 · Justerat" in result.page_strings(1)
    assert suggested_file_name(view) == "protokollsutdrag-operativ-grupp-2026-11-24-v2.pdf"


def test_long_texts_wrap_inside_the_column(render: Any) -> None:
    long_word = "Socialförvaltningensindividochfamiljeomsorgsmottagningsenhetsbarnochungdomar"
    item = MinutesItem(
        1,
        "Ett mycket långt ärende " * 6,
        ("Anteckning med många ord som måste radbrytas snyggt i spalten. " * 20) + long_word,
        decisions=("Ett långt beslut " * 15,),
        actions=(ActionRow("Lång åtgärd " * 12, "Förnamn Efternamnsson " * 3, long_word, None),),
    )
    view = dataclasses.replace(
        SAMPLE,
        items=(item,),
        place="Stadshuset, " * 12,
        secrecy_marking="Sekretess enligt offentlighets- och sekretesslagen 26 kap. 1 § " * 2,
    )
    result = render(view)
    for drawn in result.drawn:
        width = pdfmetrics.stringWidth(drawn.text, drawn.font, drawn.size)
        assert width <= CONTENT_WIDTH + 0.5, drawn.text
    for value in (item.notes, item.decisions[0], view.place, view.secrecy_marking):
        assert result.has(value)


def test_markup_is_printed_literally(render: Any) -> None:
    view = dataclasses.replace(SAMPLE, place="Rum <b>A&O</b>")
    assert render(view).has("Rum <b>A&O</b>")


def test_metadata_and_file_name_hold_no_personal_data() -> None:
    named = dataclasses.replace(SAMPLE, title="Nätverksmöte kring Zlatan Qvistberg")
    data = minutes_pdf(named)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        info = {str(key): str(value) for key, value in pdf.docinfo.items()}
        xmp = str(pdf.open_metadata())
    assert {"/Title", "/Author", "/Subject", "/Creator"} <= set(info)
    assert document_title(named) == "Protokoll – Operativ grupp 2026-11-24"
    assert info["/Title"] == document_title(named)
    for secret in ("Zlatan", "Qvistberg", "Lindqvist", "kring"):
        assert secret not in xmp
        assert all(secret not in value for value in info.values())
    name = suggested_file_name(named)
    assert name == "protokoll-operativ-grupp-2026-11-24.pdf"
    assert suggested_file_name(dataclasses.replace(SAMPLE, meeting_type_label="Nätverksmöte")) == (
        "protokoll-natverksmote-2026-11-24.pdf"
    )


def test_forty_items_render_quickly(capsys: pytest.CaptureFixture[str]) -> None:
    view = _many_items(40)
    minutes_pdf(view)  # warm up the fonts
    started = time.perf_counter()
    data = minutes_pdf(view)
    elapsed = time.perf_counter() - started
    with capsys.disabled():
        print(f"\n40-item minutes: {elapsed:.3f} s, {len(data)} bytes")
    assert data.startswith(b"%PDF-")


def test_write_minutes(tmp_path: Path) -> None:
    out = tmp_path / suggested_file_name(SAMPLE)
    write_minutes(SAMPLE, out)
    assert out.read_bytes() == minutes_pdf(SAMPLE)


# -- checked from the produced file with pypdf ------------------------------------------------

STANDARD_14 = {
    "Courier",
    "Courier-Bold",
    "Courier-Oblique",
    "Courier-BoldOblique",
    "Helvetica",
    "Helvetica-Bold",
    "Helvetica-Oblique",
    "Helvetica-BoldOblique",
    "Times-Roman",
    "Times-Bold",
    "Times-Italic",
    "Times-BoldItalic",
    "Symbol",
    "ZapfDingbats",
}


def embedded_fonts(data: bytes) -> dict[str, bool]:
    """Every font the pages use: base name → whether its program is embedded."""
    fonts: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(data)).pages:
        resources = page["/Resources"].get_object()
        for ref in resources.get("/Font", {}).get_object().values():
            font = ref.get_object()
            name = str(font["/BaseFont"]).lstrip("/").split("+")[-1]
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            descriptor = described.get("/FontDescriptor")
            files = ("/FontFile", "/FontFile2", "/FontFile3")
            fonts[name] = descriptor is not None and any(
                key in descriptor.get_object() for key in files
            )
    return fonts


def test_pages_fonts_and_metadata_from_the_file() -> None:
    view = _many_items(12)
    data = minutes_pdf(view)
    reader = PdfReader(io.BytesIO(data))
    total = len(reader.pages)
    assert total >= 3
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert f"Sida {number} av {total}" in text
        assert MARKING in text
        assert page.mediabox.width == pytest.approx(A4[0], abs=0.01)
    fonts = embedded_fonts(data)
    assert fonts and all(fonts.values()), fonts
    assert not set(fonts) & STANDARD_14
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Protokoll – Operativ grupp 2026-11-24"
    assert (meta.author, meta.creator, meta.subject) == (
        "SSPF Desk",
        "SSPF Desk",
        "SSPF-mötesprotokoll",
    )


def test_optional_times_unrecorded_attendance_and_no_items(render: Any) -> None:
    rows = (
        AttendanceRow("Märta Öberg", "Skola", "Rektor", None),
        AttendanceRow("Per-Olof Näslund", "Polis", "Kommunpolis", True),
    )
    view = dataclasses.replace(
        SAMPLE, start_time=None, end_time=None, attendance=rows, items=(), excerpt_note=""
    )
    result = render(view)
    assert result.has("Datum och tid 2026-11-24")
    assert not result.has("13:00")
    assert result.has("Kallade, närvaro ej registrerad")
    assert result.has("Frånvarande: inga")
    assert result.has(NO_ITEMS)
    excerpt = render(dataclasses.replace(view, excerpt_note="Utdrag för Polis"))
    assert excerpt.has(NO_ITEMS_IN_EXCERPT)
    assert render(dataclasses.replace(view, end_time=dt.time(15))).has("2026-11-24, till 15:00")
    only_start = render(dataclasses.replace(view, start_time=dt.time(9, 30)))
    assert only_start.has("2026-11-24, 09:30")


def test_file_names_for_excerpts_carry_only_the_recipient_tag() -> None:
    day = dt.date(2026, 3, 10)
    assert minutes_file_name("Nätverksmöte", day, 1) == "protokoll-natverksmote-2026-03-10.pdf"
    assert minutes_file_name("Styrgrupp", day, 3, excerpt="Socialtjänst") == (
        "protokollsutdrag-styrgrupp-2026-03-10-socialtjanst-v3.pdf"
    )
    assert minutes_file_name("Styrgrupp", day, 1, excerpt="") == (
        "protokollsutdrag-styrgrupp-2026-03-10.pdf"
    )
    assert minutes_file_name("?!", day, 1, excerpt="§") == "protokollsutdrag-mote-2026-03-10.pdf"


def test_approved_minutes_never_say_they_are_not_approved(render: Any) -> None:
    approved = dataclasses.replace(
        SAMPLE, status_label="Justerat", approved_by="", approved_on=dt.date(2026, 11, 30)
    )
    result = render(approved)
    assert result.has("Justerat den 2026-11-30.")
    assert not result.has("Protokollet är inte justerat.")
