"""The database password in the GUI: from the keyring, else asked for (never written to a file)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget
from sqlalchemy.engine import URL

from kommunesamarbeid.services.credentials import stored_password


def ask_password(parent: QWidget | None = None) -> Callable[[URL], str | None]:
    """A password provider for ``open_database``: the keyring's, else a password dialog."""

    def provide(url: URL) -> str | None:
        remembered = stored_password(url)
        if remembered:
            return remembered
        text, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("PasswordDialog", "Passord til databasen"),
            QCoreApplication.translate(
                "PasswordDialog", "Passord for {user} på {host} (database {database}):"
            ).format(user=url.username or "", host=url.host or "", database=url.database or ""),
            QLineEdit.EchoMode.Password,
        )
        return text if ok and text else None

    return provide
