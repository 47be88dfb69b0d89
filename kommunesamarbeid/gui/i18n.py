"""The user-interface language: bokmål (the source texts) or nynorsk (a Qt Linguist translation).

Which one: ``$KOMMUNESAMARBEID_LANG`` (``nb`` or ``nn``; for tests and screenshots), else the
"Språk" setting, else the system locale (the first Norwegian variant among its UI languages:
``nn`` gives nynorsk, anything else bokmål). English is not offered.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

#: Environment variable choosing the user-interface language: ``nb`` or ``nn``.
LANG_ENV = "KOMMUNESAMARBEID_LANG"
BOKMAAL = "nb"
NYNORSK = "nn"
#: The setting's value that follows the system locale.
SYSTEM = "system"

log = logging.getLogger(__name__)

#: The language the running program shows (set when the translators are installed).
_current = BOKMAAL


def current_language() -> str:
    """``nb`` or ``nn``: the language the user interface shows now. Texts made by the services
    (warnings, the value explanation, milestone names) are rendered in it with
    ``core.texts.render``."""
    return _current


def normalise(code: str) -> str | None:
    """``nb``/``nn`` for a locale name such as ``nn_NO``, ``nb-NO`` or ``no``; None otherwise."""
    primary = code.strip().replace("-", "_").split("_")[0].lower()
    if primary == NYNORSK:
        return NYNORSK
    if primary in (BOKMAAL, "no"):
        return BOKMAAL
    return None


def language_from_locale(languages: Sequence[str]) -> str:
    """The first Norwegian language among the system's UI languages; bokmål when there is none."""
    for code in languages:
        found = normalise(code)
        if found is not None:
            return found
    return BOKMAAL


def system_languages() -> list[str]:
    from PySide6.QtCore import QLocale

    return list(QLocale.system().uiLanguages())


def system_language() -> str:
    """What "Som systemet" gives on this machine."""
    return language_from_locale(system_languages())


def ui_language(setting: str = SYSTEM, system: Sequence[str] | None = None) -> str:
    """``nb`` or ``nn``: the environment override, then the setting, then the system locale."""
    override = os.environ.get(LANG_ENV, "").strip()
    if override:
        found = normalise(override)
        if found is not None:
            return found
        log.warning("%s=%s er ukjent (bruk nb eller nn); ser bort fra den.", LANG_ENV, override)
    if setting in (BOKMAAL, NYNORSK):
        return setting
    return language_from_locale(system_languages() if system is None else system)


def translation_file(language: str) -> Path | None:
    """The compiled translation for ``language``; None for bokmål, the source language."""
    from kommunesamarbeid.paths import resource_path

    if language == BOKMAAL:
        return None
    return resource_path("i18n", f"kommunesamarbeid_{language}.qm")


def qt_translation_file(language: str) -> Path | None:
    """Qt's own texts (standard buttons such as Lagre/Avbryt, Ja/Nei, the edit menus).

    Qt ships them for nynorsk (``qtbase_nn.qm``, found through QLibraryInfo) but not for bokmål:
    that one is ours, ``resources/i18n/qtbase_nb.qm``.
    """
    from PySide6.QtCore import QLibraryInfo

    from kommunesamarbeid.paths import resource_path

    if language == BOKMAAL:
        path = resource_path("i18n", "qtbase_nb.qm")
    else:
        folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        path = folder / f"qtbase_{language}.qm"
    return path if path.is_file() else None


def install_translators(app: Any, language: str) -> list[Any]:
    """Install the program's and Qt's translations for ``language``; returns those loaded.

    The translators are parented to the app, so they live as long as it does.
    """
    from PySide6.QtCore import QTranslator

    global _current
    _current = NYNORSK if language == NYNORSK else BOKMAAL
    installed = []
    ours = translation_file(language)
    for path in (qt_translation_file(language), ours):
        if path is None:
            continue
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            installed.append(translator)
        elif path == ours:
            log.warning("Fant ikke oversettelsen %s; bruker bokmål.", path)
    return installed


def install_language(app: Any, settings: Any) -> list[Any]:
    """What start-up does: the language from the environment, the setting or the system."""
    return install_translators(app, ui_language(settings.language()))
