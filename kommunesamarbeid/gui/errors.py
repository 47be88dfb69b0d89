"""Errors in the GUI: a refusal the user can act on is a plain message box with the same words
as the command line; only a bug gets the crash dialog (logged, with details to copy).

``user_error_of`` finds the refusal in an exception (the error model's kinds, and database
trouble translated by ``db.errors``); ``show_error`` shows any exception the right way, also
one that came back from a background task; the excepthook does the same for exceptions that
escape a slot on the GUI thread.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kommunesamarbeid import APP_DISPLAY_NAME
from kommunesamarbeid.core.errors import UserError
from kommunesamarbeid.paths import log_dir

log = logging.getLogger("kommunesamarbeid")


def user_error_of(exc: BaseException) -> UserError | None:
    """The refusal an exception stands for (None for a bug)."""
    if isinstance(exc, UserError):
        return exc
    from kommunesamarbeid.db.errors import user_error

    return user_error(exc)


def _cancel_types() -> tuple[type[BaseException], ...]:
    from kommunesamarbeid.services.import_plan import ImportCancelled
    from kommunesamarbeid.services.overlap import DetectionAborted

    return (ImportCancelled, DetectionAborted)


def user_error_box(parent: QWidget | None, error: UserError, title: str = "") -> QMessageBox:
    """The message box for a refusal: what happened and what to do, any list in the details."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or APP_DISPLAY_NAME)
    box.setText(error.describe())
    if error.details:
        box.setDetailedText("\n".join(error.details))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def show_user_error(parent: QWidget | None, error: UserError, title: str = "") -> None:
    log.info("Avvist: %s", error.describe())
    user_error_box(parent, error, title).exec()


def show_error(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    """Show any exception: a refusal plainly, a cancel as information, a bug as a crash."""
    refusal = user_error_of(exc)
    if refusal is not None:
        show_user_error(parent, refusal, title)
    elif isinstance(exc, _cancel_types()):
        QMessageBox.information(
            parent, QCoreApplication.translate("ErrorDialog", "Avbrutt"), str(exc)
        )
    else:
        show_exception(parent, exc, "".join(traceback.format_exception(exc)))


def show_exception(parent: QWidget | None, exc: BaseException, details: str) -> None:
    """A dialog with a plain Norwegian message and the technical details to copy."""
    log.error("Uventet feil: %s\n%s", exc, details)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "Uventet feil"))
    box.setText(
        QCoreApplication.translate(
            "ErrorDialog",
            "Det oppstod en uventet feil i programmet. Arbeidet ditt er lagret til og med forrige "
            "fullførte handling.\n\nFeilen er skrevet til loggfilen i "
            "{log_dir}. Kopier detaljene nedenfor hvis du melder fra om feilen.",
        ).format(log_dir=log_dir())
    )
    box.setDetailedText(details)
    box.exec()


def install_excepthook() -> None:
    """Route uncaught exceptions on the GUI thread to a message box (a refusal) or the log and
    the crash dialog (a bug)."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if QApplication.instance() is None:
            sys.__excepthook__(kind, exc, tb)
            return
        refusal = user_error_of(exc)
        if refusal is not None:
            show_user_error(QApplication.activeWindow(), refusal)
            return
        details = "".join(traceback.format_exception(kind, exc, tb))
        show_exception(QApplication.activeWindow(), exc, details)

    sys.excepthook = hook
