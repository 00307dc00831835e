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

A failure is always put into words for the user: by `on_failure`, or else by
`casefile.ui.errors.report`, and also when the write failed after its window was closed (its
`on_failure` cannot run then, so the report has no parent). Only a cancelled task fails silently.

`shutdown()` is called once, when the app quits (after the last window closed): reads are cancelled,
writes are waited for (bounded) and their results delivered.

Threads and object lifetimes: a worker holds no Qt object that it could be the last to let go of.
It signals through one `_Dispatcher` made on the GUI thread and kept for the life of the process,
by a task's number; the outcome waits in a plain `_Job`; the operation is let go of before the
worker signals, so the GUI thread (the `Task`) drops the last reference to it and to whatever it
captured. (A per-task QObject that the worker emitted from was destroyed on the worker thread when
the pool deleted the runnable, at the moment its `Task` was destroyed on the GUI thread: a
segmentation fault, now and then, in the tests.)

Tests set `SYNCHRONOUS = True` (see `tests/ui/conftest.py`): the operation then runs inline and
its callbacks have fired by the time `run_task` returns.
"""

from __future__ import annotations

import itertools
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
    QTimer,
    Signal,
    Slot,
)

from casefile.errors import CancelledError

T = TypeVar("T")

log = logging.getLogger("casefile.ui.tasks")

SYNCHRONOUS = False
"""Run operations inline on the calling thread (deterministic GUI tests)."""

_running: dict[int, Task[Any]] = {}  # by key, until delivered
_pools: dict[str, QThreadPool] = {}
_keys = itertools.count(1)


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


class _Job:
    """One operation and, once it ran, its outcome: what a worker holds. Plain Python, no Qt."""

    __slots__ = ("ctx", "key", "op", "outcome")

    def __init__(self, key: int, op: Callable[[TaskContext], Any], ctx: TaskContext) -> None:
        self.key = key
        self.op: Callable[[TaskContext], Any] | None = op
        self.ctx = ctx
        self.outcome: tuple[bool, Any] | None = None


class _Dispatcher(QObject):
    """Carries every worker's progress and outcome into the GUI thread: made there once and never
    destroyed, so a worker never emits from (or lets go last of) a QObject that can go away. The
    signals carry a task's number only; `_running` finds the task, its `_Job` the outcome."""

    # key, done, total, label; 64-bit counts: a copy of evidence counts bytes, past 2 GiB
    progressed = Signal(int, "qlonglong", "qlonglong", str)  # type: ignore[arg-type]  # C++ names
    finished = Signal(int)  # key: the outcome is in the task's job

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("casefile-tasks")
        # Emitted by workers, received here on the GUI thread: Qt queues them (in order).
        self.progressed.connect(self._progressed)
        self.finished.connect(self._finished)

    @Slot(int, "qlonglong", "qlonglong", str)
    def _progressed(self, key: int, done: int, total: int, label: str) -> None:
        task = _running.get(key)
        if task is not None:
            task._deliver_progress(done, total, label)

    @Slot(int)
    def _finished(self, key: int) -> None:
        task = _running.get(key)
        if task is None or task._job is None or task._job.outcome is None:
            return
        ok, value = task._job.outcome
        task._job.outcome = None
        task._deliver(ok, value)


_dispatcher: _Dispatcher | None = None


def _the_dispatcher() -> _Dispatcher:
    """The one dispatcher, made on first use; `run_task` is called on the GUI thread."""
    global _dispatcher
    if _dispatcher is None:
        _dispatcher = _Dispatcher()
    return _dispatcher


class _Runnable(QRunnable):
    """Runs a job on a pool thread; the pool deletes it there (autoDelete), so it holds the job
    only: no QObject, and no operation once it has run."""

    def __init__(self, job: _Job, dispatcher: _Dispatcher) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._job = job
        self._dispatcher = dispatcher  # lives as long as the process

    def run(self) -> None:
        job = self._job
        op, job.op = job.op, None  # the Task keeps its own reference until it has delivered
        try:
            if op is None or not job.ctx.token.start():  # cancelled while it waited its turn
                job.outcome = (False, CancelledError())
            else:
                try:
                    job.outcome = (True, op(job.ctx))
                except Exception as exc:  # delivered to on_failure on the GUI thread
                    job.outcome = (False, exc)
                except BaseException as exc:  # e.g. SystemExit: still a failure to deliver
                    job.outcome = (False, _stopped(exc))
        finally:
            del op  # before the signal: the last reference is the GUI thread's
            self._dispatcher.finished.emit(job.key)


