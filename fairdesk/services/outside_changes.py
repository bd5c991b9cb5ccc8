"""Has anyone else written to the station file since we last looked? (`PRAGMA data_version`)

A second window, a command-line import while the GUI runs or a restore tool write through other
connections; their commits reach this process only through the file. SQLite's `data_version`
changes on a connection whenever another connection has committed, so one connection held for
this purpose answers "did the file change?" in microseconds, without reading a table. It cannot
say what changed (nor tell this process's own pooled connections from another process), so the
GUI treats a change as "everything may have changed" and refreshes what it shows, once.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import Engine

logger = logging.getLogger(__name__)


class OutsideChanges:
    """`changed()` is True when another connection committed since the previous call."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._raw: Any = None
        self._seen: int | None = None

    def _version(self) -> int:
        if self._raw is None:
            self._raw = self._engine.raw_connection()  # held: the count is per connection
        cursor = self._raw.cursor()
        try:
            cursor.execute("PRAGMA data_version")
            return int(cursor.fetchone()[0])
        finally:
            cursor.close()

    def changed(self) -> bool:
        version = self._version()
        seen, self._seen = self._seen, version
        return seen is not None and version != seen

    def close(self) -> None:
        if self._raw is not None:
            self._raw.close()
            self._raw = None
