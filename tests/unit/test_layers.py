"""Which way imports point (CONVENTIONS.md): no Qt in core or services, no SQL in core, and no
station module loads QtMultimedia when it is imported (a machine without libpulse0 must start)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "fairdesk"


def imported(path: Path) -> set[str]:
    """Top-level names of every module the file imports (also inside functions)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize(
    ("layer", "forbidden"),
    [("core", {"PySide6", "sqlalchemy", "sqlmodel"}), ("services", {"PySide6"})],
)
def test_layer_imports(layer: str, forbidden: set[str]) -> None:
    offending = {
        str(p.relative_to(ROOT)): sorted(imported(p) & forbidden)
        for p in (ROOT / layer).rglob("*.py")
        if imported(p) & forbidden
    }
    assert offending == {}


def test_opening_every_station_loads_no_qtmultimedia() -> None:
    code = (
        "import sys\n"
        "import fairdesk.app, fairdesk.ui.screens.desk, fairdesk.ui.screens.booth\n"
        "import fairdesk.ui.screens.organiser, fairdesk.ui.screens.booth_station\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6.QtMultimedia')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    ).stdout.strip()  # fmt: skip
    assert out == "[]"
