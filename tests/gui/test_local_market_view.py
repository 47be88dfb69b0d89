"""The local market in the GUI: the lot tab's view (counted in the background) and the panel
that loads Enhetsregisteret on the Kommuner page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from kommunesamarbeid.core.local_market import RENHOLD_NOTE
from kommunesamarbeid.core.texts import lang_of, render
from kommunesamarbeid.db.engine import Database, open_database
from kommunesamarbeid.gui.context import AppContext
from kommunesamarbeid.gui.i18n import current_language
from kommunesamarbeid.gui.pages.local_market_view import LocalMarketView, SupplierRegisterPanel
from kommunesamarbeid.gui.pages.municipalities import MunicipalitiesPage
from kommunesamarbeid.gui.pages.proposal_editor import ProposalEditor
from kommunesamarbeid.gui.pages.proposals import ProposalsPage
from kommunesamarbeid.gui.settings import Settings
from kommunesamarbeid.services.context import Actor
from kommunesamarbeid.services.demo import load_demo
from kommunesamarbeid.services.overlap import detect
from kommunesamarbeid.services.proposals import create_proposal, proposal_data, suggest_lots_for
from kommunesamarbeid.services.supplier_market import proposal_market
from kommunesamarbeid.services.suppliers import load_register, register_info
from tests.fixtures.make_brreg_files import make_all

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_all(tmp_path_factory.mktemp("brreg"))


@pytest.fixture
def ctx(tmp_path: Path) -> Any:
    db = open_database(tmp_path / "k.db")
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    context = AppContext(db, settings)
    yield context
    db.dispose()


def _cleaning_proposal(db: Database) -> int:
    """A proposal from the demo's cleaning overlap (Austrheim and Gulen)."""
    actor = Actor(user="testbruker")
    load_demo(db, actor)
    groups = detect(db, actor).groups
    group = next(g for g in groups if "renhold" in (g.title or "").lower())
    return create_proposal(db, actor, group_id=group.id).id


def test_view_shows_each_lot(qtbot: Any, ctx: Any, files: dict[str, Path]) -> None:
    db = ctx.db
    load_register(db, ctx.actor, [files["units_csv_gz"], files["parents_csv_gz"]])
    pid = _cleaning_proposal(db)
    suggest_lots_for(db, ctx.actor, pid, "area")
    data = proposal_data(db, pid)
    view = LocalMarketView()
    qtbot.addWidget(view)
    view.request(db, data)
    qtbot.waitUntil(lambda: view.market is not None, timeout=20_000)
    market = proposal_market(db, data)
    assert view.lot_choice.count() == len(market.lots) == len(data.lots)
    assert view.lot_choice.itemText(0).startswith("Delkontrakt 1")
    assert "27.11.2026" in view.source.text()
    first = market.lots[0]
    assert view.table.rowCount() == len(first.municipalities) + len(first.counties)
    assert view.table.item(0, 0).text() == first.municipalities[0].name
    # in the interface's language (an earlier test may have left it in nynorsk)
    lang = lang_of(current_language())
    assert view.reading.text() == render(first.reading, lang)
    assert render(RENHOLD_NOTE, lang) in view.notes.text()
    view.lot_choice.setCurrentIndex(1)
    assert view.reading.text() == render(market.lots[1].reading, lang)


