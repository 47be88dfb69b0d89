"""PySide6 6.12.0's ``emit()`` takes a reference from ``True`` each time; the GUI package
gives it back, so a long session (or Python's exit) does not die in "bool_dealloc"."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal

import kommunesamarbeid.gui  # noqa: F401  (installs the work-around)

pytestmark = pytest.mark.gui


class _Sender(QObject):
    plain = Signal()
    value = Signal(object)


def test_emitting_keeps_the_reference_count_of_true() -> None:
    sender = _Sender()
    seen: list[object] = []
    sender.value.connect(seen.append)
    before = sys.getrefcount(True)
    for i in range(2000):
        sender.plain.emit()
        sender.value.emit(i % 2 == 0)
    assert sys.getrefcount(True) >= before
    assert seen.count(True) == 1000
