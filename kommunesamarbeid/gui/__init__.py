"""The PySide6 desktop application (see ``app.main``)."""

from kommunesamarbeid.gui import qt_fixes

qt_fixes.install()
