"""WAL checkpoints off the GUI thread.

In WAL mode SQLite copies the log back into the database file (a *checkpoint*) inside whichever
commit pushes the log past 1,000 pages — on a desk, inside a scan: 35–55 ms, measured, where a
scan otherwise takes 4. A GUI station turns that off on its own connections
(`PRAGMA wal_autocheckpoint=0`) and runs `WalCheckpointer` instead: a daemon thread that, every
`every_s` while the log has been written to, opens a connection of its own and runs a PASSIVE
checkpoint, which never waits for a writer and never makes one wait. Nothing about durability
changes: a commit is on disk in the log when it returns, and the log is read back on every open.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from pathlib import Path
from urllib.parse import quote

logger = logging.getLogger(__name__)

CHECKPOINT_EVERY_S = 10.0


class WalCheckpointer:
    """See the module docstring; `stop()` ends the thread (it is a daemon thread either way)."""

    def __init__(self, path: Path, *, every_s: float = CHECKPOINT_EVERY_S) -> None:
        self.path = Path(path)
        self.every_s = every_s
        self.checkpoints = 0  # checkpoints run (tests, diagnostics)
        self._wal = Path(f"{self.path}-wal")
        self._stopped = threading.Event()
        self._seen: int | None = None  # the log's mtime at the last checkpoint
        self._thread = threading.Thread(target=self._run, name="fairdesk-checkpoint", daemon=True)

    def start(self) -> WalCheckpointer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopped.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)

    def _run(self) -> None:
        while not self._stopped.wait(self.every_s):
            self.checkpoint_if_written()

    def checkpoint_if_written(self) -> bool:
        """A PASSIVE checkpoint if the log was written since the last one; whether one ran."""
        try:
            written = os.stat(self._wal).st_mtime_ns
        except OSError:
            return False  # no log (yet, or the file is gone: the guard reports that)
        if written == self._seen:
            return False
        uri = f"file:{quote(self.path.resolve().as_posix())}?mode=rw"
        try:
            con = sqlite3.connect(uri, uri=True, timeout=0)
            try:
                con.execute("PRAGMA synchronous=FULL")
                con.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            finally:
                con.close()
        except sqlite3.Error as exc:  # busy, gone, read-only: the next round tries again
            logger.info("checkpoint of %s skipped: %s", self.path, exc)
            return False
        self._seen = written
        self.checkpoints += 1
        return True
