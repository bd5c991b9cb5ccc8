"""Default file names the save dialogs offer, in the interface language.

A volunteer in the Chinese interface is offered 胸卡_<双选会>.pdf, not badges.pdf. The name is a
translatable template (`self.tr("badges_{fair}.pdf")`) filled with the fair's or company's own
name, made safe for every file system the stations use (Windows forbids \\ / : * ? " < > |).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths

_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def safe_part(text: str) -> str:
    """`text` usable inside a file name on Windows, macOS and Linux."""
    return _FORBIDDEN.sub("_", text).strip(" ._")


def offered_name(template: str, **parts: str) -> str:
    """`template` (already translated) with each part made safe; an empty part leaves no
    stray separator ("badges_.pdf" → "badges.pdf")."""
    name = template.format(**{key: safe_part(value) for key, value in parts.items()})
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    stem = re.sub(r"[_\-\s]+$", "", re.sub(r"^[_\-\s]+", "", stem))
    return f"{stem}.{suffix}" if suffix else stem


def beside(folder: Path | None, name: str) -> str:
    """`name` in `folder` (the dialog opens there), or just `name`."""
    return str(folder / name) if folder is not None else name


def start_folder(*kinds: QStandardPaths.StandardLocation) -> Path:
    """The first of these standard folders that exists, else the home folder: a dialog opened
    on a folder that is not there (a fresh laptop has no Documents) shows its name as the file
    name to open."""
    for kind in kinds:
        found = QStandardPaths.writableLocation(kind)
        if found and Path(found).is_dir():
            return Path(found)
    return Path.home()
