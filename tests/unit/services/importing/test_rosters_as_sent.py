"""Rosters as universities really send them: one school's file, consent asked many ways,
characters lost by a GBK export, repeated rows. Each file is built as an office would save it
(openpyxl, or CSV in GB18030 / UTF-8 with BOM) and checked row by row in the database."""

from __future__ import annotations

import csv
import tempfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from sqlalchemy import Engine
from sqlmodel import select

from fairdesk.core.column_report import column_report
from fairdesk.core.roster import ATTENDEE_COLUMNS, RosterDefaults
from fairdesk.core.tabular import read_table
from fairdesk.errors import UserError
from fairdesk.services.importing.attendees import import_attendees
from fairdesk.store.engine import read_session
from fairdesk.store.models import Attendee
from tests.factories import new_store


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return new_store(tmp_path / "t.sqlite3")


def people(engine: Engine) -> dict[str, Attendee]:
    with read_session(engine) as s:
        return {a.name: a for a in s.exec(select(Attendee))}


def write_csv(path: Path, rows: list[list[str]], encoding: str = "gb18030") -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[object]], title: str | None = None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "学生名单"
    if title:
        ws.append([title])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(rows[0]))
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


ONE_SCHOOL = [
    ["序号", "姓名", "学号", "专业", "手机号码", "备注"],
    ["1", "陈一", "2022010101", "软件工程", "13800000001", "班长"],
    ["2", "林二", "2022010102", "网络工程", "13800000002", ""],
]


def test_a_roster_without_a_university_column_names_the_option(
    engine: Engine, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "计算机学院.csv", ONE_SCHOOL)
    with pytest.raises(UserError) as caught:
        import_attendees(engine, path)
    assert caught.value.key == "import.not_a_roster"
    assert "--university" in caught.value.render("en")
    assert "--university" in caught.value.render("zh_CN") and "学校" in caught.value.render("zh_CN")
    assert people(engine) == {}


def test_defaults_fill_a_one_school_roster(engine: Engine, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "cs.xlsx", ONE_SCHOOL, title="计算机学院2026届毕业生名单")
    defaults = RosterDefaults.parse(
        university="华南理工大学", school="计算机学院", degree="本科", grad_year="2026届"
    )
    report = import_attendees(engine, path, defaults=defaults)
    assert report.summary() == "imported 2, updated 0, unchanged 0, rejected 0"
    got = people(engine)
    for name, major in (("陈一", "软件工程"), ("林二", "网络工程")):
        a = got[name]
        assert (a.university, a.school, a.major) == ("华南理工大学", "计算机学院", major)
        assert (a.degree, a.grad_year) == ("bachelor", 2026)
    assert report.columns is not None
    assert ("university", "华南理工大学", False) in report.columns.defaults


def test_a_file_that_has_the_column_keeps_it_and_empty_cells_take_the_default(
    engine: Engine, tmp_path: Path
) -> None:
    rows = [
        ["姓名", "学号", "学校", "学院", "手机"],
        ["甲", "1", "中山大学", "数学学院", "13800000011"],
        ["乙", "2", "", "", "13800000012"],
    ]
    path = write_csv(tmp_path / "r.csv", rows, encoding="utf-8-sig")
    defaults = RosterDefaults.parse(university="暨南大学", school="经济学院")
    import_attendees(engine, path, defaults=defaults)
    got = people(engine)
    assert (got["甲"].university, got["甲"].school) == ("中山大学", "数学学院")
    assert (got["乙"].university, got["乙"].school) == ("暨南大学", "经济学院")


@pytest.mark.parametrize(
    ("option", "value"), [("degree", "高中"), ("grad-year", "1990"), ("grad-year", "明年")]
)
def test_a_default_that_is_not_a_value_is_refused_naming_the_option(
    option: str, value: str
) -> None:
    with pytest.raises(UserError) as caught:
        RosterDefaults.parse(**{option.replace("-", "_"): value})  # type: ignore[arg-type]
    assert caught.value.key == "import.bad_default"
    assert f"--{option}" in str(caught.value)


CONSENT_HEADERS = [
    "是否同意向用人单位提供联系方式",
    "同意学校向用人单位提供联系方式",
    "同意共享联系方式（是/否）",
    "同意推送",
    "授权学校向企业推荐",
    "是否同意推送简历",
    "Consent to share contact details",
]


