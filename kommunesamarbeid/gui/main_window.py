"""The main window: navigation between the pages, menus, status bar, drag and drop."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from kommunesamarbeid import APP_DISPLAY_NAME, __version__
from kommunesamarbeid.core.errors import UserError
from kommunesamarbeid.db.engine import open_database
from kommunesamarbeid.gui.context import AppContext
from kommunesamarbeid.gui.pages.base import Page
from kommunesamarbeid.gui.pages.municipalities import MunicipalitiesPage
from kommunesamarbeid.gui.pages.plans import PlansPage
from kommunesamarbeid.gui.settings import DATABASE
from kommunesamarbeid.services.catalogue import catalogue_size, load_cpv_catalogue
from kommunesamarbeid.services.municipalities import list_municipalities

PLAN_SUFFIXES = (".xlsx", ".xlsm", ".csv")
PLAN_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Regneark (*.xlsx *.xlsm *.csv);;Alle filer (*)")


def page_classes() -> list[type[Page]]:
    """The pages in navigation order."""
    from kommunesamarbeid.gui.pages.overlap import OverlapPage
    from kommunesamarbeid.gui.pages.proposals import ProposalsPage

    return [MunicipalitiesPage, PlansPage, OverlapPage, ProposalsPage]


def page_title(page: Page) -> str:
    """The page's title, translated in the page class's context (as QT_TRANSLATE_NOOP marks it)."""
    return QCoreApplication.translate(type(page).__name__, page.title)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("{app} – felles anskaffelser").format(app=APP_DISPLAY_NAME))
        self.setAcceptDrops(True)
        self.pages: list[Page] = []
        self._build()
        self._build_menus()
        ctx.data_changed.connect(self.update_status)
        ctx.database_changed.connect(self.update_status)
        self.update_status()
        self._restore_state()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Navigasjon"))
        self.nav.setMaximumWidth(200)
        self.nav.setMinimumWidth(140)
        self.stack = QStackedWidget()
        for cls in page_classes():
            page = cls(self.ctx)
            self.pages.append(page)
            self.stack.addWidget(page)
            title = page_title(page)
            page.setAccessibleName(title)
            self.nav.addItem(title)
        self.nav.currentRowChanged.connect(self._show_page)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.db_label = QLabel()
        self.count_label = QLabel()
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.count_label)

    def page(self, cls: type[Page]) -> Page:
        return next(p for p in self.pages if isinstance(p, cls))

    def show_page(self, cls: type[Page]) -> None:
        self.nav.setCurrentRow(next(i for i, p in enumerate(self.pages) if isinstance(p, cls)))

    def _show_page(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentIndex(row)
            self.update_status()

    def _action(self, text: str, slot: Any, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Fil"))
        file_menu.addAction(self._action(self.tr("&Importer plan …"), self.ask_import, "Ctrl+I"))
        export_menu = file_menu.addMenu(self.tr("&Eksporter"))
        export_menu.addAction(
            self._action(self.tr("Samlet plan (Excel) …"), self.export_pooled_xlsx)
        )
        export_menu.addAction(
            self._action(self.tr("Oversikt over overlapp (PDF) …"), self.export_overview)
        )
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("Å&pne database …"), self.open_database_file, "Ctrl+O")
        )
        file_menu.addAction(self._action(self.tr("&Ny database …"), self.new_database_file))
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Avslutt"), self.close, QKeySequence.StandardKey.Quit)
        )
        tools = self.menuBar().addMenu(self.tr("&Verktøy"))
        tools.addAction(self._action(self.tr("Finn &overlapp"), self.run_detection, "Ctrl+D"))
        tools.addAction(self._action(self.tr("Last inn &CPV-katalog …"), self.ask_cpv_catalogue))
        tools.addSeparator()
        tools.addAction(self._action(self.tr("&Innstillinger …"), self.open_settings, "Ctrl+,"))
        go = self.menuBar().addMenu(self.tr("&Vis"))
        for i, page in enumerate(self.pages):
            go.addAction(
                self._action(
                    page_title(page),
                    lambda _=False, i=i: self.nav.setCurrentRow(i),
                    f"Ctrl+{i + 1}",
                )
            )
        help_menu = self.menuBar().addMenu(self.tr("&Hjelp"))
        help_menu.addAction(self._action(self.tr("&Om"), self._about))

    def update_status(self) -> None:
        self.db_label.setText(self.tr("Database: {db}").format(db=self.ctx.db.describe()))
        parts = [p.status_text() for p in self.pages]
        self.count_label.setText(" · ".join(t for t in parts if t))

    # ------------------------------------------------------------------ import
    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Importer anskaffelsesplan"), "", self.tr(PLAN_FILTER)
        )
        if path:
            self.start_import(Path(path))

    def start_import(self, path: Path) -> None:
        from kommunesamarbeid.gui.import_wizard import ImportWizard

        wizard = ImportWizard(self.ctx, self, path=path)
        wizard.open()

    # ------------------------------------------------------------------ tools
    def run_detection(self) -> None:
        from kommunesamarbeid.gui.pages.overlap import OverlapPage

        self.show_page(OverlapPage)
        page = self.page(OverlapPage)
        assert isinstance(page, OverlapPage)
        page.run_detection()

    def ask_cpv_catalogue(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Last inn CPV-katalog"),
            "",
            self.tr("CPV-katalog (*.csv *.xlsx);;Alle filer (*)"),
        )
        if not path:
            return
        ctx = self.ctx

        def done(report: Any) -> None:
            QMessageBox.information(
                self,
                self.tr("CPV-katalog"),
                self.tr(
                    "Lest inn {loaded} CPV-koder ({with_norwegian} med norsk tekst) fra {file}."
                ).format(
                    loaded=report.loaded, with_norwegian=report.with_norwegian, file=report.file
                ),
            )
            ctx.data_changed.emit()

        ctx.run_task(
            self,
            self.tr("Leser CPV-katalogen …"),
            lambda _progress: load_cpv_catalogue(ctx.db, ctx.actor, Path(path)),
            done,
        )

    def open_settings(self) -> None:
        from kommunesamarbeid.gui.settings_dialog import SettingsDialog

        SettingsDialog(self.ctx, self).exec()

    # ------------------------------------------------------------------ exports
    def _save_path(self, title: str, suggestion: str, filt: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, title, suggestion, filt)
        return Path(path) if path else None

    def export_pooled_xlsx(self) -> None:
        from kommunesamarbeid.services.exports import export_pooled_xlsx

        out = self._save_path(
            self.tr("Eksporter samlet plan"), self.tr("samlet_plan.xlsx"), self.tr("Excel (*.xlsx)")
        )
        if out is None:
            return
        if out.suffix.lower() != ".xlsx":
            out = out.with_suffix(".xlsx")
        ctx = self.ctx
        ctx.run_task(
            self,
            self.tr("Skriver samlet plan …"),
            lambda _p: export_pooled_xlsx(ctx.db, out),
            lambda path: self.statusBar().showMessage(
                self.tr("Skrev {path}").format(path=path), 8000
            ),
        )

    def export_overview(self) -> None:
        from kommunesamarbeid.services.exports import export_overview_pdf

        out = self._save_path(
            self.tr("Oversikt over overlapp"),
            self.tr("overlapp_oversikt.pdf"),
            self.tr("PDF (*.pdf)"),
        )
        if out is None:
            return
        if out.suffix.lower() != ".pdf":
            out = out.with_suffix(".pdf")
        ctx = self.ctx
        ctx.run_task(
            self,
            self.tr("Skriver oversikten …"),
            lambda _p: export_overview_pdf(ctx.db, out),
            lambda path: self.statusBar().showMessage(
                self.tr("Skrev {path}").format(path=path), 8000
            ),
        )

    # ------------------------------------------------------------------ databases
    def switch_database(self, target: str) -> bool:
        try:
            db = open_database(target)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Kan ikke åpne databasen"), exc.describe())
            return False
        self.ctx.set_database(db)
        self.ctx.settings.set(DATABASE, target)
        return True

    def open_database_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Åpne database"),
            "",
            self.tr("SQLite-database (*.db *.sqlite);;Alle filer (*)"),
        )
        if path:
            self.switch_database(path)

    def new_database_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Ny database"), "kommunesamarbeid.db", self.tr("SQLite-database (*.db)")
        )
        if not path:
            return
        if Path(path).exists():
            QMessageBox.warning(
                self,
                self.tr("Ny database"),
                self.tr("Filen finnes fra før. Velg «Åpne database» for å bruke den."),
            )
            return
        self.switch_database(path)

    # ------------------------------------------------------------------ drag & drop
    def dragEnterEvent(self, event: Any) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if any(u.isLocalFile() and u.toLocalFile().lower().endswith(PLAN_SUFFIXES) for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(PLAN_SUFFIXES):
                self.start_import(Path(url.toLocalFile()))
                break

    # ------------------------------------------------------------------ state
    def _about(self) -> None:
        codes = catalogue_size(self.ctx.db)
        QMessageBox.about(
            self,
            self.tr("Om {app}").format(app=APP_DISPLAY_NAME),
            self.tr(
                "<b>{app} {version}</b><p>Samle kommunenes anskaffelsesplaner, "
                "finn overlappende behov og lag forslag til felles anskaffelser.</p>"
                "<p>Database: {db}<br>CPV-katalog: {codes} koder</p>"
                "<p>Et planleggingsverktøy: det gir ikke juridiske råd.</p>"
            ).format(
                app=APP_DISPLAY_NAME,
                version=__version__,
                db=self.ctx.db.describe(),
                codes=codes,
            ),
        )

    def _restore_state(self) -> None:
        store = QSettings()
        geometry = store.value("main_window/geometry")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 720)
        row = store.value("main_window/page")
        has_lines = any(m.active_lines for m in list_municipalities(self.ctx.db))
        try:
            start = int(row) if row is not None else (1 if has_lines else 0)
        except (TypeError, ValueError):
            start = 0
        self.nav.setCurrentRow(min(max(start, 0), len(self.pages) - 1))

    def closeEvent(self, event: Any) -> None:
        if self.ctx.active_tasks:
            answer = QMessageBox.question(
                self,
                APP_DISPLAY_NAME,
                self.tr("Et arbeid pågår fortsatt. Vil du avbryte det og avslutte?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            for task in self.ctx.active_tasks:
                task.cancel()
        store = QSettings()
        store.setValue("main_window/geometry", self.saveGeometry())
        store.setValue("main_window/page", self.nav.currentRow())
        super().closeEvent(event)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_F5:
            self.ctx.data_changed.emit()
        super().keyPressEvent(event)
