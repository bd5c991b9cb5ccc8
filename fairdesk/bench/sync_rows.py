"""Station rows: pack a 50,000-student desk; merge 50 bundles of 2,000 records, and again.

The 50 bundles are what 50 desks' laptops bring back: each station is registered at the organiser
as a pack would register it, and its bundle — sealed, signed, made by the same `seal_bundle` a
station uses — holds 1,900 check-ins of random students and 100 undos. The floors are what SQLite
needs for the same rows (a bare executemany of 100,000 check-ins and one durable commit), reading
and hashing the 50 files, and copying the database with SQLite's backup API.
"""

from __future__ import annotations

import json
import random
import sqlite3
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func
from sqlmodel import select

from fairdesk.bench.table import BenchRow
from fairdesk.core.hlc import HLC
from fairdesk.core.ids import uuid7
from fairdesk.core.sealed import derive_key, new_salt
from fairdesk.core.station_keys import station_key
from fairdesk.services.fairs import current_fair
from fairdesk.services.sync.bundle_file import read_bundle_bytes
from fairdesk.services.sync.bundles import BundleKeys, seal_bundle
from fairdesk.services.sync.merge import merge_bundles
from fairdesk.services.sync.packs import make_pack
from fairdesk.store.engine import open_database, write_session
from fairdesk.store.models import Attendee, Station
from fairdesk.store.seam import changes, to_json

PASSPHRASE = "bench passphrase"
BUNDLES, RECORDS = 50, 2000  # at 50,000 attendees; a smaller store gets smaller bundles


def bench_sync(store: Engine, work: Path) -> list[BenchRow]:
    db = Path(str(store.url.database))
    copy = work / "bench_merge.sqlite3"
    copy_s = _backup(db, copy)
    t = time.perf_counter()
    pack = make_pack(store, role="desk", out=work / "bench.fdpack", passphrase=PASSPHRASE,
                     name="bench desk")  # fmt: skip
    pack_s = time.perf_counter() - t
    rows = [BenchRow(f"pack a {pack.attendees:,}-student desk", pack_s, copy_s, 5.0, "s")]
    engine = open_database(copy, inline_backups=False)
    records = max(20, min(RECORDS, pack.attendees // 25))
    try:
        files = _bundles(engine, work / "bundles", records)
        t = time.perf_counter()
        first = merge_bundles(engine, files, PASSPHRASE)
        merge_s = time.perf_counter() - t
        if first.new != BUNDLES * records:
            raise RuntimeError(f"bench merge took {first.new} of {BUNDLES * records} records")
        t = time.perf_counter()
        again = merge_bundles(engine, files, PASSPHRASE)
        remerge_s = time.perf_counter() - t
        if again.new:
            raise RuntimeError(f"bench re-merge found {again.new} new records")
    finally:
        engine.dispose()
    label = f"{BUNDLES} bundles × {records:,} records"
    floor = _merge_floor(work, db, BUNDLES * records)
    rows.append(BenchRow(f"merge {label}", merge_s, floor, 10.0, "s"))
    rows.append(BenchRow(f"re-merge the same {BUNDLES}", remerge_s, _read_floor(files), 2.0, "s"))
    return rows


def _backup(db: Path, target: Path) -> float:
    t = time.perf_counter()
    source, dest = sqlite3.connect(db), sqlite3.connect(target)
    with dest:
        source.backup(dest)
    source.close()
    dest.close()
    return time.perf_counter() - t


def _bundles(engine: Engine, folder: Path, records: int) -> list[Path]:
    """50 desks' bundles of `records` records each (a twentieth of them undos), as their laptops
    would write them."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(8)
    with write_session(engine) as s:
        fair = current_fair(s)
        people = list(s.exec(select(Attendee.id)).all())
        top = int(s.exec(select(func.max(Station.number))).one() or 0)
        stations = [Station(number=top + i + 1, name=f"签到台{i + 1}", role="desk")
                    for i in range(BUNDLES)]  # fmt: skip
        changes(s).add_all(stations)
    salt = new_salt()
    key = derive_key(PASSPHRASE, salt)
    start = datetime(2026, 4, 18, 1, 30, tzinfo=UTC)
    paths = []
    for station in stations:
        undos = records // 20
        checked = [rng.choice(people) for _ in range(records - undos)]
        entries = _entries(station, checked, undos, start, rng)
        keys = BundleKeys(salt, key, station_key(fair.secret, station.id))
        path = folder / f"{station.number}.fdbundle"
        path.write_bytes(seal_bundle(fair, station, entries, keys))
        paths.append(path)
    return paths


def _entries(
    station: Station, attendees: list[uuid.UUID], undos: int, start: datetime, rng: random.Random
) -> list[list[Any]]:
    node = station.id.hex
    wall = int(start.timestamp() * 1000)
    out: list[list[Any]] = []
    ids = []
    for n, attendee_id in enumerate(attendees):
        at = start + timedelta(seconds=rng.randint(0, 8 * 3600))
        row_id = uuid7()  # as stations make them: time-ordered
        ids.append(row_id)
        values = {"id": row_id, "station_id": station.id, "attendee_id": attendee_id,
                  "kind": "arrival", "arrival_id": None, "method": "badge", "serial": None,
                  "at": at, "undone_at": None}  # fmt: skip
        out.append([n + 1, HLC(wall + n, 0, node).encode(), "checkin", str(row_id), "insert",
                    _json(values)])  # fmt: skip
    for k, row_id in enumerate(rng.sample(ids, undos)):
        seq = len(out) + 1
        undo = {"undone_at": start + timedelta(hours=9, seconds=k)}
        out.append([seq, HLC(wall + seq, 0, node).encode(), "checkin", str(row_id), "update",
                    _json(undo)])  # fmt: skip
    return out


def _json(values: dict[str, Any]) -> Any:
    return json.loads(to_json(values))


def _merge_floor(work: Path, db: Path, n: int) -> float:
    """A bare executemany of the same number of check-ins into a copy, one durable commit."""
    target = work / "bench_merge_floor.sqlite3"
    _backup(db, target)
    con = sqlite3.connect(target)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    people = [r[0] for r in con.execute("SELECT id FROM attendee LIMIT 2000")]
    station = uuid7().hex
    rows = [(uuid7().hex, station, people[i % len(people)], "arrival", None, "badge", None,
             "2026-04-18 09:30:00.000000", None) for i in range(n)]  # fmt: skip
    t = time.perf_counter()
    with con:
        con.executemany(
            "INSERT INTO checkin (id, station_id, attendee_id, kind, arrival_id, method, serial, "
            "at, undone_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    floor = time.perf_counter() - t
    con.close()
    return floor


def _read_floor(files: list[Path]) -> float:
    t = time.perf_counter()
    for path in files:
        read_bundle_bytes(path)
    return time.perf_counter() - t
