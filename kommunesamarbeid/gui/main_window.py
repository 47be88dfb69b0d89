"""The main window: navigation between municipalities and plans, a status bar, the menus."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kommunesamarbeid import APP_DISPLAY_NAME, __version__
from kommunesamarbeid.core.problems import RefusedInputError
from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.gui import tasks
from kommunesamarbeid.gui.lines_model import SORT_ROLE, LinesModel
from kommunesamarbeid.services.context import current_actor
from kommunesamarbeid.services.import_plan import ImportCancelled, ImportReport, import_plan
from kommunesamarbeid.services.lines import list_lines
from kommunesamarbeid.services.municipalities import list_municipalities

PLAN_FILTER = "Regneark (*.xlsx *.xlsm *.csv);;Alle filer (*)"


class MainWindow(QMainWindow):
    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self._task: tasks.Task | None = None
        self.setWindowTitle(f"{APP_DISPLAY_NAME} – felles anskaffelser")
        self.setAcceptDrops(True)
        self._build()
        self._build_menus()
        self.refresh()
        self._restore_state()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        central = QWidget()
        layout = QHBoxLayout(central)
        self.nav = QListWidget()
        self.nav.addItems(["Kommuner", "Anskaffelsesplaner"])
        self.nav.setFixedWidth(180)
        self.nav.setAccessibleName("Navigasjon")
        self.pages = QStackedWidget()
        self.municipality_table = QTableWidget(0, 4)
        self.municipality_table.setHorizontalHeaderLabels(
            ["Kommune", "Kommunenr.", "Fylke", "Aktive linjer"]
        )
        self.municipality_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.municipality_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self.municipality_table.setAccessibleName("Kommuner")
        self.municipality_table.verticalHeader().setVisible(False)
        self.pages.addWidget(self.municipality_table)

        plans = QWidget()
        plans_layout = QVBoxLayout(plans)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("Filtrer på tekst, kommune eller CPV …")
        self.filter_edit.setAccessibleName("Filter for anskaffelsesplaner")
        self.filter_edit.setClearButtonEnabled(True)
        self.lines_model = LinesModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.lines_model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.lines_view = QTableView()
        self.lines_view.setModel(self.proxy)
        self.lines_view.setSortingEnabled(True)
        self.lines_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines_view.setAlternatingRowColors(True)
        self.lines_view.setAccessibleName("Planlagte anskaffelser")
        self.lines_view.horizontalHeader().setSectionResizeMode(
            LinesModel.COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch
        )
        self.lines_view.verticalHeader().setVisible(False)
        self.lines_view.setWordWrap(False)
        self.lines_view.sortByColumn(LinesModel.COL_MUNICIPALITY, Qt.SortOrder.AscendingOrder)
        plans_layout.addWidget(self.filter_edit)
        plans_layout.addWidget(self.lines_view)
        self.pages.addWidget(plans)

        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.db_label = QLabel()
        self.count_label = QLabel()
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.count_label)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&Fil")
        import_action = QAction("&Importer plan …", self)
        import_action.setShortcut(QKeySequence("Ctrl+I"))
        import_action.triggered.connect(self.ask_import)
        file_menu.addAction(import_action)
        file_menu.addSeparator()
        quit_action = QAction("&Avslutt", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu("&Hjelp")
        about = QAction("&Om", self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    # ------------------------------------------------------------------ data
    def refresh(self) -> None:
        municipalities = list_municipalities(self.db)
        self.municipality_table.setRowCount(len(municipalities))
        for row, m in enumerate(municipalities):
            values = [m.name, m.kommunenummer or "", m.county or "", str(m.active_lines)]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.municipality_table.setItem(row, col, item)
        lines = list_lines(self.db)
        self.lines_model.set_lines(lines)
        self._size_line_columns()
        self.db_label.setText(f"Database: {self.db.describe()}")
        self.count_label.setText(
            f"{len(municipalities)} kommuner · {len(lines)} planlagte anskaffelser"
        )
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(1 if lines else 0)

    def _size_line_columns(self) -> None:
        header = self.lines_view.horizontalHeader()
        for col in range(self.lines_model.columnCount()):
            if col == LinesModel.COL_DESCRIPTION:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
            elif col == LinesModel.COL_SOURCE:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(col, 240)
            else:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

    # ------------------------------------------------------------------ import
    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Importer anskaffelsesplan", "", PLAN_FILTER)
        if path:
            self.start_import(Path(path))

    def start_import(self, path: Path, municipality: str | None = None) -> None:
        if municipality is None:
            names = [m.name for m in list_municipalities(self.db)]
            municipality, ok = QInputDialog.getItem(
                self, "Kommune", f"Hvilken kommunes plan er «{path.name}»?", names, 0, True
            )
            if not ok or not municipality.strip():
                return
        actor = current_actor()
        self.run_with_progress(
            f"Importerer {path.name} …",
            lambda progress: import_plan(self.db, actor, path, municipality, progress=progress),
            self._import_done,
        )

    def _import_done(self, report: ImportReport) -> None:
        self.refresh()
        text = (
            f"{report.file} → {report.municipality}\n\n"
            f"Nye: {report.added}\nEndret: {report.updated}\nUendret: {report.unchanged}\n"
            f"Trukket tilbake: {report.withdrawn}\n"
            f"Advarsler: {len(report.warnings)}\nRader med feil (ikke importert): {len(report.errors)}"
        )
        QMessageBox.information(self, "Import fullført", text)

    def run_with_progress(self, title: str, fn: Any, on_done: Any) -> None:
        dialog = QProgressDialog(title, "Avbryt", 0, 0, self)
        dialog.setWindowTitle(APP_DISPLAY_NAME)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        task = tasks.Task(fn)
        self._task = task

        def progress(done: int, total: int, text: str) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(done)
            dialog.setLabelText(text)

        def finished(result: object) -> None:
            dialog.reset()
            self._task = None
            on_done(result)

        def failed(exc: BaseException, details: str) -> None:
            dialog.reset()
            self._task = None
            if isinstance(exc, ImportCancelled):
                QMessageBox.information(self, "Avbrutt", str(exc))
            elif isinstance(exc, RefusedInputError):
                QMessageBox.warning(self, "Kan ikke importere", exc.problem.describe())
            else:
                from kommunesamarbeid.gui.errors import show_exception

                show_exception(self, exc, details)

        task.signals.progress.connect(progress)
        task.signals.finished.connect(finished)
        task.signals.failed.connect(failed)
        dialog.canceled.connect(task.cancel)
        tasks.start(task)

    # ------------------------------------------------------------------ drag & drop
    def dragEnterEvent(self, event: Any) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.start_import(Path(url.toLocalFile()))
                break

    # ------------------------------------------------------------------ state
    def _about(self) -> None:
        QMessageBox.about(
            self,
            f"Om {APP_DISPLAY_NAME}",
            f"<b>{APP_DISPLAY_NAME} {__version__}</b><p>Samle kommunenes anskaffelsesplaner, "
            "finn overlappende behov og lag forslag til felles anskaffelser.</p>"
            "<p>Et planleggingsverktøy: det gir ikke juridiske råd.</p>",
        )

    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 720)

    def closeEvent(self, event: Any) -> None:
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
