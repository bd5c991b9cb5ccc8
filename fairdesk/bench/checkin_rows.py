"""Check-in row: verify + look up + durable commit, against bare SQLite doing the same I/O."""

from __future__ import annotations

import sqlite3
import time
import uuid
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import col, select

from fairdesk.bench.table import BenchRow, percentile
from fairdesk.core.codes import make_code
from fairdesk.services.desk.checkin import CheckInService
from fairdesk.services.fairs import current_fair, fair_secret
from fairdesk.store.engine import read_session
from fairdesk.store.models import Badge


def badge_codes(engine: Engine, count: int, *, newest: bool = False) -> list[tuple[int, str]]:
    """(serial, code) of the first `count` badges by serial (the last ones with `newest`)."""
    order = col(Badge.serial).desc() if newest else col(Badge.serial)
    with read_session(engine) as s:
        fair = current_fair(s)
        key = fair_secret(fair)
        badges = s.exec(select(Badge).order_by(order).limit(count)).all()
        return [
            (b.serial, make_code(fair_code=fair.code, secret=key, serial=b.serial,
                                 reissue=b.reissue))
            for b in badges
        ]  # fmt: skip


def floor_copy(engine: Engine, target: Path) -> Path:
    """A copy of the store at `target` (sqlite3's online backup), for the raw-sqlite3 floors."""
    src, dst = sqlite3.connect(Path(str(engine.url.database))), sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.close()
    return target


STATION_PRAGMAS = ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON", "busy_timeout=5000")


def floor_connection(db: Path) -> sqlite3.Connection:
    """A bare sqlite3 connection with the station's PRAGMAs, for floors."""
    con = sqlite3.connect(db, isolation_level=None)
    for pragma in STATION_PRAGMAS:
        con.execute(f"PRAGMA {pragma}")
    return con


def checkin_floor(db: Path, serials: list[int]) -> list[float]:
    """The same reads and one insert per scan in raw sqlite3 with the station PRAGMAs (ms)."""
    con = floor_connection(db)
    station = con.execute("SELECT id FROM station LIMIT 1").fetchone()[0]
    samples = []
    for serial in serials:
        start = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        attendee = con.execute(
            "SELECT a.id FROM badge b JOIN attendee a ON a.id = b.attendee_id WHERE b.serial = ?",
            (serial,),
        ).fetchone()[0]
        con.execute(
            "SELECT id FROM checkin WHERE attendee_id = ? AND kind = 'arrival' LIMIT 1",
            (attendee,),
        ).fetchone()
        con.execute(
            "INSERT INTO checkin (id, station_id, attendee_id, kind, method, serial, at) "
            "VALUES (?, ?, ?, 'arrival', 'badge', ?, datetime('now'))",
            (uuid.uuid4().hex, station, attendee, serial),
        )
        con.execute("COMMIT")
        samples.append((time.perf_counter() - start) * 1000)
    con.close()
    return samples


def bench_checkin(engine: Engine, work: Path, scans: int) -> list[BenchRow]:
    """p50 and p99 of a check-in by code on the full store, beside the bare floor."""
    codes = [code for _serial, code in badge_codes(engine, scans)]
    floor_db = floor_copy(engine, work / "bench_floor.sqlite3")
    service = CheckInService(engine)
    service.by_code(codes[0])  # warm the fair key and station cache, as a station does at start
    samples = []
    for code in codes[1:]:
        start = time.perf_counter()
        result = service.by_code(code)
        samples.append((time.perf_counter() - start) * 1000)
        if result.outcome != "ok":
            raise RuntimeError(f"bench check-in failed: {result}")
    floor = checkin_floor(floor_db, [int(c[8:17]) for c in codes[1:]])
    return [
        BenchRow(f"check-in by code p{p}", percentile(samples, p), percentile(floor, p), 25.0, "ms")
        for p in (50, 99)
    ]
