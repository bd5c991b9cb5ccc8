"""Importing rosters end to end: real SQLite files, results read back from the database."""

from __future__ import annotations

import csv
import os
import re
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import Engine, func
from sqlmodel import select

from fairdesk.errors import UserError
from fairdesk.services.importing import attendees as importing
from fairdesk.services.importing.attendees import import_attendees
from fairdesk.store import bulk
from fairdesk.store.engine import open_database, read_session
from fairdesk.store.models import Attendee, Badge
from tests.factories import new_store

DATA = Path(__file__).resolve().parents[3] / "data"
HEADER = "姓名,学号,学校,学院,专业,学历,毕业年份,手机,邮箱"
# The shipped samples write 迪丽热巴's phone with ten full-width digits (１３７００００００４);
# the corrected copies below give it the eleven the samples intend.
SHORT_PHONE = "１３７００００００４"
FIXED_PHONE = "１３７０００００００４"


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return new_store(tmp_path / "t.sqlite3")


def people(engine: Engine) -> dict[str, Attendee]:
    with read_session(engine) as s:
        return {a.name: a for a in s.exec(select(Attendee)).all()}


def badge_count(engine: Engine) -> int:
    with read_session(engine) as s:
        return int(s.exec(select(func.count()).select_from(Badge)).one())


def sample_xlsx(tmp_path: Path) -> Path:
    path = tmp_path / "roster_sample.xlsx"
    wb = openpyxl.load_workbook(DATA / "roster_sample.xlsx")
    ws = wb.active
    assert ws is not None
    assert ws["H6"].value == SHORT_PHONE
    ws["H6"] = FIXED_PHONE
    wb.save(path)
    return path


def sample_csv(tmp_path: Path) -> Path:
    text = (DATA / "roster_sample_gb18030.csv").read_bytes().decode("gb18030")
    assert SHORT_PHONE in text
    path = tmp_path / "roster_sample_gb18030.csv"
    path.write_bytes(text.replace(SHORT_PHONE, FIXED_PHONE).encode("gb18030"))
    return path


def check_sample_rows(engine: Engine) -> None:
    got = people(engine)
    assert set(got) == {"欧阳娜娜", "曾小贤", "单田芳", "迪丽热巴·迪力木拉提", "Tom Lee", "张三"}
    assert {a.phone for a in got.values()} == {f"137000000{n:02d}" for n in (1, 2, 3, 4, 5, 6)}
    assert got["曾小贤"].grad_year == 2023  # 2023届
    assert got["迪丽热巴·迪力木拉提"].phone == "13700000004"  # full-width digits
    assert got["张三"].student_no == "0012345"  # 张　三 , leading zeros kept
    assert got["张三"].degree == "master"  # 硕士研究生
    assert got["Tom Lee"].degree == "master"  # Master
    assert got["单田芳"].degree == "phd"  # 博士研究生
    assert got["迪丽热巴·迪力木拉提"].degree == "bachelor"  # 学士
    assert (got["曾小贤"].name_pinyin, got["曾小贤"].name_initials) == ("zengxiaoxian", "zxx")
    assert (got["单田芳"].name_pinyin, got["单田芳"].name_initials) == ("shantianfang", "stf")
    assert got["欧阳娜娜"].name_initials == "oynn"
    assert got["张三"].phone_tail == "0006"
    assert got["单田芳"].email is None
    assert all(a.source == "import" for a in got.values())
    assert badge_count(engine) == 6


def test_sample_xlsx(engine: Engine, tmp_path: Path) -> None:
    report = import_attendees(engine, sample_xlsx(tmp_path))
    assert report.summary() == "imported 6, updated 0, unchanged 0, rejected 2"
    check_sample_rows(engine)
    assert report.rejects_path == tmp_path / "roster_sample_rejects.xlsx"
    ws = openpyxl.load_workbook(report.rejects_path).active
    assert ws is not None
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == (
        "姓名",
        "学号",
        "学校",
        "学院",
        "专业",
        "学历",
        "毕业年份",
        "手机",
        "邮箱",
        "reason",
    )
    assert rows[1][:2] == ("李四", "2022110207")
    assert rows[1][9] == "row 9: email 'bad@': not an email address"
    assert rows[2][1] == "2022110208"
    assert str(rows[2][9]).startswith("row 10: name")
    assert len(rows) == 3


