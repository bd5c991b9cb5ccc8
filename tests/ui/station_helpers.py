"""Station screens as the app builds them: `wiring.wire` bundles through `app.screen_factories`."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from sqlalchemy import Engine

from fairdesk.app import screen_factories
from fairdesk.config import Settings
from fairdesk.ui.tasks import TaskRunner
from fairdesk.wiring import wire


def station_screen(role: str, engine: Engine, settings: Settings, tasks: TaskRunner) -> QWidget:
    """The real screen for `role` on `engine`, exactly as the role picker would build it."""
    return screen_factories(wire(settings, engine), tasks)[role]()


def factories(engine: Engine, settings: Settings, tasks: TaskRunner) -> dict[str, object]:
    return dict(screen_factories(wire(settings, engine), tasks))
