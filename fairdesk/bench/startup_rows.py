"""Cold start: a fresh process until the station window is on screen, and its memory then.

Measured in a child process (offscreen), as a volunteer would start the desk on the full store,
from the program's first line (the Python interpreter's own ~50 ms start is not included). The
floor is a bare PySide6 process showing an empty window; best of three runs for the time, the
largest of the three for memory. Memory is the process's own (USS and PSS, see `memory`), not
`ru_maxrss`, which also counts font files fontconfig reads once and lets go.
"""

from __future__ import annotations

import inspect
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from fairdesk.bench import memory
from fairdesk.bench.table import BenchRow

RUNS = 3

# The children get `memory` as source: importing it would run fairdesk.bench's __init__, which
# loads Qt and the whole benchmark before the window (a second and 130 MB in the floor).
_MEMORY = inspect.getsource(memory)

_APP = (
    _MEMORY
    + """
import sys, time
t0 = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from fairdesk.app import run_gui
from fairdesk.config import Settings
from fairdesk.ui.main_window import MainWindow
from pathlib import Path

def shown():
    for w in app.topLevelWidgets():
        if isinstance(w, MainWindow) and w.isVisible():
            elapsed = time.perf_counter() - t0
            print(elapsed, *own_memory_mb())
            w.close()
            return
    QTimer.singleShot(5, shown)

QTimer.singleShot(0, shown)
run_gui(Settings(db_path=Path(sys.argv[1])), ["bench"], start_role="desk")
"""
)

_FLOOR = (
    _MEMORY
    + """
import sys, time
t0 = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow()
w.show()
def shown():
    elapsed = time.perf_counter() - t0
    print(elapsed, *own_memory_mb())
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""
)


@dataclass(frozen=True)
class _Start:
    seconds: float
    uss_mb: float
    pss_mb: float
    measure: str  # "smaps_rollup", "private bytes", "peak RSS"


def _run(code: str, *args: str) -> _Start:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=True
    ).stdout.splitlines()[-1]
    # measured inside the child from its first line: the interpreter's own start (~50 ms) is not in
    seconds, uss, pss, measure = out.split(maxsplit=3)
    return _Start(float(seconds), float(uss), float(pss), measure)


def _best(code: str, *args: str) -> _Start:
    runs = [_run(code, *args) for _ in range(RUNS)]
    return _Start(
        min(r.seconds for r in runs),
        max(r.uss_mb for r in runs),
        max(r.pss_mb for r in runs),
        runs[0].measure,
    )


def bench_startup(db: Path) -> list[BenchRow]:
    """Seconds to the desk window on `db`, and its own memory then, beside a bare Qt window."""
    app, floor = _best(_APP, str(db)), _best(_FLOOR)
    rows = [BenchRow("cold start to the desk window", app.seconds, floor.seconds, 2.0, "s")]
    if app.measure == "smaps_rollup":
        rows.append(
            BenchRow("resident memory at start, USS", app.uss_mb, floor.uss_mb, 400.0, "MB")
        )
        rows.append(
            BenchRow("resident memory at start, PSS", app.pss_mb, floor.pss_mb, 400.0, "MB")
        )
    else:  # one figure stands in for both off Linux
        label = f"resident memory at start, {app.measure}"
        rows.append(BenchRow(label, app.uss_mb, floor.uss_mb, 400.0, "MB"))
    return rows
