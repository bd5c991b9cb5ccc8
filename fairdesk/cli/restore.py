"""`fairdesk restore [--list] [BACKUP]`: put a backup of the station database back.

`--list` (or no argument) shows each backup with its time and record counts, newest first.
`restore BACKUP` (a path, or the number shown by `--list`; `latest` for the newest) moves the
current file and its -wal/-shm aside (never deletes them), puts the backup in place and says
what the backup lacks. Works on a damaged file: it never opens it as a database.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fairdesk.cli import EXIT_OK, Handler, settings_from
from fairdesk.core.messages import message
from fairdesk.errors import UserError
from fairdesk.store.restore import BackupInfo, list_backups, restore

NO_SUCH_NUMBER = message(
    "restore.no_such_number",
    "There is no backup number {choice}; see `fairdesk restore --list`.",
    "没有编号为 {choice} 的备份；请查看 `fairdesk restore --list`。",
)
NO_SUCH_FILE = message(
    "restore.no_such_file", "{path}: no such backup file", "{path}：没有这个备份文件"
)
NO_BACKUPS = message(
    "restore.no_backups", "no backups of {path} in {folder}", "{folder} 中没有 {path} 的备份"
)


def register(sub: Any) -> dict[str, Handler]:
    p = sub.add_parser("restore", help="list backups of the station database, or restore one")
    p.add_argument("backup", nargs="?", help="backup file, its number from --list, or 'latest'")
    p.add_argument("--list", action="store_true", help="list the backups (the default)")
    return {"restore": cmd_restore}


def _count(value: int | None) -> str:
    return "?" if value is None else str(value)


def describe_line(number: int, info: BackupInfo) -> str:
    return (
        f"{number:>3}  {info.taken_at:%Y-%m-%d %H:%M:%S}  attendees {_count(info.attendees)}  "
        f"check-ins {_count(info.checkins)}  interviews {_count(info.interviews)}  {info.path}"
    )


def _choose(choice: str, backups: list[BackupInfo]) -> Path:
    if choice == "latest" or (choice.isdigit() and len(choice) < 4):
        index = 0 if choice == "latest" else int(choice) - 1
        if not 0 <= index < len(backups):
            raise UserError(NO_SUCH_NUMBER(choice=choice))
        return backups[index].path
    path = Path(choice).expanduser()
    if not path.is_file():
        raise UserError(NO_SUCH_FILE(path=path))
    return path


def cmd_restore(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    backups = list_backups(settings.db_path, settings.backup_dir)
    if args.list or not args.backup:
        if not backups:
            print(NO_BACKUPS(path=settings.db_path, folder=settings.backup_dir))
        for number, info in enumerate(backups, start=1):
            print(describe_line(number, info))
        return EXIT_OK
    chosen = _choose(args.backup, backups)
    report = restore(settings.db_path, chosen)
    for moved in report.moved_aside:
        print(f"kept aside: {moved}")
    if report.lacks:
        print(f"the backup lacks: {report.lacks}")
    print(f"restored {settings.db_path} from {report.restored_from}")
    return EXIT_OK
