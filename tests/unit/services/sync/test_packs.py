"""Station packs: a desk and a booth started from the organiser's packs on real files — the desk
checks in and mints walk-ins in its own serial block, the booth opens with its PIN and scans,
a refreshed pack keeps the station's identity, and every refusal writes nothing."""

from __future__ import annotations

import base64
import shutil
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from fairdesk.core.codes import SERIAL_BLOCK, Rejection
from fairdesk.core.pinyin_keys import name_keys
from fairdesk.core.sealed import SealedHeader, derive_key, new_salt, seal
from fairdesk.core.station_keys import station_key
from fairdesk.errors import UserError
from fairdesk.services.badges.issue import badge_code, mint_badges
from fairdesk.services.badges.service import BadgeService
from fairdesk.services.booth.auth import BoothAuth
from fairdesk.services.booth.interviews import InterviewService
from fairdesk.services.booth.pins import set_pin
from fairdesk.services.demo import build_demo
from fairdesk.services.desk.checkin import CheckInService
from fairdesk.services.desk.registration import RegistrationService, WalkInForm
from fairdesk.services.fairs import current_fair, ensure_local_station, local_station
from fairdesk.services.sync.local import (
    BUNDLE_KEY,
    BUNDLE_SALT,
    PACK_MADE_AT,
    STATION_KEY,
    get_setting,
)
from fairdesk.services.sync.packs import make_pack, unpack
from fairdesk.store.engine import open_database, read_session, write_session
from fairdesk.store.models import Attendee, Badge, Company, Fair, Station
from fairdesk.store.seam import changes

PASSPHRASE = "晚上好 correct horse"
OWN_PIN, OTHER_PIN = "135790", "246802"

#: students whose contact details and 学号 are not shaped like the demo's (all the same length)
ODD_STUDENTS = (
    ("欧阳娜娜", "SZ2023A0042", "+85291234567", "nana@hku.example"),
    ("王五", "20231234", "13912345678", "w5@z.cn"),
    ("阿依古丽·买买提", "2021000123456", "+8613800138000", "ayiguli.maimaiti.2021@xju.edu.example"),
    ("李雷", "ab123456", "15800001111", "lilei+fair@example.org"),
)  # fmt: skip


@dataclass(frozen=True)
class Organiser:
    path: Path
    engine: Engine
    own: Company  # the booth's company (its own PIN)
    other: Company  # another company (another PIN)


def add_student(
    engine: Engine, name: str, student_no: str | None, phone: str | None, email: str | None,
    *, university: str = "北京师范大学",
) -> tuple[uuid.UUID, str]:  # fmt: skip
    """A student with a badge at the organiser's; returns their id and badge code."""
    with write_session(engine) as s:
        station, fair = local_station(s), current_fair(s)
        pinyin, initials = name_keys(name)
        a = Attendee(
            station_id=station.id, fair_id=fair.id, name=name, name_pinyin=pinyin,
            name_initials=initials, student_no=student_no, university=university, phone=phone,
            phone_tail=phone[-4:] if phone else None, email=email, consent=True, major="数学",
        )  # fmt: skip
        changes(s, station.id).add(a)
        (serial,) = mint_badges(s, [a.id], station)
        badge = s.exec(select(Badge).where(Badge.serial == serial)).one()
        return a.id, badge_code(fair, badge)


