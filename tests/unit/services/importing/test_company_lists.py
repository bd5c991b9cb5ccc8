"""Company lists as organisers send them: merged or blank company cells over position rows,
booth columns, landlines as written; files built with openpyxl and csv, checked row by row."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import Engine
from sqlmodel import select

from fairdesk.core import companies
from fairdesk.core.contact_phone import contact_phone
from fairdesk.core.normalize import FieldError
from fairdesk.core.roster import ATTENDEE_COLUMNS
from fairdesk.core.tabular import read_table
from fairdesk.services.fairs import current_fair, local_station
from fairdesk.services.importing.attendees import import_companies
from fairdesk.store.engine import read_session, write_session
from fairdesk.store.models import Booth, Company, Position
from tests.factories import new_store

HEADER = [
    "序号",
    "单位名称",
    "所属行业",
    "联系人",
    "联系电话",
    "展位号",
    "岗位名称",
    "学历要求",
    "招聘人数",
]


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return new_store(tmp_path / "t.sqlite3")


def positions_by_company(engine: Engine) -> dict[str, list[tuple[str, str | None, int | None]]]:
    with read_session(engine) as s:
        names = {c.id: c.name for c in s.exec(select(Company))}
        out: dict[str, list[tuple[str, str | None, int | None]]] = {n: [] for n in names.values()}
        for p in s.exec(select(Position).order_by(Position.created_at)):
            out[names[p.company_id]].append((p.title, p.degree, p.headcount))
    return out


def booths(engine: Engine) -> dict[str, str | None]:
    """Booth code -> company name (None: a free booth)."""
    with read_session(engine) as s:
        names = {c.id: c.name for c in s.exec(select(Company))}
        return {
            b.code: names.get(b.company_id) if b.company_id else None for b in s.exec(select(Booth))
        }


def company(engine: Engine, name: str) -> Company:
    with read_session(engine) as s:
        found = s.exec(select(Company).where(Company.name == name)).one()
        s.expunge(found)
        return found


def rejects(path: Path | None) -> list[list[str]]:
    assert path is not None
    if path.suffix == ".xlsx":
        ws = openpyxl.load_workbook(path).active
        assert ws is not None
        return [["" if v is None else str(v) for v in r] for r in ws.iter_rows(values_only=True)]
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def merged_workbook(path: Path) -> None:
    """The usual 岗位 list: a title row, then each company's cells merged over its positions."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["2026 届秋季双选会参会单位及岗位信息"])
    ws.merge_cells("A1:I1")
    ws.append(HEADER)
    rows = [
        [
            1,
            "中山康方生物",
            "生物医药",
            "王经理",
            "0760-8888 6666 转 123",
            "A1",
            "研发工程师",
            "硕士",
            5,
        ],
        [None, None, None, None, None, None, "质量专员", "本科", 2],
        [None, None, None, None, None, None, "注册专员", None, None],
        [2, "明阳智能", "新能源", "李经理", "020-8765 4321", "a02", "风电工程师", "本科", 3],
        [None, None, None, None, None, None, "运维工程师", "大专", None],
        [3, "大洋电机", "制造", "陈工", "13912345678", "Ａ０３", "电机工程师", "本科", 1],
    ]
    for row in rows:
        ws.append(row)
    for col in "ABCDEF":  # each company-level column merged down over the company's rows
        ws.merge_cells(f"{col}3:{col}5")
        ws.merge_cells(f"{col}6:{col}7")
    wb.save(path)


