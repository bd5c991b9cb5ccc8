"""Cold start: a fresh process until the station window is on screen, and its memory then.

Measured in a child process (offscreen), as a volunteer would start the desk on the full store,
from the program's first line (the Python interpreter's own ~50 ms start is not included). The
floor is a bare PySide6 process showing an empty window; best of three runs.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from fairdesk.bench.table import BenchRow

RUNS = 3

_APP = """
import resource, sys, time
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
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"{time.perf_counter() - t0:.4f} {rss:.1f}")
            w.close()
            return
    QTimer.singleShot(5, shown)

QTimer.singleShot(0, shown)
run_gui(Settings(db_path=Path(sys.argv[1])), ["bench"], start_role="desk")
"""

_FLOOR = """
import resource, sys, time
t0 = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow()
w.show()
def shown():
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{time.perf_counter() - t0:.4f} {rss:.1f}")
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def _run(code: str, *args: str) -> tuple[float, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    # measured inside the child from its first line: the interpreter's own start (~50 ms) is not in
    return float(out[-2]), float(out[-1])


def _best(code: str, *args: str) -> tuple[float, float]:
    runs = [_run(code, *args) for _ in range(RUNS)]
    return min(r[0] for r in runs), max(r[1] for r in runs)


def bench_startup(db: Path) -> list[BenchRow]:
    """Seconds to the desk window on `db`, and resident memory then, beside a bare Qt window."""
    app_s, app_mb = _best(_APP, str(db))
    floor_s, floor_mb = _best(_FLOOR)
    return [
        BenchRow("cold start to the desk window", app_s, floor_s, 2.0, "s"),
        BenchRow("resident memory at start (MB)", app_mb, floor_mb, 400.0, "MB"),
    ]
