"""Anskaffelsesplaner: every line of every municipality, filtered, sorted, edited, traced."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
)

from kommunesamarbeid.core.money import format_nok
from kommunesamarbeid.gui.context import AppContext
from kommunesamarbeid.gui.pages.base import Page
from kommunesamarbeid.gui.pages.line_edit import LineEditDialog
from kommunesamarbeid.gui.pages.lines_model import LineFilter, LinesModel
from kommunesamarbeid.services.lines import LineInfo, get_line, line_table, update_line
from kommunesamarbeid.services.municipalities import list_municipalities

MEANINGS = {
    "announcement": QT_TRANSLATE_NOOP("PlansPage", "planlagt kunngjøring"),
    "contract_start": QT_TRANSLATE_NOOP("PlansPage", "oppstart ny avtale"),
    "current_expiry": QT_TRANSLATE_NOOP("PlansPage", "dagens avtale utløper"),
}


def _tr(text: str) -> str:
    """Translate in the PlansPage context (for static helpers without ``self.tr``)."""
    return QCoreApplication.translate("PlansPage", text)


def _qdate(value: dt.date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate.currentDate()


class PlansPage(Page):
    title = QT_TRANSLATE_NOOP("PlansPage", "Anskaffelsesplaner")

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(self.tr("Søk i beskrivelse, referanse, kommune …"))
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.setAccessibleName(self.tr("Søk i anskaffelsesplanene"))
        self.municipality_filter = QComboBox()
        self.municipality_filter.setAccessibleName(self.tr("Filtrer på kommune"))
        self.cpv_filter = QLineEdit()
        self.cpv_filter.setPlaceholderText(self.tr("CPV begynner med …"))
        self.cpv_filter.setMaximumWidth(160)
        self.cpv_filter.setAccessibleName(self.tr("Filtrer på CPV"))
        self.period_check = QCheckBox(self.tr("Tidsrom"))
        self.period_from = QDateEdit(QDate.currentDate())
        self.period_to = QDateEdit(QDate.currentDate().addYears(2))
        for edit in (self.period_from, self.period_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setEnabled(False)
        self.period_from.setAccessibleName(self.tr("Tidsrom fra"))
        self.period_to.setAccessibleName(self.tr("Tidsrom til"))
        filters.addWidget(self.text_filter, 3)
        filters.addWidget(self.municipality_filter, 1)
        filters.addWidget(self.cpv_filter)
        filters.addWidget(self.period_check)
        filters.addWidget(self.period_from)
        filters.addWidget(QLabel("–"))
        filters.addWidget(self.period_to)
        layout.addLayout(filters)

        self.model = LinesModel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(LinesModel.COL_MUNICIPALITY, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.setAccessibleName(self.tr("Planlagte anskaffelser"))
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        header = self.view.horizontalHeader()
        for col in range(self.model.columnCount()):
            mode = QHeaderView.ResizeMode.Interactive
            if col == LinesModel.COL_DESCRIPTION:
                mode = QHeaderView.ResizeMode.Stretch
            header.setSectionResizeMode(col, mode)
        for col, width in ((0, 150), (1, 80), (3, 80), (4, 110), (5, 120), (6, 100), (7, 220)):
            header.resizeSection(col, width)

        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Detaljer om valgt linje"))
        self.details.setPlaceholderText(self.tr("Velg en linje for å se hvor den kom fra."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

        bottom = QHBoxLayout()
        self.summary = QLabel()
        self.edit_button = QPushButton(self.tr("Rediger linje …"))
        self.edit_button.setEnabled(False)
        self.edit_button.clicked.connect(self.edit_selected)
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.edit_button)
        layout.addLayout(bottom)

        # Typing is debounced a little so fast typists do not filter on every key.
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(60)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.text_filter.textChanged.connect(self._filter_timer.start)
        self.cpv_filter.textChanged.connect(self._filter_timer.start)
        self.municipality_filter.currentIndexChanged.connect(self.apply_filter)
        self.period_check.toggled.connect(self._period_toggled)
        self.period_from.dateChanged.connect(self.apply_filter)
        self.period_to.dateChanged.connect(self.apply_filter)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.refresh()

    # ------------------------------------------------------------------ data
    def refresh(self) -> None:
        current = self.municipality_filter.currentData()
        self.municipality_filter.blockSignals(True)
        self.municipality_filter.clear()
        self.municipality_filter.addItem(self.tr("Alle kommuner"), None)
        for m in list_municipalities(self.ctx.db):
            self.municipality_filter.addItem(m.name, m.id)
        index = self.municipality_filter.findData(current)
        self.municipality_filter.setCurrentIndex(max(index, 0))
        self.municipality_filter.blockSignals(False)
        self.model.set_rows(line_table(self.ctx.db))
        self.apply_filter()

    def current_filter(self) -> LineFilter:
        period = self.period_check.isChecked()
        return LineFilter(
            text=self.text_filter.text().strip(),
            municipality_id=self.municipality_filter.currentData(),
            cpv_prefix=self.cpv_filter.text().strip(),
            period_from=self.period_from.date().toPython() if period else None,
            period_to=self.period_to.date().toPython() if period else None,
        )

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        # A model reset drops the selection without a selectionChanged signal.
        self._selection_changed()
        shown, total = self.model.rowCount(), self.model.total_count()
        value = format_nok(self.model.visible_total_value())
        self.summary.setText(
            self.tr("Viser {shown} av {total} linjer · samlet verdi {value}").format(
                shown=shown, total=total, value=value
            )
            if shown != total
            else self.tr("{total} linjer · samlet verdi {value}").format(total=total, value=value)
        )

    def _period_toggled(self, on: bool) -> None:
        self.period_from.setEnabled(on)
        self.period_to.setEnabled(on)
        self.apply_filter()

    def status_text(self) -> str:
        return self.tr("{n} planlagte anskaffelser").format(n=self.model.total_count())

    # ------------------------------------------------------------------ details and editing
    def selected_line_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.line_id_at(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        line_id = self.selected_line_id()
        self.edit_button.setEnabled(line_id is not None)
        if line_id is None:
            self.details.clear()
            return
        line = get_line(self.ctx.db, line_id)
        # an officer changes only its own municipality's lines
        may = self.ctx.actor.may_change(line.municipality_id)
        self.edit_button.setEnabled(may)
        self.edit_button.setToolTip(
            ""
            if may
            else self.tr("Bare {municipality} og koordinatorene kan endre denne linjen.").format(
                municipality=line.municipality
            )
        )
        self.details.setHtml(self._details_html(line))

    @staticmethod
    def _details_html(line: LineInfo) -> str:
        sheet = (
            QCoreApplication.translate("PlansPage", ", ark «{sheet}»").format(
                sheet=escape(line.source_sheet)
            )
            if line.source_sheet
            else ""
        )
        meaning = MEANINGS.get(line.period_meaning or "", "")
        parts = [
            f"<b>{escape(line.description)}</b> – {escape(line.municipality)}",
            QCoreApplication.translate("PlansPage", "Kilde: «{file}»{sheet}, rad {row}").format(
                file=escape(line.source_file or ""), sheet=sheet, row=line.source_row
            ),
        ]
        if line.period_text:
            parts.append(
                QCoreApplication.translate("PlansPage", "Tidspunkt: {text}").format(
                    text=escape(line.period_text)
                )
                + (f" ({_tr(meaning)})" if meaning else "")
            )
        if line.current_expiry:
            parts.append(
                QCoreApplication.translate("PlansPage", "Dagens avtale utløper: {date}").format(
                    date=f"{line.current_expiry:%d.%m.%Y}"
                )
            )
        if line.warnings:
            parts.append(
                QCoreApplication.translate("PlansPage", "Advarsler fra importen:")
                + "<ul>"
                + "".join(f"<li>{escape(str(w))}</li>" for w in line.warnings)
                + "</ul>"
            )
        cells = "".join(
            f"<tr><td>{escape(k)}</td><td>{escape(str(v))}</td></tr>"
            for k, v in line.original_cells.items()
        )
        parts.append(
            QCoreApplication.translate("PlansPage", "Originale celler:")
            + f"<table cellspacing=4>{cells}</table>"
        )
        return "<br>".join(parts)

    def edit_selected(self) -> None:
        """Edit the selected line; the dialog saves with the version it shows (a colleague's
        save in between is refused, with a reload offered) and stays open on a refusal."""
        line_id = self.selected_line_id()
        if line_id is None:
            return
        db, actor = self.ctx.db, self.ctx.actor
        self.line_dialog = LineEditDialog(
            get_line(db, line_id),
            self,
            save=lambda changes, version: update_line(
                db, actor, line_id, changes, expected_version=version
            ),
            reload=lambda: get_line(db, line_id),
        )
        if self.line_dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.data_changed.emit()
