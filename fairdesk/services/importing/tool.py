"""The organiser's Import tool as one service: preview, import, re-import fixed rows, save rejects.

The GUI reads a file, shows what was rejected, lets the organiser correct the rejected cells in
place and imports just those rows again, keeping their row numbers in the file, so what is still
wrong is still named by the row the organiser sees in Excel. Nothing is written beside the
imported file unless asked ("Save rejects file…" → `save_rejects`): a roster on a read-only stick
imports all the same. Re-imported rows keep the typed cells they were read with (an .xlsx
number stays a number) except the cells the organiser changed, which are read as typed text.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import col, select

from fairdesk.core.normalize import Raw
from fairdesk.core.roster import Rejection
from fairdesk.core.tabular import Table, TableRow, match_columns, read_table
from fairdesk.services.fairs import current_fair
from fairdesk.services.importing.attendees import ImportOptions, import_attendee_table
from fairdesk.services.importing.companies import import_company_table
from fairdesk.services.importing.preview import (
    ROSTER,
    ImportPreview,
    preview_table,
    roster_defaults,
    synonyms_of,
)
from fairdesk.services.importing.report import ImportReport, write_rejects
from fairdesk.store.engine import read_session
from fairdesk.store.models import Attendee

logger = logging.getLogger(__name__)

#: A rejected row as read, and its cells as the organiser corrected them.
FixedRow = tuple[TableRow, Sequence[str]]


@dataclass(frozen=True, slots=True)
class ImportRun:
    """One import from a file: what is needed to re-import its fixed rows or save its rejects."""

    kind: str
    source: Path
    header: tuple[str, ...]
    header_row: int
    sheet: str
    encoding: str
    university: str | None
    report: ImportReport


def fixed_table(run: ImportRun, fixed: Sequence[FixedRow]) -> Table:
    """The corrected rows as a table of the run's file: same header, columns and row numbers."""
    width = len(run.header)
    rows: list[TableRow] = []
    for old, cells in fixed:
        text = tuple((tuple(str(c) for c in cells) + ("",) * width)[:width])
        raw: list[Raw] = []
        for i, value in enumerate(text):
            same = i < len(old.original) and old.original[i] == value and i < len(old.raw)
            raw.append(old.raw[i] if same else value)
        rows.append(TableRow(old.number, text, tuple(raw)))
    columns = match_columns(run.header, synonyms_of(run.kind))
    return Table(
        run.source,
        run.header,
        run.header_row,
        columns,
        rows,
        sheet=run.sheet,
        encoding=run.encoding,
    )


def _file_key(path: Path, kind: str) -> tuple[object, ...]:
    """What tells a file read before from one changed since (None parts: it is gone)."""
    try:
        stat = path.stat()
    except OSError:
        return (str(path), kind, None, None)
    return (str(path.resolve()), kind, stat.st_size, stat.st_mtime_ns)


class ImportService:
    """See the module docstring; every method opens its own short session (worker threads)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._lock = threading.Lock()
        self._kept: tuple[tuple[object, ...], Table] | None = None

    def universities(self) -> list[str]:
        """The universities the fair's students come from so far, for the university chooser."""
        with read_session(self._engine) as session:
            fair = current_fair(session)
            stmt = (
                select(Attendee.university)
                .where(col(Attendee.fair_id) == fair.id)
                .distinct()
                .order_by(col(Attendee.university))
            )
            return [u for u in session.exec(stmt).all() if u]

    def preview(self, path: Path, kind: str) -> ImportPreview:
        """The column report and first rows of `path` read as `kind`; writes nothing.

        The table read is kept for the import that usually follows, so a 50,000-row workbook
        is read once, not twice; a file changed since (size or time) is read again.
        """
        path = Path(path)
        table = read_table(path, synonyms_of(kind))
        with self._lock:
            self._kept = (_file_key(path, kind), table)
        return preview_table(table, kind)

    def _table(self, path: Path, kind: str, progress: Callable[[int], None] | None) -> Table:
        """The table the last preview read of this very file, else the file read now."""
        with self._lock:
            kept, self._kept = self._kept, None
        if kept is not None and kept[0] == _file_key(path, kind):
            return kept[1]
        return read_table(path, synonyms_of(kind), progress=progress)

    def import_file(
        self,
        path: Path,
        kind: str,
        university: str | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> ImportRun:
        """Import `path` as `kind`; `university` fills a roster's missing or empty 学校 cells.

        `progress` is told the rows read so far, and the total once the whole file is read
        (then the rows are checked and written in one transaction).
        """
        path = Path(path)
        defaults = roster_defaults(university) if kind == ROSTER else None
        table = self._table(path, kind, progress)
        if progress is not None:
            progress(len(table.rows) + len(table.broken))
        run = ImportRun(
            kind, path, table.header, table.header_row, table.sheet, table.encoding,
            university if defaults is not None else None, ImportReport(),
        )  # fmt: skip
        return dataclasses.replace(run, report=self._import(kind, table, run.university))

    def import_rows(self, run: ImportRun, fixed: Sequence[FixedRow]) -> ImportReport:
        """Import the corrected rows of `run` (see the module docstring); the report's
        rejections are those of these rows only, by their row numbers in the file."""
        return self._import(run.kind, fixed_table(run, fixed), run.university)

    def save_rejects(
        self, path: Path, run: ImportRun, rows: Sequence[tuple[Rejection, Sequence[str]]]
    ) -> Path:
        """Write the rejects file (.csv or .xlsx): each rejected row's cells as they are now
        (corrected or not) and why it was rejected, ready to finish in Excel and import again."""
        width = len(run.header)
        out: list[Rejection] = []
        for rejection, cells in rows:
            text = tuple((tuple(str(c) for c in cells) + ("",) * width)[:width])
            out.append(
                dataclasses.replace(rejection, row=TableRow(rejection.row.number, text, text))
            )
        write_rejects(Path(path), run.header, out)
        return Path(path)

    def _import(self, kind: str, table: Table, university: str | None) -> ImportReport:
        if kind == ROSTER:
            options = ImportOptions(defaults=roster_defaults(university))
            return import_attendee_table(self._engine, table, options)
        synonyms_of(kind)  # an unknown kind is refused
        return import_company_table(self._engine, table)
