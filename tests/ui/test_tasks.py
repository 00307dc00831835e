"""Background work: results and errors come back on the GUI thread; cancel drops them."""

from __future__ import annotations

import threading
import time
import weakref

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from casefile.errors import CancelledError
from casefile.ui import errors, tasks


@pytest.fixture
def threaded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)


def test_result_is_delivered_on_the_gui_thread(qtbot: QtBot, threaded) -> None:
    gui = threading.get_ident()
    seen: dict[str, int] = {}

    def op(ctx: tasks.TaskContext) -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["callback"] = threading.get_ident()

    task = tasks.run_task(op, on_success=done)
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen["value"] == 42
    assert seen["worker"] != gui
    assert seen["callback"] == gui
    assert not task.running


def test_error_goes_to_on_failure(qtbot: QtBot, threaded) -> None:
    failures: list[Exception] = []

    def op(_ctx: tasks.TaskContext) -> None:
        raise ValueError("bad")

    tasks.run_task(op, on_success=lambda _v: pytest.fail("no result"), on_failure=failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], ValueError)


def test_progress_and_cancel(qtbot: QtBot, threaded) -> None:
    progress: list[tuple[int, int, str]] = []
    delivered: list[object] = []
    started = threading.Event()

    def op(ctx: tasks.TaskContext) -> str:
        for step in range(1000):
            ctx.progress(step, 1000, "copying")
            started.set()
            if ctx.token():
                raise CancelledError()
            time.sleep(0.002)
        return "finished"

    task = tasks.run_task(
        op,
        on_success=delivered.append,
        on_failure=delivered.append,
        on_progress=lambda *args: progress.append(args),
    )
    started.wait(5)
    qtbot.waitUntil(lambda: bool(progress))
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.cancel()
    assert delivered == []  # neither a result nor the CancelledError reaches the caller
    assert progress[0][1:] == (1000, "copying")


def _gate() -> tuple[threading.Event, threading.Event, list[str]]:
    """(entered, release, log): an operation that says when it runs and waits to be released."""
    return threading.Event(), threading.Event(), []


def test_destroying_the_parent_cancels(qtbot: QtBot, threaded) -> None:
    parent = QObject()
    entered, release, _ = _gate()
    delivered: list[object] = []

    def op(_ctx: tasks.TaskContext) -> str:
        entered.set()
        release.wait(5)
        return "late"

    task = tasks.run_task(op, on_success=delivered.append, parent=parent)
    assert entered.wait(5)
    parent.deleteLater()
    qtbot.waitUntil(lambda: task.token.cancelled)
    with qtbot.waitSignal(task.finished, timeout=5000):
        release.set()
    assert delivered == []


def test_a_task_cancelled_before_its_turn_never_runs(qtbot: QtBot, threaded) -> None:
    entered, release, ran = _gate()

    def first(_ctx: tasks.TaskContext) -> None:
        entered.set()
        release.wait(5)

    tasks.run_task(first, write=True)
    assert entered.wait(5)
    queued = tasks.run_task(lambda _ctx: ran.append("queued"), on_success=ran.append, write=True)
    assert queued.cancel()  # a write that has not started can still be withdrawn
    with qtbot.waitSignal(queued.finished, timeout=5000):
        release.set()
    assert ran == []


def test_a_started_write_cannot_be_cancelled_and_delivers_its_result(
    qtbot: QtBot, threaded
) -> None:
    entered, release, _ = _gate()
    delivered: list[str] = []

    def write(_ctx: tasks.TaskContext) -> str:
        entered.set()
        release.wait(5)
        return "committed"

    task = tasks.run_task(write, on_success=delivered.append, write=True)
    assert entered.wait(5)
    assert not task.cancel()
    assert not task.token.cancelled
    with qtbot.waitSignal(task.finished, timeout=5000):
        release.set()
    assert delivered == ["committed"]


def test_a_write_outliving_its_parent_finishes_without_calling_back(qtbot: QtBot, threaded) -> None:
    parent = QObject()
    entered, release, _ = _gate()
    finished_writes: list[str] = []
    delivered: list[object] = []

    def write(_ctx: tasks.TaskContext) -> str:
        entered.set()
        release.wait(5)
        finished_writes.append("written")
        return "committed"

    task = tasks.run_task(write, on_success=delivered.append, parent=parent, write=True)
    assert entered.wait(5)
    parent.deleteLater()
    qtbot.wait(50)  # the parent is gone now
    with qtbot.waitSignal(task.finished, timeout=5000):
        release.set()
    assert finished_writes == ["written"]  # not cut short…
    assert delivered == []  # …but the deleted parent is not called back


def test_shutdown_drops_reads_and_waits_for_writes_delivering_them(qtbot: QtBot, threaded) -> None:
    write_entered, release_write, _ = _gate()
    read_entered, release_read, _ = _gate()
    delivered: list[str] = []

    def write(_ctx: tasks.TaskContext) -> str:
        write_entered.set()
        release_write.wait(5)
        time.sleep(0.2)  # still running when shutdown starts waiting
        return "write"

    def read(ctx: tasks.TaskContext) -> str:
        read_entered.set()
        release_read.wait(5)
        return "read"

    tasks.run_task(write, on_success=delivered.append, write=True)
    tasks.run_task(read, on_success=delivered.append)
    assert write_entered.wait(5) and read_entered.wait(5)
    release_write.set()
    release_read.set()
    assert tasks.shutdown(5000)
    assert delivered == ["write"]  # delivered by shutdown itself, with no event loop running


