"""Importveiviseren: a plan file, step by step, checked with a dry run before anything is saved.

Fil → Kommune → Ark → Overskriftsrad → Kolonner → Kontroll (dry run) → Import → Oppsummering.
Every step before the import only reads: cancelling anywhere changes nothing. Reading the file,
the dry run and the import run off the GUI thread through ``AppContext.run_task``.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QCompleter,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kommunesamarbeid.core.columns import FIELD_LABELS, Field
from kommunesamarbeid.core.orgnr import normalise_kommunenummer
from kommunesamarbeid.core.plan_layout import RowKind, user_mapping
from kommunesamarbeid.core.plan_lines import read_line
from kommunesamarbeid.core.problems import RefusedInputError
from kommunesamarbeid.core.sheet import SheetGrid, Workbook, column_letter
from kommunesamarbeid.fileio.reader import read_workbook
from kommunesamarbeid.gui import tasks
from kommunesamarbeid.gui.context import AppContext
from kommunesamarbeid.gui.import_wizard_models import (
    LOW_BG,
    LinePreviewModel,
    PreviewLine,
    ProblemsModel,
    RowPreviewModel,
    SheetInfo,
    SheetsModel,
    SkippedModel,
    column_choice_label,
    guess_municipality,
    guess_new_name,
    same_municipality_name,
    sheet_overview,
)
from kommunesamarbeid.services.import_plan import (
    ImportCancelled,
    ImportReport,
    PlanAnalysis,
    analyse_file,
    import_plan,
    remembered_lookup,
)
from kommunesamarbeid.services.municipalities import (
    MunicipalityInfo,
    add_municipality,
    list_municipalities,
)

#: Non-empty rows shown in the header preview (more when the header sits further down).
PREVIEW_ROWS = 40
#: Lines read in the column step's preview.
PREVIEW_LINES = 6
#: Below this detection confidence a column choice is highlighted for checking.
LOW_CONFIDENCE = 0.70

(
    PAGE_FILE,
    PAGE_MUNICIPALITY,
    PAGE_SHEET,
    PAGE_HEADER,
    PAGE_COLUMNS,
    PAGE_CHECK,
    PAGE_IMPORT,
    PAGE_SUMMARY,
) = range(8)


@dataclass(slots=True)
class FileRead:
    """What the first, background reading of the file found."""

    workbook: Workbook
    analysis: PlanAnalysis | None
    sheets: list[SheetInfo]
    problem: str | None = None


@dataclass(slots=True)
class ImportChoices:
    """Everything the user has chosen so far, and what was read with those choices."""

    path: Path | None = None
    workbook: Workbook | None = None
    sheets: list[SheetInfo] = field(default_factory=list)
    suggested_sheet: str | None = None
    municipality: str = ""
    municipality_exists: bool = False
    new_number: str | None = None
    sheet: str | None = None
    header_row: int | None = None
    #: The user's corrected mapping (field -> column letter); None keeps the detected one.
    mapping: dict[str, str] | None = None
    analysis: PlanAnalysis | None = None
    analysis_key: tuple[Any, ...] | None = None
    dry_report: ImportReport | None = None
    report: ImportReport | None = None
    number_note: str | None = None

    @property
    def is_csv(self) -> bool:
        return self.workbook is not None and self.workbook.kind == "csv"

    def grid(self) -> SheetGrid | None:
        if self.workbook is None or not self.workbook.sheets:
            return None
        if self.is_csv:
            return self.workbook.sheets[0]
        return next((g for g in self.workbook.sheets if g.name == self.sheet), None)

    def sheet_arg(self) -> str | None:
        return None if self.is_csv else self.sheet

    def key(self) -> tuple[Any, ...]:
        remembered_for = self.municipality if self.municipality_exists else None
        return (str(self.path), self.sheet_arg(), self.header_row, remembered_for)


def _label(text: str = "", *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _table(name: str) -> QTableView:
    view = QTableView()
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setHighlightSections(False)
    return view


def _count(n: int, one: str, many: str) -> str:
    """'1 rad', '3 rader'."""
    return f"{n} {one if n == 1 else many}"


def _show(label: QLabel, html: str) -> None:
    """Set a message label's text; an empty one takes no room."""
    label.setText(html)
    label.setVisible(bool(html))


def _error_html(text: str) -> str:
    return f"<span style='color:#b3261e'><b>{escape(text)}</b></span>"


