"""What an import did, and the rejects file that lets the organiser fix the rows that failed.

The rejects file holds the original header and cells of every rejected row plus a `reason`
column, so it can be corrected in Excel and imported again as it is (the reason column is not a
known column name and is ignored on re-import).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from fairdesk.core.roster import Rejection
from fairdesk.core.spreadsheet_out import check_table_path, write_table
from fairdesk.core.tabular import Table
from fairdesk.errors import UserError

logger = logging.getLogger(__name__)

REASON_HEADER = "reason"


@dataclass
class ImportReport:
    """Counts of one import; `rejects_path` is set only when a rejects file was written."""

    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    rejects_path: Path | None = None
    warnings: list[str] = field(default_factory=list)  # accepted rows with something dropped

    def summary(self) -> str:
        """One line for the status bar and the CLI."""
        return (
            f"imported {self.imported}, updated {self.updated}, "
            f"unchanged {self.unchanged}, rejected {self.rejected}"
        )


def default_rejects_path(source: Path) -> Path:
    """`<stem>_rejects.csv` beside the input (`.xlsx` when the input is an .xlsx workbook)."""
    suffix = ".xlsx" if source.suffix.lower() in (".xlsx", ".xlsm") else ".csv"
    return source.with_name(f"{source.stem}_rejects{suffix}")


def resolve_rejects_path(source: Path, rejects_path: Path | None) -> Path:
    """The rejects path to use, refused early (UserError) when its extension cannot be written."""
    path = rejects_path if rejects_path is not None else default_rejects_path(source)
    check_table_path(path)
    if path.resolve() == source.resolve():
        raise UserError(f"{path.name}: the rejects file would overwrite the file being imported")
    return path


def write_rejects(path: Path, header: Sequence[str], rejections: Sequence[Rejection]) -> None:
    """The rejected rows, in file order, with their original cells and the reason."""
    ordered = sorted(rejections, key=lambda r: r.row.number)
    # A corrected rejects file imported again brings its old reason column: replace it.
    keep = [i for i, name in enumerate(header) if name.strip().lower() != REASON_HEADER]
    rows = [[*(r.row.original[i] for i in keep), r.reason] for r in ordered]
    write_table(path, [*(header[i] for i in keep), REASON_HEADER], rows)
    logger.info("wrote %d rejected rows to %s", len(ordered), path)


def reader_rejections(table: Table) -> list[Rejection]:
    """Records the reader could not split into cells (a CSV quote that never closes): rejected
    with their line, so every row of the file is counted in the summary."""
    return [Rejection(b.row, "record", b.reason) for b in table.broken]


def table_warnings(table: Table) -> list[str]:
    """What the reader had to guess or leave out: warned about beside the rows' own warnings."""
    broken = [f"{b.reason} (rejected / 该行未导入)" for b in table.broken]
    return [*table.warnings, *broken, *_other_sheets_warnings(table)]


def _other_sheets_warnings(table: Table) -> list[str]:
    """Say so when a workbook holds lists on further sheets: only the first was imported."""
    if not table.other_sheets:
        return []
    names = "、".join(table.other_sheets)
    return [
        f"only sheet '{table.sheet}' was imported; sheet(s) {names} also hold a list: import"
        f" them as files of their own / 只导入了工作表“{table.sheet}”，"
        f"工作表 {names} 也有名单，请另存后分别导入"
    ]