def test_merged_company_cells_fill_down_over_their_positions(
    engine: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "岗位信息.xlsx"
    merged_workbook(path)
    table = read_table(path, companies.COMPANY_COLUMNS)
    assert table.header_row == 2
    assert [r.original[1:6] for r in table.rows][1:3] == [
        ("中山康方生物", "生物医药", "王经理", "0760-8888 6666 转 123", "A1"),
    ] * 2  # every merged column filled, not only the company
    assert table.rows[4].original[0] == "2" and table.rows[4].original[6] == "运维工程师"
    report = import_companies(engine, path)
    assert report.summary() == "imported 6, updated 0, unchanged 0, rejected 0"
    assert positions_by_company(engine) == {
        "中山康方生物": [
            ("研发工程师", "master", 5),
            ("质量专员", "bachelor", 2),
            ("注册专员", None, None),
        ],
        "明阳智能": [("风电工程师", "bachelor", 3), ("运维工程师", "associate", None)],
        "大洋电机": [("电机工程师", "bachelor", 1)],
    }
    akeso = company(engine, "中山康方生物")
    assert (akeso.sector, akeso.contact_name) == ("生物医药", "王经理")
    assert akeso.phone == "0760-8888 6666 转 123"  # the grouping and extension as written
    assert company(engine, "明阳智能").phone == "020-8765 4321"
    assert company(engine, "大洋电机").phone == "13912345678"
    assert booths(engine) == {"A01": "中山康方生物", "A02": "明阳智能", "A03": "大洋电机"}
    again = import_companies(engine, path)
    assert again.summary() == "imported 0, updated 0, unchanged 6, rejected 0"
    assert len(booths(engine)) == 3


def test_the_reader_fills_merged_ranges_down_in_their_first_column(tmp_path: Path) -> None:
    """Rosters merge 学校 the same way; a range across columns fills only its first column."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["姓名", "学号", "学校", "学院"])
    ws.append(["张三", "001", "北京大学", "信息学院"])
    ws.append(["李四", "002", None, None])
    ws.append(["王五", "003", None, None])
    ws.append(["赵六", "004", "清华大学", None])
    ws.merge_cells("C2:C4")
    ws.merge_cells("C5:D5")  # one row across two columns: not copied into 学院
    path = tmp_path / "roster.xlsx"
    wb.save(path)
    table = read_table(path, ATTENDEE_COLUMNS)
    got = [(r.number, r.original[2], r.original[3]) for r in table.rows]
    assert got == [
        (2, "北京大学", "信息学院"),
        (3, "北京大学", ""),
        (4, "北京大学", ""),
        (5, "清华大学", ""),
    ]


def test_blank_company_cells_carry_the_company_down_utf8_bom(
    engine: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "companies.csv"
    lines = [
        ",".join(HEADER),
        "1,中山康方生物,生物医药,王经理,0760-88886666,A01,研发工程师,硕士,5",  # row 2
        ",,,,,,质量专员,,",  # 3: carried down; degree and headcount are not
        ",,医疗器械,,,,注册专员,本科,1",  # 4: carried down, its sector contradicts row 2
        ",,,,,,,,",  # 5: a blank line ends the company
        ",,,,,,检验员,本科,1",  # 6: nothing directly above: rejected
        "2,坏电话公司,制造,赵工,12345,,技工,,",  # 7: rejected (phone)
        ",,,,,,焊工,,",  # 8: under a rejected company: rejected too
        "3,明阳智能,新能源,李经理,13912345678,,风电工程师,本科,",  # 9
        "4,,,,,,,,",  # 10: a template's numbered blank row: skipped
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    report = import_companies(engine, path)
    assert report.summary() == "imported 3, updated 0, unchanged 0, rejected 4"
    assert positions_by_company(engine) == {
        "中山康方生物": [("研发工程师", "master", 5), ("质量专员", None, None)],
        "明阳智能": [("风电工程师", "bachelor", None)],
    }
    rows = rejects(report.rejects_path)
    assert rows[0] == [*HEADER, "reason"]
    reasons = {int(r[-1].split(":")[0].removeprefix("row ")): r for r in rows[1:]}
    assert sorted(reasons) == [4, 6, 7, 8]
    assert reasons[4][-1].startswith("row 4: sector '医疗器械': differs from row 2")
    assert reasons[4][1] == "中山康方生物"  # the rejects file carries the company it was under
    assert reasons[6][-1].startswith("row 6: company (empty): required")
    assert reasons[7][-1].startswith("row 7: contact phone '12345'")
    assert reasons[8][-1].startswith("row 8: company (empty):") and "row 7" in reasons[8][-1]
    assert reasons[8][1] == "坏电话公司"


def test_a_corrected_rejects_file_imports_as_it_is(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text(
        ",".join(HEADER) + "\n1,甲公司,制造,,,,技工,,2\n,,,,,,焊工,,很多\n", encoding="utf-8-sig"
    )
    report = import_companies(engine, path)
    assert report.rejected == 1
    rows = rejects(report.rejects_path)
    assert rows[1][1] == "甲公司" and rows[1][-1].startswith("row 3: headcount '很多'")
    fixed = tmp_path / "fixed.csv"
    with fixed.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows([rows[0], [*rows[1][:8], "3", rows[1][-1]]])
    assert import_companies(engine, fixed).summary() == (
        "imported 1, updated 0, unchanged 0, rejected 0"
    )
    assert positions_by_company(engine)["甲公司"] == [("技工", None, 2), ("焊工", None, 3)]


def test_booth_codes_gb18030_created_normalised_and_never_shared(
    engine: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "booths.csv"
    lines = [
        "单位名称,展位,岗位",
        "甲公司,a1,技工",  # 2: A01 created
        "乙公司,Ａ０２、B-3,会计",  # 3: two booths, full-width folded
        "丙公司,A01,出纳",  # 4: A01 is 甲公司's (row 2): rejected, naming both
        "丁公司,5号,司机",  # 5: a bare number: 05
        "戊公司,A$1,文员",  # 6: not a booth code
    ]
    path.write_text("\n".join(lines) + "\n", encoding="gb18030")
    report = import_companies(engine, path)
    assert report.summary() == "imported 3, updated 0, unchanged 0, rejected 2"
    assert booths(engine) == {"A01": "甲公司", "A02": "乙公司", "B03": "乙公司", "05": "丁公司"}
    rows = rejects(report.rejects_path)
    reason = rows[1][-1]
    assert reason.startswith("row 4: booth 'A01': booth A01 is already given to 甲公司 in row 2")
    assert "丙公司" in reason
    assert rows[2][-1].startswith("row 6: booth 'A$1': not a booth code")
    assert "丙公司" not in positions_by_company(engine)


def test_a_booth_held_in_the_database_by_another_company(engine: Engine, tmp_path: Path) -> None:
    first = tmp_path / "first.csv"
    first.write_text("单位名称,展位号,岗位\n甲公司,A01,技工\n乙公司,A02,会计\n", encoding="utf-8")
    assert import_companies(engine, first).imported == 2
    later = tmp_path / "later.csv"  # 丙 claims A01, which 甲 keeps (甲 is not in this file)
    later.write_text("单位名称,展位号,岗位\n丙公司,a01,出纳\n,,文员\n", encoding="utf-8")
    report = import_companies(engine, later)
    assert report.summary() == "imported 0, updated 0, unchanged 0, rejected 2"
    rows = rejects(report.rejects_path)
    assert rows[1][-1].startswith("row 2: booth 'a01': booth A01 already belongs to 甲公司")
    assert "丙公司" in rows[1][-1]
    assert rows[2][-1].startswith("row 3: company '丙公司': not imported: row 2")
    assert booths(engine) == {"A01": "甲公司", "A02": "乙公司"}
    moved = tmp_path / "moved.csv"  # 甲 moves to A03, so 丙 may have A01
    moved.write_text("单位名称,展位号,岗位\n丙公司,A01,出纳\n甲公司,A03,技工\n", encoding="utf-8")
    report = import_companies(engine, moved)
    assert report.summary() == "imported 1, updated 1, unchanged 0, rejected 0"
    assert booths(engine) == {"A01": "丙公司", "A02": "乙公司", "A03": "甲公司"}


def test_a_stored_booth_written_another_way_is_the_same_booth(
    engine: Engine, tmp_path: Path
) -> None:
    with write_session(engine) as s:
        fair, station = current_fair(s), local_station(s)
        s.add(Booth(station_id=station.id, fair_id=fair.id, code="A1", hall="1号馆"))
    path = tmp_path / "c.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Company", "Booth", "Position"])
    ws.append(["Akeso", "A001", "Chemist"])
    wb.save(path)
    assert import_companies(engine, path).imported == 1
    assert booths(engine) == {"A1": "Akeso"}  # the stored booth, not a second one


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a1", "A01"),
        ("A01", "A01"),
        ("Ａ０１", "A01"),
        ("A-1", "A01"),
        ("A001", "A001"),
        ("b 12", "B12"),
        ("5", "05"),
        ("展位12号", "12"),
        ("N3", "N03"),
        ("1号馆N3", "1号馆N3"),
    ],
)
def test_booth_code_rule(raw: str, expected: str) -> None:
    assert companies.booth_code(raw) == expected
    assert companies.booth_key(raw) == companies.booth_key(expected)


def test_booth_keys_compare_numbers_without_zeros() -> None:
    assert companies.booth_key("A1") == companies.booth_key("A001") == companies.booth_key("a01")
    assert companies.booth_key("A1") != companies.booth_key("A10")
    assert companies.booth_codes("A01、a1,B2") == ("A01", "B02")
    with pytest.raises(FieldError) as caught:
        companies.booth_code("A$1")
    assert caught.value.key == "companies.not_booth"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("020-8765 4321", "020-8765 4321"),
        ("02087654321", "02087654321"),  # no grouping given: none invented
        ("0760-8888 6666 转 123", "0760-8888 6666 转 123"),
        ("０７６０－８８８８　６６６６", "0760-8888 6666"),
        ("(0760) 8888-6666", "(0760) 8888-6666"),
        ("0760-88886666-8", "0760-88886666-8"),
        ("400-800-1234", "400-800-1234"),
        ("8888 6666", "8888 6666"),
        ("+44 20 7946 0958", "+44 20 7946 0958"),
        ("0760-88886666 / 139 1234 5678", "0760-88886666 / 139 1234 5678"),
        ("139 1234 5678", "13912345678"),  # a lone mobile is normalised as for students
        ("+86 139-1234-5678", "13912345678"),
        (13912345678, "13912345678"),
        (13912345678.0, "13912345678"),
        ("", None),
    ],
)
def test_contact_phones_keep_what_was_written(raw: object, expected: str | None) -> None:
    assert contact_phone(raw) == expected  # type: ignore[arg-type]
    if expected is not None:
        assert contact_phone(expected) == expected  # an exported phone imports unchanged


@pytest.mark.parametrize("raw", ["12345", "2087654321", "1.39E+10", "电话", "0760-888"])
def test_contact_phones_refused(raw: str) -> None:
    with pytest.raises(FieldError) as caught:
        contact_phone(raw)
    assert caught.value.field == "phone"
    assert caught.value.key in ("companies.not_phone", "normalize.scientific")


def test_rejections_read_in_chinese_in_the_chinese_interface(
    engine: Engine, tmp_path: Path
) -> None:
    from fairdesk.core import messages

    messages.set_language("zh_CN")
    path = tmp_path / "c.csv"
    path.write_text(
        "单位名称,所属行业,展位号,岗位\n甲公司,制造,A1,技工\n,医疗,,焊工\n乙公司,,A01,会计\n",
        encoding="gb18030",
    )
    report = import_companies(engine, path)
    assert report.rejected == 2
    reasons = [r[-1] for r in rejects(report.rejects_path)[1:]]
    assert reasons[0] == "第 3 行所属行业“医疗”：与第 2 行不一致（制造）"
    assert reasons[1] == "第 4 行展位号“A01”：展位 A01 已在第 2 行分给 甲公司，乙公司 不能再用"
