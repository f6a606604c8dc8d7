"""The recovery-key sheet is a one-page PDF with embedded fonts."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from sspf_desk.export.recovery_sheet import RecoverySheet, write_recovery_sheet


def test_sheet_is_one_page_pdf_with_embedded_fonts(tmp_path: Path) -> None:
    out = tmp_path / "nyckel.pdf"
    sheet = RecoverySheet("ABCD-EFGH-IJKL-MNOP-QRST-UVWX", "0011aabb", date(2026, 11, 21))
    write_recovery_sheet(sheet, out)
    data = out.read_bytes()
    assert data.startswith(b"%PDF-")
    assert len(re.findall(rb"/Type\s*/Page[^s]", data)) == 1
    assert b"/FontFile2" in data  # TrueType embedded, so å/ä/ö print everywhere
