"""The Import tool's service: preview without writing, import without a rejects file beside the
source, re-import of corrected rows by their row numbers, the rejects file saved on request."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import Engine
from sqlmodel import select

from fairdesk.errors import UserError
from fairdesk.services.importing.preview import preview_file
from fairdesk.services.importing.tool import ImportService
from fairdesk.store.engine import read_session
from fairdesk.store.models import Attendee, Company, Position
from tests.factories import add_person, new_store


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return new_store(tmp_path / "t.sqlite3")


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8-sig") -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def roster(tmp_path: Path) -> Path:
    return write_csv(
        tmp_path / "计算机学院.csv",
        [
            ["姓名", "学号", "手机号码", "邮箱", "备注"],
            ["陈一", "2022010101", "13800000001", "chen@example.cn", ""],
            ["林二", "2022010102", "13800000002", "lin@", "邮箱写错"],
            ["", "2022010103", "13800000003", "", "没有姓名"],
            ["周四", "2022010104", "13800000004", "", ""],
        ],
    )


def names(engine: Engine) -> dict[str, Attendee]:
    with read_session(engine) as s:
        return {a.name: a for a in s.exec(select(Attendee)).all()}


def test_preview_reports_columns_and_first_rows_and_writes_nothing(
    tmp_path: Path, engine: Engine
) -> None:
    preview = ImportService(engine).preview(roster(tmp_path), "roster")
    assert preview.header == ("姓名", "学号", "手机号码", "邮箱", "备注")
    assert preview.fields == ("name", "student_no", "phone", "email", None)
    assert preview.rows[0][0] == "陈一" and len(preview.rows) == 4
    assert preview.total_rows == 4
    assert not preview.has_university and preview.problems == ()
    assert [u.header for u in preview.columns.ignored] == ["备注"]
    assert "university" in preview.columns.absent
    assert names(engine) == {}
    assert not (tmp_path / "计算机学院_rejects.csv").exists()


def test_preview_says_what_a_file_lacks(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", [["学校", "邮箱", "专业"], ["北大", "a@b.cn", "数学"]])
    preview = preview_file(path, "roster")
    keys = [p.key for p in preview.problems]
    assert keys == ["import.preview_no_name", "import.preview_no_key"]
    company = write_csv(tmp_path / "c.csv", [["岗位", "人数"], ["工程师", "3"]])
    assert [p.key for p in preview_file(company, "companies").problems] == [
        "import.preview_no_name"
    ]
    with pytest.raises(UserError) as err:
        preview_file(tmp_path / "missing.csv", "roster")
    assert err.value.key == "import.cannot_read"


def test_import_with_a_chosen_university_then_fix_and_reimport(
    tmp_path: Path, engine: Engine
) -> None:
    service = ImportService(engine)
    source = roster(tmp_path)
    seen: list[int] = []
    run = service.import_file(source, "roster", "中山大学", progress=seen.append)
    assert seen[-1] == 4
    report = run.report
    assert (report.imported, report.rejected) == (2, 2)
    assert report.rejects_path is None and not (tmp_path / "计算机学院_rejects.csv").exists()
    assert {a.university for a in names(engine).values()} == {"中山大学"}
    assert [(r.row.number, r.field) for r in report.rejections] == [(3, "email"), (4, "name")]

    lin, nameless = report.rejections
    fixed = list(lin.row.original)
    fixed[3] = "lin@example.cn"
    still = list(nameless.row.original)  # not corrected: rejected again
    again = service.import_rows(run, [(lin.row, fixed), (nameless.row, still)])
    assert (again.imported, again.rejected) == (1, 1)
    assert [(r.row.number, r.field) for r in again.rejections] == [(4, "name")]
    stored = names(engine)["林二"]
    assert stored.email == "lin@example.cn" and stored.university == "中山大学"
    assert stored.student_no == "2022010102"


def test_saved_rejects_hold_the_cells_as_corrected_and_the_reason(
    tmp_path: Path, engine: Engine
) -> None:
    service = ImportService(engine)
    run = service.import_file(roster(tmp_path), "roster", "中山大学")
    lin, nameless = run.report.rejections
    cells = list(nameless.row.original)
    cells[0] = "王五?"
    out = service.save_rejects(
        tmp_path / "rejects.xlsx", run, [(lin, lin.row.original), (nameless, cells)]
    )
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    rows = [[c if c is not None else "" for c in r] for r in sheet.iter_rows(values_only=True)]
    assert rows[0] == ["姓名", "学号", "手机号码", "邮箱", "备注", "reason"]
    assert rows[1][:4] == ["林二", "2022010102", "13800000002", "lin@"]
    assert rows[2][0] == "王五?" and rows[2][1] == "2022010103"
    assert "3" in str(rows[1][5]) and rows[2][5]
    out_csv = service.save_rejects(tmp_path / "rejects.csv", run, [(lin, lin.row.original)])
    with out_csv.open(encoding="utf-8-sig", newline="") as fh:
        back = list(csv.reader(fh))
    assert back[0][-1] == "reason" and back[1][0] == "林二"


def test_xlsx_cells_not_corrected_keep_their_typed_values(tmp_path: Path, engine: Engine) -> None:
    path = tmp_path / "r.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["姓名", "学号", "学校", "手机", "毕业年份"])
    ws.append(["赵六", 2022010201, "北京大学", 13900000001, "明年"])  # numbers, a bad year
    wb.save(path)
    service = ImportService(engine)
    run = service.import_file(path, "roster")
    (bad,) = run.report.rejections
    assert bad.field == "grad_year"
    cells = list(bad.row.original)
    cells[4] = "2027"
    assert service.import_rows(run, [(bad.row, cells)]).imported == 1
    stored = names(engine)["赵六"]
    assert (stored.student_no, stored.phone) == ("2022010201", "13900000001")
    assert stored.grad_year == 2027


def test_universities_are_the_fairs_students_own(engine: Engine) -> None:
    add_person(engine, "甲", university="清华大学")
    add_person(engine, "乙", university="北京大学")
    add_person(engine, "丙", university="清华大学")
    assert ImportService(engine).universities() == ["北京大学", "清华大学"]


def test_a_company_row_fixed_in_place_goes_in_beside_its_company(
    tmp_path: Path, engine: Engine
) -> None:
    path = write_csv(
        tmp_path / "companies.csv",
        [
            ["单位名称", "所属行业", "岗位", "招聘人数"],
            ["明阳智能", "新能源", "风电工程师", "5"],
            ["明阳智能", "新能源", "运维工程师", "五"],
        ],
    )
    service = ImportService(engine)
    run = service.import_file(path, "companies")
    assert (run.report.imported, run.report.rejected) == (1, 1)
    (bad,) = run.report.rejections
    assert bad.field == "headcount"
    cells = list(bad.row.original)
    cells[3] = "5"
    assert service.import_rows(run, [(bad.row, cells)]).rejected == 0
    with read_session(engine) as s:
        assert [c.name for c in s.exec(select(Company)).all()] == ["明阳智能"]
        titles = sorted(p.title for p in s.exec(select(Position)).all())
    assert titles == ["运维工程师", "风电工程师"]


def test_the_file_previewed_is_read_once_unless_it_changed(
    tmp_path: Path, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fairdesk.services.importing import tool

    service = ImportService(engine)
    source = roster(tmp_path)
    service.preview(source, "roster")
    real_read = tool.read_table
    reads: list[Path] = []

    def counting_read(path: Path, *args: object, **kwargs: object) -> object:
        reads.append(path)
        return real_read(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(tool, "read_table", counting_read)
    seen: list[int] = []
    run = service.import_file(source, "roster", "中山大学", progress=seen.append)
    assert reads == [] and seen == [4] and run.report.imported == 2  # the preview's table

    service.preview(source, "roster")
    reads.clear()
    with source.open("a", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerow(["郑七", "2022010107", "13800000007", "", ""])
    again = service.import_file(source, "roster", "中山大学")
    assert reads == [source]  # changed since the preview: read again
    assert again.report.imported == 1 and "郑七" in names(engine)
