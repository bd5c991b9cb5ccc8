"""Creating the fair with its organiser PIN, the organiser lock's gate and check, the exports
tool's service: real SQLite files in tmp_path."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlmodel import select

from fairdesk.errors import UserError
from fairdesk.services.exports.choices import ExportsService
from fairdesk.services.fair_setup import FairSetup, NewFair
from fairdesk.services.organiser_pin import (
    OrganiserGate,
    OrganiserLock,
    OrganiserPinLockedOut,
    organiser_pin_hash,
    verify_organiser_pin,
)
from fairdesk.store.engine import open_database, read_session, write_session
from fairdesk.store.models import Fair, Station
from fairdesk.store.seam import changes
from tests.factories import add_person, new_store

FORM = NewFair(
    name=" 2026届 秋季双选会 ", organiser_pin="２４６８１3", venue="体育馆",
    starts_on=date(2026, 11, 28), ends_on=date(2026, 11, 29), halls=("A馆", " B馆 ", "a馆", ""),
)  # fmt: skip


def test_create_stores_the_fair_and_a_pin_hash_that_verifies(tmp_path: Path) -> None:
    engine = open_database(tmp_path / "f.sqlite3")
    setup = FairSetup(engine)
    assert not setup.has_fair()
    created = setup.create(FORM)
    assert setup.has_fair() and created.halls == ("A馆", "B馆")
    with read_session(engine) as s:
        fair = s.exec(select(Fair)).one()
        station = s.exec(select(Station)).one()
    assert (fair.name, fair.venue, fair.halls) == ("2026届 秋季双选会", "体育馆", "A馆,B馆")
    assert (fair.starts_on, fair.ends_on) == (date(2026, 11, 28), date(2026, 11, 29))
    assert fair.organiser_pin_hash and "246813" not in fair.organiser_pin_hash
    assert station.is_local and station.role == "organiser"
    assert verify_organiser_pin(engine, "246813")
    assert not verify_organiser_pin(engine, "246814")
    with pytest.raises(UserError) as again:
        setup.create(FORM)
    assert again.value.key == "setup.fair_exists"


@pytest.mark.parametrize(
    ("change", "key"),
    [
        ({"name": "  "}, "fair.needs_name"),
        ({"organiser_pin": "123"}, "organiser.pin_digits"),
        ({"organiser_pin": "12a45"}, "organiser.pin_digits"),
        ({"organiser_pin": "123456"}, "organiser.pin_obvious"),
        ({"starts_on": date(2026, 11, 30)}, "setup.last_before_first"),
        ({"halls": ("A,B",)}, "setup.hall_comma"),
    ],
)
def test_create_refuses_with_a_keyed_message(
    tmp_path: Path, change: dict[str, object], key: str
) -> None:
    engine = open_database(tmp_path / "f.sqlite3")
    form = NewFair(**{**FORM.__dict__, **change})  # type: ignore[arg-type]
    with pytest.raises(UserError) as refused:
        FairSetup(engine).create(form)
    assert refused.value.key == key
    assert not FairSetup(engine).has_fair()


def _desk_laptop(tmp_path: Path, pin_hash: str | None) -> OrganiserLock:
    engine = new_store(tmp_path / "d.sqlite3")  # local station: desk-1, role desk
    with write_session(engine) as s:
        fair = s.exec(select(Fair)).one()
        changes(s, fair.station_id).update(fair, organiser_pin_hash=pin_hash)
    clock = {"now": 100.0}
    return OrganiserLock(engine, clock=lambda: clock["now"])


def test_a_desk_laptop_needs_the_pin_and_wrong_tries_wait(tmp_path: Path) -> None:
    lock = _desk_laptop(tmp_path, organiser_pin_hash("8642"))
    assert lock.gate() == OrganiserGate.NEEDS_PIN
    assert lock.verify_organiser_pin("８６４２")
    assert not lock.verify_organiser_pin("1111")
    assert not lock.verify_organiser_pin("2222")
    assert not lock.verify_organiser_pin("3333")
    with pytest.raises(OrganiserPinLockedOut) as waiting:
        lock.verify_organiser_pin("8642")
    assert waiting.value.key == "organiser.pin_locked_out" and waiting.value.seconds > 0


def test_gates_an_old_file_and_the_organiser_laptop(tmp_path: Path) -> None:
    assert _desk_laptop(tmp_path, None).gate() == OrganiserGate.NO_PIN_SET
    empty = OrganiserLock(open_database(tmp_path / "e.sqlite3"))
    assert empty.gate() == OrganiserGate.OPEN
    organiser = tmp_path / "o.sqlite3"
    FairSetup(open_database(organiser)).create(FORM)
    assert OrganiserLock(open_database(organiser)).gate() == OrganiserGate.OPEN


def test_exports_service_filters_by_university(tmp_path: Path) -> None:
    engine = new_store(tmp_path / "s.sqlite3")
    add_person(engine, "欧阳娜娜", university="北京大学", student_no="0012345")
    add_person(engine, "曾小贤", university="清华大学")
    service = ExportsService(engine)
    assert service.universities() == ["北京大学", "清华大学"]
    assert service.kinds() == ["attendees", "checkins", "interviews", "companies", "no-shows"]
    out = tmp_path / "a.xlsx"
    done = service.export("attendees", out, university="北京大学")
    assert done.rows == 1 and done.path == out
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    assert sheet.cell(2, 2).value == "0012345"
    with pytest.raises(UserError) as refused:
        service.export("companies", tmp_path / "c.xlsx", university="北京大学")
    assert refused.value.key == "export.no_university_filter"
    assert service.export("companies", tmp_path / "c.csv").rows == 0


def test_the_exports_tool_writes_the_no_shows_too(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from fairdesk.services.exports.choices import ExportsService
    from tests.unit.services.sync.fair_kit import organiser

    org = organiser(tmp_path / "org")
    service = ExportsService(org)
    assert "no-shows" in service.kinds() and not service.filters_by_university("no-shows")
    done = service.export("no-shows", tmp_path / "未到.xlsx")
    assert done.rows == 2  # neither company has checked in
    sheet = load_workbook(tmp_path / "未到.xlsx").active
    assert sheet is not None and sheet.max_row == 3  # the header and both companies
