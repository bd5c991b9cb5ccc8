"""Settings and data paths.

Settings are a frozen dataclass built once in the composition root (`app.py` / `cli.py`) and
passed down; nothing reads the environment anywhere else.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from fairdesk.core.messages import message
from fairdesk.errors import UserError

APP_NAME = "FairDesk"
DB_ENV = "FAIRDESK_DB"
DEFAULT_DB_NAME = "fairdesk.sqlite3"
DB_NAME_EMPTY = message("config.db_empty", "--db needs a file name", "--db 需要一个文件名")


def default_data_dir() -> Path:
    """Per-user data directory (never a network share by default)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_db_path(cli_value: str | None) -> Path:
    """`--db` wins, then `FAIRDESK_DB`, then the user data directory."""
    if cli_value is not None and not cli_value.strip():
        raise UserError(DB_NAME_EMPTY())
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return default_data_dir() / DEFAULT_DB_NAME


@dataclass(frozen=True)
class Settings:
    """What a station needs to start: where its database lives and how it speaks."""

    db_path: Path
    station_name: str | None = None  # desk name recorded with check-ins (None: this station's)
    company: str | None = None  # the company a booth station serves
    booth_lock_minutes: int = 5  # a booth locks after this many idle minutes
    lang: str | None = None  # None: follow the system locale
    backups_to_keep: int = 12  # an hour of 5-minute copies

    @property
    def backup_dir(self) -> Path:
        return self.db_path.parent / "backups"
