"""Reading a roster-like table (CSV or XLSX) into its header and data rows.

Real files have a merged title row above the header, blank rows, CSVs in GB18030 or UTF-8 with
or without BOM and with commas, tabs or semicolons. The header is found by content: the first of
the first rows whose cells match at least two known column names (the caller's synonym table).
Each data row keeps its 1-based row number in the file, its cells as the original strings (for
the rejects file) and as typed raw values (xlsx numbers stay numbers so normalisers can tell
13912345678.0 from "1.39123E+10").

Bad files stay bounded: a file holding more than MAX_ROWS rows is refused while it is read (the
reader streams, so nothing is held beyond the rows kept), a record the reader cannot split into
cells (a CSV quote that never closes) becomes a *broken* row the importer rejects by its line
number, and what a reader had to guess (a formula without a saved value) becomes a warning.
The readers themselves live in `tabular_csv` and `tabular_xlsx`.
"""

from __future__ import annotations

import itertools
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from fairdesk.core.messages import Text, message
from fairdesk.core.normalize import Raw
from fairdesk.errors import UserError

logger = logging.getLogger(__name__)

HEADER_SCAN_ROWS = 20
#: Rows a file may hold below its header: four times the fair-scale roster of DESIGN.md, so a
#: real roster always fits while a runaway export is refused before it fills the memory.
MAX_ROWS = 200_000
PROGRESS_ROWS = 10_000  # how often a reader reports how far it has got
Progress = Callable[[int], None]  # told the number of rows read so far
#: Per field, the header names that mean it, and patterns over `header_key` of a header cell.
Synonyms = Mapping[str, Sequence[str | re.Pattern[str]]]
_HEADER_PARTS = re.compile(  # where a bilingual header splits: "姓名/Name", "手机 Mobile"
    r"[/|\\()（）\[\]【】\n]+|\s+(?=[A-Za-z])|(?<=[\u4e00-\u9fff])\s*(?=[A-Za-z])"
)
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003 .xls


@dataclass(frozen=True, slots=True)
class TableRow:
    """One data row: its row number in the file, original strings and typed raw values."""

    number: int
    original: tuple[str, ...]
    raw: tuple[Raw, ...]


@dataclass(frozen=True, slots=True)
class Broken:
    """A record the reader could not split into cells: its best-effort cells and why."""

    number: int
    original: tuple[str, ...]
    reason: Text | str


@dataclass(frozen=True, slots=True)
class BrokenRow:
    """A broken record below the header, padded like any row, for the rejects file."""

    row: TableRow
    reason: Text | str


#: What a reader yields: (row number, original strings, raw values), or a broken record.
SourceRow = tuple[int, tuple[str, ...], tuple[Raw, ...]] | Broken


@dataclass(frozen=True, slots=True)
class Table:
    """A table file read: the header as written, which column holds which field, the rows."""

    path: Path
    header: tuple[str, ...]
    header_row: int
    columns: dict[str, int]
    rows: list[TableRow]
    sheet: str = ""  # for a workbook: the sheet read
    encoding: str = ""  # for a text file: the encoding it was read in ("UTF-8", "GB18030", …)
    other_sheets: tuple[str, ...] = ()  # further sheets that look like the same kind of list
    broken: tuple[BrokenRow, ...] = ()  # records that could not be read: rejected by the importer
    warnings: tuple[Text | str, ...] = ()  # what the reader had to guess, naming row and column


