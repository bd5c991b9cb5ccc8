"""Reading a roster-like table (CSV or XLSX) into its header and data rows.

Real files have a merged title row above the header, blank rows, CSVs in GB18030 or UTF-8 with
or without BOM and with commas, tabs or semicolons. The header is found by content: the first of
the first rows whose cells match at least two known column names (the caller's synonym table).
Each data row keeps its 1-based row number in the file, its cells as the original strings (for
the rejects file) and as typed raw values (xlsx numbers stay numbers so normalisers can tell
13912345678.0 from "1.39123E+10").
"""

from __future__ import annotations

import csv
import dataclasses
import io
import itertools
import logging
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from fairdesk.core.normalize import Raw
from fairdesk.errors import UserError

logger = logging.getLogger(__name__)

HEADER_SCAN_ROWS = 20
_HEADER_PARTS = re.compile(  # where a bilingual header splits: "姓名/Name", "手机 Mobile"
    r"[/|\\()（）\[\]【】\n]+|\s+(?=[A-Za-z])|(?<=[\u4e00-\u9fff])\s*(?=[A-Za-z])"
)
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003 .xls
_DELIMITERS = (",", "\t", ";")


@dataclass(frozen=True, slots=True)
class TableRow:
    """One data row: its row number in the file, original strings and typed raw values."""

    number: int
    original: tuple[str, ...]
    raw: tuple[Raw, ...]


@dataclass(frozen=True, slots=True)
class Table:
    """A table file read: the header as written, which column holds which field, the rows."""

    path: Path
    header: tuple[str, ...]
    header_row: int
    columns: dict[str, int]
    rows: list[TableRow]
    sheet: str = ""  # for a workbook: the sheet read
    other_sheets: tuple[str, ...] = ()  # further sheets that look like the same kind of list


def header_key(cell: str) -> str:
    """How a header cell is compared: NFKC, lowercase, no spaces/punctuation/(notes) or '*'."""
    s = unicodedata.normalize("NFKC", cell).lower()
    s = re.sub(r"\(.*?\)|\[.*?\]|【.*?】", "", s)
    return "".join(c for c in s if c.isalnum())


def match_columns(header: Sequence[str], synonyms: Mapping[str, Sequence[str]]) -> dict[str, int]:
    """Map each field to the first header column whose name is one of its synonyms."""
    lookup: dict[str, str] = {}
    for field, names in synonyms.items():
        for name in (field, *names):
            lookup.setdefault(header_key(name), field)
    columns: dict[str, int] = {}
    for index, cell in enumerate(header):
        found = lookup.get(header_key(cell))
        if found is None:  # bilingual headers: "姓名 Name", "手机/Mobile", "学号（Student ID）"
            parts = (header_key(p) for p in _HEADER_PARTS.split(cell) if p.strip())
            found = next((lookup[k] for k in parts if k in lookup), None)
        if found is not None and found not in columns:
            columns[found] = index
    return columns


def _cell(value: object) -> tuple[str, Raw]:
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


def _unreadable(path: Path, why: str) -> UserError:
    return UserError(f"Cannot read {path.name} / 无法读取 {path.name}: {why}")


def _build(
    path: Path,
    rows: Iterable[tuple[int, tuple[str, ...], tuple[Raw, ...]]],
    synonyms: Mapping[str, Sequence[str]],
) -> Table | None:
    """Find the header among the first rows, then collect the non-blank data rows below it.

    The header is the row naming the most known columns (at least two): a "学校 | 北京大学 |
    联系电话 | …" line of form details above the real header names two, the header many more.
    Rows whose known columns are all empty (a template's pre-numbered 序号 rows) are skipped.
    """
    it = iter(rows)
    head: list[tuple[int, tuple[str, ...], tuple[Raw, ...]]] = []
    for item in it:
        head.append(item)
        if item[0] >= HEADER_SCAN_ROWS:
            break
    best: tuple[int, dict[str, int]] | None = None
    for index, (_number, original, _raw) in enumerate(head):
        cols = match_columns([c.strip() for c in original], synonyms)
        if len(cols) >= 2 and (best is None or len(cols) > len(best[1])):
            best = (index, cols)
    if best is None:
        return None
    index, columns = best
    header_row, original_header, _ = head[index]
    header = tuple(c.strip() for c in original_header)
    while header and not header[-1]:
        header = header[:-1]
    width = max(len(header), max(columns.values()) + 1)
    header = header + ("",) * (width - len(header))
    known = sorted(set(columns.values()))
    data: list[TableRow] = []
    for number, original, raw in itertools.chain(head[index + 1 :], it):
        if not any(original[i].strip() for i in known if i < len(original)):
            continue  # blank rows, and template rows with only a 序号, are skipped silently
        if len(original) < width:
            pad = width - len(original)
            original = original + ("",) * pad
            raw = raw + (None,) * pad
        data.append(TableRow(number, original[:width], raw[:width]))
    return Table(path, header, header_row, columns, data)


