"""Composition root of the GUI: settings → engine → service bundles (`wiring`) → screens.

`run_gui` is the one place that builds long-lived objects and hands them to the window through
constructors (CONVENTIONS rule 1); nothing here is a module-level global. Each station screen is
built from its bundle (`fairdesk.wiring`) in `screen_factories`; none sees the engine. Opening
the database is factored into `open_station_database` so a damaged file can be tested without an
event loop.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from fairdesk import __version__
from fairdesk.config import APP_NAME, Settings
from fairdesk.core.roles import ROLES, Role
from fairdesk.errors import UserError
from fairdesk.store.engine import close_database, open_database
from fairdesk.ui.booth.screen import BoothScreen
from fairdesk.ui.changes import OUTSIDE
from fairdesk.ui.crash_dialog import install_excepthook
from fairdesk.ui.desk.scans import ScanItem
from fairdesk.ui.desk.screen import DeskScreen
from fairdesk.ui.i18n import install_translator
from fairdesk.ui.main_window import MainWindow, ScreenFactory
from fairdesk.ui.organiser.new_fair_gate import organiser_station
from fairdesk.ui.organiser.screen import build_organiser
from fairdesk.ui.tasks import TaskRunner
from fairdesk.ui.widgets.held_journal import HeldJournal
from fairdesk.wiring import Wiring, wire

if TYPE_CHECKING:
    from sqlalchemy import Engine

logger = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_USER_ERROR = 2
GUI_BUSY_MS = 250  # a scan waits this long for another writer, then is held and retried


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
            checkpoints="background",
        )
    except UserError as exc:
        logger.error("cannot open %s: %s", settings.db_path, exc)
        report(str(exc))
        return None


ROLLING_BACKUP_MINUTES = 5


def schedule_rolling_backups(
    backup: Callable[[], Path | None], tasks: TaskRunner, *, first_delay_ms: int = 5_000
) -> QTimer:
    """A consistent copy of the station file soon after start and every few minutes, off the
    GUI thread (`StorageService.backup_now`: SQLite's online backup API, safe while the desk
    keeps writing; the newest `Settings.backups_to_keep` copies are kept beside the database)."""
    return tasks.every(
        ROLLING_BACKUP_MINUTES, backup, first_delay_ms=first_delay_ms, label="rolling backup"
    )


def watch_outside_changes(
    app: QGuiApplication, changed: Callable[[], bool], tasks: TaskRunner
) -> Callable[[], None]:
    """When the station comes back to the front, ask whether anyone else wrote to the file (a
    second window, a command-line import; `OutsideChanges`) and, if so, announce every kind of
    data once: each screen refreshes what it shows. The check is one PRAGMA, not a query.
    Returns what stops the watching (the window's end, a test's)."""

    def state_changed(state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive and changed():
            logger.info("the station file changed outside this window; refreshing")
            tasks.announce(OUTSIDE)

    changed()  # the starting point
    app.applicationStateChanged.connect(state_changed)

    def stop() -> None:
        app.applicationStateChanged.disconnect(state_changed)

    return stop


def screen_factories(wiring: Wiring, tasks: TaskRunner) -> dict[str, ScreenFactory]:
    """The station screens by role, each built on first use from its bundle."""
    settings = wiring.settings

    def desk() -> QWidget:
        journal = HeldJournal.beside(
            settings.db_path, "desk", encode=ScanItem.to_json, decode=ScanItem.from_json
        )
        return DeskScreen(wiring.desk, tasks, journal=journal)

    def booth() -> QWidget:
        return BoothScreen(
            wiring.booth,
            tasks=tasks,
            company=settings.company or wiring.started_company(),
            lock_minutes=int(settings.booth_lock_minutes),
            journal=HeldJournal.beside(settings.db_path, "booth"),
        )

    def organiser() -> QWidget:
        services = wiring.organiser
        return organiser_station(services, tasks, lambda: build_organiser(services, tasks))

    return {Role.DESK: desk, Role.BOOTH: booth, Role.ORGANISER: organiser}


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
    wiring: Wiring | None = None
    try:
        if start_role is not None and start_role not in ROLES:
            raise ValueError(f"unknown start role {start_role!r}; expected one of {ROLES}")
        engine = open_station_database(settings)
        if engine is None:
            return EXIT_USER_ERROR
        wiring = wire(settings, engine)
        window = MainWindow(
            db_path=settings.db_path,
            summary_provider=wiring.fair_summary,
            tasks=tasks,
            start_role=start_role,
            screen_factories=screen_factories(wiring, tasks),
            station_sync={
                Role.DESK: lambda: wiring.desk.sync,
                Role.BOOTH: lambda: wiring.booth.sync,
            },
            unpack=wiring.unpack,
            organiser_lock=wiring.organiser_lock,
        )
        screen = app.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            window.resize(min(1280, available.width()), min(800, available.height()))
        window.show()
        stop_watching = watch_outside_changes(app, wiring.outside.changed, tasks)
        backups = schedule_rolling_backups(wiring.storage.backup_now, tasks)
        code = app.exec()
        backups.stop()
        stop_watching()
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
        if wiring is not None:
            wiring.close()
        if engine is not None:
            close_database(engine)
