"""The Forslag page on demo data: edit, save, summary and warnings, lots, timeline, PDF, exports."""

from __future__ import annotations

import datetime as dt
import importlib.util
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QSettings
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMessageBox, QStackedWidget

from kommunesamarbeid.core.proposal import ClimateMode, MilestoneKind, ProposalStatus
from kommunesamarbeid.db.engine import Database, open_database
from kommunesamarbeid.gui.charts import (
    BarItem,
    TimelineChart,
    TimelineData,
    TimelineExpiry,
    TimelineMilestone,
    ValueBarChart,
)
from kommunesamarbeid.gui.context import AppContext
from kommunesamarbeid.gui.pages.proposal_editor import ProposalEditor
from kommunesamarbeid.gui.pages.proposals import WARNING_ROLE, ProposalsPage, file_stem
from kommunesamarbeid.gui.pdf_preview import print_pdf
from kommunesamarbeid.gui.settings import Settings
from kommunesamarbeid.services.context import Actor
from kommunesamarbeid.services.demo import load_demo
from kommunesamarbeid.services.overlap import detect
from kommunesamarbeid.services.proposals import create_proposal, proposal_data

pytestmark = pytest.mark.gui
Btn = QMessageBox.StandardButton
TODAY = dt.date.today()


def _needs(module: str) -> None:
    if importlib.util.find_spec(module) is None:
        pytest.skip(f"{module} er ikke skrevet ennå (skrives av en annen utvikler)")


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[int]]:
    """Demo plans, detected overlaps and one proposal from the first group, built once."""
    path = tmp_path_factory.mktemp("demo") / "template.db"
    db = open_database(path)
    actor = Actor(user="testbruker")
    load_demo(db, actor)
    groups = detect(db, actor).groups
    create_proposal(db, actor, group_id=groups[0].id)
    db.dispose()
    return path, [g.id for g in groups]


