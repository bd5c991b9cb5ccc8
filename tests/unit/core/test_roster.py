"""Reading roster files and validating their rows (no database)."""

from __future__ import annotations

import os
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fairdesk.core.normalize import Raw
from fairdesk.core.roster import (
    ATTENDEE_COLUMNS,
    AttendeeRow,
    Rejection,
    validate_attendee,
    validate_roster,
)
from fairdesk.core.roster_rows import check_rows
from fairdesk.core.tabular import TableRow, header_key, read_table
from fairdesk.errors import UserError

DATA = Path(__file__).resolve().parents[2] / "data"
HEADER = "姓名,学号,学校,学院,专业,学历,毕业年份,手机,邮箱"
HEADER_FIELDS = ("name", "student_no", "university", "school", "major", "degree", "grad_year",
                 "phone", "consent")  # fmt: skip


def write_csv(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "r.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def roster(path: Path) -> tuple[list[AttendeeRow], list[str]]:
    check = validate_roster(read_table(path, ATTENDEE_COLUMNS))
    return check.accepted, [str(r.reason) for r in check.rejected]


def test_header_key_ignores_case_spaces_and_notes() -> None:
    assert header_key(" Student No ") == header_key("student_no") == "studentno"
    assert header_key("姓名*") == header_key("姓名（必填）") == "姓名"
    assert header_key("E-mail") == "email"


def test_xlsx_sample_skips_merged_title_row() -> None:
    table = read_table(DATA / "roster_sample.xlsx", ATTENDEE_COLUMNS)
    assert table.header_row == 2
    assert table.header[0] == "姓名"
    assert [r.number for r in table.rows] == list(range(3, 11))
    assert table.columns["email"] == 8


def test_gb18030_sample_reads() -> None:
    table = read_table(DATA / "roster_sample_gb18030.csv", ATTENDEE_COLUMNS)
    names = [r.original[0] for r in table.rows]
    assert "欧阳娜娜" in names and "张\u3000三 " in names


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    text = f"{HEADER}\n赵孟𫖯,001,清华大学,,,本科,2024,13900000001,\n"
    accepted, rejected = roster(write_csv(tmp_path, text, encoding))
    assert rejected == []
    assert accepted[0].name == "赵孟𫖯"
    assert accepted[0].student_no == "001"


@pytest.mark.parametrize("sep", [",", "\t", ";"])
def test_english_headers_and_delimiters(tmp_path: Path, sep: str) -> None:
    header = sep.join(["Full Name", "Student ID", "University", "Degree", "Mobile", "E-mail"])
    row = sep.join(["Tom Lee", "S1", "PKU", "MS", "+44 20 7946 0958", "Tom@PKU.edu.CN"])
    accepted, rejected = roster(write_csv(tmp_path, f"{header}\n{row}\n\n\n"))
    assert rejected == []
    (a,) = accepted
    assert (a.name, a.student_no, a.degree, a.phone) == ("Tom Lee", "S1", "master", "+442079460958")
    assert a.email == "Tom@pku.edu.cn"


def test_blank_rows_and_title_rows_are_skipped(tmp_path: Path) -> None:
    text = (
        "北京大学双选会名单,,,\n,,,\n"
        "姓名,学校,手机,备注\n"
        "张三,北京大学,13900000001,\n,,,\n"
        "李四,北京大学,13900000002,\n,,,\n,,,\n"
    )
    accepted, rejected = roster(write_csv(tmp_path, text))
    assert [a.number for a in accepted] == [4, 6]
    assert rejected == []


def test_required_fields_and_reasons(tmp_path: Path) -> None:
    text = (
        f"{HEADER}\n"
        ",1,清华大学,,,,,,\n"  # row 2: no name
        "王五,2,,,,,,,\n"  # row 3: no university
        "赵六,,清华大学,,,,,,\n"  # row 4: neither 学号 nor phone
        "钱七,,清华大学,,,,,1.39123E+10,\n"  # row 5: Excel mangled the phone
        "孙八,5,清华大学,,,高中,,,\n"  # row 6: degree
        "周九,6,清华大学,,,,1990,,\n"  # row 7: year
        "吴十,7,清华大学,,,,,,bad@\n"  # row 8: email
    )
    accepted, reasons = roster(write_csv(tmp_path, text))
    assert accepted == []
    assert reasons[0].startswith("row 2: name")
    assert reasons[1].startswith("row 3: university")
    assert reasons[2].startswith("row 4: student no or phone")
    assert reasons[3].startswith("row 5: phone '1.39123E+10'")
    assert "scientific notation" in reasons[3]
    assert reasons[4].startswith("row 6: degree '高中'")
    assert reasons[5].startswith("row 7: graduation year '1990'")
    assert reasons[6].startswith("row 8: email 'bad@': not an email address")


def test_duplicates_name_the_earlier_row(tmp_path: Path) -> None:
    text = (
        f"{HEADER}\n"
        "张三,001,清华大学,,,,,13900000001,\n"
        "张三,001,清华大学,,,,,13900000009,\n"  # same university + 学号 as row 2
        "张三,001,北京大学,,,,,139 0000 0001,\n"  # same phone as row 2
        "李四,001,北京大学,,,,,13900000003,\n"  # different university: fine
    )
    accepted, reasons = roster(write_csv(tmp_path, text))
    assert [a.number for a in accepted] == [2, 5]
    assert "row 2" in reasons[0] and reasons[0].startswith("row 3: student no '001'")
    assert "row 2" in reasons[1] and reasons[1].startswith("row 4: phone")


def test_consent_column(tmp_path: Path) -> None:
    text = "姓名,学校,手机,同意共享联系方式\nA,U,13900000001,是\n"
    text += "B,U,13900000002,\nC,U,13900000003,否\n"
    accepted, _ = roster(write_csv(tmp_path, text))
    assert [a.consent for a in accepted] == [True, None, False]


def test_xlsx_numeric_cells(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["姓名", "学号", "学校", "毕业年份", "手机"])
    ws.append(["张三", 2022110201, "清华大学", 2023.0, 13912345678])
    ws.append(["李四", 12345.0, "清华大学", "2024届", 13912345679.0])
    path = tmp_path / "n.xlsx"
    wb.save(path)
    accepted, rejected = roster(path)
    assert rejected == []
    assert [(a.student_no, a.grad_year, a.phone) for a in accepted] == [
        ("2022110201", 2023, "13912345678"),
        ("12345", 2024, "13912345679"),
    ]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("random.csv", os.urandom(4096)),
        ("notes.txt", b"just some notes\nnothing tabular here\n"),
        ("fake.xlsx", b"PK\x03\x04 not really a zip"),
        ("old.xls", b"\xd0\xcf\x11\xe0 old excel"),
    ],
)
def test_unreadable_files_raise_user_error(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UserError, match=name.replace(".", r"\.")):
        read_table(path, ATTENDEE_COLUMNS)