def test_sample_gb18030_csv(engine: Engine, tmp_path: Path) -> None:
    report = import_attendees(engine, sample_csv(tmp_path))
    assert report.summary() == "imported 6, updated 0, unchanged 0, rejected 2"
    check_sample_rows(engine)
    assert report.rejects_path == tmp_path / "roster_sample_gb18030_rejects.csv"
    with report.rejects_path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == [*HEADER.split(","), "reason"]
    assert rows[1][0] == "李四" and rows[1][8] == "bad@"
    assert rows[1][9] == "row 8: email 'bad@': not an email address"
    assert rows[2][0] == "" and rows[2][9].startswith("row 9: name")
    assert len(rows) == 3


def test_reimport_changes_nothing(engine: Engine, tmp_path: Path) -> None:
    path = sample_xlsx(tmp_path)
    import_attendees(engine, path)
    before = {n: (a.id, a.updated_at) for n, a in people(engine).items()}
    report = import_attendees(engine, path)
    assert report.summary() == "imported 0, updated 0, unchanged 6, rejected 2"
    assert {n: (a.id, a.updated_at) for n, a in people(engine).items()} == before
    assert badge_count(engine) == 6
    # the same people from the CSV twin are recognised too
    report = import_attendees(engine, sample_csv(tmp_path))
    assert report.summary() == "imported 0, updated 0, unchanged 6, rejected 2"


@pytest.mark.parametrize(
    ("name", "phone_row"), [("roster_sample.xlsx", 6), ("roster_sample_gb18030.csv", 5)]
)
def test_shipped_samples_give_the_readme_outcome(
    engine: Engine, tmp_path: Path, name: str, phone_row: int
) -> None:
    """As shipped: 6 accepted, 2 rejected (李四's e-mail, the nameless row).

    迪丽热巴's phone has ten digits there; she has a 学号, so she goes in without the phone and
    the import warns about it by row, field and value.
    """
    shutil.copy(DATA / name, tmp_path / name)
    report = import_attendees(engine, tmp_path / name)
    assert report.summary() == "imported 6, updated 0, unchanged 0, rejected 2"
    assert len(report.warnings) == 1
    assert str(report.warnings[0]).startswith(f"row {phone_row}: phone '{SHORT_PHONE}'")
    got = people(engine)
    assert "李四" not in got and len(got) == 6
    assert got["迪丽热巴·迪力木拉提"].phone is None
    assert got["迪丽热巴·迪力木拉提"].student_no == "2022110204"
    assert got["张三"].student_no == "0012345" and got["曾小贤"].grad_year == 2023


