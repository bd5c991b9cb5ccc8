"""Undoing the desk's last check-in: press once to be asked, again (within seconds) to undo.

A mis-scan (the wrong badge from a pile, a friend's card) must be easy to take back, but never by
a stray key: the first Ctrl+Z or click only arms the undo and says whose check-in it would void;
Esc or a few seconds disarm it. The undo itself is recorded by `CheckInService.undo` (undone_at).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QPushButton

from fairdesk.errors import UserError
from fairdesk.services.desk.checkin import AttendeeCard, CheckInResult

logger = logging.getLogger(__name__)

ARM_MS = 6000
UNDO_DEPTH = 20  # an arrival followed by a double read can still be taken back


class UndoControl(QObject):
    """Drives the undo button; `message(str)` for the status line, `undone(card)` when done."""

    message = Signal(str)
    undone = Signal(object)
    failed = Signal(object)

    def __init__(
        self, undo: Callable[[uuid.UUID], None], button: QPushButton, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._undo = undo
        self._button = button
        self._made_here: list[CheckInResult] = []  # newest last; a double read undoes twice
        self.armed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(ARM_MS)
        self._timer.timeout.connect(self.disarm)
        self._label()

    def _label(self) -> None:
        text = self.tr("Confirm undo (Ctrl+Z)") if self.armed else self.tr("Undo (Ctrl+Z)")
        self._button.setText(text)
        self._button.setAccessibleName(text)

    @property
    def last(self) -> CheckInResult | None:
        """The check-in an undo would void now: the newest one made here not yet undone."""
        return self._made_here[-1] if self._made_here else None

    def remember(self, result: CheckInResult) -> None:
        """The newest check-in made here is the one an undo would void."""
        self._made_here = [*self._made_here[-(UNDO_DEPTH - 1) :], result]
        self.disarm()

    def disarm(self) -> None:
        was_armed, self.armed = self.armed, False
        self._timer.stop()
        self._label()
        if was_armed:
            self.message.emit("")

    def press(self) -> None:
        last = self.last
        if last is None or last.checkin_id is None or last.attendee is None:
            self.message.emit(self.tr("Nothing to undo."))
            return
        if not self.armed:
            self.armed = True
            self._timer.start()
            self._label()
            question = self.tr(
                "Undo the check-in of {name}? Press Ctrl+Z again to confirm, Esc to keep it."
            )
            self.message.emit(question.format(name=last.attendee.name))
            return
        self.disarm()
        person: AttendeeCard = last.attendee
        try:
            self._undo(last.checkin_id)  # one short write, a few ms
        except UserError as exc:
            self.failed.emit(exc)
            return
        self._made_here.pop()
        logger.info("check-in %s undone at the desk", last.checkin_id)
        self.undone.emit(person)
