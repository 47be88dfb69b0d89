"""The main window on demo data: pages, table model, filter, import through the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.gui.lines_model import LinesModel
from kommunesamarbeid.gui.main_window import MainWindow
from kommunesamarbeid.paths import resource_path
from kommunesamarbeid.services.context import Actor
from kommunesamarbeid.services.demo import load_demo

pytestmark = pytest.mark.gui


def test_main_window_shows_demo_lines_and_filters(qtbot, sqlite_db: Database, actor: Actor) -> None:  # type: ignore[no-untyped-def]
    load_demo(sqlite_db, actor)
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    total = window.lines_model.rowCount()
    assert total > 100
    assert window.municipality_table.rowCount() == 8
    assert "8 kommuner" in window.count_label.text()
    qtbot.keyClicks(window.filter_edit, "brøyting")
    shown = window.proxy.rowCount()
    assert 0 < shown < total
    for row in range(shown):
        texts = [
            window.proxy.index(row, c).data() or "" for c in range(LinesModel.HEADERS.__len__())
        ]
        assert any("brøyting" in t.lower() for t in texts)
    window.filter_edit.clear()
    assert window.proxy.rowCount() == total
    window.lines_view.sortByColumn(LinesModel.COL_TOTAL, Qt.SortOrder.DescendingOrder)
    first = window.proxy.index(0, LinesModel.COL_TOTAL).data()
    assert first.endswith("kr")


def test_import_from_window_runs_in_background(qtbot, sqlite_db: Database, dialogs) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    plan: Path = resource_path("demo", "fedje_anskaffelsesplan_2026-2027.xlsx")
    window.start_import(plan, "Fedje kommune")
    qtbot.waitUntil(lambda: bool(dialogs.shown), timeout=20_000)
    kind, text = dialogs.shown[0]
    assert kind == "information", text
    assert "Nye: 15" in text
    assert window.lines_model.rowCount() == 15
