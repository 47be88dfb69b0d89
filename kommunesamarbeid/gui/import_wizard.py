"""Importveiviseren: a plan file, step by step, checked with a dry run before anything is saved.

Fil → Kommune → Ark → Overskriftsrad → Kolonner → Kontroll (dry run) → Import → Oppsummering.
Every step before the import only reads: cancelling anywhere changes nothing. Reading the file,
the dry run and the import run off the GUI thread through ``AppContext.run_task``.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QWidget,
    QWizard,
)

from kommunesamarbeid.core.errors import UserError
from kommunesamarbeid.gui import tasks
from kommunesamarbeid.gui.context import AppContext
from kommunesamarbeid.gui.import_wizard_common import (  # noqa: F401
    LOW_CONFIDENCE,
    PAGE_CHECK,
    PAGE_COLUMNS,
    PAGE_FILE,
    PAGE_HEADER,
    PAGE_IMPORT,
    PAGE_MUNICIPALITY,
    PAGE_SHEET,
    PAGE_SUMMARY,
    PREVIEW_LINES,
    PREVIEW_ROWS,
    FileRead,
    ImportChoices,
    WizardPage,
    _message,
)
from kommunesamarbeid.gui.import_wizard_pages import (
    FilePage,
    HeaderPage,
    MunicipalityPage,
    SheetPage,
)
from kommunesamarbeid.gui.import_wizard_review_pages import (
    CheckPage,
    ColumnsPage,
    ImportPage,
    SummaryPage,
)
from kommunesamarbeid.services.import_plan import (
    ImportCancelled,
    PlanAnalysis,
    analyse_file,
    remembered_lookup,
)


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
            if isinstance(exc, UserError | ImportCancelled):  # refusals, no-permission, conflicts
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

    @property
    def closed(self) -> bool:
        """The wizard was closed (results of running tasks go to ``after_close`` only)."""
        return self._closed

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
