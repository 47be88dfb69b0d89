"""No lost updates in the GUI: an edit saved elsewhere (here: the command line, as another user)
between the GUI's read and its save makes the save refuse, say who changed what and when, and
offer a reload that keeps the user's unsaved text readable — in the proposal editor, the line
dialog, the municipality dialog and the overlap decisions. (On the shared PostgreSQL server:
tests/server/test_gui_conflicts.py.)"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from kommunesamarbeid.cli import main
from kommunesamarbeid.db.engine import Database, open_database
from kommunesamarbeid.gui.conflicts import UnsavedEditsDialog
from kommunesamarbeid.gui.context import AppContext
from kommunesamarbeid.gui.pages.municipalities import MunicipalitiesPage
from kommunesamarbeid.gui.pages.overlap import OverlapPage
from kommunesamarbeid.gui.pages.plans import PlansPage
from kommunesamarbeid.gui.pages.proposals import ProposalsPage
from kommunesamarbeid.gui.settings import Settings
from kommunesamarbeid.services.context import Actor
from kommunesamarbeid.services.demo import load_demo
from kommunesamarbeid.services.lines import get_line, list_lines
from kommunesamarbeid.services.municipalities import get_municipality
from kommunesamarbeid.services.overlap import detect, get_group
from kommunesamarbeid.services.proposals import create_proposal, proposal_data
from tests.qt_dialogs import Dialogs

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("konflikt") / "template.db"
    db = open_database(path)
    actor = Actor(user="testbruker")
    load_demo(db, actor)
    groups = detect(db, actor).groups
    create_proposal(db, actor, group_id=groups[0].id)
    db.dispose()
    return path


@pytest.fixture
def demo(template: Path, tmp_path: Path) -> Iterator[tuple[Database, Path]]:
    path = tmp_path / "demo.db"
    shutil.copy(template, path)
    db = open_database(path)
    yield db, path
    db.dispose()


@pytest.fixture
def ctx(demo: tuple[Database, Path], tmp_path: Path) -> AppContext:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    return AppContext(demo[0], settings)


@pytest.fixture
def shown(qtbot: Any, ctx: AppContext) -> Any:
    """A page of the given class, shown (the GUI side of each race)."""

    def make(cls: type) -> Any:
        page = cls(ctx)
        qtbot.addWidget(page)
        page.show()
        return page

    return make


def cli_as(user: str, path: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> None:
    """The command line, run as another user, between the GUI's read and its save."""
    with monkeypatch.context() as m:
        m.setenv("KOMMUNESAMARBEID_USER", user)
        assert main(["--db", str(path), *args]) == 0


def _conflict_box(dialogs: Dialogs) -> Any:
    box = dialogs.boxes[-1]
    assert "ble endret av «per»" in box.text() and "Ingenting er endret" in box.text()
    assert {b.objectName() for b in box.buttons()} >= {"reload", "keep"}
    return box


