"""Starting the desktop application."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from kommunesamarbeid import APP_DISPLAY_NAME, APP_NAME, __version__


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="kommunesamarbeid-gui", description=f"{APP_DISPLAY_NAME}")
    p.add_argument("--db", help="database: SQLAlchemy-URL eller SQLite-fil")
    p.add_argument(
        "--demo", action="store_true", help="åpne demodatabasen (fylles ved første start)"
    )
    return p.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv if argv is not None else sys.argv[1:])
    from PySide6.QtWidgets import QApplication, QMessageBox

    from kommunesamarbeid.core.problems import RefusedInputError
    from kommunesamarbeid.db.engine import open_database
    from kommunesamarbeid.gui.errors import install_excepthook
    from kommunesamarbeid.logsetup import setup_logging
    from kommunesamarbeid.paths import DB_ENV, default_database_path, demo_database_path

    setup_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    install_excepthook()
    if args.demo:
        target = str(demo_database_path())
    else:
        target = args.db or os.environ.get(DB_ENV) or str(default_database_path())
    try:
        db = open_database(target)
    except RefusedInputError as exc:
        QMessageBox.critical(None, APP_DISPLAY_NAME, exc.problem.describe())
        return 1
    from kommunesamarbeid.gui.main_window import MainWindow

    window = MainWindow(db)
    window.show()
    if args.demo:
        _load_demo_if_empty(window)
    return int(app.exec())


def _load_demo_if_empty(window: object) -> None:
    from kommunesamarbeid.gui.main_window import MainWindow
    from kommunesamarbeid.services.context import current_actor
    from kommunesamarbeid.services.demo import load_demo
    from kommunesamarbeid.services.lines import list_lines

    assert isinstance(window, MainWindow)
    if list_lines(window.db):
        return
    actor = current_actor()
    window.run_with_progress(
        "Laster inn demodata …",
        lambda progress: load_demo(window.db, actor, progress=progress),
        lambda _result: window.refresh(),
    )
