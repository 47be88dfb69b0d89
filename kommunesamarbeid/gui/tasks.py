"""Long work off the GUI thread: run a function on a QThreadPool and get its result back.

The function receives a ``progress(done, total, text) -> bool`` callback; returning False from
it (after Cancel) makes the use case stop. Results and errors come back on the GUI thread.
"""

from __future__ import annotations

import contextlib
import os
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal, Slot

ProgressFn = Callable[[int, int, str], bool]


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object, str)


class Task(QRunnable):
    """One background job. Connect to ``signals`` before starting it."""

    def __init__(self, fn: Callable[[ProgressFn], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int, text: str) -> bool:
        self.signals.progress.emit(done, total, text)
        return not self._cancel.is_set()

    @Slot()
    def run(self) -> None:
        _lower_priority()
        try:
            result = self.fn(self._progress)
        except BaseException as exc:  # handed to the GUI thread, shown there
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.finished.emit(result)


def _lower_priority() -> None:
    """Background work yields the CPU to the GUI thread, so the window stays responsive
    even on a busy two-core office PC (Qt's priority for Windows/macOS, nice on Linux)."""
    thread = QThread.currentThread()
    if thread is not None:
        thread.setPriority(QThread.Priority.LowPriority)
    if hasattr(os, "setpriority"):
        with contextlib.suppress(OSError):  # not allowed here: run at normal priority
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)


def start(task: Task, pool: QThreadPool | None = None) -> Task:
    (pool or QThreadPool.globalInstance()).start(task)
    return task
