"""The language the windows speak: the setting's, or the computer's, via Qt's translators.

Two translators per language: the app's own texts (assets/translations,
compiled from the .ts that `pyside6-lupdate` keeps in step with the code) and
Qt's (the standard buttons: OK, Cancel, the wizard's Back and Next). English
is the source language, so it needs neither.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from coach.core.i18n import QT_TRANSLATE_NOOP, pick_language
from coach.core.system.assets import assets_dir

log = logging.getLogger(__name__)

APP_CATALOGUE = "calf-coach"
QT_CATALOGUE = "qtbase"

QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
"""Labels of Qt's own file dialog that Qt's Russian catalogue leaves in English (the
save dialog read "Look in:" beside "Имя файла:"): the app's catalogue carries them, as
a translator answers for any context."""

_installed: list[QTranslator] = []
_current: str | None = None
"""The code in use, once chosen: asking again for it changes nothing (and costs nothing)."""


def translations_dir() -> str:
    return str(assets_dir() / "translations")


def install_language(setting: str, system: QLocale | None = None) -> str:
    """Load the translators for `setting` ("system", "en", "ru"); returns the code in use.

    Calling it again swaps the language: Qt then sends every widget a
    LanguageChange event, and texts built later are in the new language.
    """
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QCoreApplication")
    system = system or QLocale.system()
    code = pick_language(setting, system.uiLanguages())
    if code == _current:
        return code
    _current = code
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code != "en":
        catalogues = (
            (APP_CATALOGUE, translations_dir()),
            (QT_CATALOGUE, QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        )
        for name, folder in catalogues:
            # Owned here, not by the app: one parented to the app outlived its removal,
            # and every switch of language left two catalogues behind.
            translator = QTranslator()
            if translator.load(f"{name}_{code}", folder):
                app.installTranslator(translator)
                _installed.append(translator)
            else:
                log.warning("no %s translation for %s in %s", name, code, folder)
    locale = system if system.name().startswith(code) else QLocale(code)
    QLocale.setDefault(locale)
    return code
