"""Import rows: a 50,000-student roster as CSV and as XLSX, against bare parsing."""

from __future__ import annotations

import csv
import time
from collections.abc import Iterator
from pathlib import Path

from openpyxl import Workbook, load_workbook
from sqlalchemy import Engine

from fairdesk.bench.table import BenchRow
from fairdesk.core.demo_students import iter_students
from fairdesk.core.vocabulary import Degree
from fairdesk.services.fairs import create_fair, ensure_local_station
from fairdesk.services.importing.attendees import import_attendees
from fairdesk.store.engine import open_database, write_session

HEADER = ("姓名", "学号", "学校", "学院", "专业", "学历", "毕业年份", "手机", "邮箱")
BENCH_SECRET = "5a" * 32
CSV_BUDGET_S = 2.0  # Step 5's target; DESIGN.md's budget is 5 s


def roster_rows(n: int) -> Iterator[tuple[str, ...]]:
    """Roster rows as a university office sends them (Chinese headers and degree words)."""
    for s in iter_students(n, seed=7):
        yield (
            s.name, s.student_no, s.university, s.school, s.major, Degree(s.degree).words.zh,
            f"{s.grad_year}届", s.phone, s.email,
        )  # fmt: skip


def write_rosters(work: Path, n: int) -> tuple[Path, Path]:
    csv_path, xlsx_path = work / f"roster_{n}.csv", work / f"roster_{n}.xlsx"
    rows = list(roster_rows(n))
    with csv_path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        writer.writerows(rows)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append([f"{n}人双选会报名名单"])  # a title row above the header, as offices send
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    wb.save(xlsx_path)
    return csv_path, xlsx_path


def new_bench_store(path: Path) -> Engine:
    engine = open_database(path)
    with write_session(engine) as s:
        station = ensure_local_station(s)
        create_fair(s, station=station, name="bench fair", code=424242, secret=BENCH_SECRET)
    return engine


def _floor_csv(path: Path) -> float:
    start = time.perf_counter()
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for _ in csv.reader(fh):
            pass
    return time.perf_counter() - start


def _floor_xlsx(path: Path) -> float:
    start = time.perf_counter()
    wb = load_workbook(path, read_only=True, data_only=True)
    for _ in wb.worksheets[0].iter_rows(values_only=True):
        pass
    wb.close()
    return time.perf_counter() - start


def _timed_import(store: Path, roster: Path) -> tuple[float, Engine]:
    engine = new_bench_store(store)
    start = time.perf_counter()
    report = import_attendees(engine, roster, rejects_path=store.with_suffix(".rejects.csv"))
    elapsed = time.perf_counter() - start
    if report.rejected or report.imported == 0:
        raise RuntimeError(f"bench roster did not import cleanly: {report.summary()}")
    return elapsed, engine


def bench_imports(work: Path, n: int, rows: list[BenchRow]) -> Engine:
    """Append the import rows; return the CSV-imported store for the next rows."""
    csv_path, xlsx_path = write_rosters(work, n)
    label = f"{n:,}"
    csv_s, engine = _timed_import(work / "bench_csv.sqlite3", csv_path)
    csv_floor = _floor_csv(csv_path)
    rows.append(BenchRow(f"import {label}-row roster, CSV", csv_s, csv_floor, CSV_BUDGET_S, "s"))
    xlsx_s, xlsx_engine = _timed_import(work / "bench_xlsx.sqlite3", xlsx_path)
    xlsx_engine.dispose()
    floor = _floor_xlsx(xlsx_path)
    rows.append(BenchRow(f"import {label}-row roster, XLSX", xlsx_s, floor, 20.0, "s"))
    return engine
