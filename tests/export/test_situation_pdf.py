"""The lägesbild PDF: published labels only, the legend, charts, 36 buckets, PDF/A.

Pictures are built by hand (no store): counts go through the domain's suppression, so the
tables hold exactly what the statistics service would publish.
"""

from __future__ import annotations

import io
from datetime import date

import pikepdf
import pytest
from pikepdf.pdfa import validate_written
from pypdf import PdfReader
from reportlab.graphics.shapes import Group, Rect, Shape, String
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from sspf_desk.domain.statistics import (
    Granularity,
    KeyFigure,
    SituationPicture,
    SituationTable,
    StatsQuery,
    buckets,
)
from sspf_desk.domain.suppression import (
    HIDDEN_LABEL,
    LEGEND,
    PublishedCount,
    PublishedTable,
    suppress_table,
)
from sspf_desk.export.fonts import SANS_BOLD
from sspf_desk.export.pdf_kit import FRAME_PADDING, MARGIN
from sspf_desk.export.report_charts import BAR, HIDDEN_FILL, nice_scale, totals_chart
from sspf_desk.export.situation_pdf import (
    NO_DATA,
    NO_EVENTS,
    SOURCE_NOTE,
    block_table,
    column_blocks,
    document_title,
    situation_pdf,
)

WIDTH = A4[0] - 2 * (MARGIN + FRAME_PADDING)
SECTORS = ("Skola", "Socialtjänst", "Polis", "Fritid")


def flat(text: str) -> str:
    return "".join(text.split())


def pdf_text(data: bytes) -> str:
    return flat("".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages))


def make_table(
    query: StatsQuery,
    key: str,
    title: str,
    rows: tuple[str, ...],
    counts: list[list[int]],
    *,
    row_heading: str = "Sektor",
    note: str = "",
) -> SituationTable:
    cols = buckets(query)
    published = suppress_table(counts) if rows else PublishedTable((), (), (), _zero())
    return SituationTable(
        key=key,
        title=title,
        row_heading=row_heading,
        row_labels=rows,
        column_labels=tuple(b.label for b in cols),
        column_keys=tuple(b.key for b in cols),
        published=published,
        note=note,
    )


def _zero() -> PublishedCount:
    return suppress_table([[0]]).grand_total


def picture(query: StatsQuery, *tables: SituationTable) -> SituationPicture:
    return SituationPicture(
        query=query,
        made_on=date(2026, 11, 22),
        area_label=query.area or "Hela kommunen",
        tables=tables,
        key_figures=(
            KeyFigure("new_concerns", "Nya orosignaler på individnivå", "137"),
            KeyFigure(
                "median_days",
                "Median antal dagar till första möte",
                "färre än 5 ärenden",
                "Visas när minst 5 ärenden har haft ett möte.",
            ),
            KeyFigure("open_cases", "Öppna ärenden vid periodens slut", "23"),
        ),
    )


QUARTER = StatsQuery(date(2026, 1, 1), date(2026, 9, 30), Granularity.QUARTER)
SECTOR_COUNTS = [[12, 9, 14], [3, 8, 6], [20, 17, 25], [0, 2, 7]]


def sector_picture() -> SituationPicture:
    return picture(
        QUARTER,
        make_table(
            QUARTER,
            "concerns_by_sector",
            "Orosignaler per sektor",
            SECTORS,
            SECTOR_COUNTS,
            note="Orosignaler på individnivå efter den sektor som lämnade dem.",
        ),
    )


