"""The medborgarlöfte follow-up PDF: the promise, Ja/Delvis/Nej per activity, trend charts,
PDF/A, reproducible bytes. Reports are built by hand (no store)."""

from __future__ import annotations

import dataclasses
import io
from datetime import UTC, date, datetime

import pikepdf
from pikepdf.pdfa import validate_written
from pypdf import PdfReader
from reportlab.graphics.shapes import Group, PolyLine, Rect, Shape, String

from sspf_desk.domain.enums import MeetingType
from sspf_desk.domain.group_level import MeasureKind
from sspf_desk.domain.promises import (
    Activity,
    ActivityCounting,
    ActivityInput,
    ActivityResult,
    Fulfilment,
    Promise,
    PromiseInput,
    PromiseReport,
    Signatory,
    fulfilment,
)
from sspf_desk.export.promise_pdf import (
    NO_ACTIVITIES,
    RULE_TEXT,
    document_title,
    promise_report_pdf,
)
from sspf_desk.export.report_charts import BAR, DUE_LINE, trend_chart

STAMP = datetime(2026, 1, 15, 9, 0, tzinfo=UTC)
PROMISE = Promise(
    "p1",
    PromiseInput(
        year=2026,
        municipality="Norrby kommun",
        police_area="Lokalpolisområde Norrby–Åsen",
        title="Tryggare centrum och Östra torget",
        problem=(
            "Lägesbilden visar oro kvällstid kring torget och busstationen.\n\n"
            "Många unga rör sig i centrum efter skolans slut."
        ),
        focus_areas=("Trygg utemiljö i centrum", "Förebyggande arbete med unga"),
        effects="Fler ska känna sig trygga i centrum på kvällstid.",
        signatories=(
            Signatory("Anna Öberg", "Kommunstyrelsens ordförande"),
            Signatory("Jörgen Ålund", "Lokalpolisområdeschef"),
        ),
    ),
    STAMP,
    STAMP,
)


def activity(
    n: int, title: str, target: float, unit: str, counting: ActivityCounting, **extra: object
) -> Activity:
    data = ActivityInput(
        "p1",
        title,
        extra.pop("owner", "Polisen"),  # type: ignore[arg-type]
        target,
        unit,
        counting=counting,
        **extra,  # type: ignore[arg-type]
    )
    return Activity(f"a{n}", n, data, STAMP, STAMP)


def result(
    act: Activity, manual: float, counted: float, by_quarter: tuple[float, ...]
) -> ActivityResult:
    quarter = len(by_quarter)
    return ActivityResult(
        act, manual, counted, by_quarter, fulfilment(manual + counted, act.data.target, quarter)
    )


ACTIVITIES = (
    result(
        activity(
            1,
            "Polisnärvaro i centrum",
            4000,
            "timmar",
            ActivityCounting.MEASURE_HOURS,
            measure_kind=MeasureKind.POLICE_PRESENCE,
            focus_area="Trygg utemiljö i centrum",
            area="Centrum",
        ),
        150,
        2100.5,
        (1100, 2250.5),
    ),
    result(
        activity(
            2,
            "Trygghetsvandringar",
            12,
            "tillfällen",
            ActivityCounting.MEASURES,
            owner="Kommunen, fritidsförvaltningen",
            measure_kind=MeasureKind.SAFETY_WALK,
        ),
        0,
        4,
        (1, 4),
    ),
    result(
        activity(
            3,
            "SSPF-kartläggningsmöten",
            10,
            "möten",
            ActivityCounting.MEETINGS,
            owner="SSPF-samordnaren",
            meeting_type=MeetingType.OPERATIONAL_GROUP,
        ),
        0,
        6,
        (3, 6),
    ),
    result(
        activity(4, "Uppstartsmöten för grannsamverkan", 2, "möten", ActivityCounting.MANUAL),
        0,
        0,
        (0, 0),
    ),
)
REPORT = PromiseReport(PROMISE, 2026, 2, date(2026, 7, 3), ACTIVITIES)


def flat(text: str) -> str:
    return "".join(text.split())


def pdf_text(data: bytes) -> str:
    return flat("".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages))


