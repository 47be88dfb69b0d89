"""What every page needs: the database, who is acting, background work, and change signals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from kommunesamarbeid import APP_DISPLAY_NAME
from kommunesamarbeid.core.errors import UserError
from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.gui import tasks
from kommunesamarbeid.gui.settings import Settings
from kommunesamarbeid.services.context import Actor, actor_for

#: Exceptions that mean "the user stopped it; nothing changed" (shown as information).
CANCEL_EXCEPTIONS: tuple[type[BaseException], ...] = ()


def _cancel_types() -> tuple[type[BaseException], ...]:
    from kommunesamarbeid.services.import_plan import ImportCancelled
    from kommunesamarbeid.services.overlap import DetectionAborted

    return (ImportCancelled, DetectionAborted)


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
            elif isinstance(exc, _cancel_types()):
                QMessageBox.information(parent, self.tr("Avbrutt"), str(exc))
            elif isinstance(exc, UserError):
                QMessageBox.warning(parent, APP_DISPLAY_NAME, exc.describe())
            else:
                from kommunesamarbeid.db.errors import translate_db_error

                refusal = translate_db_error(exc)
                if refusal is not None:  # the database refused or caught a conflict
                    QMessageBox.warning(parent, APP_DISPLAY_NAME, refusal.describe())
                    return
                from kommunesamarbeid.gui.errors import show_exception

                show_exception(parent, exc, details)

        task.signals.progress.connect(progress)
        task.signals.finished.connect(finished)
        task.signals.failed.connect(failed)
        dialog.canceled.connect(task.cancel)
        tasks.start(task)
        return task
