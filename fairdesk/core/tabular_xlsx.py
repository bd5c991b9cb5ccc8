"""Reading a roster .xlsx workbook: the first sheet with a recognisable header, row by row.

openpyxl's read-only mode streams the sheets, but trusts what the file declares: a sheet whose
<dimension> claims the whole grid (A1:XFD1048576) would have every row padded to 16,384 cells,
so the declared size is dropped and rows are cut to MAX_COLUMNS; and it loads the whole
shared-string table before the first row, so a table far larger than any roster needs is
refused by its declared count and its size in the zip, before openpyxl touches it.

A formula cell whose workbook was written by a script (no saved value) reads as empty when only
values are read: when a sheet holds formulas at all, a second read-only pass gives the formula
text for such cells, kept with a warning naming the row and column.

Merged cells: a merged range keeps its value in its top-left cell only, and read-only mode does
not read the ranges at all. Company lists merge the company's cells down over its position rows
(rosters sometimes merge 学校 or 学院 the same way), so the ranges are found in the pass over the
sheet's XML that looks for formulas, and each range's value fills the rows below it in the
range's first column (a range across several columns is a layout, not a value for each).
"""

from __future__ import annotations

import dataclasses
import io
import itertools
import logging
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from fairdesk.core.messages import Text, message
from fairdesk.core.normalize import Raw
from fairdesk.core.tabular import (
    HEADER_SCAN_ROWS,
    Progress,
    SourceRow,
    Synonyms,
    Table,
    build_table,
    column_letter,
    unreadable,
    xlsx_cell,
)
from fairdesk.errors import UserError

logger = logging.getLogger(__name__)

MAX_COLUMNS = 256  # a roster has a few dozen columns; cells further right are ignored
MAX_SHARED_STRINGS = 1_000_000  # MAX_ROWS rows of a few distinct texts each fit well below
MAX_SHARED_STRINGS_BYTES = 64 * 1024 * 1024
_COUNT = re.compile(rb'uniqueCount="(\d+)"|\scount="(\d+)"')
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_MERGE = re.compile(
    rb'<(?:\w+:)?mergeCell\s[^>]*?ref="([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})"'
)
MAX_MERGES = 100_000  # a list of a few thousand companies merges far fewer
Merge = tuple[int, int, int]  # (column index, first row, last row) filled from the first row
_NOT_XLSX = message("import.not_xlsx", "not a valid .xlsx workbook", "不是有效的 .xlsx 文件")
_DAMAGED = message("import.damaged_xlsx", "damaged .xlsx workbook", ".xlsx 文件已损坏")
_NO_SHEET = message(
    "import.no_sheet_header",
    "no sheet with a header row of known column names",
    "找不到含有已知列名表头行的工作表",
)
_BIG_STRINGS = message(
    "import.big_shared_strings",
    "its shared-string table is unreasonably big ({declared} texts, {mb} MB; a roster needs"
    " fewer than {most}); open it in Excel and save it again, or save it as CSV",
    "共享字符串表过大（{declared} 条，{mb} MB，名单不需要超过 {most} 条），"
    "请用 Excel 重新保存或另存为 CSV",
)
_FORMULA_TEXT = message(
    "import.formula_without_value",
    "row {row}: column {column} '{text}': formula without a saved value, imported as its text",
    "第 {row} 行 {column} 列“{text}”：公式没有保存的计算结果，已按公式原文导入",
)


def check_shared_strings(path: Path, archive: zipfile.ZipFile) -> None:
    """Refuse a shared-string table far larger than a roster needs, without loading it."""
    for info in archive.infolist():
        if not info.filename.lower().endswith("sharedstrings.xml"):
            continue
        with archive.open(info) as fh:
            match = _COUNT.search(fh.read(4096))
        declared = int(next(g for g in match.groups() if g)) if match else 0
        if declared > MAX_SHARED_STRINGS or info.file_size > MAX_SHARED_STRINGS_BYTES:
            why = _BIG_STRINGS(
                declared=f"{declared:,}",
                mb=f"{info.file_size / 2**20:.0f}",
                most=f"{MAX_SHARED_STRINGS:,}",
            )
            raise unreadable(path, why)


def _letters_index(letters: bytes) -> int:
    index = 0
    for c in letters:
        index = index * 26 + c - 64
    return index - 1


def _scan_worksheets(archive: zipfile.ZipFile) -> tuple[bool, dict[str, list[Merge]]]:
    """Whether any worksheet holds a formula (<f>), and each worksheet's vertical merged ranges,
    read in chunks without parsing the XML."""
    formulas = False
    merges: dict[str, list[Merge]] = {}
    for info in archive.infolist():
        if not info.filename.startswith("xl/worksheets/"):
            continue
        found: list[Merge] = []
        with archive.open(info) as fh:
            tail = b""
            for chunk in iter(lambda fh=fh: fh.read(1 << 20), b""):  # type: ignore[misc]
                text = tail + chunk
                formulas = formulas or _FORMULA.search(text) is not None
                if b"mergeCell" in text:
                    for m in _MERGE.finditer(text):
                        first, last = int(m.group(2)), int(m.group(4))
                        if m.end() > len(tail) and last > first and len(found) < MAX_MERGES:
                            found.append((_letters_index(m.group(1)), first, last))
                tail = chunk[-160:]
        if found:
            merges[info.filename] = sorted(found, key=lambda r: r[1])
    return formulas, merges


