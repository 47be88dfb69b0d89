"""Unexpected errors: logged with traceback, shown in a dialog the user can copy from."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kommunesamarbeid.paths import log_dir

log = logging.getLogger("kommunesamarbeid")


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
    """Route uncaught exceptions on the GUI thread to the log and a dialog."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, exc, tb))
        if QApplication.instance() is None:
            sys.__excepthook__(kind, exc, tb)
            return
        show_exception(QApplication.activeWindow(), exc, details)

    sys.excepthook = hook