def test_missing_file_raises_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"nope\.csv"):
        read_table(tmp_path / "nope.csv", ATTENDEE_COLUMNS)


def test_row_numbers_count_records_not_lines(tmp_path: Path) -> None:
    text = '姓名,学校,手机,备注\n张三,北京大学,13900000001,"两行\n备注"\n李四,北京大学,bad,\n'
    _, reasons = roster(write_csv(tmp_path, text))
    assert reasons == [
        "row 3: phone 'bad': not a phone number",
    ]


def test_first_sheet_with_a_header_is_used(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    cover = wb.active
    assert cover is not None
    cover.append(["说明：请勿修改表头"])
    data = wb.create_sheet("名单")
    data.append([None])
    data.append(["姓名", "学校", "手机"])
    data.append(["张三", "北京大学", "13900000001"])
    path = tmp_path / "two_sheets.xlsx"
    wb.save(path)
    accepted, rejected = roster(path)
    assert [(a.name, a.number) for a in accepted] == [("张三", 3)]
    assert rejected == []


_CELLS = st.one_of(
    st.sampled_from(["", " 北京大学", "北京大学", "本科", "硕士", "phd", "maybe", "是", "否", "1"]),
    st.sampled_from(["2023届", "23", "1999", "13912345678", "1391234567", "a@b.cn", "bad@"]),
    st.just("x\ufffd"),
    st.sampled_from([1, 1.0, True, 0, 2023, 2023.0, 2023.5, None, float("nan")]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_CELLS, min_size=9, max_size=9), min_size=1, max_size=12))
def test_a_row_in_a_table_validates_as_it_does_alone(cells: list[list[Raw]]) -> None:
    """check_rows normalises each distinct value of a repeating column once; each row still
    gets what it would alone, whatever the cell's type (1, 1.0 and True are equal as keys)."""
    columns = {f: i for i, f in enumerate(HEADER_FIELDS)}
    rows = [
        TableRow(n, tuple("" if c is None else str(c) for c in r), tuple(r))
        for n, r in enumerate(cells, 2)
    ]
    for row, together in zip(rows, check_rows(rows, columns), strict=True):
        alone = validate_attendee(row, columns)
        if isinstance(alone, Rejection):
            assert isinstance(together, Rejection)
            assert (alone.field, alone.reason) == (together.field, together.reason)
        else:
            assert isinstance(together, AttendeeRow)
            assert (alone, alone.warnings) == (together, together.warnings)