def months_picture(months: int = 36) -> SituationPicture:
    end_year = 2024 + (months - 1) // 12
    end_month = (months - 1) % 12 + 1
    last = date(end_year + (end_month == 12), end_month % 12 + 1, 1)
    query = StatsQuery(date(2024, 1, 1), date.fromordinal(last.toordinal() - 1))
    n = len(buckets(query))
    counts = [[(7 * r + 3 * c) % 23 for c in range(n)] for r in range(len(SECTORS))]
    if n > 10:  # a hidden column total: one 1 and zeros above and below it
        counts[1][4] = 2
        for row in counts:
            row[10] = 0
        counts[0][10] = 1
    return picture(
        query,
        make_table(query, "concerns_by_sector", "Orosignaler per sektor", SECTORS, counts),
        make_table(
            query,
            "meetings_held",
            "Hållna möten",
            ("Operativ grupp", "Styrgrupp", "Nätverksmöte"),
            [[10 + c % 3 for c in range(n)], [0] * n, [6] * n],
            row_heading="Mötestyp",
            note="Möten räknas i hela kommunen oavsett område.",
        ),
    )


def test_sector_report_has_the_published_figures_labels_and_legend() -> None:
    pic = sector_picture()
    data = situation_pdf(pic, municipality="Norrby kommun")
    text = pdf_text(data)
    table = pic.tables[0]
    for phrase in (
        "Lägesbild",
        "Norrby kommun",
        "2026-01-01 – 2026-09-30",
        "Kvartal",
        "Hela kommunen",
        "2026-11-22",
        SOURCE_NOTE,
        LEGEND,
        "Nyckeltal",
        "Nya orosignaler på individnivå",
        "Median antal dagar till första möte",
        "färre än 5 ärenden",
        "Orosignaler per sektor",
        "Socialtjänst",
        "kv 1 2026",
        "Totalt",
        table.note,
        "Sida 1 av 1",
    ):
        assert flat(phrase) in text, phrase
    labels = {label for row in table.published.labels() for label in row}
    assert table.published.grand_total.label == "123"
    for label in labels:
        assert flat(label) in text, label
    assert "123" in text
    hidden = [c for row in table.published.grid() for c in row if c.is_suppressed]
    assert hidden  # the sample does hide entries: the 3 and the 2 and their partners
    assert {c.label for c in hidden} == {HIDDEN_LABEL}
    # every hidden entry is printed as "..", besides the legend's and the caption's
    assert text.count(HIDDEN_LABEL) >= len(hidden) + 1


def test_the_report_is_pdfa_reproducible_and_its_metadata_is_plain() -> None:
    pic = sector_picture()
    data = situation_pdf(pic, municipality="Norrby kommun")
    assert data == situation_pdf(pic, municipality="Norrby kommun")
    assert validate_written(io.BytesIO(data), "2b").passed
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert pdf.open_metadata()["pdfaid:part"] == "2"
        assert str(pdf.docinfo["/Title"]) == "Lägesbild 2026-01-01–2026-09-30"
    assert document_title(pic) == "Lägesbild 2026-01-01–2026-09-30"
    for page in PdfReader(io.BytesIO(data)).pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (
            595,
            842,
        )


def test_thirty_six_months_are_split_into_blocks_that_fit_the_page() -> None:
    pic = months_picture(36)
    table = pic.tables[0]
    blocks = column_blocks(table, WIDTH)
    assert len(blocks) == 3  # a year of months per block
    assert [c for block in blocks for c in block] == list(range(36))
    assert max(len(b) for b in blocks) - min(len(b) for b in blocks) <= 1
    data = situation_pdf(pic)
    text = pdf_text(data)
    for label in table.column_labels:
        assert flat(label) in text, label
    assert flat(f"Del 1 av {len(blocks)}: jan 2024") in text
    for row in table.published.labels():
        for label in row:
            assert flat(label) in text
    assert validate_written(io.BytesIO(data), "2b").passed


@pytest.mark.parametrize("months", [1, 12, 36])
def test_no_cell_is_wider_than_its_column_and_no_block_wider_than_the_page(months: int) -> None:
    pic = months_picture(months)
    for table in pic.tables:
        blocks = column_blocks(table, WIDTH)
        for n, columns in enumerate(blocks):
            grid = block_table(table, columns, last=n == len(blocks) - 1, width=WIDTH)
            grid.wrap(WIDTH, A4[1])
            widths = grid._colWidths
            assert sum(widths) <= WIDTH + 0.01
            for row in grid._cellvalues:
                for value, col_width in zip(row, widths, strict=True):
                    cell = value[0] if isinstance(value, list | tuple) else value
                    room = col_width - 6  # left and right padding
                    if isinstance(cell, Paragraph):
                        assert cell.minWidth() <= room + 0.01, cell.text
                    else:
                        assert stringWidth(str(cell), SANS_BOLD, 7.5) <= room, cell


