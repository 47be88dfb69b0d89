"""A work-around for a fault in PySide6 6.12.0, installed when the GUI package is imported.

``SignalInstance.emit()`` returns ``True`` without owning a reference to it, so every
``signal.emit(...)`` from Python takes one reference from ``True``. In a long session, or when
Python exits after many emits (every page refresh, every progress step), the count reaches zero
and the process dies with "Fatal Python error: bool_dealloc: deallocating True or False". The
wrapper gives the reference back. It checks at install time that the fault is really there
(on a fixed PySide6 it installs nothing).
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

__all__ = ["emit_loses_a_reference", "install"]


class _Probe(QObject):
    fired = Signal()


def emit_loses_a_reference() -> bool:
    """Whether ``emit()`` takes a reference from ``True`` in this PySide6."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.fired.emit()
    lost = before - sys.getrefcount(True)
    if lost > 0:  # give back what the probe took
        for _ in range(lost):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return lost >= 8


def install() -> bool:
    """Wrap ``SignalInstance.emit`` when it loses references; True when installed."""
    if getattr(SignalInstance.emit, "_kommunesamarbeid_fix", False):
        return True
    if not emit_loses_a_reference():
        return False
    original = SignalInstance.emit

    def emit(self: SignalInstance, *args: Any) -> Any:
        result = original(self, *args)
        if result is True:
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
        return result

    emit._kommunesamarbeid_fix = True  # type: ignore[attr-defined]
    SignalInstance.emit = emit  # type: ignore[method-assign]
    return True
