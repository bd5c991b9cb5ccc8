"""An ordered queue of scans: each is processed in turn, none is dropped, a bad one never blocks.

Scans arrive faster than people read verdicts (two badges held to the scanner back to back), and
while one check-in is committing the next may already be typed. `ScanQueue.submit` only appends;
one scan at a time is handed to `process` — on the GUI thread from a zero-delay timer (what the
desk and booth do, so `submit` never re-enters), or on the task runner's pool if one is given. Every
outcome comes back as `processed(text, result)` on the GUI thread, or `failed(text, error)` for a
`UserError`; a bug is reported through the crash path and the queue moves on.

A `StorageError` (the station cannot save: disk full, read-only, locked, file deleted) is not an
answer about the scan: the item is *held* — kept in memory and, when a `HeldJournal` is given, in
a file beside the database — and `held(text, error)` says so. Held items are retried in order every
`retry_ms` (and new scans wait behind them, so the order of check-ins is kept); each one saved is
announced by `released(text, result)` and dropped from the journal.
"""

from __future__ import annotations

import logging
import sys
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from fairdesk.errors import StorageError, UserError
from fairdesk.ui.tasks import TaskRunner
from fairdesk.ui.widgets.held_journal import HeldJournal

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Outcome:
    result: Any = None
    error: BaseException | None = None


class ScanQueue(QObject):
    """First in, first out; see the module docstring."""

    processed = Signal(object, object)  # (item, result)
    failed = Signal(object, object)  # (item, exception)
    held = Signal(object, object)  # (item, StorageError): kept, not saved
    released = Signal(object, object)  # (item, result): a held item is saved now
    idle = Signal()

    RETRY_MS = 2000

    def __init__(
        self,
        process: Callable[[Any], Any],
        *,
        runner: TaskRunner | None = None,
        journal: HeldJournal | None = None,
        retry_ms: int = RETRY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._process = process
        self._runner = runner
        self._journal = journal
        self._waiting: deque[Any] = deque()
        self._held: deque[Any] = deque()  # not saved: the storage failed; retried first
        self._busy = False  # an item is being processed or the next one is scheduled
        self._active = False  # an item is being processed
        self._retrying = False  # the item being processed is a held one
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(retry_ms)
        self._retry.timeout.connect(self._retry_held)
        for item in journal.load() if journal is not None else []:
            self._held.append(item)  # held when the station last stopped: saved first now
        if self._held:
            self._retry.start(0)

    @property
    def pending(self) -> int:
        """Scans waiting or being processed."""
        return len(self._waiting) + (1 if self._active else 0)

    @property
    def held_count(self) -> int:
        """Scans kept but not saved (a storage problem); retried every few seconds."""
        return len(self._held)

    def held_items(self) -> list[Any]:
        return list(self._held)

    def submit(self, text: Any) -> None:
        """Queue a scan (its text, or any item `process` takes); processed after earlier ones."""
        if self._held:  # behind the held ones, so check-ins keep their order
            self._hold(text, None)
            return
        self._waiting.append(text)
        self._schedule()

    def _schedule(self) -> None:
        if not self._busy:
            self._busy = True
            QTimer.singleShot(0, self._next)

    def retry_now(self) -> None:
        """Try the held scans again at once (the storage dialog's "Try again")."""
        self._retry.start(0)

    def _retry_held(self) -> None:
        if self._held and not self._busy:
            self._busy = True
            self._retrying = True
            QTimer.singleShot(0, self._next)
        elif self._held:
            self._retry.start()

    def _hold(self, text: Any, error: StorageError | None) -> None:
        self._held.append(text)
        self._held.extend(self._waiting)  # scans already queued behind it keep their place
        self._waiting.clear()
        if self._journal is not None:
            self._journal.save(list(self._held))
        if not self._retry.isActive():
            self._retry.start()
        self.held.emit(text, error)

    def _next(self) -> None:
        if self._retrying and self._held:
            text = self._held[0]
        elif not self._waiting:
            self._busy = False
            self._retrying = False
            self.idle.emit()
            return
        else:
            self._retrying = False
            text = self._waiting.popleft()
        self._active = True
        if self._runner is None:
            self._deliver(text, self._guarded(text))
            return

        def work() -> _Outcome:
            return self._guarded(text)

        self._runner.read(work, lambda outcome: self._deliver(text, outcome), label="")

    def _guarded(self, text: Any) -> _Outcome:
        try:
            return _Outcome(result=self._process(text))
        except BaseException as exc:  # handed back, never lost with the scan
            return _Outcome(error=exc)

    def _deliver(self, text: Any, outcome: _Outcome) -> None:
        self._active = False
        if self._retrying:
            self._deliver_held(text, outcome)
            return
        try:
            if isinstance(outcome.error, StorageError):
                logger.warning("scan %r held, not saved: %s", text, outcome.error)
                self._hold(text, outcome.error)
            elif outcome.error is None:
                self.processed.emit(text, outcome.result)
            elif isinstance(outcome.error, UserError):
                logger.info("scan %r refused: %s", text, outcome.error)
                self.failed.emit(text, outcome.error)
            else:
                exc = outcome.error
                self.failed.emit(text, exc)
                sys.excepthook(type(exc), exc, exc.__traceback__)
        finally:
            QTimer.singleShot(0, self._next)

    def _deliver_held(self, text: Any, outcome: _Outcome) -> None:
        """A retried held item: saved (released), still held (stop this round), or answered."""
        if isinstance(outcome.error, StorageError):
            self._retrying = False
            self._busy = False
            self._retry.start()
            self.held.emit(None, outcome.error)  # still held: the screen keeps saying so
            QTimer.singleShot(0, self._schedule_if_waiting)
            return
        self._held.popleft()
        if self._journal is not None:
            self._journal.save(list(self._held))
        if outcome.error is None:
            self.released.emit(text, outcome.result)
        elif isinstance(outcome.error, UserError):
            self.failed.emit(text, outcome.error)
        else:
            exc = outcome.error
            self.failed.emit(text, exc)
            sys.excepthook(type(exc), exc, exc.__traceback__)
        self._retrying = bool(self._held)
        QTimer.singleShot(0, self._next)

    def _schedule_if_waiting(self) -> None:
        if self._waiting and not self._held:
            self._schedule()
