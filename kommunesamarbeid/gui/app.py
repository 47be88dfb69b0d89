"""Starting the desktop application."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any

from kommunesamarbeid import APP_DISPLAY_NAME, APP_NAME, __version__


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="kommunesamarbeid-gui", description=APP_DISPLAY_NAME)
    p.add_argument("--db", help="database: SQLAlchemy-URL eller SQLite-fil")
    p.add_argument(
        "--demo", action="store_true", help="åpne demodatabasen (fylles ved første start)"
    )
    p.add_argument(
        "--selftest",
        action="store_true",
        help="kjør en selvtest uten vindu (import, overlapp, forslag, PDF) og avslutt",
    )
    p.add_argument("--version", action="version", version=f"kommunesamarbeid {__version__}")
    return p.parse_args(argv)


def database_target(args: argparse.Namespace, settings: Any) -> str:
    """--demo, then --db, then $KOMMUNESAMARBEID_DB, then the setting, then the default file."""
    from kommunesamarbeid.paths import DB_ENV, default_database_path, demo_database_path

    if args.demo:
        return str(demo_database_path())
    return args.db or os.environ.get(DB_ENV) or settings.database() or str(default_database_path())


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv if argv is not None else sys.argv[1:])
    if args.selftest:
        from kommunesamarbeid.selftest import run

        return run()
    from PySide6.QtWidgets import QApplication, QMessageBox

    from kommunesamarbeid.core.errors import UserError
    from kommunesamarbeid.db.engine import open_database
    from kommunesamarbeid.gui.context import AppContext
    from kommunesamarbeid.gui.errors import install_excepthook
    from kommunesamarbeid.gui.i18n import install_language
    from kommunesamarbeid.gui.settings import Settings
    from kommunesamarbeid.logsetup import setup_logging

    setup_logging()
    from kommunesamarbeid.fileio.atomic import clean_interrupted

    try:
        clean_interrupted()  # what a killed export left behind
    except OSError:
        logging.getLogger(__name__).info("Kunne ikke rydde etter avbrutte eksporter")
    from PySide6.QtCore import QSettings

    # One settings store, an INI file (Windows: %APPDATA%\kommunesamarbeid), never the registry.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    from PySide6.QtGui import QIcon

    from kommunesamarbeid.paths import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons", "kommunesamarbeid.png"))))
    settings = Settings()
    install_language(app, settings)
    install_excepthook()
    try:
        from kommunesamarbeid.gui.password import ask_password

        db = open_database(database_target(args, settings), password=ask_password())
    except UserError as exc:
        QMessageBox.critical(None, APP_DISPLAY_NAME, exc.describe())
        return 1
    from kommunesamarbeid.gui.main_window import MainWindow

    ctx = AppContext(db, settings)
    window = MainWindow(ctx)
    window.show()
    if args.demo:
        load_demo_if_empty(window)
    return int(app.exec())


def load_demo_if_empty(window: Any) -> None:
    """Fill an empty demo database in the background, then detect overlaps so they show at once."""
    from PySide6.QtCore import QCoreApplication

    from kommunesamarbeid.services.demo import load_demo
    from kommunesamarbeid.services.municipalities import list_municipalities
    from kommunesamarbeid.services.overlap import detect

    ctx = window.ctx
    if any(m.active_lines for m in list_municipalities(ctx.db)):
        return
    actor = ctx.actor

    def work(progress: Any) -> None:
        load_demo(ctx.db, actor, progress=progress)
        progress(1, 1, QCoreApplication.translate("App", "Finner overlapp …"))
        detect(ctx.db, actor)

    def done(_result: object) -> None:
        ctx.data_changed.emit()
        from kommunesamarbeid.gui.pages.overlap import OverlapPage

        window.show_page(OverlapPage)

    ctx.run_task(window, QCoreApplication.translate("App", "Laster inn demodata …"), work, done)
