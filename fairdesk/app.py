"""Composition root of the GUI: settings → engine → services → main window.

`run_gui` is the one place that builds long-lived objects and hands them to the window through
constructors (CONVENTIONS rule 1); nothing here is a module-level global. Opening the database is
factored into `open_station_database` so a damaged file can be tested without an event loop.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from fairdesk import __version__
from fairdesk.config import APP_NAME, Settings
from fairdesk.errors import UserError
from fairdesk.services.storage import StorageService
from fairdesk.store.engine import open_database
from fairdesk.ui.context import StationContext, screen_factories
from fairdesk.ui.crash_dialog import install_excepthook
from fairdesk.ui.i18n import install_translator
from fairdesk.ui.main_window import MainWindow, SummaryProvider
from fairdesk.ui.screens.role_picker import ROLES
from fairdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from sqlalchemy import Engine

logger = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_USER_ERROR = 2
GUI_BUSY_MS = 250  # a scan waits this long for another writer, then is held and retried
_FAIRS_MODULE = "fairdesk.services.fairs"


def database_error_box(message: str, parent: QWidget | None = None) -> QMessageBox:
    """The plain message shown when the station database cannot be opened (no traceback)."""
    box = QMessageBox(parent)
    box.setObjectName("databaseErrorBox")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("app", "FairDesk cannot start"))
    box.setText(QCoreApplication.translate("app", "FairDesk cannot open the station database."))
    box.setInformativeText(message)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    return box


def _show_blocking(message: str) -> None:
    database_error_box(message).exec()


def open_station_database(
    settings: Settings, *, report: Callable[[str], None] = _show_blocking
) -> Engine | None:
    """Open the station database, or `report` why not (a UserError) and return None.

    Bugs (anything other than a UserError) propagate: they are not a person's problem to fix.
    """
    try:
        # The full integrity check runs beside the cold start and blocks writes if it fails; the
        # GUI makes its backups off the GUI thread (schedule_rolling_backups), not in a scan.
        return open_database(
            settings.db_path,
            backup_dir=settings.backup_dir,
            integrity="background",
            inline_backups=False,
            keep_backups=settings.backups_to_keep,
            busy_ms=GUI_BUSY_MS,
        )
    except UserError as exc:
        logger.error("cannot open %s: %s", settings.db_path, exc)
        report(str(exc))
        return None


def make_summary_provider(engine: Any) -> SummaryProvider:
    """`fairs.fair_summary(engine)` as a no-argument callable, or `lambda: None` if absent.

    Only the service module being absent is tolerated; an import error inside it is a bug.
    """
    try:
        fairs = importlib.import_module(_FAIRS_MODULE)
    except ModuleNotFoundError as exc:
        if exc.name not in (_FAIRS_MODULE, "fairdesk.services"):
            raise
        logger.info("%s not available; showing the database path only", _FAIRS_MODULE)
        return lambda: None
    fair_summary = getattr(fairs, "fair_summary", None)
    if fair_summary is None:
        logger.info("%s has no fair_summary; showing the database path only", _FAIRS_MODULE)
        return lambda: None

    def provider() -> Any:
        return fair_summary(engine)

    return provider


ROLLING_BACKUP_MINUTES = 5


def schedule_rolling_backups(
    backup: Callable[[], Path | None], tasks: TaskRunner, parent: QWidget, *,
    first_delay_ms: int = 5_000,
) -> QTimer:  # fmt: skip
    """A consistent copy of the station file soon after start and every few minutes, off the
    GUI thread (`StorageService.backup_now`: SQLite's online backup API, safe while the desk
    keeps writing; the newest `Settings.backups_to_keep` copies are kept beside the database)."""

    def start() -> None:
        tasks.run(backup, lambda path: logger.info("rolling backup %s", path))

    timer = QTimer(parent)
    timer.setInterval(ROLLING_BACKUP_MINUTES * 60_000)
    timer.timeout.connect(start)
    timer.start()
    QTimer.singleShot(first_delay_ms, parent, start)  # once the station is up and quiet
    return timer


def _application(argv: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(list(argv))
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    return app


def run_gui(settings: Settings, argv: list[str], *, start_role: str | None = None) -> int:
    """Run the station GUI until its window closes; returns the process exit code."""
    app = _application(argv)
    lang = install_translator(app, settings.lang)
    logger.info("FairDesk %s GUI starting (%s, %s)", __version__, lang, settings.db_path)

    window: MainWindow | None = None
    hook = install_excepthook(lambda: window)
    tasks = TaskRunner(app, parent_getter=lambda: window)
    engine: Engine | None = None
    try:
        if start_role is not None and start_role not in ROLES:
            raise ValueError(f"unknown start role {start_role!r}; expected one of {ROLES}")
        engine = open_station_database(settings)
        if engine is None:
            return EXIT_USER_ERROR
        storage = StorageService(engine, settings.db_path, settings.backup_dir)
        ctx = StationContext(engine=engine, settings=settings, tasks=tasks, storage=storage)
        window = MainWindow(
            db_path=settings.db_path,
            summary_provider=make_summary_provider(engine),
            tasks=tasks,
            start_role=start_role,
            screen_factories=screen_factories(ctx),
        )
        screen = app.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            window.resize(min(1280, available.width()), min(800, available.height()))
        window.show()
        backups = schedule_rolling_backups(storage.backup_now, tasks, window)
        code = app.exec()
        backups.stop()
        return code
    finally:
        tasks.wait_for_done()
        if window is not None:
            # Closing it later (deleteLater) would count as the last window closing and quit
            # whatever event loop runs next; say so now, while no loop depends on it.
            window.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
            window.close()
            window.deleteLater()
        tasks.deleteLater()
        hook.uninstall()
        if engine is not None:
            engine.dispose()
