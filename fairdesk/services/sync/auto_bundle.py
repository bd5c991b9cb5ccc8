"""The station's automatic bundle: which folder (a USB stick) and how often, kept per laptop.

The GUI of a desk or booth writes its bundle there every few minutes, so the stick the organiser
collects always holds the latest one. The settings are `LocalSetting` rows (this laptop, not the
fair: never logged, packed or bundled); no folder means the automatic bundle is off.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from fairdesk.core.messages import message
from fairdesk.errors import UserError
from fairdesk.services.sync.local import (
    AUTO_BUNDLE_DIR,
    AUTO_BUNDLE_MINUTES,
    get_setting,
    set_setting,
)
from fairdesk.store.engine import read_session, write_session

DEFAULT_MINUTES = 5
MIN_MINUTES, MAX_MINUTES = 1, 240

MINUTES_RANGE = message(
    "bundle.auto_minutes",
    "Write the bundle every {low} to {high} minutes.",
    "自动写回传包的间隔须在 {low} 到 {high} 分钟之间。",
)
NO_FOLDER = message(
    "bundle.auto_no_folder",
    "Choose the folder (a USB stick) the bundle is written to.",
    "请选择写回传包的文件夹（U 盘）。",
)


@dataclass(frozen=True)
class AutoBundle:
    """Where and how often; `folder` None: off."""

    folder: Path | None
    minutes: int = DEFAULT_MINUTES

    @property
    def on(self) -> bool:
        return self.folder is not None


def _minutes(text: str | None) -> int:
    try:
        value = int(text or DEFAULT_MINUTES)
    except ValueError:
        return DEFAULT_MINUTES
    return value if MIN_MINUTES <= value <= MAX_MINUTES else DEFAULT_MINUTES


class AutoBundleSettings:
    """Read and save this station's automatic-bundle settings (one short transaction each)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def read(self) -> AutoBundle:
        with read_session(self._engine) as session:
            folder = get_setting(session, AUTO_BUNDLE_DIR)
            minutes = _minutes(get_setting(session, AUTO_BUNDLE_MINUTES))
        return AutoBundle(Path(folder) if folder else None, minutes)

    def save(self, folder: Path | None, minutes: int) -> AutoBundle:
        """Turn the automatic bundle on (a folder) or off (None); refuses a silly interval."""
        if folder is not None and not str(folder).strip():
            raise UserError(NO_FOLDER())
        if not MIN_MINUTES <= minutes <= MAX_MINUTES:
            raise UserError(MINUTES_RANGE(low=MIN_MINUTES, high=MAX_MINUTES))
        with write_session(self._engine) as session:
            set_setting(session, AUTO_BUNDLE_DIR, str(folder) if folder is not None else "")
            set_setting(session, AUTO_BUNDLE_MINUTES, str(minutes))
        return AutoBundle(folder, minutes)
