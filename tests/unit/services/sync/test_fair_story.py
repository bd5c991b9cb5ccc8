"""The whole story of one fair on five laptops, on real files.

Organiser → two desk packs, two booth packs of one company and one of another → offline work on
each (overlapping check-ins, the same walk-in at both desks, a reissue, one student met by both
booth laptops, a booth scanning a walk-in's new badge) → bundles → merged in two orders into two
copies of the organiser's file → identical exports; merged again → nothing changes; a flipped
byte and another fair's bundle → refused, nothing merged.
"""

from __future__ import annotations

import shutil
from datetime import UTC
from pathlib import Path

import pytest
from sqlalchemy import Engine, func
from sqlmodel import select

from fairdesk.core.vocabulary import Outcome
from fairdesk.services.desk.checkin import CheckInService
from fairdesk.services.sync.merge import merge_bundles
from fairdesk.store.engine import open_database, read_session
from fairdesk.store.models import Attendee, Badge, CheckIn, Interview, InterviewNote, Tag
from tests.unit.services.sync.fair_kit import (
    PASSPHRASE,
    bundle,
    code_of,
    organiser,
    station,
)
from tests.unit.services.sync.story_work import T0, exports


def test_any_order_gives_the_sameexports(story: dict[str, object]) -> None:
    tmp = story["tmp"]
    assert isinstance(tmp, Path)
    one = exports(story["org"], tmp / "x1")  # type: ignore[arg-type]
    two = exports(story["other"], tmp / "x2")  # type: ignore[arg-type]
    assert one == two
    assert story["first"].conflicts == story["second"].conflicts  # type: ignore[attr-defined]
    assert story["first"].bundles == 5 and story["first"].new > 0  # type: ignore[attr-defined]


def test_merging_again_changes_nothing(story: dict[str, object]) -> None:
    org = story["org"]
    assert isinstance(org, Engine)
    tmp = story["tmp"]
    assert isinstance(tmp, Path)
    before = exports(org, tmp / "y1")
    again = merge_bundles(org, story["bundles"], PASSPHRASE)  # type: ignore[arg-type]
    assert (again.bundles, again.new, again.conflicts) == (5, 0, 0)
    assert again.duplicate == story["first"].new + story["first"].duplicate  # type: ignore[attr-defined]
    assert exports(org, tmp / "y2") == before


def test_one_arrival_the_earliest_and_undos_honoured(story: dict[str, object]) -> None:
    with read_session(story["org"]) as s:  # type: ignore[arg-type]
        na = s.exec(select(Attendee).where(Attendee.student_no == "2022110201")).one()
        rows = s.exec(select(CheckIn).where(CheckIn.attendee_id == na.id)
                      .order_by(CheckIn.at)).all()  # fmt: skip
        assert [r.kind for r in rows] == ["arrival", "reentry", "reentry"]
        assert rows[0].at.replace(tzinfo=UTC) == T0
        assert all(r.arrival_id == rows[0].id for r in rows[1:])
        zxx = s.exec(select(Attendee).where(Attendee.student_no == "2022110202")).one()
        kept = s.exec(select(CheckIn).where(CheckIn.attendee_id == zxx.id,
                                            CheckIn.undone_at.is_(None))).all()  # type: ignore[union-attr]  # fmt: skip
        assert [r.kind for r in kept] == ["arrival"]


def test_the_walk_in_registered_twice_is_one_student_with_two_valid_badges(
    story: dict[str, object],
) -> None:
    org = story["org"]
    assert isinstance(org, Engine)
    with read_session(org) as s:
        people = s.exec(select(Attendee).where(Attendee.name == "王小明")).all()
        assert len(people) == 1
        badges = s.exec(select(Badge).where(Badge.attendee_id == people[0].id)).all()
        assert len(badges) == 2
    codes = story["codes"]
    assert isinstance(codes, dict)
    desk = CheckInService(org)
    assert desk.by_code(codes["walk1"]).outcome in ("ok", "already")
    assert desk.by_code(codes["walk2"]).outcome == "already"
    assert any("王小明" in str(line) for line in story["first"].report)  # type: ignore[attr-defined]


