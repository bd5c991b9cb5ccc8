"""The registration desk (签到台): scan-to-check-in, search, walk-ins, badges on demand.

Every input — a scanner burst caught anywhere on the screen, a code or 学号 typed into
`scanInput`, a person chosen in the search — becomes a `ScanItem` in one `ScanQueue`, processed
in order (a few milliseconds each, between key events), so no scan is lost or mixed up however
fast they come. The verdict panel shows each answer until the next. Buttons are never default
buttons: the scanner's Enter must not press one. Everything has a key: Ctrl+F search, Esc back
to scanning, F2 walk-in, Ctrl+Z undo (twice), Ctrl+P print badge, Ctrl+Shift+P reissue a lost
badge, Ctrl+M mute.

The screen gets its services as a `DeskBundle` (built by `fairdesk.wiring`; tests pass fakes).
Every write it makes is announced to the runner (`TaskRunner.announce` / `inline_write`), and
the counters, the search list and the window's status bar refresh from the runner's
`data_changed`, not from timers.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fairdesk.errors import StorageError, UserError
from fairdesk.services.desk.checkin import AttendeeCard
from fairdesk.services.desk.search import AttendeeHit
from fairdesk.ui.bundles import DeskBundle
from fairdesk.ui.changes import DataKind, touches
from fairdesk.ui.crash_dialog import show_user_error
from fairdesk.ui.desk.badges import PrintBadge, badge_printer, print_for
from fairdesk.ui.desk.counters import CounterStrip
from fairdesk.ui.desk.scans import DeskProcessor, ScanAnswer, ScanItem
from fairdesk.ui.desk.search import SearchPanel
from fairdesk.ui.desk.undo import UndoControl
from fairdesk.ui.desk.verdict import VerdictPanel
from fairdesk.ui.sounds import DeskSounds
from fairdesk.ui.tasks import TaskRunner
from fairdesk.ui.widgets.held_journal import HeldJournal
from fairdesk.ui.widgets.scan_capture import ScanLineEdit, ScannerCapture
from fairdesk.ui.widgets.scan_queue import ScanQueue
from fairdesk.ui.widgets.storage_banner import (
    StorageBanner,
    StorageDialog,
    open_storage_dialog,
    storage_reason,
)

logger = logging.getLogger(__name__)


WALK_IN_KINDS = (DataKind.ATTENDEES, DataKind.CHECKINS, DataKind.BADGES)


class DeskScreen(QWidget):
    """See the module docstring. `verdict_shown` fires after each answer reaches the panel."""

    verdict_shown = Signal(object)  # ScanAnswer

    def __init__(
        self,
        services: DeskBundle,
        tasks: TaskRunner,
        *,
        sounds: DeskSounds | None = None,
        journal: HeldJournal | None = None,  # where held scans are kept beside the database
        print_badge: PrintBadge | None = None,  # default: the print dialog on services.badges
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deskScreen")
        self.setAccessibleName(self.tr("Registration desk"))
        self._services = services
        self._tasks = tasks
        self._print_badge = print_badge or badge_printer(services.badges, lambda: self)
        self.sounds = sounds if sounds is not None else DeskSounds(self)
        self._pending_confirm: tuple[str, uuid.UUID] | None = None

        self.status = QLabel(self)
        self.status.setObjectName("deskStatus")
        self.status.setAccessibleName(self.tr("Desk status"))
        self.status.setStyleSheet("QLabel { font-size: 16px; }")
        self.counters = CounterStrip(services.stats.counts, tasks, services.stats.desk_name(), self)
        self.scan_input = ScanLineEdit(self)
        self.scan_input.setObjectName("scanInput")
        self.scan_input.setAccessibleName(self.tr("Badge code or student number"))
        self.scan_input.setPlaceholderText(self.tr("Scan badge · or type student no + Enter"))
        self.scan_input.setStyleSheet("QLineEdit { font-size: 24px; padding: 8px; }")
        self.scan_input.returnPressed.connect(self._typed)
        self.verdict = VerdictPanel(self)
        self.search = SearchPanel(services.search.search, tasks, self)
        self.search.chosen.connect(self._chosen)
        self._search_is_newest = False
        self.search.touched.connect(lambda: setattr(self, "_search_is_newest", True))

        buttons = (
            ("walkInButton", self.tr("Walk-in (F2)"), "F2", self.open_walk_in),
            ("undoButton", "", "Ctrl+Z", self.undo_last),
            ("printBadgeButton", self.tr("Print badge (Ctrl+P)"), "Ctrl+P", self.print_current),
            ("reissueButton", self.tr("Lost badge… (Ctrl+Shift+P)"), "Ctrl+Shift+P",
             self.reissue_current),
            ("employersButton", self.tr("Employers (F4)"), "F4", self.open_employers),
            ("muteButton", self.tr("Sound on (Ctrl+M)"), "Ctrl+M", self._toggle_mute),
        )  # fmt: skip
        made = [self._button(*spec) for spec in buttons]
        self.walk_in_button, self.undo_button, self.print_button = made[:3]
        self.reissue_button, self.employers_button, self.mute_button = made[3:]
        self.mute_button.setCheckable(True)
        undo = tasks.inline_write(services.checkins.undo, DataKind.CHECKINS)
        self.undo = UndoControl(undo, self.undo_button, self)
        self.undo.message.connect(self.status.setText)
        self.undo.undone.connect(self._undone)
        self.undo.failed.connect(self._user_error)
        self._shortcut("Ctrl+F", self.focus_search)
        self._shortcut("Esc", self.back_to_scanning)

        top = QHBoxLayout()
        top.addWidget(self.scan_input, 1)
        for button in made:
            top.addWidget(button)
        middle = QHBoxLayout()
        middle.addWidget(self.verdict, 3)
        middle.addWidget(self.search, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.counters)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.status)

        # Check-ins run on the GUI thread, between key events (2–5 ms each, timed by the bench):
        # with the pool, one run in five crashed while a worker held a pooled SQLite connection.
        self._processor = DeskProcessor(services.checkins)
        self.queue = ScanQueue(self._process, journal=journal, parent=self)
        self.queue.processed.connect(self._answered)
        self.queue.failed.connect(self._failed)
        self.queue.held.connect(self._held)
        self.queue.released.connect(self._released)
        storage = services.storage
        self.storage = storage
        self._journal = journal
        self.storage_banner = StorageBanner(
            self.queue, storage.problem if storage is not None else None, self
        )
        self.storage_banner.help_requested.connect(self.open_storage_dialog)
        self.storage_banner.problem_found.connect(self._storage_problem)
        layout.insertWidget(0, self.storage_banner)
        self.capture = ScannerCapture(self)
        self.capture.scanned.connect(lambda code: self.submit(code, "scanner"))
        self.setFocusProxy(self.scan_input)
        tasks.data_changed.connect(self._data_changed)

    def _process(self, item: ScanItem) -> ScanAnswer:
        """One queued item on the GUI thread; a verdict (a check-in row written) is announced."""
        answer = self._processor.process(item)
        if answer.result is not None:
            self._tasks.announce([DataKind.CHECKINS])
        return answer

    def _data_changed(self, kinds: frozenset[str]) -> None:
        """Arrivals shown in the search list follow every check-in, walk-in and import."""
        wanted = (DataKind.CHECKINS, DataKind.ATTENDEES, DataKind.BADGES)
        if touches(kinds, *wanted) and self.search.input.text().strip():
            self.search.run_search()

    def _button(self, name: str, text: str, key: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.setAutoDefault(False)
        button.setDefault(False)
        button.setStyleSheet("QPushButton { font-size: 15px; padding: 8px 10px; }")
        button.clicked.connect(slot)
        self._shortcut(key, slot)
        return button

    def _shortcut(self, key: str, slot: Callable[[], None]) -> None:
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    # -- showing and hiding ------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.capture.install()
        self.counters.refresh()
        QTimer.singleShot(200, self.sounds.warm_up)
        self.scan_input.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        self.capture.uninstall()
        super().hideEvent(event)

    # -- scans in ----------------------------------------------------------------------------

    def submit(self, text: str, source: str = "scanner") -> None:
        """Queue a scanned or typed code / 学号 (source "scanner" or "typed")."""
        if source == "scanner":
            self._pending_confirm = None
        self.queue.submit(ScanItem(text=text, source="typed" if source == "typed" else "scanner"))
        self._show_queue()

    def _typed(self) -> None:
        text = self.scan_input.text().strip()
        pending = self._pending_confirm
        if pending is not None and text == pending[0]:
            self._pending_confirm = None
            self.scan_input.clear()
            self.queue.submit(ScanItem(attendee_id=pending[1], method="student_no"))
            return
        if text:
            self.submit(text, "typed")
            if len(text) > 20:
                self.scan_input.clear()

    def _chosen(self, hit: AttendeeHit) -> None:
        self.queue.submit(ScanItem(attendee_id=hit.id, source="chosen", method="search"))

    def _show_queue(self) -> None:
        waiting = self.queue.pending - 1
        text = self.tr("{n} more scans waiting…").format(n=waiting) if waiting > 0 else ""
        self.status.setText(text)

    # -- answers out -------------------------------------------------------------------------

    def _answered(self, item: ScanItem, answer: ScanAnswer) -> None:
        self._search_is_newest = False
        result = answer.result
        if result is not None:
            self.verdict.show_result(result)
            self.sounds.play(result.outcome)
            if result.outcome in ("ok", "already"):
                self.undo.remember(result)
            if item.source == "typed":
                self.scan_input.clear()
        elif not answer.matches:
            self.verdict.show_not_found(item.text)
            self.sounds.play("rejected")
        elif len(answer.matches) == 1:
            self._pending_confirm = (item.text.strip(), answer.matches[0].id)
            self.verdict.show_confirm(answer.matches[0])
        else:
            self.search.input.setText(item.text.strip())
            self.search.run_search()
            self.search.table.setFocus()
            self.verdict.show_choose(len(answer.matches))
        self._show_queue()
        self.verdict_shown.emit(answer)

    def _held(self, item: ScanItem | None, exc: StorageError | None) -> None:
        if item is None:  # a retry failed again: the strip says so, the verdict stays
            return
        self.verdict.show_message(
            "storage",
            self.tr("⚠ Held — not saved yet"),
            self.tr("The station cannot save right now: {reason} This scan is kept and will be "
                    "saved automatically; it is not a refusal.").format(
                reason=storage_reason(exc) if exc else self.tr("earlier scans are still held.")),
        )  # fmt: skip
        self._show_queue()
        self.verdict_shown.emit(ScanAnswer(item))

    def _storage_problem(self, exc: StorageError) -> None:
        """The file itself went wrong: the last ✔ must not stay up as if all were on disk."""
        self.verdict.show_message(
            "storage",
            self.tr("⚠ Storage problem"),
            self.tr("{reason} Scans are held, not saved. Press \"What to do…\" above: save "
                    "everything this station holds into a new file.").format(
                reason=storage_reason(exc)),
        )  # fmt: skip

    def _released(self, item: ScanItem, answer: ScanAnswer) -> None:
        result = answer.result
        who = result.attendee.name if result and result.attendee else item.text
        if result is not None and result.outcome == "rejected":
            text = self.tr("Held scan saved, but refused: {who} — {reason}").format(
                who=who, reason=result.reason_text
            )
        else:
            text = self.tr("Held scan saved: {who}").format(who=who)
        self.status.setText(text)

    def open_storage_dialog(self) -> StorageDialog | None:
        return open_storage_dialog(self.storage, self.queue, self._journal, self)

    def _failed(self, item: ScanItem, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self.verdict.show_message("rejected", self.tr("✖ Not accepted"), str(exc))
        else:
            self.verdict.show_message("rejected", self.tr("✖ Error"), self.tr("Please scan again."))
        self.sounds.play("rejected")
        self._show_queue()
        self.verdict_shown.emit(ScanAnswer(item))

    # -- keyboard actions --------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.input.setFocus()
        self.search.input.selectAll()

    def back_to_scanning(self) -> None:
        self._pending_confirm = None
        self.undo.disarm()
        self.scan_input.setFocus()

    def undo_last(self) -> None:
        self.undo.press()

    def _undone(self, person: AttendeeCard) -> None:
        self.verdict.show_message(
            "undone",
            self.tr("Check-in undone"),
            self.tr("This check-in was cancelled."),
            name=person.name,
        )

    def _toggle_mute(self) -> None:
        if self.sender() is not self.mute_button:
            self.mute_button.toggle()
        self.sounds.muted = self.mute_button.isChecked()
        self.mute_button.setText(
            self.tr("Muted (Ctrl+M)") if self.sounds.muted else self.tr("Sound on (Ctrl+M)")
        )

    # -- badges and walk-ins -----------------------------------------------------------------

    def current_person(self) -> tuple[uuid.UUID, str] | None:
        """The person a badge action is for (id, name): the chosen search hit if the volunteer
        touched the search after the last verdict, else the last verdict's person."""
        focus = self.focusWidget()
        in_search = focus is not None and (focus is self.search or self.search.isAncestorOf(focus))
        # The search choice counts only if the volunteer touched it after the last verdict: a
        # scan that arrived while focus sat in the search box is what Ctrl+P is for.
        if in_search and self._search_is_newest:
            hit = self.search.current_hit()
            if hit is not None:
                return hit.id, hit.name
        result = self.verdict.result
        if result is not None and result.attendee is not None and result.outcome != "rejected":
            return result.attendee.id, result.attendee.name
        return None

    def print_current(self, *, reissue: bool = False) -> None:
        """Ctrl+P (print or reprint) and Ctrl+Shift+P (lost badge: reissue, then print)."""
        message = print_for(self, self._print_badge, self.current_person(), reissue)
        self._tasks.announce([DataKind.BADGES])
        self.status.setText(message)
        self.scan_input.setFocus()

    def reissue_current(self) -> None:
        self.print_current(reissue=True)

    def open_walk_in(self) -> QWidget:
        """Open the walk-in form (non-blocking); returns the dialog."""
        from fairdesk.ui.desk.walk_in import WalkInDialog

        dialog = WalkInDialog(self._services.registration, self)
        dialog.registered.connect(self._walked_in)
        dialog.existing_chosen.connect(
            lambda person_id: self.queue.submit(ScanItem(attendee_id=person_id, method="search"))
        )
        dialog.finished.connect(lambda _code: self.scan_input.setFocus())
        dialog.open()
        return dialog

    def open_employers(self) -> QWidget:
        """Employer check-in over the desk (non-blocking); returns the dialog."""
        from fairdesk.ui.desk.employers import EmployersDialog

        dialog = EmployersDialog(self._services.arrivals, self._tasks, self)
        dialog.finished.connect(lambda _code: self.scan_input.setFocus())
        dialog.open()
        return dialog

    def _walked_in(self, outcome: Any) -> None:
        self._tasks.announce(WALK_IN_KINDS)
        self._answered(ScanItem(source="chosen"), ScanAnswer(ScanItem(), outcome.checkin))
        try:
            self._print_badge([outcome.attendee.id], False)
        except UserError as exc:
            self._user_error(exc)

    def _user_error(self, exc: BaseException) -> None:
        show_user_error(self, str(exc))
