"""What every page needs: the database, who is acting, background work, and change signals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from kommunesamarbeid import APP_DISPLAY_NAME
from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.gui import tasks
from kommunesamarbeid.gui.settings import Settings
from kommunesamarbeid.services.context import Actor, actor_for


class AppContext(QObject):
    """Shared by the main window and its pages; owns no widgets."""

    #: Emitted after anything changed data (import, detection, edits): pages refresh.
    data_changed = Signal()
    #: Emitted when another database was opened.
    database_changed = Signal()

    def __init__(self, db: Database, settings: Settings) -> None:
        super().__init__()
        self.db = db
        self.settings = settings
        self.active_tasks: list[tasks.Task] = []

    @property
    def actor(self) -> Actor:
        """Who is acting: the database login on a server (looked up once), else the setting."""
        return actor_for(self.db, local_name=self.settings.user_name())

    def set_database(self, db: Database) -> None:
        old = self.db
        self.db = db
        old.dispose()
        self.database_changed.emit()
        self.data_changed.emit()

    def run_task(
        self,
        parent: QWidget,
        title: str,
        fn: Callable[[tasks.ProgressFn], Any],
        on_done: Callable[[Any], None],
        *,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> tasks.Task:
        """Run ``fn(progress)`` off the GUI thread with a progress dialog and a working Cancel."""
        dialog = QProgressDialog(title, self.tr("Avbryt"), 0, 0, parent)
        dialog.setWindowTitle(APP_DISPLAY_NAME)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        task = tasks.Task(fn)
        self.active_tasks.append(task)

        def finish() -> None:
            dialog.reset()
            dialog.deleteLater()
            if task in self.active_tasks:
                self.active_tasks.remove(task)

        def progress(done: int, total: int, text: str) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))
            if text:
                dialog.setLabelText(text)

        def finished(result: object) -> None:
            finish()
            on_done(result)

        def failed(exc: BaseException, details: str) -> None:
            finish()
            if on_error is not None:
                on_error(exc)
            else:
                from kommunesamarbeid.gui.errors import show_error

                show_error(parent, exc)

        task.signals.progress.connect(progress)
        task.signals.finished.connect(finished)
        task.signals.failed.connect(failed)
        dialog.canceled.connect(task.cancel)
        tasks.start(task)
        return task