def test_one_interview_per_student_with_every_note_and_the_latest_rating(
    story: dict[str, object],
) -> None:
    with read_session(story["org"]) as s:  # type: ignore[arg-type]
        na = s.exec(select(Attendee).where(Attendee.student_no == "2022110201")).one()
        (iv,) = s.exec(select(Interview).where(Interview.attendee_id == na.id)).all()
        assert (iv.rating, iv.outcome, iv.visits) == (5, Outcome.SECOND_ROUND.stored, 2)
        assert iv.tags == "沟通好"
        assert s.exec(select(func.count()).select_from(Tag).where(Tag.name == "沟通好")).one() == 1
        notes = s.exec(select(InterviewNote.text).where(InterviewNote.interview_id == iv.id)).all()
        assert sorted(notes) == sorted(["会 Python", "英语好"])
        walk = s.exec(select(Attendee).where(Attendee.name == "王小明")).one()
        pending = s.exec(select(Interview).where(Interview.attendee_id == walk.id)).one()
        assert pending.pending_serial is None
        assert s.exec(select(func.count()).select_from(Interview)
                      .where(Interview.attendee_id.is_(None))).one() == 0  # type: ignore[union-attr]  # fmt: skip
    report = [str(line) for line in story["first"].report]  # type: ignore[attr-defined]
    assert any("rating" in line and "5" in line and "4" in line for line in report)
    assert "merged 5 bundles" in (story["tmp"] / "report.txt").read_text(encoding="utf-8")  # type: ignore[operator]


def test_the_reissue_revokes_the_old_code_at_the_organiser(story: dict[str, object]) -> None:
    codes = story["codes"]
    assert isinstance(codes, dict)
    desk = CheckInService(story["other"])  # type: ignore[arg-type]
    assert desk.by_code(codes["old_lzq"]).outcome == "rejected"
    assert desk.by_code(codes["new_lzq"]).outcome in ("ok", "already")


def _tables(engine: Engine) -> dict[str, int]:
    from sqlalchemy import text

    names = ("attendee", "badge", "checkin", "interview", "merged_entry", "merged_bundle")
    with engine.connect() as conn:
        return {n: conn.execute(text(f"SELECT count(*) FROM {n}")).scalar_one() for n in names}


@pytest.mark.parametrize("where", [0.02, 0.5, 0.999])
def test_a_flipped_byte_is_refused_and_nothing_merged(
    story: dict[str, object], where: float
) -> None:
    tmp, bundles = story["tmp"], story["bundles"]
    assert isinstance(tmp, Path) and isinstance(bundles, list)
    data = bytearray(bundles[0].read_bytes())
    data[int(len(data) * where)] ^= 0x01
    bad = tmp / f"flipped-{where}.fdbundle"
    bad.write_bytes(bytes(data))
    fresh = tmp / f"fresh-{where}.sqlite3"
    shutil.copy(tmp / "packed.sqlite3", fresh)
    engine = open_database(fresh, inline_backups=False)
    before = _tables(engine)
    summary = merge_bundles(engine, [bad], PASSPHRASE)
    assert (summary.bundles, summary.refused, summary.new) == (0, 1, 0)
    assert _tables(engine) == before
    assert summary.report[0].key == "merge.refused"


def test_another_fairs_bundle_is_refused_by_name(story: dict[str, object]) -> None:
    tmp = story["tmp"]
    assert isinstance(tmp, Path)
    elsewhere = organiser(tmp / "elsewhere", fair_code=135791, name="秋季双选会")
    desk = station(elsewhere, tmp / "elsewhere-desk", "desk", "签到台1")
    CheckInService(desk).by_code(code_of(elsewhere, "7"))
    foreign = bundle(desk, tmp / "elsewhere-stick")
    org = story["org"]
    assert isinstance(org, Engine)
    before = _tables(org)
    summary = merge_bundles(org, [foreign], PASSPHRASE)
    assert (summary.bundles, summary.refused) == (0, 1)
    why = summary.report[0].params["why"]  # type: ignore[attr-defined]
    assert why.key == "merge.other_fair" and "秋季双选会" in str(why)
    assert _tables(org) == before


def test_a_wrong_passphrase_merges_nothing(story: dict[str, object]) -> None:
    tmp, bundles = story["tmp"], story["bundles"]
    assert isinstance(tmp, Path) and isinstance(bundles, list)
    fresh = tmp / "wrong-passphrase.sqlite3"
    shutil.copy(tmp / "packed.sqlite3", fresh)
    engine = open_database(fresh, inline_backups=False)
    before = _tables(engine)
    summary = merge_bundles(engine, bundles, "not the passphrase")
    assert (summary.bundles, summary.refused) == (0, 5)
    assert summary.report[0].params["why"].key == "sealed.damaged_or_wrong"  # type: ignore[attr-defined]
    assert _tables(engine) == before


def test_every_station_seals_with_the_organisers_one_salt(story: dict[str, object]) -> None:
    """So a merge of fifty bundles derives the passphrase's key once."""
    from fairdesk.core.sealed import read_header

    bundles = story["bundles"]
    assert isinstance(bundles, list)
    salts = {read_header(p.read_bytes(), p.name).salt for p in bundles}
    assert len(salts) == 1
