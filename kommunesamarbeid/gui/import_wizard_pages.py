"""Import wizard pages 1–4: Fil, Kommune, Ark and Overskriftsrad."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
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
    QVBoxLayout,
)

from kommunesamarbeid.core.orgnr import normalise_kommunenummer
from kommunesamarbeid.core.plan_layout import RowKind
from kommunesamarbeid.core.problems import RefusedInputError
from kommunesamarbeid.fileio.reader import read_workbook
from kommunesamarbeid.gui import tasks
from kommunesamarbeid.gui.import_wizard_common import (
    PAGE_HEADER,
    PAGE_SHEET,
    PREVIEW_ROWS,
    FileRead,
    WizardHost,
    WizardPage,
    _count,
    _error_html,
    _label,
    _message,
    _show,
    _table,
)
from kommunesamarbeid.gui.import_wizard_models import (
    RowPreviewModel,
    SheetInfo,
    SheetsModel,
    guess_municipality,
    guess_new_name,
    same_municipality_name,
    sheet_overview,
)
from kommunesamarbeid.services.import_plan import (
    ImportCancelled,
    PlanAnalysis,
    analyse_file,
)
from kommunesamarbeid.services.municipalities import (
    MunicipalityInfo,
    list_municipalities,
)


class FilePage(WizardPage):
    """1. Fil: the file, read at once to find the plan (or the Norwegian refusal)."""

    def __init__(self, wizard: WizardHost) -> None:
        super().__init__(wizard)
        self._heading(
            self.tr("Velg fil"),
            self.tr("Anskaffelsesplanen som skal importeres: Excel (.xlsx, .xlsm) eller CSV."),
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

    def __init__(self, wizard: WizardHost) -> None:
        super().__init__(wizard)
        self._heading(self.tr("Kommune"), self.tr("Hvilken kommunes anskaffelsesplan er dette?"))
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

    def __init__(self, wizard: WizardHost) -> None:
        super().__init__(wizard)
        self._heading(self.tr("Ark"), self.tr("Velg arket som inneholder anskaffelsesplanen."))
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

    def __init__(self, wizard: WizardHost) -> None:
        super().__init__(wizard)
        self._heading(
            self.tr("Overskriftsrad"),
            self.tr(
                "Raden med kolonnenavnene er markert med blått. Grå rader (tittel, seksjon, "
                "sum, merknad) blir ikke importert."
            ),
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
