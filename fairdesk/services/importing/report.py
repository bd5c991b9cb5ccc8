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

from fairdesk.core.column_report import ColumnReport
from fairdesk.core.messages import Text, message
from fairdesk.core.roster import Rejection
from fairdesk.core.spreadsheet_out import check_table_path, write_table
from fairdesk.core.tabular import Table
from fairdesk.errors import UserError

logger = logging.getLogger(__name__)

REASON_HEADER = "reason"


@dataclass
class Outcomes:
    """How many of one kind of record an import added, changed, or found as they were."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0

    def count(self, outcome: str) -> None:
        """Count one record by its outcome ("new", "changed" or "same")."""
        if outcome == "new":
            self.new += 1
        elif outcome == "changed":
            self.updated += 1
        else:
            self.unchanged += 1


@dataclass
class ImportReport:
    """Counts of one import; `rejects_path` is set only when a rejects file was written."""

    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    rejects_path: Path | None = None
    warnings: list[Text | str] = field(default_factory=list)  # rows taken with something said
    repeats: list[Text] = field(default_factory=list)  # rows skipped: an exact repeat of another
    columns: ColumnReport | None = None  # what the file's columns were read as
    dry_run: bool = False  # nothing was written (`rejected` rows are listed in `rejections`)
    rejections: list[Rejection] = field(default_factory=list)
    #: a company list's rows are positions: what became of the companies and of the positions
    companies: Outcomes | None = None
    positions: Outcomes | None = None

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
        raise UserError(_OVERWRITE(file=path.name))
    return path


def write_rejects(path: Path, header: Sequence[str], rejections: Sequence[Rejection]) -> None:
    """The rejected rows, in file order, with their original cells and the reason."""
    ordered = sorted(rejections, key=lambda r: r.row.number)
    # A corrected rejects file imported again brings its old reason column: replace it.
    keep = [i for i, name in enumerate(header) if name.strip().lower() != REASON_HEADER]
    rows = [[*(r.row.original[i] for i in keep), str(r.reason)] for r in ordered]
    write_table(path, [*(header[i] for i in keep), REASON_HEADER], rows)
    logger.info("wrote %d rejected rows to %s", len(ordered), path)


def reader_rejections(table: Table) -> list[Rejection]:
    """Records the reader could not split into cells (a CSV quote that never closes): rejected
    with their line, so every row of the file is counted in the summary."""
    return [Rejection(b.row, "record", b.reason) for b in table.broken]


_OVERWRITE = message(
    "import.rejects_overwrite",
    "{file}: the rejects file would overwrite the file being imported",
    "{file}：未导入行文件会覆盖正在导入的文件",
)
_BROKEN_ROW = message("import.broken_row", "{why} (rejected)", "{why}（该行未导入）")
_OTHER_SHEETS = message(
    "import.other_sheets",
    "only sheet '{sheet}' was imported; sheet(s) {names} also hold a list: import them as files"
    " of their own",
    "只导入了工作表“{sheet}”，工作表 {names} 也有名单，请另存后分别导入",
)


def table_warnings(table: Table) -> list[Text | str]:
    """What the reader had to guess or leave out: warned about beside the rows' own warnings."""
    broken: list[Text | str] = [_BROKEN_ROW(why=b.reason) for b in table.broken]
    if table.other_sheets:
        names = "、".join(table.other_sheets)
        broken.append(_OTHER_SHEETS(sheet=table.sheet, names=names))
    return [*table.warnings, *broken]
