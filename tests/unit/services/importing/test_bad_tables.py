"""Bad roster files are bounded: each one is read, or refused with a reason, never hangs."""

from __future__ import annotations

import csv
import string
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Engine
from sqlmodel import select

from fairdesk.core import tabular, tabular_xlsx
from fairdesk.core.roster import ATTENDEE_COLUMNS
from fairdesk.core.tabular import Broken, read_table
from fairdesk.core.tabular_csv import csv_rows
from fairdesk.errors import UserError
from fairdesk.services.importing.attendees import import_attendees, import_companies
from fairdesk.store.engine import read_session
from fairdesk.store.models import Attendee
from tests import bad_tables
from tests.factories import new_store


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return new_store(tmp_path / "t.sqlite3")


def stored(engine: Engine) -> dict[str, Attendee]:
    with read_session(engine) as s:
        return {a.name: a for a in s.exec(select(Attendee)).all()}


def rejects(path: Path | None) -> list[list[str]]:
    assert path is not None
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))[1:]


# -- xlsx -------------------------------------------------------------------------------------


def test_a_sheet_declaring_the_whole_grid_reads_its_few_rows(
    engine: Engine, tmp_path: Path
) -> None:
    path = bad_tables.wide_dimension_xlsx(tmp_path / "wide.xlsx", rows=5)
    wb = openpyxl.load_workbook(path, read_only=True)
    assert wb.worksheets[0].max_column == 16384  # what the file claims
    rows = list(tabular_xlsx.sheet_rows(wb.worksheets[0]))
    wb.close()
    assert [len(original) for _, original, _ in rows] == [6] * 6  # not padded to 16,384
    report = import_attendees(engine, path)
    assert report.summary() == "imported 5, updated 0, unchanged 0, rejected 0"


def test_cells_far_to_the_right_are_cut_at_max_columns(tmp_path: Path) -> None:
    path = bad_tables.workbook(tmp_path / "far.xlsx", [bad_tables.HEADER, bad_tables.person(1)])
    wb = openpyxl.load_workbook(path)
    wb.active.cell(row=2, column=9000, value="stray")  # type: ignore[union-attr]
    wb.save(path)
    wb = openpyxl.load_workbook(path, read_only=True)
    widths = [len(original) for _, original, _ in tabular_xlsx.sheet_rows(wb.worksheets[0])]
    wb.close()
    assert widths == [6, tabular_xlsx.MAX_COLUMNS]
    assert len(read_table(path, ATTENDEE_COLUMNS).rows) == 1


def test_millions_of_shared_strings_are_refused_unread(engine: Engine, tmp_path: Path) -> None:
    extra = tabular_xlsx.MAX_SHARED_STRINGS
    path = bad_tables.many_shared_strings_xlsx(tmp_path / "名单.xlsx", extra=extra)
    with pytest.raises(UserError, match=r"名单\.xlsx.*shared-string table is unreasonably big"):
        import_attendees(engine, path)
    assert stored(engine) == {}


def test_a_shared_string_table_too_big_in_bytes_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = bad_tables.many_shared_strings_xlsx(tmp_path / "big.xlsx", extra=10_000)
    assert len(read_table(path, ATTENDEE_COLUMNS).rows) == 2  # a modest table reads as usual
    monkeypatch.setattr(tabular_xlsx, "MAX_SHARED_STRINGS_BYTES", 100_000)
    with pytest.raises(UserError, match=r"big\.xlsx.*shared-string"):
        read_table(path, ATTENDEE_COLUMNS)


def test_a_formula_without_a_saved_value_keeps_its_text(engine: Engine, tmp_path: Path) -> None:
    path = bad_tables.formula_xlsx(tmp_path / "script.xlsx")
    report = import_attendees(engine, path)
    assert report.summary() == "imported 2, updated 0, unchanged 0, rejected 0"
    people = stored(engine)
    assert people["王一"].school == "=G2&H2"  # not silently empty
    assert people["王二"].school == "数学学院"
    (warning,) = report.warnings
    assert str(warning).startswith("row 2: column D '=G2&H2': formula without a saved value")