def test_long_row_labels_wrap_inside_their_column() -> None:
    rows = (
        "Socialförvaltningens individ- och familjeomsorg, mottagningsenheten för barn och unga",
        "Skola",
    )
    table = make_table(QUARTER, "concerns_by_sector", "Lång etikett", rows, [[5, 6, 7], [8, 9, 10]])
    grid = block_table(table, range(3), last=True, width=WIDTH)
    grid.wrap(WIDTH, A4[1])
    assert sum(grid._colWidths) <= WIDTH + 0.01
    text = pdf_text(situation_pdf(picture(QUARTER, table)))
    assert flat(rows[0]) in text


def test_empty_and_all_zero_tables_say_so() -> None:
    empty = make_table(QUARTER, "concerns_by_area", "Orosignaler per område", (), [])
    zeros = make_table(QUARTER, "group_measures", "Åtgärder", ("Polisnärvaro",), [[0, 0, 0]])
    pic = picture(QUARTER, empty, zeros)
    text = pdf_text(situation_pdf(pic))
    assert flat(NO_DATA) in text
    assert flat(NO_EVENTS) in text
    assert flat("Orosignaler per område") in text


def test_an_area_is_named_and_a_picture_without_key_figures_renders() -> None:
    query = StatsQuery(date(2026, 1, 1), date(2026, 12, 31), Granularity.YEAR, "Öster")
    pic = SituationPicture(query, date(2026, 11, 22), "Öster", (), ())
    text = pdf_text(situation_pdf(pic))
    assert flat("Område Öster") in text
    assert flat("Inga nyckeltal för perioden.") in text


def _shapes(node: object) -> list[object]:
    """Every leaf shape of a drawing (charts expanded into their shapes)."""
    if isinstance(node, Group):
        return [leaf for child in node.contents for leaf in _shapes(child)]
    if hasattr(node, "draw") and not isinstance(node, Shape):
        return _shapes(node.draw())  # a chart: its drawn group
    return [node]


def test_hidden_totals_are_marked_in_the_chart_not_drawn_as_zero() -> None:
    drawing = totals_chart(["jan", "feb", "mar"], [12, None, 0], width=300)
    leaves = _shapes(drawing)
    texts = [leaf.text for leaf in leaves if isinstance(leaf, String)]
    assert texts.count(HIDDEN_LABEL) == 1
    assert {"Antal", "jan", "feb", "mar", "12"} <= set(texts)
    bands = [leaf for leaf in leaves if isinstance(leaf, Rect) and leaf.fillColor == HIDDEN_FILL]
    assert len(bands) == 1
    assert bands[0].height == 105.0  # the whole plot height, not a small bar
    bars = [leaf for leaf in leaves if isinstance(leaf, Rect) and leaf.fillColor == BAR]
    assert len(bars) == 1  # the 12; no bar for the hidden value
    assert abs(bars[0].x + bars[0].width / 2 - (34 + 260 / 6)) < 0.5  # centred on "jan"


def test_a_chart_of_thirty_six_months_turns_its_labels() -> None:
    labels = [f"{m} 2024" for m in ("jan", "feb", "mar")] * 12
    drawing = totals_chart(labels, list(range(36)), width=WIDTH)
    texts = [leaf.text for leaf in _shapes(drawing) if isinstance(leaf, String)]
    assert texts.count("jan 2024") == 12
    assert "36" not in texts  # no value labels crowded over 36 bars
    assert drawing.height > 105 + 30  # room under the plot for the turned labels


def test_nice_scale() -> None:
    assert nice_scale(0) == (0, 5, 1)
    assert nice_scale(23) == (0, 25, 5)
    assert nice_scale(4000) == (0, 4000, 1000)
