"""An organiser's own edit has a clock: a station's older change of the same field, merged
after it, does not overwrite it (and the report says so); a newer one does."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import col, select

from fairdesk.services.fairs import local_station
from fairdesk.services.sync.merge import merge_bundles
from fairdesk.store.engine import read_session, write_session
from fairdesk.store.models import Attendee
from fairdesk.store.seam import changes
from tests.unit.services.sync.fair_kit import PASSPHRASE, bundle, organiser, station


def _set_phone(engine: object, student: object, phone: str) -> None:
    with write_session(engine) as s:  # type: ignore[arg-type]
        person = s.get(Attendee, student)
        assert person is not None
        changes(s, local_station(s).id).update(person, phone=phone)


def test_an_older_desk_edit_merged_later_keeps_the_organisers_newer_one(tmp_path: Path) -> None:
    org = organiser(tmp_path / "org")
    desk = station(org, tmp_path / "desk", "desk", "签到台1")
    with read_session(org) as s:
        first, second = s.exec(select(Attendee).order_by(col(Attendee.student_no))).all()[:2]
    _set_phone(desk, first.id, "13800000001")  # the desk (organiser PIN) first …
    _set_phone(org, first.id, "13900000002")  # … then the organiser's correction
    _set_phone(org, second.id, "13900000003")  # the organiser first …
    _set_phone(desk, second.id, "13800000004")  # … then the desk's, newer
    merged = merge_bundles(org, [bundle(desk, tmp_path / "out")], PASSPHRASE)
    with read_session(org) as s:
        assert s.get(Attendee, first.id).phone == "13900000002"  # type: ignore[union-attr]
        assert s.get(Attendee, second.id).phone == "13800000004"  # type: ignore[union-attr]
    said = " ".join(str(line) for line in merged.report)
    assert "13900000002" in said and "13800000001" in said  # kept, and what it overwrote
    assert merged.conflicts == 2
