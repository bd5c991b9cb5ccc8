"""Floor plan rows: a hall of 1,000 booths opened in the editor, and drag-drop repaints.

The store is a fair of its own (400 companies in 8 sectors, a 20 × 50 grid with an aisle after
every second row, half the booths assigned) so the rows do not depend on the attendee count.
*Open* is what a person waits for: the service reads the plan, the scene is built (one cached
item per booth, aisle and label) and the view paints the whole hall once into an offscreen
grab. *Drop* is one company dropped onto a free booth: the service's assignment (one write
transaction through the seam), the booth's item updated, the view's events processed and its
booth's part of the viewport repainted at once — p95 over 100 drops. The floors: a bare
QGraphicsScene of 1,000 plain rectangles built and grabbed; a bare SQLite UPDATE + durable
commit of one booth with one rectangle recoloured and its part of the viewport repainted.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import time
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlmodel import col, select

from fairdesk.bench.table import BenchRow, percentile
from fairdesk.services.fairs import create_fair, current_fair, ensure_local_station, local_station
from fairdesk.services.floorplan.booths import make_grid
from fairdesk.services.floorplan.service import FloorPlanService
from fairdesk.store.engine import open_database, read_session, write_session
from fairdesk.store.models import Booth, Company, Position
from fairdesk.store.seam import changes

ROWS, COLS, COMPANIES, DROPS, OPENS = 20, 50, 400, 100, 3
HALL = "1号馆"
SECTORS = ("互联网", "智能制造", "金融", "新能源", "生物医药", "教育", "半导体", "消费")
VIEW_W, VIEW_H = 1366, 720


def _store(work: Path) -> FloorPlanService:
    path = work / "bench_floor.sqlite3"
    for old in work.glob("bench_floor.sqlite3*"):
        old.unlink()
    engine = open_database(path, inline_backups=False)
    with write_session(engine) as s:
        station = ensure_local_station(s, name="主办方")
        create_fair(s, station=station, name="展位图基准", code=135791)
    _companies(engine, range(COMPANIES))
    make_grid(engine, hall=HALL, rows=ROWS, cols=COLS, prefix="A", aisle_every=2)
    service = FloorPlanService(engine)
    service.auto_assign()  # 400 of the 1,000 booths taken
    _companies(engine, range(COMPANIES, COMPANIES + DROPS))  # the ones dropped in the bench
    return service


def _companies(engine: Engine, numbers: range) -> None:
    with write_session(engine) as s:
        fair, station = current_fair(s), local_station(s)
        made = [Company(station_id=station.id, fair_id=fair.id, name=f"基准企业{n:03d}有限公司",
                        sector=SECTORS[n % len(SECTORS)]) for n in numbers]  # fmt: skip
        changes(s).add_all(made)
        pairs = zip(numbers, made, strict=True)
        changes(s).add_all([Position(station_id=station.id, company_id=c.id, title="工程师",
                                     headcount=1 + n % 30) for n, c in pairs])  # fmt: skip


def _app() -> Any:
    if os.environ.get("QT_QPA_PLATFORM") is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _open(service: FloorPlanService) -> tuple[float, Any, Any]:
    from fairdesk.ui.organiser.floor_scene import FloorScene
    from fairdesk.ui.organiser.floor_view import FloorView

    start = time.perf_counter()
    plan = service.read_plan(HALL)
    scene = FloorScene()
    scene.show_plan(plan)
    view = FloorView(scene)
    view.resize(VIEW_W, VIEW_H)
    view.fit_all()
    view.grab()
    return time.perf_counter() - start, scene, view


def _floor_open() -> tuple[float, Any, Any]:
    from PySide6.QtGui import QBrush, QColor
    from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

    start = time.perf_counter()
    scene = QGraphicsScene()
    brush = QBrush(QColor("#b9d7f0"))
    rects = [scene.addRect(60.0 * (i % COLS), 90.0 * (i // COLS), 58, 58) for i in range(1000)]
    for rect in rects:
        rect.setBrush(brush)
    view = QGraphicsView(scene)
    view.resize(VIEW_W, VIEW_H)
    view.fitInView(scene.itemsBoundingRect())
    view.grab()
    view.scene_ref = scene  # type: ignore[attr-defined]  # the view does not own its scene
    return time.perf_counter() - start, rects, view


def bench_floor(work: Path) -> list[BenchRow]:
    app = _app()
    service = _store(work)
    opens, floors = [], []
    for _ in range(OPENS):
        seconds, scene, view = _open(service)
        opens.append(seconds)
        view.deleteLater()
        floor_s, _rects, floor_view = _floor_open()
        floors.append(floor_s)
        floor_view.deleteLater()
        app.processEvents()
    seconds, scene, view = _open(service)
    view.show()
    app.processEvents()
    with read_session(service.engine) as s:
        free = [b.id for b in s.exec(select(Booth).where(col(Booth.company_id).is_(None)))]
    waiting = [c.id for c in service.read_plan(HALL).companies if not c.booths]
    samples = []
    for booth_id, company_id in zip(free[:DROPS], waiting[:DROPS], strict=False):
        start = time.perf_counter()
        change = service.assign(booth_id, company_id)
        scene.update_booths(change.booths)
        app.processEvents()
        _repaint(view, scene.booths[booth_id])
        samples.append((time.perf_counter() - start) * 1000)
    view.close()
    view.deleteLater()
    floor_samples = _floor_drops(app, Path(str(service.engine.url.database)), free[DROPS:])
    app.processEvents()
    service.engine.dispose()
    n = len(samples)
    return [
        BenchRow("floor plan, 1,000 booths: open", statistics.median(opens),
                 statistics.median(floors), 1.0, "s"),
        BenchRow(f"floor plan drag-drop repaint p95 ({n} drops)", percentile(samples, 95),
                 percentile(floor_samples, 95), 16.0, "ms"),
    ]  # fmt: skip


def _repaint(view: Any, item: Any) -> None:
    """Repaint, synchronously, the part of the viewport the changed item covers (what Qt
    repaints after a drop; the whole hall is not drawn again)."""
    view.viewport().repaint(view.mapFromScene(item.sceneBoundingRect()).boundingRect())


def _floor_drops(app: Any, db: Path, booths: list[uuid.UUID]) -> list[float]:
    """A bare SQLite UPDATE of one booth and a durable commit (the same PRAGMAs), one plain
    rectangle recoloured and its part of the viewport repainted."""
    from PySide6.QtGui import QBrush, QColor

    con = sqlite3.connect(db, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    company = con.execute("SELECT id FROM company LIMIT 1").fetchone()[0]
    _seconds, rects, view = _floor_open()
    view.show()
    app.processEvents()
    brushes = [QBrush(QColor("#f6c9a8")), QBrush(QColor("#c8e6b5"))]
    samples = []
    for i, booth_id in enumerate(booths[:DROPS]):
        start = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        con.execute("UPDATE booth SET company_id = ? WHERE id = ?", (company, booth_id.hex))
        con.execute("COMMIT")
        rect = rects[(i * 7) % len(rects)]
        rect.setBrush(brushes[i % 2])
        app.processEvents()
        _repaint(view, rect)
        samples.append((time.perf_counter() - start) * 1000)
    con.close()
    view.close()
    view.deleteLater()
    return samples