def _stopped(exc: BaseException) -> Exception:
    error = RuntimeError(f"The operation stopped: {exc!r}")
    error.__cause__ = exc
    return error


class Task(QObject, Generic[T]):
    """A handle on one operation; lives in the GUI thread. Signals fire on the GUI thread."""

    # done, total, label (a C++ type name is what makes the counts 64-bit)
    progressed = Signal("qlonglong", "qlonglong", str)  # type: ignore[arg-type]
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
        self._key = next(_keys)
        self._job: _Job | None = None
        self._op: Callable[[TaskContext], Any] | None = None  # released here, on the GUI thread

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

    def _deliver_progress(self, done: int, total: int, label: str) -> None:
        if self._done or self._orphaned or self.token.cancelled:
            return
        if self._on_progress is not None:
            self._on_progress(done, total, label)
        self.progressed.emit(done, total, label)

    def _deliver(self, ok: bool, value: object) -> None:
        if self._done:
            return
        self._done = True
        _running.pop(self._key, None)
        on_success, on_failure, on_discard = self._on_success, self._on_failure, self._on_discard
        # Let go of the operation and the callbacks (and the widgets they captured) here, on the
        # GUI thread, and break the window ↔ task cycles the garbage collector would otherwise
        # free on whichever thread it happens to run.
        self._on_success = self._on_failure = self._on_progress = self._on_discard = None
        self._op = self._job = None
        try:
            silent = isinstance(value, CancelledError)
            if self._orphaned and not self.token.cancelled:  # a write that had started
                log.info("%s finished after its window was closed", self.label or "a write")
                if not ok and not silent:  # its window cannot say it failed: tell the user
                    _report(value)  # type: ignore[arg-type]
                    return
            if self.token.cancelled or self._orphaned or silent:
                if ok and on_discard is not None:
                    on_discard(value)  # type: ignore[arg-type]
                return
            if ok:
                if on_success is not None:
                    on_success(value)  # type: ignore[arg-type]
            elif on_failure is not None:
                on_failure(value)  # type: ignore[arg-type]
            else:
                _report(value)  # type: ignore[arg-type]
        finally:
            self.finished.emit()


def _report(exc: Exception) -> None:
    from casefile.ui import errors

    errors.report(exc)


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
    _running[task._key] = task
    dispatcher = _the_dispatcher()
    key = task._key
    ctx = TaskContext(task.token, lambda *args: dispatcher.progressed.emit(key, *args))
    if SYNCHRONOUS:
        task.token.start()
        try:
            result = op(ctx)
        except Exception as exc:
            task._deliver(False, exc)
        else:
            task._deliver(True, result)
        return task
    task._op = op
    task._job = _Job(key, op, ctx)
    _pool(write).start(_Runnable(task._job, dispatcher))
    return task


def settle_timer(parent: QObject, delay_ms: int, then: Callable[[], object]) -> QTimer:
    """A single-shot timer that runs `then` once typing has paused for `delay_ms` (each
    `start()` begins the wait again): a read made once, not at every key."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(delay_ms)
    timer.timeout.connect(then)
    return timer


def shutdown(timeout_ms: int = 5000) -> bool:
    """When the app quits, once: cancel the reads, let the writes finish and deliver their results.

    Waits at most `timeout_ms` in all, writes first; True if every worker stopped in time. A write
    still running then is abandoned mid-transaction, which SQLite rolls back.
    """
    for task in list(_running.values()):
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
    if QCoreApplication.instance() is None or _dispatcher is None:
        return
    QCoreApplication.sendPostedEvents(_dispatcher, QEvent.Type.MetaCall)
