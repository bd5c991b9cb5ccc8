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
import io
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
_XLSX_SUFFIXES = {".xlsx", ".xlsm"}
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
    """Find the header among the first rows, then collect the non-blank data rows below it."""
    it = iter(rows)
    header: tuple[str, ...] | None = None
    header_row = 0
    columns: dict[str, int] = {}
    for number, original, _raw in it:
        if number > HEADER_SCAN_ROWS:
            return None
        cols = match_columns([c.strip() for c in original], synonyms)
        if len(cols) >= 2:
            header = tuple(c.strip() for c in original)
            while header and not header[-1]:
                header = header[:-1]
            header_row, columns = number, cols
            break
    if header is None:
        return None
    width = len(header)
    data: list[TableRow] = []
    for number, original, raw in it:
        if not any(c.strip() for c in original):
            continue  # blank rows among or below the data are skipped silently
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
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise _unreadable(path, "unknown text encoding / 无法识别的文本编码") from exc


def _sniff_delimiter(text: str) -> str:
    """The candidate delimiter most frequent in the first lines (comma when tied or absent)."""
    head = [line for line in text[:65536].splitlines()[:HEADER_SCAN_ROWS] if line.strip()]
    counts = {d: sum(line.count(d) for line in head) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] > 0 else ","


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
    try:
        table = _build(path, _csv_rows(text, _sniff_delimiter(text)), synonyms)
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
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise _unreadable(path, "not a valid .xlsx workbook / 不是有效的 .xlsx 文件") from exc
    except Exception as exc:  # openpyxl raises assorted errors on damaged files
        logger.warning("openpyxl could not open %s: %r", path, exc)
        raise _unreadable(path, "not a valid .xlsx workbook / 不是有效的 .xlsx 文件") from exc
    try:
        for ws in wb.worksheets:
            table = _build(path, _sheet_rows(ws), synonyms)
            if table is not None:
                return table
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
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise _unreadable(path, "old .xls format; save it as .xlsx / 请另存为 .xlsx 格式")
    try:
        with path.open("rb") as fh:
            magic = fh.read(4)
    except OSError as exc:
        raise _unreadable(path, exc.strerror or str(exc)) from exc
    if suffix in _XLSX_SUFFIXES or magic == b"PK\x03\x04":
        return read_xlsx(path, synonyms)
    return read_csv(path, synonyms)
