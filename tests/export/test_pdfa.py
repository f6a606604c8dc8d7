"""Archival PDF/A-2b: the converted minutes pass pikepdf's PDF/A validator and, as PDF/A-1b,
Apache PDFBox Preflight; a document that cannot conform is returned unchanged."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from pathlib import Path

import pikepdf
import pytest
from pikepdf.pdfa import validate_written
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from sspf_desk.export import pdf_kit
from sspf_desk.export.minutes_pdf import minutes_pdf
from sspf_desk.export.pdfa import archival_pdf, convert
from tests.export.minutes_sample import SAMPLE

JARS = ("preflight", "pdfbox2", "fontbox2", "xmpbox", "commons-logging", "javax.activation")
JAVA_DIR = Path("/usr/share/java")


def _preflight_classpath() -> str | None:
    """The class path of Apache PDFBox Preflight from Debian's packages, if installed."""
    paths = [JAVA_DIR / f"{name}.jar" for name in (*JARS, "jaxb-api")]
    if shutil.which("java") is None or not all(path.exists() for path in paths):
        return None
    return ":".join(str(path) for path in paths)


@pytest.fixture(scope="module")
def reportlab_pdf() -> bytes:
    """The sample minutes as reportlab draws them, before the PDF/A step."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pdf_kit, "archival_pdf", lambda data: data)
        return minutes_pdf(SAMPLE)


def _plain_helvetica_pdf() -> bytes:
    """A PDF with a standard-14 font that is not embedded: it cannot be PDF/A."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.setFont("Helvetica", 12)
    canvas.drawString(72, 720, "Protokoll")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_archival_minutes_pass_the_pdfa_2b_validator(reportlab_pdf: bytes) -> None:
    data = archival_pdf(reportlab_pdf)
    report = validate_written(io.BytesIO(data), "2b")
    assert report.passed, report.summary()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "2"
        assert meta["pdfaid:conformance"] == "B"
        intents = pdf.Root.OutputIntents
        assert len(intents) == 1
        assert intents[0].S == pikepdf.Name.GTS_PDFA1
        assert all("/Trans" not in page.obj for page in pdf.pages)


def test_the_minutes_are_written_as_pdfa(reportlab_pdf: bytes) -> None:
    written = minutes_pdf(SAMPLE)
    assert written != reportlab_pdf
    assert written == archival_pdf(reportlab_pdf)
    assert validate_written(io.BytesIO(written), "2b").passed


def test_archival_minutes_keep_their_text_and_pages(reportlab_pdf: bytes) -> None:
    before = PdfReader(io.BytesIO(reportlab_pdf))
    after = PdfReader(io.BytesIO(archival_pdf(reportlab_pdf)))
    assert len(after.pages) == len(before.pages)
    for old, new in zip(before.pages, after.pages, strict=True):
        assert new.extract_text() == old.extract_text()
    assert after.metadata is not None
    assert after.metadata.title == before.metadata.title  # type: ignore[union-attr]


def test_a_document_that_cannot_conform_is_returned_unchanged() -> None:
    plain = _plain_helvetica_pdf()
    _converted, approved = convert(plain)
    assert not approved
    assert archival_pdf(plain) == plain


def test_a_damaged_document_is_returned_unchanged() -> None:
    assert archival_pdf(b"%PDF-1.4 not really") == b"%PDF-1.4 not really"


def test_conversion_writes_no_temporary_file(
    reportlab_pdf: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("no temporary files with personal data")

    for name in (
        "TemporaryFile",
        "NamedTemporaryFile",
        "mkstemp",
        "mkdtemp",
        "SpooledTemporaryFile",
    ):
        monkeypatch.setattr(tempfile, name, refuse)
    assert validate_written(io.BytesIO(archival_pdf(reportlab_pdf)), "2b").passed


@pytest.mark.skipif(_preflight_classpath() is None, reason="Java or libpdfbox2-java missing")
def test_apache_preflight_approves_the_pdfa_1b_flavour(
    reportlab_pdf: bytes, tmp_path: Path
) -> None:
    classpath = _preflight_classpath()
    assert classpath is not None
    converted, approved = convert(reportlab_pdf, "1b")
    assert approved
    good = tmp_path / "pdfa-1b.pdf"
    good.write_bytes(converted)
    bad = tmp_path / "reportlab.pdf"
    bad.write_bytes(reportlab_pdf)
    validator = "org.apache.pdfbox.preflight.Validator_A1b"
    for path, valid in ((good, True), (bad, False)):
        result = subprocess.run(
            ["java", "-cp", classpath, validator, str(path)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        verdict = "is a valid PDF/A-1b file" in result.stdout
        assert verdict is valid, result.stdout[-2000:]
