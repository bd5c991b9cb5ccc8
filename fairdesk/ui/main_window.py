"""The station's main window: role picker first, then the chosen station's screen.

Everything the window needs arrives through its constructor (CONVENTIONS rule 1): the database
path to show, a `summary_provider` that returns the fair's summary (called off the GUI thread
through the task runner) and the runner itself. Screens for roles not built yet are placeholders;
`screen_factories` lets the composition root plug real ones in; `station_sync` (desk and booth:
Station › Write bundle…, `fairdesk.ui.station_menu`) and `unpack` (the role picker's "Start this
laptop from a station pack") are optional the same way, and so is `organiser_lock`: on a desk
laptop the organiser role opens only after the organiser PIN (`ui.organiser.lock_dialog`).
The status bar's counts are read again whenever the runner announces that check-ins,
attendees, companies or the fair changed (`TaskRunner.data_changed`), so they are never
behind the desk; nothing polls.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QLocale, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QWidget,
)

from fairdesk.core.roles import ROLES, Role
from fairdesk.ui.bundles import Unpack
from fairdesk.ui.changes import DataKind, settle_timer, start_soon, touches
from fairdesk.ui.labels import role_title
from fairdesk.ui.organiser.lock_dialog import OrganiserPinDialog
from fairdesk.ui.organiser.setup_protocols import OrganiserPinCheck
from fairdesk.ui.placeholder import PlaceholderScreen
from fairdesk.ui.role_picker import RolePicker
from fairdesk.ui.start_from_pack import StartFromPackDialog, started_text
from fairdesk.ui.station_menu import BundleActions, SyncFactory
from fairdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from fairdesk.services.sync.results import UnpackResult

logger = logging.getLogger(__name__)


class FairInfo(Protocol):
    """What the window shows about the fair (`fairdesk.services.fairs.FairSummary`)."""

    @property
    def name(self) -> str: ...
    @property
    def venue(self) -> str: ...
    @property
    def companies(self) -> int: ...
    @property
    def attendees(self) -> int: ...
    @property
    def checked_in(self) -> int: ...


SummaryProvider = Callable[[], FairInfo | None]
ScreenFactory = Callable[[], QWidget]
SUMMARY_KINDS = (DataKind.CHECKINS, DataKind.ATTENDEES, DataKind.COMPANIES, DataKind.FAIR)


class MainWindow(QMainWindow):
    """Emits `role_chosen(role)` whenever a station screen is entered."""

    role_chosen = Signal(str)
    summary_changed = Signal()

    def __init__(
        self,
        *,
        db_path: Path,
        summary_provider: SummaryProvider,
        tasks: TaskRunner,
        start_role: str | None = None,
        screen_factories: Mapping[str, ScreenFactory] | None = None,
        station_sync: Mapping[str, SyncFactory] | None = None,
        unpack: Unpack | None = None,
        organiser_lock: OrganiserPinCheck | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setAccessibleName(self.tr("FairDesk main window"))
        self.setMinimumSize(960, 600)
        self._db_path = Path(db_path)
        self._summary_provider = summary_provider
        self._tasks = tasks
        self._factories = dict(screen_factories or {})
        self._screens: dict[str, QWidget] = {}
        self.summary: FairInfo | None = None
        self.current_role: str | None = None
        self._reading = False
        self._stale = False
        self._unpack = unpack
        self._station_sync = dict(station_sync or {})
        self._organiser_lock = organiser_lock
        self.pin_dialog: OrganiserPinDialog | None = None
        self.refusal: QMessageBox | None = None  # the organiser role refused on a booth laptop

        self.stack = QStackedWidget()
        self.stack.setObjectName("screenStack")
        self.role_picker = RolePicker(offer_pack=unpack is not None)
        self.role_picker.role_chosen.connect(self.request_role)
        self.role_picker.start_from_pack_requested.connect(self.open_start_from_pack)
        self.stack.addWidget(self.role_picker)
        self.setCentralWidget(self.stack)

        self._build_menu()
        self._build_status_bar()
        tasks.busy_changed.connect(self._on_busy_changed)
        tasks.label_changed.connect(self._on_busy_label)
        tasks.progress_changed.connect(self._on_progress)
        self._update_title()

        if start_role is not None:
            self.request_role(start_role)
        else:
            self.role_picker.setFocus()
        self.refresh_summary()
        self._summary_soon = settle_timer(self, self.refresh_summary)
        tasks.data_changed.connect(self._data_changed)

    # -- construction -----------------------------------------------------------------------

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Station"))
        menu.setObjectName("stationMenu")
        self.change_role_action = QAction(self.tr("&Change role…"), self)
        self.change_role_action.setObjectName("changeRoleAction")
        self.change_role_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.change_role_action.triggered.connect(self.show_role_picker)
        menu.addAction(self.change_role_action)
        self.refresh_action = QAction(self.tr("&Refresh fair summary"), self)
        self.refresh_action.setObjectName("refreshSummaryAction")
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.triggered.connect(self.refresh_summary)
        menu.addAction(self.refresh_action)
        menu.addSeparator()
        self.bundle_actions = BundleActions(self, self._tasks, self._station_sync, menu)
        if self._station_sync:
            menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setObjectName("quitAction")
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setObjectName("statusBar")
        self.db_label = QLabel(self.tr("Database: {path}").format(path=self._db_path))
        self.db_label.setObjectName("dbPathLabel")
        self.db_label.setAccessibleName(self.tr("Database file"))
        self.db_label.setToolTip(str(self._db_path))
        self.fair_label = QLabel(self.tr("Loading fair…"))
        self.fair_label.setObjectName("fairSummaryLabel")
        self.fair_label.setAccessibleName(self.tr("Fair summary"))
        self.busy_label = QLabel()
        self.busy_label.setObjectName("busyLabel")
        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("busyIndicator")
        self.busy_bar.setAccessibleName(self.tr("Working"))
        self.busy_bar.setRange(0, 0)  # indeterminate
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setMaximumHeight(14)
        self.busy_bar.setTextVisible(False)
        self.busy_label.hide()
        self.busy_bar.hide()
        bar.addWidget(self.db_label, 1)
        bar.addPermanentWidget(self.bundle_actions.status)
        bar.addPermanentWidget(self.busy_label)
        bar.addPermanentWidget(self.busy_bar)
        bar.addPermanentWidget(self.fair_label)

    # -- roles -------------------------------------------------------------------------------

    def screen_for(self, role: str) -> QWidget:
        """The station screen for `role`, built on first use."""
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}; expected one of {ROLES}")
        screen = self._screens.get(role)
        if screen is None:
            factory = self._factories.get(role)
            screen = factory() if factory is not None else self._placeholder(role)
            back = getattr(screen, "change_role_requested", None)
            if factory is not None and back is not None:
                back.connect(self.show_role_picker)
            self._screens[role] = screen
            self.stack.addWidget(screen)
        return screen

    def _placeholder(self, role: str) -> QWidget:
        screen = PlaceholderScreen(role)
        screen.change_role_requested.connect(self.show_role_picker)
        return screen

    @Slot(str)
    def request_role(self, role: str) -> None:
        """`show_role`, once the organiser lock (if any) lets this laptop open `role`."""
        if role != Role.ORGANISER or self._organiser_lock is None:
            self.show_role(role)
            return
        self._tasks.read(
            self._organiser_lock.gate,
            self._organiser_gate,
            lambda exc: logger.warning("organiser lock: %s", exc),
            label=self.tr("Checking the organiser lock"),
        )

    def _organiser_gate(self, gate: str) -> None:
        from fairdesk.services.organiser_pin import OrganiserGate

        if gate == OrganiserGate.NEEDS_PIN and self._organiser_lock is not None:
            self.pin_dialog = OrganiserPinDialog(self._organiser_lock, self._tasks, self)
            self.pin_dialog.accepted.connect(lambda: self.show_role(Role.ORGANISER))
            self.pin_dialog.open()
            return
        if gate == OrganiserGate.BOOTH_STATION:
            self.refusal = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Organiser"),
                self.tr(
                    "This laptop is a company's booth station: the organiser's tools are not "
                    "on it. Use the organiser's laptop, or start this one from a desk pack."
                ),
                QMessageBox.StandardButton.Ok,
                self,
            )
            self.refusal.open()
            return
        if gate == OrganiserGate.NO_PIN_SET:
            self.statusBar().showMessage(
                self.tr(
                    "This fair has no organiser PIN (it was made before there were any): "
                    "the organiser's station opens without one."
                ),
                20_000,
            )
        self.show_role(Role.ORGANISER)

    @Slot(str)
    def show_role(self, role: str) -> None:
        screen = self.screen_for(role)
        self.stack.setCurrentWidget(screen)
        screen.setFocus()
        self.current_role = role
        self._update_title()
        self.bundle_actions.set_role(role)
        logger.info("station role: %s", role)
        self.role_chosen.emit(role)

    @Slot()
    def show_role_picker(self) -> None:
        self.stack.setCurrentWidget(self.role_picker)
        self.current_role = None
        self._update_title()
        self.bundle_actions.set_role(None)
        self.role_picker.setFocus()

    @Slot()
    def open_start_from_pack(self) -> StartFromPackDialog | None:
        """The role picker's "Start this laptop from a station pack"."""
        if self._unpack is None:
            return None
        dialog = StartFromPackDialog(self._unpack, self._tasks, self)
        dialog.unpacked.connect(self._started_from_pack)
        dialog.open()
        return dialog

    def _started_from_pack(self, result: UnpackResult) -> None:
        self.statusBar().showMessage(started_text(result), 15_000)
        self.refresh_summary()
        if result.role in ROLES:
            self.show_role(result.role)

    # -- fair summary ------------------------------------------------------------------------

    @Slot(object)
    def _data_changed(self, kinds: frozenset[str]) -> None:
        if touches(kinds, *SUMMARY_KINDS):
            start_soon(self._summary_soon)

    @Slot()
    def refresh_summary(self) -> None:
        """Reload the fair's name and counts off the GUI thread (one read at a time; a change
        heard meanwhile reads once more after it)."""
        if self._reading:
            self._stale = True
            return
        self._reading, self._stale = True, False
        self._tasks.read(
            self._summary_provider,
            self._set_summary,
            self._summary_failed,
            label=self.tr("Reading the fair"),
        )

    def _summary_failed(self, exc: BaseException) -> None:
        logger.warning("fair summary: %s", exc)
        self._summary_read()

    def _summary_read(self) -> None:
        self._reading = False
        if self._stale:
            self.refresh_summary()

    def _set_summary(self, summary: FairInfo | None) -> None:
        self._summary_read()
        self.summary = summary
        locale = QLocale()
        if summary is None:
            self.fair_label.setText(self.tr("No fair set up yet"))
        else:
            self.fair_label.setText(
                self.tr(
                    "{name} · Companies: {companies} · Attendees: {attendees} · "
                    "Checked in: {checked_in}"
                ).format(
                    name=summary.name,
                    companies=locale.toString(summary.companies),
                    attendees=locale.toString(summary.attendees),
                    checked_in=locale.toString(summary.checked_in),
                )
            )
            venue = summary.venue or ""
            self.fair_label.setToolTip(venue)
        self._update_title()
        self.summary_changed.emit()

    def _update_title(self) -> None:
        if self.summary is not None and self.summary.name:
            subject = self.summary.name
        else:
            subject = self._db_path.name
        title = self.tr("FairDesk — {subject}").format(subject=subject)
        if self.current_role is not None:
            title = f"{title} · {role_title(self.current_role)}"
        self.setWindowTitle(title)

    # -- busy indicator ----------------------------------------------------------------------

    @Slot(bool)
    def _on_busy_changed(self, busy: bool) -> None:
        if not busy:
            self.busy_bar.setRange(0, 0)  # indeterminate until work reports its progress
        self.busy_bar.setVisible(busy)
        self.busy_label.setVisible(busy)

    @Slot(str)
    def _on_busy_label(self, label: str) -> None:
        self.busy_label.setText(label or self.tr("Working…"))

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.busy_bar.setRange(0, max(total, 0))
        self.busy_bar.setValue(done)
