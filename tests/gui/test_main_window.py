"""The main window on demo data: navigation, plans table and filters, status bar, drag and drop."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QDropEvent

from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.gui.context import AppContext
from kommunesamarbeid.gui.main_window import MainWindow
from kommunesamarbeid.gui.pages.lines_model import LineFilter, LinesModel
from kommunesamarbeid.gui.pages.plans import PlansPage
from kommunesamarbeid.gui.settings import Settings
from kommunesamarbeid.paths import resource_path
from kommunesamarbeid.services.context import Actor
from kommunesamarbeid.services.demo import load_demo
from kommunesamarbeid.services.lines import line_table, list_lines

pytestmark = pytest.mark.gui


@pytest.fixture
def ctx(sqlite_db: Database, tmp_path: Path) -> AppContext:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    return AppContext(sqlite_db, settings)


def test_navigation_and_plans(qtbot, ctx: AppContext, actor: Actor) -> None:  # type: ignore[no-untyped-def]
    load_demo(ctx.db, actor)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["Kommuner", "Anskaffelsesplaner", "Overlapp", "Forslag"]
    plans = window.page(PlansPage)
    assert isinstance(plans, PlansPage)
    total = plans.model.rowCount()
    assert total == len(list_lines(ctx.db)) > 100
    assert "planlagte anskaffelser" in window.count_label.text()
    window.show_page(PlansPage)
    qtbot.keyClicks(plans.text_filter, "brøyting")
    qtbot.waitUntil(lambda: 0 < plans.model.rowCount() < total, timeout=5000)
    for row in range(plans.model.rowCount()):
        line = plans.model.row_at(row)
        assert "brøyting" in (line.description + line.municipality).lower()
    plans.text_filter.clear()
    qtbot.waitUntil(lambda: plans.model.rowCount() == total, timeout=5000)
    # Filter by municipality and by CPV prefix.
    plans.municipality_filter.setCurrentIndex(1)
    chosen = plans.municipality_filter.currentText()
    assert all(plans.model.row_at(r).municipality == chosen for r in range(plans.model.rowCount()))
    plans.municipality_filter.setCurrentIndex(0)
    plans.cpv_filter.setText("9062")
    qtbot.waitUntil(lambda: plans.model.rowCount() < total, timeout=5000)
    assert all(
        (plans.model.row_at(r).cpv or "").startswith("9062") for r in range(plans.model.rowCount())
    )
    # Keyboard shortcut to another page (shortcuts need a shown, active window).
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    shortcut = next(a for a in window.findChildren(QAction) if a.shortcut().toString() == "Ctrl+3")
    shortcut.trigger()
    assert window.stack.currentIndex() == 2


def test_lines_model_filters_and_sorts_without_a_proxy(ctx: AppContext, actor: Actor) -> None:
    load_demo(ctx.db, actor)
    model = LinesModel()
    rows = line_table(ctx.db)
    model.set_rows(rows)
    model.sort(LinesModel.COL_TOTAL, Qt.SortOrder.DescendingOrder)
    values = [model.row_at(r).total_value_nok or -1 for r in range(model.rowCount())]
    assert values == sorted(values, reverse=True)
    model.set_filter(LineFilter(text="renhold"))
    narrowed = [model.row_at(r).id for r in range(model.rowCount())]
    model.set_filter(LineFilter(text="renholds"))  # typing on narrows within the result
    assert {model.row_at(r).id for r in range(model.rowCount())} <= set(narrowed)
    model.set_filter(LineFilter())
    assert model.rowCount() == len(rows)


def test_drop_of_a_plan_opens_the_import_wizard(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    opened: list[Path] = []
    window.start_import = lambda path: opened.append(path)  # type: ignore[method-assign]
    mime = QMimeData()
    plan = resource_path("demo", "fedje_anskaffelsesplan_2026-2027.xlsx")
    mime.setUrls([QUrl.fromLocalFile(str(plan))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert opened == [plan]


def test_details_pane_follows_the_filter(qtbot, ctx: AppContext, actor: Actor) -> None:  # type: ignore[no-untyped-def]
    load_demo(ctx.db, actor)
    page = PlansPage(ctx)
    qtbot.addWidget(page)
    page.view.selectRow(0)
    assert page.details.toPlainText()
    page.text_filter.setText("et ord som ikke finnes i noen plan")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
    assert page.details.toPlainText() == ""
    assert not page.edit_button.isEnabled()