class ImportWizard(QWizard):
    """Fil → Importer plan …: one plan file into one municipality's plan."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, path: Path | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.choices = ImportChoices(path=Path(path) if path else None)
        self._tasks: list[tasks.Task] = []
        self._closed = False
        self._imported = False
        self.setWindowTitle(self.tr("Importer anskaffelsesplan"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("< Tilbake")),
            (QWizard.WizardButton.NextButton, self.tr("Neste >")),
            (QWizard.WizardButton.CommitButton, self.tr("Importer")),
            (QWizard.WizardButton.FinishButton, self.tr("Fullfør")),
            (QWizard.WizardButton.CancelButton, self.tr("Avbryt")),
        ):
            self.setButtonText(button, text)
        self.setPage(PAGE_FILE, FilePage(self))
        self.setPage(PAGE_MUNICIPALITY, MunicipalityPage(self))
        self.setPage(PAGE_SHEET, SheetPage(self))
        self.setPage(PAGE_HEADER, HeaderPage(self))
        self.setPage(PAGE_COLUMNS, ColumnsPage(self))
        self.setPage(PAGE_CHECK, CheckPage(self))
        self.setPage(PAGE_IMPORT, ImportPage(self))
        self.setPage(PAGE_SUMMARY, SummaryPage(self))
        self.setStartId(PAGE_FILE)
        screen = (parent.screen() if parent else None) or QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            self.resize(min(1100, int(area.width() * 0.94)), min(720, int(area.height() * 0.92)))

    # ------------------------------------------------------------------ background work
    def run(
        self,
        parent: QWidget,
        title: str,
        fn: Callable[[tasks.ProgressFn], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        *,
        after_close: Callable[[Any], None] | None = None,
    ) -> None:
        """``ctx.run_task``; once the wizard is closed results go to ``after_close`` only."""
        started: list[tasks.Task] = []

        def ended() -> None:
            for task in started:
                if task in self._tasks:
                    self._tasks.remove(task)
            if self._closed and not self._tasks:
                self._dispose()

        def done(result: Any) -> None:
            ended()
            if not self._closed:
                on_done(result)
            elif after_close is not None:
                after_close(result)

        def failed(exc: BaseException) -> None:
            ended()
            if self._closed:
                return
            if isinstance(exc, RefusedInputError | ImportCancelled):
                on_error(exc)
                return
            from kommunesamarbeid.gui.errors import show_exception

            on_error(exc)
            show_exception(self, exc, "".join(traceback.format_exception(exc)))

        task = self.ctx.run_task(parent, title, fn, done, on_error=failed)
        started.append(task)
        self._tasks.append(task)

    def busy(self) -> bool:
        return bool(self._tasks)

    def mark_imported(self) -> None:
        """The import is saved: the pages must refresh when the wizard closes (or now)."""
        self._imported = True
        if self._closed:
            self.ctx.data_changed.emit()

    def ensure_analysis(
        self, parent: QWidget, on_ready: Callable[[], None], on_error: Callable[[str], None]
    ) -> bool:
        """Read the plan with the current choices (in the background unless already read).

        Returns True when the analysis was already there (``on_ready`` has then been called).
        """
        c = self.choices
        key = c.key()
        if c.analysis is not None and c.analysis_key == key:
            on_ready()
            return True
        assert c.path is not None
        path, sheet, header_row = c.path, c.sheet_arg(), c.header_row
        remembered = remembered_lookup(self.ctx.db, c.municipality) if key[3] else None

        cancelled = self.tr("Lesingen ble avbrutt.")

        def work(progress: tasks.ProgressFn) -> PlanAnalysis:
            analysis = analyse_file(path, sheet=sheet, header_row=header_row, remembered=remembered)
            if progress(1, 1, "") is False:
                raise ImportCancelled(cancelled)
            return analysis

        def done(analysis: PlanAnalysis) -> None:
            if c.key() != key:
                return  # the user chose something else meanwhile; a newer reading follows
            c.analysis, c.analysis_key = analysis, key
            on_ready()

        def failed(exc: BaseException) -> None:
            if c.key() != key:
                return
            c.analysis, c.analysis_key = None, None
            on_error(_message(exc))

        c.analysis, c.analysis_key = None, None
        self.run(parent, self.tr("Leser planen …"), work, done, failed)
        return False

    # ------------------------------------------------------------------ closing
    def done(self, result: int) -> None:
        if not self._closed:
            self._closed = True
            for task in self._tasks:
                task.cancel()
            if self._imported:
                self.ctx.data_changed.emit()
        super().done(result)
        if not self._tasks:
            self._dispose()

    def _dispose(self) -> None:
        # A wizard opened from a window would otherwise live (with the workbook) as its child
        # until the window closes; one without a parent belongs to whoever made it.
        if self.parent() is not None:
            self.deleteLater()


def _message(exc: BaseException) -> str:
    if isinstance(exc, RefusedInputError):
        return exc.problem.describe()
    return str(exc) or type(exc).__name__


# ====================================================================================== pages


class WizardPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard

    @property
    def choices(self) -> ImportChoices:
        return self.w.choices


class FilePage(WizardPage):
    """1. Fil: the file, read at once to find the plan (or the Norwegian refusal)."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Velg fil"))
        self.setSubTitle(
            self.tr("Anskaffelsesplanen som skal importeres: Excel (.xlsx, .xlsm) eller CSV.")
        )
        self._read_path: Path | None = None
        self._reading = False
        self.path_edit = QLineEdit(str(self.choices.path or ""))
        self.path_edit.setAccessibleName(self.tr("Filen som skal importeres"))
        self.path_edit.setPlaceholderText(self.tr("Velg en fil med «Bla …» eller lim inn stien"))
        self.path_edit.setClearButtonEnabled(True)
        self.path_edit.editingFinished.connect(self._path_entered)
        self.path_edit.textChanged.connect(self.completeChanged)
        self.browse = QPushButton(self.tr("Bla …"))
        self.browse.setAccessibleName(self.tr("Bla etter filen"))
        self.browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        self.status = _label()
        self.status.setAccessibleName(self.tr("Resultat av lesingen"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Fil:")))
        layout.addLayout(row)
        layout.addSpacing(8)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def initializePage(self) -> None:
        if self.choices.path is not None and self._read_path is None and not self._reading:
            self.read(self.choices.path)

    def _browse(self) -> None:
        start = str(self.choices.path.parent) if self.choices.path else ""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Importer anskaffelsesplan"),
            start,
            self.tr("Regneark (*.xlsx *.xlsm *.csv);;Alle filer (*)"),
        )
        if name:
            self.path_edit.setText(name)
            self.read(Path(name))

    def _path_entered(self) -> None:
        text = self.path_edit.text().strip().strip('"')
        if text and Path(text) != self._read_path:
            self.read(Path(text))

    def read(self, path: Path) -> None:
        """Read the file in the background: the plan, and every sheet's number of lines."""
        c = self.choices
        c.path, c.workbook, c.analysis, c.analysis_key = path, None, None, None
        self._read_path = path
        self._reading = True
        self.status.setText(self.tr("Leser «{name}» …").format(name=escape(path.name)))
        self.completeChanged.emit()
        cancelled = self.tr("Lesingen ble avbrutt. Velg filen på nytt for å prøve igjen.")
        reading, looking = self.tr("Leser filen …"), self.tr("Ser etter planen i arkene …")

        def work(progress: tasks.ProgressFn) -> FileRead:
            progress(0, 2, reading)
            problem = None
            try:
                analysis: PlanAnalysis | None = analyse_file(path)
                workbook = analysis.workbook
            except RefusedInputError as exc:
                # Readable but without a recognised header: the user may still point it out.
                workbook = read_workbook(path)
                if not any(g.rows for g in workbook.sheets):
                    raise
                analysis, problem = None, exc
            if progress(1, 2, looking) is False:
                raise ImportCancelled(cancelled)
            sheets = sheet_overview(workbook)
            if problem is not None and any(s.header_rows for s in sheets):
                raise problem  # refused for another reason than a missing header
            return FileRead(workbook, analysis, sheets, _message(problem) if problem else None)

        self.w.run(
            self,
            self.tr("Leser «{name}» …").format(name=path.name),
            work,
            lambda result: self._read_done(path, result),
            lambda exc: self._read_failed(path, exc),
        )

    def _read_done(self, path: Path, result: FileRead) -> None:
        if path != self._read_path:
            return
        self._reading = False
        c = self.choices
        c.workbook, c.sheets = result.workbook, result.sheets
        analysis = result.analysis
        visible = [s for s in result.sheets if not s.hidden and s.rows] or result.sheets
        c.suggested_sheet = analysis.sheet if analysis else (visible[0].name if visible else None)
        c.sheet, c.header_row, c.mapping = c.suggested_sheet, None, None
        # Read without a municipality: a remembered mapping is looked up once one is chosen.
        c.analysis = analysis
        c.analysis_key = (str(path), c.sheet_arg(), None, None) if analysis else None
        self.status.setText(self._summary(result))
        self.completeChanged.emit()

    def _read_failed(self, path: Path, exc: BaseException) -> None:
        if path != self._read_path:
            return
        self._reading = False
        self.choices.workbook = None
        self.status.setText(
            _error_html(self.tr("Filen kan ikke importeres."))
            + "<p>"
            + escape(_message(exc))
            + "</p>"
        )
        self.completeChanged.emit()

    def _summary(self, result: FileRead) -> str:
        wb = result.workbook
        parts = [f"<b>{escape(wb.file_name)}</b>"]
        if wb.kind == "csv":
            parts.append(
                self.tr("CSV-fil (tegnsett {enc}, skilletegn «{sep}»).").format(
                    enc=escape(wb.csv_encoding or "?"), sep=escape(wb.csv_delimiter or "?")
                )
            )
        else:
            parts.append(self.tr("Excel-fil med {n} ark.").format(n=len(wb.sheets)))
        analysis = result.analysis
        if analysis is not None:
            rows = "–".join(str(r) for r in analysis.layout.header.row_numbers)
            where = (
                self.tr(" i arket «{sheet}»").format(sheet=escape(analysis.sheet))
                if analysis.sheet
                else ""
            )
            parts.append(
                self.tr("Fant {n} planlinjer{where}, med overskrift på rad {rows}.").format(
                    n=len(analysis.result.lines), where=where, rows=rows
                )
            )
            parts.append(self.tr("Trykk «Neste» for å kontrollere og importere."))
            return "<p>" + "<br>".join(parts) + "</p>"
        return (
            "<p>"
            + "<br>".join(parts)
            + "</p><p>"
            + escape(result.problem or "")
            + "</p><p>"
            + self.tr("Du kan likevel gå videre og peke ut overskriftsraden og kolonnene selv.")
            + "</p>"
        )

    def isComplete(self) -> bool:
        text = self.path_edit.text().strip().strip('"')
        return (
            not self._reading
            and self.choices.workbook is not None
            and bool(text)
            and Path(text) == self._read_path
        )


class MunicipalityPage(WizardPage):
    """2. Kommune: an existing municipality, or a new one (created only by the import)."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Kommune"))
        self.setSubTitle(self.tr("Hvilken kommunes anskaffelsesplan er dette?"))
        self._known: list[MunicipalityInfo] = []
        self._initialised_for: Path | None = None
        self.existing_radio = QRadioButton(self.tr("En kommune som finnes fra før"))
        self.existing_radio.setAccessibleName(self.tr("Velg en kommune som finnes fra før"))
        self.new_radio = QRadioButton(self.tr("Ny kommune"))
        self.new_radio.setAccessibleName(self.tr("Legg til en ny kommune"))
        group = QButtonGroup(self)
        group.addButton(self.existing_radio)
        group.addButton(self.new_radio)
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setAccessibleName(self.tr("Kommune (skriv for å søke)"))
        self.combo.lineEdit().setPlaceholderText(self.tr("Skriv for å søke …"))
        completer = QCompleter(self.combo.model(), self.combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.combo.setCompleter(completer)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Navn på ny kommune"))
        self.name_edit.setPlaceholderText(self.tr("f.eks. Fedje kommune"))
        self.number_edit = QLineEdit()
        self.number_edit.setAccessibleName(self.tr("Kommunenummer (valgfritt)"))
        self.number_edit.setPlaceholderText(self.tr("valgfritt, fire siffer, f.eks. 4633"))
        self.number_edit.setMaxLength(4)
        for widget in (self.combo, self.name_edit, self.number_edit):
            widget.setMinimumWidth(260)
            widget.setMaximumWidth(460)
        self.guess = _label()
        self.problem = _label()
        form = QGridLayout()
        form.setColumnMinimumWidth(0, 16)
        form.setColumnStretch(2, 2)
        form.setColumnStretch(3, 1)
        form.addWidget(self.existing_radio, 0, 0, 1, 4)
        rows = (
            (1, self.tr("Kommune:"), self.combo),
            (3, self.tr("Navn:"), self.name_edit),
            (4, self.tr("Kommunenummer:"), self.number_edit),
        )
        for row, text, widget in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            form.addWidget(label, row, 1)
            form.addWidget(widget, row, 2)
        form.addWidget(self.new_radio, 2, 0, 1, 4)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(self.guess)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        for signal in (
            self.existing_radio.toggled,
            self.combo.currentTextChanged,
            self.name_edit.textChanged,
            self.number_edit.textChanged,
        ):
            signal.connect(self._changed)
        self.combo.lineEdit().textEdited.connect(lambda _t: self.existing_radio.setChecked(True))
        self.name_edit.textEdited.connect(lambda _t: self.new_radio.setChecked(True))
        self.number_edit.textEdited.connect(lambda _t: self.new_radio.setChecked(True))

    def initializePage(self) -> None:
        self._known = list_municipalities(self.w.ctx.db)
        current = self.combo.currentText()
        self.combo.blockSignals(True)
        self.combo.clear()
        for m in self._known:
            label = f"{m.name} ({m.kommunenummer})" if m.kommunenummer else m.name
            self.combo.addItem(label, m.name)
        self.combo.setCurrentIndex(-1)
        self.combo.setEditText(current)
        self.combo.blockSignals(False)
        self.existing_radio.setEnabled(bool(self._known))
        self.existing_radio.setText(
            self.tr("En kommune som finnes fra før")
            if self._known
            else self.tr("En kommune som finnes fra før (ingen er lagt inn ennå)")
        )
        self.combo.setEnabled(bool(self._known))
        path = self.choices.path
        if path is not None and path != self._initialised_for:
            self._initialised_for = path
            self._guess(path.name)
        self._changed()

    def _guess(self, file_name: str) -> None:
        found = guess_municipality(file_name, [m.name for m in self._known])
        if found is not None:
            self.combo.setCurrentIndex(self.combo.findData(found))
            self.existing_radio.setChecked(True)
            _show(
                self.guess,
                self.tr("Valgt ut fra filnavnet «{file}».").format(file=escape(file_name)),
            )
            return
        self.new_radio.setChecked(True)
        suggestion = guess_new_name(file_name)
        if suggestion and not self.name_edit.text():
            self.name_edit.setText(suggestion)
            _show(
                self.guess,
                self.tr(
                    "Navnet er foreslått ut fra filnavnet «{file}». Rett stavemåten om "
                    "nødvendig (for eksempel æ, ø og å)."
                ).format(file=escape(file_name)),
            )
        else:
            _show(self.guess, "")

    def _selected_existing(self) -> str | None:
        text = " ".join(self.combo.currentText().split()).casefold()
        if not text:
            return None
        for i in range(self.combo.count()):
            name = str(self.combo.itemData(i))
            if text in (self.combo.itemText(i).casefold(), name.casefold()):
                return name
        return None

    def _problem(self) -> str | None:
        if self.existing_radio.isChecked():
            if self._selected_existing() is None:
                return self.tr("Velg en kommune fra lista.") if self.combo.currentText() else ""
            return None
        name = " ".join(self.name_edit.text().split())
        if not name:
            return ""
        if any(same_municipality_name(name, m.name) for m in self._known):
            return self.tr("{name} finnes fra før. Velg kommunen i lista over.").format(name=name)
        number = self.number_edit.text().strip()
        if number:
            clean = normalise_kommunenummer(number) if number.isdigit() else None
            if clean is None:
                return self.tr("Kommunenummeret skal være fire siffer, f.eks. 4633.")
            owner = next((m.name for m in self._known if m.kommunenummer == clean), None)
            if owner:
                return self.tr("Kommunenummer {number} er allerede registrert for {name}.").format(
                    number=clean, name=owner
                )
        return None

    def _changed(self, *_args: Any) -> None:
        problem = self._problem()
        _show(self.problem, _error_html(problem) if problem else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._problem() is None

    def validatePage(self) -> bool:
        c = self.choices
        if self.existing_radio.isChecked():
            c.municipality = self._selected_existing() or ""
            c.municipality_exists, c.new_number = True, None
        else:
            c.municipality = " ".join(self.name_edit.text().split())
            c.municipality_exists = False
            number = self.number_edit.text().strip()
            c.new_number = normalise_kommunenummer(number) if number else None
        return bool(c.municipality)

    def nextId(self) -> int:
        return PAGE_HEADER if self.choices.is_csv else PAGE_SHEET


class SheetPage(WizardPage):
    """3. Ark: the sheets and how plan-like each one is; the best one is preselected."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Ark"))
        self.setSubTitle(self.tr("Velg arket som inneholder anskaffelsesplanen."))
        self.model = SheetsModel()
        self.view = _table(self.tr("Arkene i filen"))
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.note = _label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)

    def initializePage(self) -> None:
        c = self.choices
        self.model.suggested = c.suggested_sheet
        self.model.set_rows(c.sheets)
        for row, info in enumerate(c.sheets):
            if info.name == c.sheet:
                self.view.selectRow(row)
        if c.suggested_sheet:
            self.note.setText(
                self.tr("Arket «{sheet}» har flest planlinjer og er valgt.").format(
                    sheet=escape(c.suggested_sheet)
                )
            )

    def selected(self) -> SheetInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selected(self, *_args: Any) -> None:
        info = self.selected()
        c = self.choices
        if info is not None and info.name != c.sheet:
            c.sheet, c.header_row, c.mapping = info.name, None, None
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        info = self.selected()
        return info is not None and info.rows > 0


