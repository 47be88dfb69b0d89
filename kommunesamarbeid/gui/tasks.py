"""Long work off the GUI thread: run a function on a QThreadPool and get its result back.

The function receives a ``progress(done, total, text) -> bool`` callback; returning False from
it (after Cancel) makes the use case stop. Results and errors come back on the GUI thread; an
error the user can act on comes back as its ``UserError`` (database trouble is translated in
the worker, where it happened), so the GUI shows it as a plain message, not as a crash.
"""

from __future__ import annotations

import contextlib
import gc
import os
import threading
import traceback
from collections.abc import Callable, Iterator
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
            with _collector_paused():
                result = self.fn(self._progress)
        except BaseException as exc:  # handed to the GUI thread, shown there
            self.signals.failed.emit(_as_user_error(exc), traceback.format_exc())
        else:
            self.signals.finished.emit(result)


def _as_user_error(exc: BaseException) -> BaseException:
    """The ``UserError`` a database failure stands for; any other exception as it is."""
    try:
        from kommunesamarbeid.db.errors import user_error

        found = user_error(exc)
    except Exception:  # never let the translation hide the original error
        return exc
    if found is None or found is exc:
        return exc
    found.__cause__ = exc
    return found


_paused_lock = threading.Lock()
_paused_tasks = 0


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """No automatic cyclic garbage collection while background work runs.

    A full collection of the objects that detection or a PDF build creates holds the GIL for
    100-200 ms, and the GUI thread would stall for that long (measured in bench/bench_gui.py:
    with the collector paused the longest stall falls from ~160 ms to ~20-50 ms). Memory is
    still freed by reference counting; cycles are collected when the last task ends.
    """
    global _paused_tasks
    with _paused_lock:
        _paused_tasks += 1
        if _paused_tasks == 1:
            gc.disable()
    try:
        yield
    finally:
        with _paused_lock:
            _paused_tasks -= 1
            if _paused_tasks == 0:
                gc.enable()


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
