"""Running slow work off the GUI thread (CONVENTIONS rule 5, Anki's `QueryOp` idea).

`TaskRunner.run(fn, on_done)` runs `fn` on `QThreadPool.globalInstance()` and calls `on_done`
with its result on the GUI thread. `fn` must not touch a widget; a service called inside it opens
its own session. A `UserError` goes to `on_error` (default: a plain message box); any other
exception is a bug and goes to the crash path (`sys.excepthook`, see `crash_dialog`) and then to
`on_error` too, so a screen can leave its busy state. Work still
running after `BUSY_DELAY_MS` raises `busy_changed(True)` so the window can show progress.
"""

from __future__ import annotations

import itertools
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from fairdesk.errors import UserError
from fairdesk.ui.crash_dialog import show_user_error

logger = logging.getLogger(__name__)

T = TypeVar("T")
BUSY_DELAY_MS = 500


class _Signals(QObject):
    """Lives on the GUI thread; workers emit, so delivery is queued to the GUI thread."""

    done = Signal(int, object)
    failed = Signal(int, object)


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
    on_error: Callable[[BaseException], None] | None
    label: str


class TaskRunner(QObject):
    """The one way screens run slow work; see the module docstring."""

    busy_changed = Signal(bool)
    label_changed = Signal(str)

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
        self._signals = _Signals(self)
        self._signals.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
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

    def run(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None = None,
        *,
        label: str = "",
    ) -> int:
        """Start `fn` on the pool; returns a task id (for logs and tests)."""
        task_id = next(self._ids)
        self._tasks[task_id] = _Task(on_done, on_error, label)
        logger.debug("task %d started: %s", task_id, label or getattr(fn, "__name__", fn))
        if not self._busy and not self._busy_timer.isActive():
            self._busy_timer.start()
        elif self._busy:
            self.label_changed.emit(self.current_label())
        self._pool.start(_Worker(task_id, fn, self._signals))
        return task_id

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until the pool is idle (shutdown and tests); results are not delivered here."""
        return self._pool.waitForDone(msecs)

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
        return task

    @Slot(int, object)
    def _on_done(self, task_id: int, result: object) -> None:
        task = self._finish(task_id)
        if task is not None:
            task.on_done(result)

    @Slot(int, object)
    def _on_failed(self, task_id: int, exc: BaseException) -> None:
        task = self._finish(task_id)
        if task is None:
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