class HeaderPage(WizardPage):
    """4. Overskriftsrad: the top of the sheet with the header and skipped rows marked."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Overskriftsrad"))
        self.setSubTitle(
            self.tr(
                "Raden med kolonnenavnene er markert med blått. Grå rader (tittel, seksjon, "
                "sum, merknad) blir ikke importert."
            )
        )
        self.info = _label()
        self.model = RowPreviewModel()
        self.view = _table(self.tr("Forhåndsvisning av arket"))
        self.view.setModel(self.model)
        self.view.horizontalHeader().setMinimumSectionSize(36)
        self.view.doubleClicked.connect(lambda _i: self._use_selected())
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.use_button = QPushButton(self.tr("Bruk valgt rad som overskriftsrad"))
        self.use_button.setAccessibleName(self.tr("Bruk valgt rad som overskriftsrad"))
        self.use_button.clicked.connect(self._use_selected)
        self.auto_button = QPushButton(self.tr("Finn overskriften automatisk"))
        self.auto_button.setAccessibleName(self.tr("Finn overskriften automatisk"))
        self.auto_button.clicked.connect(self._automatic)
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.auto_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._error: str | None = None

    def initializePage(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self._error = None
        self.info.setText(self.tr("Leser arket …"))
        self.completeChanged.emit()
        self.w.ensure_analysis(self, self._ready, self._failed)

    def _ready(self) -> None:
        analysis = self.choices.analysis
        assert analysis is not None
        layout = analysis.layout
        kinds = {r.row.number: r.kind for r in layout.rows}
        self._show_rows(kinds, layout.header.row_numbers)
        rows = "–".join(str(r) for r in layout.header.row_numbers)
        how = (
            self.tr("valgt av deg")
            if self.choices.header_row is not None
            else self.tr("funnet automatisk")
        )
        self.info.setText(
            self.tr(
                "Overskrift på rad {rows} ({how}): {lines}, {skipped} hoppes over. Er det feil "
                "rad, merk riktig rad og trykk «Bruk valgt rad som overskriftsrad»."
            ).format(
                rows=rows,
                how=how,
                lines=_count(
                    len(analysis.result.lines), self.tr("planlinje"), self.tr("planlinjer")
                ),
                skipped=_count(len(analysis.result.skipped), self.tr("rad"), self.tr("rader")),
            )
        )
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self._error = message
        self._show_rows({}, ())
        self.info.setText(
            _error_html(message)
            + "<br>"
            + self.tr("Velg raden med kolonnenavnene og trykk «Bruk valgt rad som overskriftsrad».")
        )
        self.completeChanged.emit()

    def _show_rows(self, kinds: dict[int, RowKind], header_rows: tuple[int, ...]) -> None:
        grid = self.choices.grid()
        rows = grid.rows if grid else []
        last = max(header_rows, default=0)
        upto = max(PREVIEW_ROWS, next((i for i, r in enumerate(rows) if r.number == last), 0) + 12)
        self.model.set_preview(rows[:upto], kinds)
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for col in range(self.model.columnCount()):
            header.resizeSection(col, min(max(header.sectionSize(col), 40), 200))
        for i in range(self.model.rowCount()):
            if self.model.row_number(i) in header_rows:
                self.view.scrollTo(
                    self.model.index(i, 0), QAbstractItemView.ScrollHint.PositionAtCenter
                )
                break
        self._selection_changed()

    def _selected_row_number(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            indexes = self.view.selectionModel().selectedIndexes()
            rows = indexes[:1]
        return self.model.row_number(rows[0].row()) if rows else None

    def _selection_changed(self, *_args: Any) -> None:
        self.use_button.setEnabled(self._selected_row_number() is not None)
        self.auto_button.setEnabled(self.choices.header_row is not None)

    def _use_selected(self) -> None:
        number = self._selected_row_number()
        if number is None:
            return
        c = self.choices
        c.header_row, c.mapping = number, None
        self.refresh()

    def _automatic(self) -> None:
        c = self.choices
        c.header_row, c.mapping = None, None
        self.refresh()

    def isComplete(self) -> bool:
        c = self.choices
        return self._error is None and c.analysis is not None and c.analysis_key == c.key()


class ColumnsPage(WizardPage):
    """5. Kolonner: which column holds which field, with the detection's confidence."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Kolonner"))
        self.setSubTitle(
            self.tr(
                "Sjekk hvilken kolonne som hører til hvert felt. Lav sikkerhet er markert med "
                "oransje. Endringer huskes for kommunen til neste import."
            )
        )
        self.info = _label()
        self.combos: dict[Field, QComboBox] = {}
        self.confidence: dict[Field, QLabel] = {}
        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        for col, text in enumerate(
            (self.tr("Felt"), self.tr("Kolonne i arket"), self.tr("Sikkerhet"))
        ):
            head = QLabel(f"<b>{escape(text)}</b>")
            grid.addWidget(head, 0, col)
        for row, (fld, label) in enumerate(FIELD_LABELS.items(), start=1):
            name = QLabel(label)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Kolonne for {field}").format(field=label))
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
            combo.currentIndexChanged.connect(self._changed)
            name.setBuddy(combo)
            conf = QLabel()
            conf.setMinimumWidth(conf.fontMetrics().horizontalAdvance("endret av deg  "))
            grid.addWidget(name, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(conf, row, 2)
            self.combos[fld] = combo
            self.confidence[fld] = conf
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(FIELD_LABELS) + 1, 1)  # spare height below the fields
        scroll = QScrollArea()
        scroll.setWidget(grid_box)
        scroll.setWidgetResizable(True)
        # The fields and their confidence always show in full; only the preview gets narrower.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(
            grid_box.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + 4
        )
        scroll.setAccessibleName(self.tr("Kolonnetilordning"))
        self.preview_model = LinePreviewModel()
        self.preview = _table(self.tr("Forhåndsvisning av de første linjene"))
        self.preview.setModel(self.preview_model)
        self.preview.verticalHeader().setVisible(False)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.problem = _label()
        preview_box = QWidget()
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(QLabel(self.tr("<b>Slik leses de første linjene:</b>")))
        preview_layout.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(preview_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problem)
        self._detected: dict[Field, str] = {}
        self._loading = False

    def initializePage(self) -> None:
        self.info.setText(self.tr("Leser arket …"))
        for combo in self.combos.values():
            combo.setEnabled(False)
        self.completeChanged.emit()
        self.w.ensure_analysis(self, self._ready, self._failed)

    def _failed(self, message: str) -> None:
        self.info.setText(_error_html(message))
        self.completeChanged.emit()

    def _ready(self) -> None:
        c = self.choices
        analysis = c.analysis
        assert analysis is not None
        header = analysis.layout.header
        grid = analysis.layout.sheet
        width = min(max(len(header.texts), grid.max_cols), 100)
        self._detected = {fld: column_letter(a.column) for fld, a in header.mapping.columns.items()}
        chosen = (
            {Field(k): v for k, v in c.mapping.items()}
            if c.mapping is not None
            else dict(self._detected)
        )
        self._loading = True
        for fld, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("(ingen)"), None)
            for col in range(width):
                text = header.texts[col] if col < len(header.texts) else None
                combo.addItem(column_choice_label(col, text), column_letter(col))
            combo.setCurrentIndex(max(combo.findData(chosen.get(fld)), 0))
            combo.setEnabled(True)
        self._loading = False
        rows = "–".join(str(r) for r in header.row_numbers)
        if analysis.remembered_mapping:
            self.info.setText(
                self.tr(
                    "Kolonnene er valgt slik du rettet dem ved forrige import for {name} "
                    "(overskrift på rad {rows})."
                ).format(name=escape(c.municipality), rows=rows)
            )
        else:
            self.info.setText(
                self.tr("Kolonnene er gjenkjent ut fra overskriften på rad {rows}.").format(
                    rows=rows
                )
            )
        self._changed()

    def current(self) -> dict[Field, str]:
        return {
            fld: combo.currentData()
            for fld, combo in self.combos.items()
            if combo.currentData() is not None
        }

    def _changed(self, *_args: Any) -> None:
        if self._loading or self.choices.analysis is None:
            return
        chosen = self.current()
        c = self.choices
        c.mapping = (
            None if chosen == self._detected else {f.value: letter for f, letter in chosen.items()}
        )
        assignments = self.choices.analysis.layout.header.mapping.columns
        remembered = self.choices.analysis.remembered_mapping
        for fld, label in self.confidence.items():
            combo = self.combos[fld]
            low = False
            if chosen.get(fld) != self._detected.get(fld):
                text = self.tr("endret av deg")
            elif fld not in chosen:
                text = "–"
            elif remembered:
                text = self.tr("husket")
            else:
                conf = assignments[fld].confidence
                low = conf < LOW_CONFIDENCE
                text = f"{round(conf * 100)} %" + (self.tr(" – sjekk") if low else "")
            label.setText(text)
            combo.setToolTip(combo.currentText())
            style = f"background-color:{LOW_BG.name()}; color:#1a1a1a;" if low else ""
            label.setStyleSheet(style)
            combo.setStyleSheet(f"QComboBox {{ {style} }}" if low else "")
        self._update_preview(chosen)
        problem = self._problem(chosen)
        _show(self.problem, _error_html(problem) if problem else "")
        self.completeChanged.emit()

    def _problem(self, chosen: dict[Field, str]) -> str | None:
        if Field.DESCRIPTION not in chosen:
            return self.tr("Velg kolonnen for «{field}»: uten den kan ingen linjer leses.").format(
                field=FIELD_LABELS[Field.DESCRIPTION]
            )
        seen: dict[str, Field] = {}
        for fld, letter in chosen.items():
            if letter in seen:
                return self.tr("Kolonne {col} er valgt både for «{a}» og «{b}».").format(
                    col=letter, a=FIELD_LABELS[seen[letter]], b=FIELD_LABELS[fld]
                )
            seen[letter] = fld
        return None

    def _update_preview(self, chosen: dict[Field, str]) -> None:
        analysis = self.choices.analysis
        if analysis is None or Field.DESCRIPTION not in chosen:
            self.preview_model.set_rows([])
            return
        layout = analysis.layout
        header = layout.header
        columns = {fld: _column_index(letter) for fld, letter in chosen.items()}
        mapping = user_mapping(header.texts, columns)
        sheet = layout.sheet
        lines: list[PreviewLine] = []
        for classified in layout.data_rows():
            if classified.header is not header:
                continue
            line, warnings, errors = read_line(
                classified.row,
                mapping,
                header.texts,
                file=analysis.workbook.file_name,
                sheet=sheet.name,
                hidden=classified.row.number in sheet.hidden_rows,
            )
            lines.append(PreviewLine(classified.row.number, line, (*errors, *warnings)))
            if len(lines) >= PREVIEW_LINES:
                break
        self.preview_model.set_rows(lines)
        header_view = self.preview.horizontalHeader()
        for col, width in enumerate((44, 200, 80, 100, 100, 100)):
            header_view.resizeSection(col, width)

    def isComplete(self) -> bool:
        c = self.choices
        return (
            c.analysis is not None
            and c.analysis_key == c.key()
            and self._problem(self.current()) is None
        )


