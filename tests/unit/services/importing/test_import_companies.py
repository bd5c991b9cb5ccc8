"""Importing company lists (one row per position); credit codes checked per GB 32100-2015."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Engine
from sqlmodel import select

from fairdesk.core import companies
from fairdesk.core.normalize import FieldError
from fairdesk.errors import UserError
from fairdesk.services.importing.attendees import import_companies
from fairdesk.store.engine import read_session
from fairdesk.store.models import Company, Position
from tests.factories import new_store

VALID_USCC = "91350100M000100Y43"
HEADER = "单位名称,行业,城市,联系人,联系电话,邮箱,统一社会信用代码,岗位,学历要求,专业要求,招聘人数"


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return new_store(tmp_path / "t.sqlite3")


def stored(engine: Engine) -> dict[str, tuple[Company, list[Position]]]:
    with read_session(engine) as s:
        out = {}
        for c in s.exec(select(Company)).all():
            positions = s.exec(
                select(Position).where(Position.company_id == c.id).order_by(Position.title)
            ).all()
            out[c.name] = (c, list(positions))
        return out


def test_uscc_check_digit() -> None:
    assert companies.uscc(VALID_USCC) == VALID_USCC
    assert companies.uscc(" ９１３５０１００ｍ０００１００ｙ４３ ") == VALID_USCC  # NFKC + upper
    assert companies.uscc_check_char(VALID_USCC[:17]) == "3"
    assert companies.uscc("") is None
    for bad in ("91350100M000100Y44", "91350100M000100Y4", "91350100M000100I43"):
        with pytest.raises(FieldError):
            companies.uscc(bad)


def test_position_fields() -> None:
    assert companies.degree_wanted("本科及以上") == "bachelor"
    assert companies.degree_wanted("不限") is None
    assert companies.majors("机械、电子;计算机／自动化，化学") == (
        "机械",
        "电子",
        "计算机",
        "自动化",
        "化学",
    )
    assert companies.headcount("5人") == 5
    assert companies.headcount("若干") is None
    assert companies.company_phone("0760-8888 6666") == "0760-8888 6666"
    assert companies.company_phone("+86 139 1234 5678") == "13912345678"
    with pytest.raises(FieldError):
        companies.headcount("很多")


def test_company_list(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "companies.csv"
    path.write_text(
        "2026 中山企业双选会 单位名单,,,,,,,,,,\n"
        f"{HEADER}\n"
        f"中山康方生物,生物医药,中山,王经理,0760-88886666,hr@akeso.cn,{VALID_USCC},"
        "研发工程师,硕士及以上,生物学、药学,5\n"
        ",,,,,,,,,,\n"
        "中山康方生物,,,,,,,质量专员,本科,药学,2人\n"
        "明阳智能,新能源,中山,李经理,13912345678,HR@MingYang.COM,,风电工程师,本科,电气,若干\n"
        "坏代码公司,制造,中山,,,,91350100M000100Y44,技工,,,\n"
        "坏邮箱公司,制造,中山,,,hr@,,技工,,,\n"
        ",制造,中山,,,,,技工,,,\n"
        "中山康方生物,,,,,,,研发工程师,,,\n",
        encoding="gb18030",
    )
    report = import_companies(engine, path)
    assert report.summary() == "imported 3, updated 0, unchanged 0, rejected 4"
    got = stored(engine)
    assert set(got) == {"中山康方生物", "明阳智能"}
    akeso, positions = got["中山康方生物"]
    assert (akeso.uscc, akeso.phone, akeso.contact_name) == (VALID_USCC, "0760-88886666", "王经理")
    assert [(p.title, p.degree, p.majors, p.headcount) for p in positions] == [
        ("研发工程师", "master", "生物学、药学", 5),
        ("质量专员", "bachelor", "药学", 2),
    ]
    mingyang, (wind,) = got["明阳智能"]
    assert (mingyang.email, wind.headcount) == ("HR@mingyang.com", None)
    assert report.rejects_path == tmp_path / "companies_rejects.csv"
    with report.rejects_path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == [*HEADER.split(","), "reason"]
    reasons = [r[-1] for r in rows[1:]]
    assert reasons[0].startswith("row 7: credit code '91350100M000100Y44'")
    assert "check digit" in reasons[0]
    assert reasons[1].startswith("row 8: contact e-mail 'hr@'")
    assert reasons[2].startswith("row 9: company")
    assert reasons[3].startswith("row 10: position '研发工程师'") and "row 3" in reasons[3]

    again = import_companies(engine, path)
    assert again.summary() == "imported 0, updated 0, unchanged 3, rejected 4"


def test_update_by_credit_code_and_new_position(engine: Engine, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Company", "City", "USCC", "Position", "Headcount"])
    ws.append(["Akeso", "Zhongshan", VALID_USCC, "Chemist", 3])
    path = tmp_path / "c.xlsx"
    wb.save(path)
    assert import_companies(engine, path).imported == 1
    ws["A2"] = "Akeso Biopharma"  # renamed, same credit code
    ws["B2"] = "中山"
    ws.append(["Akeso Biopharma", "", "", "Analyst", 1.0])
    wb.save(path)
    report = import_companies(engine, path)
    assert report.summary() == "imported 1, updated 1, unchanged 0, rejected 0"
    got = stored(engine)
    assert set(got) == {"Akeso Biopharma"}
    company, positions = got["Akeso Biopharma"]
    assert (company.city, company.uscc) == ("中山", VALID_USCC)
    assert [(p.title, p.headcount) for p in positions] == [("Analyst", 1), ("Chemist", 3)]


def test_contradicting_rows_are_rejected(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("公司名称,城市,职位\n甲公司,中山,A\n甲公司,北京,B\n")
    report = import_companies(engine, path)
    assert report.summary() == "imported 1, updated 0, unchanged 0, rejected 1"
    assert report.rejects_path is not None
    text = report.rejects_path.read_text(encoding="utf-8-sig")
    assert "row 3: city '北京'" in text and "row 2" in text


def test_unreadable_company_file(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("no header\n")
    with pytest.raises(UserError, match=r"x\.txt"):
        import_companies(engine, path)
    assert stored(engine) == {}


@pytest.mark.parametrize(
    "func",
    [
        companies.uscc,
        companies.company_phone,
        companies.degree_wanted,
        companies.headcount,
        companies.booth_codes,
    ],
)
@given(raw=st.one_of(st.text(), st.none(), st.integers(), st.floats()))
def test_company_fields_give_a_value_or_field_error(func: object, raw: object) -> None:
    try:
        result = func(raw)  # type: ignore[operator]
    except FieldError as exc:
        assert exc.reason
    else:
        assert result is None or isinstance(result, str | int | tuple)
        if isinstance(result, str) and func is companies.company_phone:
            assert companies.company_phone(result) == result  # what is stored reads back as it is
