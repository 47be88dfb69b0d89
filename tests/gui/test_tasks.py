"""Background tasks: result or error back on the GUI thread, cancel, collector paused while running."""

from __future__ import annotations

import gc

import pytest

from kommunesamarbeid.gui import tasks


def test_task_returns_result_and_pauses_the_collector(qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: list[bool] = []
    task = tasks.Task(lambda progress: (seen.append(gc.isenabled()), progress(1, 1, "x"), 42)[2])
    with qtbot.waitSignal(task.signals.finished, timeout=10_000) as blocker:
        tasks.start(task)
    assert blocker.args == [42]
    assert seen == [False]
    qtbot.waitUntil(gc.isenabled, timeout=5_000)


def test_task_error_and_cancel(qtbot) -> None:  # type: ignore[no-untyped-def]
    def fail(_progress: tasks.ProgressFn) -> None:
        raise ValueError("feil")

    task = tasks.Task(fail)
    with qtbot.waitSignal(task.signals.failed, timeout=10_000) as blocker:
        tasks.start(task)
    assert isinstance(blocker.args[0], ValueError)

    answers: list[bool] = []
    task = tasks.Task(lambda progress: answers.append(progress(0, 1, "")))
    task.cancel()
    with qtbot.waitSignal(task.signals.finished, timeout=10_000):
        tasks.start(task)
    assert answers == [False]
    assert gc.isenabled()


pytestmark = pytest.mark.gui