@pytest.mark.parametrize("header", CONSENT_HEADERS)
def test_consent_columns_under_the_names_universities_use(
    engine: Engine, tmp_path: Path, header: str
) -> None:
    answers = ["是", "否", "同意", "不同意", "√", "×", "Y", "N", "1", "0"]
    rows = [["姓名", "学号", "学校", header]]
    rows += [[f"生{i}", str(100 + i), "中山大学", a] for i, a in enumerate(answers)]
    path = write_csv(tmp_path / "c.csv", rows)
    report = import_attendees(engine, path)
    assert report.warnings == []
    got = people(engine)
    assert [got[f"生{i}"].consent for i in range(len(answers))] == [True, False] * 5
    assert report.columns is not None
    assert ("consent", header) in [(u.field, u.header) for u in report.columns.used]


def test_an_unknown_consent_answer_is_a_warning_not_a_silent_no(
    engine: Engine, tmp_path: Path
) -> None:
    rows = [
        ["姓名", "学号", "学校", "是否同意向用人单位提供联系方式"],
        ["甲", "1", "中山大学", "是"],
        ["乙", "2", "中山大学", "看情况"],
    ]
    path = write_xlsx(tmp_path / "c.xlsx", rows)
    report = import_attendees(engine, path)
    assert report.summary() == "imported 2, updated 0, unchanged 0, rejected 0"
    (warning,) = report.warnings
    assert str(warning).startswith("row 3: consent to share contacts '看情况'")
    assert warning.render("zh_CN").startswith("第 3 行同意提供联系方式“看情况”")  # type: ignore[union-attr]
    got = people(engine)
    assert got["甲"].consent is True and got["乙"].consent is False  # no answer: not shared


def test_characters_lost_by_a_gbk_export_are_warned_about(engine: Engine, tmp_path: Path) -> None:
    rows = [
        ["姓名", "学号", "学校", "手机"],
        ["周?", "2022001", "中山大学", "13800000021"],  # 周𬀩 through a GBK export
        ["王\ufffd", "2022002", "中山大学", "13800000022"],
        ["李三", "2022?003", "中山大学", "13800000023"],  # the 学号 lost a character too
        ["赵四", "2022?004", "中山大学", ""],  # …and it is the only key
        ["钱五", "2022005", "中山大学", "1380000?024"],
    ]
    path = write_csv(tmp_path / "gbk.csv", rows, encoding="utf-8")
    report = import_attendees(engine, path)
    assert report.summary() == "imported 4, updated 0, unchanged 0, rejected 1"
    warned = [str(w) for w in report.warnings]
    assert warned[0].startswith("row 2: name '周?'") and "lost" in warned[0]
    assert warned[1].startswith("row 3: name '王\ufffd'")
    assert warned[2].startswith("row 4: student no '2022?003'")
    assert warned[3].startswith("row 6: phone '1380000?024'")
    got = people(engine)
    assert got["周?"].student_no == "2022001"
    assert got["李三"].student_no is None and got["李三"].phone == "13800000023"
    assert got["钱五"].phone is None and got["钱五"].student_no == "2022005"
    assert "赵四" not in got
    (rejection,) = report.rejections
    assert str(rejection.reason).startswith("row 5: student no '2022?004'")


def test_an_identical_repeat_is_skipped_a_different_one_rejected(
    engine: Engine, tmp_path: Path
) -> None:
    rows = [
        ["姓名", "学号", "学校", "手机"],
        ["甲", "1", "中山大学", "13800000031"],
        ["乙", "2", "中山大学", "13800000032"],
        ["甲", "1", "中山大学", "138 0000 0031"],  # the same once normalised: pasted twice
        ["甲", "1", "中山大学", "13800000039"],  # the same 学号, another phone: which is right?
    ]
    path = write_csv(tmp_path / "d.csv", rows)
    report = import_attendees(engine, path)
    assert report.summary() == "imported 2, updated 0, unchanged 1, rejected 1"
    (repeat,) = report.repeats
    assert repeat.key == "import.repeated_row" and str(repeat).startswith("row 4 repeats row 2")
    (rejection,) = report.rejections
    assert rejection.row.number == 5 and rejection.field == "student_no"


def test_dry_run_writes_nothing_and_counts_like_a_real_run(engine: Engine, tmp_path: Path) -> None:
    rows = [
        ["姓名", "学号", "学校", "手机", "备注"],
        ["甲", "1", "中山大学", "13800000041", ""],
        ["乙", "", "中山大学", "", "无学号"],
    ]
    path = write_csv(tmp_path / "r.csv", rows)
    seen = []
    dry = import_attendees(engine, path, dry_run=True, on_columns=seen.append)
    assert people(engine) == {} and not (tmp_path / "r_rejects.csv").exists()
    assert dry.dry_run and dry.rejects_path is None
    assert len(seen) == 1 and seen[0] == dry.columns
    real = import_attendees(engine, path)
    assert dry.summary() == real.summary() == "imported 1, updated 0, unchanged 0, rejected 1"
    assert [str(r.reason) for r in dry.rejections] == [str(r.reason) for r in real.rejections]


