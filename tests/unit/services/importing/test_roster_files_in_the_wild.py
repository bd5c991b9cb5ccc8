"""Roster files as offices really send them (found by an adversarial pass over the importer)."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import Engine
from sqlmodel import select

from fairdesk.core.pinyin_keys import name_keys
from fairdesk.errors import UserError
from fairdesk.services.importing.attendees import import_attendees
from fairdesk.store.engine import read_session
from fairdesk.store.models import Attendee
from tests.bad_tables import workbook
from tests.factories import new_store


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return new_store(tmp_path / "t.sqlite3")


def people(engine: Engine) -> dict[str, Attendee]:
    with read_session(engine) as s:
        return {a.name: a for a in s.exec(select(Attendee)).all()}


def reasons(path: Path | None) -> list[str]:
    assert path is not None
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return [r[-1] for r in list(csv.reader(fh))[1:]]


def test_form_details_above_the_header_are_not_the_header(engine: Engine, tmp_path: Path) -> None:
    path = workbook(tmp_path / "meta.xlsx", [
        ["北京大学双选会报名表"],
        ["学校", "北京大学", "填表人", "张老师", "联系电话", "13800009999"],
        ["序号", "姓名", "学号", "学校", "学院", "专业", "学历", "毕业年份", "手机", "邮箱"],
        [1, "王一", "2301", "北京大学", "数学", "统计", "本科", "2026", "13800000001", ""],
        [2, "王二", "2302", "北京大学", "数学", "统计", "硕士", "2026", "13800000002", ""],
        *[[n] for n in range(3, 20)],  # a template's pre-numbered empty rows (序号 only)
    ])  # fmt: skip
    report = import_attendees(engine, path)
    assert report.summary() == "imported 2, updated 0, unchanged 0, rejected 0"


def test_semicolons_inside_cells_do_not_fool_the_delimiter(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "majors.csv"
    lines = ["姓名,学号,学校,专业"] + [
        f"学生{i},11{i:02d},北京大学,计算机;软件;通信" for i in range(5)
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    assert import_attendees(engine, path).imported == 5
    assert people(engine)["学生0"].major == "计算机;软件;通信"


def test_utf8_with_a_damaged_byte_is_not_read_as_gb18030(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "damaged.csv"
    good = "Name,Student ID,University,Phone\n张三,1201,北京大学,13800001201\n李四,1202,清华大学,\n"
    path.write_bytes(good.encode("utf-8") + b"Jos\xe4\xba,1203,MIT,13800001203\n")
    report = import_attendees(engine, path)
    assert report.summary() == "imported 3, updated 0, unchanged 0, rejected 0"
    assert set(people(engine)) == {"张三", "李四", "Jos\ufffd"}  # the lost character shows
    (warning,) = report.warnings
    assert str(warning).startswith("row 4: name 'Jos\ufffd'") and "lost" in str(warning)


def test_the_bytes_decide_not_the_file_name(engine: Engine, tmp_path: Path) -> None:
    real = workbook(tmp_path / "real.xlsx", [["姓名", "学号", "学校"], ["王五", "1", "清华大学"]])
    renamed = tmp_path / "really.csv"
    shutil.copy(real, renamed)
    assert import_attendees(engine, renamed).imported == 1
    text = tmp_path / "really.xlsx"
    text.write_text("姓名,学号,学校\n赵六,2,清华大学\n", encoding="utf-8")
    assert import_attendees(engine, text).imported == 1


def test_bilingual_headers(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "bi.csv"
    path.write_text(
        "姓名 Name,学号/Student ID,学校 University,手机 Mobile,学生邮箱\n"
        "Anna Schmidt,9001,北京大学,+49 1512 3456789,anna@example.com\n",
        encoding="utf-8",
    )
    assert import_attendees(engine, path).imported == 1
    anna = people(engine)["Anna Schmidt"]
    assert (anna.phone, anna.email) == ("+4915123456789", "anna@example.com")


def test_one_phone_one_person_across_imports(engine: Engine, tmp_path: Path) -> None:
    first = tmp_path / "a.csv"
    first.write_text("姓名,学号,学校,手机\n甲,801,北京大学,13800000801\n", encoding="utf-8")
    import_attendees(engine, first)
    second = tmp_path / "b.csv"
    second.write_text("姓名,学号,学校,手机\n乙,802,北京大学,13800000801\n", encoding="utf-8")
    report = import_attendees(engine, second)
    assert report.summary() == "imported 0, updated 0, unchanged 0, rejected 1"
    assert "甲" in reasons(report.rejects_path)[0]


def test_rejects_file_never_overwrites_the_input(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "same.csv"
    original = "姓名,学号,学校\n,1,北京大学\n"
    path.write_text(original, encoding="utf-8")
    with pytest.raises(UserError, match="overwrite"):
        import_attendees(engine, path, rejects_path=path)
    assert path.read_text(encoding="utf-8") == original


def test_a_long_student_number_excel_rounded_is_refused(engine: Engine, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "long.xlsx", [["姓名", "学号", "学校"], ["钱七", 202301001234567891, "北京大学"]]
    )
    report = import_attendees(engine, path)
    assert report.rejected == 1 and report.imported == 0


def test_the_surname_wei_alone_and_yuchi() -> None:
    assert name_keys("尉健行")[0] == "weijianxing"
    assert name_keys("尉迟恭")[0] == "yuchigong"


def test_the_wrong_kind_of_list_is_a_plain_error(engine: Engine, tmp_path: Path) -> None:
    from fairdesk.services.importing.attendees import import_companies

    companies = tmp_path / "companies.csv"
    companies.write_text("单位名称,联系人,电话,邮箱\n中山某公司,王经理,0760-88886666,hr@x.com\n")
    with pytest.raises(UserError, match="not a student roster"):
        import_attendees(engine, companies)
    roster = tmp_path / "roster.csv"
    roster.write_text("姓名,学号,学校,手机\n张三,1,清华大学,13800000001\n", encoding="utf-8")
    with pytest.raises(UserError, match=r"not a company list|no header row"):
        import_companies(engine, roster)
    assert people(engine) == {}


def test_a_second_sheet_with_students_is_not_skipped_silently(
    engine: Engine, tmp_path: Path
) -> None:
    wb = openpyxl.Workbook()
    notes = wb.active
    assert notes is not None
    notes.title = "说明"
    notes.append(["请按学历分表填写"])
    for title, name in (("本科", "本一"), ("硕士", "硕一")):
        ws = wb.create_sheet(title)
        ws.append(["姓名", "学号", "学校"])
        ws.append([name, f"{title}1", "北京大学"])
    path = tmp_path / "sheets.xlsx"
    wb.save(path)
    report = import_attendees(engine, path)
    assert report.imported == 1 and set(people(engine)) == {"本一"}
    assert len(report.warnings) == 1 and "硕士" in str(report.warnings[0])
