"""Save screenshots of each main state of the app on the demo data (README and review).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [OUT_DIR] [--scale 1.5]
                                                                   [--lang nn]

Works on a fresh demo database in a temporary folder; never touches the user's data. Background
work (detection, PDF) runs through the real AppContext and is waited for. ``--lang nn`` shows the
user interface in nynorsk (the translators the app installs for it) and adds ``_nn`` to the names.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--scale", type=float, default=1.0, help="Qt scale factor, e.g. 1.5")
    parser.add_argument(
        "--lang", choices=("nb", "nn"), default="nb", help="user-interface language (default nb)"
    )
    args = parser.parse_args()
    os.environ.pop("KOMMUNESAMARBEID_LANG", None)  # --lang decides, not the caller's environment
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="ks-shots-"))
    os.environ["KOMMUNESAMARBEID_DATA_DIR"] = str(work)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from kommunesamarbeid.gui.i18n import install_translators

    install_translators(app, args.lang)
    from kommunesamarbeid.db.engine import open_database
    from kommunesamarbeid.gui.context import AppContext
    from kommunesamarbeid.gui.import_wizard import ImportWizard
    from kommunesamarbeid.gui.main_window import MainWindow
    from kommunesamarbeid.gui.pages.municipalities import MunicipalitiesPage
    from kommunesamarbeid.gui.pages.overlap import OverlapPage
    from kommunesamarbeid.gui.pages.plans import PlansPage
    from kommunesamarbeid.gui.pages.proposals import ProposalsPage
    from kommunesamarbeid.gui.settings import Settings
    from kommunesamarbeid.gui.settings_dialog import SettingsDialog
    from kommunesamarbeid.paths import resource_path
    from kommunesamarbeid.services.context import Actor
    from kommunesamarbeid.services.demo import load_demo
    from kommunesamarbeid.services.overlap import detect, list_groups
    from kommunesamarbeid.services.proposals import create_proposal

    actor = Actor("skjermbilde")
    db = open_database(work / "demo.db")
    load_demo(db, actor)
    detect(db, actor)
    ctx = AppContext(db, Settings(QSettings(str(work / "s.ini"), QSettings.Format.IniFormat)))
    window = MainWindow(ctx)
    window.resize(int(1366 / args.scale), int(768 / args.scale))
    window.show()
    suffix = ("" if args.lang == "nb" else f"_{args.lang}") + (
        "" if args.scale == 1.0 else f"_{int(args.scale * 100)}"
    )

    def settle(seconds: float = 0.3) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end or ctx.active_tasks:
            app.processEvents()
            time.sleep(0.02)

    def shot(widget: object, name: str) -> None:
        settle()
        path = out / f"{name}{suffix}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        print(path)

    window.show_page(PlansPage)
    shot(window, "01_anskaffelsesplaner")
    plans = window.page(PlansPage)
    plans.text_filter.setText("renhold")  # type: ignore[attr-defined]
    settle()
    plans.view.selectRow(0)  # type: ignore[attr-defined]
    shot(window, "02_anskaffelsesplaner_filtrert")
    plans.text_filter.clear()  # type: ignore[attr-defined]

    window.show_page(OverlapPage)
    overlap = window.page(OverlapPage)
    biggest = max(list_groups(db), key=lambda g: g.total_value_nok)
    overlap.select_group(biggest.id)  # type: ignore[attr-defined]
    shot(window, "03_overlapp")

    # "Hvorfor er disse ikke sammen?": two plans' fire stations (evidence for and against)
    from kommunesamarbeid.gui.pages.overlap_explain import ExplainDialog
    from kommunesamarbeid.services.lines import line_table, list_lines

    stations = [line for line in list_lines(db) if "brannstasjon" in line.description.lower()]
    pair = [line.id for line in stations if line.municipality != stations[0].municipality][:1]
    explain = ExplainDialog(db, line_table(db), window, preselect=(stations[0].id, *pair))
    explain.resize(int(980 / args.scale), int(680 / args.scale))
    explain.show()
    shot(explain, "03_overlapp_hvorfor_ikke_sammen")
    explain.reject()

    proposal = create_proposal(db, actor, group_id=biggest.id)
    ctx.data_changed.emit()
    window.show_page(ProposalsPage)
    proposals = window.page(ProposalsPage)
    proposals.select_proposal(proposal.id)  # type: ignore[attr-defined]
    shot(window, "04_forslag")
    editor = getattr(proposals, "editor", None)
    if editor is not None:
        for index in range(editor.count()):
            editor.setCurrentIndex(index)
            name = editor.tabText(index).replace("&", "").lower().replace(" ", "_")
            name = name.translate(str.maketrans({"æ": "ae", "ø": "o", "å": "a"}))
            shot(window, f"05_forslag_{index}_{name}")
        editor.setCurrentIndex(0)
    proposals.preview_pdf()  # type: ignore[attr-defined]
    settle(1.0)
    preview = getattr(proposals, "_preview", None)
    if preview is not None:
        preview.resize(int(1100 / args.scale), int(740 / args.scale))
        shot(preview, "06_pdf_forhandsvisning")
        preview.close()

    window.show_page(MunicipalitiesPage)
    shot(window, "07_kommuner")

    wizard = ImportWizard(
        ctx, window, path=resource_path("demo", "osteroy_innkjopsplan_2026-2027.xlsx")
    )
    wizard.resize(int(1100 / args.scale), int(720 / args.scale))
    wizard.show()
    settle(1.0)
    for step in range(6):
        shot(wizard, f"08_importveiviser_{step + 1}")
        wizard.next()
        settle(1.0)
    wizard.reject()

    settings = SettingsDialog(ctx, window)
    settings.show()
    shot(settings, "09_innstillinger")
    settings.reject()
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
