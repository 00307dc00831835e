"""Background work in one place (Anki's QueryOp, Picard's run_task).

`run_task(op, on_success=…)` runs `op(ctx)` on a thread pool and delivers its result, or its
error, back on the GUI thread. The operation gets a `TaskContext`: a cancel token (also usable as
the core's `cancelled` callable) and a thread-safe `progress(done, total, label)` reporter. It
never touches widgets. Writes (`write=True`) go through a pool with one thread, so they happen one
at a time and in order; reads run in parallel.

A cancelled task delivers nothing: neither `on_success` nor `on_failure` is called; a result that
arrives anyway goes to `on_discard` (e.g. to close an archive nobody will use). A task cancelled
before its turn never runs.

A write cannot be cancelled once it has started: it commits whatever the user does meanwhile, so
its result is always delivered (a new case must reach the list). `cancel()` withdraws a write only
while it still waits for its turn.

A task whose `parent` QObject is destroyed is cancelled, so a callback never reaches a deleted
widget; a write that had started still finishes, and only its callbacks are skipped.

`shutdown()` is called once, when the app quits (after the last window closed): reads are cancelled,
writes are waited for (bounded) and their results delivered.

Tests set `SYNCHRONOUS = True` (see `tests/ui/conftest.py`): the operation then runs inline and
its callbacks have fired by the time `run_task` returns.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QEvent,
    QObject,
    QRunnable,
    QThreadPool,
    Signal,
    Slot,
)

from casefile.errors import CancelledError

T = TypeVar("T")

log = logging.getLogger("casefile.ui.tasks")

SYNCHRONOUS = False
"""Run operations inline on the calling thread (deterministic GUI tests)."""

_running: set[Task] = set()
_pools: dict[str, QThreadPool] = {}


class CancelToken:
    """Set by the GUI thread, read by the worker: `if ctx.token(): …` / `cancelled=ctx.token`.

    With `binding=True` (writes) the token can no longer be set once the operation has started.
    """

    def __init__(self, binding: bool = False) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._binding = binding
        self._started = False

    def cancel(self) -> bool:
        """Ask the operation to stop; False if it is a write that has already started."""
        with self._lock:
            if self._binding and self._started:
                return False
            self._event.set()
            return True

    def start(self) -> bool:
        """Called by the worker before it runs the operation; False if cancelled before."""
        with self._lock:
            if self._event.is_set():
                return False
            self._started = True
            return True

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def __call__(self) -> bool:
        return self._event.is_set()


class TaskContext:
    """What an operation may use: its cancel token and a progress reporter."""

    def __init__(self, token: CancelToken, report: Callable[[int, int, str], None]) -> None:
        self.token = token
        self._report = report

    def progress(self, done: int, total: int, label: str = "") -> None:
        """Report progress; safe to call often from the worker thread."""
        self._report(done, total, label)


class _Relay(QObject):
    """Carries a worker's results across threads: created in the GUI thread, emitted from the
    worker, so Qt queues the delivery into the GUI thread's event loop."""

    progressed = Signal(int, int, str)
    done = Signal(bool, object)


