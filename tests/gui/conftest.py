"""GUI tests never block on a modal dialog (see tests/qt_dialogs.py)."""

from tests.qt_dialogs import Dialogs, dialogs

__all__ = ["Dialogs", "dialogs"]
