"""Registers the embedded PDF fonts (DejaVu) with reportlab, once per process."""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from sspf_desk.resources import font_path

SANS = "SSPF-Sans"
SANS_BOLD = "SSPF-Sans-Bold"
MONO = "SSPF-Mono"

_FILES = {SANS: "DejaVuSans.ttf", SANS_BOLD: "DejaVuSans-Bold.ttf", MONO: "DejaVuSansMono.ttf"}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the bundled fonts so PDFs embed them (Swedish characters render everywhere)."""
    global _registered  # noqa: PLW0603 - process-wide registration guard
    with _lock:
        if _registered:
            return
        for name, file_name in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(font_path(file_name))))
        pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD)
        _registered = True
