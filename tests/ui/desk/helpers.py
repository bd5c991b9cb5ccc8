"""Helpers for the desk tests: a store with people, the screen on real services, scanner bursts."""

from __future__ import annotations

import itertools
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlmodel import col, select

from fairdesk.config import Settings
from fairdesk.store.engine import read_session
from fairdesk.store.models import Attendee, CheckIn
from fairdesk.ui.desk.badges import PrintBadge
from fairdesk.ui.desk.screen import DeskScreen
from fairdesk.ui.sounds import DeskSounds
from fairdesk.ui.tasks import TaskRunner
from fairdesk.wiring import DeskServices, wire

_clock = itertools.count(100_000, 1000)  # key-event timestamps (ms), each burst later than the last


@dataclass
class Printed:
    calls: list[tuple[list[uuid.UUID], bool]] = field(default_factory=list)

    def __call__(self, ids: list[uuid.UUID], reissue: bool) -> None:
        self.calls.append((list(ids), reissue))


def desk_services(engine: Engine) -> DeskServices:
    """The desk's real services on `engine`, as station 东门 (the bundle `wiring` builds)."""
    settings = Settings(db_path=Path(str(engine.url.database)), station_name="东门")
    return wire(settings, engine).desk


def make_desk(qtbot: QtBot, engine: Engine, tasks: TaskRunner, printed: PrintBadge) -> DeskScreen:
    screen = DeskScreen(
        desk_services(engine), tasks, sounds=DeskSounds(muted=True), print_badge=printed
    )
    qtbot.addWidget(screen)
    screen.resize(1366, 720)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.scan_input)
    return screen


def key_event(kind: QEvent.Type, ch: str, stamp: int) -> QKeyEvent:
    if ch == "\r":
        key = Qt.Key.Key_Return
    elif ch == "\t":
        key = Qt.Key.Key_Tab
    else:
        key = Qt.Key(ord(ch.upper()))
    event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch)
    event.setTimestamp(stamp)
    return event


def burst(text: str, *, gap_ms: int = 8, end: str = "\r") -> None:
    """Keys as a keyboard-wedge scanner types them, to whichever widget has the focus."""
    stamp = next(_clock)
    for ch in text + end:
        target = QApplication.focusWidget()
        assert target is not None
        QApplication.sendEvent(target, key_event(QEvent.Type.KeyPress, ch, stamp))
        QApplication.sendEvent(target, key_event(QEvent.Type.KeyRelease, ch, stamp + 2))
        stamp += gap_ms


def checkins(engine: Engine) -> list[tuple[str, str, str, bool]]:
    """(name, kind, method, undone) of every check-in, oldest first."""
    with read_session(engine) as s:
        rows = s.exec(
            select(CheckIn, Attendee)
            .join(Attendee, col(Attendee.id) == col(CheckIn.attendee_id))
            .order_by(col(CheckIn.at), col(CheckIn.id))
        ).all()
        return [(a.name, c.kind, c.method, c.undone_at is not None) for c, a in rows]


def focus_widget() -> QWidget | None:
    return QApplication.focusWidget()


def temp_db(tmp_path: Path) -> Path:
    return tmp_path / "desk.sqlite3"
