"""Innstillinger: database (with "Test tilkobling"), name and municipality, sensitivity, language.

A password typed into a server URL is moved to the OS keyring; the settings file keeps the URL
without it. On a server, the name and municipality are the database login's (not editable).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
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
from kommunesamarbeid.gui.i18n import LANG_ENV, NYNORSK, system_language
from kommunesamarbeid.gui.settings import (
    DATABASE,
    LANGUAGE,
    LANGUAGE_CHOICES,
    SENSITIVITY,
    USER_MUNICIPALITY,
    USER_NAME,
)

#: The option labels live in gui/settings.py (outside Qt); marked here so lupdate extracts them.
#: They must match those labels exactly; the dialog shows ``self.tr(option.label)``.
OPTION_LABELS = (
    QT_TRANSLATE_NOOP("SettingsDialog", "Database (SQLite-fil eller PostgreSQL-URL)"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Ditt navn"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Din kommune"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Følsomhet for overlapp"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Språk"),
)


def test_connection(target: str) -> str:
    """Open (and if needed migrate) the database once; returns a description or raises."""
    from kommunesamarbeid.services.credentials import stored_password

    db = open_database(target, password=stored_password)
    try:
        return db.describe()
    finally:
        db.dispose()


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Innstillinger"))
        self.setMinimumWidth(760)
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
        if ctx.db.is_postgres:  # on a server you are the login: name and municipality follow it
            actor = ctx.actor
            self.user_name.setText(actor.user)
            self.user_municipality.setText(actor.municipality or "")
            for field in (self.user_name, self.user_municipality):
                field.setEnabled(False)
                field.setToolTip(
                    self.tr("På en felles server er du den du logger inn som ({who}).").format(
                        who=actor.describe()
                    )
                )
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
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr(LANGUAGE.label))
        for value, text in zip(LANGUAGE_CHOICES, self._language_names(), strict=True):
            self.language.addItem(text, value)
        self.language.setCurrentIndex(LANGUAGE_CHOICES.index(s.language()))
        form.addRow(self.tr(LANGUAGE.label), self.language)
        self.language_note = QLabel(self._language_note())
        self.language_note.setWordWrap(True)
        form.addRow("", self.language_note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _language_names(self) -> list[str]:
        """The choices in LANGUAGE_CHOICES order; "Som systemet" says what the system gives."""
        bokmaal, nynorsk = self.tr("Bokmål"), self.tr("Nynorsk")
        system = nynorsk if system_language() == NYNORSK else bokmaal
        return [
            self.tr("Som systemet ({language})").format(language=system.lower()),
            bokmaal,
            nynorsk,
        ]

    def _language_note(self) -> str:
        override = os.environ.get(LANG_ENV, "").strip()
        if override:
            return self.tr(
                "Endringen gjelder fra neste oppstart. Nå styres språket av {variable}={value}."
            ).format(variable=LANG_ENV, value=override)
        return self.tr("Endringen gjelder fra neste oppstart.")

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
        from kommunesamarbeid.db.engine import to_url
        from kommunesamarbeid.gui.password import ask_password
        from kommunesamarbeid.services.credentials import split_password, store_password

        s = self.ctx.settings
        if self.user_name.isEnabled():
            s.set(USER_NAME, self.user_name.text().strip())
            s.set(USER_MUNICIPALITY, self.user_municipality.text().strip())
        s.set(SENSITIVITY, round(self.sensitivity.value(), 2))
        s.set(LANGUAGE, self.language.currentData())
        target = self.database.text().strip()
        # The password never goes into the settings file: it is taken out of the URL and kept
        # in the OS keyring (or, without one, asked for at each start).
        split = split_password(target)
        if target and split.target != (s.database() or str(self.ctx.db.url.database or "")):
            if not self._test():
                QMessageBox.warning(
                    self,
                    self.tr("Innstillinger"),
                    self.tr("Databasen kunne ikke åpnes; de andre innstillingene er lagret."),
                )
                return
            self.ctx.set_database(open_database(target, password=ask_password(self)))
            s.set(DATABASE, split.target)
            self.database.setText(split.target)
            if split.password is not None:
                note = store_password(to_url(split.target), split.password)
                if note is not None:
                    QMessageBox.information(self, self.tr("Passordet"), note)
        self.accept()
