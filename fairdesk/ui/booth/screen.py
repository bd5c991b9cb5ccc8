"""The company booth screen: company chooser → PIN lock → booth station, locking when idle.

The screen gets the booth's services as a `BoothBundle` (built by `fairdesk.wiring`; tests pass
fakes) and never touches the ORM. The station is locked at start and after `lock_minutes` without
keyboard or mouse input; unlocking needs the company's PIN, checked off the GUI thread. When
the runner says companies changed (a PIN set with `fairdesk company pin` while the booth waits,
seen when the window comes back to the front), the chooser and the lock read them again.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QStackedLayout, QWidget

from fairdesk.errors import UserError
from fairdesk.services.booth.auth import CompanyChoice, NoPinYet
from fairdesk.ui.booth.lock import CompanyChooser, PinLock
from fairdesk.ui.booth.station import BoothStation
from fairdesk.ui.bundles import BoothBundle
from fairdesk.ui.changes import DataKind, touches
from fairdesk.ui.crash_dialog import readable_error
from fairdesk.ui.tasks import TaskRunner
from fairdesk.ui.widgets.held_journal import HeldJournal
from fairdesk.ui.widgets.scan_capture import ScannerCapture

logger = logging.getLogger(__name__)

DEFAULT_LOCK_MINUTES = 5
_ACTIVITY = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel)


class BoothScreen(QWidget):
    """See the module docstring. `station` is None until a company is unlocked."""

    def __init__(
        self,
        services: BoothBundle,
        *,
        tasks: TaskRunner,
        company: str | None = None,
        lock_minutes: int = DEFAULT_LOCK_MINUTES,
        journal: HeldJournal | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._storage, self._journal = services.storage, journal
        self.setObjectName("boothScreen")
        self.setAccessibleName(self.tr("Company booth"))
        self._auth = auth = services.auth
        self._tasks = tasks
        self._lock_minutes = lock_minutes
        self.company: CompanyChoice | None = None
        self.station: BoothStation | None = None
        self._stack = QStackedLayout(self)
        self.lock = PinLock()
        self.lock.pin_entered.connect(self._check_pin)
        self.lock.change_company.connect(self.show_chooser)
        self._stack.addWidget(self.lock)
        # A badge scanned at a locked booth is not a wrong PIN: say so, and log nothing.
        self.lock_capture = ScannerCapture(self.lock)
        self.lock_capture.scanned.connect(self._scanned_while_locked)
        self.lock_capture.install()
        self.chooser: CompanyChooser | None = None
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self._on_idle)
        self._set_interval()
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        tasks.data_changed.connect(self._data_changed)
        message = ""
        if company:
            try:
                self.choose(auth.find(company))
                return
            except UserError as exc:
                message = str(exc)
        self.show_chooser(message)

    # -- company and lock --------------------------------------------------------------------

    @Slot()
    def show_chooser(self, message: str = "") -> None:
        if self.chooser is None:
            self.chooser = CompanyChooser(self._auth.companies())
            self.chooser.chosen.connect(self.choose)
            self._stack.addWidget(self.chooser)
        if message:
            self.chooser.filter.setPlaceholderText(message)
        self._show_page(self.chooser)

    @Slot(object)
    def _data_changed(self, kinds: frozenset[str]) -> None:
        if touches(kinds, DataKind.COMPANIES):
            self._tasks.read(
                self._auth.companies,
                self._companies_read,
                lambda exc: logger.warning("booth companies: %s", exc),
            )

    def _companies_read(self, companies: list[CompanyChoice]) -> None:
        if self.chooser is not None:
            self.chooser.set_companies(companies)
        if self.company is None:
            return
        fresh = next((c for c in companies if c.id == self.company.id), None)
        if fresh is None or fresh == self.company:
            return
        got_pin = fresh.has_pin and not self.company.has_pin
        self.company = fresh
        if got_pin and self._stack.currentWidget() is self.lock and self.lock.pin.isEnabled():
            self.lock_now(message="")  # "no PIN yet" is stale: the lock asks for the PIN now

    @Slot(object)
    def choose(self, company: CompanyChoice) -> None:
        if self.station is not None and self.company is not None and company.id != self.company.id:
            self._stack.removeWidget(self.station)
            self.station.deleteLater()
            self.station = None
        self.company = company
        self.lock_now(message="")

    @Slot(str)
    def _scanned_while_locked(self, _code: str) -> None:
        self.lock.refuse(self.tr("The booth is locked: enter the PIN first, then scan again."))

    @Slot()
    def lock_now(self, message: str = "") -> None:
        if self.company is None:
            return
        self.idle_timer.stop()
        if not message and not self.company.has_pin:  # say at once what the organiser must run
            message = str(NoPinYet(self.company.name))
        self.lock.prepare(self.company.name, message)
        self._show_page(self.lock)

    @Slot(str)
    def _check_pin(self, pin: str) -> None:
        company = self.company
        if company is None:
            return
        self.lock.set_checking(True)
        self._tasks.read(  # a wrong PIN is counted in memory (the lockout), not in the file
            lambda: self._auth.check_pin(company.id, pin),
            self._pin_checked,
            self._pin_failed,
            label=self.tr("Checking the PIN"),
        )

    def _pin_failed(self, exc: BaseException) -> None:
        """A lockout, a company without a PIN, …: keyed messages, in the interface's language
        (a bug's own text never: the crash dialog has it)."""
        self.lock.refuse(readable_error(exc))

    def _pin_checked(self, ok: bool) -> None:
        if not ok:
            self.lock.refuse(self.tr("Wrong PIN. Try again."))
            return
        self.unlock()

    def unlock(self) -> None:
        """Show the station (built on first unlock) and start the idle timer."""
        if self.company is None:
            return
        if self.station is None:
            company_id, export = self.company.id, self._services.export_interviews
            self.station = BoothStation(
                self._services.interviews(company_id),
                tasks=self._tasks,
                export=lambda path: export(company_id, path),
                lock_minutes=self._lock_minutes,
                storage=self._storage,
                journal=self._journal,
            )
            self.station.lock_requested.connect(self.lock_now)
            self.station.lock_minutes_changed.connect(self.set_lock_minutes)
            self.station.queue.processed.connect(self._on_activity)  # webcam scans count too
            self._stack.addWidget(self.station)
        self.lock.pin.clear()
        self._show_page(self.station)
        self.station.focus_start()
        self.idle_timer.start()

    def _show_page(self, page: QWidget) -> None:
        self._stack.setCurrentWidget(page)
        self.setFocusProxy(page)
        page.setFocus()

    @property
    def locked(self) -> bool:
        return self.station is None or self._stack.currentWidget() is not self.station

    # -- idle lock ---------------------------------------------------------------------------

    @Slot(int)
    def set_lock_minutes(self, minutes: int) -> None:
        self._lock_minutes = minutes
        self._set_interval()

    def set_idle_interval_ms(self, msecs: int) -> None:
        """Idle time before locking, in milliseconds (tests use a few)."""
        self.idle_timer.setInterval(msecs)
        if self.idle_timer.isActive():
            self.idle_timer.start()

    def _set_interval(self) -> None:
        self.set_idle_interval_ms(self._lock_minutes * 60_000)

    @Slot()
    def _on_idle(self) -> None:
        if not self.locked:
            self.lock_now(
                self.tr("Locked after {n} minutes without input.").format(n=self._lock_minutes)
            )

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._on_activity()
        return False

    @Slot()
    def _on_activity(self, *_args: object) -> None:
        if self.idle_timer.isActive():
            self.idle_timer.start()
