"""Export headers and values in the interface's language or as machine words; one university's
attendance; the company list exported and imported back. Read back with csv and openpyxl."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import Engine
from sqlmodel import select

from fairdesk.core import messages
from fairdesk.core.export_words import COLUMNS, VALUES, export_words
from fairdesk.errors import UserError
from fairdesk.services.booth.interviews import InterviewService
from fairdesk.services.desk.checkin import CheckInService
from fairdesk.services.exports.attendance import (
    ATTENDEE_COLUMNS,
    CHECKIN_COLUMNS,
    export_attendees,
    export_checkins,
)
from fairdesk.services.exports.companies import COMPANY_EXPORT_COLUMNS, export_companies
from fairdesk.services.exports.interviews import (
    INTERVIEW_COLUMNS,
    ORGANISER_INTERVIEW_COLUMNS,
    export_interviews,
)
from fairdesk.services.importing.attendees import import_companies
from fairdesk.store.engine import read_session
from fairdesk.store.models import Booth, Company, Position
from tests.factories import add_person, new_store
from tests.unit.services.booth.test_interviews import add_company


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def read_xlsx(path: Path) -> list[dict[str, object]]:
    ws = openpyxl.load_workbook(path).active
    assert ws is not None
    header, *rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(header, r, strict=True)) for r in rows]


@pytest.fixture
def fair(tmp_path: Path) -> Engine:
    """Two universities; 曾小贤 (PKU) arrives and comes back, 李雷 (THU) does not come."""
    engine = new_store(tmp_path / "s.sqlite3")
    zeng = add_person(engine, "曾小贤", university="北京大学", student_no="0012345")
    add_person(engine, "李雷", university="清华大学", student_no="2022001")
    CheckInService(engine).by_code(zeng.code)
    CheckInService(engine, station_name="西门").by_code(zeng.code)
    return engine


def test_chinese_interface_gives_chinese_headers_and_values(fair: Engine, tmp_path: Path) -> None:
    messages.set_language("zh_CN")
    out = tmp_path / "签到.xlsx"
    assert export_checkins(fair, out) == 2
    rows = read_xlsx(out)
    assert list(rows[0]) == [
        "姓名",
        "学号",
        "学校",
        "签到台",
        "签到时间",
        "类型",
        "方式",
        "撤销时间",
    ]
    assert [(r["类型"], r["方式"], r["签到台"]) for r in rows] == [
        ("入场", "扫胸卡", "desk-1"),
        ("再次入场", "扫胸卡", "西门"),
    ]
    people = tmp_path / "学生.csv"
    export_attendees(fair, people)
    by_name = {r["姓名"]: r for r in read_csv(people)}
    assert by_name["曾小贤"]["学历"] == "本科"
    assert by_name["曾小贤"]["同意向用人单位提供联系方式"] == "否"
    assert by_name["曾小贤"]["来源"] == "名单导入" and by_name["曾小贤"]["学号"] == "0012345"


def test_english_interface_and_machine_words(fair: Engine, tmp_path: Path) -> None:
    out = tmp_path / "c.csv"
    export_checkins(fair, out)  # the English interface: words for a person
    rows = read_csv(out)
    assert list(rows[0])[:3] == ["Name", "Student no.", "University"]
    assert [(r["Kind"], r["Method"]) for r in rows] == [("Arrival", "Badge"), ("Re-entry", "Badge")]
    messages.set_language("zh_CN")  # the machine words do not follow the language
    export_checkins(fair, out, headers="en")
    rows = read_csv(out)
    assert tuple(rows[0]) == CHECKIN_COLUMNS
    assert [(r["kind"], r["method"]) for r in rows] == [("arrival", "badge"), ("reentry", "badge")]
    export_attendees(fair, out, headers="en")
    row = next(r for r in read_csv(out) if r["name"] == "曾小贤")
    assert (row["degree"], row["consent"], row["source"]) == ("bachelor", "no", "import")
    assert tuple(row) == ATTENDEE_COLUMNS


def test_every_column_and_value_has_both_languages() -> None:
    for words in (export_words(lang="zh_CN"), export_words(lang="en")):
        assert len(set(words.headers(ATTENDEE_COLUMNS))) == len(ATTENDEE_COLUMNS)
        assert len(set(words.headers(COMPANY_EXPORT_COLUMNS))) == len(COMPANY_EXPORT_COLUMNS)
    for name in (*ATTENDEE_COLUMNS, *CHECKIN_COLUMNS, *ORGANISER_INTERVIEW_COLUMNS):
        assert name in COLUMNS, name
    machine = export_words("en")
    for kind, entries in VALUES.items():
        for code in entries:
            if kind == "yes_no":
                continue
            assert machine.value(kind, code) == code
    assert (
        machine.value("yes_no", True) == "yes" and machine.value("outcome", "发放意向") == "offer"
    )
    assert export_words(lang="en").value("method", "qr-wand") == "qr-wand"  # unknown: as stored
    with pytest.raises(ValueError):
        export_words("fr")


def test_one_universitys_attendance(fair: Engine, tmp_path: Path) -> None:
    out = tmp_path / "pku.csv"
    assert export_attendees(fair, out, university="北京大学", headers="en") == 1
    assert [r["name"] for r in read_csv(out)] == ["曾小贤"]
    assert export_checkins(fair, out, university=" 北京大学 ", headers="en") == 2
    assert {r["university"] for r in read_csv(out)} == {"北京大学"}
    assert export_checkins(fair, out, university="清华大学", headers="en") == 0
    assert read_csv(out) == []  # a header row, no rows
    with pytest.raises(UserError) as caught:
        export_attendees(fair, out, university="北京理工大学")
    assert caught.value.key == "export.unknown_university"
    assert "北京大学、清华大学" in str(caught.value) and "北京理工大学" in str(caught.value)


def test_organiser_interview_export_has_student_no_the_booths_has_not(tmp_path: Path) -> None:
    engine = new_store(tmp_path / "s.sqlite3")
    ours = add_company(engine)
    a = add_person(engine, "欧阳娜娜", university="北京大学", student_no="0012345",
                   phone="13912345678")  # fmt: skip
    InterviewService(engine, ours).scan(a.code)
    everyone, booth = tmp_path / "all.xlsx", tmp_path / "booth.xlsx"
    export_interviews(engine, everyone, headers="en")
    (row,) = read_xlsx(everyone)
    assert tuple(row) == ORGANISER_INTERVIEW_COLUMNS
    assert (row["student_no"], row["university"], row["degree"]) == (
        "0012345",
        "北京大学",
        "bachelor",
    )
    export_interviews(engine, booth, company_id=ours, headers="en")
    (row,) = read_xlsx(booth)
    assert tuple(row) == INTERVIEW_COLUMNS and "student_no" not in row
    flat = " ".join(str(v) for v in row.values())
    assert "0012345" not in flat and "13912345678" not in flat
    messages.set_language("zh_CN")
    export_interviews(engine, everyone)
    (row,) = read_xlsx(everyone)
    assert (row["学号"], row["学校"], row["学历"]) == ("0012345", "北京大学", "本科")


COMPANY_FILE = [
    ["单位名称", "统一社会信用代码", "联系电话", "展位号", "岗位", "学历要求", "专业要求", "人数"],
    ["中山康方生物", "91350100M000100Y43", "0760-8888 6666 转 123", "A1、A2", "研发工程师",
     "硕士及以上", "生物学、药学", 5],
    [None, None, None, None, "质量专员", "不限", None, None],
    ["明阳智能", None, "020-8765 4321", "b3", "风电工程师", "博士", None, "若干"],
    ["无岗位公司", None, "13912345678", None, None, None, None, None],
]  # fmt: skip


def snapshot(engine: Engine) -> dict[str, object]:
    """What a company list stores: companies, their positions and booths."""
    with read_session(engine) as s:
        companies = {c.id: c for c in s.exec(select(Company))}
        out: dict[str, object] = {}
        for cid, c in companies.items():
            positions = s.exec(select(Position).where(Position.company_id == cid)).all()
            booths = s.exec(select(Booth).where(Booth.company_id == cid)).all()
            out[c.name] = (
                (c.uscc, c.sector, c.city, c.contact_name, c.phone, c.email),
                sorted((p.title, p.degree, p.majors, p.headcount) for p in positions),
                sorted(b.code for b in booths),
            )
        return out


@pytest.mark.parametrize(
    ("lang", "headers", "suffix"),
    [
        ("zh_CN", None, ".xlsx"),
        ("en", None, ".csv"),
        ("zh_CN", "en", ".csv"),
        ("en", "en", ".xlsx"),
    ],
)
def test_company_export_imports_back(
    tmp_path: Path, lang: str, headers: str | None, suffix: str
) -> None:
    source = tmp_path / "list.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in COMPANY_FILE:
        ws.append(row)
    wb.save(source)
    first = new_store(tmp_path / "a.sqlite3")
    assert import_companies(first, source).rejected == 0
    before = snapshot(first)
    assert before["中山康方生物"] == (
        ("91350100M000100Y43", "", "", "", "0760-8888 6666 转 123", ""),
        [("研发工程师", "master", "生物学、药学", 5), ("质量专员", None, "", None)],
        ["A01", "A02"],
    )
    messages.set_language(lang)
    out = tmp_path / f"companies{suffix}"
    assert export_companies(first, out, headers=headers) == 4  # 2 + 1 + the company alone
    read = read_csv if suffix == ".csv" else read_xlsx
    header = list(read(out)[0])
    if headers == "en":
        assert tuple(header) == COMPANY_EXPORT_COLUMNS
    elif lang == "zh_CN":
        assert header[:4] == ["单位名称", "统一社会信用代码", "所属行业", "城市"]
    second = new_store(tmp_path / "b.sqlite3")
    report = import_companies(second, out)
    assert report.summary() == "imported 4, updated 0, unchanged 0, rejected 0"
    assert snapshot(second) == before
    again = import_companies(first, out)  # into the fair it came from: nothing changes
    assert again.summary() == "imported 0, updated 0, unchanged 4, rejected 0"


def test_default_export_file_names() -> None:
    from fairdesk.core.export_words import export_file_name

    assert export_file_name("checkins", part="北京大学", lang="zh_CN") == "签到记录_北京大学.xlsx"
    assert export_file_name("attendees", suffix=".csv", lang="en") == "attendees.csv"
    assert (
        export_file_name("interviews", part=' A/B: "公司" ', lang="en")
        == "interviews_A_B_ _公司.xlsx"
    )
    messages.set_language("zh_CN")
    assert export_file_name("companies") == "参会单位.xlsx"


def test_a_station_nobody_named_is_not_called_organiser(tmp_path: Path) -> None:
    from fairdesk.__main__ import main

    db = tmp_path / "f.sqlite3"
    assert main(["--db", str(db), "setup", "--name", "双选会", "--dates", "2026-11-28"]) == 0
    engine = new_store_from(db)
    person = add_person(engine, "韩梅梅", university="北京大学", student_no="1")
    CheckInService(engine).by_code(person.code)
    messages.set_language("zh_CN")
    export_checkins(engine, tmp_path / "zh.csv")
    export_checkins(engine, tmp_path / "en.csv", headers="en")
    (zh,) = read_csv(tmp_path / "zh.csv")
    assert COLUMNS["station"].zh in zh and zh[COLUMNS["station"].zh] == "未命名的工作站"
    (machine,) = read_csv(tmp_path / "en.csv")
    assert machine["station"] == "organiser"  # scripts get the stored value


def new_store_from(path: Path) -> Engine:
    from fairdesk.store.engine import open_database

    return open_database(path, inline_backups=False)