@pytest.fixture
def demo_db(demo_template: tuple[Path, list[int]], tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "demo.db"
    shutil.copy(demo_template[0], path)
    db = open_database(path)
    yield db
    db.dispose()


@pytest.fixture
def ctx(demo_db: Database, tmp_path: Path) -> AppContext:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    return AppContext(demo_db, settings)


@pytest.fixture
def page(qtbot: Any, ctx: AppContext) -> ProposalsPage:
    page = ProposalsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    assert page.model.rowCount() == 1
    assert page.select_proposal(page.model.rows[0].id)
    return page


class Answers:
    """Replaces QMessageBox.question: records the question, gives the chosen answer."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton):
        self.answer = answer
        self.asked: list[str] = []
        monkeypatch.setattr(QMessageBox, "question", self._ask)

    def _ask(self, _parent: Any, title: str, text: str, *_args: Any, **_kw: Any) -> Any:
        self.asked.append(f"{title}: {text}")
        return self.answer


def codes(page: ProposalsPage) -> list[str]:
    return page.summary.warning_codes()


def test_edit_title_climate_and_fullmakt_then_save(qtbot: Any, page: ProposalsPage) -> None:
    editor = page.editor
    pid = page.current_id
    assert pid is not None
    assert "CLIMATE_MISSING" in codes(page)
    fullmakt_missing = codes(page).count("FULLMAKT_MISSING")
    assert page.summary.total.text().endswith("kr")

    editor.title_edit.clear()
    qtbot.keyClicks(editor.title_edit, "Strøm til kommunale bygg")
    assert page.has_unsaved_changes()
    assert page.save_action.isEnabled()
    assert page.summary.stale.isVisibleTo(page.summary)

    editor.setCurrentIndex(ProposalEditor.TAB_CLIMATE)
    editor.climate_criteria.click()
    assert editor.weight_spin.isEnabled()
    editor.weight_spin.setValue(30)
    qtbot.keyClicks(editor.climate_text, "Klimagassutslipp fra transport vektes 30 %.")

    editor.setCurrentIndex(ProposalEditor.TAB_PARTICIPANTS)
    first = editor.participant_combo.itemData(0)
    editor.participant_combo.setCurrentIndex(0)
    editor.fullmakt_date.check.setChecked(True)
    editor.fullmakt_date.edit.setDate(QDate(2026, 12, 1))
    qtbot.keyClicks(editor.signatory_name, "Kari Nordmann")
    qtbot.keyClicks(editor.signatory_title, "kommunedirektør")
    # the edits of one participant survive looking at another
    editor.participant_combo.setCurrentIndex(1)
    editor.participant_combo.setCurrentIndex(0)
    assert editor.signatory_name.text() == "Kari Nordmann"

    page.save_action.trigger()

    assert not page.has_unsaved_changes()
    data = proposal_data(page.ctx.db, pid)
    assert data.title == "Strøm til kommunale bygg"
    assert data.climate_mode is ClimateMode.CRITERIA
    assert data.climate_weight_percent == 30
    assert data.climate_text.startswith("Klimagassutslipp")
    signed = next(p for p in data.participants if p.municipality_id == first)
    assert signed.fullmakt_signed_date == dt.date(2026, 12, 1)
    assert (signed.signatory_name, signed.signatory_title) == ("Kari Nordmann", "kommunedirektør")
    # the summary was recomputed from what was saved
    assert not [c for c in codes(page) if c.startswith("CLIMATE")]
    assert codes(page).count("FULLMAKT_MISSING") == fullmakt_missing - 1
    assert "Strøm til kommunale bygg" in page.heading.toolTip()
    assert page.model.rows[0].title == "Strøm til kommunale bygg"


def test_low_climate_weight_is_warned(page: ProposalsPage) -> None:
    page.editor.climate_criteria.click()
    page.editor.weight_spin.setValue(20)
    assert page.save()
    assert "CLIMATE_WEIGHT_LOW" in codes(page)
    page.editor.weight_spin.setValue(35)
    assert page.save()
    assert not [c for c in codes(page) if c.startswith("CLIMATE")]


def test_status_combo_offers_only_allowed_transitions(page: ProposalsPage) -> None:
    combo = page.editor.status_combo
    offered = {combo.itemData(i) for i in range(combo.count())}
    assert offered == {"utkast", "sendt_paa_hoering", "avlyst"}
    combo.setCurrentIndex(combo.findData(ProposalStatus.CANCELLED.value))
    assert page.save()
    assert page.data is not None and page.data.status is ProposalStatus.CANCELLED
    offered = {combo.itemData(i) for i in range(combo.count())}
    assert offered == {"utkast", "avlyst"}
    assert "Avlyst" in page.model.data(page.model.index(0))


def test_bad_email_is_refused_before_anything_is_written(page: ProposalsPage, dialogs: Any) -> None:
    pid = page.current_id
    assert pid is not None
    page.editor.title_edit.setText("Ny tittel")
    page.editor.contact_email.setText("kari.kommune.no")
    assert not page.save()
    assert "E-postadressen" in dialogs.shown[-1][1]
    assert proposal_data(page.ctx.db, pid).title != "Ny tittel"
    page.editor.contact_email.setText("kari@kommune.no")
    assert page.save()
    assert page.data is not None
    assert page.data.participants[0].contact_email == "kari@kommune.no"


def test_empty_title_is_refused_and_input_kept(page: ProposalsPage, dialogs: Any) -> None:
    page.editor.title_edit.clear()
    page.editor.need_edit.setPlainText("Nytt behov")
    assert not page.save()
    assert dialogs.shown and "tittel" in dialogs.shown[-1][1]
    assert page.has_unsaved_changes()
    assert page.editor.need_edit.toPlainText() == "Nytt behov"


def test_unsaved_changes_prompt_on_switching_proposal(
    qtbot: Any, page: ProposalsPage, demo_template: tuple[Path, list[int]], monkeypatch: Any
) -> None:
    first = page.current_id
    second = create_proposal(page.ctx.db, page.ctx.actor, group_id=demo_template[1][1]).id
    page.ctx.data_changed.emit()
    assert page.model.rowCount() == 2
    page.editor.title_edit.setText("Endret tittel")

    answers = Answers(monkeypatch, Btn.Cancel)
    assert not page.select_proposal(second)
    assert answers.asked and "Lagre endringene?" in answers.asked[0]
    assert page.current_id == first and page.editor.title_edit.text() == "Endret tittel"

    answers.answer = Btn.Save
    assert page.select_proposal(second)
    assert page.current_id == second
    assert proposal_data(page.ctx.db, first).title == "Endret tittel"

    page.editor.title_edit.setText("Blir forkastet")
    answers.answer = Btn.Discard
    page.list_view.setCurrentIndex(page.model.index(page.model.row_of(first)))
    assert page.current_id == first
    assert proposal_data(page.ctx.db, second).title != "Blir forkastet"


def test_closing_the_window_with_unsaved_changes_asks(
    qtbot: Any, ctx: AppContext, monkeypatch: Any
) -> None:
    window = QMainWindow()
    page = ProposalsPage(ctx)
    window.setCentralWidget(page)
    qtbot.addWidget(window)
    window.show()
    page.select_proposal(page.model.rows[0].id)
    page.editor.title_edit.setText("Ikke lagret")
    answers = Answers(monkeypatch, Btn.Cancel)
    assert not window.close()
    assert answers.asked
    answers.answer = Btn.Discard
    assert window.close()


class Host(QMainWindow):
    """Stands in for the main window: a stack of pages and ``show_page``."""

    def __init__(self, page: ProposalsPage) -> None:
        super().__init__()
        self.stack = QStackedWidget()
        self.proposals = page
        self.other = QLabel("En annen side")
        self.stack.addWidget(page)
        self.stack.addWidget(self.other)
        self.setCentralWidget(self.stack)

    def show_page(self, cls: type) -> None:
        self.stack.setCurrentWidget(self.proposals if cls is ProposalsPage else self.other)


def test_switching_page_with_unsaved_changes_asks(
    qtbot: Any, ctx: AppContext, monkeypatch: Any
) -> None:
    page = ProposalsPage(ctx)
    host = Host(page)
    qtbot.addWidget(host)
    host.show()
    pid = page.model.rows[0].id
    page.select_proposal(pid)
    page.editor.title_edit.setText("Tittel før sidebytte")
    answers = Answers(monkeypatch, Btn.Cancel)
    host.stack.setCurrentWidget(host.other)
    qtbot.waitUntil(lambda: bool(answers.asked) and page.isVisible())
    assert page.has_unsaved_changes()  # stayed, input kept

    answers.answer = Btn.Save
    host.stack.setCurrentWidget(host.other)
    qtbot.waitUntil(lambda: len(answers.asked) == 2)
    assert host.stack.currentWidget() is host.other
    assert proposal_data(ctx.db, pid).title == "Tittel før sidebytte"


def test_suggest_lots_by_area_then_by_product(page: ProposalsPage, monkeypatch: Any) -> None:
    assert "LOTS_MISSING" in codes(page)
    answers = Answers(monkeypatch, Btn.Yes)
    page.editor.suggest_area_button.click()
    assert not answers.asked  # nothing to replace yet
    pid = page.current_id
    assert pid is not None
    data = proposal_data(page.ctx.db, pid)
    assert data.lots and all(lot.basis == "area" for lot in data.lots)
    assert page.editor.lots_table.rowCount() == len(data.lots)
    assert page.editor.currentIndex() == ProposalEditor.TAB_LOTS
    assert "LOTS_MISSING" not in codes(page)
    assert all(line.lot_number for line in data.all_lines())

    # take one line out of its lot in the table, save: the assignment is stored
    combo = page.editor.assign_table.cellWidget(0, 3)
    combo.setCurrentIndex(0)
    assert page.has_unsaved_changes()
    assert page.save()
    data = proposal_data(page.ctx.db, pid)
    assert sum(1 for line in data.all_lines() if line.lot_number is None) == 1

    answers.answer = Btn.No
    page.editor.suggest_product_button.click()
    assert answers.asked and "erstatter" in answers.asked[-1]
    assert proposal_data(page.ctx.db, pid).lots == data.lots
    answers.answer = Btn.Yes
    page.editor.suggest_product_button.click()
    data = proposal_data(page.ctx.db, pid)
    assert data.lots and all(lot.basis == "product" for lot in data.lots)


def test_lots_edited_by_hand(page: ProposalsPage, dialogs: Any) -> None:
    editor = page.editor
    editor.add_lot()
    editor.add_lot()
    assert editor.lots_table.rowCount() == 2
    editor.lots_table.item(1, 0).setData(0, 1)  # two lots numbered 1
    assert not page.save()
    assert "samme nummer" in dialogs.shown[-1][1]
    editor.lots_table.item(1, 0).setData(0, 2)
    editor.lots_table.item(1, 1).setText("Nordhordland")
    for row in range(editor.assign_table.rowCount()):
        combo = editor.assign_table.cellWidget(row, 3)
        combo.setCurrentIndex(combo.findText("2 – Nordhordland"))
    assert editor.lots_table.item(1, 3).text() == str(editor.assign_table.rowCount())
    assert page.save()
    data = page.data
    assert data is not None
    assert [(lot.number, lot.title) for lot in data.lots] == [
        (1, "Delkontrakt 1"),
        (2, "Nordhordland"),
    ]
    assert {line.lot_number for line in data.all_lines()} == {2}


def test_timeline_edit_and_propose(page: ProposalsPage, monkeypatch: Any) -> None:
    editor = page.editor
    pid = page.current_id
    assert pid is not None
    kinds = [m.kind for m in editor.milestones()]
    assert MilestoneKind.ANNOUNCEMENT in kinds
    # moving the announcement milestone moves the planned announcement on Grunnlag
    row = kinds.index(MilestoneKind.ANNOUNCEMENT)
    date_widget = editor.milestone_table.cellWidget(row, 2)
    new_date = QDate.currentDate().addDays(200)
    date_widget.edit.setDate(new_date)
    assert editor.announcement_date.value() == new_date.toPython()
    editor.milestone_table.selectRow(0)
    editor.remove_selected_milestone()
    assert page.save()
    data = proposal_data(page.ctx.db, pid)
    assert len(data.milestones) == len(kinds) - 1
    assert data.planned_announcement == new_date.toPython()
    assert editor.timeline_chart.accessibleDescription()

    answers = Answers(monkeypatch, Btn.Yes)
    editor.propose_timeline_button.click()
    assert answers.asked and "tidsplan" in answers.asked[-1]
    data = proposal_data(page.ctx.db, pid)
    assert {m.kind for m in data.milestones} >= {
        MilestoneKind.FULLMAKT_DEADLINE,
        MilestoneKind.ANNOUNCEMENT,
        MilestoneKind.CONTRACT_START,
    }
    assert editor.milestone_table.rowCount() == len(data.milestones)


def test_actions_save_pending_edits_first(page: ProposalsPage, monkeypatch: Any) -> None:
    pid = page.current_id
    assert pid is not None
    page.editor._texts["risks_text"].setPlainText("For få tilbydere")
    answers = Answers(monkeypatch, Btn.Yes)
    page.editor.propose_timeline_button.click()
    assert "lagres først" in answers.asked[-1]
    assert proposal_data(page.ctx.db, pid).risks_text == "For få tilbydere"
    assert page.editor._texts["risks_text"].toPlainText() == "For få tilbydere"


def test_remove_line_asks_and_removes(page: ProposalsPage, monkeypatch: Any) -> None:
    pid = page.current_id
    assert pid is not None and page.data is not None
    before = len(page.data.all_lines())
    page.editor.setCurrentIndex(ProposalEditor.TAB_PARTICIPANTS)
    page.editor.lines_table.selectRow(0)
    answers = Answers(monkeypatch, Btn.No)
    page.editor.remove_line_button.click()
    assert len(proposal_data(page.ctx.db, pid).all_lines()) == before
    answers.answer = Btn.Yes
    page.editor.remove_line_button.click()
    assert len(proposal_data(page.ctx.db, pid).all_lines()) == before - 1
    assert "PARTICIPANT_NO_LINES" in codes(page)


def test_add_line_through_dialog(page: ProposalsPage, monkeypatch: Any) -> None:
    from kommunesamarbeid.gui.pages import proposals as module

    pid = page.current_id
    assert pid is not None and page.data is not None
    before = {line.line_id for line in page.data.all_lines()}
    chosen: list[int] = []

    def fake_exec(dialog: Any) -> int:
        assert dialog.model.rowCount() > 0
        ids = [dialog.model.row_at(0).id]
        chosen.extend(ids)
        dialog.selected_line_ids = lambda: ids
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(module.AddLineDialog, "exec", fake_exec)
    page.editor.add_line_button.click()
    after = {line.line_id for line in proposal_data(page.ctx.db, pid).all_lines()}
    assert chosen and after == before | set(chosen)


def test_warning_leads_to_the_tab_that_fixes_it(page: ProposalsPage) -> None:
    warnings = page.summary.warnings
    row = codes(page).index("FULLMAKT_MISSING")
    item = warnings.item(row)
    warnings.setCurrentItem(item)
    assert page.summary.warning_detail.text()
    warnings.itemActivated.emit(item)
    assert page.editor.currentIndex() == ProposalEditor.TAB_PARTICIPANTS
    _code, municipality_id, _message = item.data(WARNING_ROLE)
    assert page.editor.current_participant() == municipality_id


def _wait_preview(qtbot: Any, page: ProposalsPage) -> Any:
    qtbot.waitUntil(
        lambda: page._preview is not None and page._preview.preview.page_count() > 0,
        timeout=60_000,
    )
    assert page._preview is not None
    return page._preview


def test_pdf_preview_navigation_zoom_and_print(
    qtbot: Any, page: ProposalsPage, tmp_path: Path, monkeypatch: Any
) -> None:
    _needs("kommunesamarbeid.fileio.pdf_proposal")
    page.preview_pdf()
    dialog = _wait_preview(qtbot, page)
    preview = dialog.preview
    assert dialog.isVisible()
    assert preview.document is not None and preview.document.pageCount() >= 1
    assert preview.page_count_label.text().strip() == f"av {preview.page_count()}"
    if preview.page_count() > 1:
        preview.go_to_page(2)
        qtbot.waitUntil(lambda: preview.current_page() == 2)
        assert preview.page_spin.value() == 2
    preview.set_zoom(1.5)
    assert preview.view.zoomFactor() == pytest.approx(1.5)
    preview.zoom_in()
    assert preview.view.zoomFactor() == pytest.approx(2.0)

    # print through the (replaced) system dialog into a PDF file
    out = tmp_path / "utskrift.pdf"

    def accept(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(1, 1)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    page.print_proposal()  # the preview is current: no new PDF is made
    assert out.exists() and out.stat().st_size > 10_000
    from pypdf import PdfReader

    assert len(PdfReader(out).pages) == 1


def test_preview_is_rebuilt_after_a_save(qtbot: Any, page: ProposalsPage) -> None:
    _needs("kommunesamarbeid.fileio.pdf_proposal")
    page.preview_pdf()
    dialog = _wait_preview(qtbot, page)
    first_doc = dialog.preview.document
    page.editor.title_edit.setText("Ny tittel for utskrift")
    page.save()
    page.preview_pdf()
    qtbot.waitUntil(lambda: dialog.preview.document is not first_doc, timeout=60_000)
    assert "Ny tittel for utskrift" in dialog.windowTitle()


def test_print_pdf_renders_pages_to_printer(
    qtbot: Any, page: ProposalsPage, tmp_path: Path
) -> None:
    _needs("kommunesamarbeid.fileio.pdf_proposal")
    page.preview_pdf()
    document = _wait_preview(qtbot, page).preview.document
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "to.pdf"
    printer.setOutputFileName(str(out))
    last = min(2, document.pageCount())
    assert print_pdf(document, printer, first_page=1, last_page=last)
    from pypdf import PdfReader

    assert len(PdfReader(out).pages) == last


def test_export_pdf_and_fullmakt(
    qtbot: Any, page: ProposalsPage, tmp_path: Path, monkeypatch: Any, dialogs: Any
) -> None:
    _needs("kommunesamarbeid.fileio.pdf_proposal")
    _needs("kommunesamarbeid.fileio.pdf_fullmakt")
    target = tmp_path / "ut" / "forslag.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(page, "_ask_save_path", lambda *_a: target)
    page.export_pdf_action.trigger()
    qtbot.waitUntil(lambda: target.exists(), timeout=60_000)
    qtbot.waitUntil(lambda: any("Lagret" in text for _k, text in dialogs.shown), timeout=10_000)
    assert target.read_bytes().startswith(b"%PDF")

    folder = tmp_path / "fullmakter"
    monkeypatch.setattr(page, "_ask_folder", lambda *_a: folder)
    page.export_fullmakt_action.trigger()
    assert page.data is not None
    n = len(page.data.participants)
    qtbot.waitUntil(lambda: len(list(folder.glob("fullmakt_*.pdf"))) == n, timeout=60_000)
    qtbot.waitUntil(lambda: any("fullmakter" in t for _k, t in dialogs.shown), timeout=10_000)

    # exporting again into the same folder asks before replacing
    answers = Answers(monkeypatch, Btn.No)
    stamp = {p: p.stat().st_mtime_ns for p in folder.glob("fullmakt_*.pdf")}
    page.export_fullmakt_action.trigger()
    assert answers.asked and "erstattet" in answers.asked[-1]
    assert {p: p.stat().st_mtime_ns for p in folder.glob("fullmakt_*.pdf")} == stamp


def test_export_excel_annex(
    qtbot: Any, page: ProposalsPage, tmp_path: Path, monkeypatch: Any
) -> None:
    _needs("kommunesamarbeid.fileio.xlsx_export")
    target = tmp_path / "vedlegg.xlsx"
    monkeypatch.setattr(page, "_ask_save_path", lambda *_a: target)
    page.export_xlsx_action.trigger()
    qtbot.waitUntil(lambda: target.exists(), timeout=60_000)
    qtbot.waitUntil(lambda: not page.ctx.active_tasks, timeout=10_000)


def test_export_ocds(qtbot: Any, page: ProposalsPage, tmp_path: Path, monkeypatch: Any) -> None:
    _needs("kommunesamarbeid.fileio.ocds")
    target = tmp_path / "forslag.json"
    monkeypatch.setattr(page, "_ask_save_path", lambda *_a: target)
    page.export_ocds_action.trigger()
    qtbot.waitUntil(lambda: target.exists(), timeout=60_000)
    qtbot.waitUntil(lambda: not page.ctx.active_tasks, timeout=10_000)
    import json

    assert json.loads(target.read_text(encoding="utf-8"))


def test_unsaved_edits_are_offered_saved_before_a_document(
    page: ProposalsPage, monkeypatch: Any
) -> None:
    page.editor.title_edit.setText("Halvferdig")
    answers = Answers(monkeypatch, Btn.Cancel)
    calls: list[object] = []
    monkeypatch.setattr(page.ctx, "run_task", lambda *a, **k: calls.append(a))
    page.preview_pdf()
    assert answers.asked and not calls
    assert page.has_unsaved_changes()


def test_charts_paint_and_describe_themselves(qtbot: Any) -> None:
    bars = ValueBarChart()
    qtbot.addWidget(bars)
    bars.resize(260, 100)
    bars.set_items(
        [BarItem("Fedje", 4_500_000), BarItem("Osterøy", 26_000_000, True, "Osterøy kommune")]
    )
    assert "Osterøy kommune: minst 26 000 000 kr" in bars.accessibleDescription()
    assert not bars.grab().isNull()
    timeline = TimelineChart()
    qtbot.addWidget(timeline)
    timeline.resize(500, 300)
    timeline.set_data(
        TimelineData(
            milestones=[
                TimelineMilestone("Kunngjøring", TODAY + dt.timedelta(days=40)),
                TimelineMilestone("Kontraktsstart", TODAY + dt.timedelta(days=150), True),
            ],
            expiries=[
                TimelineExpiry("Fedje kommune", (TODAY + dt.timedelta(days=60),)),
                TimelineExpiry("Modalen kommune"),
            ],
            contract_start=TODAY + dt.timedelta(days=150),
            today=TODAY,
        )
    )
    assert "Modalen kommune: dagens avtale utløper ukjent" in timeline.accessibleDescription()
    assert not timeline.grab().isNull()


def test_file_stem_is_safe_for_windows() -> None:
    assert file_stem('FA-2026-001 Strøm: "bygg"/gatelys?') == "FA-2026-001 Strøm bygg gatelys"


def test_changed_plan_line_warns_until_the_coordinator_accepts(
    qtbot: Any, page: ProposalsPage, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kommunesamarbeid.db.models import PlannedPurchase

    assert page.data is not None
    line_id = page.data.all_lines()[0].line_id
    with ctx.db.session() as session:
        line = session.get(PlannedPurchase, line_id)
        assert line is not None
        line.total_value_nok = (line.total_value_nok or 0) + 1_000_000
        line.value_basis = "total"
    assert page.select_proposal(page.current_id or 0)
    page._load(page.current_id or 0)
    assert "LINE_CHANGED" in codes(page)
    answers = Answers(monkeypatch, Btn.Yes)
    row = codes(page).index("LINE_CHANGED")
    page.summary.warnings.itemActivated.emit(page.summary.warnings.item(row))
    assert answers.asked and "Godta endringer" in answers.asked[0]
    assert "LINE_CHANGED" not in codes(page)