@pytest.fixture(scope="module")
def organiser_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo fair (150 students, every company sharing the demo PIN) plus odd students; two
    companies get PINs of their own."""
    path = tmp_path_factory.mktemp("organiser") / "organiser.sqlite3"
    engine = open_database(path, inline_backups=False)
    build_demo(engine, attendees=150)
    for name, number, phone, email in ODD_STUDENTS:
        add_student(engine, name, number, phone, email)
    with read_session(engine) as s:
        first, second = s.exec(select(Company).order_by(Company.name)).all()[:2]
    set_pin(engine, first.name, OWN_PIN)
    set_pin(engine, second.name, OTHER_PIN)
    engine.dispose()
    return path


@pytest.fixture
def organiser(organiser_template: Path, tmp_path: Path) -> Organiser:
    path = tmp_path / "organiser.sqlite3"
    shutil.copy(organiser_template, path)
    engine = open_database(path, inline_backups=False)
    with read_session(engine) as s:
        first, second = s.exec(select(Company).order_by(Company.name)).all()[:2]
    return Organiser(path, engine, first, second)


def station_db(path: Path) -> Engine:
    return open_database(path, inline_backups=False)


def desk_from(org: Organiser, tmp_path: Path, name: str) -> Engine:
    out = tmp_path / f"{name}.pack"
    make_pack(org.engine, role="desk", name=name, out=out, passphrase=PASSPHRASE)
    engine = station_db(tmp_path / f"{name}.sqlite3")
    unpack(engine, out, PASSPHRASE)
    return engine


def roster_code(engine: Engine, index: int = 0) -> tuple[uuid.UUID, str]:
    """The attendee id and badge code of a demo student, as the organiser printed it."""
    with read_session(engine) as s:
        fair = current_fair(s)
        badge = s.exec(select(Badge).order_by(Badge.serial)).all()[index]
        return badge.attendee_id, badge_code(fair, badge)


def test_desk_pack_checks_in_and_mints_walk_ins_in_its_own_block(
    organiser: Organiser, tmp_path: Path
) -> None:
    packed = make_pack(organiser.engine, role="desk", name="东门", out=tmp_path / "a.pack",
                       passphrase=PASSPHRASE)  # fmt: skip
    assert packed.role == "desk" and packed.name == "东门" and not packed.refreshed
    assert packed.attendees == 150 + len(ODD_STUDENTS)
    desk_a = station_db(tmp_path / "a.sqlite3")
    got = unpack(desk_a, tmp_path / "a.pack", PASSPHRASE)
    assert got.station_id == packed.station_id and got.role == "desk"
    assert got.station_number == packed.station_number
    assert got.attendees == packed.attendees and not got.updated
    desk_b = desk_from(organiser, tmp_path, "西门")

    _, code = roster_code(desk_a)
    assert CheckInService(desk_a).by_code(code).outcome == "ok"
    form = WalkInForm(name="韩梅梅", university="北京大学", student_no="1900012345",
                      phone="13700001234")  # fmt: skip
    serial_a = RegistrationService(desk_a).register(form).serial
    serial_b = RegistrationService(desk_b).register(form).serial
    with read_session(desk_a) as s:
        here = local_station(s)
        assert here.id == packed.station_id and here.is_local and here.name == "东门"
        assert s.exec(select(Station).where(Station.is_local)).all() == [here]
        fair = current_fair(s)
        with read_session(organiser.engine) as o:
            assert fair.secret == current_fair(o).secret  # a desk mints: it holds the key
        assert get_setting(s, STATION_KEY) == station_key(fair.secret, here.id).hex()
        salt = get_setting(s, BUNDLE_SALT)
        assert salt is not None and len(base64.b64decode(salt)) == 16
        assert get_setting(s, BUNDLE_KEY) == derive_key(PASSPHRASE, base64.b64decode(salt)).hex()
        assert get_setting(s, PACK_MADE_AT) is not None
        assert all(c.pin_hash is None for c in s.exec(select(Company)))  # a desk opens no booth
    assert serial_a // SERIAL_BLOCK == packed.station_number
    with read_session(desk_b) as s:
        assert serial_b // SERIAL_BLOCK == local_station(s).number != packed.station_number
    assert serial_a != serial_b
    # the unpacked rows are logged under the organiser's station, the desk's own work under its
    con = sqlite3.connect(tmp_path / "a.sqlite3")
    by_station = dict(con.execute("SELECT station_id, count(*) FROM change_log GROUP BY 1"))
    con.close()
    with read_session(organiser.engine) as o:
        organiser_id = local_station(o).id.hex
    assert set(by_station) == {organiser_id, packed.station_id.hex}
    assert by_station[packed.station_id.hex] >= 4  # check-in; walk-in, its badge and check-in


def test_the_same_name_refreshes_the_pack_and_booths_get_numbered_names(
    organiser: Organiser, tmp_path: Path
) -> None:
    org = organiser.engine
    first = make_pack(org, role="desk", name="东门", out=tmp_path / "1.pack", passphrase=PASSPHRASE)
    again = make_pack(org, role="desk", name=" 东门 ", out=tmp_path / "2.pack",
                      passphrase=PASSPHRASE)  # fmt: skip
    assert again.refreshed and (again.station_id, again.station_number) == (
        first.station_id, first.station_number)  # fmt: skip
    booth_1 = make_pack(org, role="booth", company=organiser.own.name, out=tmp_path / "b1.pack",
                        passphrase=PASSPHRASE)  # fmt: skip
    booth_2 = make_pack(org, role="booth", company=organiser.own.name, out=tmp_path / "b2.pack",
                        passphrase=PASSPHRASE)  # fmt: skip
    assert (booth_1.name, booth_2.name) == (organiser.own.name, f"{organiser.own.name} 2")
    assert booth_1.company == organiser.own.name and not booth_2.refreshed
    numbers = {first.station_number, booth_1.station_number, booth_2.station_number}
    assert len(numbers) == 3 and 1 not in numbers  # the organiser is station 1
    refreshed = make_pack(org, role="booth", company=organiser.own.name, name=booth_2.name,
                          out=tmp_path / "b3.pack", passphrase=PASSPHRASE)  # fmt: skip
    assert refreshed.refreshed and refreshed.station_id == booth_2.station_id
    with read_session(org) as s:
        assert len(s.exec(select(Station)).all()) == 4

    for role, name, company in (("booth", "东门", organiser.own.name),
                                ("booth", booth_1.name, organiser.other.name),
                                ("desk", booth_1.name, None)):  # fmt: skip
        with pytest.raises(UserError) as taken:
            make_pack(org, role=role, name=name, company=company, out=tmp_path / "x.pack",
                      passphrase=PASSPHRASE)  # fmt: skip
        assert taken.value.key == "pack.name_taken"
    with pytest.raises(UserError) as unknown:
        make_pack(org, role="booth", company="没有这家公司", out=tmp_path / "x.pack",
                  passphrase=PASSPHRASE)  # fmt: skip
    assert unknown.value.key.startswith("company.unknown") and "没有这家公司" in str(unknown.value)
    with pytest.raises(UserError) as no_company:
        make_pack(org, role="booth", out=tmp_path / "x.pack", passphrase=PASSPHRASE)
    assert no_company.value.key == "pack.needs_company"
    with pytest.raises(UserError) as short:
        make_pack(org, role="desk", name="北门", out=tmp_path / "x.pack", passphrase="short")
    assert short.value.key == "sealed.passphrase_short"
    assert not (tmp_path / "x.pack").exists()


def test_a_pack_that_cannot_be_written_makes_no_station(
    organiser: Organiser, tmp_path: Path
) -> None:
    with pytest.raises(UserError) as failed:
        make_pack(organiser.engine, role="desk", name="北门", out=tmp_path / "no" / "d.pack",
                  passphrase=PASSPHRASE)  # fmt: skip
    assert failed.value.key == "pack.cannot_write"
    with read_session(organiser.engine) as s:
        assert [st.name for st in s.exec(select(Station))] == ["organiser"]
    assert list(tmp_path.glob("**/*.tmp")) == []


def test_packs_are_made_on_the_organisers_database_only(
    organiser: Organiser, tmp_path: Path
) -> None:
    desk = desk_from(organiser, tmp_path, "东门")
    with pytest.raises(UserError) as refused:
        make_pack(desk, role="desk", name="假冒", out=tmp_path / "x.pack", passphrase=PASSPHRASE)
    assert refused.value.key == "pack.not_organiser"
    with pytest.raises(UserError) as role:
        make_pack(organiser.engine, role="organiser", out=tmp_path / "x.pack",
                  passphrase=PASSPHRASE)  # fmt: skip
    assert role.value.key == "pack.role"


def test_booth_pack_opens_with_its_pin_and_scans_badges(
    organiser: Organiser, tmp_path: Path
) -> None:
    revoked_id, revoked_code = roster_code(organiser.engine, 1)
    BadgeService(organiser.engine).revoke(revoked_id)  # the revocation list travels
    packed = make_pack(organiser.engine, role="booth", company=organiser.own.name,
                       out=tmp_path / "b.pack", passphrase=PASSPHRASE)  # fmt: skip
    booth = station_db(tmp_path / "b.sqlite3")
    got = unpack(booth, tmp_path / "b.pack", PASSPHRASE)
    assert got.role == "booth" and got.company == organiser.own.name
    assert got.station_id == packed.station_id

    auth = BoothAuth(booth)
    assert [c.name for c in auth.companies()] == [organiser.own.name]
    assert not auth.check_pin(organiser.own.id, OTHER_PIN)
    assert auth.check_pin(organiser.own.id, OWN_PIN)
    service = InterviewService(booth, organiser.own.id)
    _, code = roster_code(organiser.engine)
    scanned = service.scan(code, interviewer="张经理")
    assert scanned.status == "new" and scanned.interview is not None
    assert scanned.interview.display_name
    assert service.scan(revoked_code).reason == Rejection.REVOKED
    with read_session(booth) as s:
        assert current_fair(s).secret == ""
        assert local_station(s).id == packed.station_id
        assert len(s.exec(select(Station)).all()) == 1
        assert s.exec(select(Attendee).where(Attendee.phone.is_not(None))).all() == []  # type: ignore[union-attr]
    assert service.scan(code).status == "visit"  # one record per student, visits appended


def test_wrong_passphrase_damaged_file_or_not_a_pack_is_refused_and_nothing_is_written(
    organiser: Organiser, tmp_path: Path
) -> None:
    pack = tmp_path / "d.pack"
    make_pack(organiser.engine, role="desk", name="东门", out=pack, passphrase=PASSPHRASE)
    flipped = tmp_path / "flipped.pack"
    data = bytearray(pack.read_bytes())
    data[len(data) // 2] ^= 0x01
    flipped.write_bytes(bytes(data))
    text = tmp_path / "roster.csv"
    text.write_text("姓名,学号\n", encoding="utf-8")
    bundle = tmp_path / "x.bundle"
    salt = new_salt()
    head = SealedHeader("bundle", 1, "fair", str(uuid.uuid4()), salt, {})
    bundle.write_bytes(seal(b"{}", head, derive_key(PASSPHRASE, salt)))
    cases = (
        (pack, "wrong passphrase", "sealed.damaged_or_wrong"),
        (flipped, PASSPHRASE, "sealed.damaged_or_wrong"),
        (text, PASSPHRASE, "sealed.not_sealed"),
        (bundle, PASSPHRASE, "pack.not_a_pack"),
        (tmp_path / "missing.pack", PASSPHRASE, "pack.cannot_read"),
    )
    for i, (path, passphrase, key) in enumerate(cases):
        db = tmp_path / f"s{i}.sqlite3"
        engine = station_db(db)
        with pytest.raises(UserError) as refused:
            unpack(engine, path, passphrase)
        assert refused.value.key == key, path
        assert path.name in str(refused.value)
        engine.dispose()
        assert nothing_in(db), path


def nothing_in(db: Path) -> bool:
    con = sqlite3.connect(db)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return all(con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] == 0 for t in tables)
    finally:
        con.close()


def test_a_database_that_holds_a_fair_is_refused(organiser: Organiser, tmp_path: Path) -> None:
    desk = desk_from(organiser, tmp_path, "东门")
    make_pack(organiser.engine, role="desk", name="西门", out=tmp_path / "w.pack",
              passphrase=PASSPHRASE)  # fmt: skip
    before = (
        sqlite3.connect(tmp_path / "东门.sqlite3")
        .execute("SELECT (SELECT count(*) FROM change_log), (SELECT count(*) FROM attendee)")
        .fetchone()
    )
    for target in (desk, organiser.engine):
        with pytest.raises(UserError) as refused:
            unpack(target, tmp_path / "w.pack", PASSPHRASE)
        assert refused.value.key == "unpack.holds_fair"
    after = (
        sqlite3.connect(tmp_path / "东门.sqlite3")
        .execute("SELECT (SELECT count(*) FROM change_log), (SELECT count(*) FROM attendee)")
        .fetchone()
    )
    assert after == before
    with read_session(desk) as s:
        assert local_station(s).name == "东门"
        assert len(s.exec(select(Fair)).all()) == 1
    stray = station_db(tmp_path / "stray.sqlite3")  # a station row, no fair
    with write_session(stray) as s:
        ensure_local_station(s, name="测试", role="desk")
    with pytest.raises(UserError) as not_empty:
        unpack(stray, tmp_path / "w.pack", PASSPHRASE)
    assert not_empty.value.key == "unpack.not_empty"


def test_a_packed_desk_refuses_to_record_as_a_station_it_was_not_given(tmp_path: Path) -> None:
    """A station made on a packed laptop would number its serials on its own: collisions."""
    from fairdesk.services.desk.checkin import CheckInService
    from tests.unit.services.sync.fair_kit import code_of, organiser, station

    org = organiser(tmp_path / "org")
    desk = station(org, tmp_path / "d", "desk", "签到台1")
    with pytest.raises(UserError) as caught:
        CheckInService(desk, station_name="东门").by_code(code_of(org, "7"))
    assert caught.value.key == "station.packed_elsewhere"
    assert CheckInService(desk, station_name="签到台1").by_code(code_of(org, "7")).outcome == "ok"
