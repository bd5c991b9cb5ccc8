"""The station's storage health for screens: what is wrong, backups, restore, rescue.

Screens never see the engine or the store; the storage-problem dialog calls this. `rescue` copies
everything the running station holds — through its own open connection, so it works even after
the file was deleted or replaced under it — into a new file, with the held scans beside it.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from fairdesk.core.messages import message
from fairdesk.errors import StorageError, UserError
from fairdesk.store.guard import guard_of
from fairdesk.store.restore import BackupInfo, RestoreReport, list_backups, restore

logger = logging.getLogger(__name__)

RESCUE_EXISTS = message(
    "storage.rescue_exists",
    "{path} already exists; choose a new file name.",
    "{path} 已存在；请换一个新的文件名。",
)
RESCUE_NOT_SQLITE = message(
    "storage.rescue_not_sqlite",
    "Only a station's own SQLite file can be rescued this way.",
    "只有本站自己的 SQLite 文件可以这样抢救。",
)
RESCUE_FAILED = message(
    "storage.rescue_failed", "Could not write {path}: {detail}", "无法写入 {path}：{detail}"
)


class StorageService:
    """See the module docstring; one per station."""

    def __init__(self, engine: Engine, db_path: Path, backup_dir: Path) -> None:
        self._engine = engine
        self.db_path = db_path
        self.backup_dir = backup_dir

    def problem(self) -> StorageError | None:
        """The file deleted, replaced or found damaged (None while all is well)."""
        guard = guard_of(self._engine)
        return guard.problem() if guard is not None else None

    def backup_now(self) -> Path | None:
        guard = guard_of(self._engine)
        return guard.backup_now() if guard is not None else None

    def backups(self) -> list[BackupInfo]:
        return list_backups(self.db_path, self.backup_dir)

    def restore(self, backup: Path) -> RestoreReport:
        """Put `backup` in place of the station file (the old one is moved aside, not deleted).

        The running station still holds the old file open: it must be restarted afterwards.
        """
        return restore(self.db_path, backup)

    def rescue(self, target: Path, held_files: list[Path]) -> Path:
        """Write everything this station holds into `target` (a new file), held scans beside it."""
        if target.exists():
            raise UserError(RESCUE_EXISTS(path=target))
        raw = self._engine.raw_connection()
        try:
            source = raw.driver_connection
            if not isinstance(source, sqlite3.Connection):
                raise UserError(RESCUE_NOT_SQLITE())
            dest = sqlite3.connect(target)
            try:
                source.backup(dest)
            finally:
                dest.close()
        except (sqlite3.Error, OSError) as exc:
            raise UserError(RESCUE_FAILED(path=target, detail=exc)) from exc
        finally:
            raw.close()
        for held in held_files:
            if held.exists():
                suffix = held.name[len(self.db_path.name) :]  # ".held-desk.json"
                shutil.copyfile(held, target.with_name(target.name + suffix))
        logger.warning("station data rescued into %s", target)
        return target
