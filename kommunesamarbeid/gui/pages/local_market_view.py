"""The local supplier market in the GUI: a view for the proposal editor's lot tab, and the panel
on the Kommuner page that loads Enhetsregisteret's files.

``LocalMarketView`` shows one lot at a time (a choice above the table): per participating
municipality and for the county, the units that could bid, in bands; below, the reading in
plain words, the § 19-4 advice and any warning. It counts in the background (the first count of
a proposal may suggest CPV codes from text, which takes a moment) and ignores a result that
arrives after another proposal was opened.

``SupplierRegisterPanel`` says what is loaded (data date, counts, the NLOD attribution) and
loads new files with progress and a working Cancel; a reload replaces the old data in one
transaction, after the user has confirmed it.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import count
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QThreadPool, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from kommunesamarbeid.core.local_market import (
    CURATED_NOTE,
    LotMarket,
    MarketCounts,
    ProposalMarket,
    RegisterInfo,
)
from kommunesamarbeid.core.money import format_nok
from kommunesamarbeid.core.proposal import ProposalData
from kommunesamarbeid.core.texts import lang_of, render
from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.gui import tasks
from kommunesamarbeid.gui.i18n import current_language
from kommunesamarbeid.gui.pages.proposal_editor_widgets import _item, _table

__all__ = ["LocalMarketView", "SupplierRegisterPanel"]


def _ui(text: object) -> str:
    """A text of the local-market reading in the user interface's language."""
    return render(text, lang_of(current_language()))


def _number(n: int) -> str:
    return format_nok(n, unit=False)


