"""Interview exports: a booth's own rows only, notes in order, no contact details, Excel-safe."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from fairdesk.errors import UserError
from fairdesk.services.booth.interviews import InterviewService
from fairdesk.services.exports.interviews import INTERVIEW_COLUMNS, export_interviews
from tests.factories import add_person, new_store
from tests.unit.services.booth.test_interviews import add_company

PHONE, OTHER_PHONE = "13912345678", "13687654321"


def interview_fair(tmp_path: Path) -> tuple[object, str, str]:
    engine = new_store(tmp_path / "s.sqlite3")
    ours = add_company(engine, tags=("沟通好",))
    theirs = add_company(engine, "中山大洋电机股份有限公司")
    a = add_person(engine, "欧阳娜娜", university="北京大学", phone=PHONE, student_no="0012345")
    b = add_person(engine, "阿依古丽·买买提", phone=OTHER_PHONE)
    service = InterviewService(engine, ours)
    card = service.scan(a.code, interviewer="王经理").interview
    assert card is not None
    service.scan(a.code)
    service.set_rating(card.id, 5)
    service.set_outcome(card.id, "offer")
    service.set_tags(card.id, ["沟通好"])
    service.set_position(card.id, service.positions()[0].id)
    service.add_note(card.id, "王经理", '=HYPERLINK("x")')
    service.add_note(card.id, "李工", "二面通过")
    other = InterviewService(engine, theirs)
    other_card = other.scan(b.code).interview
    assert other_card is not None
    other.add_note(other_card.id, "陈总", "别家的秘密备注")
    return engine, "中山市翠亨投资有限公司", "中山大洋电机股份有限公司"


def test_booth_export_xlsx_has_only_its_company_and_no_contacts(tmp_path: Path) -> None:
    engine, ours, theirs = interview_fair(tmp_path)
    out = tmp_path / "ours.xlsx"
    assert export_interviews(engine, out, company=ours, headers="en") == 1  # type: ignore[arg-type]
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    rows = [[c for c in r] for r in sheet.iter_rows(values_only=True)]
    assert tuple(rows[0]) == INTERVIEW_COLUMNS
    record = dict(zip(rows[0], rows[1], strict=True))
    assert record["company"] == ours and record["name"] == "欧阳娜娜"
    assert record["rating"] == 5 and record["outcome"] == "offer" and record["visits"] == 2
    assert record["tags"] == "沟通好" and record["interviewer"] == "王经理"
    assert record["position"] == "算法工程师" and record["first_visit"] and record["last_visit"]
    notes = str(record["notes"]).split("\n")
    assert len(notes) == 2 and notes[0].endswith('王经理] =HYPERLINK("x")')
    assert notes[1].endswith("李工] 二面通过") and notes[0].startswith("[")
    flat = " ".join(str(v) for row in rows for v in row if v is not None)
    for secret in (PHONE, OTHER_PHONE, "0012345", "@", theirs, "阿依古丽", "别家的秘密备注"):
        assert secret not in flat


def test_organiser_export_csv_has_every_company(tmp_path: Path) -> None:
    engine, ours, theirs = interview_fair(tmp_path)
    out = tmp_path / "all.csv"
    assert export_interviews(engine, out, headers="en") == 2  # type: ignore[arg-type]
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert sorted(r["company"] for r in rows) == sorted([ours, theirs])
    assert PHONE not in out.read_text(encoding="utf-8-sig")
    by_company = {r["company"]: r for r in rows}
    assert by_company[theirs]["notes"].endswith("陈总] 别家的秘密备注")


def test_unknown_company_and_bad_extension_are_user_errors(tmp_path: Path) -> None:
    engine, _, _ = interview_fair(tmp_path)
    with pytest.raises(UserError, match="No company"):
        export_interviews(engine, tmp_path / "x.csv", company="不存在")  # type: ignore[arg-type]
    with pytest.raises(UserError):
        export_interviews(engine, tmp_path / "x.txt")  # type: ignore[arg-type]