def test_editor_refuses_a_stale_save_and_offers_a_reload(
    shown: Any, demo: tuple[Database, Path], dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, path = demo
    page = shown(ProposalsPage)
    pid = proposal_data(db, 1).id
    assert page.select_proposal(pid)
    editor = page.editor
    editor.title_edit.setText("Min tittel fra skjemaet")
    editor._texts["risks_text"].setPlainText("Risikoen jeg skrev og ikke vil miste")
    assert page.has_unsaved_changes()
    cli_as("per", path, monkeypatch, "proposal", "set", str(pid), "title=Pers tittel")

    # 1. keep editing: nothing saved, the user's text still in the editor
    dialogs.press = ["keep"]
    assert page.save() is False
    box = _conflict_box(dialogs)
    assert "(tittel)" in box.text()
    assert "Min tittel fra skjemaet" in box.detailedText()
    assert "Risikoen jeg skrev" in box.detailedText()
    assert proposal_data(db, pid).title == "Pers tittel"
    assert editor.title_edit.text() == "Min tittel fra skjemaet"
    assert page.has_unsaved_changes()

    # 2. reload: what is saved now is shown, the unsaved edits stay readable in a window
    dialogs.press = ["reload"]
    assert page.save() is False
    assert editor.title_edit.text() == "Pers tittel"
    assert not page.has_unsaved_changes()
    unsaved = page.unsaved_dialog
    assert isinstance(unsaved, UnsavedEditsDialog) and unsaved.isVisible()
    assert "Risikoen jeg skrev og ikke vil miste" in unsaved.text.toPlainText()
    assert proposal_data(db, pid).risks_text == ""

    # 3. after the reload the same edit is saved (against the new version)
    editor._texts["risks_text"].setPlainText("Risikoen jeg skrev og ikke vil miste")
    assert page.save() is True
    saved = proposal_data(db, pid)
    assert (saved.title, saved.risks_text) == (
        "Pers tittel",
        "Risikoen jeg skrev og ikke vil miste",
    )


def test_a_fullmakt_signed_meanwhile_does_not_block_a_text_edit(
    shown: Any, demo: tuple[Database, Path], dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only what the save changes is compared: another participant's fullmakt is no conflict."""
    db, path = demo
    page = shown(ProposalsPage)
    data = proposal_data(db, 1)
    assert page.select_proposal(data.id)
    page.editor._texts["dialogue_text"].setPlainText("Dialogkonferanse i mai")
    other = data.participants[1]
    cli_as(
        "per", path, monkeypatch, "proposal", "participant", str(data.id), other.name,
        "--signed", "01.12.2026",
    )  # fmt: skip
    assert page.save() is True, dialogs.shown
    saved = proposal_data(db, data.id)
    assert saved.dialogue_text == "Dialogkonferanse i mai"
    assert saved.participants[1].fullmakt_signed_date is not None


def test_line_dialog_refuses_and_reloads(
    shown: Any, demo: tuple[Database, Path], dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, path = demo
    page = shown(PlansPage)
    line = list_lines(db)[0]
    row = next(r for r in range(page.model.rowCount()) if page.model.line_id_at(r) == line.id)
    page.view.selectRow(row)
    opened: list[Any] = []

    def edit_meanwhile(dialog: Any) -> int:
        opened.append(dialog)
        dialog.description.setText("Beskrivelse skrevet i dialogen")
        cli_as("per", path, monkeypatch, "line", "set", str(line.id), "comments=Sjekket av Per")
        dialogs.press = ["reload"]
        dialog.accept()  # refused: Per saved first; the dialog reloads and stays open
        assert dialog.result() == 0
        assert dialog.description.text() == line.description
        assert "Beskrivelse skrevet i dialogen" in dialog.unsaved_dialog.text.toPlainText()
        dialog.description.setText("Beskrivelse skrevet i dialogen")
        dialog.accept()  # now against the new version
        return int(dialog.result())

    monkeypatch.setattr("kommunesamarbeid.gui.pages.line_edit.LineEditDialog.exec", edit_meanwhile)
    page.edit_selected()
    _conflict_box(dialogs)
    assert "(merknader)" in dialogs.boxes[-1].text()
    saved = get_line(db, line.id)
    assert (saved.description, saved.comments) == (
        "Beskrivelse skrevet i dialogen",
        "Sjekket av Per",
    )
    assert saved.version == line.version + 2


def test_municipality_dialog_refuses_and_reloads(
    shown: Any, demo: tuple[Database, Path], dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, path = demo
    page = shown(MunicipalitiesPage)
    page.table.selectRow(0)
    m = page.selected()
    assert m is not None and page.edit_button.isEnabled()

    def edit_meanwhile(dialog: Any) -> int:
        dialog.county.setText("Mitt fylke")
        cli_as("per", path, monkeypatch, "municipality", "set", m.name, "--county", "Pers fylke")
        dialogs.press = ["reload"]
        dialog.accept()
        assert dialog.result() == 0 and dialog.county.text() == "Pers fylke"
        return 0

    monkeypatch.setattr(
        "kommunesamarbeid.gui.pages.municipality_edit.MunicipalityEditDialog.exec", edit_meanwhile
    )
    page.edit_selected()
    assert "(fylke)" in _conflict_box(dialogs).text()
    assert "Mitt fylke" in dialogs.boxes[-1].detailedText()
    assert get_municipality(db, m.name).county == "Pers fylke"


def test_overlap_decision_on_a_group_changed_meanwhile(
    shown: Any, demo: tuple[Database, Path], dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, path = demo
    page = shown(OverlapPage)
    group = next(g for g in page.model.groups() if g.status == "candidate")
    page.select_group(group.id)
    cli_as("per", path, monkeypatch, "group", "reject", str(group.id))
    page.confirm_selected()
    warning = dialogs.shown[-1][1]
    assert f"Overlapp nr. {group.id} ble endret av «per»" in warning
    assert "hentet inn på nytt" in warning
    assert get_group(db, group.id).status == "rejected"
