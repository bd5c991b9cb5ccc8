"""Writing tables people open in Excel: CSV (UTF-8 with BOM) or .xlsx, chosen by extension.

Excel-safe: a text cell starting with ``= + - @``, a tab or a carriage return is prefixed with an
apostrophe so it can never run as a formula (CSV injection); in .xlsx every string is a text cell,
so 学号 with leading zeros and phone numbers stay exactly as stored.
"""

from __future__ import annotations

import contextlib
import csv
import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path

from fairdesk.core.messages import message
from fairdesk.errors import UserError

NOT_A_TABLE_NAME = message(
    "export.not_a_table_name",
    "{file}: choose a .csv or .xlsx file name",
    "{file}：请选择 .csv 或 .xlsx 文件名",
)
NO_FOLDER = message(
    "export.no_folder",
    "{path}: the folder {folder} does not exist",
    "{path}：文件夹 {folder} 不存在",
)
IS_A_FOLDER = message(
    "export.is_a_folder", "{path} is a folder; choose a file name", "{path} 是文件夹，请选择文件名"
)
CANNOT_WRITE = message(
    "export.cannot_write", "Cannot write {path}: {why}", "无法写入 {path}：{why}"
)

_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
# The control characters an .xlsx cell cannot hold (openpyxl's ILLEGAL_CHARACTERS_RE); written
# here so that opening a station does not load openpyxl (half a second) before an export needs it.
ILLEGAL_CHARACTERS_RE = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")
TABLE_SUFFIXES = (".csv", ".xlsx")


def neutralise(value: str) -> str:
    """The text without characters Excel cannot hold, with a leading apostrophe when Excel would
    read it as a formula (control characters are dropped first, so they cannot hide an "=")."""
    value = ILLEGAL_CHARACTERS_RE.sub("", value)
    return "'" + value if value.startswith(_DANGEROUS) else value


def cell_value(value: object) -> str | int | float:
    """One value as written: numbers stay numbers, everything else is neutralised text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return value
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    return neutralise(str(value))


def check_table_path(path: Path) -> None:
    """Refuse an output path we cannot write, before any work is done."""
    if path.suffix.lower() not in TABLE_SUFFIXES:
        raise UserError(NOT_A_TABLE_NAME(file=path.name))
    if not path.parent.is_dir():
        raise UserError(NO_FOLDER(path=path, folder=path.parent))
    if path.is_dir():
        raise UserError(IS_A_FOLDER(path=path))


def write_table(path: Path, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """Write `headers` and `rows` to `path` (.csv or .xlsx); it appears whole or not at all."""
    check_table_path(path)
    tmp = path.with_name(path.name + ".part")
    try:
        if path.suffix.lower() == ".csv":
            with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow([neutralise(h) for h in headers])
                for row in rows:
                    writer.writerow([cell_value(v) for v in row])
        else:
            _write_xlsx(tmp, headers, rows)
        tmp.replace(path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise UserError(CANNOT_WRITE(path=path, why=exc.strerror or exc)) from exc


def _write_xlsx(path: Path, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    wb = Workbook(write_only=True)
    ws = wb.create_sheet()
    bold = Font(bold=True)
    header_cells = []
    for h in headers:
        cell = WriteOnlyCell(ws, value=neutralise(h))
        cell.font = bold
        header_cells.append(cell)
    ws.append(header_cells)
    for row in rows:
        out: list[object] = []
        for v in row:
            value = cell_value(v)
            if isinstance(value, str):
                cell = WriteOnlyCell(ws, value=value)
                cell.data_type = "s"
                cell.number_format = "@"
                out.append(cell)
            else:
                out.append(value)
        ws.append(out)
    wb.save(path)
