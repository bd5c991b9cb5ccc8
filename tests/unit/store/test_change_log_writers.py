"""Two engines on one station file (two windows, or the command line beside the GUI) writing in
turn and at once: each station's sequences stay 1, 2, 3 … and the log's times keep rising in
append order, because every writer reads the log's state inside its own write transaction."""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import Engine

from fairdesk.bench.checkin_rows import badge_codes
from fairdesk.services.demo import build_demo
from fairdesk.services.desk.checkin import CheckInService
from fairdesk.services.stations import station_for
from fairdesk.store.engine import open_database, write_session
from fairdesk.store.models import Station
from fairdesk.store.seam import changes
from tests.unit.store.test_change_log import check_log_matches_tables, log_entries


def _two_engines(tmp_path: Path) -> tuple[Engine, Engine]:
    path = tmp_path / "shared.sqlite3"
    first = open_database(path, inline_backups=False)
    build_demo(first, attendees=30)
    return first, open_database(path, inline_backups=False)


def test_two_engines_taking_turns_continue_each_others_sequences(tmp_path: Path) -> None:
    one, two = _two_engines(tmp_path)
    codes = [code for _serial, code in badge_codes(one, 12)]
    desk_one, desk_two = CheckInService(one), CheckInService(two, station_name="东门")
    for i, code in enumerate(codes):
        # the same local station from both engines, and a named desk from the second
        (desk_one if i % 2 else CheckInService(two)).by_code(code)
        desk_two.by_code(code)
        with write_session(one if i % 3 else two) as s:
            changes(s).add(Station(number=100 + i, name=f"台{i}"))
    entries = check_log_matches_tables(one)
    named = station_for(two, "东门", role="desk")
    assert [e.seq for e in entries if e.station_id == named] == list(range(1, 13))
    one.dispose()
    two.dispose()


def test_two_engines_writing_at_once_never_share_a_sequence(tmp_path: Path) -> None:
    one, two = _two_engines(tmp_path)
    codes = [code for _serial, code in badge_codes(one, 30)]
    before = len(log_entries(one))
    errors: list[BaseException] = []

    def scan(engine: Engine, part: list[str]) -> None:
        desk = CheckInService(engine)
        try:
            for code in part:
                desk.by_code(code)
        except BaseException as exc:  # reported below, in the test's own thread
            errors.append(exc)

    threads = [
        threading.Thread(target=scan, args=(one, codes[0::2])),
        threading.Thread(target=scan, args=(two, codes[1::2])),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    entries = check_log_matches_tables(one)  # sequences 1…n per station, times rising
    assert len(entries) == before + len(codes)
    one.dispose()
    two.dispose()
