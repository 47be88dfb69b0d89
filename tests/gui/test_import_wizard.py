"""The import wizard driven like a user: file → municipality → sheet → header → columns →
dry run → import → summary, plus cancelling, a refused file and a header pointed out by hand.

Set ``KOMMUNESAMARBEID_SHOTS=/tmp/shots`` to keep a screenshot of every page (1366×768 device
pixels; run with ``QT_SCALE_FACTOR=1.5`` to see the 150 % case).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWizard

from kommunesamarbeid.core.columns import Field
from kommunesamarbeid.core.plan_layout import RowKind
from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.gui import tasks
from kommunesamarbeid.gui.context import AppContext
from kommunesamarbeid.gui.import_wizard import (
    PAGE_CHECK,
    PAGE_COLUMNS,
    PAGE_FILE,
    PAGE_HEADER,
    PAGE_IMPORT,
    PAGE_MUNICIPALITY,
    PAGE_SHEET,
    PAGE_SUMMARY,
    ColumnsPage,
    ImportWizard,
)
from kommunesamarbeid.gui.import_wizard_models import (
    ERROR_BG,
    RowPreviewModel,
    SheetsModel,
    guess_municipality,
    guess_new_name,
    sheet_overview,
)
from kommunesamarbeid.gui.settings import Settings
from kommunesamarbeid.paths import resource_path
from kommunesamarbeid.services.context import Actor
from kommunesamarbeid.services.import_plan import analyse_file, remembered_lookup
from kommunesamarbeid.services.lines import list_lines
from kommunesamarbeid.services.municipalities import add_municipality, list_municipalities

pytestmark = pytest.mark.gui

FEDJE = resource_path("demo", "fedje_anskaffelsesplan_2026-2027.xlsx")
OSTEROY = resource_path("demo", "osteroy_innkjopsplan_2026-2027.xlsx")
WAIT_MS = 30_000
Button = QWizard.WizardButton


@pytest.fixture
def ctx(sqlite_db: Database, tmp_path: Path) -> AppContext:
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    return AppContext(sqlite_db, Settings(store))


@pytest.fixture
def open_wizard(qtbot: Any, ctx: AppContext) -> Iterator[Any]:
    made: list[ImportWizard] = []

    def make(path: Path | None) -> ImportWizard:
        wizard = ImportWizard(ctx, None, path=path)
        qtbot.addWidget(wizard)
        wizard.open()
        made.append(wizard)
        return wizard

    yield make
    for wizard in made:  # let background reads finish before the database goes away
        qtbot.waitUntil(lambda w=wizard: not w._tasks, timeout=WAIT_MS)


def ready(qtbot: Any, wizard: ImportWizard) -> None:
    qtbot.waitUntil(
        lambda: not wizard.busy() and wizard.currentPage().isComplete(), timeout=WAIT_MS
    )


def forward(qtbot: Any, wizard: ImportWizard, expected: int) -> None:
    """Press Next (or Importer on the commit page) once the page is complete."""
    ready(qtbot, wizard)
    button = Button.CommitButton if wizard.currentPage().isCommitPage() else Button.NextButton
    qtbot.mouseClick(wizard.button(button), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == expected


def shoot(wizard: ImportWizard, name: str, tmp_path: Path) -> None:
    """A screenshot of the wizard at 1366×768 device pixels (also with QT_SCALE_FACTOR)."""
    folder = os.environ.get("KOMMUNESAMARBEID_SHOTS")
    scale = wizard.devicePixelRatioF()
    wizard.resize(round(1366 / scale), round(768 / scale))
    QApplication.processEvents()  # let the layouts and scroll bars settle at the new size
    suffix = "" if scale == 1 else f"_{round(scale * 100)}"
    image = wizard.grab()
    assert not image.isNull()
    image.save(str(tmp_path / f"wizard_{name}{suffix}.png"))
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        image.save(str(Path(folder) / f"wizard_{name}{suffix}.png"))


# ------------------------------------------------------------------------------------ flows


def test_whole_wizard_imports_and_remembers_the_corrected_mapping(
    qtbot: Any, ctx: AppContext, open_wizard: Any, tmp_path: Path
) -> None:
    wizard = open_wizard(FEDJE)
    page = wizard.page(PAGE_FILE)
    ready(qtbot, wizard)
    assert "Fant 15 planlinjer" in page.status.text()

    forward(qtbot, wizard, PAGE_MUNICIPALITY)
    municipality = wizard.page(PAGE_MUNICIPALITY)
    assert municipality.new_radio.isChecked()  # no municipalities yet: a new one, name guessed
    assert municipality.name_edit.text() == "Fedje"
    municipality.name_edit.clear()
    qtbot.keyClicks(municipality.name_edit, "Fedje kommune")
    qtbot.keyClicks(municipality.number_edit, "46x")
    assert not municipality.isComplete()  # an invalid kommunenummer blocks Next
    assert "fire siffer" in municipality.problem.text()
    municipality.number_edit.clear()
    qtbot.keyClicks(municipality.number_edit, "4633")

    forward(qtbot, wizard, PAGE_SHEET)
    sheets = wizard.page(PAGE_SHEET)
    assert sheets.selected().name == "Anskaffelser"

    forward(qtbot, wizard, PAGE_HEADER)
    header = wizard.page(PAGE_HEADER)
    ready(qtbot, wizard)
    kinds = {
        header.model.row_number(i): header.model.kind(i) for i in range(header.model.rowCount())
    }
    assert kinds[3] is RowKind.HEADER
    assert kinds[1] is RowKind.TITLE
    assert "rad 3" in header.info.text()

    forward(qtbot, wizard, PAGE_COLUMNS)
    columns = wizard.page(PAGE_COLUMNS)
    assert isinstance(columns, ColumnsPage)
    ready(qtbot, wizard)
    comments = columns.combos[Field.COMMENTS]
    assert comments.currentText().startswith("I – Kommentar")
    assert columns.confidence[Field.COMMENTS].text() == "100 %"
    assert columns.preview_model.rowCount() > 0
    comments.setCurrentIndex(comments.findData(None))  # the user says: no comment column
    assert columns.confidence[Field.COMMENTS].text() == "endret av deg"
    assert wizard.choices.mapping == {"comments": ""}  # a correction of one field only

    forward(qtbot, wizard, PAGE_CHECK)
    check = wizard.page(PAGE_CHECK)
    ready(qtbot, wizard)
    report = wizard.choices.dry_report
    assert report is not None and report.dry_run
    assert (report.added, report.updated, report.unchanged, report.withdrawn) == (15, 0, 0, 0)
    assert "15" in check.counts.text() and "nye" in check.counts.text()
    assert check.skipped_model.rowCount() == len(report.skipped) > 0
    assert list_lines(ctx.db) == [] and list_municipalities(ctx.db) == []  # still nothing saved

    forward(qtbot, wizard, PAGE_IMPORT)
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_SUMMARY, timeout=WAIT_MS)
    summary = wizard.page(PAGE_SUMMARY)
    assert "Fedje kommune" in summary.text.text() and "15" in summary.text.text()
    assert (
        not wizard.button(Button.BackButton).isEnabled()
        or not wizard.button(Button.BackButton).isVisible()
    )
    with qtbot.waitSignal(ctx.data_changed, timeout=WAIT_MS):
        qtbot.mouseClick(wizard.button(Button.FinishButton), Qt.MouseButton.LeftButton)

    lines = list_lines(ctx.db, municipality="Fedje kommune")
    assert len(lines) == 15
    assert all(line.comments is None for line in lines)
    (fedje,) = list_municipalities(ctx.db)
    assert (fedje.name, fedje.kommunenummer) == ("Fedje kommune", "4633")

    # The correction is remembered for Fedje: a new analysis (and a new wizard) uses it.
    again = analyse_file(FEDJE, remembered=remembered_lookup(ctx.db, "Fedje kommune"))
    assert again.remembered_mapping
    assert "comments" not in again.mapping_json()

    second = open_wizard(FEDJE)
    forward(qtbot, second, PAGE_MUNICIPALITY)
    assert second.page(PAGE_MUNICIPALITY).existing_radio.isChecked()  # guessed from the name
    assert second.page(PAGE_MUNICIPALITY).combo.currentData() == "Fedje kommune"
    forward(qtbot, second, PAGE_SHEET)
    forward(qtbot, second, PAGE_HEADER)
    forward(qtbot, second, PAGE_COLUMNS)
    ready(qtbot, second)
    cols = second.page(PAGE_COLUMNS)
    assert "forrige import" in cols.info.text()
    assert cols.combos[Field.COMMENTS].currentData() is None
    assert cols.confidence[Field.COMMENTS].text() == "husket"  # only the corrected field
    assert cols.confidence[Field.DESCRIPTION].text().endswith("%")
    assert cols.forget.isVisible()
    shoot(second, "5b_kolonner_husket", tmp_path)
    forward(qtbot, second, PAGE_CHECK)
    ready(qtbot, second)
    assert second.choices.dry_report is not None
    assert second.choices.dry_report.unchanged == 15

    # «Glem kolonnevalgene som er husket»: the recognised column is back, and stays so.
    second.back()
    ready(qtbot, second)
    qtbot.mouseClick(cols.forget, Qt.MouseButton.LeftButton)
    ready(qtbot, second)
    assert cols.combos[Field.COMMENTS].currentText().startswith("I – Kommentar")
    assert not cols.forget.isVisible()
    fresh = analyse_file(FEDJE, remembered=remembered_lookup(ctx.db, "Fedje kommune"))
    assert not fresh.remembered_mapping
    second.reject()


def test_cancel_halfway_changes_nothing(qtbot: Any, ctx: AppContext, open_wizard: Any) -> None:
    wizard = open_wizard(FEDJE)
    forward(qtbot, wizard, PAGE_MUNICIPALITY)
    forward(qtbot, wizard, PAGE_SHEET)
    forward(qtbot, wizard, PAGE_HEADER)
    forward(qtbot, wizard, PAGE_COLUMNS)
    forward(qtbot, wizard, PAGE_CHECK)
    ready(qtbot, wizard)
    assert wizard.choices.dry_report is not None
    qtbot.mouseClick(wizard.button(Button.CancelButton), Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    assert list_lines(ctx.db) == []
    assert list_municipalities(ctx.db) == []


def test_cancelled_import_says_nothing_changed_and_can_be_retried(
    qtbot: Any, ctx: AppContext, open_wizard: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = open_wizard(FEDJE)
    for page in (PAGE_MUNICIPALITY, PAGE_SHEET, PAGE_HEADER, PAGE_COLUMNS, PAGE_CHECK):
        forward(qtbot, wizard, page)
    ready(qtbot, wizard)
    real_start = tasks.start

    def cancel_then_start(task: tasks.Task, pool: Any = None) -> tasks.Task:
        task.cancel()  # as if the user pressed Avbryt in the progress dialog at once
        return real_start(task, pool)

    monkeypatch.setattr(tasks, "start", cancel_then_start)
    forward(qtbot, wizard, PAGE_IMPORT)
    page = wizard.page(PAGE_IMPORT)
    qtbot.waitUntil(lambda: page.retry.isVisible(), timeout=WAIT_MS)
    assert "Ingenting er endret" in page.status.text()
    assert list_lines(ctx.db) == [] and list_municipalities(ctx.db) == []

    monkeypatch.setattr(tasks, "start", real_start)
    qtbot.mouseClick(page.retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_SUMMARY, timeout=WAIT_MS)
    assert len(list_lines(ctx.db)) == 15


def test_refused_file_shows_the_reason_and_blocks_next(
    qtbot: Any, open_wizard: Any, tmp_path: Path
) -> None:
    bad = tmp_path / "plan.xlsx"
    bad.write_bytes(b"%PDF-1.4 this is not a spreadsheet")
    wizard = open_wizard(bad)
    page = wizard.page(PAGE_FILE)
    qtbot.waitUntil(
        lambda: not wizard.busy() and "kan ikke importeres" in page.status.text(), timeout=WAIT_MS
    )
    assert "plan.xlsx" in page.status.text()
    assert "PDF" in page.status.text()
    assert not page.isComplete()
    assert not wizard.button(Button.NextButton).isEnabled()


def test_unrecognised_header_pointed_out_and_columns_mapped_by_hand(
    qtbot: Any, ctx: AppContext, open_wizard: Any, tmp_path: Path
) -> None:
    plan = tmp_path / "kvinnherad_liste.csv"
    plan.write_text(
        "Oversikt fra økonomi\n"
        "Greier;Kroner;Sirkus\n"
        "Kopipapir;120000;Q1 2026\n"
        "Snøbrøyting;450000;H2 2026\n"
        "Reinhold;800000;2027\n",
        encoding="utf-8",
    )
    wizard = open_wizard(plan)
    file_page = wizard.page(PAGE_FILE)
    ready(qtbot, wizard)
    assert "overskriftsrad" in file_page.status.text()
    forward(qtbot, wizard, PAGE_MUNICIPALITY)
    assert wizard.page(PAGE_MUNICIPALITY).name_edit.text() == "Kvinnherad"
    forward(qtbot, wizard, PAGE_HEADER)  # a CSV file has no sheet step
    header = wizard.page(PAGE_HEADER)
    qtbot.waitUntil(lambda: not wizard.busy() and header.model.rowCount() == 5, timeout=WAIT_MS)
    assert not header.isComplete()
    header.view.selectRow(1)
    qtbot.mouseClick(header.use_button, Qt.MouseButton.LeftButton)
    ready(qtbot, wizard)
    assert wizard.choices.header_row == 2
    assert header.model.kind(1) is RowKind.HEADER

    forward(qtbot, wizard, PAGE_COLUMNS)
    columns = wizard.page(PAGE_COLUMNS)
    qtbot.waitUntil(lambda: columns.combos[Field.DESCRIPTION].count() > 1, timeout=WAIT_MS)
    assert not columns.isComplete()  # no description column yet
    for fld, letter in (
        (Field.DESCRIPTION, "A"),
        (Field.ANNUAL_VALUE, "B"),
        (Field.ANNOUNCEMENT, "C"),
    ):
        combo = columns.combos[fld]
        combo.setCurrentIndex(combo.findData(letter))
    assert columns.preview_model.rowCount() == 3
    assert columns.preview_model.index(0, 1).data() == "Kopipapir"
    columns.combos[Field.CPV].setCurrentIndex(columns.combos[Field.CPV].findData("A"))
    assert not columns.isComplete() and "Kolonne A" in columns.problem.text()
    columns.combos[Field.CPV].setCurrentIndex(0)

    forward(qtbot, wizard, PAGE_CHECK)
    ready(qtbot, wizard)
    assert wizard.choices.dry_report is not None and wizard.choices.dry_report.added == 3
    forward(qtbot, wizard, PAGE_IMPORT)
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_SUMMARY, timeout=WAIT_MS)
    lines = list_lines(ctx.db)
    assert [line.description for line in lines] == ["Kopipapir", "Snøbrøyting", "Reinhold"]
    assert lines[1].annual_value_nok == 450000


def test_existing_municipality_is_searchable_and_sheets_are_ranked(
    qtbot: Any, ctx: AppContext, actor: Actor, open_wizard: Any
) -> None:
    add_municipality(ctx.db, actor, "Osterøy kommune", number="4630")
    add_municipality(ctx.db, actor, "Alver kommune", number="4631")
    wizard = open_wizard(OSTEROY)
    forward(qtbot, wizard, PAGE_MUNICIPALITY)
    page = wizard.page(PAGE_MUNICIPALITY)
    assert page.existing_radio.isChecked() and page.combo.currentData() == "Osterøy kommune"
    page.combo.setEditText("alver kommune")
    assert page.isComplete()
    page.combo.setEditText("Bergen")
    assert not page.isComplete()
    page.combo.setCurrentIndex(page.combo.findData("Osterøy kommune"))
    forward(qtbot, wizard, PAGE_SHEET)
    sheets = wizard.page(PAGE_SHEET)
    assert [s.name for s in sheets.model._rows] == ["Veiledning", "Innkjøpsplan"]
    assert sheets.selected().name == "Innkjøpsplan"
    assert sheets.model.index(1, 1).data() == "28"
    forward(qtbot, wizard, PAGE_HEADER)
    ready(qtbot, wizard)
    assert "rad 3–4" in wizard.page(PAGE_HEADER).info.text()
    wizard.reject()
    assert list_lines(ctx.db) == []


def test_every_page_fits_and_is_photographed(
    qtbot: Any, ctx: AppContext, open_wizard: Any, tmp_path: Path
) -> None:
    wizard = open_wizard(OSTEROY)
    scale = wizard.devicePixelRatioF()
    limit = (round(1366 / scale), round(768 / scale) - 30)  # minus a Windows taskbar
    names = ["1_fil", "2_kommune", "3_ark", "4_overskrift", "5_kolonner", "6_kontroll"]
    ids = [PAGE_MUNICIPALITY, PAGE_SHEET, PAGE_HEADER, PAGE_COLUMNS, PAGE_CHECK, PAGE_IMPORT]
    for name, next_id in zip(names, ids, strict=True):
        ready(qtbot, wizard)
        if wizard.currentId() == PAGE_MUNICIPALITY:
            assert wizard.page(PAGE_MUNICIPALITY).name_edit.text() == "Osteroy"  # a guess
            wizard.page(PAGE_MUNICIPALITY).name_edit.setText("Osterøy kommune")
        hint = wizard.minimumSizeHint()
        assert hint.width() <= limit[0] and hint.height() <= limit[1], (name, hint)
        shoot(wizard, name, tmp_path)
        forward(qtbot, wizard, next_id)
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_SUMMARY, timeout=WAIT_MS)
    shoot(wizard, "8_oppsummering", tmp_path)
    qtbot.mouseClick(wizard.button(Button.FinishButton), Qt.MouseButton.LeftButton)
    assert len(list_lines(ctx.db, municipality="Osterøy")) == 28


def test_check_page_lists_errors_and_warnings(
    qtbot: Any, ctx: AppContext, open_wizard: Any, tmp_path: Path
) -> None:
    plan = tmp_path / "bremanger_anskaffelsesplan.csv"
    plan.write_text(
        "Nr;Beskrivelse;CPV;Årlig verdi eks. mva;Avtaleperiode (år);Planlagt kunngjøring\n"
        "1;Kopipapir;30197630;120000;2;Q1 2026\n"
        "2;;;450000;2;H2 2026\n"
        "3;Snøbrøyting;9062;ca. mye;4;våren\n"
        "4;Renhold av kommunale bygg;90910000;800 000;3;2027\n"
        "Sum;;;1370000;;\n",
        encoding="utf-8",
    )
    wizard = open_wizard(plan)
    for page in (PAGE_MUNICIPALITY, PAGE_HEADER, PAGE_COLUMNS, PAGE_CHECK):
        forward(qtbot, wizard, page)
    ready(qtbot, wizard)
    check = wizard.page(PAGE_CHECK)
    report = wizard.choices.dry_report
    assert report is not None and report.added == 3 and len(report.errors) == 1
    assert report.warnings
    model = check.problems_model
    assert model.index(0, 0).data() == "Feil" and model.index(0, 2).data() == "3"
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) == ERROR_BG
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "1 rad med feil" in check.explain.text()
    assert check.skipped_model.index(0, 1).data() == "Sumrad"
    shoot(wizard, "6b_kontroll_problemer", tmp_path)
    wizard.reject()
    assert list_lines(ctx.db) == []


# ---------------------------------------------------------------------------- models alone


def test_guesses_from_file_names() -> None:
    names = ["Alver kommune", "Osterøy kommune", "Os kommune"]
    assert guess_municipality("osteroy_innkjopsplan_2026-2027.xlsx", names) == "Osterøy kommune"
    assert guess_municipality("Alver - plan 2026.xlsx", names) == "Alver kommune"
    assert guess_municipality("plan_2026.xlsx", names) is None
    assert guess_new_name("fedje_anskaffelsesplan_2026-2027.xlsx") == "Fedje"
    assert guess_new_name("Anskaffelsesplan 2026.xlsx") is None


def test_sheet_and_row_models_without_a_window(qtmodeltester: Any) -> None:
    analysis = analyse_file(OSTEROY)
    infos = sheet_overview(analysis.workbook)
    assert [(s.name, s.lines) for s in infos] == [("Veiledning", 0), ("Innkjøpsplan", 28)]
    sheets = SheetsModel()
    sheets.suggested = "Innkjøpsplan"
    sheets.set_rows(infos)
    qtmodeltester.check(sheets)
    assert "foreslått" in sheets.index(1, 3).data()
    rows = RowPreviewModel()
    kinds = {r.row.number: r.kind for r in analysis.layout.rows}
    rows.set_preview(analysis.layout.sheet.rows[:10], kinds)
    qtmodeltester.check(rows)
    header_row = next(i for i in range(rows.rowCount()) if rows.row_number(i) == 3)
    assert rows.index(header_row, 0).data() == "Overskrift"
    assert rows.headerData(1, Qt.Orientation.Horizontal) == "A"


def test_header_row_override_in_the_service() -> None:
    """The row the user points out is the header; with the row below when they read as one."""
    sheet = "Innkjøpsplan"
    assert analyse_file(OSTEROY, sheet=sheet).layout.header.row_numbers == (3, 4)
    assert analyse_file(OSTEROY, sheet=sheet, header_row=3).layout.header.row_numbers == (3, 4)
    assert analyse_file(OSTEROY, sheet=sheet, header_row=4).layout.header.row_numbers == (4,)
