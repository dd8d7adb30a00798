"""Installing the interface language: our translations, Qt's own, and the locale.

The source strings are French; English comes from ``mesdesk_en.qm``. Qt's standard
dialogs and buttons use ``qtbase_fr.qm`` / ``qtbase_en.qm`` shipped in the PySide6 wheel.
QLocale's default follows the language so dates and numbers are shown accordingly.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mesdesk.resources import translations_dir

_LOCALES = {
    "fr": QLocale(QLocale.Language.French, QLocale.Country.France),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}

_installed: list[QTranslator] = []
_current = "fr"


def current_language() -> str:
    return _current


def locale_for(language: str) -> QLocale:
    return _LOCALES.get(language, _LOCALES["fr"])


def install_language(language: str) -> bool:
    """Install the translators of ``language`` ("fr" or "en"); False if ours is missing."""
    global _current
    app = QCoreApplication.instance()
    assert app is not None, "a QApplication must exist"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    complete = True
    if language == "en":
        ours = QTranslator(app)
        if ours.load("mesdesk_en", str(translations_dir())):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            complete = False
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(locale_for(language))
    _current = language if language in _LOCALES else "fr"
    return complete