def column_letter(index: int) -> str:
    """Excel's name of a 0-based column: 0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def header_key(cell: str) -> str:
    """How a header cell is compared: NFKC, lowercase, no spaces/punctuation/(notes) or '*'."""
    s = unicodedata.normalize("NFKC", cell).lower()
    s = re.sub(r"\(.*?\)|\[.*?\]|【.*?】", "", s)
    return "".join(c for c in s if c.isalnum())


def match_columns(header: Sequence[str], synonyms: Synonyms) -> dict[str, int]:
    """Map each field to the first header column whose name is one of its synonyms.

    A cell is compared whole, then by the parts of a bilingual header ("姓名 Name", "手机/Mobile",
    "学号（Student ID）"), then against the fields' patterns (the many wordings of one question).
    """
    lookup: dict[str, str] = {}
    patterns: list[tuple[re.Pattern[str], str]] = []
    for field, names in synonyms.items():
        for name in (field, *names):
            if isinstance(name, re.Pattern):
                patterns.append((name, field))
            else:
                lookup.setdefault(header_key(name), field)
    columns: dict[str, int] = {}
    for index, cell in enumerate(header):
        key = header_key(cell)
        found = lookup.get(key)
        if found is None:
            parts = [header_key(p) for p in _HEADER_PARTS.split(cell) if p.strip()]
            found = next((lookup[k] for k in parts if k in lookup), None)
            if found is None and key:
                found = next((f for pattern, f in patterns if pattern.search(key)), None)
        if found is not None and found not in columns:
            columns[found] = index
    return columns


def xlsx_cell(value: object) -> tuple[str, Raw]:
    """An xlsx cell as (original string, typed raw value)."""
    if value is None:
        return "", None
    if isinstance(value, bool):
        return ("TRUE" if value else "FALSE"), ("TRUE" if value else "FALSE")
    if isinstance(value, int):
        return str(value), value
    if isinstance(value, float):
        text = str(int(value)) if value.is_integer() else repr(value)
        return text, value
    if isinstance(value, datetime):
        text = value.date().isoformat() if value.time() == time() else value.isoformat(" ")
        return text, text
    if isinstance(value, date | time):
        return value.isoformat(), value.isoformat()
    text = unneutralise(str(value))
    return text, text


def unneutralise(cell: str) -> str:
    """Undo our own Excel-safety apostrophe ("'+86 138…"), so a corrected rejects file imports."""
    if len(cell) > 1 and cell[0] == "'" and cell[1] in "=+-@\t\r":
        return cell[1:]
    return cell


CANNOT_READ = message("import.cannot_read", "Cannot read {file}: {why}", "无法读取 {file}：{why}")
TOO_MANY_ROWS = message(
    "import.too_many_rows",
    "more than {limit:,} rows; split the file and import the parts one by one",
    "超过 {limit:,} 行，请拆分成几个文件分别导入",
)
FILE_NOT_FOUND = message("import.file_not_found", "file not found", "文件不存在")
OLD_XLS = message(
    "import.old_xls", "old .xls format; save it as .xlsx", "旧版 .xls 格式，请另存为 .xlsx"
)


def unreadable(path: Path, why: Text | str) -> UserError:
    """The one shape of "this file cannot be read", naming the file."""
    return UserError(CANNOT_READ(file=path.name, why=why))


def too_many_rows(path: Path) -> UserError:
    """The refusal of a file longer than MAX_ROWS, saying what to do instead."""
    return unreadable(path, TOO_MANY_ROWS(limit=MAX_ROWS))


def build_table(
    path: Path,
    rows: Iterable[SourceRow],
    synonyms: Synonyms,
    progress: Progress | None = None,
) -> Table | None:
    """Find the header among the first rows, then collect the non-blank data rows below it.

    The header is the row naming the most known columns (at least two): a "学校 | 北京大学 |
    联系电话 | …" line of form details above the real header names two, the header many more.
    Rows whose known columns are all empty (a template's pre-numbered 序号 rows) are skipped.
    Broken records above the header are titles and notes; below it they are kept for rejecting.
    """
    it = iter(rows)
    head: list[SourceRow] = []
    for item in it:
        head.append(item)
        if (item.number if isinstance(item, Broken) else item[0]) >= HEADER_SCAN_ROWS:
            break
    best: tuple[int, dict[str, int]] | None = None
    for index, item in enumerate(head):
        if isinstance(item, Broken):
            continue
        cols = match_columns([c.strip() for c in item[1]], synonyms)
        if len(cols) >= 2 and (best is None or len(cols) > len(best[1])):
            best = (index, cols)
    if best is None:
        return None
    index, columns = best
    found = head[index]
    assert not isinstance(found, Broken)
    header_row, original_header, _ = found
    header = tuple(c.strip() for c in original_header)
    while header and not header[-1]:
        header = header[:-1]
    width = max(len(header), max(columns.values()) + 1)
    header = header + ("",) * (width - len(header))
    known = sorted(set(columns.values()))
    data: list[TableRow] = []
    broken: list[BrokenRow] = []
    for seen, item in enumerate(itertools.chain(head[index + 1 :], it), start=1):
        if seen > MAX_ROWS:
            raise too_many_rows(path)
        if progress is not None and seen % PROGRESS_ROWS == 0:
            progress(seen)
        if isinstance(item, Broken):
            cells = (item.original + ("",) * width)[:width]
            broken.append(BrokenRow(TableRow(item.number, cells, cells), item.reason))
            continue
        number, original, raw = item
        if not any(original[i].strip() for i in known if i < len(original)):
            continue  # blank rows, and template rows with only a 序号, are skipped silently
        if len(original) < width:
            pad = width - len(original)
            original = original + ("",) * pad
            raw = raw + (None,) * pad
        data.append(TableRow(number, original[:width], raw[:width]))
    return Table(path, header, header_row, columns, data, broken=tuple(broken))


def read_table(path: Path, synonyms: Synonyms, *, progress: Progress | None = None) -> Table:
    """Read a CSV or XLSX table; `UserError` naming the file when it cannot be read.

    `progress`, when given, is told every PROGRESS_ROWS rows how many have been read.
    """
    from fairdesk.core.tabular_csv import read_csv
    from fairdesk.core.tabular_xlsx import read_xlsx

    if not path.is_file():
        raise unreadable(path, FILE_NOT_FOUND())
    try:
        with path.open("rb") as fh:
            magic = fh.read(8)
    except OSError as exc:
        raise unreadable(path, exc.strerror or str(exc)) from exc
    # What the bytes are decides, not the name: offices rename files freely.
    if magic.startswith(b"PK\x03\x04"):
        return read_xlsx(path, synonyms, progress=progress)
    if magic == _OLE2_MAGIC:
        raise unreadable(path, OLD_XLS())
    return read_csv(path, synonyms, progress=progress)