# -- csv --------------------------------------------------------------------------------------


def test_an_unbalanced_quote_rejects_its_row_only(engine: Engine, tmp_path: Path) -> None:
    path = bad_tables.unbalanced_quote_csv(tmp_path / "quote.csv", rows=10, broken=3)
    report = import_attendees(engine, path)
    assert report.summary() == "imported 9, updated 0, unchanged 0, rejected 1"
    assert {f"学生{n}" for n in range(1, 11)} - set(stored(engine)) == {"学生3"}
    ((*cells, reason),) = rejects(report.rejects_path)
    assert cells[:4] == ["学生3", "230000003", "北京大学", '"数学学院']
    assert "line 4" in reason and "quote" in reason
    assert any("line 4" in str(w) for w in report.warnings)


def test_a_quote_in_the_last_row_and_a_real_multi_line_cell(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "gb.csv"
    path.write_bytes(
        (
            "姓名;学号;学校;学院\r\n"
            '王一;2301;北京大学;"数学\r\n科学学院"\r\n'  # a cell over two lines, as Excel writes
            "王二;2302;北京大学;物理学院\r\n"
            '王三;2303;北京大学;"化学\r\n'
        ).encode("gb18030")
    )
    report = import_attendees(engine, path)
    assert report.summary() == "imported 2, updated 0, unchanged 0, rejected 1"
    assert stored(engine)["王一"].school == "数学科学学院"  # one cell over two lines, one row
    assert "line 5" in rejects(report.rejects_path)[0][-1]


def test_a_broken_company_row_is_counted_and_rejected(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "companies.csv"
    path.write_text(
        '单位名称,岗位名称,招聘人数\n甲公司,"工程师,2\n乙公司,销售,3\n丙公司,会计,1\n',
        encoding="utf-8",
    )
    report = import_companies(engine, path)
    assert report.summary() == "imported 2, updated 0, unchanged 0, rejected 1"
    assert "line 2" in rejects(report.rejects_path)[0][-1]


@given(st.text(alphabet=string.ascii_lowercase[:3] + ',"\n\r', max_size=300))
def test_any_csv_text_is_read_to_the_end(text: str) -> None:
    rows = list(csv_rows(iter(text.splitlines(keepends=True)), ","))
    numbers = [r.number if isinstance(r, Broken) else r[0] for r in rows]
    assert numbers == list(range(1, len(rows) + 1))
    assert len(rows) <= max(1, len(text.splitlines()))  # never more records than lines


def test_a_file_over_the_row_limit_is_refused_while_read(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tabular, "MAX_ROWS", 1_000)
    path = bad_tables.big_csv(tmp_path / "big.csv", rows=1_001)
    with pytest.raises(UserError, match=r"big\.csv.*more than 1,000 rows; split the file"):
        import_attendees(engine, path)
    assert stored(engine) == {}
    path = bad_tables.big_csv(tmp_path / "fits.csv", rows=1_000)
    assert import_attendees(engine, path).imported == 1_000


def test_progress_is_told_as_rows_are_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tabular, "PROGRESS_ROWS", 100)
    seen: list[int] = []
    read_table(
        bad_tables.big_csv(tmp_path / "p.csv", rows=350), ATTENDEE_COLUMNS, progress=seen.append
    )
    assert seen == [100, 200, 300]


def test_the_cli_reports_progress_on_stderr_and_the_summary_last(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from fairdesk.__main__ import main

    monkeypatch.setattr(tabular, "PROGRESS_ROWS", 2)
    db = tmp_path / "s.sqlite3"
    new_store(db)
    path = bad_tables.unbalanced_quote_csv(tmp_path / "quote.csv", rows=5, broken=5)
    assert main(["--db", str(db), "import", "attendees", str(path)]) == 0
    captured = capsys.readouterr()
    out = captured.out.splitlines()
    assert out[-1] == "imported 4, updated 0, unchanged 0, rejected 1"
    assert any(line.startswith("warning: row 6 (line 6): a quote opens") for line in out)
    assert captured.err.splitlines() == ["read 2 rows …", "read 4 rows …"]
