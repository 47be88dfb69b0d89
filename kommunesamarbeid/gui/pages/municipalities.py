"""Kommuner: the participating municipalities, their numbers and how many lines each has."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
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
from kommunesamarbeid.gui.pages.municipality_edit import MunicipalityEditDialog
from kommunesamarbeid.services.municipalities import (
    MunicipalityInfo,
    add_municipality,
    get_municipality,
    list_municipalities,
    update_municipality,
)


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
        self.edit_button = QPushButton(self.tr("Endre kommune …"))
        self.edit_button.setToolTip(
            self.tr("Kommunenummer, organisasjonsnummer, fylke og målform for dokumentene")
        )
        self.edit_button.clicked.connect(self.edit_selected)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.register_panel = SupplierRegisterPanel(ctx)
        layout.addWidget(self.register_panel)
        self.table.itemSelectionChanged.connect(self._update_actions)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected()
        items = list_municipalities(self.ctx.db)
        self._items = items
        self.table.setRowCount(len(items))
        for row, m in enumerate(items):
            for col, value in enumerate(
                [m.name, m.kommunenummer or "", m.county or "", str(m.active_lines)]
            ):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, m.id)
                if col == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        self._count = len(items)
        if selected is not None:
            row = next((i for i, m in enumerate(items) if m.id == selected.id), -1)
            if row >= 0:
                self.table.selectRow(row)
        if hasattr(self, "register_panel"):
            self.register_panel.refresh()
        self._update_actions()

    def selected(self) -> MunicipalityInfo | None:
        rows = self.table.selectionModel().selectedRows() if hasattr(self, "_items") else []
        return self._items[rows[0].row()] if rows else None

    def _update_actions(self) -> None:
        """What the role may not do is greyed out: adding a municipality is a coordinator's;
        an officer changes only its own municipality."""
        actor = self.ctx.actor
        self.add_button.setEnabled(actor.may_coordinate)
        self.add_button.setToolTip(
            "" if actor.may_coordinate else self.tr("Bare en koordinator kan legge til kommuner.")
        )
        m = self.selected()
        may = m is not None and actor.may_change(m.id)
        self.edit_button.setEnabled(may)
        if m is not None and not may:
            self.edit_button.setToolTip(
                self.tr(
                    "Bare {name} og koordinatorene kan endre opplysningene om kommunen."
                ).format(name=m.name)
            )

    def edit_selected(self) -> None:
        m = self.selected()
        if m is None or not self.ctx.actor.may_change(m.id):
            return
        db, actor = self.ctx.db, self.ctx.actor
        self.edit_dialog = MunicipalityEditDialog(
            m,
            self,
            save=lambda fields, version: update_municipality(
                db,
                actor,
                m.name,
                number=fields.get("number"),
                orgnr=fields.get("orgnr"),
                county=fields.get("county"),
                maalform=fields.get("maalform"),
                expected_version=version,
            ),
            reload=lambda: get_municipality(db, m.name),
        )
        if self.edit_dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.data_changed.emit()

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
