"""Where things are: shipped resources, the user's data and log folders.

Resources are looked up the same way from source, from an installed wheel (where the top-level
``resources/`` folder is packaged as ``kommunesamarbeid.resources``) and from a PyInstaller
bundle (``sys._MEIPASS/resources``).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

from platformdirs import PlatformDirs

from kommunesamarbeid import APP_NAME

#: Environment variable that moves the data folder (tests, portable installs).
DATA_DIR_ENV = "KOMMUNESAMARBEID_DATA_DIR"
#: Environment variable naming the database (URL or SQLite path), as in CLI.md.
DB_ENV = "KOMMUNESAMARBEID_DB"


@cache
def resource_dir() -> Path:
    """The folder holding the shipped resources (demo plans, vocabulary, fonts, thresholds)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    source = Path(__file__).resolve().parent.parent / "resources"
    if source.is_dir():
        return source
    installed = Path(__file__).resolve().parent / "resources"
    if installed.is_dir():
        return installed
    raise FileNotFoundError(
        "Fant ikke ressursmappen til kommunesamarbeid (installasjonen er ufullstendig)."
    )


def resource_path(*parts: str) -> Path:
    """A file inside the resources folder, e.g. ``resource_path("demo", "manifest.json")``."""
    return resource_dir().joinpath(*parts)


def _dirs() -> PlatformDirs:
    return PlatformDirs(appname=APP_NAME, appauthor=False)


def data_dir() -> Path:
    """The user's data folder (created on demand); ``$KOMMUNESAMARBEID_DATA_DIR`` overrides."""
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else Path(_dirs().user_data_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    """The user's log folder (created on demand)."""
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) / "logs" if override else Path(_dirs().user_log_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """The user's cache folder (created on demand): what can be made again, kept to save time."""
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) / "cache" if override else Path(_dirs().user_cache_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    """The default SQLite database file in the user's data folder."""
    return data_dir() / "kommunesamarbeid.db"


def demo_database_path() -> Path:
    """The SQLite file that ``main.py --demo`` opens."""
    return data_dir() / "demo.db"
