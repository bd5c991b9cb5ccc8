"""Roster files that are damaged or oversized in the ways real ones are, written for the tests
(and for measuring the importer on them by hand: `python -m tests.bad_tables DIR`)."""

from __future__ import annotations

import re
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl

HEADER = ["姓名", "学号", "学校", "学院", "专业", "手机"]


def person(n: int) -> list[str]:
    """Row n of a plausible roster (学号 and phone unique per n)."""
    return [f"学生{n}", f"23{n:07d}", "北京大学", "数学学院", "统计学", f"138{n:08d}"]


def _rewrite_zip(path: Path, change: Callable[[str, bytes], bytes]) -> None:
    """Rewrite every member of the workbook at `path` through `change(name, data)`."""
    with zipfile.ZipFile(path) as src:
        members = [(info, src.read(info)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in members:
            out.writestr(info.filename, change(info.filename, data))


def workbook(path: Path, rows: list[list[object]]) -> Path:
    """An .xlsx file of `rows` on its first sheet, as openpyxl writes it."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def wide_dimension_xlsx(path: Path, rows: int = 5) -> Path:
    """A sheet declaring the whole grid (A1:XFD1048576) that holds a header and a few rows."""
    workbook(path, [HEADER, *(person(n) for n in range(1, rows + 1))])

    def change(name: str, data: bytes) -> bytes:
        if name.startswith("xl/worksheets/sheet"):
            return re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', data)
        return data

    _rewrite_zip(path, change)
    return path


_SST_REL = (
    b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    b'sharedStrings" Target="sharedStrings.xml" Id="rIdSst" />'
)
_SST_TYPE = (
    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
)


def many_shared_strings_xlsx(path: Path, extra: int = 3_000_000) -> Path:
    """A small sheet whose shared-string table (as Excel writes it) holds `extra` more strings."""
    workbook(path, [HEADER, person(1), person(2)])
    strings: list[bytes] = []

    def shared(match: re.Match[bytes]) -> bytes:
        strings.append(match.group(1))
        return b't="s"><v>%d</v>' % (len(strings) - 1)

    def change(name: str, data: bytes) -> bytes:
        if name.startswith("xl/worksheets/sheet"):
            return re.sub(rb't="inlineStr"><is><t>(.*?)</t></is>', shared, data)
        if name == "xl/_rels/workbook.xml.rels":
            return data.replace(b"</Relationships>", _SST_REL + b"</Relationships>")
        if name == "[Content_Types].xml":
            return data.replace(b"</Types>", _SST_TYPE + b"</Types>")
        return data

    _rewrite_zip(path, change)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as out:
        total = len(strings) + extra
        body = b"".join(b"<si><t>%s</t></si>" % s for s in strings) + b"<si><t>x</t></si>" * extra
        out.writestr(
            "xl/sharedStrings.xml",
            b'<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="http://schemas.openxmlformats.org'
            b'/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
            % (total, total, body),
        )
    return path


def formula_xlsx(path: Path) -> Path:
    """A roster written by a script: the 学院 column is a formula with no cached value."""
    return workbook(path, [
        [*HEADER, "姓", "名"],
        ["王一", "2301", "北京大学", "=G2&H2", "统计学", "13800000001", "数学", "学院"],
        ["王二", "2302", "北京大学", "数学学院", "统计学", "13800000002", "", ""],
    ])  # fmt: skip


def unbalanced_quote_csv(path: Path, rows: int = 10, broken: int = 3) -> Path:
    """A CSV whose data row `broken` opens a quote in its 学院 cell and never closes it."""
    lines = [",".join(HEADER)]
    for n in range(1, rows + 1):
        cells = person(n)
        if n == broken:
            cells[3] = '"数学学院'
        lines.append(",".join(cells))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def big_csv(path: Path, rows: int = 500_000) -> Path:
    """A roster CSV of `rows` data rows, written without building them all in memory."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(",".join(HEADER) + "\n")
        for n in range(1, rows + 1):
            fh.write(",".join(person(n)) + "\n")
    return path


if __name__ == "__main__":
    folder = Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    wide_dimension_xlsx(folder / "wide_dimension.xlsx")
    many_shared_strings_xlsx(folder / "shared_strings.xlsx")
    formula_xlsx(folder / "formula.xlsx")
    unbalanced_quote_csv(folder / "unbalanced.csv")
    big_csv(folder / "big_500k.csv")
    big_csv(folder / "roster_50k.csv", 50_000)