def test_doubtful_phone_rejects_a_row_it_alone_identifies(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text(
        "姓名,学号,学校,手机\n"
        "王五,,清华大学,1370000004\n"
        "赵六,2024001,清华大学,1.39123E+10\n"
        "孙七,2024002,清华大学,010-6278 1234\n"
        "钱八,,清华大学,1.39123E+10\n",
        encoding="utf-8",
    )
    report = import_attendees(engine, path)
    assert report.summary() == "imported 2, updated 0, unchanged 0, rejected 2"
    assert report.rejects_path is not None
    with report.rejects_path.open(encoding="utf-8-sig", newline="") as fh:
        reasons = [r[-1] for r in list(csv.reader(fh))[1:]]
    assert reasons[0].startswith("row 2: phone '1370000004'")
    assert reasons[1].startswith("row 5: phone '1.39123E+10'") and "scientific" in reasons[1]
    warned = [str(w) for w in report.warnings]
    assert warned[0].startswith("row 3: phone '1.39123E+10'") and "scientific" in warned[0]
    assert warned[1].startswith("row 4: phone '010-6278 1234'")
    assert people(engine)["赵六"].phone is None


def test_update_keeps_values_for_empty_cells(engine: Engine, tmp_path: Path) -> None:
    first = tmp_path / "a.csv"
    first.write_text(f"{HEADER}\n张三,001,清华大学,自动化系,控制,硕士,2023,13900000001,zs@x.cn\n")
    import_attendees(engine, first)
    second = tmp_path / "b.csv"
    second.write_text(
        "姓名,学号,学校,专业,邮箱,手机\n张三,001,清华大学,控制科学与工程,,13900000002\n"
    )
    report = import_attendees(engine, second)
    assert report.summary() == "imported 0, updated 1, unchanged 0, rejected 0"
    assert report.rejects_path is None
    a = people(engine)["张三"]
    assert (a.major, a.phone, a.phone_tail) == ("控制科学与工程", "13900000002", "0002")
    assert (a.email, a.school, a.degree, a.grad_year) == ("zs@x.cn", "自动化系", "master", 2023)
    assert badge_count(engine) == 1


def test_rows_without_student_no_match_by_phone(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text("姓名,学校,手机\n李四,北京大学,13900000007\n")
    assert import_attendees(engine, path).imported == 1
    path.write_text("姓名,学校,手机,学号\n李四,北京大学,+86 139 0000 0007,2022001\n")
    assert import_attendees(engine, path).summary() == (
        "imported 0, updated 1, unchanged 0, rejected 0"
    )
    assert people(engine)["李四"].student_no == "2022001"


def test_english_headers_blank_rows_and_explicit_rejects_path(
    engine: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "en.csv"
    path.write_text(
        "Full Name,Student No,University,Degree,Graduation Year,Mobile,Email\n"
        "Tom Lee,S1,PKU,MS,2024,13900000001,tom@pku.edu.cn\n"
        "Ann Wu,S2,PKU,BA,2024,1.39123E+10,ann@pku.edu.cn\n"
        ",,,,,,\n\n,,,,,,\n"
        "Bo Xu,,PKU,MS,2024,1.39123E+10,bo@pku.edu.cn\n",
        encoding="utf-8-sig",
    )
    out = tmp_path / "out" / "bad.xlsx"
    out.parent.mkdir()
    report = import_attendees(engine, path, rejects_path=out)
    assert report.summary() == "imported 2, updated 0, unchanged 0, rejected 1"
    assert report.rejects_path == out
    ws = openpyxl.load_workbook(out).active
    assert ws is not None
    rows = list(ws.iter_rows(values_only=True))
    assert rows[1][0] == "Bo Xu" and rows[1][5] == "1.39123E+10"
    assert str(rows[1][7]).startswith("row 7: phone '1.39123E+10'")


def test_duplicate_rows_in_a_file(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text(
        f"{HEADER}\n"
        "张三,001,清华大学,,,,,13900000001,\n"
        "张三,001,清华大学,,,,,13900000002,\n"
        "王五,002,清华大学,,,,,13900000001,\n",
        encoding="gb18030",
    )
    report = import_attendees(engine, path)
    assert report.summary() == "imported 1, updated 0, unchanged 0, rejected 2"
    assert report.rejects_path is not None
    with report.rejects_path.open(encoding="utf-8-sig", newline="") as fh:
        reasons = [r[-1] for r in csv.reader(fh)][1:]
    assert reasons[0].startswith("row 3: student no '001'") and "row 2" in reasons[0]
    assert reasons[1].startswith("row 4: phone '13900000001'") and "row 2" in reasons[1]


def test_rare_characters_preserved(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "rare.csv"
    path.write_text(
        "姓名,学号,学校\n赵孟𫖯,1,北京大学\n阿依古丽·买买提,2,北京大学\n\uf900王,3,北京大学\n",
        encoding="gb18030",
    )
    assert import_attendees(engine, path).imported == 3
    got = people(engine)
    assert set(got) == {"赵孟𫖯", "阿依古丽·买买提", "\uf900王"}
    assert got["阿依古丽·买买提"].name_pinyin == "ayigulimaimaiti"
    assert got["赵孟𫖯"].name_pinyin.startswith("zhaomeng")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("random.csv", os.urandom(2048)),
        ("notes.txt", b"hello\nno header here\n"),
        ("broken.xlsx", b"PK\x03\x04garbage"),
    ],
)
def test_unreadable_file_changes_nothing(
    engine: Engine, tmp_path: Path, name: str, content: bytes
) -> None:
    good = tmp_path / "good.csv"
    good.write_text("姓名,学校,手机\n李四,北京大学,13900000007\n")
    import_attendees(engine, good)
    bad = tmp_path / name
    bad.write_bytes(content)
    with pytest.raises(UserError, match=name.replace(".", r"\.")):
        import_attendees(engine, bad)
    assert set(people(engine)) == {"李四"}
    assert badge_count(engine) == 1
    assert not list(tmp_path.glob("*_rejects.*"))


def test_no_fair_is_a_user_error(tmp_path: Path) -> None:
    engine = open_database(tmp_path / "empty.sqlite3")
    path = tmp_path / "r.csv"
    path.write_text("姓名,学校,手机\n李四,北京大学,13900000007\n")
    with pytest.raises(UserError):
        import_attendees(engine, path)


def test_fifty_rows_in_one_transaction_with_badges(engine: Engine, tmp_path: Path) -> None:
    lines = [HEADER] + [
        f"学生{i},{i:06d},清华大学,,,本科,2025,139{i:08d},s{i}@x.cn" for i in range(50)
    ]
    path = tmp_path / "fifty.csv"
    path.write_text("\n".join(lines))
    assert import_attendees(engine, path).imported == 50
    with read_session(engine) as s:
        rows: list[Any] = list(s.exec(select(Badge.serial)).all())
    assert len(set(rows)) == 50


def test_phone_of_a_student_at_another_university_is_rejected(
    engine: Engine, tmp_path: Path
) -> None:
    first = tmp_path / "a.csv"
    first.write_text(
        "姓名,学号,学校,手机\n张三,S1,北京大学,13900000001\n王五,S1,清华大学,13900000002\n"
    )
    assert import_attendees(engine, first).imported == 2
    second = tmp_path / "b.csv"
    second.write_text("姓名,学校,手机\n张三,清华大学,13900000001\n")
    report = import_attendees(engine, second)
    assert report.summary() == "imported 0, updated 0, unchanged 0, rejected 1"
    assert report.rejects_path is not None
    assert "北京大学" in report.rejects_path.read_text(encoding="utf-8-sig")
    assert people(engine)["张三"].university == "北京大学"


def test_bulk_rows_are_stored_exactly_like_orm_rows(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text("姓名,学校,手机,同意\n李四,北京大学,13900000007,是\n")
    import_attendees(engine, path)
    db = tmp_path / "t.sqlite3"
    with sqlite3.connect(db) as con:
        fair_row = con.execute("SELECT id, created_at FROM fair").fetchone()
        row = con.execute(
            "SELECT fair_id, created_at, typeof(consent), consent FROM attendee"
        ).fetchone()
    assert row[0] == fair_row[0]  # same UUID text form as the ORM wrote
    stamp = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?$")
    assert stamp.match(fair_row[1]) and stamp.match(row[1])
    assert row[2:] == ("integer", 1)
    assert people(engine)["李四"].consent is True


def test_office_workbook_with_notes_sheet_and_two_title_rows(
    engine: Engine, tmp_path: Path
) -> None:
    """A workbook as offices send it: an instructions sheet first, two title rows, 序号 and 性别
    columns, numeric and date cells, and headers such as 学历层次 / 毕业时间 / 手机号码."""
    import datetime

    wb = openpyxl.Workbook()
    notes = wb.active
    assert notes is not None
    notes.title = "填表说明"
    notes.append(["请勿修改表头"])
    ws = wb.create_sheet("名单")
    ws.append(["2025届毕业生双选会报名表"])
    ws.merge_cells("A1:K1")
    ws.append(["填表日期：2025-10-01"])
    ws.append(["序号", "姓 名", "性别", "学号", "所在学校", "院系", "所学专业", "学历层次",
               "毕业时间", "手机号码", "电子邮件"])  # fmt: skip
    ws.append([1, "王小明", "男", 2021001234, "清华大学", "计算机系", "软件工程", "本科",
               datetime.datetime(2025, 6, 30), 13912345678, "WXM@Example.COM"])  # fmt: skip
    ws.append([2, "李 娜", "女", "0021001235", "清华大学", "计算机系", "软件工程", "博士后",
               2025, "139-1234-5679", None])  # fmt: skip
    ws.append([])
    path = tmp_path / "office.xlsx"
    wb.save(path)
    report = import_attendees(engine, path)
    assert report.summary() == "imported 1, updated 0, unchanged 0, rejected 1"
    wang = people(engine)["王小明"]
    assert (wang.student_no, wang.degree, wang.grad_year) == ("2021001234", "bachelor", 2025)
    assert (wang.phone, wang.email, wang.school) == ("13912345678", "WXM@example.com", "计算机系")
    assert report.rejects_path is not None
    ws_out = openpyxl.load_workbook(report.rejects_path).active
    assert ws_out is not None
    reason = list(ws_out.iter_rows(values_only=True))[1][-1]
    assert str(reason).startswith("row 5: degree '博士后'")


def test_excel_unicode_text_and_float_looking_numbers(engine: Engine, tmp_path: Path) -> None:
    """Excel's "Unicode text" (UTF-16, tab-separated) and numbers written as 13912345678.0."""
    path = tmp_path / "unicode.txt"
    rows = [
        "姓名\t学号\t学校\t手机\t毕业年份",
        "赵孟𫖯\t2021001234.0\t清华大学\t13912345678.0\t2025年6月毕业",
    ]
    path.write_bytes("\r\n".join(rows).encode("utf-16"))
    report = import_attendees(engine, path)
    assert report.summary() == "imported 1, updated 0, unchanged 0, rejected 0"
    zhao = people(engine)["赵孟𫖯"]
    assert (zhao.student_no, zhao.phone, zhao.grad_year) == ("2021001234", "13912345678", 2025)


def test_a_corrected_rejects_file_imports_again(engine: Engine, tmp_path: Path) -> None:
    """The organiser's loop: fix the rejects file in Excel, import it as it is."""
    path = tmp_path / "r.csv"
    path.write_text("姓名,学号,学校,手机\n陈七,2024009,,+86 138 1234 5678\n", encoding="utf-8")
    first = import_attendees(engine, path)
    assert first.rejected == 1 and first.rejects_path is not None
    with first.rejects_path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[1][3] == "'+86 138 1234 5678"  # Excel-safe on the way out
    rows[1][2] = "清华大学"  # the organiser fills in the university
    fixed = tmp_path / "fixed.csv"
    with fixed.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows)
    again = import_attendees(engine, fixed)
    assert again.summary() == "imported 1, updated 0, unchanged 0, rejected 0"
    assert people(engine)["陈七"].phone == "13812345678"


def test_control_characters_never_reach_the_store(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("姓名,学号,学校\n张\x07三,2024010,清华大学\n", encoding="utf-8")
    assert import_attendees(engine, path).imported == 1
    assert "张三" in people(engine)


def test_a_damaged_sheet_is_a_plain_error(engine: Engine, tmp_path: Path) -> None:
    import zipfile

    good = tmp_path / "good.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["姓名", "学号", "学校"])
    ws.append(["张三", "1", "清华大学"])
    wb.save(good)
    bad = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.endswith("sheet1.xml"):
                data = data[: len(data) // 2]
            dst.writestr(item, data)
    with pytest.raises(UserError, match=r"bad\.xlsx"):
        import_attendees(engine, bad)
    assert people(engine) == {}


def index_sql(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as con:
        return con.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'attendee'"
            " ORDER BY name"
        ).fetchall()


def test_a_large_import_rebuilds_the_indexes_it_set_aside(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Large imports build the attendee indexes once at the end (store.bulk.deferred_indexes):
    afterwards the indexes are exactly as before, a duplicate is still refused and a re-import
    still finds every student."""
    monkeypatch.setattr(bulk, "DEFER_INDEXES_FROM", 1)
    db = tmp_path / "t.sqlite3"
    before = index_sql(db)
    assert len(before) >= 7
    path = sample_xlsx(tmp_path)
    assert import_attendees(engine, path).imported == 6
    assert index_sql(db) == before
    check_sample_rows(engine)
    report = import_attendees(engine, path)
    assert report.summary() == "imported 0, updated 0, unchanged 6, rejected 2"
    with sqlite3.connect(db) as con, pytest.raises(sqlite3.IntegrityError):
        con.execute(
            "INSERT INTO attendee SELECT ?, station_id, fair_id, name, name_pinyin, name_initials,"
            " student_no, university, school, major, degree, grad_year, phone, phone_tail, email,"
            " consent, source, created_at, updated_at FROM attendee WHERE name = '张三'",
            ("f" * 32,),
        )


def test_a_failed_large_import_leaves_rows_and_indexes_as_they_were(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "DEFER_INDEXES_FROM", 1)
    db = tmp_path / "t.sqlite3"
    import_attendees(engine, sample_csv(tmp_path))
    before = index_sql(db)

    def no_badges(*_args: object) -> list[int]:
        raise RuntimeError("disk pulled")

    monkeypatch.setattr(importing, "mint_badges", no_badges)
    path = tmp_path / "more.csv"
    path.write_text(
        "\n".join([HEADER] + [f"学生{i},N{i},清华大学,,,本科,2025,,," for i in range(20)])
    )
    with pytest.raises(RuntimeError):
        import_attendees(engine, path)
    assert index_sql(db) == before
    assert len(people(engine)) == 6 and badge_count(engine) == 6
