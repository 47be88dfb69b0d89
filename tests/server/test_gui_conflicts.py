"""The GUI on the shared server: a command-line edit by another coordinator between the proposal
editor's read and its save makes the save refuse (who, what, when) and offer a reload; an
officer finds the editor greyed out except its own municipality's contact and fullmakt, and the
Kommuner page's coordinator tasks greyed out."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QScrollArea
from sqlalchemy import select
from sqlalchemy.orm import Session

from kommunesamarbeid.db.engine import open_database
from kommunesamarbeid.db.models import Municipality, PlannedPurchase
from kommunesamarbeid.gui.conflicts import UnsavedEditsDialog
from kommunesamarbeid.gui.context import AppContext
from kommunesamarbeid.gui.pages.municipalities import MunicipalitiesPage
from kommunesamarbeid.gui.pages.proposals import ProposalsPage
from kommunesamarbeid.gui.settings import Settings
from kommunesamarbeid.services import proposals
from kommunesamarbeid.services.context import actor_for
from tests.qt_dialogs import Dialogs
from tests.server.conftest import Server

pytestmark = [pytest.mark.postgres, pytest.mark.gui]


@pytest.fixture(scope="module")
def proposal_id(server: Server) -> int:
    """A proposal of Alver and Austrheim, made by a coordinator."""
    engine = server.engine(server.owner)
    with Session(engine) as session:
        ids = []
        for name in ("Alver kommune", "Austrheim kommune"):
            town = session.scalar(select(Municipality.id).where(Municipality.name == name))
            line = PlannedPurchase(
                municipality_id=town, description="Vask av tekstiler", cpv="98310000",
                annual_value_nok=250_000, contract_years=2,
            )  # fmt: skip
            session.add(line)
            session.flush()
            ids.append(line.id)
        session.commit()
    engine.dispose()
    db = open_database(server.url("koord"))
    data = proposals.create_proposal(db, actor_for(db), line_ids=ids, title="Vask av tekstiler")
    db.dispose()
    return data.id


@pytest.fixture
def gui_as(server: Server, tmp_path: Path, qtbot: Any) -> Iterator[Any]:
    opened: list[Any] = []

    def make(login: str) -> AppContext:
        db = open_database(server.url(login))
        opened.append(db)
        store = QSettings(str(tmp_path / f"{login}.ini"), QSettings.Format.IniFormat)
        return AppContext(db, Settings(store))

    yield make
    for db in opened:
        db.dispose()


def _screenshot(widget: Any, name: str, tmp_path: Path) -> Path:
    folder = Path(os.environ.get("KOMMUNESAMARBEID_SCREENSHOT_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    widget.grab().save(str(path))
    return path


def test_cli_edit_between_read_and_save_refuses_and_offers_a_reload(
    qtbot: Any,
    server: Server,
    proposal_id: int,
    gui_as: Any,
    dialogs: Dialogs,
    tmp_path: Path,
) -> None:
    page = ProposalsPage(gui_as("koord"))
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    assert page.select_proposal(proposal_id)
    editor = page.editor
    editor.title_edit.setText("Vask og leie av tekstiler")
    editor._texts["risks_text"].setPlainText("Få vaskerier i regionen; vurder delkontrakter.")
    # another coordinator, on the command line, saves the proposal in between
    cli = server.process("koord2", "proposal", "set", str(proposal_id), "title=Tekstilvask 2027")
    _, err = cli.communicate(timeout=120)
    assert cli.returncode == 0, err

    dialogs.press = ["reload"]
    assert page.save() is False
    box = dialogs.boxes[-1]
    text = box.text()
    assert text.startswith("Forslag FA-") and "ble endret av «koord2»" in text, text
    assert "(tittel)" in text and "Ingenting er endret" in text
    assert "Få vaskerier i regionen" in box.detailedText()
    box.show()
    shot = _screenshot(box, "konflikt_forslag.png", tmp_path)
    box.hide()
    assert shot.stat().st_size > 0
    # reloaded: the colleague's title is shown, nothing of ours was written …
    assert editor.title_edit.text() == "Tekstilvask 2027"
    data = proposals.proposal_data(page.ctx.db, proposal_id)
    assert (data.title, data.risks_text) == ("Tekstilvask 2027", "")
    # … and what we typed is kept in a window to copy from
    unsaved = page.unsaved_dialog
    assert isinstance(unsaved, UnsavedEditsDialog) and unsaved.isVisible()
    assert "Vask og leie av tekstiler" in unsaved.text.toPlainText()
    _screenshot(unsaved, "konflikt_ulagret.png", tmp_path)


def _inner(page: ProposalsPage, index: int) -> Any:
    widget = page.editor.widget(index)
    return widget.widget() if isinstance(widget, QScrollArea) else widget


def test_officer_changes_only_its_own_fullmakt_in_the_editor(
    qtbot: Any, server: Server, proposal_id: int, gui_as: Any, dialogs: Dialogs, tmp_path: Path
) -> None:
    ctx = gui_as("offa")
    page = ProposalsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    assert page.select_proposal(proposal_id)
    editor = page.editor
    for index in range(editor.count()):
        assert _inner(page, index).isEnabled() == (index == editor.TAB_PARTICIPANTS), index
    data = page.data
    assert data is not None
    alver = next(p for p in data.participants if p.name == "Alver kommune")
    austrheim = next(p for p in data.participants if p.name == "Austrheim kommune")
    editor.setCurrentIndex(editor.TAB_PARTICIPANTS)
    editor.select_participant(austrheim.municipality_id)
    assert not editor.signatory_name.isEnabled() and not editor.add_line_button.isEnabled()
    editor.select_participant(alver.municipality_id)
    assert editor.signatory_name.isEnabled() and editor.fullmakt_date.isEnabled()
    _screenshot(page, "saksbehandler_forslag.png", tmp_path)
    editor.signatory_name.setText("Kari Alversen")
    assert page.save() is True, dialogs.shown
    saved = proposals.proposal_data(ctx.db, proposal_id)
    assert next(p for p in saved.participants if p.name == "Alver kommune").signatory_name == (
        "Kari Alversen"
    )

    kommuner = MunicipalitiesPage(ctx)
    qtbot.addWidget(kommuner)
    kommuner.show()
    assert not kommuner.add_button.isEnabled()
    assert not kommuner.register_panel.load_button.isEnabled()
    assert "Bare en koordinator" in kommuner.register_panel.load_button.toolTip()
    rows = {kommuner.table.item(r, 0).text(): r for r in range(kommuner.table.rowCount())}
    kommuner.table.selectRow(rows["Austrheim kommune"])
    assert not kommuner.edit_button.isEnabled()
    kommuner.table.selectRow(rows["Alver kommune"])
    assert kommuner.edit_button.isEnabled()

    coordinator = MunicipalitiesPage(gui_as("koord"))
    qtbot.addWidget(coordinator)
    assert coordinator.add_button.isEnabled()
    assert coordinator.register_panel.load_button.isEnabled()
