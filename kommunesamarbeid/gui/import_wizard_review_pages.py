"""Import wizard pages 5–8: Kolonner, Kontroll, Import and Oppsummering."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from kommunesamarbeid.core.columns import FIELD_LABELS, Field, header_signature
from kommunesamarbeid.core.errors import ConflictError, UserError
from kommunesamarbeid.core.plan_layout import user_mapping
from kommunesamarbeid.core.plan_lines import read_line
from kommunesamarbeid.core.sheet import column_letter
from kommunesamarbeid.gui import tasks
from kommunesamarbeid.gui.import_wizard_common import (
    LOW_CONFIDENCE,
    PAGE_IMPORT,
    PREVIEW_LINES,
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
    LOW_BG,
    LinePreviewModel,
    PreviewLine,
    ProblemsModel,
    SkippedModel,
    column_choice_label,
)
from kommunesamarbeid.services.column_memory import forget_mappings
from kommunesamarbeid.services.import_plan import (
    ImportCancelled,
    ImportReport,
    import_plan,
)
from kommunesamarbeid.services.municipalities import (
    add_municipality,
)


class ColumnsPage(WizardPage):
    """5. Kolonner: which column holds which field, with the detection's confidence."""

    def __init__(self, wizard: WizardHost) -> None:
        super().__init__(wizard)
        self._heading(
            self.tr("Kolonner"),
            self.tr(
                "Sjekk hvilken kolonne som hører til hvert felt. Lav sikkerhet er markert med "
                "oransje. Feltene du endrer, huskes for kommunen til neste import; de andre "
                "følger det som gjenkjennes i overskriften."
            ),
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
        self.forget = QPushButton(self.tr("Glem kolonnevalgene som er husket"))
        self.forget.setAccessibleName(
            self.tr("Glem kolonnevalgene som er husket for kommunen og disse overskriftene")
        )
        self.forget.clicked.connect(self._forget)
        self.forget.hide()
        top = QHBoxLayout()
        top.addWidget(self.info, 1)
        top.addWidget(self.forget, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(top)
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
        width = min(max(len(header.texts), grid.max_cols), MAX_CHOICE_COLUMNS)
        self._detected = {fld: column_letter(a.column) for fld, a in header.mapping.columns.items()}
        chosen = _corrected(self._detected, c.mapping or {})
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
        self.forget.setVisible(bool(analysis.remembered))
        if analysis.remembered_mapping:
            self.info.setText(
                self.tr(
                    "Kolonnene er gjenkjent ut fra overskriften på rad {rows}, og det du rettet "
                    "ved forrige import for {name}, er brukt igjen (merket «husket»)."
                ).format(name=escape(c.municipality), rows=rows)
            )
        else:
            self.info.setText(
                self.tr("Kolonnene er gjenkjent ut fra overskriften på rad {rows}.").format(
                    rows=rows
                )
            )
        self._changed()

    def _forget(self) -> None:
        """Forget the corrections remembered for these headers, and read the sheet again."""
        c = self.choices
        if c.analysis is None:
            return
        signature = header_signature(c.analysis.layout.header.texts)
        forget_mappings(self.w.ctx.db, c.municipality, [signature])
        c.mapping, c.analysis, c.analysis_key = None, None, None
        self.initializePage()

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
        # Only the fields the user changed are corrections ("" = no column); the others keep
        # what was recognised, also on the next import (where the corrections are remembered).
        corrections = {
            f.value: letter for f, letter in chosen.items() if self._detected.get(f) != letter
        }
        corrections.update({f.value: "" for f in self._detected if f not in chosen})
        c.mapping = corrections or None
        assignments = self.choices.analysis.layout.header.mapping.columns
        remembered = self.choices.analysis.remembered
        for fld, label in self.confidence.items():
            combo = self.combos[fld]
            low = False
            if chosen.get(fld) != self._detected.get(fld):
                text = self.tr("endret av deg")
            elif fld.value in remembered:
                text = self.tr("husket")
            elif fld not in chosen:
                text = "–"
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


#: Columns offered in the column step (a plan of 200 columns can have its fields anywhere).
MAX_CHOICE_COLUMNS = 400


def _corrected(detected: dict[Field, str], corrections: dict[str, str]) -> dict[Field, str]:
    """The recognised columns with the user's corrections applied ("" = no column)."""
    chosen = dict(detected)
    for name, letter in corrections.items():
        fld = Field(name)
        if not letter:
            chosen.pop(fld, None)
            continue
        chosen = {f: col for f, col in chosen.items() if col != letter or f is fld}
        chosen[fld] = letter
    return chosen


def _column_index(letter: str) -> int:
    n = 0
    for ch in letter:
        n = n * 26 + (ord(ch) - 64)
    return n - 1


class CheckPage(WizardPage):
    """6. Kontroll: a dry run shows what the import will do; nothing is saved yet."""

    def __init__(self, wizard: WizardHost) -> None:
        super().__init__(wizard)
        self._heading(
            self.tr("Kontroll"),
            self.tr(
                "En prøvekjøring viser hva importen vil gjøre. Ingenting er lagret ennå: trykk "
                "«Importer» for å lagre."
            ),
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

    def validatePage(self) -> bool:
        """«Importer»: an import that withdraws or blanks too much needs the user's yes."""
        c = self.choices
        report = c.dry_report
        if report is None or not report.destructive or report.change is None:
            return True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Importere likevel?"))
        box.setText(
            self.tr(
                "{summary}\n\nDet skjer oftest når kolonnene er tilordnet feil eller filen er "
                "en annen plan. Linjer som trekkes tilbake, slettes ikke, og kommer tilbake om "
                "de finnes i en senere import.\n\nVil du importere likevel?"
            ).format(summary=report.change.summary())
        )
        box.setDetailedText("\n".join(report.change.listing(limit=None)))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Importer likevel"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Ikke importer"))
        c.allow_withdraw = box.exec() == QMessageBox.StandardButton.Yes
        return c.allow_withdraw

    def start(self) -> None:
        c = self.choices
        c.dry_report = None
        c.allow_withdraw = False
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
        if report.destructive and report.change is not None:
            listed = "<br>".join(escape(line) for line in report.change.listing(limit=8))
            notes.append(
                _error_html(report.change.summary())
                + "<br>"
                + self.tr("Kontroller kolonnene. Du blir spurt før noe importeres.")
                + f"<br><span style='font-size:small'>{listed}</span>"
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
    # Spelled out in full: pyside6-lupdate does not follow an alias.
    cells = (
        (report.added, QCoreApplication.translate("ImportWizard", "nye")),
        (report.updated, QCoreApplication.translate("ImportWizard", "endret")),
        (report.unchanged, QCoreApplication.translate("ImportWizard", "uendret")),
        (report.withdrawn, QCoreApplication.translate("ImportWizard", "trukket tilbake")),
    )
    tds = "".join(
        f"<td align='center' style='padding:0 18px'><span style='font-size:15pt;font-weight:600'>"
        f"{n}</span><br>{escape(text)}</td>"
        for n, text in cells
    )
    lead = (
        QCoreApplication.translate("ImportWizard", "Importen vil gi:")
        if dry_run
        else QCoreApplication.translate("ImportWizard", "Importert:")
    )
    return f"<b>{escape(lead)}</b><table><tr>{tds}</tr></table>"


class ImportPage(WizardPage):
    """7. Import: the real import, in the background with progress and Cancel."""

    def __init__(self, wizard: WizardHost) -> None:
        super().__init__(wizard)
        self._heading(
            self.tr("Import"),
            self.tr("Planen lagres i databasen. Du kan avbryte underveis; da endres ingenting."),
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
        allow_withdraw = c.allow_withdraw
        # The plan as the check step saw it: an import of it landing since is not undone unseen.
        plan_version = c.dry_report.plan_version if c.dry_report is not None else None
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
                allow_withdraw=allow_withdraw,
                plan_version=plan_version,
            )
            note = None
            if number:
                try:
                    add_municipality(ctx.db, actor, report.municipality, number=number)
                except UserError as exc:
                    note = exc.describe()
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
        if not self.w.closed and self.w.currentId() == PAGE_IMPORT:
            self.w.next()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ImportCancelled):
            text = self.tr("Importen ble avbrutt. Ingenting er endret.")
        else:
            details = exc.details if isinstance(exc, UserError) else []
            text = "<br>".join(
                [
                    self.tr("Importen mislyktes. Ingenting er endret."),
                    escape(_message(exc)),
                    *(escape(line) for line in details[:20]),
                ]
            )
        if isinstance(exc, ConflictError):
            # the plan changed since the check step: a retry would import without a new check
            text += "<br>" + self.tr(
                "Lukk veiviseren og importer filen på nytt for å se hva importen endrer nå."
            )
        self.status.setText(_error_html(text) if isinstance(exc, ImportCancelled) else text)
        self.retry.setVisible(not isinstance(exc, ConflictError))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.choices.report is not None


class SummaryPage(WizardPage):
    """8. Oppsummering: what the import did."""

    def __init__(self, wizard: WizardHost) -> None:
        super().__init__(wizard)
        self._heading(self.tr("Oppsummering"), self.tr("Planen er importert."))
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
