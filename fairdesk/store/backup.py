"""Online backups with SQLite's backup API (safe while other connections write)."""

from __future__ import annotations

import sqlite3
import time
from datetime import datetime
from pathlib import Path
from urllib.parse import quote


def backups_of(path: Path, backup_dir: Path, *, label: str = "") -> list[Path]:
    """Backups of `path` in `backup_dir`, oldest first (all labels unless one is given)."""
    pattern = f"{path.stem}-{label}-*.sqlite3" if label else f"{path.stem}-*.sqlite3"
    try:
        return sorted(backup_dir.glob(pattern), key=lambda p: p.stat().st_mtime)
    except OSError:
        return []


def newest_backup_age(path: Path, backup_dir: Path, *, label: str) -> float | None:
    """Seconds since the newest `label` backup of `path` was written, or None if there is none."""
    found = backups_of(path, backup_dir, label=label)
    if not found:
        return None
    try:
        return max(0.0, time.time() - found[-1].stat().st_mtime)
    except OSError:
        return None


def backup_file(path: Path, backup_dir: Path, *, label: str = "backup", keep: int = 0) -> Path:
    """Copy `path` consistently into `backup_dir`; keep only the newest `keep` (0 = all)."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"{path.stem}-{label}-{stamp}.sqlite3"
    src = sqlite3.connect(f"file:{quote(path.resolve().as_posix())}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    if keep > 0:
        old = sorted(backup_dir.glob(f"{path.stem}-{label}-*.sqlite3"))
        for stale in old[:-keep]:
            stale.unlink()
    return target
