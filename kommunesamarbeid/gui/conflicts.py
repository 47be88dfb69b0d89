"""When someone else saved first: say who changed what and when, and offer to reload.

A save in the GUI passes the versions it showed; when the service refuses it
(``ConflictError``) nothing was saved. ``offer_reload`` shows the message with two choices —
fetch what is saved now, or keep editing — and the user's own unsaved edits in the details, so
nothing typed is lost. After a reload those edits stay open in a small window
(``UnsavedEditsDialog``) to copy from.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kommunesamarbeid.core.errors import ConflictError, UserError


def conflict_box(
    parent: QWidget | None, title: str, error: ConflictError, unsaved: str
) -> QMessageBox:
    """The question after a lost race: who changed what and when; reload or keep editing."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(error.message)
    box.setInformativeText(
        QCoreApplication.translate(
            "Conflicts",
            "Vil du hente inn det som er lagret nå? Endringene dine som ikke ble lagret, står "
            "under «Vis detaljer» og i et eget vindu etterpå, så du kan kopiere dem.",
        )
        if unsaved
        else QCoreApplication.translate("Conflicts", "Vil du hente inn det som er lagret nå?")
    )
    if unsaved:
        box.setDetailedText(unsaved)
    reload_button = box.addButton(
        QCoreApplication.translate("Conflicts", "Hent inn på nytt"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    reload_button.setObjectName("reload")
    keep = box.addButton(
        QCoreApplication.translate("Conflicts", "Fortsett å redigere"),
        QMessageBox.ButtonRole.RejectRole,
    )
    keep.setObjectName("keep")
    box.setDefaultButton(reload_button)
    box.setEscapeButton(keep)
    return box


def offer_reload(parent: QWidget | None, title: str, error: ConflictError, unsaved: str) -> bool:
    """Ask; True when the user chose to fetch what is saved now."""
    box = conflict_box(parent, title, error, unsaved)
    box.exec()
    clicked = box.clickedButton()
    return clicked is not None and clicked.objectName() == "reload"


class UnsavedEditsDialog(QDialog):
    """The edits that could not be saved, to copy back in after a reload (not modal)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("Conflicts", "Endringene dine som ikke ble lagret")
        )
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "Conflicts",
                "Det som er lagret nå, er hentet inn. Dette er endringene du hadde gjort; "
                "kopier det du vil beholde, og lagre på nytt.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text = QPlainTextEdit(text)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(
            QCoreApplication.translate("Conflicts", "Endringer som ikke ble lagret")
        )
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(QCoreApplication.translate("Conflicts", "Kopier alt"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text.toPlainText()))
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(520, 360)


class SavingDialog(QDialog):
    """An edit dialog that saves with the version it shows and closes only when saved.

    A refusal keeps it open with what the user typed; a lost race (``ConflictError``) offers
    to fetch what is saved now, and the typed values stay readable in ``unsaved_dialog``.
    """

    unsaved_dialog: UnsavedEditsDialog | None = None

    def add_save_buttons(self, form: QFormLayout) -> None:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save_or_stay(
        self,
        save: Callable[[], object],
        reload: Callable[[], None] | None,
        typed: Callable[[], str],
    ) -> None:
        """``save()``; closes when saved, else stays open (and offers ``reload`` after a lost
        race, with ``typed()`` — what the user typed — kept readable)."""
        title = QCoreApplication.translate("Conflicts", "Kan ikke lagre")
        try:
            self.saved = save()
        except ConflictError as exc:
            unsaved = typed()
            if reload is not None and offer_reload(self, title, exc, unsaved):
                reload()
                if unsaved:
                    self.unsaved_dialog = UnsavedEditsDialog(unsaved, self)
                    self.unsaved_dialog.show()
            return
        except UserError as exc:
            QMessageBox.warning(self, title, exc.describe())
            return
        QDialog.accept(self)


def format_edits(items: list[tuple[str, object]]) -> str:
    """«Tittel: Ny tittel» lines; long texts keep their own lines below the label."""
    lines = []
    for label, value in items:
        text = "" if value is None else str(value)
        if "\n" in text or len(text) > 70:
            lines.append(f"{label}:\n{text}\n")
        else:
            lines.append(f"{label}: {text}")
    return "\n".join(lines)
