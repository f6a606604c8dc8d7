"""Archival PDF/A-2b from the PDFs reportlab writes, made and validated in memory.

reportlab draws the pages (fonts embedded, DeviceRGB colours, no transparency);
:func:`archival_pdf` then lets pikepdf add what PDF/A asks for and reportlab cannot write:

* an sRGB OutputIntent (the ICC v2 profile that ships with pikepdf),
* XMP metadata with the ``pdfaid`` declaration, in agreement with the document info,
* a file written by qpdf (EOL before ``endstream``, binary header comment, trailer ``/ID``),
* without the empty ``/Trans`` page transitions reportlab adds (a viewer's slide effect).

The result is checked by pikepdf's PDF/A validator (an allowlist: it approves only what it
recognises as conforming) on the very bytes returned. Everything happens in memory: the PDF
holds personal data and never touches a temporary file. If validation were ever to fail,
the untouched reportlab document is returned instead (no false PDF/A claim, no lost
export), and the rule ids (never document content) are logged.

The tests also run Apache PDFBox Preflight (a PDF/A-1b validator, where Java and the
Debian package ``libpdfbox2-java`` are installed) on the PDF/A-1b flavour of the same
document.
"""

from __future__ import annotations

import io
import logging
from typing import TYPE_CHECKING, Final, Literal

if TYPE_CHECKING:  # pikepdf is imported when a PDF is made, not when the app starts
    import pikepdf

log = logging.getLogger(__name__)

Flavour = Literal["1b", "2b"]
#: The archival level the app writes.
ARCHIVAL_FLAVOUR: Final[Flavour] = "2b"


def _drop_transitions(pdf: pikepdf.Pdf) -> None:
    """Remove page transition effects (``/Trans``): not part of a printed document."""
    for page in pdf.pages:
        if "/Trans" in page.obj:
            del page.obj["/Trans"]


def _pin_metadata_date(pdf: pikepdf.Pdf) -> None:
    """Date the XMP packet like the document (reportlab's invariant date), not with the
    clock: the same minutes give the same bytes."""
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
        modified = meta.get("xmp:ModifyDate")
        if modified:
            meta["xmp:MetadataDate"] = modified


def convert(data: bytes, flavour: Flavour = ARCHIVAL_FLAVOUR) -> tuple[bytes, bool]:
    """Turn a reportlab PDF into a PDF/A candidate and validate it.

    Args:
        data: The PDF as reportlab wrote it.
        flavour: ``"2b"`` (what the app writes) or ``"1b"`` (for the PDF/A-1 validator).

    Returns:
        The converted bytes and whether pikepdf's validator approved exactly those bytes.
    """
    import pikepdf  # noqa: PLC0415 - deferred: importing it costs ~0.2 s at start-up
    from pikepdf.pdfa import prepare, resolve_save_kwargs, validate_written  # noqa: PLC0415

    save_kwargs = resolve_save_kwargs(flavour, deterministic_id=True)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        _drop_transitions(pdf)
        prepare(pdf, flavour)
        _pin_metadata_date(pdf)
        out = io.BytesIO()
        pdf.save(out, **save_kwargs)
    converted = out.getvalue()
    report = validate_written(io.BytesIO(converted), flavour, save_kwargs=save_kwargs)
    if not report.passed:
        rules = sorted({finding.rule for finding in report.findings})
        log.warning("PDF/A-%s not approved; rules: %s", flavour, ", ".join(rules))
    return converted, report.passed


def archival_pdf(data: bytes) -> bytes:
    """Return ``data`` as validated PDF/A-2b, or unchanged if it could not be approved."""
    import pikepdf  # noqa: PLC0415 - deferred, see convert

    try:
        converted, approved = convert(data, ARCHIVAL_FLAVOUR)
    except (pikepdf.PdfError, ValueError) as error:
        log.warning("PDF/A conversion failed (%s)", type(error).__name__)
        return data
    return converted if approved else data


__all__ = ["ARCHIVAL_FLAVOUR", "Flavour", "archival_pdf", "convert"]
