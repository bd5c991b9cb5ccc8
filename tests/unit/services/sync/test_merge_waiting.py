"""A change that arrives before its row (a check-in of a student whose registration is in a bundle
not merged yet) waits in the ledger and is applied when the row comes, in either order."""

from __future__ import annotations

import base64
import json
import shutil
import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import select

from fairdesk.core.hlc import HLC
from fairdesk.core.ids import uuid7
from fairdesk.core.sealed import derive_key
from fairdesk.core.station_keys import station_key
from fairdesk.services.fairs import current_fair
from fairdesk.services.sync.bundles import BundleKeys, seal_bundle
from fairdesk.services.sync.local import BUNDLE_SALT, get_setting
from fairdesk.services.sync.merge import merge_bundles
from fairdesk.services.sync.overview import list_stations
from fairdesk.store.engine import open_database, read_session
from fairdesk.store.models import Attendee, CheckIn, MergedEntry, Station
from fairdesk.store.seam import to_json
from tests.unit.services.sync.fair_kit import PASSPHRASE

AT = datetime(2026, 4, 18, 2, 0, tzinfo=UTC)


def _bundle(engine: Engine, folder: Path, station_name: str, table: str, values: dict) -> Path:  # type: ignore[type-arg]
    with read_session(engine) as s:
        fair = current_fair(s)
        station = s.exec(select(Station).where(Station.name == station_name)).one()
        salt = base64.b64decode(get_setting(s, BUNDLE_SALT) or "")
    keys = BundleKeys(salt, derive_key(PASSPHRASE, salt), station_key(fair.secret, station.id))
    hlc = HLC(int(AT.timestamp() * 1000) + 999_000, 0, station.id.hex).encode()
    entry = [9_000, hlc, table, str(values["id"]), "insert", json.loads(to_json(values))]
    path = folder / f"{station_name}-{table}.fdbundle"
    path.write_bytes(seal_bundle(fair, station, [entry], keys))
    return path


def _state(engine: Engine) -> tuple[list[tuple[str, str]], int]:
    with read_session(engine) as s:
        rows = s.exec(select(Attendee.name, CheckIn.kind).join(CheckIn,
                      CheckIn.attendee_id == Attendee.id).where(Attendee.name == "孙悟空")).all()  # type: ignore[arg-type]  # fmt: skip
        waiting = len(s.exec(select(MergedEntry).where(MergedEntry.applied == False)).all())  # noqa: E712
        return [tuple(r) for r in rows], waiting  # type: ignore[misc]


def test_a_check_in_before_its_walk_in_waits_then_lands(story: dict[str, object]) -> None:
    tmp = story["tmp"]
    assert isinstance(tmp, Path)
    folder = tmp / "waiting"
    folder.mkdir()
    base = open_database(tmp / "packed.sqlite3", inline_backups=False)
    with read_session(base) as s:
        fair = current_fair(s)
        desk2 = s.exec(select(Station).where(Station.name == "签到台2")).one()
        desk1 = s.exec(select(Station).where(Station.name == "签到台1")).one()
    person = uuid7()
    attendee = {"id": person, "station_id": desk2.id, "fair_id": fair.id, "name": "孙悟空",
                "name_pinyin": "sunwukong", "name_initials": "swk", "student_no": "90001",
                "university": "花果山大学", "school": "", "major": "", "degree": None,
                "grad_year": None, "phone": None, "phone_tail": None, "email": None,
                "consent": False, "source": "walk-in",
                "created_at": AT, "updated_at": AT}  # fmt: skip
    checkin = {"id": uuid.uuid4(), "station_id": desk1.id, "attendee_id": person,
               "kind": "reentry", "arrival_id": uuid.uuid4(), "method": "badge", "serial": None,
               "at": AT, "undone_at": None}  # fmt: skip
    registration = _bundle(base, folder, "签到台2", "attendee", attendee)
    scan = _bundle(base, folder, "签到台1", "checkin", checkin)
    base.dispose()
    results = []
    for order in ([scan, registration], [registration, scan]):
        copy = folder / f"org-{order[0].stem}.sqlite3"
        shutil.copy(tmp / "packed.sqlite3", copy)
        engine = open_database(copy, inline_backups=False)
        merge_bundles(engine, [order[0]], PASSPHRASE)
        if order[0] == scan:
            assert _state(engine) == ([], 1)  # the check-in waits for its student
            waits = {st.name: st.waiting for st in list_stations(engine)}
            assert waits["签到台1"] == 1 and waits["签到台2"] == 0  # the Stations tool says so
        merge_bundles(engine, [order[1]], PASSPHRASE)
        results.append(_state(engine))
        assert {st.waiting for st in list_stations(engine)} == {0}
        engine.dispose()
    assert results[0] == results[1] == ([("孙悟空", "arrival")], 0)