class _Runnable(QRunnable):
    def __init__(self, op: Callable[[TaskContext], Any], ctx: TaskContext, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._op = op
        self._ctx = ctx
        self._relay = relay

    def run(self) -> None:
        if not self._ctx.token.start():  # cancelled while it waited for its turn
            self._relay.done.emit(False, CancelledError())
            return
        try:
            result = self._op(self._ctx)
        except Exception as exc:  # delivered to on_failure on the GUI thread
            self._relay.done.emit(False, exc)
        else:
            self._relay.done.emit(True, result)


class Task(QObject, Generic[T]):
    """A handle on one operation; lives in the GUI thread. Signals fire on the GUI thread."""

    progressed = Signal(int, int, str)
    finished = Signal()  # after the result or error was delivered, or the task was cancelled

    def __init__(
        self,
        on_success: Callable[[T], None] | None,
        on_failure: Callable[[Exception], None] | None,
        on_progress: Callable[[int, int, str], None] | None,
        label: str,
        on_discard: Callable[[T], None] | None = None,
        write: bool = False,
    ) -> None:
        super().__init__()
        self.label = label
        self.write = write
        self.token = CancelToken(binding=write)
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_progress = on_progress
        self._on_discard = on_discard
        self._done = False
        self._orphaned = False  # its parent was destroyed: no callback may run
        self._relay = _Relay()
        self._relay.progressed.connect(self._deliver_progress)
        self._relay.done.connect(self._deliver)

    @property
    def running(self) -> bool:
        return not self._done

    def cancel(self) -> bool:
        """Ask the operation to stop and drop whatever it delivers. A write that has started is
        not stopped: False then, and its result will be delivered."""
        return self.token.cancel()

    @Slot()
    def _parent_destroyed(self) -> None:
        self._orphaned = True
        self.cancel()

    @Slot(int, int, str)
    def _deliver_progress(self, done: int, total: int, label: str) -> None:
        if self._done or self._orphaned or self.token.cancelled:
            return
        if self._on_progress is not None:
            self._on_progress(done, total, label)
        self.progressed.emit(done, total, label)

    @Slot(bool, object)
    def _deliver(self, ok: bool, value: object) -> None:
        if self._done:
            return
        self._done = True
        _running.discard(self)
        try:
            if self._orphaned and not self.token.cancelled:  # a write that had started
                log.info("%s finished after its window was closed", self.label or "a write")
            if self.token.cancelled or self._orphaned or isinstance(value, CancelledError):
                if ok and self._on_discard is not None:
                    self._on_discard(value)  # type: ignore[arg-type]
                return
            if ok:
                if self._on_success is not None:
                    self._on_success(value)  # type: ignore[arg-type]
            elif self._on_failure is not None:
                self._on_failure(value)  # type: ignore[arg-type]
            else:
                from casefile.ui import errors

                errors.report(value)  # type: ignore[arg-type]
        finally:
            self.finished.emit()


def _pool(write: bool) -> QThreadPool:
    key = "write" if write else "read"
    pool = _pools.get(key)
    if pool is None:
        pool = QThreadPool()
        pool.setObjectName(f"casefile-{key}")
        pool.setMaxThreadCount(
            1 if write else max(2, min(4, QThreadPool.globalInstance().maxThreadCount()))
        )
        _pools[key] = pool
    return pool


def run_task(
    op: Callable[[TaskContext], T],
    *,
    on_success: Callable[[T], None] | None = None,
    on_failure: Callable[[Exception], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    parent: QObject | None = None,
    write: bool = False,
    label: str = "",
    on_discard: Callable[[T], None] | None = None,
) -> Task[T]:
    """Run `op(ctx)` off the GUI thread; see the module docstring.

    Without `on_failure`, an error is reported to the user by `casefile.ui.errors.report`.
    """
    task: Task[T] = Task(on_success, on_failure, on_progress, label, on_discard, write)
    if parent is not None:
        parent.destroyed.connect(task._parent_destroyed)
    _running.add(task)
    relay = task._relay
    ctx = TaskContext(task.token, lambda *args: relay.progressed.emit(*args))
    if SYNCHRONOUS:
        task.token.start()
        try:
            result = op(ctx)
        except Exception as exc:
            task._deliver(False, exc)
        else:
            task._deliver(True, result)
        return task
    _pool(write).start(_Runnable(op, ctx, task._relay))
    return task


def shutdown(timeout_ms: int = 5000) -> bool:
    """When the app quits, once: cancel the reads, let the writes finish and deliver their results.

    Waits at most `timeout_ms` in all, writes first; True if every worker stopped in time. A write
    still running then is abandoned mid-transaction, which SQLite rolls back.
    """
    for task in list(_running):
        if not task.write:  # writes, started or queued, all run
            task.cancel()
    deadline = QDeadlineTimer(timeout_ms)
    stopped = True
    for key in ("write", "read"):
        pool = _pools.get(key)
        if pool is not None:
            stopped = pool.waitForDone(deadline) and stopped
    _deliver_finished()
    return stopped


def _deliver_finished() -> None:
    """Deliver the results that finished workers have queued for the GUI thread, and nothing
    else (no user input, no timers)."""
    if QCoreApplication.instance() is None:
        return
    for task in list(_running):
        QCoreApplication.sendPostedEvents(task._relay, QEvent.Type.MetaCall)
        QCoreApplication.sendPostedEvents(task, QEvent.Type.MetaCall)
