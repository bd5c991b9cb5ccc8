"""Reading a roster .xlsx workbook: the first sheet with a recognisable header, row by row.

openpyxl's read-only mode streams the sheets, but trusts what the file declares: a sheet whose
<dimension> claims the whole grid (A1:XFD1048576) would have every row padded to 16,384 cells,
so the declared size is dropped and rows are cut to MAX_COLUMNS; and it loads the whole
shared-string table before the first row, so a table far larger than any roster needs is
refused by its declared count and its size in the zip, before openpyxl touches it.

A formula cell whose workbook was written by a script (no saved value) reads as empty when only
values are read: when a sheet holds formulas at all, a second read-only pass gives the formula
text for such cells, kept with a warning naming the row and column.
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

from fairdesk.core.tabular import (
    HEADER_SCAN_ROWS,
    Progress,
    SourceRow,
    Synonyms,
    Table,
    build_table,
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
_NOT_XLSX = "not a valid .xlsx workbook / 不是有效的 .xlsx 文件"


def check_shared_strings(path: Path, archive: zipfile.ZipFile) -> None:
    """Refuse a shared-string table far larger than a roster needs, without loading it."""
    for info in archive.infolist():
        if not info.filename.lower().endswith("sharedstrings.xml"):
            continue
        with archive.open(info) as fh:
            match = _COUNT.search(fh.read(4096))
        declared = int(next(g for g in match.groups() if g)) if match else 0
        if declared > MAX_SHARED_STRINGS or info.file_size > MAX_SHARED_STRINGS_BYTES:
            mb = f"{info.file_size / 2**20:.0f} MB"
            raise unreadable(
                path,
                f"its shared-string table is unreasonably big ({declared:,} texts, {mb}; a roster"
                f" needs fewer than {MAX_SHARED_STRINGS:,}); open it in Excel and save it again,"
                f" or save it as CSV / 共享字符串表过大（{declared:,} 条，{mb}），"
                "请用 Excel 重新保存或另存为 CSV",
            )


def _has_formulas(archive: zipfile.ZipFile) -> bool:
    """Whether any worksheet holds a formula (<f>), read in chunks without parsing."""
    for info in archive.infolist():
        if not info.filename.startswith("xl/worksheets/"):
            continue
        with archive.open(info) as fh:
            tail = b""
            for chunk in iter(lambda fh=fh: fh.read(1 << 20), b""):  # type: ignore[misc]
                if _FORMULA.search(tail + chunk):
                    return True
                tail = chunk[-16:]
    return False


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _formula_text(value: object) -> str | None:
    """The text of a formula as openpyxl gives it (a string, or an array formula object)."""
    text = getattr(value, "text", value)
    return text if isinstance(text, str) and text.startswith("=") else None


def sheet_rows(
    ws: Any, formulas: Any | None = None, warnings: list[str] | None = None
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
                        where = f"row {number}: column {_column_letter(col)} '{text}'"
                        warnings.append(
                            f"{where}: formula without a saved value, imported as its text"
                            " / 公式没有保存的计算结果，已按公式原文导入"
                        )
        pairs = [xlsx_cell(v) for v in values]
        yield number, tuple(p[0] for p in pairs), tuple(p[1] for p in pairs)


def _open(path: Path, data: bytes, *, data_only: bool) -> Any:
    import openpyxl  # deferred: only xlsx imports pay for it

    try:
        # From memory, not the path: openpyxl refuses a workbook whose name says ".csv".
        return openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=data_only)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise unreadable(path, _NOT_XLSX) from exc
    except Exception as exc:  # openpyxl raises assorted errors on damaged files
        logger.warning("openpyxl could not open %s: %r", path, exc)
        raise unreadable(path, _NOT_XLSX) from exc


def read_xlsx(path: Path, synonyms: Synonyms, *, progress: Progress | None = None) -> Table:
    """The first worksheet of an .xlsx workbook that has a recognisable header row."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise unreadable(path, exc.strerror or str(exc)) from exc
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            check_shared_strings(path, archive)
            with_formulas = _has_formulas(archive)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise unreadable(path, _NOT_XLSX) from exc
    wb = _open(path, data, data_only=True)
    fb = _open(path, data, data_only=False) if with_formulas else None
    try:
        found: Table | None = None
        others: list[str] = []
        warnings: list[str] = []
        for index, ws in enumerate(wb.worksheets):
            if found is not None:  # only look whether later sheets hold a list too
                head = itertools.islice(sheet_rows(ws), HEADER_SCAN_ROWS)
                if build_table(path, head, synonyms) is not None:
                    others.append(ws.title)
                continue
            twin = fb.worksheets[index] if fb is not None else None
            found = build_table(path, sheet_rows(ws, twin, warnings), synonyms, progress)
            if found is not None:
                found = dataclasses.replace(found, sheet=ws.title, warnings=tuple(warnings))
            warnings = []
        if found is not None:
            return dataclasses.replace(found, other_sheets=tuple(others))
    except UserError:
        raise  # a file longer than MAX_ROWS
    except Exception as exc:  # read_only parses sheets lazily: any XML or zip error lands here
        logger.warning("openpyxl could not read %s: %r", path, exc)
        raise unreadable(path, "damaged .xlsx workbook / .xlsx 文件已损坏") from exc
    finally:
        wb.close()
        if fb is not None:
            fb.close()
    raise unreadable(path, "no sheet with a header row of known column names / 找不到表头行")