def _column_index(letter: str) -> int:
    n = 0
    for ch in letter:
        n = n * 26 + (ord(ch) - 64)
    return n - 1


class CheckPage(WizardPage):
    """6. Kontroll: a dry run shows what the import will do; nothing is saved yet."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Kontroll"))
        self.setSubTitle(
            self.tr(
                "En prøvekjøring viser hva importen vil gjøre. Ingenting er lagret ennå: trykk "
                "«Importer» for å lagre."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Importer"))
        self._run_id = 0
        self.counts = _label()
        self.counts.setAccessibleName(self.tr("Resultat av prøvekjøringen"))
        self.explain = _label()
        self.retry = QPushButton(self.tr("Kjør kontrollen på nytt"))
        self.retry.setAccessibleName(self.tr("Kjør kontrollen på nytt"))
        self.retry.clicked.connect(self.start)
        self.retry.hide()
        self.problems_model = ProblemsModel()
        self.problems = _table(self.tr("Problemer i filen"))
        self.problems.setModel(self.problems_model)
        self.problems.verticalHeader().setVisible(False)
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.skipped_model = SkippedModel()
        self.skipped = _table(self.tr("Rader som hoppes over"))
        self.skipped.setModel(self.skipped_model)
        self.skipped.verticalHeader().setVisible(False)
        self.skipped.horizontalHeader().setStretchLastSection(True)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Problemer og rader som hoppes over"))
        self.tabs.addTab(self.problems, "")
        self.tabs.addTab(self.skipped, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.explain)
        layout.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.tabs, 1)

    def initializePage(self) -> None:
        self.start()

    def start(self) -> None:
        c = self.choices
        c.dry_report = None
        self.retry.hide()
        self.counts.setText(self.tr("Prøvekjører importen …"))
        _show(self.explain, "")
        self.problems_model.set_rows([])
        self.skipped_model.set_rows([])
        self._set_tab_titles(None)
        self.completeChanged.emit()
        ctx, actor = self.w.ctx, self.w.ctx.actor
        path, name, sheet = c.path, c.municipality, c.sheet_arg()
        header_row, mapping = c.header_row, c.mapping
        assert path is not None

        def work(progress: tasks.ProgressFn) -> ImportReport:
            return import_plan(
                ctx.db,
                actor,
                path,
                name,
                sheet=sheet,
                header_row=header_row,
                mapping=mapping,
                dry_run=True,
                progress=progress,
            )

        self._run_id += 1
        run_id = self._run_id  # a result from an earlier run (after Back and Next) is stale
        self.w.run(
            self,
            self.tr("Prøvekjører importen …"),
            work,
            lambda report: self._done(report) if run_id == self._run_id else None,
            lambda exc: self._failed(exc) if run_id == self._run_id else None,
        )

    def _done(self, report: ImportReport) -> None:
        self.choices.dry_report = report
        self.counts.setText(_counts_html(report, dry_run=True))
        notes = [
            self.tr("Kommune: <b>{name}</b>{new}.").format(
                name=escape(report.municipality or self.choices.municipality),
                new="" if self.choices.municipality_exists else self.tr(" (ny, legges til)"),
            )
        ]
        if report.errors:
            notes.append(
                self.tr(
                    "<b>{n} med feil blir ikke importert</b> (markert med rødt). Rett feilene i "
                    "regnearket og importer på nytt, eller importer resten nå."
                ).format(n=_count(len(report.errors), self.tr("rad"), self.tr("rader")))
            )
        if report.warnings:
            notes.append(
                self.tr("{n}: linjene importeres, men sjekk verdiene.").format(
                    n=_count(len(report.warnings), self.tr("advarsel"), self.tr("advarsler"))
                )
            )
        if not report.errors and not report.warnings:
            notes.append(self.tr("Ingen feil eller advarsler."))
        if report.withdrawn:
            notes.append(
                self.tr(
                    "{n} linjer som kommunen har fra før, finnes ikke i filen og blir merket "
                    "som trukket tilbake (ikke slettet)."
                ).format(n=report.withdrawn)
            )
        _show(self.explain, "<br>".join(notes))
        no_sheet = all(p.sheet is None for p in (*report.errors, *report.warnings))
        self.problems.setColumnHidden(1, no_sheet)  # a CSV file has no sheets
        self.problems_model.set_rows([*report.errors, *report.warnings])
        self.skipped_model.set_rows(report.skipped)
        self._set_tab_titles(report)
        self.tabs.setCurrentIndex(0 if report.errors or report.warnings else 1)
        for view, widths in ((self.problems, (80, 120, 50, 60, 140)), (self.skipped, (50, 230))):
            for col, width in enumerate(widths):
                view.horizontalHeader().resizeSection(col, width)
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ImportCancelled):
            text = self.tr("Kontrollen ble avbrutt. Ingenting er endret.")
        else:
            text = self.tr("Planen kan ikke importeres slik den er valgt nå.")
        self.counts.setText(_error_html(text))
        _show(self.explain, "" if isinstance(exc, ImportCancelled) else escape(_message(exc)))
        self.retry.show()
        self.completeChanged.emit()

    def _set_tab_titles(self, report: ImportReport | None) -> None:
        problems = len(report.errors) + len(report.warnings) if report else 0
        skipped = len(report.skipped) if report else 0
        self.tabs.setTabText(0, self.tr("Feil og advarsler ({n})").format(n=problems))
        self.tabs.setTabText(1, self.tr("Rader som hoppes over ({n})").format(n=skipped))

    def isComplete(self) -> bool:
        return self.choices.dry_report is not None and not self.w.busy()


def _counts_html(report: ImportReport, *, dry_run: bool) -> str:
    tr = QCoreApplication.translate
    cells = (
        (report.added, tr("ImportWizard", "nye")),
        (report.updated, tr("ImportWizard", "endret")),
        (report.unchanged, tr("ImportWizard", "uendret")),
        (report.withdrawn, tr("ImportWizard", "trukket tilbake")),
    )
    tds = "".join(
        f"<td align='center' style='padding:0 18px'><span style='font-size:15pt;font-weight:600'>"
        f"{n}</span><br>{escape(text)}</td>"
        for n, text in cells
    )
    lead = tr("ImportWizard", "Importen vil gi:") if dry_run else tr("ImportWizard", "Importert:")
    return f"<b>{escape(lead)}</b><table><tr>{tds}</tr></table>"


class ImportPage(WizardPage):
    """7. Import: the real import, in the background with progress and Cancel."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Import"))
        self.setSubTitle(
            self.tr("Planen lagres i databasen. Du kan avbryte underveis; da endres ingenting.")
        )
        # Once saved there is no way back: the summary page cannot return to the dry run.
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Neste >"))
        self.status = _label()
        self.status.setAccessibleName(self.tr("Status for importen"))
        self.retry = QPushButton(self.tr("Prøv igjen"))
        self.retry.setAccessibleName(self.tr("Prøv importen igjen"))
        self.retry.clicked.connect(self.start)
        self.retry.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def initializePage(self) -> None:
        if self.choices.report is None:
            self.start()

    def start(self) -> None:
        c = self.choices
        self.retry.hide()
        self.status.setText(self.tr("Importerer …"))
        self.completeChanged.emit()
        ctx, actor = self.w.ctx, self.w.ctx.actor
        path, name, sheet = c.path, c.municipality, c.sheet_arg()
        header_row, mapping, number = c.header_row, c.mapping, c.new_number
        assert path is not None

        def work(progress: tasks.ProgressFn) -> tuple[ImportReport, str | None]:
            def step(done: int, total: int, text: str) -> bool:
                # Once the last step is reached the data is saved: too late to cancel.
                return progress(done, total, text) or done >= total

            report = import_plan(
                ctx.db,
                actor,
                path,
                name,
                sheet=sheet,
                header_row=header_row,
                mapping=mapping,
                remember=True,
                progress=step,
            )
            note = None
            if number:
                try:
                    add_municipality(ctx.db, actor, report.municipality, number=number)
                except RefusedInputError as exc:
                    note = exc.problem.describe()
            return report, note

        self.w.run(
            self,
            self.tr("Importerer «{name}» …").format(name=path.name),
            work,
            self._done,
            self._failed,
            after_close=lambda _result: self.w.mark_imported(),
        )

    def _done(self, result: tuple[ImportReport, str | None]) -> None:
        c = self.choices
        c.report, c.number_note = result
        self.w.mark_imported()
        self.status.setText(self.tr("Importen er fullført."))
        self.completeChanged.emit()
        QTimer.singleShot(0, self._advance)

    def _advance(self) -> None:
        if not self.w._closed and self.w.currentId() == PAGE_IMPORT:
            self.w.next()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ImportCancelled):
            text = self.tr("Importen ble avbrutt. Ingenting er endret.")
        else:
            text = (
                self.tr("Importen mislyktes. Ingenting er endret.") + "<br>" + escape(_message(exc))
            )
        self.status.setText(_error_html(text) if isinstance(exc, ImportCancelled) else text)
        self.retry.show()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.choices.report is not None


