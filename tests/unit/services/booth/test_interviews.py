"""Booth interviews: one record per student per company, visits, append-only notes, pending
serials, refusals, filters, and the booth's PIN gate."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from fairdesk.core.codes import Rejection, make_code
from fairdesk.core.pins import hash_pin
from fairdesk.errors import UserError
from fairdesk.services.booth.auth import FREE_ATTEMPTS, BoothAuth
from fairdesk.services.booth.interviews import InterviewService
from fairdesk.services.booth.views import InterviewFilters, check_rating, parse_outcome
from fairdesk.services.fairs import current_fair, ensure_local_station
from fairdesk.store.engine import write_session
from fairdesk.store.models import Badge, Company, Fair, Position, Tag
from tests.factories import FAIR_CODE, SECRET, add_person, new_store

PIN_HASH = hash_pin("2468", salt=b"booth-test-salt!")


def add_company(
    engine: Engine,
    name: str = "中山市翠亨投资有限公司",
    *,
    positions: tuple[str, ...] = ("算法工程师", "管培生"),
    pin_hash: str | None = PIN_HASH,
    tags: tuple[str, ...] = (),
) -> uuid.UUID:
    """A company with positions, a PIN ("2468") and optional organiser tags."""
    with write_session(engine) as s:
        station = ensure_local_station(s)
        fair = current_fair(s)
        company = Company(station_id=station.id, fair_id=fair.id, name=name, pin_hash=pin_hash,
                          phone="0760-88888888", email="hr@example.cn")  # fmt: skip
        s.add(company)
        s.flush()
        for title in positions:
            s.add(Position(station_id=station.id, company_id=company.id, title=title))
        for tag in tags:
            if s.exec(select(Tag).where(Tag.name == tag)).first() is None:
                s.add(Tag(station_id=station.id, company_id=None, name=tag))
        return company.id


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return new_store(tmp_path / "booth.sqlite3")


def test_scan_creates_one_record_and_rescans_add_visits(engine: Engine, tmp_path: Path) -> None:
    company = add_company(engine)
    p = add_person(engine, "欧阳娜娜", university="北京大学", phone="13800001111")
    service = InterviewService(engine, company)
    first = service.scan(p.code, interviewer="王经理")
    assert first.status == "new" and first.interview is not None
    card = first.interview
    assert card.student is not None and card.student.name == "欧阳娜娜"
    assert card.visits == 1 and card.interviewer == "王经理"
    again = service.scan(p.code)
    assert again.status == "visit" and again.interview is not None
    assert again.interview.id == card.id and again.interview.visits == 2
    con = sqlite3.connect(tmp_path / "booth.sqlite3")
    assert con.execute("SELECT count(*) FROM interview").fetchone() == (1,)
    assert con.execute("SELECT count(*) FROM interviewvisit").fetchone() == (2,)
    assert "13800001111" not in repr(again)  # no contact details in what a booth receives


def test_fields_save_one_by_one_and_notes_append(engine: Engine) -> None:
    company = add_company(engine, tags=("沟通好",))
    p = add_person(engine)
    service = InterviewService(engine, company)
    card = service.scan(p.code).interview
    assert card is not None
    position = service.positions()[0]
    service.set_rating(card.id, 4)
    service.set_outcome(card.id, "second_round")
    service.set_position(card.id, position.id)
    assert service.add_tag(" 会 C++ ") == "会 C++"
    service.set_tags(card.id, ["沟通好", "会 C++"])
    service.set_interviewer(card.id, "李工")
    service.add_note(card.id, "李工", "算法基础扎实")
    colleague = InterviewService(engine, company, station_name="booth-2")
    colleague.add_note(card.id, "张总", "可以直接二面")
    saved = service.card(card.id)
    assert (saved.rating, saved.outcome, saved.position_title) == (4, "进入复试", position.title)
    assert saved.tags == ("沟通好", "会 C++") and saved.interviewer == "李工"
    assert [(n.author, n.station, n.text) for n in saved.notes] == [
        ("李工", "中山市翠亨投资有限公司 展位", "算法基础扎实"),  # a desk laptop: the booth
        ("张总", "booth-2", "可以直接二面"),
    ]
    with pytest.raises(UserError):
        service.set_rating(card.id, 6)
    with pytest.raises(UserError):
        service.set_tags(card.id, ["不存在"])
    with pytest.raises(UserError):
        service.add_note(card.id, "李工", "   ")
    assert service.tags() == ["沟通好", "会 C++"]
    assert service.last_interviewer() == "李工"


def test_refusals_with_the_key(engine: Engine) -> None:
    company = add_company(engine)
    p = add_person(engine)
    service = InterviewService(engine, company)
    forged = p.code[:-1] + str((int(p.code[-1]) + 1) % 10)
    assert service.scan(forged).reason == Rejection.FORGED
    assert service.scan("12345").reason == Rejection.MALFORMED
    other = make_code(fair_code=FAIR_CODE + 1, secret=bytes.fromhex(SECRET), serial=1, reissue=0)
    assert service.scan(other).reason == Rejection.OTHER_FAIR
    with write_session(engine) as s:
        badge = s.exec(select(Badge).where(Badge.serial == p.serial)).one()
        badge.reissue = 1
        s.add(badge)
    refused = service.scan(p.code)
    assert refused.status == "refused" and refused.reason == Rejection.REVOKED
    assert refused.reason_message is not None
    assert refused.reason_message.key == "checkin.rejected.revoked"
    assert refused.reason_text == refused.reason_message.render("en")
    assert service.list() == []


def test_without_the_key_only_the_header_is_checked(engine: Engine) -> None:
    company = add_company(engine)
    p = add_person(engine)
    with write_session(engine) as s:
        fair = s.exec(select(Fair)).one()
        fair.secret = ""  # a booth pack carries no signing key
        s.add(fair)
    service = InterviewService(engine, company)
    header_typo = p.code[:3] + str((int(p.code[3]) + 1) % 10) + p.code[4:]
    assert service.scan(header_typo).reason == Rejection.FORGED
    assert service.scan(p.code).status == "new"


def test_unknown_serial_is_kept_pending_and_reopened(engine: Engine) -> None:
    company = add_company(engine)
    walk_in = make_code(fair_code=FAIR_CODE, secret=bytes.fromhex(SECRET), serial=2_000_001,
                        reissue=0)  # fmt: skip
    service = InterviewService(engine, company)
    result = service.scan(walk_in)
    assert result.status == "pending" and result.interview is not None
    card = result.interview
    assert card.is_pending and card.pending_serial == 2_000_001 and card.student is None
    service.set_pending_name(card.id, "  阿依古丽·买买提 ")
    again = service.scan(walk_in)
    assert again.interview is not None and again.interview.id == card.id
    assert again.interview.visits == 2 and again.interview.display_name == "阿依古丽·买买提"
    (row,) = service.list()
    assert row.pending and row.name == "阿依古丽·买买提"


def test_list_filters_and_company_isolation(engine: Engine) -> None:
    ours = add_company(engine, tags=("沟通好",))
    theirs = add_company(engine, "中山大洋电机股份有限公司")
    people = [add_person(engine, n) for n in ("曾小贤", "单田芳", "胡一菲")]
    service = InterviewService(engine, ours)
    cards = [service.scan(p.code).interview for p in people]
    assert all(c is not None for c in cards)
    a, b, c = (x.id for x in cards if x is not None)
    position = service.positions()[1]
    service.set_rating(a, 5)
    service.set_rating(b, 3)
    service.set_outcome(a, "offer")
    service.set_tags(b, ["沟通好"])
    service.set_position(c, position.id)
    other = InterviewService(engine, theirs)
    other.scan(people[0].code)

    def names(**kw: object) -> list[str]:
        return sorted(r.name for r in service.list(InterviewFilters(**kw)))  # type: ignore[arg-type]

    assert names() == ["单田芳", "曾小贤", "胡一菲"]
    assert names(rating=5) == ["曾小贤"]
    assert names(min_rating=3) == ["单田芳", "曾小贤"]
    assert names(outcome="发放意向") == ["曾小贤"]
    assert names(tag="沟通好") == ["单田芳"]
    assert names(position_id=position.id) == ["胡一菲"]
    assert names(text="zxx") == ["曾小贤"]  # initials, with the surname reading of 曾
    assert names(text="shan") == ["单田芳"]
    assert len(other.list()) == 1
    with pytest.raises(UserError):
        other.card(a)  # another company's record is not reachable from this booth
    with pytest.raises(UserError):
        other.set_position(other.list()[0].id, position.id)  # nor its positions


def test_outcome_and_rating_words() -> None:
    assert parse_outcome("offer") == "发放意向" and parse_outcome("简历已收") == "简历已收"
    assert parse_outcome("Second-Round") == "进入复试" and parse_outcome("") is None
    with pytest.raises(UserError):
        parse_outcome("hired")
    assert check_rating(None) is None and check_rating(1) == 1
    with pytest.raises(UserError):
        check_rating(0)


def test_booth_pin_gate(engine: Engine) -> None:
    company = add_company(engine)
    add_company(engine, "无密码公司", pin_hash=None)
    now = [1000.0]
    auth = BoothAuth(engine, clock=lambda: now[0])
    names = [c.name for c in auth.companies()]
    assert names == sorted(names) and "无密码公司" in names
    assert auth.find(" 中山市翠亨投资有限公司 ").id == company
    with pytest.raises(UserError):
        auth.find("不存在的公司")
    assert auth.check_pin(company, "2468")
    for _ in range(FREE_ATTEMPTS):
        assert not auth.check_pin(company, "0000")
    with pytest.raises(UserError, match="Too many"):
        auth.check_pin(company, "2468")
    now[0] += 60
    assert auth.check_pin(company, "2468")
    with pytest.raises(UserError, match="no booth PIN"):
        auth.check_pin(auth.find("无密码公司").id, "0000")


def test_the_interviewer_is_remembered_by_a_new_session_of_the_same_booth(
    tmp_path: Path,
) -> None:
    engine = new_store(tmp_path / "booth.sqlite3")
    company = add_company(engine)
    p = add_person(engine, "欧阳娜娜", university="北京大学")
    InterviewService(engine, company).scan(p.code, interviewer="王经理")
    assert InterviewService(engine, company).last_interviewer() == "王经理"  # after a restart


def test_a_named_desk_is_created_even_when_its_first_check_in_fails(tmp_path: Path) -> None:
    from fairdesk.services.desk.checkin import CheckInService

    engine = new_store(tmp_path / "desk.sqlite3")
    p = add_person(engine)
    service = CheckInService(engine, station_name="东门")
    with pytest.raises(UserError):
        service.by_attendee(uuid.uuid4())  # rolled back
    assert service.by_code(p.code).outcome == "ok"
    con = sqlite3.connect(tmp_path / "desk.sqlite3")
    (station,) = con.execute(
        "SELECT s.name FROM checkin c JOIN station s ON s.id = c.station_id"
    ).fetchone()
    assert station == "东门"
