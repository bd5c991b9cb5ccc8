"""Exporting the no-shows: the companies whose representatives have not checked in, with the
contact to call (company, booth, contact, contact phone), in pinyin order.

`.xlsx` unless the file name ends in `.csv`; a name with no suffix gets `.xlsx`. Phones stay
text (0755-… and +852… as stored; every string is a text cell, `core.spreadsheet_out`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from fairdesk.core.export_words import export_words
from fairdesk.core.spreadsheet_out import check_table_path, write_table
from fairdesk.services.arrivals.service import ArrivalService

logger = logging.getLogger(__name__)

NO_SHOW_COLUMNS = ("company", "booth", "contact", "contact_phone")


@dataclass(frozen=True)
class NoShowExport:
    rows: int
    path: Path


def table_path(out: Path) -> Path:
    """`out` with `.xlsx` added when it has no suffix."""
    return out if out.suffix else out.with_name(out.name + ".xlsx")


def export_no_shows(engine: Engine, out: Path, *, headers: str | None = None) -> NoShowExport:
    """Write the companies not checked in; returns how many rows and the file written."""
    path = table_path(out)
    check_table_path(path)
    words = export_words(headers)
    rows = [
        (r.name, "、".join(r.booths), r.contact_name, r.phone)
        for r in ArrivalService(engine).no_shows()
    ]
    write_table(path, words.headers(NO_SHOW_COLUMNS), rows)
    logger.info("exported %d no-shows to %s", len(rows), path)
    return NoShowExport(len(rows), path)
