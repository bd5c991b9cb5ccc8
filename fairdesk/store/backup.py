"""Online backups with SQLite's backup API (safe while other connections write)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from urllib.parse import quote


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
