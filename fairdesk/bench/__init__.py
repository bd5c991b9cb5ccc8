"""`fairdesk bench`: DESIGN.md's performance budgets, each beside the floor of the same work.

The floor is what the underlying library needs for the same job in the same run (csv/openpyxl
parsing alone for imports; a bare SQLite lookup + insert + commit with the same PRAGMAs for a
check-in), so a figure can be judged against both the budget and what is physically possible here.
Later steps add their rows to `ROWS`.
"""

from __future__ import annotations

import logging
import os
import platform
import tempfile
from pathlib import Path

from fairdesk.bench.badge_rows import bench_badges
from fairdesk.bench.checkin_rows import bench_checkin
from fairdesk.bench.desk_rows import bench_desk
from fairdesk.bench.floor_rows import bench_floor
from fairdesk.bench.import_rows import bench_imports
from fairdesk.bench.startup_rows import bench_startup
from fairdesk.bench.sync_rows import bench_sync
from fairdesk.bench.table import BenchRow, format_table

logger = logging.getLogger(__name__)


def run_bench(*, attendees: int, scans: int, workdir: Path | None) -> int:
    """Build a store of `attendees`, time each budgeted operation, print the table."""
    with tempfile.TemporaryDirectory(prefix="fairdesk-bench-") as tmp:
        work = workdir or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        print(
            f"fairdesk bench: {attendees:,} attendees, {scans:,} scans, "
            f"{os.cpu_count()} CPUs, Python {platform.python_version()}, in {work}",
            flush=True,
        )
        rows: list[BenchRow] = []
        store = bench_imports(work, attendees, rows)
        rows.extend(bench_checkin(store, work, scans))
        rows.extend(bench_desk(store, work))
        rows.extend(bench_badges(store, work))
        rows.extend(bench_startup(Path(str(store.url.database))))
        rows.extend(bench_sync(store, work))
        rows.extend(bench_floor(work))
        print(format_table(rows))
    return 0 if all(r.within_budget for r in rows) else 1
