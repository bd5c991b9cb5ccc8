"""An ordered queue of scans: each is processed in turn, none is dropped, a bad one never blocks.

Scans arrive faster than people read verdicts (two badges held to the scanner back to back), and
while one check-in is committing the next may already be typed. `ScanQueue.submit` only appends;
one scan at a time is handed to `process` — on the GUI thread from a zero-delay timer (what the
desk and booth do, so `submit` never re-enters), or on the task runner's pool if one is given. Every
outcome comes back as `processed(text, result)` on the GUI thread, or `failed(text, error)` for a
`UserError`; a bug is reported through the crash path and the queue moves on.
"""

from __future__ import annotations

import logging
import sys
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from fairdesk.errors import UserError
from fairdesk.ui.tasks import TaskRunner

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Outcome:
    result: Any = None
    error: BaseException | None = None


class ScanQueue(QObject):
    """First in, first out; see the module docstring."""

    processed = Signal(object, object)  # (item, result)
    failed = Signal(object, object)  # (item, exception)
    idle = Signal()

    def __init__(
        self,
        process: Callable[[Any], Any],
        *,
        runner: TaskRunner | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._process = process
        self._runner = runner
        self._waiting: deque[Any] = deque()
        self._busy = False  # an item is being processed or the next one is scheduled
        self._active = False  # an item is being processed

    @property
    def pending(self) -> int:
        """Scans waiting or being processed."""
        return len(self._waiting) + (1 if self._active else 0)

    def submit(self, text: Any) -> None:
        """Queue a scan (its text, or any item `process` takes); processed after earlier ones."""
        self._waiting.append(text)
        if not self._busy:
            self._busy = True
            QTimer.singleShot(0, self._next)

    def _next(self) -> None:
        if not self._waiting:
            self._busy = False
            self.idle.emit()
            return
        text = self._waiting.popleft()
        self._active = True
        if self._runner is None:
            self._deliver(text, self._guarded(text))
            return

        def work() -> _Outcome:
            return self._guarded(text)

        self._runner.run(work, lambda outcome: self._deliver(text, outcome), label="")

    def _guarded(self, text: Any) -> _Outcome:
        try:
            return _Outcome(result=self._process(text))
        except BaseException as exc:  # handed back, never lost with the scan
            return _Outcome(error=exc)

    def _deliver(self, text: Any, outcome: _Outcome) -> None:
        self._active = False
        try:
            if outcome.error is None:
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
