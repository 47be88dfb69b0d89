"""GUI tests never block on a modal dialog: message boxes are recorded instead of shown.

Used as an autouse fixture by every test package that drives widgets (tests/gui, tests/server).
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox


class Dialogs:
    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []

    def record(self, kind: str) -> Any:
        def show(_parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            self.shown.append((kind, f"{title}: {text}"))
            return QMessageBox.StandardButton.Ok

        return show


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    recorder = Dialogs()
    for kind in ("information", "warning", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, kind, recorder.record(kind))
    monkeypatch.setattr(
        QMessageBox, "exec", lambda self: recorder.shown.append(("exec", self.text())) or 0
    )
    return recorder