def test_writes_run_one_at_a_time_in_order(qtbot: QtBot, threaded) -> None:
    order: list[int] = []
    active = {"now": 0, "max": 0}
    lock = threading.Lock()

    def write(n: int):
        def op(_ctx: tasks.TaskContext) -> int:
            with lock:
                active["now"] += 1
                active["max"] = max(active["max"], active["now"])
            time.sleep(0.01)
            with lock:
                active["now"] -= 1
            return n

        return op

    for n in range(5):
        tasks.run_task(write(n), on_success=order.append, write=True)
    qtbot.waitUntil(lambda: len(order) == 5)
    assert order == [0, 1, 2, 3, 4]
    assert active["max"] == 1


def test_the_gui_thread_lets_go_last_of_an_operation_and_its_task(qtbot: QtBot, threaded) -> None:
    """The segfault: the pool deletes a finished runnable on its worker thread, and what that let
    go of last was destroyed there: the per-task QObject the worker emitted from, while its Task
    was being destroyed on the GUI thread (and the operation with whatever it captured)."""
    gui = threading.get_ident()
    released_on: list[int] = []
    delivered: list[int] = []

    class Captured:
        def __del__(self) -> None:
            released_on.append(threading.get_ident())

    handles: list[weakref.ref[tasks.Task[int]]] = []
    for n in range(12):
        captured = Captured()
        task = tasks.run_task(
            lambda _ctx, n=n, captured=captured: n, on_success=delivered.append, write=n % 2 == 0
        )
        handles.append(weakref.ref(task))
        del captured, task
    qtbot.waitUntil(lambda: len(delivered) == 12)
    assert tasks.shutdown(5000)  # every runnable has run and been deleted by its pool
    qtbot.waitUntil(lambda: len(released_on) == 12)
    assert set(released_on) == {gui}
    assert all(handle() is None for handle in handles)  # nothing keeps a delivered task


def test_many_writes_finishing_while_their_handles_go(qtbot: QtBot, threaded) -> None:
    """Stress the same race: handles nobody keeps, each destroyed as its result arrives."""
    delivered: list[int] = []

    def op(ctx: tasks.TaskContext) -> int:
        ctx.progress(1, 1)
        time.sleep(0.003)
        return 1

    for n in range(120):
        tasks.run_task(op, on_success=delivered.append, write=n % 4 != 0)
    qtbot.waitUntil(lambda: len(delivered) == 120, timeout=20000)


def test_a_write_failing_after_its_window_closed_is_still_reported(
    qtbot: QtBot, threaded, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = QObject()
    entered, release, _ = _gate()
    failures: list[Exception] = []
    reported: list[BaseException] = []
    monkeypatch.setattr(errors, "report", lambda exc, _parent=None: reported.append(exc))

    def write(_ctx: tasks.TaskContext) -> None:
        entered.set()
        release.wait(5)
        raise OSError("disk full")

    task = tasks.run_task(write, on_failure=failures.append, parent=parent, write=True)
    assert entered.wait(5)
    parent.deleteLater()
    qtbot.waitUntil(lambda: task._orphaned)
    with qtbot.waitSignal(task.finished, timeout=5000):
        release.set()
    assert failures == []  # the closed window is not called back…
    assert [str(exc) for exc in reported] == ["disk full"]  # …but the user is told


def test_an_error_with_no_on_failure_is_reported(
    qtbot: QtBot, threaded, monkeypatch: pytest.MonkeyPatch
) -> None:
    reported: list[BaseException] = []
    monkeypatch.setattr(errors, "report", lambda exc, _parent=None: reported.append(exc))

    def op(_ctx: tasks.TaskContext) -> None:
        raise ValueError("bad")

    task = tasks.run_task(op)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert [type(exc) for exc in reported] == [ValueError]


def test_an_operation_stopped_by_a_base_exception_still_finishes_and_fails(
    qtbot: QtBot, threaded
) -> None:
    failures: list[Exception] = []

    def op(_ctx: tasks.TaskContext) -> None:
        raise SystemExit(3)

    task = tasks.run_task(op, on_failure=failures.append, write=True)
    qtbot.waitUntil(lambda: not task.running)
    assert len(failures) == 1 and isinstance(failures[0].__cause__, SystemExit)


def test_progress_counts_past_two_gigabytes(qtbot: QtBot, threaded) -> None:
    """Evidence intake counts bytes: a 32-bit signal wrapped them and failed the copy."""
    progress: list[tuple[int, int, str]] = []
    emitted: list[tuple[int, int, str]] = []

    def op(ctx: tasks.TaskContext) -> None:
        ctx.progress(3_000_000_000, 6_000_000_000, "video.mp4")

    task = tasks.run_task(op, on_progress=lambda *args: progress.append(args))
    task.progressed.connect(lambda *args: emitted.append(args))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert progress == emitted == [(3_000_000_000, 6_000_000_000, "video.mp4")]


def test_synchronous_mode_delivers_before_returning() -> None:
    got: list[int] = []
    tasks.run_task(lambda _ctx: 7, on_success=got.append)  # tests/ui/conftest.py sets it
    assert got == [7]


def test_cancelled_error_from_the_core_is_silent(qtbot: QtBot) -> None:
    def op(_ctx: tasks.TaskContext) -> None:
        raise CancelledError()

    failures: list[Exception] = []
    tasks.run_task(op, on_failure=failures.append)
    assert failures == []
