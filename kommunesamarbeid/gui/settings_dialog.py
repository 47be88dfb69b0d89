"""Innstillinger: database (with "Test tilkobling"), the user's name and municipality, sensitivity."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from kommunesamarbeid.core.errors import UserError
from kommunesamarbeid.db.engine import open_database
from kommunesamarbeid.gui.context import AppContext
from kommunesamarbeid.gui.settings import DATABASE, SENSITIVITY, USER_MUNICIPALITY, USER_NAME

#: The option labels live in gui/settings.py (outside Qt); marked here so lupdate extracts them.
#: They must match those labels exactly; the dialog shows ``self.tr(option.label)``.
OPTION_LABELS = (
    QT_TRANSLATE_NOOP("SettingsDialog", "Database (SQLite-fil eller PostgreSQL-URL)"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Ditt navn"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Din kommune"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Følsomhet for overlapp"),
)


def test_connection(target: str) -> str:
    """Open (and if needed migrate) the database once; returns a description or raises."""
    db = open_database(target)
    try:
        return db.describe()
    finally:
        db.dispose()


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Innstillinger"))
        self.setMinimumWidth(560)
        form = QFormLayout(self)
        s = ctx.settings
        self.database = QLineEdit(s.database() or str(ctx.db.url.database or ""))
        self.database.setPlaceholderText(
            self.tr("Fil (kommunesamarbeid.db) eller postgresql+psycopg://…")
        )
        self.database.setAccessibleName(self.tr(DATABASE.label))
        browse = QPushButton(self.tr("Bla …"))
        browse.clicked.connect(self._browse)
        self.test_button = QPushButton(self.tr("Test tilkobling"))
        self.test_button.clicked.connect(self._test)
        row = QHBoxLayout()
        row.addWidget(self.database, 1)
        row.addWidget(browse)
        row.addWidget(self.test_button)
        form.addRow(self.tr(DATABASE.label), row)
        self.test_result = QLabel("")
        self.test_result.setWordWrap(True)
        form.addRow("", self.test_result)
        self.user_name = QLineEdit(s.user_name())
        self.user_name.setAccessibleName(self.tr(USER_NAME.label))
        form.addRow(self.tr(USER_NAME.label), self.user_name)
        self.user_municipality = QLineEdit(str(s.get(USER_MUNICIPALITY) or ""))
        self.user_municipality.setAccessibleName(self.tr(USER_MUNICIPALITY.label))
        form.addRow(self.tr(USER_MUNICIPALITY.label), self.user_municipality)
        self.sensitivity = QDoubleSpinBox()
        self.sensitivity.setRange(0.0, 1.0)
        self.sensitivity.setSingleStep(0.05)
        self.sensitivity.setValue(s.sensitivity())
        self.sensitivity.setAccessibleName(self.tr(SENSITIVITY.label))
        self.sensitivity.setToolTip(
            self.tr(
                "Høyere gir flere og løsere forslag til overlapp; "
                "lavere bare de sikreste. Standard 0,50."
            )
        )
        form.addRow(self.tr(SENSITIVITY.label), self.sensitivity)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Velg databasefil"),
            self.database.text(),
            self.tr("SQLite-database (*.db);;Alle filer (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.database.setText(path)

    def _test(self) -> bool:
        target = self.database.text().strip()
        if not target:
            self.test_result.setText(self.tr("Skriv inn en fil eller en adresse først."))
            return False
        try:
            description = test_connection(target)
        except UserError as exc:
            self.test_result.setText(self.tr("✗ {problem}").format(problem=exc.describe()))
            return False
        self.test_result.setText(
            self.tr("✓ Tilkoblingen virker: {description}").format(description=description)
        )
        return True

    def _save(self) -> None:
        s = self.ctx.settings
        s.set(USER_NAME, self.user_name.text().strip())
        s.set(USER_MUNICIPALITY, self.user_municipality.text().strip())
        s.set(SENSITIVITY, round(self.sensitivity.value(), 2))
        target = self.database.text().strip()
        if target and target != (s.database() or str(self.ctx.db.url.database or "")):
            if not self._test():
                QMessageBox.warning(
                    self,
                    self.tr("Innstillinger"),
                    self.tr("Databasen kunne ikke åpnes; de andre innstillingene er lagret."),
                )
                return
            from kommunesamarbeid.db.engine import open_database as reopen

            self.ctx.set_database(reopen(target))
            s.set(DATABASE, target)
        self.accept()
