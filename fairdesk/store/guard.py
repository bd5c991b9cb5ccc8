"""The station file's health while a station runs: deleted, replaced, damaged or unwritable.

A SQLite connection keeps writing into a file that was deleted or replaced under it — the writes
"succeed" and vanish when the station closes. `StorageGuard` remembers which file (device and
inode) the station opened and checks it before every commit (one `stat`, a few microseconds), so
from the moment the file is gone nothing more is reported as saved. A failed full
`integrity_check` (run in the background after opening) blocks writes the same way. Every such
refusal, like a failed commit (disk full, read-only, I/O error, locked past the timeout), is a
`StorageError`: a storage problem of the station, never a verdict on a student.

Backups: `maybe_backup` copies the file with SQLite's backup API on the first write of a run and
then every `backup_every_s` (skipped while a copy younger than that exists, so a script calling
the CLI a thousand times does not make a thousand copies).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
import weakref
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine

from fairdesk.core.messages import message
from fairdesk.errors import StorageError
from fairdesk.store.backup import backup_file, newest_backup_age
from fairdesk.store.checkpoint import WalCheckpointer

logger = logging.getLogger(__name__)

BACKUP_EVERY_S = 300
BACKUP_LABEL = "auto"
FILE_GONE = message(
    "storage.gone",
    "The station database {path} was deleted or moved while the station was running. Nothing "
    "since then is saved in it.",
    "本站数据库 {path} 在运行期间被删除或移走。此后的内容都没有保存进去。",
)
FILE_REPLACED = message(
    "storage.replaced",
    "The station database {path} was replaced by another file while the station was running. "
    "Nothing since then is saved in it.",
    "本站数据库 {path} 在运行期间被另一个文件替换。此后的内容都没有保存进去。",
)
FILE_DAMAGED = message(
    "storage.damaged",
    "The station database {path} is damaged ({detail}). Nothing more will be written to it: "
    "restore a backup (fairdesk restore).",
    "本站数据库 {path} 已损坏（{detail}）。不会再向它写入任何内容："
    "请恢复备份（fairdesk restore）。",
)
_GUARDS: weakref.WeakKeyDictionary[Engine, StorageGuard] = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class FileIdentity:
    device: int
    inode: int


def identity_of(path: Path) -> FileIdentity | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return FileIdentity(st.st_dev, st.st_ino)


class StorageGuard:
    """See the module docstring. Thread-safe: the integrity check runs on its own thread."""

    def __init__(
        self,
        path: Path,
        *,
        backup_dir: Path,
        keep: int = 10,
        backup_every_s: float = BACKUP_EVERY_S,
        inline_backups: bool = True,
    ) -> None:
        self.path = Path(path)
        self.backup_dir = backup_dir
        self.keep = keep
        self.backup_every_s = backup_every_s
        self.inline_backups = inline_backups  # CLI: back up here; the GUI schedules its own
        self._identity = identity_of(self.path)
        self._lock = threading.Lock()
        self._blocked: StorageError | None = None
        self._last_backup: float | None = None
        self.integrity_done = threading.Event()
        self.checkpointer: WalCheckpointer | None = None  # the GUI's, off the scanning thread

    # -- the file ----------------------------------------------------------------------------

    def problem(self) -> StorageError | None:
        """What is wrong with the file now (gone, replaced, damaged), or None."""
        with self._lock:
            if self._blocked is not None:
                return self._blocked
        now = identity_of(self.path)
        if now is None:
            return StorageError("gone", FILE_GONE(path=self.path))
        if self._identity is not None and now != self._identity:
            return StorageError("replaced", FILE_REPLACED(path=self.path))
        return None

    def check_writable(self) -> None:
        """Raise the current problem as a `StorageError` (called before every commit)."""
        found = self.problem()
        if found is not None:
            raise found

    def block(self, error: StorageError) -> None:
        """Refuse every later write with `error` (damage found after opening)."""
        with self._lock:
            self._blocked = error
        logger.error("writes blocked: %s", error)

    # -- integrity ---------------------------------------------------------------------------

    def run_integrity_check(self) -> StorageError | None:
        """The full `PRAGMA integrity_check` on a read-only connection; blocks writes if damaged."""
        uri = f"file:{quote(self.path.resolve().as_posix())}?mode=ro"
        found: StorageError | None = None
        try:
            con = sqlite3.connect(uri, uri=True, timeout=5)
            try:
                rows = [r[0] for r in con.execute("PRAGMA integrity_check(20)").fetchall()]
            finally:
                con.close()
            if rows != ["ok"]:
                detail = "; ".join(rows[:3])
                found = StorageError("damaged", FILE_DAMAGED(path=self.path, detail=detail))
        except sqlite3.DatabaseError as exc:
            found = StorageError("damaged", FILE_DAMAGED(path=self.path, detail=exc))
        finally:
            self.integrity_done.set()
        if found is not None:
            self.block(found)
        return found

    def start_integrity_check(self) -> threading.Thread:
        """Run `run_integrity_check` on a daemon thread (opening stays within its budget)."""
        thread = threading.Thread(
            target=self.run_integrity_check, name="fairdesk-integrity", daemon=True
        )
        thread.start()
        return thread

    # -- backups -----------------------------------------------------------------------------

    def backup_due(self) -> bool:
        """Whether a copy is due; the backups folder is looked at once per run, not per write."""
        if self._last_backup is None:
            age = newest_backup_age(self.path, self.backup_dir, label=BACKUP_LABEL)
            self._last_backup = time.monotonic() - (age if age is not None else self.backup_every_s)
        return time.monotonic() - self._last_backup >= self.backup_every_s

    def backup_now(self) -> Path | None:
        """A consistent copy into the backups folder (a failure is logged, never fatal)."""
        self._last_backup = time.monotonic()
        try:
            return backup_file(self.path, self.backup_dir, label=BACKUP_LABEL, keep=self.keep)
        except (OSError, sqlite3.Error) as exc:  # a full disk must not stop the station
            logger.warning("backup of %s failed: %s", self.path, exc)
            return None

    def maybe_backup(self) -> None:
        """Before a write of the command line: a copy if none was made recently."""
        if self.inline_backups and self.backup_due() and self.problem() is None:
            self.backup_now()


def attach_guard(engine: Engine, guard: StorageGuard) -> StorageGuard:
    _GUARDS[engine] = guard
    return guard


def guard_of(engine: Engine) -> StorageGuard | None:
    """The guard of a station engine (None for the LAN hub's server database)."""
    return _GUARDS.get(engine)
