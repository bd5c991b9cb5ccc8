"""Organiser exports, read back with csv (as Excel reads UTF-8 with BOM) and openpyxl."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from fairdesk.core.codes import CODE_LENGTH
from fairdesk.errors import UserError
from fairdesk.services.desk.checkin import CheckInService
from fairdesk.services.exports.attendance import (
    ATTENDEE_COLUMNS,
    CHECKIN_COLUMNS,
    export_attendees,
    export_checkins,
)
from tests.factories import add_person, new_store


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    engine = new_store(tmp_path / "s.sqlite3")
    zeng = add_person(engine, "曾小贤", student_no="0012345", phone="13700000002")
    add_person(engine, '=HYPERLINK("http://x")', student_no="2022", phone="+447700900123")
    service = CheckInService(engine)
    service.by_code(zeng.code)
    CheckInService(engine, station_name="西门").by_code(zeng.code)
    return engine, zeng


def read_csv(path: Path) -> list[dict[str, str]]:
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_attendees_csv(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    engine, zeng = store
    out = tmp_path / "a.csv"
    assert export_attendees(engine, out, headers="en") == 2
    rows = read_csv(out)
    assert tuple(rows[0].keys()) == ATTENDEE_COLUMNS
    by_name = {r["name"]: r for r in rows}
    z = by_name["曾小贤"]
    assert z["student_no"] == "0012345" and z["phone"] == "13700000002"
    assert z["badge_code"] == zeng.code and len(z["badge_code"]) == CODE_LENGTH
    assert z["checked_in_at"] and z["checked_in_station"] == "desk-1"
    assert '\'=HYPERLINK("http://x")' in by_name  # formula neutralised
    other = by_name['\'=HYPERLINK("http://x")']
    assert other["phone"] == "'+447700900123" and other["checked_in_at"] == ""


def test_attendees_xlsx_keeps_ids_as_text(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    engine, zeng = store
    out = tmp_path / "a.xlsx"
    export_attendees(engine, out, headers="en")
    ws = openpyxl.load_workbook(out).active
    assert ws is not None
    header = [c.value for c in ws[1]]
    assert tuple(header) == ATTENDEE_COLUMNS
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    z = rows["曾小贤"]
    col = header.index
    assert z[col("student_no")].value == "0012345" and z[col("student_no")].data_type == "s"
    assert z[col("phone")].value == "13700000002" and z[col("phone")].data_type == "s"
    assert z[col("badge_code")].value == zeng.code
    assert all(c.data_type != "f" for r in ws.iter_rows() for c in r)


def test_checkins_export_has_arrival_and_reentry(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    engine, _ = store
    out = tmp_path / "c.csv"
    assert export_checkins(engine, out, headers="en") == 2
    rows = read_csv(out)
    assert tuple(rows[0].keys()) == CHECKIN_COLUMNS
    assert [(r["kind"], r["station"]) for r in rows] == [
        ("arrival", "desk-1"),
        ("reentry", "西门"),
    ]
    assert all(r["student_no"] == "0012345" for r in rows)


def test_unknown_extension_is_refused_before_work(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    engine, _ = store
    with pytest.raises(UserError, match=r"\.csv or \.xlsx"):
        export_attendees(engine, tmp_path / "a.pdf")


def test_control_characters_cannot_hide_a_formula(tmp_path: Path) -> None:
    from fairdesk.core.spreadsheet_out import write_table

    out = tmp_path / "x.xlsx"
    write_table(out, ["station"], [["\x01=SUM(1)"], ["\x02@x"]])
    ws = openpyxl.load_workbook(out).active
    assert ws is not None
    assert [c.value for (c,) in ws.iter_rows(min_row=2)] == ["'=SUM(1)", "'@x"]
