"""A page of the main window: a view wired to the use cases through the app context."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kommunesamarbeid.gui.context import AppContext


class Page(QWidget):
    """Subclasses set ``title`` and implement ``refresh()`` (called when data changed)."""

    title = ""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setAccessibleName(self.title)
        ctx.data_changed.connect(self.refresh)

    def refresh(self) -> None:
        raise NotImplementedError

    def status_text(self) -> str:
        """A short summary for the status bar while the page is shown."""
        return ""
