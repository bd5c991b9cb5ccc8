"""Which way imports point (CONVENTIONS.md): no Qt in core or services, no SQL in core, and no
station module loads QtMultimedia when it is imported (a machine without libpulse0 must start)."""

from __future__ import annotations

import ast
import importlib
import inspect
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
        "import fairdesk.app, fairdesk.ui.desk.screen, fairdesk.ui.booth.screen\n"
        "import fairdesk.ui.organiser.screen, fairdesk.ui.booth.station\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6.QtMultimedia')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    ).stdout.strip()  # fmt: skip
    assert out == "[]"


def imported_modules(path: Path) -> set[str]:
    """Full dotted names of every module the file imports (also inside functions)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


def _ui_files() -> list[Path]:
    return sorted((ROOT / "ui").rglob("*.py"))


def test_ui_imports_no_sql_and_no_store() -> None:
    """Screens reach the data only through the services wiring hands them (CONVENTIONS 1, 2)."""

    def forbidden(module: str) -> bool:
        top = module.split(".")[0]
        return top in {"sqlalchemy", "sqlmodel", "sqlite3"} or (
            module == "fairdesk.store" or module.startswith("fairdesk.store.")
        )

    offending = {
        str(p.relative_to(ROOT)): sorted(m for m in imported_modules(p) if forbidden(m))
        for p in _ui_files()
        if any(forbidden(m) for m in imported_modules(p))
    }
    assert offending == {}


def _builds_a_service(name: str, obj: object) -> bool:
    """A class or function of `fairdesk.services` that takes an engine is a service to build."""
    try:
        params = inspect.signature(obj).parameters  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return "engine" in params


def test_screens_do_not_construct_services() -> None:
    """Only `fairdesk.wiring` builds services; a ui module never calls a constructor (or any
    function) of `fairdesk.services` that takes the engine, nor names an engine at all."""
    offending: dict[str, list[str]] = {}
    for path in _ui_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        builders: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                "fairdesk.services"
            ):
                module = importlib.import_module(str(node.module))
                for alias in node.names:
                    obj = getattr(module, alias.name, None)
                    if obj is not None and _builds_a_service(alias.name, obj):
                        builders.add(alias.asname or alias.name)
        found = sorted(
            {
                f"calls {node.func.id}"
                for node in ast.walk(tree)
                if isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in builders
            }
            | {
                "names an engine"
                for node in ast.walk(tree)
                if (isinstance(node, ast.Name) and node.id == "engine")
                or (isinstance(node, ast.Attribute) and node.attr == "engine")
                or (isinstance(node, ast.arg) and node.arg == "engine")
            }
        )
        if found:
            offending[str(path.relative_to(ROOT))] = found
    assert offending == {}


def test_the_test_of_service_construction_can_fail() -> None:
    """The detector above sees a screen building its own service."""
    from fairdesk.services.desk.search import SearchService

    assert _builds_a_service("SearchService", SearchService)
    assert not _builds_a_service("AttendeeHit", str)


def test_no_station_is_looked_up_by_name() -> None:
    """Station screens are wired explicitly (app.screen_factories), never via importlib."""
    users = [
        str(p.relative_to(ROOT))
        for p in [ROOT / "app.py", ROOT / "wiring.py", *_ui_files()]
        if "importlib" in imported_modules(p) or "import_module" in p.read_text(encoding="utf-8")
    ]
    assert users == []