def _decode(path: Path, data: bytes) -> str:
    """UTF-16 with BOM (Excel's "Unicode text"), UTF-8 with BOM, UTF-8, else GB18030."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise _unreadable(path, "broken UTF-16 text / UTF-16 编码有误") from exc
    if b"\x00" in data[:65536]:
        raise _unreadable(path, "not a CSV or Excel file / 不是 CSV 或 Excel 文件")
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _unreadable(path, "broken UTF-8 text / UTF-8 编码有误") from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    broken = lenient.count("\ufffd")
    if broken <= max(2, sum(1 for ch in lenient if ord(ch) > 127) // 200):
        # UTF-8 with a damaged byte or two: read it as UTF-8 (the damaged rows are rejected
        # for their unreadable characters) rather than as GB18030 mojibake.
        return lenient
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise _unreadable(path, "unknown text encoding / 无法识别的文本编码") from exc


def _delimiters_to_try(text: str) -> list[str]:
    """Candidate delimiters that occur in the first lines, most frequent first (comma if none)."""
    head = [line for line in text[:65536].splitlines()[:HEADER_SCAN_ROWS] if line.strip()]
    counts = {d: sum(line.count(d) for line in head) for d in _DELIMITERS}
    found = sorted((d for d in _DELIMITERS if counts[d]), key=lambda d: -counts[d])
    return found or [","]


def _csv_rows(text: str, delimiter: str) -> Iterator[tuple[int, tuple[str, ...], tuple[Raw, ...]]]:
    """Rows numbered by record, as Excel numbers them (a quoted cell may span several lines)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    for number, record in enumerate(reader, start=1):
        cells = tuple(unneutralise(c) for c in record)
        yield number, cells, cells


def read_csv(path: Path, synonyms: Mapping[str, Sequence[str]]) -> Table:
    """A CSV file in UTF-8 (BOM or not) or GB18030, comma/tab/semicolon separated."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _unreadable(path, exc.strerror or str(exc)) from exc
    text = _decode(path, data)
    table: Table | None = None
    try:
        for delimiter in _delimiters_to_try(text):
            found = _build(path, _csv_rows(text, delimiter), synonyms)
            if found is not None and (table is None or len(found.columns) > len(table.columns)):
                table = found  # the delimiter that names the most columns wins
    except csv.Error as exc:
        raise _unreadable(path, f"malformed CSV ({exc}) / CSV 格式有误") from exc
    if table is None:
        raise _unreadable(path, "no header row with known column names / 找不到表头行")
    return table


def _sheet_rows(ws: object) -> Iterator[tuple[int, tuple[str, ...], tuple[Raw, ...]]]:
    rows = ws.iter_rows(values_only=True)  # type: ignore[attr-defined]
    for number, values in enumerate(rows, start=1):
        pairs = [_cell(v) for v in values]
        yield number, tuple(p[0] for p in pairs), tuple(p[1] for p in pairs)


def read_xlsx(path: Path, synonyms: Mapping[str, Sequence[str]]) -> Table:
    """The first worksheet of an .xlsx workbook that has a recognisable header row."""
    import openpyxl  # deferred: only xlsx imports pay for it

    try:
        # From memory, not the path: openpyxl refuses a workbook whose name says ".csv".
        wb = openpyxl.load_workbook(io.BytesIO(path.read_bytes()), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise _unreadable(path, "not a valid .xlsx workbook / 不是有效的 .xlsx 文件") from exc
    except Exception as exc:  # openpyxl raises assorted errors on damaged files
        logger.warning("openpyxl could not open %s: %r", path, exc)
        raise _unreadable(path, "not a valid .xlsx workbook / 不是有效的 .xlsx 文件") from exc
    try:
        found: Table | None = None
        others: list[str] = []
        for ws in wb.worksheets:
            if found is not None:  # only look whether later sheets hold a list too
                head = itertools.islice(_sheet_rows(ws), HEADER_SCAN_ROWS)
                if _build(path, head, synonyms) is not None:
                    others.append(ws.title)
                continue
            found = _build(path, _sheet_rows(ws), synonyms)
            if found is not None:
                found = dataclasses.replace(found, sheet=ws.title)
        if found is not None:
            return dataclasses.replace(found, other_sheets=tuple(others))
    except Exception as exc:  # read_only parses sheets lazily: any XML or zip error lands here
        logger.warning("openpyxl could not read %s: %r", path, exc)
        raise _unreadable(path, "damaged .xlsx workbook / .xlsx 文件已损坏") from exc
    finally:
        wb.close()
    raise _unreadable(path, "no sheet with a header row of known column names / 找不到表头行")


def read_table(path: Path, synonyms: Mapping[str, Sequence[str]]) -> Table:
    """Read a CSV or XLSX table; `UserError` naming the file when it cannot be read."""
    if not path.is_file():
        raise _unreadable(path, "file not found / 文件不存在")
    try:
        with path.open("rb") as fh:
            magic = fh.read(8)
    except OSError as exc:
        raise _unreadable(path, exc.strerror or str(exc)) from exc
    # What the bytes are decides, not the name: offices rename files freely.
    if magic.startswith(b"PK\x03\x04"):
        return read_xlsx(path, synonyms)
    if magic == _OLE2_MAGIC:
        raise _unreadable(path, "old .xls format; save it as .xlsx / 请另存为 .xlsx 格式")
    return read_csv(path, synonyms)
