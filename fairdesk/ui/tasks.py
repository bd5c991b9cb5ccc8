"""Running slow work off the GUI thread, and telling screens what changed (CONVENTIONS 5 and 6).

Anki's `QueryOp`/`CollectionOp` idea. `TaskRunner.read(fn, on_done)` runs `fn` on
`QThreadPool.globalInstance()` and calls `on_done` with its result on the GUI thread; a read never
announces anything. `TaskRunner.write(fn, on_done, kinds=...)` does the same and, once `fn` has
returned, announces `kinds` ("checkins", "attendees", … see `fairdesk.ui.changes`). Writes that
must stay on the GUI thread (a desk check-in is one ~2 ms transaction between key events) are
wrapped with `inline_write(fn, kinds)`; a change made elsewhere (another process on the same file)
reaches `announce` too. Whatever announces, the runner emits ONE `data_changed(frozenset)` per
event-loop turn with every kind announced in it, and counters, lists and the status bar refresh
from that — no screen polls.

`fn` must not touch a widget; a service called inside it opens its own session. Long work takes
an `on_progress(done, total)` callback: `fn` is then called with a thread-safe `report(done,
total)`, and the window's busy bar shows the numbers. A `UserError` goes to `on_error` (default: a
plain message box); any other exception is a bug and goes to the crash path (`sys.excepthook`,
see `crash_dialog`) and then to `on_error` too, so a screen can leave its busy state. Work still
running after `BUSY_DELAY_MS` raises `busy_changed(True)` so the window can show progress.
`every(minutes, fn)` runs a read on a schedule (the rolling backups).
"""

from __future__ import annotations

import itertools
import logging
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar, overload

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from fairdesk.errors import UserError
from fairdesk.ui.crash_dialog import show_user_error

logger = logging.getLogger(__name__)

T = TypeVar("T")
BUSY_DELAY_MS = 500
Report = Callable[[int, int], None]  # (done, total), callable from the worker thread
OnError = Callable[[BaseException], None]


class _Signals(QObject):
    """Lives on the GUI thread; workers emit, so delivery is queued to the GUI thread."""

    done = Signal(int, object)
    failed = Signal(int, object)
    progress = Signal(int, int, int)  # task id, done, total


