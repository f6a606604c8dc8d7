"""The consent form PDF: valid A4 with embedded fonts, the required content on the right pages.

pypdf is not a dependency, so the text is checked at the source: every string reportlab
draws passes through ``PDFTextObject._formatText``, which the tests record per page together
with its font and width.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.textobject import PDFTextObject

from sspf_desk.export.consent_form import (
    SECRECY_MARKING,
    TITLE,
    ConsentFormView,
    consent_form_pdf,
    write_consent_form,
)
from sspf_desk.export.fonts import SANS, SANS_BOLD
from sspf_desk.export.pdf_kit import FRAME_PADDING, MARGIN

VIEW = ConsentFormView(
    municipality="Östra Göinge kommun",
    young_person_name="Åsa Lindqvist",
    young_person_birth="2010-05-17",
    consenter_name="Märta Öberg",
    consenter_role_label="Vårdnadshavare",
    parties=(
        "Skola – Ängsskolan",
        "Socialtjänst – förebyggande enheten",
        "Polis – kommunpolisen",
        "Fritid – fritidsgården Ungdomens hus",
    ),
    categories=("Skola (närvaro, studier, skolsituation)", "Elevhälsa", "Familjesituation"),
    purpose="Att ge Åsa stöd i skolan och på fritiden.",
    valid_from="2026-03-01",
    valid_to="2027-02-28",
    coordinator_name="Jörgen Åkesson",
    coordinator_contact="tel. 044-123 45 67",
)
CONTENT_WIDTH = A4[0] - 2 * (MARGIN + FRAME_PADDING)


@dataclass(frozen=True)
class Drawn:
    """One string drawn on a page, with its font."""

    page: int
    text: str
    font: str
    size: float


@dataclass(frozen=True)
class Rendered:
    """A rendered form: the PDF bytes and what was drawn on each page."""

    data: bytes
    drawn: list[Drawn]

    @property
    def pages(self) -> int:
        return len(re.findall(rb"/Type\s*/Page[^s]", self.data))

    def page_text(self, page: int) -> str:
        """Return the text of ``page`` without any whitespace.

        Paragraphs are drawn in pieces (per line, around entities), so comparisons ignore
        whitespace: see :func:`flat`.
        """
        return flat("".join(d.text for d in self.drawn if d.page == page))

    @property
    def text(self) -> str:
        return "".join(self.page_text(page) for page in range(1, self.pages + 1))

    def has(self, value: str) -> bool:
        return flat(value) in self.text


def flat(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def render(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    drawn: list[Drawn] = []
    original = PDFTextObject._formatText

    def recording(self: PDFTextObject, text: str) -> Any:
        page = self._canvas.getPageNumber()
        drawn.append(Drawn(page, text, self._fontname, self._fontsize))
        return original(self, text)

    monkeypatch.setattr(PDFTextObject, "_formatText", recording)

    def run(view: ConsentFormView = VIEW, *, easy_read: bool = False) -> Rendered:
        drawn.clear()
        data = consent_form_pdf(view, easy_read=easy_read)
        return Rendered(data, list(drawn))

    yield run


@pytest.mark.parametrize("easy_read", [False, True], ids=["standard", "easy-read"])
def test_valid_a4_pdf_with_embedded_fonts_only(render: Any, easy_read: bool) -> None:
    result = render(easy_read=easy_read)
    data = result.data
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    assert result.pages == 2
    assert len(re.findall(rb"/MediaBox \[ 0 0 595.2756 841.8898 \]", data)) == 2
    assert b"/FontFile2" in data  # TrueType embedded, so å/ä/ö print everywhere
    assert b"/Helvetica" not in data  # no unembedded standard font slipped in
    assert {d.font for d in result.drawn} <= {SANS, SANS_BOLD}
    assert data == consent_form_pdf(VIEW, easy_read=easy_read)  # reproducible, no dates


@pytest.mark.parametrize("easy_read", [False, True], ids=["standard", "easy-read"])
def test_scope_and_rights_are_on_the_form(render: Any, easy_read: bool) -> None:
    result = render(easy_read=easy_read)
    assert result.text.startswith(flat(TITLE))
    for value in (
        VIEW.municipality,
        VIEW.young_person_name,
        VIEW.young_person_birth,
        VIEW.consenter_name,
        VIEW.purpose,
        VIEW.coordinator_name,
        VIEW.coordinator_contact,
        VIEW.valid_from,
        VIEW.valid_to,
        *VIEW.parties,
        *VIEW.categories,
    ):
        assert result.has(value), value
    for bullet in (*VIEW.parties, *VIEW.categories):
        assert result.has(f"• {bullet}"), bullet
    if easy_read:
        for phrase in (
            "Lättläst version",
            "Du får säga ja eller nej.",
            "Du kan ändra dig när du vill.",
            "Då slutar de prata om dig samma dag.",
            "Då måste de berätta det för socialtjänsten.",
            "Även om du säger nej.",
            "Plats och datum",
            "Skriv ditt namn här",
            "Ditt namn med tydliga bokstäver",
        ):
            assert result.has(phrase), phrase
    else:
        for phrase in (
            "Vad är SSPF?",
            "Det är frivilligt",
            "Du kan ta tillbaka ditt samtycke när som helst.",
            "Så tar du tillbaka samtycket: kontakta Jörgen Åkesson",
            "Samtycket slutar gälla samma dag.",
            "Orosanmälan gäller alltid",
            "Den skyldigheten gäller alltid",
            f"{VIEW.consenter_name} ({VIEW.consenter_role_label})",
            "Ort och datum",
            "Underskrift",
            "Namnförtydligande (namn i tryckbokstäver)",
        ):
            assert result.has(phrase), phrase


@pytest.mark.parametrize("easy_read", [False, True], ids=["standard", "easy-read"])
def test_every_page_has_secrecy_marking_and_page_x_of_y(render: Any, easy_read: bool) -> None:
    many = dataclasses.replace(
        VIEW, parties=tuple(f"Organisation {i} med ett ganska långt namn" for i in range(40))
    )
    result = render(many, easy_read=easy_read)
    assert result.pages >= 3
    for page in range(1, result.pages + 1):
        footer = [d.text for d in result.drawn if d.page == page and d.size < 9]
        assert SECRECY_MARKING in footer
        assert f"Sida {page} av {result.pages}" in footer
    # the signature block stays in one piece, after everything it signs for
    last = result.page_text(result.pages)
    assert flat("Jag har läst") in last
    assert VIEW.young_person_birth in last  # the signature page names what was signed


@pytest.mark.parametrize("easy_read", [False, True], ids=["standard", "easy-read"])
def test_long_names_wrap_inside_the_text_column(render: Any, easy_read: bool) -> None:
    long_view = dataclasses.replace(
        VIEW,
        municipality="Upplands Väsby och Sollentuna samordningsförbund för barn och unga",
        parties=(
            "Socialtjänst – individ- och familjeomsorgen, mottagningsenheten för barn och "
            "unga, avdelning Östra och Västra Skogsåsen (kontakt genom SSPF-gruppen)",
            "Socialförvaltningensindividochfamiljeomsorgsmottagningsenhetsbarnochungdomsverksamhet",
        ),
        coordinator_contact="jorgen.akesson.sspf-koordinator@upplandsvasby-sollentuna.example.se",
    )
    result = render(long_view, easy_read=easy_read)
    for drawn in result.drawn:
        width = pdfmetrics.stringWidth(drawn.text, drawn.font, drawn.size)
        assert width <= CONTENT_WIDTH + 0.5, drawn.text
    for value in (*long_view.parties, long_view.coordinator_contact, long_view.municipality):
        assert result.has(value), value  # wrapped, nothing cut off


@pytest.mark.parametrize("easy_read", [False, True], ids=["standard", "easy-read"])
def test_every_character_has_a_glyph(render: Any, easy_read: bool) -> None:
    result = render(easy_read=easy_read)
    for drawn in result.drawn:
        face = pdfmetrics.getFont(drawn.font).face
        missing = {ch for ch in drawn.text if ord(ch) not in face.charToGlyph}
        assert not missing, (drawn.text, missing)
    assert "Å" in result.text and "ä" in result.text and "ö" in result.text


def test_markup_in_names_is_printed_literally(render: Any) -> None:
    view = dataclasses.replace(
        VIEW, young_person_name="Kim <b>Berg</b> & Co", parties=("Skola – A&O-skolan <x>",)
    )
    result = render(view)
    assert result.has("Kim <b>Berg</b> & Co")
    assert result.has("A&O-skolan <x>")


def test_open_ended_consent(render: Any) -> None:
    view = dataclasses.replace(VIEW, valid_to="")
    assert render(view).has("Från 2026-03-01 och tills samtycket tas tillbaka.")
    easy = render(view, easy_read=True)
    assert easy.has("Från 2026-03-01 och tills du säger att du vill sluta.")


def test_easy_read_uses_larger_type(render: Any) -> None:
    def body_size(result: Rendered) -> float:
        return max(d.size for d in result.drawn if d.font == SANS and d.size < 14)

    assert body_size(render(easy_read=True)) >= body_size(render()) + 2


def test_metadata_names_no_one(render: Any) -> None:
    data = render().data
    info = re.search(rb"/Author .*?/Trapped", data, re.DOTALL)
    assert info is not None
    assert b"/Title (Samtycke till samverkan i SSPF)" in info.group(0)
    for name in (b"Lindqvist", b"Berg", b"2010-05-17"):
        assert name not in data


def test_write_consent_form(tmp_path: Path) -> None:
    out = tmp_path / "blankett.pdf"
    write_consent_form(VIEW, out, easy_read=True)
    assert out.read_bytes() == consent_form_pdf(VIEW, easy_read=True)


def test_footer_text_is_drawn_once_per_page(render: Any) -> None:
    result = render()
    counts: dict[int, int] = defaultdict(int)
    for drawn in result.drawn:
        if drawn.text == SECRECY_MARKING:
            counts[drawn.page] += 1
    assert counts == {page: 1 for page in range(1, result.pages + 1)}
