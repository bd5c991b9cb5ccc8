"""THE PRIVACY TEST: every byte of an unpacked booth database (and its -wal and -shm) is searched
for every phone, e-mail and 学号 of the organiser's roster, the fair secret, and other companies'
names, PIN hashes, tags and notes: zero hits. A desk pack file on a lost stick shows none of them
either. The same search finds what the booth should hold, so it can fail."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import select

from fairdesk.services.booth.interviews import InterviewService
from fairdesk.services.sync.packs import make_pack, unpack
from fairdesk.store.engine import read_session
from fairdesk.store.models import Attendee, Company, Fair
from tests.unit.services.sync import test_packs
from tests.unit.services.sync.test_packs import (
    ODD_STUDENTS,
    PASSPHRASE,
    Organiser,
    roster_code,
    station_db,
)

organiser_template = test_packs.organiser_template  # the shared fixtures
organiser = test_packs.organiser


def files_of(db: Path) -> bytes:
    """The database file and its WAL and shared-memory files, as they are on disk now."""
    parts = [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")]
    return b"".join(p.read_bytes() for p in parts if p.exists())


def hits(data: bytes, needles: set[str]) -> list[str]:
    return sorted(n for n in needles if n and n.encode("utf-8") in data)


def test_a_booth_database_holds_no_contact_details_no_secret_and_no_other_company(
    organiser: Organiser, tmp_path: Path
) -> None:
    org = organiser.engine
    _, code = roster_code(org, 3)
    other = InterviewService(org, organiser.other.id)
    card = other.scan(code, interviewer="别家面试官甲")
    assert card.interview is not None
    other.add_note(card.interview.id, "别家面试官甲", "别家的机密评语 XYZZY")
    other.add_tag("别家专用标签")
    own = InterviewService(org, organiser.own.id)
    mine = own.scan(code, interviewer="本家面试官")
    assert mine.interview is not None
    own.add_note(mine.interview.id, "本家面试官", "本家评语 PLUGH")

    with read_session(org) as s:
        fair = s.exec(select(Fair)).one()
        students = s.exec(select(Attendee)).all()
        companies = s.exec(select(Company)).all()
    private = {a.phone for a in students} | {a.email for a in students}
    private |= {a.student_no for a in students}
    private.discard(None)
    assert {number for _, number, _, _ in ODD_STUDENTS} <= private
    others = [c for c in companies if c.id != organiser.own.id]
    secrets = {fair.secret, fair.secret.upper()}
    hashes = {c.pin_hash for c in others if c.pin_hash}
    assert organiser.own.pin_hash not in hashes and len(hashes) >= 2
    names = {c.name for c in others if c.name not in organiser.own.name}
    theirs = {"别家的机密评语 XYZZY", "别家面试官甲", "别家专用标签"}

    pack = tmp_path / "booth.pack"
    make_pack(org, role="booth", company=organiser.own.name, out=pack, passphrase=PASSPHRASE)
    db = tmp_path / "booth.sqlite3"
    booth = station_db(db)
    unpack(booth, pack, PASSPHRASE)
    InterviewService(booth, organiser.own.id).scan(code)  # the booth at work
    for moment in ("open", "closed"):
        data = files_of(db)
        assert hits(data, private) == [], moment
        assert hits(data, secrets) == [] and bytes.fromhex(fair.secret) not in data, moment
        assert hits(data, hashes) == [], moment
        assert hits(data, names) == [], moment
        assert hits(data, theirs) == [], moment
        # what a booth should hold is found by the same search
        assert hits(data, {organiser.own.name, "本家评语 PLUGH", students[3].name}) == sorted(
            {organiser.own.name, "本家评语 PLUGH", students[3].name}
        )
        assert organiser.own.pin_hash and organiser.own.pin_hash.encode() in data
        booth.dispose()

    sealed = pack.read_bytes()
    desk_pack = tmp_path / "desk.pack"
    make_pack(org, role="desk", name="东门", out=desk_pack, passphrase=PASSPHRASE)
    for data in (sealed, desk_pack.read_bytes()):
        assert hits(data, private | secrets | hashes) == []
        assert hits(data, {students[3].name, "本家评语 PLUGH"}) == []  # the payload is encrypted
    assert organiser.own.name.encode() in sealed  # the clear header says whose booth it is