def test_the_report_has_the_promise_and_every_activity() -> None:
    data = promise_report_pdf(REPORT)
    text = pdf_text(data)
    for phrase in (
        "Medborgarlöfte 2026 – uppföljning kvartal 2 2026",
        "Tryggare centrum och Östra torget",
        "Norrby kommun",
        "Lokalpolisområde Norrby–Åsen",
        "Till och med 2026-06-30",
        "2026-07-03",
        "Problembild",
        "Många unga rör sig i centrum efter skolans slut.",
        "Fokusområden",
        "• Förebyggande arbete med unga",
        "Det här ska vi åstadkomma",
        "Undertecknat av",
        "Anna Öberg",
        "Lokalpolisområdeschef",
        "Uppföljning kvartal 2 2026",
        RULE_TEXT,
        "Aktivitet",
        "Ansvarig",
        "Resultat hittills",
        "Uppfyllt",
        "Räknas",
        "Polisnärvaro i centrum",
        "4 000 timmar",
        "2 250,5 timmar",
        "varav 150 registrerat och 2 100,5 räknat automatiskt",
        "Att nå till och med kvartal 2: 2 000 timmar",
        "Område: Centrum",
        "Timmar för genomförda åtgärder räknas automatiskt",
        "Trygghetsvandringar",
        "12 tillfällen",
        "Kommunen, fritidsförvaltningen",
        "Manuellt (registrerade resultat)",
        "Sida 1 av",
    ):
        assert flat(phrase) in text, phrase
    assert [r.fulfilment for r in ACTIVITIES] == [
        Fulfilment.YES,
        Fulfilment.PARTLY,
        Fulfilment.YES,
        Fulfilment.NO,
    ]
    for label in ("Ja", "Delvis", "Nej"):
        assert flat(f"Uppfyllt: {label}") in text, label


def test_pdfa_reproducible_and_plain_metadata() -> None:
    data = promise_report_pdf(REPORT)
    assert data == promise_report_pdf(REPORT)
    assert validate_written(io.BytesIO(data), "2b").passed
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert str(pdf.docinfo["/Title"]) == document_title(REPORT)
        assert pdf.open_metadata()["pdfaid:conformance"] == "B"
    reader = PdfReader(io.BytesIO(data))
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()  # type: ignore[index]
    }
    assert all("DejaVu" in name for name in fonts), fonts


def test_a_promise_without_activities_or_texts() -> None:
    bare = dataclasses.replace(
        PROMISE,
        data=PromiseInput(2026, "Norrby kommun", "Lokalpolisområde Norrby", "Medborgarlöfte 2026"),
    )
    report = PromiseReport(bare, 2026, 1, date(2026, 4, 2), ())
    text = pdf_text(promise_report_pdf(report))
    assert flat(NO_ACTIVITIES) in text
    assert flat("Problembild") not in text
    assert flat("Undertecknat av") not in text


def test_many_activities_flow_over_pages() -> None:
    many = tuple(
        dataclasses.replace(
            ACTIVITIES[n % 4], activity=dataclasses.replace(ACTIVITIES[n % 4].activity, position=n)
        )
        for n in range(12)
    )
    data = promise_report_pdf(dataclasses.replace(REPORT, activities=many))
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 3
    assert flat(f"Sida {len(reader.pages)} av {len(reader.pages)}") in pdf_text(data)
    assert flat("12. Uppstartsmöten för grannsamverkan") in pdf_text(data)


def _shapes(node: object) -> list[object]:
    if isinstance(node, Group):
        return [leaf for child in node.contents for leaf in _shapes(child)]
    if hasattr(node, "draw") and not isinstance(node, Shape):
        return _shapes(node.draw())
    return [node]


def test_trend_chart_draws_the_results_and_the_due_share() -> None:
    drawing = trend_chart((1100, 2250.5), 4000, unit="timmar")
    leaves = _shapes(drawing)
    bars = [x for x in leaves if isinstance(x, Rect) and x.fillColor == BAR and x.width > 8]
    assert len(bars) == 2  # quarters 1 and 2; none for the quarters to come
    assert bars[1].height > bars[0].height
    line = next(x for x in leaves if isinstance(x, PolyLine))
    assert line.strokeColor == DUE_LINE
    ys = line.points[1::2]
    assert len(ys) == 4 and ys == sorted(ys)
    texts = {x.text for x in leaves if isinstance(x, String)}
    assert {"kv 1", "kv 4", "timmar", "Resultat hittills", "Andel av målet", "4\u00a0000"} <= texts


def test_summary_columns_never_split_a_word() -> None:
    from reportlab.platypus import Paragraph

    from sspf_desk.export.fonts import register_fonts
    from sspf_desk.export.pdf_kit import FormStyles
    from sspf_desk.export.promise_pdf import SUMMARY_SHARES, fitted_widths

    register_fonts()
    s = FormStyles.make(10.0, 13.5)
    words = ("Uppfyllt", "fritidsförvaltningen", "SSPF-samordnaren", "x", "Delvis", "automatiskt")
    rows = [[Paragraph(word, s.small) for word in words]]
    widths = fitted_widths(rows, SUMMARY_SHARES, 470)
    assert abs(sum(widths) - 470) < 0.1
    for cell, width in zip(rows[0], widths, strict=True):
        assert cell.minWidth() + 8 <= width + 0.01
    assert widths[3] < 470 * SUMMARY_SHARES[3]  # a short column gives room to the others


def test_a_quarter_under_way_says_so() -> None:
    ongoing = PromiseReport(PROMISE, 2026, 4, date(2026, 11, 22), ACTIVITIES)
    text = pdf_text(promise_report_pdf(ongoing))
    assert flat("Till och med 2026-11-22: kvartalet pågår till 2026-12-31") in text
    assert flat("kvartalet pågår") not in pdf_text(promise_report_pdf(REPORT))
