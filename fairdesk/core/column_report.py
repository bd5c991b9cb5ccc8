"""What an import is about to read: which column feeds which field, and what it leaves out.

Before anything is written the organiser sees the file's sheet or encoding, the header row, each
used column with the field it feeds, each ignored column, the fields filled by a default, and the
known fields the file does not have — so a consent column under an unexpected name, or a roster
without a 学校 column, is noticed before 3,000 students go in. The same report is data for the
GUI (`ColumnReport`) and lines for the command line (`ColumnReport.lines`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from fairdesk.core.messages import Text, message
from fairdesk.core.roster_fields import field_label
from fairdesk.core.tabular import Table, column_letter

SOURCE_SHEET = message(
    "columns.source_sheet",
    "{file}: sheet '{sheet}', header on row {header_row}, {rows:,} data rows",
    "{file}：工作表“{sheet}”，表头在第 {header_row} 行，共 {rows:,} 行数据",
)
SOURCE_TEXT = message(
    "columns.source_text",
    "{file}: read as {encoding}, header on row {header_row}, {rows:,} data rows",
    "{file}：按 {encoding} 编码读取，表头在第 {header_row} 行，共 {rows:,} 行数据",
)
USED = message(
    "columns.used", "column {letter} '{header}' → {field}", "第 {letter} 列“{header}” → {field}"
)
IGNORED = message(
    "columns.ignored", "column {letter} '{header}': not used", "第 {letter} 列“{header}”：未使用"
)
DEFAULT_ALL = message(
    "columns.default_all",
    "{field}: not in the file, every row gets '{value}'",
    "{field}：文件中没有该列，全部填为“{value}”",
)
DEFAULT_EMPTY = message(
    "columns.default_empty",
    "{field}: empty cells get '{value}'",
    "{field}：空白单元格填为“{value}”",
)
ABSENT = message("columns.absent", "not in the file: {fields}", "文件中没有：{fields}")


@dataclass(frozen=True, slots=True)
class ColumnUse:
    """One header column: its position, its header text and the field it feeds (None: unused)."""

    index: int
    header: str
    field: str | None

    @property
    def letter(self) -> str:
        return column_letter(self.index)


@dataclass(frozen=True, slots=True)
class ColumnReport:
    """The report of one file, as data (the GUI shows it as a table)."""

    file: str
    sheet: str  # a workbook's sheet read, "" for a text file
    encoding: str  # a text file's encoding, "" for a workbook
    header_row: int
    rows: int
    used: tuple[ColumnUse, ...]
    ignored: tuple[ColumnUse, ...]
    defaults: tuple[tuple[str, str, bool], ...]  # (field, value, whether the file has the column)
    absent: tuple[str, ...]  # known fields neither in the file nor defaulted
    kind: str = "roster"  # or "companies": how the fields are named (`field_label`)

    def lines(self) -> list[Text]:
        """The report for a person, one line a point."""
        where = dict(file=self.file, header_row=self.header_row, rows=self.rows)
        out = [
            SOURCE_SHEET(sheet=self.sheet, **where)
            if self.sheet
            else SOURCE_TEXT(encoding=self.encoding or "?", **where)
        ]
        for use in self.used:
            assert use.field is not None
            out.append(
                USED(letter=use.letter, header=use.header, field=field_label(use.field, self.kind))
            )
        for use in self.ignored:
            out.append(IGNORED(letter=use.letter, header=use.header))
        for field, value, has_column in self.defaults:
            kind = DEFAULT_EMPTY if has_column else DEFAULT_ALL
            out.append(kind(field=field_label(field, self.kind), value=value))
        if self.absent:
            out.append(ABSENT(fields=tuple(field_label(f, self.kind) for f in self.absent)))
        return out


def column_report(
    table: Table,
    known: Iterable[str],
    defaults: Mapping[str, object] | None = None,
    kind: str = "roster",
) -> ColumnReport:
    """The report of `table`; `known` lists the fields a file of its `kind` may have."""
    fields = {index: field for field, index in table.columns.items()}
    used, ignored = [], []
    for index, header in enumerate(table.header):
        field = fields.get(index)
        if field is not None:
            used.append(ColumnUse(index, header, field))
        elif header.strip():
            ignored.append(ColumnUse(index, header, None))
    given = {f: str(v) for f, v in (defaults or {}).items() if v not in (None, "")}
    return ColumnReport(
        file=table.path.name,
        sheet=table.sheet,
        encoding=table.encoding,
        header_row=table.header_row,
        rows=len(table.rows) + len(table.broken),
        used=tuple(used),
        ignored=tuple(ignored),
        defaults=tuple((f, v, f in table.columns) for f, v in given.items()),
        absent=tuple(f for f in known if f not in table.columns and f not in given),
        kind=kind,
    )
