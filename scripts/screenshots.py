"""Save screenshots of the main window states on the demo data (for the README and review).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [OUT_DIR]

Runs on a fresh demo database in a temporary folder; never touches the user's data.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots").resolve()
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="ks-shots-"))
    os.environ["KOMMUNESAMARBEID_DATA_DIR"] = str(work)
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    app.setOrganizationName("kommunesamarbeid-screenshots")
    from kommunesamarbeid.db.engine import open_database
    from kommunesamarbeid.gui.main_window import MainWindow
    from kommunesamarbeid.services.context import Actor
    from kommunesamarbeid.services.demo import load_demo

    db = open_database(work / "demo.db")
    load_demo(db, Actor("skjermbilde"))
    window = MainWindow(db)
    window.resize(1366, 768)
    window.show()
    shots = {
        "plans.png": lambda: window.nav.setCurrentRow(1),
        "plans_filtered.png": lambda: window.filter_edit.setText("renhold"),
        "municipalities.png": lambda: (window.filter_edit.clear(), window.nav.setCurrentRow(0)),
    }
    for name, prepare in shots.items():
        prepare()
        app.processEvents()
        window.grab().save(str(out / name))
        print(out / name)
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