def test_the_column_report_says_what_feeds_what(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["序号", "姓名", "学号", "学校", "是否同意向用人单位提供联系方式", "备注"],
        [1, "甲", "1", "中山大学", "是", ""],
    ]
    path = write_xlsx(tmp_path / "r.xlsx", rows, title="2026届秋季双选会报名表")
    report = import_attendees(new_store(tmp_path / "x.sqlite3"), path, dry_run=True).columns
    assert report is not None
    assert (report.sheet, report.header_row, report.rows) == ("学生名单", 2, 1)
    assert [(u.letter, u.field) for u in report.used] == [
        ("B", "name"), ("C", "student_no"), ("D", "university"), ("E", "consent")
    ]  # fmt: skip
    assert [(u.letter, u.header) for u in report.ignored] == [("A", "序号"), ("F", "备注")]
    assert "phone" in report.absent and "email" in report.absent
    en = [str(line) for line in report.lines()]
    assert en[0] == "r.xlsx: sheet '学生名单', header on row 2, 1 data rows"
    assert "column E '是否同意向用人单位提供联系方式' → consent to share contacts" in en
    assert "column F '备注': not used" in en
    zh = [line.render("zh_CN") for line in report.lines()]
    assert "第 F 列“备注”：未使用" in zh


def test_a_text_file_reports_its_encoding(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "r.csv", [["姓名", "学号", "学校"], ["甲", "1", "中山大学"]])
    report = import_attendees(new_store(tmp_path / "x.sqlite3"), path, dry_run=True).columns
    assert report is not None and report.encoding == "GB18030" and report.sheet == ""
    assert str(report.lines()[0]).startswith("r.csv: read as GB18030, header on row 1")


KNOWN_NAMES = [n for names in ATTENDEE_COLUMNS.values() for n in names if isinstance(n, str)]
HEADER_CELL = st.one_of(st.sampled_from([*KNOWN_NAMES, *CONSENT_HEADERS, "", "备注"]), st.text())


@settings(max_examples=150, deadline=None)
@given(header=st.lists(HEADER_CELL, min_size=1, max_size=12), as_xlsx=st.booleans())
def test_any_header_row_gives_a_column_report_or_a_user_error(
    header: list[str], as_xlsx: bool
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        cells = [[c.replace("\x00", "") for c in header], ["x"] * len(header)]
        if as_xlsx:
            clean = [[ILLEGAL_CHARACTERS_RE.sub("", c) for c in row] for row in cells]
            path = write_xlsx(Path(folder) / "h.xlsx", clean)  # type: ignore[arg-type]
        else:
            path = write_csv(Path(folder) / "h.csv", cells, encoding="utf-8")
        try:
            table = read_table(path, ATTENDEE_COLUMNS)
        except UserError as exc:
            assert exc.render("en") and exc.render("zh_CN")
            return
    report = column_report(table, ATTENDEE_COLUMNS)
    for line in report.lines():
        assert line.render("en") and line.render("zh_CN")
    used = {u.index for u in report.used}
    assert used == set(table.columns.values()) and not used & {u.index for u in report.ignored}


def test_a_landline_in_plain_digits_beside_a_student_no_is_dropped_with_a_warning(
    engine: Engine, tmp_path: Path
) -> None:
    rows = [["姓名", "学号", "学校", "手机"], ["赵一", "2302", "北京大学", "02112345678"]]
    report = import_attendees(engine, write_csv(tmp_path / "l.csv", rows))
    assert report.summary() == "imported 1, updated 0, unchanged 0, rejected 0"
    (warning,) = report.warnings
    assert str(warning).startswith("row 2: phone '02112345678'")
    assert people(engine)["赵一"].phone is None


def test_a_student_no_too_long_to_be_one_is_a_rejection_not_a_crash(
    engine: Engine, tmp_path: Path
) -> None:
    rows = [["姓名", "学号", "学校"], ["甲", "A" * 41, "中山大学"], ["乙", "2", "中山大学"]]
    report = import_attendees(engine, write_csv(tmp_path / "long.csv", rows))
    assert report.summary() == "imported 1, updated 0, unchanged 0, rejected 1"
    (rejection,) = report.rejections
    assert rejection.field == "student_no" and rejection.row.number == 2
