"""The unlocked booth station: scan → student card → interview form, and the interview list.

Every change is saved at once through the interview service (one short transaction each) and the
screen says "Saved". Scans come from a handheld scanner anywhere in the window (`ScannerCapture`),
from the scan field, or from the webcam panel, and go through one `ScanQueue` so none is lost.
Keyboard flow after a scan: focus is on the rating, 1–5 rate, Tab goes to the outcome, N (or
Ctrl+N) jumps to the note line, Enter appends the note, Esc returns to the rating.

Saves run on the GUI thread (one short transaction each) and are announced to the runner as
"interviews"; the interview list refreshes from the runner's `data_changed`, like every list.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fairdesk.errors import StorageError, UserError
from fairdesk.services.booth.views import InterviewCard, ScanOutcome
from fairdesk.ui.booth.bars import ERROR_STYLE, OK_STYLE, BoothHeader, ScanBar
from fairdesk.ui.booth.card import NotesView, StudentCardView
from fairdesk.ui.booth.form import InterviewForm
from fairdesk.ui.booth.keys import BoothKeys
from fairdesk.ui.booth.list import InterviewListPanel
from fairdesk.ui.booth.texts import rejection_text, scan_message
from fairdesk.ui.bundles import Interviews, Storage
from fairdesk.ui.changes import DataKind, touches
from fairdesk.ui.crash_dialog import readable_error
from fairdesk.ui.file_names import offered_name
from fairdesk.ui.tasks import TaskRunner
from fairdesk.ui.widgets.camera_panel import make_camera_panel
from fairdesk.ui.widgets.held_journal import HeldJournal
from fairdesk.ui.widgets.scan_capture import ScannerCapture
from fairdesk.ui.widgets.scan_queue import ScanQueue
from fairdesk.ui.widgets.storage_banner import (
    StorageBanner,
    StorageDialog,
    open_storage_dialog,
    storage_reason,
)

logger = logging.getLogger(__name__)

HINT_STYLE = "color: #37474f; background: #eceff1; border-radius: 4px; padding: 4px 6px;"


class BoothStation(QWidget):
    """See the module docstring. Emits `lock_requested` and `lock_minutes_changed(int)`."""

    lock_requested = Signal()
    lock_minutes_changed = Signal(int)

    def __init__(
        self,
        service: Interviews,
        *,
        tasks: TaskRunner,
        export: Callable[[Path], int],
        lock_minutes: int = 5,
        storage: Storage | None = None,  # the storage-problem strip and dialog
        journal: HeldJournal | None = None,  # held scans beside the database
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("boothStation")
        self.setAccessibleName(self.tr("Booth station"))
        self.service = service
        self._tasks = tasks
        self._export = export
        self.current: InterviewCard | None = None
        self._build(lock_minutes)
        self.capture = ScannerCapture(self)
        self.capture.scanned.connect(self.submit_scan)
        self.queue = ScanQueue(self._process_scan, journal=journal, parent=self)
        self.queue.processed.connect(self._on_scanned)
        self.queue.failed.connect(lambda _t, exc: self._say(readable_error(exc), error=True))
        self.queue.held.connect(self._held)
        self.queue.released.connect(self._released)
        self.storage, self._journal = storage, journal
        self.storage_banner = StorageBanner(
            self.queue, storage.problem if storage is not None else None, self
        )
        self.storage_banner.help_requested.connect(self.open_storage_dialog)
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(0, self.storage_banner)
        self.camera.scanned.connect(self.submit_scan)
        self._wire_form()
        self.reload_choices()
        self.form.set_interviewer(service.last_interviewer())
        self.form.load(None)
        self.refresh_list()
        tasks.data_changed.connect(self._data_changed)
        self.setFocusProxy(self.scan_input)
        self.keys = BoothKeys(
            self,
            has_record=lambda: self.current is not None,
            rate=self.form.rating.choose,
            focus_note=self.focus_note,
            shortcuts={
                "F2": self.focus_scan,
                "Ctrl+N": self.focus_note,
                "Ctrl+F": self.list_panel.search.setFocus,
                "Ctrl+L": self.lock_requested.emit,
                "Ctrl+E": self.choose_export,
                "Escape": self.form.rating.setFocus,
            },
        )

    # -- construction ------------------------------------------------------------------------

    def _build(self, lock_minutes: int) -> None:
        self.header = BoothHeader(self.service.company_name, lock_minutes)
        self.header.export_requested.connect(self.choose_export)
        self.header.lock_requested.connect(self.lock_requested)
        self.header.lock_minutes_changed.connect(self.lock_minutes_changed)
        self.scan_bar = ScanBar()
        self.scan_bar.code_entered.connect(self.submit_scan)
        self.scan_bar.camera_toggled.connect(self._toggle_camera)
        self.scan_input, self.scan_result = self.scan_bar.input, self.scan_bar.result
        self.camera = make_camera_panel(tasks=self._tasks)  # or CameraUnavailable saying why
        self.camera.hide()
        if not self.camera.available:
            self.scan_bar.camera_button.setEnabled(False)
            self.scan_bar.camera_button.setToolTip(self.camera.message.text())

        self.card = StudentCardView()
        self.form = InterviewForm()
        self.notes = NotesView()
        notes_heading = QLabel(self.tr("Notes (everyone's, oldest first)"))
        notes_heading.setObjectName("notesHeading")
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedLabel")
        self.saved_label.setAccessibleName(self.tr("Save status"))
        self.hints = QLabel(
            self.tr("1–5 rate · Tab outcome · N note · Enter adds note · Esc back to rating · "
                    "F2 scan field · Ctrl+F search · Ctrl+L lock")
        )  # fmt: skip
        self.hints.setObjectName("shortcutHints")
        self.hints.setWordWrap(True)
        self.hints.setStyleSheet(HINT_STYLE)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(self.camera)
        left_layout.addWidget(self.card)
        left_layout.addWidget(self.form)
        left_layout.addWidget(self.saved_label)
        left_layout.addWidget(notes_heading)
        left_layout.addWidget(self.notes, 1)
        left_layout.addWidget(self.hints)
        self.list_panel = InterviewListPanel()
        self.list_panel.open_requested.connect(self.open_interview)
        splitter = QSplitter()
        splitter.setObjectName("boothSplitter")
        splitter.addWidget(left)
        splitter.addWidget(self.list_panel)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addWidget(self.header)
        layout.addWidget(self.scan_bar)
        layout.addWidget(splitter, 1)

    def _wire_form(self) -> None:
        f = self.form
        f.rating_changed.connect(lambda n: self._save(self.service.set_rating, n))
        f.outcome_changed.connect(lambda o: self._save(self.service.set_outcome, o))
        f.position_changed.connect(lambda p: self._save(self.service.set_position, p))
        f.tags_changed.connect(lambda tags: self._save(self.service.set_tags, tags))
        f.interviewer_changed.connect(self._on_interviewer)
        f.tag_added.connect(self._on_tag_added)
        f.note_submitted.connect(self._on_note)
        self.card.pending_name_edited.connect(self._on_pending_name)
        self.card.pending_name.returnPressed.connect(self.form.rating.setFocus)
        self.form.interviewer.returnPressed.connect(
            lambda: self.form.rating.setFocus() if self.current else self.focus_scan()
        )

    # -- scanning ----------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        self.capture.install()
        super().showEvent(event)

    def hideEvent(self, event: Any) -> None:
        self.capture.uninstall()
        super().hideEvent(event)

    @Slot(str)
    def submit_scan(self, code: str) -> None:
        self.queue.submit(code)

    def _process_scan(self, code: str) -> ScanOutcome:
        outcome = self.service.scan(code, interviewer=self.form.interviewer.text())
        if outcome.interview is not None:
            self._wrote()
        return outcome

    def _wrote(self) -> None:
        self._tasks.announce([DataKind.INTERVIEWS])

    def _data_changed(self, kinds: frozenset[str]) -> None:
        if touches(kinds, DataKind.INTERVIEWS, DataKind.ATTENDEES, DataKind.COMPANIES):
            self.refresh_list()

    @Slot(str, object)
    def _on_scanned(self, _code: str, outcome: ScanOutcome) -> None:
        if outcome.interview is None:
            self._say(rejection_text(outcome.reason), error=True)
            return
        self._show(outcome.interview)
        self._say(scan_message(outcome), warn=outcome.status == "pending")
        if outcome.interview.is_pending and not outcome.interview.pending_name:
            self.card.pending_name.setFocus()
        else:
            self.form.rating.setFocus()

    @Slot(bool)
    def _toggle_camera(self, on: bool) -> None:
        self.camera.setVisible(on)
        if on:
            self.camera.start()
        else:
            self.camera.stop()

    # -- the record --------------------------------------------------------------------------

    @Slot(object)
    def open_interview(self, interview_id: uuid.UUID) -> None:
        try:
            self._show(self.service.card(interview_id))
        except UserError as exc:
            self._say(str(exc), error=True)
            return
        self._say("")  # the last scan's message was about someone else
        self.form.rating.setFocus()

    def _show(self, card: InterviewCard) -> None:
        self._keep_unsaved_note(card)
        self.current = card
        self.card.show_card(card)
        self.notes.show_notes(card.notes)
        self.form.load(card)
        self.saved_label.clear()
        self.list_panel.select(card.id)

    def _held(self, code: str | None, exc: StorageError | None) -> None:
        if code is not None:
            self._say(self.tr("⚠ Held — not saved yet: the station cannot save right now. The "
                              "scan is kept and saved automatically."), warn=True)  # fmt: skip

    def _released(self, _code: str, outcome: ScanOutcome) -> None:
        self._say(self.tr("A held scan is saved now."), warn=False)

    def open_storage_dialog(self) -> StorageDialog | None:
        return open_storage_dialog(self.storage, self.queue, self._journal, self)

    def _save(self, call: Callable[[uuid.UUID, Any], object], value: Any) -> bool:
        if self.current is None:
            return False
        try:
            call(self.current.id, value)
        except StorageError as exc:
            self.saved_label.setStyleSheet(ERROR_STYLE)
            self.saved_label.setText(
                self.tr("NOT saved — storage problem: {reason}").format(reason=storage_reason(exc))
            )
            self.storage_banner.last_error = exc
            self.storage_banner.refresh()
            self.storage_banner.show()
            return False
        except UserError as exc:
            self.saved_label.setStyleSheet(ERROR_STYLE)
            self.saved_label.setText(str(exc))
            return False
        self.saved_label.setStyleSheet(OK_STYLE)
        self.saved_label.setText(
            self.tr("Saved ✓ {time}").format(time=datetime.now().strftime("%H:%M:%S"))
        )
        self._wrote()
        return True

    def _keep_unsaved_note(self, card: InterviewCard) -> None:
        """A note typed but not yet added when the next student is scanned goes to its record."""
        text = self.form.note.text().strip()
        if self.current is None or not text or self.current.id == card.id:
            return
        try:
            self.service.add_note(self.current.id, self.form.interviewer.text(), text)
            self._wrote()
        except UserError as exc:
            logger.warning("could not keep an unsaved note: %s", exc)

    @Slot(str)
    def _on_pending_name(self, name: str) -> None:
        if self.current is not None and self._save(self.service.set_pending_name, name):
            self.current = self.service.card(self.current.id)
            self.card.show_card(self.current)

    @Slot(str)
    def _on_interviewer(self, name: str) -> None:
        if self.current is not None:
            self._save(self.service.set_interviewer, name)

    @Slot(str)
    def _on_tag_added(self, name: str) -> None:
        try:
            tag = self.service.add_tag(name)
        except UserError as exc:
            self._say(str(exc), error=True)
            return
        self._wrote()
        checked = [*self.form.checked_tags(), tag]
        self.reload_choices()
        if self.current is not None and self._save(self.service.set_tags, checked):
            self.current = self.service.card(self.current.id)
            self.form.load(self.current)

    @Slot(str)
    def _on_note(self, text: str) -> None:
        if self.current is None:
            return
        author = self.form.interviewer.text()
        if self._save(lambda iid, body: self.service.add_note(iid, author, body), text):
            self.current = self.service.card(self.current.id)
            self.notes.show_notes(self.current.notes)
            self.form.note.clear()

    # -- helpers -----------------------------------------------------------------------------

    def reload_choices(self) -> None:
        positions, tags = self.service.positions(), self.service.tags()
        self.form.set_choices(positions, tags)
        self.list_panel.set_choices(positions, tags)

    def refresh_list(self) -> None:
        self.list_panel.set_rows(self.service.list())
        self.list_panel.select(self.current.id if self.current else None)

    def focus_scan(self) -> None:
        self.scan_input.setFocus()
        self.scan_input.selectAll()

    def focus_start(self) -> None:
        """Where focus goes on unlock: the interviewer's name if unknown, else the scan field."""
        if self.form.interviewer.text().strip():
            self._say("")  # whatever was said before the lock is stale now
            self.focus_scan()
        else:
            self.form.interviewer.setFocus()
            self._say(self.tr("Type your name as interviewer (remembered), then scan a badge."))

    def focus_note(self) -> None:
        self.form.note.setFocus()

    def _say(self, text: str, *, error: bool = False, warn: bool = False) -> None:
        self.scan_bar.say(text, error=error, warn=warn)

    @Slot()
    def choose_export(self) -> None:
        name = offered_name(self.tr("{company}_interviews.xlsx"), company=self.service.company_name)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export interviews"), name, self.tr("Excel (*.xlsx);;CSV (*.csv)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write this company's interviews to `path` off the GUI thread."""
        self._tasks.read(
            lambda: self._export(path),
            lambda n: self._say(self.tr("Exported {n} rows to {path}").format(n=n, path=path)),
            lambda exc: self._say(readable_error(exc), error=True),
            label=self.tr("Exporting interviews"),
        )
