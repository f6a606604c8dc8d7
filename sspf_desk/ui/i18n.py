"""Language of the user interface: installs the Qt translators and reports the active language.

Source strings are English (``tr()`` / ``QCoreApplication.translate``); Swedish comes from
``sspf_desk_sv.qm`` (built from ``resources/translations/sspf_desk_sv.ts``) plus Qt's own
``qtbase_sv.qm`` for standard buttons. A missing ``.qm`` falls back to English, logged.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from sspf_desk.resources import translations_dir

log = logging.getLogger(__name__)

LANGUAGES: tuple[str, ...] = ("sv", "en")
LANGUAGE_NAMES = {"sv": "Svenska", "en": "English"}
"""Each language in its own words (never translated)."""
DEFAULT_LANGUAGE = "sv"
_LOCALES = {"sv": QLocale.Language.Swedish, "en": QLocale.Language.English}

_installed: list[QTranslator] = []


def normalize_language(lang: str | None) -> str:
    """Return ``lang`` if it is supported, else the default language (Swedish)."""
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def install_translator(lang: str, folder: Path | None = None) -> bool:
    """Make ``lang`` the language of the running application.

    Removes translators installed earlier, sets the default ``QLocale`` (dates, numbers)
    and loads the program's and Qt's catalogues. Returns False when the program's
    catalogue for a non-English language could not be loaded (the UI then stays English).
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translator needs a QCoreApplication")
    lang = normalize_language(lang)
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return True
    ours = QTranslator(app)
    qm_folder = folder or translations_dir()
    if not ours.load(f"sspf_desk_{lang}", str(qm_folder)):
        # No folder in the message: a path may contain the user's own name.
        log.warning("Translation %s not found; using English", lang)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return False
    QLocale.setDefault(QLocale(_LOCALES[lang], QLocale.Country.Sweden))
    qt_own = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for translator in (qt_own, ours):
        if translator is ours or translator.load(f"qtbase_{lang}", qt_folder):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    return True


def current_language() -> str:
    """Return "en" when the UI runs in English, else "sv" (for ``KnownError.message``)."""
    return "en" if QLocale().language() == QLocale.Language.English else "sv"
