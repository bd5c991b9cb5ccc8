"""What a file would import as, before anything is written: the column report and first rows.

The organiser's Import tool shows this as soon as a file is picked, so a 学号 column read as
something else, or a roster without a 学校 column (one school's list: the university must be
chosen), is seen before 3,000 students go in. Nothing here touches the database.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from fairdesk.core.column_report import ColumnReport, column_report
from fairdesk.core.companies import COMPANY_COLUMNS
from fairdesk.core.messages import Text, message
from fairdesk.core.roster import ATTENDEE_COLUMNS, RosterDefaults
from fairdesk.core.roster_fields import field_label
from fairdesk.core.tabular import Progress, Synonyms, Table, read_table
from fairdesk.errors import UserError

logger = logging.getLogger(__name__)

ROSTER = "roster"
COMPANIES = "companies"
KINDS = (ROSTER, COMPANIES)
PREVIEW_ROWS = 20

NO_NAME_COLUMN = message(
    "import.preview_no_name", "the file has no {field} column", "文件中没有“{field}”列"
)
NO_KEY_COLUMN = message(
    "import.preview_no_key",
    "the file has neither a student no nor a phone column",
    "文件中既没有学号列，也没有手机列",
)
UNKNOWN_KIND = message(
    "import.unknown_kind", "unknown kind of list: {kind}", "未知的名单类型：{kind}"
)


def synonyms_of(kind: str) -> Synonyms:
    """The column names a file of `kind` ("roster" or "companies") may use."""
    if kind == ROSTER:
        return ATTENDEE_COLUMNS
    if kind == COMPANIES:
        return COMPANY_COLUMNS
    raise UserError(UNKNOWN_KIND(kind=kind))


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """A file read as a list of `kind`: its column report, header and first rows."""

    kind: str
    path: Path
    columns: ColumnReport
    header: tuple[str, ...]
    fields: tuple[str | None, ...]  # per header column: the field it feeds (None: not used)
    rows: tuple[tuple[str, ...], ...]  # the first data rows, cells as written
    total_rows: int
    has_university: bool  # a roster with a 学校 column; without one a university is chosen
    problems: tuple[Text, ...]  # why the file cannot be imported as `kind` (empty: it can)


def preview_table(table: Table, kind: str, rows: int = PREVIEW_ROWS) -> ImportPreview:
    """The preview of a table already read."""
    known = synonyms_of(kind)
    report = column_report(table, known, kind=kind)
    by_index = {index: field for field, index in table.columns.items()}
    problems: list[Text] = []
    if kind == ROSTER:
        if "name" not in table.columns:
            problems.append(NO_NAME_COLUMN(field=field_label("name")))
        if "student_no" not in table.columns and "phone" not in table.columns:
            problems.append(NO_KEY_COLUMN())
    elif "company" not in table.columns:
        problems.append(NO_NAME_COLUMN(field=field_label("company", kind)))
    return ImportPreview(
        kind=kind,
        path=table.path,
        columns=report,
        header=table.header,
        fields=tuple(by_index.get(i) for i in range(len(table.header))),
        rows=tuple(r.original for r in table.rows[:rows]),
        total_rows=len(table.rows) + len(table.broken),
        has_university=kind != ROSTER or "university" in table.columns,
        problems=tuple(problems),
    )


def preview_file(
    path: Path, kind: str, *, rows: int = PREVIEW_ROWS, progress: Progress | None = None
) -> ImportPreview:
    """Read `path` as a list of `kind` and say what would be imported; UserError when the file
    cannot be read at all (no header found, not a table, missing)."""
    table = read_table(Path(path), synonyms_of(kind), progress=progress)
    return preview_table(table, kind, rows)


def roster_defaults(university: str | None) -> RosterDefaults | None:
    """The defaults of a roster import given the chosen university (None: the file's own)."""
    if university is None or not university.strip():
        return None
    return RosterDefaults.parse(university=university)