class _Worker(QRunnable):
    def __init__(self, task_id: int, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        # The pool owns and deletes the runnable after run() returns. Python must not hold it:
        # if the GUI thread dropped the last reference while the pool thread was still leaving
        # run(), the C++ object would be freed under the pool's feet (a segfault seen in tests).
        self.setAutoDelete(True)
        self._task_id = task_id
        self._fn = fn
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # everything goes back to the GUI thread
            self._signals.failed.emit(self._task_id, exc)
        else:
            self._signals.done.emit(self._task_id, result)


@dataclass
class _Task:
    on_done: Callable[[Any], None]
    on_error: OnError | None
    label: str
    kinds: frozenset[str] = field(default_factory=frozenset)
    on_progress: Report | None = None


class TaskRunner(QObject):
    """The one way screens run slow work and hear about changes; see the module docstring."""

    busy_changed = Signal(bool)
    label_changed = Signal(str)
    progress_changed = Signal(int, int)  # (done, total) of the task reporting progress
    data_changed = Signal(object)  # frozenset[str] of kinds, once per event-loop turn

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        pool: QThreadPool | None = None,
        parent_getter: Callable[[], QWidget | None] | None = None,
        busy_delay_ms: int = BUSY_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._parent_getter = parent_getter or QApplication.activeWindow
        self._ids = itertools.count(1)
        self._tasks: dict[int, _Task] = {}
        self._busy = False
        self._changed: set[str] = set()
        self._signals = _Signals(self)
        self._signals.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._signals.progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(busy_delay_ms)
        self._busy_timer.timeout.connect(self._announce_busy)

    @property
    def active_count(self) -> int:
        return len(self._tasks)

    @property
    def is_busy(self) -> bool:
        """True once work has run longer than the busy delay (progress is showing)."""
        return self._busy

    def current_label(self) -> str:
        """Label of the oldest running task ("" when idle or unlabelled)."""
        return next((t.label for t in self._tasks.values() if t.label), "")

    # -- starting work -----------------------------------------------------------------------

    @overload
    def read(
        self, fn: Callable[[], T], on_done: Callable[[T], None], on_error: OnError | None = ...,
        *, label: str = ..., on_progress: None = ...,
    ) -> int: ...  # fmt: skip
    @overload
    def read(
        self, fn: Callable[[Report], T], on_done: Callable[[T], None],
        on_error: OnError | None = ..., *, label: str = ..., on_progress: Report,
    ) -> int: ...  # fmt: skip
    def read(
        self,
        fn: Callable[..., T],
        on_done: Callable[[T], None],
        on_error: OnError | None = None,
        *,
        label: str = "",
        on_progress: Report | None = None,
    ) -> int:
        """Start `fn`, which only reads, on the pool; returns a task id (for logs and tests)."""
        return self._start(fn, _Task(on_done, on_error, label, frozenset(), on_progress))

    @overload
    def write(
        self, fn: Callable[[], T], on_done: Callable[[T], None], on_error: OnError | None = ...,
        *, kinds: Iterable[str], label: str = ..., on_progress: None = ...,
    ) -> int: ...  # fmt: skip
    @overload
    def write(
        self, fn: Callable[[Report], T], on_done: Callable[[T], None],
        on_error: OnError | None = ..., *, kinds: Iterable[str], label: str = ...,
        on_progress: Report,
    ) -> int: ...  # fmt: skip
    def write(
        self,
        fn: Callable[..., T],
        on_done: Callable[[T], None],
        on_error: OnError | None = None,
        *,
        kinds: Iterable[str],
        label: str = "",
        on_progress: Report | None = None,
    ) -> int:
        """Start `fn`, which changes `kinds` of data; they are announced when it returns (and
        also when it fails: a failed import may have saved part of its work)."""
        task = _Task(on_done, on_error, label, _kinds(kinds), on_progress)
        return self._start(fn, task)

    def _start(self, fn: Callable[..., Any], task: _Task) -> int:
        task_id = next(self._ids)
        self._tasks[task_id] = task
        logger.debug("task %d started: %s", task_id, task.label or getattr(fn, "__name__", fn))
        if not self._busy and not self._busy_timer.isActive():
            self._busy_timer.start()
        elif self._busy:
            self.label_changed.emit(self.current_label())
        work = fn
        if task.on_progress is not None:
            emit = self._signals.progress.emit

            def work() -> Any:
                return fn(lambda done, total: emit(task_id, done, total))

        self._pool.start(_Worker(task_id, work, self._signals))
        return task_id

    def inline_write(self, fn: Callable[..., T], kinds: Iterable[str]) -> Callable[..., T]:
        """`fn` run on the calling (GUI) thread, announcing `kinds` whenever it returns."""
        wanted = _kinds(kinds)

        def wrapped(*args: Any, **kwargs: Any) -> T:
            try:
                return fn(*args, **kwargs)
            finally:
                self.announce(wanted)

        return wrapped

    def every(self, minutes: float, fn: Callable[[], Any], *, first_delay_ms: int = 5_000,
              label: str = "") -> QTimer:  # fmt: skip
        """Run the read `fn` soon after start and every `minutes`; stop the returned timer."""

        def start() -> None:
            self.read(fn, lambda result: logger.info("%s: %s", label or "scheduled", result),
                      label=label)  # fmt: skip

        timer = QTimer(self)
        timer.setInterval(int(minutes * 60_000))
        timer.timeout.connect(start)
        timer.start()
        QTimer.singleShot(first_delay_ms, timer, start)  # once the station is up and quiet
        return timer

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until the pool is idle (shutdown and tests); results are not delivered here."""
        return self._pool.waitForDone(msecs)

    # -- announcing changes ------------------------------------------------------------------

    def announce(self, kinds: Iterable[str]) -> None:
        """Say that `kinds` of data changed; one `data_changed` follows on the next turn."""
        new = _kinds(kinds)
        if not new:
            return
        if not self._changed:
            QTimer.singleShot(0, self, self._emit_changed)
        self._changed |= new

    @Slot()
    def _emit_changed(self) -> None:
        kinds, self._changed = frozenset(self._changed), set()
        if kinds:
            logger.debug("data changed: %s", ", ".join(sorted(kinds)))
            self.data_changed.emit(kinds)

    # -- results back on the GUI thread ------------------------------------------------------

    @Slot()
    def _announce_busy(self) -> None:
        if self._tasks and not self._busy:
            self._busy = True
            self.label_changed.emit(self.current_label())
            self.busy_changed.emit(True)

    def _finish(self, task_id: int) -> _Task | None:
        task = self._tasks.pop(task_id, None)
        if not self._tasks:
            self._busy_timer.stop()
            if self._busy:
                self._busy = False
                self.busy_changed.emit(False)
        elif self._busy:
            self.label_changed.emit(self.current_label())
        if task is not None:
            self.announce(task.kinds)
        return task

    @Slot(int, int, int)
    def _on_progress(self, task_id: int, done: int, total: int) -> None:
        task = self._tasks.get(task_id)
        if task is not None and task.on_progress is not None and _still_there(task.on_progress):
            task.on_progress(done, total)
            self.progress_changed.emit(done, total)

    @Slot(int, object)
    def _on_done(self, task_id: int, result: object) -> None:
        task = self._finish(task_id)
        if task is not None and _still_there(task.on_done):
            task.on_done(result)

    @Slot(int, object)
    def _on_failed(self, task_id: int, exc: BaseException) -> None:
        task = self._finish(task_id)
        if task is None or not _still_there(task.on_done):
            return
        if isinstance(exc, UserError):
            logger.info("task %d (%s): %s", task_id, task.label, exc)
            if task.on_error is not None:
                task.on_error(exc)
            else:
                show_user_error(self._parent_getter(), str(exc))
            return
        # A bug: the crash path logs the traceback and shows the report; the station keeps going.
        # The screen still hears of it, so it can re-enable what it disabled while waiting.
        sys.excepthook(type(exc), exc, exc.__traceback__)
        if task.on_error is not None:
            task.on_error(exc)


def _kinds(kinds: Iterable[str]) -> frozenset[str]:
    if isinstance(kinds, str):  # "checkins" would otherwise become {"c", "h", …}
        return frozenset((kinds,))
    return frozenset(str(kind) for kind in kinds)


def _still_there(callback: Callable[..., object]) -> bool:
    """False when `callback` is a method of a Qt object that is gone: a screen closed while its
    read ran has nothing left to show the result on."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)
