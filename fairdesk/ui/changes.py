"""The kinds of data a write can change, as `TaskRunner.data_changed` carries them.

A screen refreshes when a kind it shows is in the set (`touches`). `OUTSIDE` is every kind: a
change made by another process on the same file (a second window, a command-line import while
the GUI runs) is seen only as "the file changed", so everything that shows data refreshes once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import StrEnum

from PySide6.QtCore import QObject, QTimer

#: How long a counter waits after the first change it hears before it reads: a burst of scans
#: (two volunteers, a scanner's backlog) costs one count, not one per scan, and no count read
#: runs while the next verdict is being drawn. Short enough that nobody sees a counter behind.
SETTLE_MS = 150


class DataKind(StrEnum):
    CHECKINS = "checkins"
    ATTENDEES = "attendees"
    BADGES = "badges"
    INTERVIEWS = "interviews"
    COMPANIES = "companies"
    FAIR = "fair"


OUTSIDE = frozenset(DataKind)


def touches(changed: Iterable[str], *wanted: DataKind) -> bool:
    """True when any of `wanted` is among the `changed` kinds."""
    return not set(changed).isdisjoint(wanted)


def settle_timer(parent: QObject, slot: Callable[[], None], ms: int = SETTLE_MS) -> QTimer:
    """A one-shot timer for "refresh soon": `start_soon(timer)` on each change; the first change
    starts it and the ones heard before it fires ride along (it is not restarted, so a long
    burst cannot put the refresh off)."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(slot)
    return timer


def start_soon(timer: QTimer) -> None:
    """Start a settle timer unless it is already waiting."""
    if not timer.isActive():
        timer.start()
