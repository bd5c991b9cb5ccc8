"""Desk rows: search-as-you-type p95, and scan → verdict on screen p50/p99, each beside a floor.

Search is timed over realistic queries drawn from the store itself — 汉字 prefixes, full-pinyin
prefixes, initials, 学号 prefixes and phones' last four digits — against a bare sqlite3 indexed
prefix query of the same kind (one query, no ORM, no check-in state). Scan → verdict drives the
real desk screen in an offscreen QApplication, on the store opened as the GUI opens it (its WAL
checkpoints on a thread of their own): a code is submitted as the scanner capture submits it and
the clock stops once the verdict panel has been repainted with that person; the floor is a bare
check-in (lookup + insert + durable commit) in sqlite3 with the station PRAGMAs.
"""

from __future__ import annotations

import logging
import os
import random
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlmodel import col, select

from fairdesk.bench.checkin_rows import badge_codes, checkin_floor, floor_connection, floor_copy
from fairdesk.bench.table import BenchRow, percentile
from fairdesk.services.desk.search import SearchService
from fairdesk.store.engine import close_database, read_session
from fairdesk.store.guard import guard_of
from fairdesk.store.models import Attendee

logger = logging.getLogger(__name__)

SEARCH_QUERIES = 100  # per kind
SCANS = 300
SETTLE_S = 1.0
SCAN_BUDGET_MS = 10.0  # Step 5's target for scan → verdict (DESIGN.md: p99 ≤ 25 ms)
_TOP = "\U0010ffff"


def _queries(engine: Engine, rng: random.Random) -> list[tuple[str, str]]:
    """(column, query) pairs as volunteers type them, drawn from random attendees."""
    with read_session(engine) as s:
        people = s.exec(select(Attendee).order_by(col(Attendee.id))).all()
    sample = rng.sample(list(people), min(len(people), SEARCH_QUERIES))
    out: list[tuple[str, str]] = []
    for a in sample:
        out.append(("name", a.name[: rng.choice((1, 2, 2, 3))]))
        out.append(("name_pinyin", a.name_pinyin[: rng.randint(3, max(3, len(a.name_pinyin)))]))
        out.append(("name_initials", a.name_initials))
        if a.student_no:
            out.append(("student_no", a.student_no[: rng.randint(6, len(a.student_no))]))
        if a.phone_tail:
            out.append(("phone_tail", a.phone_tail))
    rng.shuffle(out)
    return out


def _search_floor(db: Path, queries: list[tuple[str, str]]) -> list[float]:
    con = floor_connection(db)
    samples = []
    for column, text in queries:
        sql = (
            f"SELECT * FROM attendee WHERE {column} >= ? AND {column} < ? "
            f"ORDER BY {column} LIMIT 20"
        )
        start = time.perf_counter()
        con.execute(sql, (text, text + _TOP)).fetchall()
        samples.append((time.perf_counter() - start) * 1000)
    con.close()
    return samples


def _quiet_offscreen_warnings() -> None:
    """The offscreen platform warns about window hints on every show; keep the table readable."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if "propagateSizeHints" not in message and kind != QtMsgType.QtDebugMsg:
            logger.warning("Qt: %s", message)

    qInstallMessageHandler(handler)


def _scan_to_verdict(engine: Engine, codes: list[str]) -> list[float]:
    """Drive the real desk screen offscreen, on the store opened as the GUI opens it; ms from
    submit to the repainted verdict."""
    if os.environ.get("QT_QPA_PLATFORM") is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # The UI is imported here only: the bench measures what the volunteer sees.
    from PySide6.QtWidgets import QApplication

    from fairdesk.app import open_station_database, screen_factories
    from fairdesk.config import Settings
    from fairdesk.ui.desk.screen import DeskScreen
    from fairdesk.ui.tasks import TaskRunner
    from fairdesk.wiring import wire

    app: Any = QApplication.instance() or QApplication([])
    _quiet_offscreen_warnings()
    tasks = TaskRunner()
    path = Path(str(engine.url.database))
    settings = Settings(db_path=path, station_name="bench desk")

    def refused(text: str) -> None:
        raise RuntimeError(f"bench desk cannot open its store: {text}")

    gui_engine = open_station_database(settings, report=refused)
    assert gui_engine is not None
    screen = screen_factories(wire(settings, gui_engine), tasks)["desk"]()
    assert isinstance(screen, DeskScreen)
    screen.sounds.muted = True
    screen.resize(1366, 720)
    screen.show()
    _settle(app, gui_engine)
    shown: list[object] = []
    screen.verdict_shown.connect(shown.append)
    samples = []
    try:
        for code in codes:
            shown.clear()
            start = time.perf_counter()
            screen.submit(code, "scanner")
            while not shown:
                app.processEvents()
            screen.verdict.repaint()
            samples.append((time.perf_counter() - start) * 1000)
            if screen.verdict.outcome not in ("ok", "already"):
                raise RuntimeError(f"bench scan refused: {screen.verdict.outcome}")
    finally:
        screen.close()
        tasks.wait_for_done()
        app.processEvents()
        screen.deleteLater()
        tasks.deleteLater()
        app.processEvents()
        close_database(gui_engine)
    return samples


def _settle(app: Any, engine: Engine) -> None:
    """What a desk does once before its first student, not in a scan: the background integrity
    check of the file, then a second of idle events (the line edit's first cursor blink costs
    ~15 ms once, measured)."""
    guard = guard_of(engine)
    if guard is not None:
        guard.integrity_done.wait(timeout=60)
    until = time.perf_counter() + SETTLE_S
    while time.perf_counter() < until:
        app.processEvents()
        time.sleep(0.005)


def bench_desk(engine: Engine, work: Path) -> list[BenchRow]:
    """Search p95 and scan → verdict p50/p99 on the store, beside their floors."""
    rng = random.Random(3)
    floor_db = floor_copy(engine, work / "bench_desk_floor.sqlite3")

    queries = _queries(engine, rng)
    search = SearchService(engine)
    search.search(queries[0][1])  # warm the statement cache, as the first keystroke does
    samples = []
    for _column, text in queries:
        start = time.perf_counter()
        search.search(text)
        samples.append((time.perf_counter() - start) * 1000)
    floor = _search_floor(floor_db, queries)
    rows = [BenchRow("desk search p95", percentile(samples, 95), percentile(floor, 95), 30.0, "ms")]

    picked = badge_codes(engine, SCANS + 1, newest=True)
    scans = _scan_to_verdict(engine, [c for _s, c in picked])[1:]  # the first warms caches
    scan_floor = checkin_floor(floor_db, [s for s, _c in picked[1:]])
    rows.extend(
        BenchRow(
            f"scan → verdict on screen p{p}",
            percentile(scans, p),
            percentile(scan_floor, p),
            SCAN_BUDGET_MS,
            "ms",
        )
        for p in (50, 99)
    )
    return rows
