"""What the composition root hands to every station screen.

Each station area has a module `fairdesk.ui.screens.<role>` with
`make_screen(ctx: StationContext) -> QWidget`, which builds that screen's services from
`ctx.engine` and passes them to the screen's constructor (screens never touch the ORM).
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QWidget

from fairdesk.config import Settings
from fairdesk.ui.tasks import TaskRunner

logger = logging.getLogger(__name__)

ROLE_MODULES = {"desk": "desk", "booth": "booth", "organiser": "organiser"}


@dataclass(frozen=True)
class StationContext:
    """Long-lived objects a screen may use; built once in `app.run_gui`."""

    engine: Any  # the station's SQLAlchemy engine; only services use it
    settings: Settings
    tasks: TaskRunner
    storage: Any = None  # StorageService: storage problems, backups, restore, rescue


def screen_factories(ctx: StationContext) -> dict[str, Callable[[], QWidget]]:
    """Factories for the station screens, by role (each built on first use)."""
    factories: dict[str, Callable[[], QWidget]] = {}
    for role, name in ROLE_MODULES.items():
        module = importlib.import_module(f"fairdesk.ui.screens.{name}")
        factories[role] = _bind(module.make_screen, ctx)
    return factories


def _bind(make: Callable[[StationContext], QWidget], ctx: StationContext) -> Callable[[], QWidget]:
    def build() -> QWidget:
        return make(ctx)

    return build
