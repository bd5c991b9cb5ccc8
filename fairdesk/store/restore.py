"""Putting a backup back: list what each backup holds, move the damaged file aside, restore.

Nothing is deleted: the damaged file and its `-wal`/`-shm` companions are renamed beside it
(`<name>.damaged-<time>…`), because a WAL left next to a restored file would be replayed into it
and because the old file may still be rescued by hand. What the backup lacks is said in numbers
and times (check-ins and interviews after the newest one it holds), read from the old file when
it can still be read.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from fairdesk.core.messages import Text, language, message
from fairdesk.core.times import local_text
from fairdesk.errors import DatabaseError
from fairdesk.store.backup import backups_of

COMPANIONS = ("-wal", "-shm", "-journal")

NOT_A_BACKUP = message(
    "restore.not_a_backup",
    "{path} is not a readable FairDesk backup; nothing was changed.",
    "{path} 不是可读取的 FairDesk 备份；没有做任何改动。",
)
CHECKINS_AFTER = message(
    "restore.lacks_checkins", "{count} check-ins after {when}", "{when} 之后的 {count} 次签到"
)
THE_START = message("restore.the_start", "the start", "开始")
INTERVIEWS_MISSING = message("restore.lacks_interviews", "{count} interviews", "{count} 条面试记录")
ANYTHING_AFTER = message(
    "restore.lacks_unknown",
    "anything recorded after {when} (the old file cannot be read to count it)",
    "{when} 之后记录的全部内容（旧文件无法读取，无法统计）",
)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file and what it holds."""

    path: Path
    taken_at: datetime  # local time the copy was written
    attendees: int | None  # None: the file could not be read
    checkins: int | None
    interviews: int | None
    last_checkin: str | None  # stored UTC text of the newest check-in, if any


@dataclass(frozen=True)
class RestoreReport:
    restored_from: Path
    moved_aside: list[Path]
    missing: tuple[Text, ...] = ()  # what the backup does not have (empty: nothing known missing)

    @property
    def lacks(self) -> str:
        """`missing` in words, in the current language ("" when nothing is known missing)."""
        return ("、" if language() == "zh_CN" else ", ").join(
            part.render() for part in self.missing
        )


def _ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{quote(path.resolve().as_posix())}?mode=ro", uri=True, timeout=5)


def _counts(path: Path) -> tuple[int, int, int, str | None] | None:
    """Attendees, check-ins, interviews and the newest check-in time; None if unreadable."""
    try:
        con = _ro(path)
        try:
            attendees, checkins, interviews, newest = con.execute(
                "SELECT (SELECT count(*) FROM attendee), (SELECT count(*) FROM checkin), "
                "(SELECT count(*) FROM interview), (SELECT max(at) FROM checkin)"
            ).fetchone()
        finally:
            con.close()
    except (sqlite3.Error, OSError):
        return None
    return int(attendees), int(checkins), int(interviews), None if newest is None else str(newest)


def describe(path: Path) -> BackupInfo:
    taken = datetime.fromtimestamp(path.stat().st_mtime)
    counts = _counts(path)
    if counts is None:
        return BackupInfo(path, taken, None, None, None, None)
    return BackupInfo(path, taken, *counts)


def list_backups(db_path: Path, backup_dir: Path) -> list[BackupInfo]:
    """Every backup of `db_path`, newest first."""
    return [describe(p) for p in reversed(backups_of(db_path, backup_dir))]


def local_hhmm(stored_utc: str) -> str:
    """A stored UTC time ("2026-12-01 10:42:13.123") as local "MM-DD HH:MM"."""
    return local_text(datetime.fromisoformat(stored_utc), "%m-%d %H:%M")


def _what_is_missing(old: Path, backup: BackupInfo) -> tuple[Text, ...]:
    since = backup.last_checkin or ""
    parts: list[Text] = []
    try:
        con = _ro(old)
        try:
            newer = int(
                con.execute("SELECT count(*) FROM checkin WHERE at > ?", (since,)).fetchone()[0]
            )
            if newer:
                when = local_hhmm(since) if since else THE_START()
                parts.append(CHECKINS_AFTER(count=newer, when=when))
            interviews = int(con.execute("SELECT count(*) FROM interview").fetchone()[0])
            if backup.interviews is not None and interviews > backup.interviews:
                parts.append(INTERVIEWS_MISSING(count=interviews - backup.interviews))
        finally:
            con.close()
    except (sqlite3.Error, OSError, ValueError):
        when = local_hhmm(since) if since else backup.taken_at.strftime("%m-%d %H:%M")
        return (ANYTHING_AFTER(when=when),)
    return tuple(parts)


def restore(db_path: Path, backup: Path) -> RestoreReport:
    """Move `db_path` (and companions) aside, then put a copy of `backup` in its place."""
    info = describe(backup)
    if info.attendees is None:
        raise DatabaseError(NOT_A_BACKUP(path=backup))
    missing = _what_is_missing(db_path, info) if db_path.exists() else ()
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    moved: list[Path] = []
    for suffix in ("", *COMPANIONS):
        source = Path(f"{db_path}{suffix}")
        if source.exists():
            target = db_path.with_name(f"{db_path.name}.damaged-{stamp}{suffix}")
            os.replace(source, target)
            moved.append(target)
    partial = db_path.with_name(f".{db_path.name}.restoring")
    shutil.copyfile(backup, partial)
    with partial.open("rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(partial, db_path)
    return RestoreReport(backup, moved, missing)