class SummaryPage(WizardPage):
    """8. Oppsummering: what the import did."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Oppsummering"))
        self.setSubTitle(self.tr("Planen er importert."))
        self.setFinalPage(True)
        self.text = _label()
        self.text.setAccessibleName(self.tr("Oppsummering av importen"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def initializePage(self) -> None:
        c = self.choices
        report = c.report
        if report is None:
            return
        parts = [
            self.tr("<b>{file}</b> er importert for <b>{name}</b>{sheet}.").format(
                file=escape(report.file),
                name=escape(report.municipality),
                sheet=self.tr(" (ark «{s}»)").format(s=escape(report.sheet))
                if report.sheet
                else "",
            ),
            _counts_html(report, dry_run=False),
            self.tr(
                "Advarsler: {w} · rader med feil (ikke importert): {e} · rader hoppet over "
                "(overskrifter, summer, merknader): {s}"
            ).format(w=len(report.warnings), e=len(report.errors), s=len(report.skipped)),
        ]
        if c.mapping is not None:
            parts.append(
                self.tr("Kolonnevalget ditt er husket for {name} til neste import.").format(
                    name=escape(report.municipality)
                )
            )
        if c.number_note:
            parts.append(_error_html(c.number_note))
        parts.append(self.tr("Linjene finner du under «Anskaffelsesplaner». Trykk «Fullfør»."))
        self.text.setText("<p>" + "</p><p>".join(parts) + "</p>")
