"""Setting and resetting booth PINs: only hashes stored, the old PIN refused at once, the
companies that have a PIN left alone, and the booth without one naming the command to run."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import Engine

from fairdesk.errors import UserError
from fairdesk.services.booth.auth import BoothAuth, NoPinYet, PinLockedOut
from fairdesk.services.booth.pins import apply_plan, plan_missing_pins, set_pin
from fairdesk.services.fairs import current_fair, ensure_local_station
from fairdesk.store.engine import write_session
from fairdesk.store.models import Booth
from tests.factories import new_store
from tests.unit.services.booth.test_interviews import add_company

HUAWEI = "华为技术有限公司"


def give_booth(engine: Engine, company_id: uuid.UUID, code: str) -> None:
    with write_session(engine) as s:
        station, fair = ensure_local_station(s), current_fair(s)
        s.add(Booth(station_id=station.id, fair_id=fair.id, code=code, company_id=company_id))


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    engine = new_store(tmp_path / "pins.sqlite3")
    give_booth(engine, add_company(engine, HUAWEI, pin_hash=None), "A01")
    give_booth(engine, add_company(engine, "中山市翠亨投资有限公司"), "B01")  # PIN 2468
    add_company(engine, "中山市岐江医院", pin_hash=None)  # no booth yet
    return engine


def stored_hashes(path: Path) -> dict[str, str | None]:
    with sqlite3.connect(path) as con:
        return dict(con.execute("SELECT name, pin_hash FROM company").fetchall())


def test_set_then_reset_refuses_the_old_pin_at_once(engine: Engine, tmp_path: Path) -> None:
    auth = BoothAuth(engine)  # one booth station, open the whole time
    company = auth.find(HUAWEI)
    with pytest.raises(NoPinYet) as caught:
        auth.check_pin(company.id, "123456")
    assert caught.value.key == "booth.no_pin"
    assert f'fairdesk company pin "{HUAWEI}" --random' in caught.value.render("zh_CN")
    assert "请主办方运行" in caught.value.render("zh_CN")

    first = set_pin(engine, "华为技术 有限公司")  # as an organiser types it
    assert (first.name, first.booth_code, first.replaced) == (HUAWEI, "A01", False)
    assert len(first.pin) == 6 and first.pin.isdigit()
    assert auth.check_pin(company.id, first.pin)

    second = set_pin(engine, "a01", "４８３９２０")
    assert (second.pin, second.replaced) == ("483920", True)
    assert not auth.check_pin(company.id, first.pin)  # the same open station: refused now
    assert auth.check_pin(company.id, "483920")

    hashes = stored_hashes(tmp_path / "pins.sqlite3")
    assert hashes[HUAWEI] and hashes[HUAWEI].startswith("pbkdf2_sha256$")
    blob = (tmp_path / "pins.sqlite3").read_bytes()
    for ext in ("", "-wal"):
        path = tmp_path / f"pins.sqlite3{ext}"
        if path.exists():
            blob += path.read_bytes()
    assert b"483920" not in blob and first.pin.encode() not in blob


def test_a_pin_in_the_wrong_format_writes_nothing(engine: Engine, tmp_path: Path) -> None:
    with pytest.raises(UserError) as caught:
        set_pin(engine, HUAWEI, "12a4")
    assert caught.value.key == "booth.pin_digits"
    with pytest.raises(UserError) as caught:
        set_pin(engine, "华为", "1234")
    assert caught.value.key == "company.unknown_near" and "A01" in str(caught.value)
    assert stored_hashes(tmp_path / "pins.sqlite3")[HUAWEI] is None


def test_missing_pins_are_planned_then_stored_skipping_those_set_meanwhile(
    engine: Engine,
) -> None:
    plan = plan_missing_pins(engine)
    assert [s.name for s in plan.slips] == [HUAWEI, "中山市岐江医院"]  # booths first
    assert [c.name for c in plan.skipped] == ["中山市翠亨投资有限公司"]
    auth = BoothAuth(engine)
    hospital = auth.find("中山市岐江医院")
    assert not auth.companies()[0].has_pin  # nothing written by planning

    by_hand = set_pin(engine, "中山市岐江医院", "7391")  # someone else, in between
    stored = apply_plan(engine, plan)
    assert [s.name for s in stored.slips] == [HUAWEI]
    assert sorted(c.name for c in stored.skipped) == sorted(
        ["中山市翠亨投资有限公司", "中山市岐江医院"]
    )
    assert auth.check_pin(hospital.id, by_hand.pin)  # its PIN was not overwritten
    assert auth.check_pin(auth.find(HUAWEI).id, stored.slips[0].pin)
    assert not plan_missing_pins(engine).slips


def test_lockout_is_a_keyed_message_in_both_languages(engine: Engine) -> None:
    now = [0.0]
    auth = BoothAuth(engine, clock=lambda: now[0])
    company = auth.find("B01")
    for _ in range(5):
        assert not auth.check_pin(company.id, "0000")
    with pytest.raises(PinLockedOut) as caught:
        auth.check_pin(company.id, "2468")
    assert caught.value.key == "booth.pin_locked_out" and caught.value.seconds == 31
    assert "31 秒后再试" in caught.value.render("zh_CN")
    now[0] = 31.0
    assert auth.check_pin(company.id, "2468")


def test_company_gone_is_keyed(engine: Engine) -> None:
    with pytest.raises(UserError) as caught:
        BoothAuth(engine).check_pin(uuid.uuid4(), "2468")
    assert caught.value.key == "booth.company_gone"
