"""The kinds of data a write can change, as `TaskRunner.data_changed` carries them.

A screen refreshes when a kind it shows is in the set (`touches`). `OUTSIDE` is every kind: a
change made by another process on the same file (a second window, a command-line import while
the GUI runs) is seen only as "the file changed", so everything that shows data refreshes once.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


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
