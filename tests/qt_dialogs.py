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
        #: Buttons to press, one per ``QMessageBox.exec()`` (object name or text); when empty,
        #: ``exec`` presses nothing and returns 0.
        self.press: list[str] = []
        #: The message boxes shown with ``exec`` (text, informative text, details, buttons).
        self.boxes: list[QMessageBox] = []

    def exec(self, box: QMessageBox) -> int:
        self.shown.append(("exec", box.text()))
        self.boxes.append(box)
        if self.press:
            wanted = self.press.pop(0)
            button = next((b for b in box.buttons() if wanted in (b.objectName(), b.text())), None)
            assert button is not None, (
                f"no button {wanted!r} in {[b.text() for b in box.buttons()]}"
            )
            button.click()
        return 0

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
    monkeypatch.setattr(QMessageBox, "exec", lambda box: recorder.exec(box))
    return recorder