def _fill_merged(rows: Iterator[SourceRow], merges: list[Merge]) -> Iterator[SourceRow]:
    """Each merged range's first-row value written into the rows below it (same column)."""
    pending = iter(merges)
    upcoming = next(pending, None)
    active: list[tuple[int, int, tuple[str, Raw]]] = []  # column, last row, (text, raw)
    for item in rows:
        if isinstance(item, tuple) and (active or upcoming is not None):
            number, original, raw = item
            fills = [(col, value) for col, last, value in active if number <= last]
            active = [a for a in active if a[1] > number]
            while upcoming is not None and upcoming[1] <= number:
                col, first, last = upcoming
                if first == number and col < len(original) and col < MAX_COLUMNS:
                    active.append((col, last, (original[col], raw[col])))
                upcoming = next(pending, None)
            if fills:
                width = max(len(original), *(col + 1 for col, _ in fills))
                cells = list(original) + [""] * (width - len(original))
                values = list(raw) + [None] * (width - len(raw))
                for col, (text, value) in fills:
                    if not cells[col].strip():
                        cells[col], values[col] = text, value
                item = (number, tuple(cells), tuple(values))
        yield item


def _formula_text(value: object) -> str | None:
    """The text of a formula as openpyxl gives it (a string, or an array formula object)."""
    text = getattr(value, "text", value)
    return text if isinstance(text, str) and text.startswith("=") else None


def sheet_rows(
    ws: Any, formulas: Any | None = None, warnings: list[Text | str] | None = None
) -> Iterator[SourceRow]:
    """A read-only sheet's rows; `formulas` is the same sheet read for formulas, in step."""
    ws.reset_dimensions()  # the declared size is not trusted: each row is as long as it is
    rows = ws.iter_rows(values_only=True)
    if formulas is None:
        paired: Iterator[tuple[Any, Any]] = ((values, None) for values in rows)
    else:
        formulas.reset_dimensions()
        both = itertools.zip_longest(rows, formulas.iter_rows(values_only=True), fillvalue=())
        paired = iter(both)
    for number, (values, texts) in enumerate(paired, start=1):
        values = values[:MAX_COLUMNS]
        if texts:
            values = list(values)
            for col, value in enumerate(values):
                text = _formula_text(texts[col]) if value is None and col < len(texts) else None
                if text is not None:
                    values[col] = text
                    if warnings is not None:
                        where = {"row": number, "column": column_letter(col), "text": text}
                        warnings.append(_FORMULA_TEXT(**where))
        pairs = [xlsx_cell(v) for v in values]
        yield number, tuple(p[0] for p in pairs), tuple(p[1] for p in pairs)


def _open(path: Path, data: bytes, *, data_only: bool) -> Any:
    import openpyxl  # deferred: only xlsx imports pay for it

    try:
        # From memory, not the path: openpyxl refuses a workbook whose name says ".csv".
        return openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=data_only)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise unreadable(path, _NOT_XLSX()) from exc
    except Exception as exc:  # openpyxl raises assorted errors on damaged files
        logger.warning("openpyxl could not open %s: %r", path, exc)
        raise unreadable(path, _NOT_XLSX()) from exc


def read_xlsx(path: Path, synonyms: Synonyms, *, progress: Progress | None = None) -> Table:
    """The first worksheet of an .xlsx workbook that has a recognisable header row."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise unreadable(path, exc.strerror or str(exc)) from exc
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            check_shared_strings(path, archive)
            with_formulas, merges = _scan_worksheets(archive)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise unreadable(path, _NOT_XLSX()) from exc
    wb = _open(path, data, data_only=True)
    fb = _open(path, data, data_only=False) if with_formulas else None
    try:
        found: Table | None = None
        others: list[str] = []
        warnings: list[Text | str] = []
        for index, ws in enumerate(wb.worksheets):
            if found is not None:  # only look whether later sheets hold a list too
                head = itertools.islice(sheet_rows(ws), HEADER_SCAN_ROWS)
                if build_table(path, head, synonyms) is not None:
                    others.append(ws.title)
                continue
            twin = fb.worksheets[index] if fb is not None else None
            rows = sheet_rows(ws, twin, warnings)
            merged = merges.get(getattr(ws, "_worksheet_path", "").lstrip("/"))
            if merged:
                rows = _fill_merged(rows, merged)
            found = build_table(path, rows, synonyms, progress)
            if found is not None:
                found = dataclasses.replace(found, sheet=ws.title, warnings=tuple(warnings))
            warnings = []
        if found is not None:
            return dataclasses.replace(found, other_sheets=tuple(others))
    except UserError:
        raise  # a file longer than MAX_ROWS
    except Exception as exc:  # read_only parses sheets lazily: any XML or zip error lands here
        logger.warning("openpyxl could not read %s: %r", path, exc)
        raise unreadable(path, _DAMAGED()) from exc
    finally:
        wb.close()
        if fb is not None:
            fb.close()
    raise unreadable(path, _NO_SHEET())
