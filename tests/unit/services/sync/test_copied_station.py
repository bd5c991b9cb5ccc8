"""A station file copied to a second laptop and used on both: one identity, two diverging
histories. The merge says so, and keeps the records of both."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlmodel import func, select

from fairdesk.services.desk.checkin import CheckInService
from fairdesk.services.desk.registration import RegistrationService, WalkInForm
from fairdesk.services.sync.merge import merge_bundles
from fairdesk.store.engine import open_database, read_session
from fairdesk.store.models import Attendee, CheckIn
from tests.unit.services.sync.fair_kit import PASSPHRASE, bundle, code_of, organiser, station


def test_a_copied_station_file_is_reported_and_nothing_of_either_is_lost(tmp_path: Path) -> None:
    org = organiser(tmp_path / "org")
    desk = station(org, tmp_path / "one", "desk", "签到台1")
    CheckInService(desk).by_code(code_of(org, "7"))  # before the copy: on both laptops
    desk.dispose()
    copy_path = tmp_path / "two" / "签到台1.sqlite3"
    copy_path.parent.mkdir()
    shutil.copy(tmp_path / "one" / "签到台1.sqlite3", copy_path)
    one = open_database(tmp_path / "one" / "签到台1.sqlite3", inline_backups=False)
    two = open_database(copy_path, inline_backups=False)
    CheckInService(one).by_code(code_of(org, "2022110201"))
    CheckInService(two).by_code(code_of(org, "2022110202"))
    RegistrationService(one).register(WalkInForm(name="孙悟空", university="花果山大学",
                                                 student_no="1"))  # fmt: skip
    RegistrationService(two).register(WalkInForm(name="猪八戒", university="高老庄大学",
                                                 student_no="2"))  # fmt: skip
    bundles = [bundle(one, tmp_path / "stick1"), bundle(two, tmp_path / "stick2")]
    summary = merge_bundles(org, bundles, PASSPHRASE)
    keys = [line.key for line in summary.report]
    assert "merge.copied_station" in keys
    assert "merge.serial_twice" in keys  # both laptops minted the same first walk-in serial
    with read_session(org) as s:
        names = set(s.exec(select(Attendee.name).where(Attendee.source == "walk-in")).all())
        assert names == {"孙悟空", "猪八戒"}
        arrivals = s.exec(select(func.count()).select_from(CheckIn)
                          .where(CheckIn.kind == "arrival")).one()  # fmt: skip
        assert arrivals == 5  # 胡一菲 once (on both laptops before the copy), 2 + 2 after it
    again = merge_bundles(org, list(reversed(bundles)), PASSPHRASE)
    assert (again.new, again.conflicts) == (0, 0)
