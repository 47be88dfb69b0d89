"""Kommuner: the participating municipalities, their numbers and how many lines each has."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from kommunesamarbeid.core.errors import UserError
from kommunesamarbeid.gui.context import AppContext
from kommunesamarbeid.gui.pages.base import Page
from kommunesamarbeid.gui.pages.local_market_view import SupplierRegisterPanel
from kommunesamarbeid.services.municipalities import add_municipality, list_municipalities


class MunicipalitiesPage(Page):
    title = QT_TRANSLATE_NOOP("MunicipalitiesPage", "Kommuner")

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("<h2>Kommuner</h2>Kommunene i samarbeidet og planene deres."))
        layout.addWidget(heading)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kommune"), self.tr("Kommunenr."), self.tr("Fylke"), self.tr("Aktive linjer")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Kommuner"))
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Legg til kommune …"))
        self.add_button.clicked.connect(self.ask_add)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.register_panel = SupplierRegisterPanel(ctx)
        layout.addWidget(self.register_panel)
        self.refresh()

    def refresh(self) -> None:
        items = list_municipalities(self.ctx.db)
        self.table.setRowCount(len(items))
        for row, m in enumerate(items):
            for col, value in enumerate(
                [m.name, m.kommunenummer or "", m.county or "", str(m.active_lines)]
            ):
                item = QTableWidgetItem(value)
                if col == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        self._count = len(items)
        if hasattr(self, "register_panel"):
            self.register_panel.refresh()

    def status_text(self) -> str:
        return self.tr("{n} kommuner").format(n=self._count)

    def ask_add(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Legg til kommune"), self.tr("Navn (f.eks. «Nome kommune»):")
        )
        if not ok or not name.strip():
            return
        number, ok = QInputDialog.getText(
            self, self.tr("Legg til kommune"), self.tr("Kommunenummer (valgfritt):")
        )
        if not ok:
            return
        try:
            add_municipality(self.ctx.db, self.ctx.actor, name, number=number.strip() or None)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Kan ikke legge til"), exc.describe())
            return
        self.ctx.data_changed.emit()
