"""Declared settings: each once, with its default and label; stored with QSettings (INI)."""

from __future__ import annotations

import contextlib
import getpass
import os
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings

from kommunesamarbeid.core.overlap.model import DEFAULT_SENSITIVITY


@dataclass(frozen=True, slots=True)
class Option:
    key: str
    label: str
    default: Any


#: Stored WITHOUT a password: that lives in the OS keyring (``services/credentials.py``).
DATABASE = Option("database/url", "Database (SQLite-fil eller PostgreSQL-URL)", "")
USER_NAME = Option("user/name", "Ditt navn", "")
USER_MUNICIPALITY = Option("user/municipality", "Din kommune", "")
SENSITIVITY = Option("detection/sensitivity", "Følsomhet for overlapp", DEFAULT_SENSITIVITY)
#: "system" follows the system locale; "nb" bokmål, "nn" nynorsk (see gui/i18n.py).
LANGUAGE = Option("ui/language", "Språk", "system")
LANGUAGE_CHOICES = ("system", "nb", "nn")
OPTIONS = (DATABASE, USER_NAME, USER_MUNICIPALITY, SENSITIVITY, LANGUAGE)


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some service accounts
        return "ukjent"


def _private(path: str) -> None:
    """Only the user may read the settings file (it names the user's database server)."""
    if os.name == "posix" and path and os.path.isfile(path):
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)


class Settings:
    """Typed access to the stored settings."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings(
            QSettings.Format.IniFormat,
            QSettings.Scope.UserScope,
            "kommunesamarbeid",
            "kommunesamarbeid",
        )

    def get(self, option: Option) -> Any:
        value = self.store.value(option.key, option.default)
        if isinstance(option.default, float):
            try:
                return float(value)
            except (TypeError, ValueError):
                return option.default
        return value if value is not None else option.default

    def set(self, option: Option, value: Any) -> None:
        self.store.setValue(option.key, value)
        self.store.sync()
        _private(self.store.fileName())

    def user_name(self) -> str:
        return str(self.get(USER_NAME) or _login_name())

    def sensitivity(self) -> float:
        value = float(self.get(SENSITIVITY))
        return min(1.0, max(0.0, value))

    def database(self) -> str:
        return str(self.get(DATABASE) or "")

    def language(self) -> str:
        """The chosen user-interface language: one of ``LANGUAGE_CHOICES``."""
        value = str(self.get(LANGUAGE) or "")
        return value if value in LANGUAGE_CHOICES else str(LANGUAGE.default)
