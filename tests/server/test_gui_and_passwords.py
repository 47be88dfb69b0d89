"""The GUI on a shared server: who you are in the status bar, what your role may not do greyed
out; and no password in any file the app writes (settings, logs, data), nor in any message."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QSettings

from kommunesamarbeid.cli import main
from kommunesamarbeid.db.engine import mask_password, open_database
from kommunesamarbeid.gui.context import AppContext
from kommunesamarbeid.gui.settings import DATABASE, Settings
from kommunesamarbeid.logsetup import setup_logging
from kommunesamarbeid.paths import data_dir
from kommunesamarbeid.services import credentials
from tests.server.conftest import Server

pytestmark = [pytest.mark.postgres, pytest.mark.gui]


class MemoryKeyring(KeyringBackend):
    """An OS keyring stand-in: the real ones need a desktop session."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


def test_mask_password_in_every_form() -> None:
    assert mask_password("postgresql+psycopg://kari:hemmelig@db:5432/x") == (
        "postgresql+psycopg://kari:***@db:5432/x"
    )
    assert "hemmelig" not in mask_password("host=db password=hemmelig user=kari")
    assert "hemmelig" not in mask_password("postgresqll+psycopg://kari:hemmelig@db/x feil")


def test_main_window_shows_who_and_greys_out(
    qtbot: Any, server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kommunesamarbeid.gui.main_window import MainWindow
    from kommunesamarbeid.gui.pages.overlap import OverlapPage

    monkeypatch.setattr(QSettings, "value", lambda self, key, default=None: default)
    db = open_database(server.url("offa"))
    ctx = AppContext(db, Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show_page(OverlapPage)
    window.show()
    assert window.who_label.isVisible()
    assert window.who_label.text() == "Innlogget som offa (innkjøpsrådgiver, Alver kommune)"
    assert not window.detect_action.isEnabled() and not window.cpv_action.isEnabled()
    page = window.page(OverlapPage)
    assert isinstance(page, OverlapPage)
    assert not page.find_action.isEnabled() and not page.confirm_action.isEnabled()
    out = os.environ.get("KOMMUNESAMARBEID_SCREENSHOT_DIR")
    window.grab().save(
        str(Path(out) / "server_saksbehandler.png") if out else str(tmp_path / "w.png")
    )
    db.dispose()
    # a coordinator gets them back
    ctx.set_database(open_database(server.url("koord")))
    assert window.detect_action.isEnabled()
    assert window.who_label.text() == "Innlogget som koord (koordinator, Alver kommune)"
    ctx.db.dispose()


def _files_containing(folder: Path, secret: str) -> list[Path]:
    needle = secret.encode()
    return [p for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_no_password_in_any_file_or_message(
    qtbot: Any,
    server: Server,
    tmp_path: Path,
    sqlite_db: Any,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from kommunesamarbeid.gui.settings_dialog import SettingsDialog

    password = server.passwords["offa"]
    config = tmp_path / "config"
    config.mkdir()
    setup_logging(logging.DEBUG)
    handlers = [h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler)]
    try:
        # the GUI: the settings dialog with a URL that holds the password
        settings = Settings(
            QSettings(str(config / "kommunesamarbeid.ini"), QSettings.Format.IniFormat)
        )
        ctx = AppContext(sqlite_db, settings)
        dialog = SettingsDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.database.setText(server.url("offa"))
        dialog._save()
        assert ctx.db.is_postgres and ctx.actor.user == "offa"
        assert settings.database() == server.url("offa", with_password=False)
        assert password not in dialog.database.text()
        assert list(memory_keyring.items.values()) == [password]
        mode = stat.S_IMODE(os.stat(settings.store.fileName()).st_mode)
        assert mode == 0o600
        ctx.db.dispose()
        # the command line finds the password in the keyring
        code = main(["-v", "--db", server.url("offa", with_password=False), "lines", "--json"])
        assert code == 0
        # a typo in the scheme, a wrong password: refused, and the password is never echoed
        for bad in (
            server.url("offa").replace("postgresql+psycopg", "postgresqll+psycopg"),
            server.url("offa").replace(password, password + "x"),
        ):
            code = main(["-v", "--db", bad, "lines"])
            assert code == 1
        _, err = capsys.readouterr()
        assert "Avvist: Databasetypen «postgresqll» støttes ikke" in err
        assert "godtok ikke brukernavnet eller passordet" in err
        assert password not in err and "Uventet" not in err
        logging.getLogger("kommunesamarbeid").info("økt slutt")
        for handler in handlers:
            handler.flush()
    finally:
        for handler in handlers:
            logging.getLogger().removeHandler(handler)
            handler.close()
    assert list((data_dir() / "logs").glob("*.log")), "the session wrote a log"
    for folder in (data_dir(), config, tmp_path):
        assert _files_containing(folder, password) == []


def test_without_a_keyring_the_user_is_told(monkeypatch: pytest.MonkeyPatch) -> None:
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        from kommunesamarbeid.db.engine import to_url

        note = credentials.store_password(to_url("postgresql+psycopg://kari@db/x"), "hemmelig")
    finally:
        keyring.set_keyring(before)
    assert note is not None and "pgpass" in note and "hemmelig" not in note


def test_settings_never_store_a_password(tmp_path: Path) -> None:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    split = credentials.split_password("postgresql+psycopg://kari:hemmelig@db:5432/x")
    settings.set(DATABASE, split.target)
    assert split.password == "hemmelig"
    assert "hemmelig" not in (tmp_path / "s.ini").read_text(encoding="utf-8")