def _button(text: str, accessible: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(accessible)
    button.setToolTip(tip)
    return button


class LocalMarketView(QGroupBox):
    """The local market of the proposal's lots (see the module docstring)."""

    #: The user asks for lots chosen by the local market (by area when every municipality has
    #: local businesses with staff, else by product group).
    suggest_requested = Signal()

    def __init__(self, parent: QWidget | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Lokalt leverandørmarked"))
        self.setAccessibleName(self.tr("Lokalt leverandørmarked"))
        self._pool = pool
        self._tokens = count(1)
        self._token = 0
        self._running: set[tasks.Task] = set()
        self.market: ProposalMarket | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.lot_choice = QComboBox()
        self.lot_choice.setAccessibleName(self.tr("Delkontrakt for det lokale markedet"))
        self.lot_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.source.setToolTip(_ui(CURATED_NOTE))
        top.addWidget(self.lot_choice)
        top.addWidget(self.source, 1)
        layout.addLayout(top)
        self.codes = QLabel()
        self.codes.setWordWrap(True)
        layout.addWidget(self.codes)
        self.table: QTableWidget = _table(
            [
                self.tr("Kommune"),
                self.tr("Enheter"),
                self.tr("Med ansatte"),
                self.tr("5 eller flere"),
                self.tr("Enkeltpersonforetak"),
            ],
            self.tr("Lokale leverandører per kommune"),
            stretch=0,
        )
        self.table.setMinimumHeight(90)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        self.reading = QLabel()
        self.reading.setWordWrap(True)
        self.reading.setStyleSheet("font-weight: bold")
        self.reading.setAccessibleName(self.tr("Vurdering av det lokale markedet"))
        layout.addWidget(self.reading)
        advice_row = QHBoxLayout()
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.suggest_button = _button(
            self.tr("Foreslå ut fra lokalt marked"),
            self.tr("Foreslå delkontrakter ut fra det lokale markedet"),
            self.tr(
                "Etter område når alle kommunene har lokale bedrifter med ansatte, ellers etter "
                "produktgruppe."
            ),
        )
        advice_row.addWidget(self.advice, 1)
        advice_row.addWidget(self.suggest_button)
        layout.addLayout(advice_row)
        self.suggest_button.clicked.connect(self.suggest_requested.emit)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        layout.addWidget(self.warnings)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("font-style: italic")
        layout.addWidget(self.notes)
        self.lot_choice.currentIndexChanged.connect(self._show_lot)
        self.show_market(None)

    # ------------------------------------------------------------------ data
    def request(self, db: Database, data: ProposalData) -> None:
        """Count the proposal's local market in the background and show it when done."""
        from kommunesamarbeid.services.supplier_market import proposal_market

        token = self._token = next(self._tokens)
        self.source.setText(self.tr("Teller lokale leverandører …"))
        task = tasks.Task(lambda _progress: proposal_market(db, data))
        self._running.add(task)  # the task (and its signals) must live until it reports back

        def done(result: object) -> None:
            self._running.discard(task)
            if shiboken6.isValid(self) and token == self._token:
                self.show_market(result if isinstance(result, ProposalMarket) else None)

        def failed(exc: BaseException, _details: str) -> None:
            self._running.discard(task)
            if shiboken6.isValid(self) and token == self._token:
                self.show_market(None)
                self.source.setText(
                    self.tr("Kunne ikke telle lokale leverandører: {error}").format(error=exc)
                )

        task.signals.finished.connect(done)
        task.signals.failed.connect(failed)
        tasks.start(task, self._pool)

    def show_market(self, market: ProposalMarket | None) -> None:
        self.market = market
        self.lot_choice.blockSignals(True)
        self.lot_choice.clear()
        if market is not None:
            for lot in market.lots:
                label = (
                    self.tr("Delkontrakt {n}: {title}").format(n=lot.number, title=_ui(lot.title))
                    if lot.number is not None
                    else self.tr("Hele anskaffelsen")
                )
                self.lot_choice.addItem(label)
        self.lot_choice.blockSignals(False)
        self.lot_choice.setVisible(bool(market and market.lots))
        if market is None:
            self.source.setText("")
        elif not market.register.loaded:
            self.source.setText(
                self.tr(
                    "Enhetsregisteret er ikke lastet inn. Last ned underenheter og enheter fra "
                    "data.brreg.no og last dem inn på siden Kommuner."
                )
            )
        else:
            date = market.register.source_date
            self.source.setText(
                self.tr("Enhetsregisteret per {date}. Kuratert tabell CPV → næringskode.").format(
                    date=date.strftime("%d.%m.%Y") if date else self.tr("ukjent dato")
                )
            )
        advice = market.advice.sentences if market is not None and market.advice else ()
        self.advice.setText(
            self.tr("Vurdering: {text}").format(text=" ".join(map(_ui, advice))) if advice else ""
        )
        self._show_lot()

    def _show_lot(self, *_args: object) -> None:
        market = self.market
        index = self.lot_choice.currentIndex()
        lot = market.lots[index] if market is not None and 0 <= index < len(market.lots) else None
        self.table.setRowCount(0)
        self.table.setVisible(lot is not None and bool(lot.selection.rows))
        if lot is None:
            for label in (self.codes, self.reading, self.notes):
                label.setText("")
            self.warnings.setText(
                "\n".join(f"⚠ {_ui(w)}" for w in market.warnings) if market is not None else ""
            )
            return
        self.codes.setText(self._codes_text(lot))
        rows: list[tuple[str, MarketCounts | None, bool]] = [
            (p.name, p.counts, False) for p in lot.municipalities
        ]
        if len(lot.municipalities) > 1:
            rows.append((self.tr("Sum for delkontrakten"), lot.total, True))
        rows += [
            (self.tr("{county} (hele fylket)").format(county=c.name), c.counts, False)
            for c in lot.counties
        ]
        self.table.setRowCount(len(rows))
        for row, (name, counts, bold) in enumerate(rows):
            cells = [name]
            if counts is None:
                cells += [self.tr("ukjent"), "–", "–", "–"]
            else:
                cells += [
                    _number(counts.units),
                    _number(counts.with_staff),
                    _number(counts.five_plus),
                    _number(counts.sole_proprietors),
                ]
            for col, text in enumerate(cells):
                item = _item(text, right=col > 0)
                if bold:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, col, item)
        self.table.setFixedHeight(
            self.table.horizontalHeader().height()
            + sum(self.table.rowHeight(r) for r in range(len(rows)))
            + 2 * self.table.frameWidth()
            + 2
        )
        self.reading.setText(_ui(lot.reading))
        warnings = [*(market.warnings if market else ()), *lot.warnings]
        self.warnings.setText("\n".join(f"⚠ {_ui(w)}" for w in warnings))
        self.notes.setText("\n".join(map(_ui, lot.notes)))

    def _codes_text(self, lot: LotMarket) -> str:
        if not lot.selection.rows:
            return ""
        parts = [
            self.tr("CPV {cpv} {category} → {codes} (sikkerhet {confidence})").format(
                cpv=row.cpv_prefix,
                category=row.category,
                codes=" ".join(row.code_texts()),
                confidence=row.confidence,
            )
            for row in lot.selection.rows
        ]
        return self.tr("Næringskoder: {parts}").format(parts="; ".join(parts))


class SupplierRegisterPanel(QGroupBox):
    """What is loaded of Enhetsregisteret, and a button to load new files."""

    FILE_FILTER = "Enhetsregisteret (*.csv *.gz *.json *.xlsx);;Alle filer (*)"

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Leverandørregister (Enhetsregisteret)"))
        layout = QHBoxLayout(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.load_button = _button(
            self.tr("Last inn fra Enhetsregisteret …"),
            self.tr("Last inn filer fra Enhetsregisteret"),
            self.tr(
                "Velg totalbestanden av underenheter og enheter fra data.brreg.no (CSV, "
                "CSV.gz, JSON.gz eller regneark). Brukes til å telle lokale leverandører."
            ),
        )
        self._load_tip = self.load_button.toolTip()
        layout.addWidget(self.status, 1)
        layout.addWidget(self.load_button)
        self.load_button.clicked.connect(self.ask_load)
        #: Replaced in tests: (parent, title, folder, filter) -> chosen paths.
        self.choose_files: Callable[[QWidget, str, str, str], list[str]] = (
            lambda parent, title, folder, name_filter: QFileDialog.getOpenFileNames(
                parent, title, folder, name_filter
            )[0]
        )
        self.refresh()

    def refresh(self) -> None:
        from kommunesamarbeid.services.suppliers import register_info

        info = register_info(self.ctx.db)
        self.status.setText(self._describe(info))
        # Loading the register replaces shared data: a coordinator's task (greyed for others).
        coordinating = self.ctx.actor.may_coordinate
        self.load_button.setEnabled(coordinating)
        self.load_button.setToolTip(
            self._load_tip
            if coordinating
            else self.tr("Bare en koordinator kan laste inn Enhetsregisteret.")
        )

    def _describe(self, info: RegisterInfo) -> str:
        if not info.loaded:
            return self.tr(
                "Ikke lastet inn. Last ned underenheter og enheter fra data.brreg.no for å se "
                "hvor mange lokale bedrifter som kan gi tilbud på hver delkontrakt."
            )
        date = info.source_date.strftime("%d.%m.%Y") if info.source_date else self.tr("ukjent")
        parents = (
            self.tr("{n} enheter").format(n=_number(info.parents))
            if info.parents_file
            else self.tr("enhetsfilen mangler (konkurs og avvikling er ikke kjent)")
        )
        return self.tr("Data per {date}: {units} underenheter, {parents}. {attribution}").format(
            date=date, units=_number(info.units), parents=parents, attribution=info.attribution
        )

    def ask_load(self) -> None:
        paths = self.choose_files(
            self, self.tr("Velg filer fra Enhetsregisteret"), str(Path.home()), self.FILE_FILTER
        )
        if not paths:
            return
        from kommunesamarbeid.services.suppliers import register_info

        if register_info(self.ctx.db).loaded:
            answer = QMessageBox.question(
                self,
                self.tr("Erstatte leverandørregisteret?"),
                self.tr(
                    "Filene erstatter det som er lastet inn av samme slag (underenheter og/eller "
                    "enheter). Fortsette?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.load([Path(p) for p in paths])

    def load(self, paths: list[Path]) -> tasks.Task:
        from kommunesamarbeid.services.suppliers import load_register

        db, actor = self.ctx.db, self.ctx.actor

        def done(report: Any) -> None:
            if not shiboken6.isValid(self):
                return
            self.refresh()
            lines = [
                self.tr("{file}: {stored} av {read} rader lastet inn.").format(
                    file=f.file, stored=_number(f.rows_stored), read=_number(f.rows_read)
                )
                for f in report.files
            ]
            QMessageBox.information(self, self.tr("Enhetsregisteret"), "\n".join(lines))
            self.ctx.data_changed.emit()

        task: tasks.Task = self.ctx.run_task(
            self,
            self.tr("Laster inn Enhetsregisteret …"),
            lambda progress: load_register(db, actor, paths, progress=progress),
            done,
        )
        return task
