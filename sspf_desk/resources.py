"""Locates the bundled resources (fonts, translations, icons).

Works from a source checkout (``<repo>/resources``), an installed package that ships them
next to the package, and a PyInstaller bundle (``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """Return the folder that holds ``fonts/``, ``translations/`` and ``icons/``."""
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = []
    if bundle:
        candidates.append(Path(bundle) / "resources")
    here = Path(__file__).resolve().parent
    candidates += [here.parent / "resources", here / "resources"]
    for candidate in candidates:
        if (candidate / "fonts").is_dir():
            return candidate
    return candidates[-1]


def font_path(name: str) -> Path:
    """Return the path of a bundled TrueType font such as ``DejaVuSans.ttf``."""
    return resources_dir() / "fonts" / name


def translations_dir() -> Path:
    """Return the folder holding the ``.ts`` sources and the built ``.qm`` files."""
    return resources_dir() / "translations"
