"""The GUI says ordinary trouble in the same words as the command line: a plain message box,
also for an error that comes back from a background task; the crash dialog is for bugs. And
the import wizard asks before an import that would withdraw or blank most of a plan.

Set ``KOMMUNESAMARBEID_SHOTS=/tmp/shots`` to keep the screenshots.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QWizard
from sqlalchemy.orm.exc import StaleDataError

from kommunesamarbeid.core.errors import ConflictError
from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.gui import errors as gui_errors
from kommunesamarbeid.gui.context import AppContext
from kommunesamarbeid.gui.import_wizard import PAGE_CHECK, PAGE_SUMMARY, ImportWizard
from kommunesamarbeid.gui.settings import Settings
from kommunesamarbeid.services.context import Actor
from kommunesamarbeid.services.import_plan import import_plan
from kommunesamarbeid.services.lines import list_lines
from tests.gui.test_import_wizard import forward, ready, shoot
from tests.services.test_import_behaviour import PLAN, write_plan

pytestmark = pytest.mark.gui
WAIT_MS = 30_000


class Boxes:
    """Every QMessageBox shown with exec(): title, icon, text and details; and the answer."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, QMessageBox.Icon, str, str]] = []
        self.answer: Any = QMessageBox.StandardButton.Ok

    def exec(self, box: QMessageBox) -> Any:
        self.shown.append((box.windowTitle(), box.icon(), box.text(), box.detailedText()))
        folder = os.environ.get("KOMMUNESAMARBEID_SHOTS")
        if folder:
            box.show()
            Path(folder).mkdir(parents=True, exist_ok=True)
            box.grab().save(str(Path(folder) / f"box_{len(self.shown)}.png"))
            box.hide()
        return self.answer


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    recorder = Boxes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: recorder.exec(box))
    return recorder


@pytest.fixture
def ctx(sqlite_db: Database, tmp_path: Path) -> AppContext:
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    return AppContext(sqlite_db, Settings(store))


def test_a_refusal_is_a_plain_message_box_and_a_bug_the_crash_dialog(
    qtbot: Any, boxes: Boxes
) -> None:
    conflict = ConflictError("Forslaget er endret av kari siden du åpnet det.")
    gui_errors.show_error(None, conflict)
    title, icon, text, _ = boxes.shown[-1]
    assert icon is QMessageBox.Icon.Warning and title != "Uventet feil"
    assert text == conflict.describe()

    gui_errors.show_error(None, ValueError("en feil i programmet"))
    title, icon, text, details = boxes.shown[-1]
    assert (title, icon) == ("Uventet feil", QMessageBox.Icon.Critical)
    assert "ValueError" in details


def test_the_excepthook_tells_a_refusal_from_a_bug(qtbot: Any, boxes: Boxes) -> None:
    old = sys.excepthook
    gui_errors.install_excepthook()
    try:
        stale = StaleDataError("UPDATE statement on table 'joint_proposal' expected 1 row")
        sys.excepthook(StaleDataError, stale, None)
        assert boxes.shown[-1][1] is QMessageBox.Icon.Warning
        assert "Noen andre har endret det samme" in boxes.shown[-1][2]
        sys.excepthook(KeyError, KeyError("x"), None)
        assert boxes.shown[-1][0] == "Uventet feil"
    finally:
        sys.excepthook = old


def test_a_database_error_from_a_background_task_is_a_plain_message(
    qtbot: Any, ctx: AppContext, boxes: Boxes
) -> None:
    def work(_progress: Any) -> None:
        raise StaleDataError("UPDATE statement on table 'planned_purchase' expected 1 row")

    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    task = ctx.run_task(parent, "Lagrer …", work, lambda _r: None)
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=WAIT_MS)
    title, icon, text, _ = boxes.shown[-1]
    assert icon is QMessageBox.Icon.Warning and title != "Uventet feil"
    assert text.startswith("Noen andre har endret det samme i databasen samtidig med deg")
    assert task not in ctx.active_tasks


def test_the_wizard_asks_before_withdrawing_most_of_a_plan(
    qtbot: Any, ctx: AppContext, boxes: Boxes, tmp_path: Path
) -> None:
    import_plan(ctx.db, Actor(user="testbruker"), write_plan(tmp_path / "v1.xlsx", PLAN), "Nome")
    smaller = write_plan(tmp_path / "nome_plan.xlsx", PLAN[:1])
    wizard = ImportWizard(ctx, None, path=smaller)
    qtbot.addWidget(wizard)
    wizard.open()
    wizard.choices.municipality = "Nome"
    while wizard.currentId() != PAGE_CHECK:
        ready(qtbot, wizard)
        page = wizard.currentPage()
        if wizard.currentId() == 1:  # the municipality page: choose the existing Nome
            page.existing_radio.setChecked(True)  # type: ignore[attr-defined]
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    ready(qtbot, wizard)
    check = wizard.currentPage()
    report = wizard.choices.dry_report
    assert report is not None and report.destructive and report.withdrawn == 3
    assert "trekke tilbake 3 av 4 aktive linjer" in check.explain.text()  # type: ignore[attr-defined]
    shoot(wizard, "kontroll_trekker_tilbake", tmp_path)

    boxes.answer = QMessageBox.StandardButton.No  # «Ikke importer»: stays, nothing saved
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PAGE_CHECK
    _title, _icon, text, details = boxes.shown[-1]
    assert "Vil du importere likevel?" in text and "P-2" in details and "P-4" in details
    assert len(list_lines(ctx.db, municipality="Nome")) == 4

    boxes.answer = QMessageBox.StandardButton.Yes  # «Importer likevel»
    forward(qtbot, wizard, wizard.currentId() + 1)
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_SUMMARY, timeout=WAIT_MS)
    assert [x.reference for x in list_lines(ctx.db, municipality="Nome")] == ["P-1"]
    wizard.close()
    qtbot.waitUntil(lambda: not wizard._tasks, timeout=WAIT_MS)


def test_error_box_screenshot(qtbot: Any, tmp_path: Path) -> None:
    """How a refusal looks: the same words as the command line, the list in the details."""
    from kommunesamarbeid.services.import_guard import (
        DestructiveChange,
        DestructiveImportError,
        LineRef,
    )

    change = DestructiveChange(
        "Nome kommune",
        4,
        withdrawn=[LineRef(i, f"P-{i}", f"Anskaffelse {i}", i + 3) for i in (2, 3, 4)],
    )
    box = gui_errors.user_error_box(None, DestructiveImportError(change))
    qtbot.addWidget(box)
    box.show()
    image = box.grab()
    assert not image.isNull() and image.width() > 200
    image.save(str(tmp_path / "feilboks.png"))
    folder = os.environ.get("KOMMUNESAMARBEID_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        image.save(str(Path(folder) / "feilboks.png"))
    assert box.text().startswith("Importen ville trekke tilbake 3 av 4 aktive linjer")
    assert "P-3: Anskaffelse 3" in box.detailedText()
