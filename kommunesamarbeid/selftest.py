"""``--selftest``: prove that an installation (or a PyInstaller bundle) works end to end.

Headless: a temporary database, the bundled demo plans through the real import, overlap
detection, a proposal, its PDF (checked), and the main window built once offscreen. Prints one
line and returns 0, or non-zero with the reason. Never touches the user's data.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path


class SelftestError(Exception):
    """A step of the self-test failed (the message says which and why)."""


def check_pdf(path: Path) -> int:
    """Basic health of a PDF we wrote: header, trailer, embedded fonts; returns the page count."""
    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise SelftestError(f"{path.name} er ikke en PDF (mangler %PDF-hode)")
    if b"%%EOF" not in data[-1024:]:
        raise SelftestError(f"{path.name} er avkortet (mangler %%EOF)")
    if b"/FontFile2" not in data:
        raise SelftestError(f"{path.name} har ingen innebygd TrueType-skrift")
    if re.search(rb"/BaseFont\s*/(Helvetica|Times|Courier)", data):
        raise SelftestError(f"{path.name} bruker en standardskrift som ikke er innebygd")
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", data))
    if pages < 2:
        raise SelftestError(f"{path.name} har bare {pages} side(r)")
    return pages


def _steps(work: Path) -> str:
    from kommunesamarbeid.db.engine import open_database
    from kommunesamarbeid.services.context import Actor
    from kommunesamarbeid.services.demo import load_demo
    from kommunesamarbeid.services.exports import export_proposal_pdf
    from kommunesamarbeid.services.overlap import detect
    from kommunesamarbeid.services.proposals import create_proposal

    actor = Actor(user="selvtest")
    db = open_database(work / "selvtest.db")
    try:
        demo = load_demo(db, actor)
        if demo.lines == 0:
            raise SelftestError("demoplanene ga ingen linjer")
        report = detect(db, actor)
        candidates = [g for g in report.groups if g.status == "candidate"]
        if not candidates:
            raise SelftestError("fant ingen overlapp i demoplanene")
        proposal = create_proposal(db, actor, group_id=candidates[0].id)
        pdf = export_proposal_pdf(db, proposal.id, work / "forslag.pdf")
        pages = check_pdf(pdf)
        _gui_smoke(db)
        return (
            f"{demo.lines} linjer fra {len(demo.reports)} planer, {len(report.groups)} overlapp, "
            f"forslag {proposal.reference}, PDF {pages} sider, hovedvindu OK"
        )
    finally:
        db.dispose()


def _gui_smoke(db: object) -> None:
    """Build the main window once offscreen: proves the Qt libraries and plugins are present."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from kommunesamarbeid.gui.context import AppContext
    from kommunesamarbeid.gui.main_window import MainWindow
    from kommunesamarbeid.gui.settings import Settings

    app = QApplication.instance() or QApplication(["kommunesamarbeid-selvtest"])
    ini = Path(tempfile.mkdtemp(prefix="ks-selftest-ini-")) / "innstillinger.ini"
    settings = Settings(QSettings(str(ini), QSettings.Format.IniFormat))
    ctx = AppContext(db, settings)  # type: ignore[arg-type]
    window = MainWindow(ctx)
    window.resize(1024, 700)
    window.show()
    app.processEvents()
    image = window.grab()
    if image.isNull() or image.width() < 100:
        raise SelftestError("hovedvinduet kunne ikke tegnes")
    window.close()
    shutil.rmtree(ini.parent, ignore_errors=True)


def run() -> int:
    """Run the self-test; prints one line; 0 on success."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix="kommunesamarbeid-selvtest-"))
    os.environ["KOMMUNESAMARBEID_DATA_DIR"] = str(work / "data")
    started = time.perf_counter()
    try:
        summary = _steps(work)
    except SelftestError as exc:
        print(f"SELVTEST FEILET: {exc}", flush=True)
        return 1
    except Exception as exc:  # any crash is a failed self-test, with the reason
        print(f"SELVTEST FEILET: {exc.__class__.__name__}: {exc}", flush=True)
        traceback.print_exc(file=sys.stderr)
        return 2
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"SELVTEST OK: {summary} ({time.perf_counter() - started:.1f} s)", flush=True)
    return 0
