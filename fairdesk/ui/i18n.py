"""Choosing and installing the interface language.

The English source strings are the fallback; Simplified Chinese comes from
`resources/i18n/fairdesk_zh_CN.qm` (the shell), one catalogue per station area
(`<area>_zh_CN.qm`), plus Qt's own `qtbase_zh_CN.qm` (standard buttons such as
OK/Cancel, the file dialog). PySide6's copy predates some Qt 6 wording ("&Look in:", "Files of
&type:", the "Folder" type in a file list); `qtbase_fixes_zh_CN.qm` beside ours fills those gaps —
Qt's own catalogue is asked first, ours answer what it misses. Chinese is the default where the
system locale is Chinese (CONVENTIONS rule 9).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from fairdesk.core import messages
from fairdesk.resource_files import resources_dir

logger = logging.getLogger(__name__)

LANGUAGES = ("zh_CN", "en")
_TRANSLATOR_NAME = "fairdeskTranslator"


def resolve_language(lang: str | None, system: QLocale | None = None) -> str:
    """`lang` if given ("zh_CN"/"en", also "zh"/"zh-CN"), else follow the system locale."""
    if lang:
        key = lang.replace("-", "_").lower()
        if key.startswith("zh"):
            return "zh_CN"
        if key.startswith("en"):
            return "en"
        raise ValueError(f"unsupported interface language {lang!r}; use one of {LANGUAGES}")
    locale = system if system is not None else QLocale.system()
    return "zh_CN" if locale.language() == QLocale.Language.Chinese else "en"


def translations_path(lang: str) -> str:
    """The compiled FairDesk catalogue for `lang` (it need not exist for English)."""
    return str(resources_dir() / "i18n" / f"fairdesk_{lang}.qm")


def area_catalogues(lang: str) -> list[Path]:
    """Catalogues of the station areas (`badges_zh_CN.qm`, `desk_zh_CN.qm`, …) beside ours."""
    folder = resources_dir() / "i18n"
    return sorted(p for p in folder.glob(f"*_{lang}.qm") if not p.name.startswith("fairdesk_"))


def install_translator(app: QCoreApplication, lang: str | None) -> str:
    """Install the catalogues for `lang` on `app`, replacing any installed before.

    Returns the language actually used. A missing or unreadable catalogue falls back to English
    with a logged warning rather than stopping the station.
    """
    for old in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.deleteLater()
    used = resolve_language(lang)
    # the one record of the interface's language: services' messages render in it
    messages.set_language(used)
    if used == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return used
    ours = QTranslator(app)
    ours.setObjectName(_TRANSLATOR_NAME)
    if not ours.load(translations_path(used)):
        logger.warning("cannot load %s; the interface stays in English", translations_path(used))
        ours.deleteLater()
        messages.set_language("en")  # not a Chinese message in an English interface
        return "en"
    app.installTranslator(ours)
    for extra in area_catalogues(used):
        area = QTranslator(app)
        area.setObjectName(_TRANSLATOR_NAME)
        if area.load(str(extra)):
            app.installTranslator(area)
        else:
            logger.warning("cannot load %s", extra)
            area.deleteLater()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    qt_own = QTranslator(app)
    qt_own.setObjectName(_TRANSLATOR_NAME)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{used}", qt_dir):
        app.installTranslator(qt_own)
    else:
        logger.info("Qt's own %s catalogue not found in %s", used, qt_dir)
        qt_own.deleteLater()
    logger.info("interface language: %s", used)
    return used