def test_view_reads_the_market_in_the_interface_language(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the interface in nynorsk, the reading, notes, warnings and advice are nynorsk."""
    from kommunesamarbeid.core.local_market import (
        CURATED_NOTE,
        IndustrySelection,
        LotMarket,
        MarketCounts,
        PlaceMarket,
        ProposalMarket,
        RegisterInfo,
        lot_notes,
        lot_warnings,
        reading,
        split_advice,
    )
    from kommunesamarbeid.gui import i18n
    from kommunesamarbeid.services.suppliers import industry_map

    monkeypatch.setattr(i18n, "_current", "nn")
    row = industry_map().lookup("90911200")
    assert row is not None
    fedje = PlaceMarket("Fedje kommune", "4633", MarketCounts(4, 3, 2, 1))
    masfjorden = PlaceMarket("Masfjorden kommune", "4634", MarketCounts())
    selection = IndustrySelection(("90911200",), (row,))
    places = (fedje, masfjorden)
    lot = LotMarket(
        None,
        "Heile",
        selection,
        places,
        MarketCounts(4, 3, 2, 1),
        reading=reading(places, MarketCounts(4, 3, 2, 1)),
        warnings=tuple(lot_warnings("Delkontrakt 2", [masfjorden], selection)),
        notes=tuple(lot_notes(selection, MarketCounts(4, 3), parents_loaded=False)),
    )
    market = ProposalMarket(
        register=RegisterInfo(units_file="u.csv"),
        lots=(lot,),
        advice=split_advice(places, selection),
    )
    view = LocalMarketView()
    qtbot.addWidget(view)
    view.show_market(market)
    assert view.reading.text().startswith("Ingen verksemder med tilsette i Masfjorden")
    assert "Reinhald: berre verksemder" in view.notes.text()
    assert "Vanleg reingjering" in view.notes.text()
    assert "Einingsfila (hovudeiningane) er ikkje lasta inn" in view.notes.text()
    assert "ingen lokale leverandørar i det heile i Masfjorden" in view.warnings.text()
    assert "har ingen lokale verksemder med tilsette" in view.advice.text()
    assert view.source.toolTip() == CURATED_NOTE.render("nn")


def test_view_without_register(qtbot: Any) -> None:
    from kommunesamarbeid.core.local_market import ProposalMarket, RegisterInfo

    view = LocalMarketView()
    qtbot.addWidget(view)
    view.show_market(ProposalMarket(register=RegisterInfo(), warnings=("Ikke lastet inn.",)))
    assert "ikke lastet inn" in view.source.text()
    assert not view.table.isVisibleTo(view)
    assert "Ikke lastet inn." in view.warnings.text()


def test_panel_loads_with_progress_and_asks_before_replacing(
    qtbot: Any, ctx: Any, files: dict[str, Path], dialogs: Any
) -> None:
    page = MunicipalitiesPage(ctx)
    qtbot.addWidget(page)
    panel = page.register_panel
    assert isinstance(panel, SupplierRegisterPanel)
    assert "Ikke lastet inn" in panel.status.text()
    chosen = [str(files["units_xlsx"]), str(files["parents_xlsx"])]
    panel.choose_files = lambda *_args: chosen
    with qtbot.waitSignal(ctx.data_changed, timeout=20_000):
        panel.ask_load()
    assert register_info(ctx.db).units == 18
    assert "Data per 27.11.2026: 18 underenheter, 15 enheter" in panel.status.text()
    assert any("18 av 22 rader" in text for kind, text in dialogs.shown if kind == "information")
    # a second load asks first; the recorded answer is not "Yes", so nothing is loaded
    panel.choose_files = lambda *_args: [str(files["units_json_gz"])]
    panel.ask_load()
    assert any("Erstatte" in text for kind, text in dialogs.shown if kind == "question")
    assert register_info(ctx.db).units_file == "underenheter_alle.xlsx"


def test_lot_tab_of_the_proposals_page(qtbot: Any, ctx: Any, files: dict[str, Path]) -> None:
    load_register(ctx.db, ctx.actor, [files["units_json_gz"], files["parents_json_gz"]])
    pid = _cleaning_proposal(ctx.db)
    page = ProposalsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    assert page.select_proposal(pid)
    page.editor.setCurrentIndex(ProposalEditor.TAB_LOTS)
    view = page.editor.market_view
    qtbot.waitUntil(lambda: view.market is not None, timeout=20_000)
    assert view.market is not None and view.market.register.loaded
    assert view.lot_choice.itemText(0) == "Hele anskaffelsen"
    assert view.table.rowCount() >= 2
    # the view's own suggestion: lots chosen by the local market
    view.suggest_button.click()
    assert page.data is not None and page.data.lots
    qtbot.waitUntil(lambda: view.lot_choice.itemText(0).startswith("Delkontrakt 1"), timeout=20_000)
    assert view.lot_choice.count() == len(page.data.lots)
