"""A second file beside the database for scans the station could not save.

When the database cannot be written, held scans must survive the station being closed or
crashing. `HeldJournal` keeps the list in `<database>.held-<role>.json`, replaced atomically (a
temporary file, fsync, rename) whenever the list changes, and removed when it empties. It is
written "where possible": a folder that refuses the file too is logged, and the scans stay held
in memory and on screen.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)


class HeldJournal:
    """Load and save the held items of one station screen (`encode`/`decode` make them JSON)."""

    def __init__(
        self,
        path: Path,
        *,
        encode: Callable[[Any], Any] = lambda item: item,
        decode: Callable[[Any], Any] = lambda data: data,
    ) -> None:
        self.path = path
        self._encode = encode
        self._decode = decode
        self.last_error: OSError | None = None

    @classmethod
    def beside(cls, db_path: Path, role: str, **codec: Any) -> HeldJournal:
        return cls(db_path.with_name(f"{db_path.name}.held-{role}.json"), **codec)

    def load(self) -> list[Any]:
        """Items held when the station last stopped (a damaged journal is kept aside, not lost)."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return [self._decode(entry) for entry in data["items"]]
        except FileNotFoundError:
            return []
        except (OSError, ValueError, KeyError, TypeError) as exc:
            logger.error("held scans file %s unreadable (%s); kept as .bad", self.path, exc)
            with contextlib.suppress(OSError):
                os.replace(self.path, self.path.with_suffix(".bad"))
            return []

    def save(self, items: list[Any]) -> bool:
        """Write the whole list (or remove the file when empty); False if the disk refused."""
        try:
            if not items:
                self.path.unlink(missing_ok=True)
                return True
            partial = self.path.with_name(f".{self.path.name}.tmp")
            payload = json.dumps({"items": [self._encode(i) for i in items]}, ensure_ascii=False)
            with partial.open("w", encoding="utf-8") as fh:
                fh.write(payload)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(partial, self.path)
            self.last_error = None
            return True
        except OSError as exc:
            self.last_error = exc
            logger.error("cannot keep held scans in %s: %s", self.path, exc)
            return False
