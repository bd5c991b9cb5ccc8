"""Undo and redo for the floor plan (QUndoStack): each command calls a service, its undo calls
the inverse service.

A `ServiceStep` is run once before it is pushed (`run_first`): when the service refuses (a
booth taken, a locked booth) the person sees why and nothing enters the stack. Afterwards
`redo` calls `redo_fn` with what the last undo returned (a deleted booth comes back with its
own id, so later commands still find it) and `undo` calls `undo_fn` with what the last do
returned; `show` brings the scene up to date with each result, item by item.

When an undo or redo is refused (the plan changed on another laptop since), the person is told
and `failed` asks the screen to reload the plan and drop the history.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from fairdesk.errors import UserError

Show = Callable[[Any], None]


class ServiceStep(QUndoCommand):
    def __init__(
        self,
        text: str,
        do: Callable[[], Any],
        undo: Callable[[Any], Any],
        *,
        redo: Callable[[Any], Any] | None = None,
        show_done: Show,
        show_undone: Show | None = None,
        failed: Callable[[UserError], None],
    ) -> None:
        super().__init__(text)
        self._do, self._undo = do, undo
        self._redo = redo or (lambda _undone: do())
        self._show_done, self._show_undone = show_done, show_undone or show_done
        self._failed = failed
        self._done: Any = None
        self._undone: Any = None
        self._first = True

    def run_first(self) -> Any:
        """Do it now (raises the service's UserError); `push` then skips the first redo."""
        self._done = self._do()
        self._show_done(self._done)
        return self._done

    @property
    def result(self) -> Any:
        return self._done

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        try:
            self._done = self._redo(self._undone)
        except UserError as exc:
            self.setObsolete(True)
            self._failed(exc)
            return
        self._show_done(self._done)

    def undo(self) -> None:
        try:
            self._undone = self._undo(self._done)
        except UserError as exc:
            self.setObsolete(True)
            self._failed(exc)
            return
        self._show_undone(self._undone)
