"""The built-in demo fair: content, determinism, and refusal to overwrite a fair.

Builds go into a real SQLite file per test; what was stored is read back through the ORM and,
for names with rare characters, through the plain `sqlite3` module as an independent reader.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, col, func, select

from fairdesk.core.demo_data import (
    CITY,
    DEMO_SEED,
    FAIR,
    HALLS,
    SECTORS,
    SHOWCASE_NAMES,
    UNIVERSITY_NAMES,
    iter_students,
)
from fairdesk.core.demo_people import MIDDLE_DOT, RARE_CHARS
from fairdesk.core.pins import hash_pin, verify_pin
from fairdesk.errors import UserError
from fairdesk.services.badges.issue import badge_code
from fairdesk.services.demo import build_demo
from fairdesk.store.engine import open_database
from fairdesk.store.models import Attendee, Badge, Booth, Company, Fair, Position

N = 300
CUIHENG = "中山市翠亨投资有限公司"
FIVE_UNIVERSITIES = {"清华大学", "北京大学", "北京大学医学部", "北京航空航天大学", "北京师范大学"}

# GB 32100-2015, written out again here so the generator is checked against an independent copy.
_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def _uscc_ok(code: str) -> bool:
    if len(code) != 18 or any(c not in _CHARSET for c in code):
        return False
    total = sum(_CHARSET.index(c) * w for c, w in zip(code[:17], _WEIGHTS, strict=True))
    return _CHARSET[(31 - total % 31) % 31] == code[17]


def _build(path: Path, n: int = N) -> Engine:
    engine = open_database(path)
    build_demo(engine, attendees=n)
    return engine


@pytest.fixture
def demo_db(tmp_path: Path) -> tuple[Engine, Path]:
    path = tmp_path / "d.sqlite3"
    return _build(path), path


def _fingerprint(engine: Engine) -> list[tuple[str, str | None, str, int, str]]:
    with Session(engine) as session:
        fair = session.exec(select(Fair)).one()
        rows = session.exec(
            select(Attendee, Badge)
            .join(Badge, col(Badge.attendee_id) == col(Attendee.id))
            .order_by(col(Badge.serial))
        ).all()
        return [
            (a.name, a.student_no, a.university, b.serial, badge_code(fair, b)) for a, b in rows
        ]


def _companies(engine: Engine) -> list[dict[str, object]]:
    volatile = {"id", "fair_id", "station_id", "created_at", "updated_at"}
    with Session(engine) as session:
        rows = session.exec(select(Company).order_by(col(Company.name))).all()
        return [c.model_dump(exclude=volatile) for c in rows]


def test_fair_is_the_seed_fair(demo_db: tuple[Engine, Path]) -> None:
    engine, _ = demo_db
    with Session(engine) as session:
        fair = session.exec(select(Fair)).one()
    assert fair.name == "慈善英才·智聚中山"
    assert "北京航空航天大学" in fair.venue and "北京大学" in fair.venue
    assert fair.halls.split(",") == list(HALLS)
    assert (fair.code, fair.secret, fair.starts_on) == (FAIR.code, FAIR.secret, FAIR.starts_on)


def test_companies_booths_positions(demo_db: tuple[Engine, Path]) -> None:
    engine, _ = demo_db
    with Session(engine) as session:
        companies = session.exec(select(Company)).all()
        booths = session.exec(select(Booth)).all()
        positions = session.exec(select(Position)).all()
    assert len(companies) == 32
    names = [c.name for c in companies]
    assert CUIHENG in names
    assert len(set(names)) == 32
    assert {c.sector for c in companies} == set(SECTORS)
    assert len(SECTORS) == 12
    assert all(c.city == CITY == "中山市" for c in companies)
    assert all(c.email.endswith(".example.com") for c in companies)
    assert all(c.contact_name and c.phone for c in companies)

    by_company = {b.company_id: b for b in booths}
    assert len(booths) == 32 and set(by_company) == {c.id for c in companies}
    assert len({b.code for b in booths}) == 32
    assert {b.hall for b in booths} == set(HALLS)
    assert {b.code[0] for b in booths} == {"A", "B"}
    assert all(re.fullmatch(r"[AB]\d\d", b.code) for b in booths)
    assert all(b.x is not None and b.y is not None for b in booths)
    assert len({(b.hall, b.x, b.y) for b in booths}) == 32  # no two booths on one spot

    per_company = Counter(p.company_id for p in positions)
    assert all(2 <= per_company[c.id] <= 4 for c in companies)
    assert all(p.degree in {"associate", "bachelor", "master", "phd"} for p in positions)
    assert all(p.majors and (p.headcount or 0) >= 1 for p in positions)


def test_every_credit_code_has_a_valid_check_character(demo_db: tuple[Engine, Path]) -> None:
    engine, _ = demo_db
    with Session(engine) as session:
        codes = [c.uscc for c in session.exec(select(Company)).all()]
    assert all(code is not None and _uscc_ok(code) for code in codes), codes
    assert all(code is not None and code[2:6] == "4420" for code in codes)  # Zhongshan
    assert len(set(codes)) == 32
    assert _uscc_ok("91350100M000100Y43")  # the standard's published example
    altered = codes[0]
    assert altered is not None
    for i in range(18):  # any single substitution is caught: 31 is prime
        for c in _CHARSET:
            if c != altered[i]:
                assert not _uscc_ok(altered[:i] + c + altered[i + 1 :])


def test_booth_pin_is_hashed_and_verifies(demo_db: tuple[Engine, Path]) -> None:
    engine, _ = demo_db
    with Session(engine) as session:
        hashes = {c.pin_hash for c in session.exec(select(Company)).all()}
    assert len(hashes) == 1  # hashed once, shared by every company
    (stored,) = hashes
    assert stored is not None and "0000" not in stored.split("$")[-1]
    algorithm, iterations, salt, digest = stored.split("$")
    assert algorithm == "pbkdf2_sha256" and int(iterations) >= 200_000
    assert len(bytes.fromhex(salt)) >= 16 and len(bytes.fromhex(digest)) == 32
    assert verify_pin("0000", stored)
    assert not verify_pin("1234", stored)


def test_pin_hashing() -> None:
    first, second = hash_pin("4821"), hash_pin("4821")
    assert first != second  # random salt
    assert verify_pin("4821", first) and verify_pin("4821", second)
    assert not verify_pin("4822", first)
    assert not verify_pin("4821", "")
    assert not verify_pin("4821", "pbkdf2_sha256$x$zz$00")
    assert not verify_pin("4821", first.replace("pbkdf2_sha256", "md5"))


def test_attendees_and_badges(demo_db: tuple[Engine, Path]) -> None:
    engine, _ = demo_db
    with Session(engine) as session:
        attendees = session.exec(select(Attendee)).all()
        badges = session.exec(select(Badge)).all()
    assert len(attendees) == N and len(badges) == N
    assert {b.attendee_id for b in badges} == {a.id for a in attendees}
    assert len({b.serial for b in badges}) == N
    assert {a.university for a in attendees} == FIVE_UNIVERSITIES == set(UNIVERSITY_NAMES)
    assert all(a.source == "demo" for a in attendees)
    assert {a.degree for a in attendees} >= {"bachelor", "master", "phd"}
    assert {a.degree for a in attendees} <= {"associate", "bachelor", "master", "phd"}
    assert {a.grad_year for a in attendees} == {2026, 2027}
    assert all(a.school and a.major for a in attendees)
    assert 0.6 <= sum(a.consent for a in attendees) / N <= 0.8


def test_phones_and_student_numbers(demo_db: tuple[Engine, Path]) -> None:
    engine, _ = demo_db
    with Session(engine) as session:
        attendees = session.exec(select(Attendee)).all()
    phones = [a.phone for a in attendees]
    assert len(set(phones)) == N
    assert all(p is not None and re.fullmatch(r"1[3-9]\d{9}", p) for p in phones)
    assert all(a.phone is not None and a.phone_tail == a.phone[-4:] for a in attendees)
    keys = [(a.university, a.student_no) for a in attendees]
    assert len(set(keys)) == N
    assert all(
        a.student_no is not None and re.fullmatch(r"\d{10}", a.student_no) for a in attendees
    )
    med = [a.student_no for a in attendees if a.university == "北京大学医学部"]
    assert med and all(n is not None and n.startswith("00") for n in med)
    assert all(a.email and re.fullmatch(r"[a-z0-9]+@[a-z.]+\.example", a.email) for a in attendees)


def test_showcase_and_unusual_names_are_stored_exactly(demo_db: tuple[Engine, Path]) -> None:
    engine, path = demo_db
    with Session(engine) as session:
        first = session.exec(select(Attendee).order_by(col(Attendee.id))).first()
        zeng = session.exec(select(Attendee).where(Attendee.name == "曾小贤")).one()
        names = session.exec(select(Attendee.name)).all()
    assert first is not None and first.name == "曾小贤"
    assert zeng.university == "北京师范大学"
    assert (zeng.name_pinyin, zeng.name_initials) == ("zengxiaoxian", "zxx")
    assert set(SHOWCASE_NAMES) <= set(names)
    for expected in ("赵孟𫖯", "阿依古丽·买买提", "欧阳娜娜", "迪丽娜尔·艾山"):
        assert expected in names
    assert any(any(ch in RARE_CHARS for ch in n) for n in names)
    assert any(MIDDLE_DOT in n for n in names)
    assert any(n.isascii() and " " in n for n in names)  # a foreign student's Latin name

    con = sqlite3.connect(path)  # an independent reader: the bytes on disk, not the ORM
    try:
        stored = {row[0] for row in con.execute("SELECT name FROM attendee")}
    finally:
        con.close()
    assert "赵孟𫖯" in stored and "阿依古丽\u00b7买买提" in stored
    assert len("赵孟𫖯") == 3 and ord("赵孟𫖯"[2]) == 0x2B5AF  # one code point outside the BMP


def test_same_count_builds_the_same_fair(tmp_path: Path) -> None:
    one = _build(tmp_path / "one.sqlite3", 200)
    two = _build(tmp_path / "two.sqlite3", 200)
    a, b = _fingerprint(one), _fingerprint(two)
    assert len(a) == 200 and a == b
    assert _companies(one) == _companies(two)


def test_students_stream_is_independent_of_count() -> None:
    short = list(iter_students(25, DEMO_SEED))
    longer = list(iter_students(60, DEMO_SEED))
    assert longer[:25] == short
    assert [s.name for s in iter_students(3, DEMO_SEED)] == list(SHOWCASE_NAMES[:3])
    assert list(iter_students(60, DEMO_SEED + 1))[20:] != longer[20:]


def test_second_build_is_refused_and_changes_nothing(demo_db: tuple[Engine, Path]) -> None:
    engine, _ = demo_db
    with pytest.raises(UserError) as caught:
        build_demo(engine, attendees=10)
    assert caught.value.key == "demo.not_empty"
    with Session(engine) as session:
        assert session.exec(select(func.count()).select_from(Fair)).one() == 1
        assert session.exec(select(func.count()).select_from(Attendee)).one() == N


def test_out_of_range_count_is_refused(tmp_path: Path) -> None:
    engine = open_database(tmp_path / "d.sqlite3")
    with pytest.raises(UserError):
        build_demo(engine, attendees=-1)
    with Session(engine) as session:
        assert session.exec(select(func.count()).select_from(Fair)).one() == 0
