"""The student card at a booth: who was scanned, how often they came; and their notes in order.

Only display fields exist here (name, university, school, major, degree, year): the card is fed an
`InterviewCard`, which has no contact details. A pending record (badge serial not in the booth
roster) shows the serial and a field for typing the name until the organiser merges.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from fairdesk.core.codes import short_serial
from fairdesk.services.booth.views import InterviewCard, NoteView
from fairdesk.ui import fonts
from fairdesk.ui.booth.interviews_model import local_time_text
from fairdesk.ui.labels import degree_text

logger = logging.getLogger(__name__)


def note_line(note: NoteView) -> str:
    """How a note reads in the card: "[10-22 14:03 王经理 @ booth-2] text"."""
    who = note.author or "—"
    if note.station:
        who = f"{who} @ {note.station}"
    return f"[{local_time_text(note.at)} {who}] {note.text}"


class StudentCardView(QFrame):
    """Shows an `InterviewCard`; emits `pending_name_edited(text)` for a pending record."""

    pending_name_edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("studentCard")
        self.setAccessibleName(self.tr("Student card"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name_label = QLabel(self.tr("Scan a badge to start"))
        self.name_label.setObjectName("cardName")
        self.name_label.setAccessibleName(self.tr("Student name"))
        fonts.heading(self.name_label, 1.9)
        self.details_label = QLabel()
        self.details_label.setObjectName("cardDetails")
        self.details_label.setAccessibleName(self.tr("University, school and major"))
        self.details_label.setWordWrap(True)
        self.visits_label = QLabel()
        self.visits_label.setObjectName("cardVisits")
        self.visits_label.setAccessibleName(self.tr("Visits"))
        self.pending_label = QLabel()
        self.pending_label.setObjectName("cardPending")
        self.pending_label.setWordWrap(True)
        self.pending_name = QLineEdit()
        self.pending_name.setObjectName("pendingNameInput")
        self.pending_name.setAccessibleName(self.tr("Name of the pending student"))
        self.pending_name.setPlaceholderText(self.tr("Type the student's name"))
        self.pending_name.editingFinished.connect(self._on_pending_name)

        pending_row = QHBoxLayout()
        pending_row.addWidget(self.pending_label, 1)
        pending_row.addWidget(self.pending_name, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        layout.addWidget(self.name_label)
        layout.addWidget(self.details_label)
        layout.addWidget(self.visits_label)
        layout.addLayout(pending_row)
        self._shown_pending = ""
        self.show_card(None)

    def show_card(self, card: InterviewCard | None) -> None:
        if card is None:
            self.name_label.setText(self.tr("Scan a badge to start"))
            self.details_label.setText(
                self.tr("Scanner, webcam or type the code in the scan field (F2).")
            )
            self.visits_label.clear()
            self._set_pending(None)
            return
        student = card.student
        if student is not None:
            self.name_label.setText(student.name)
            parts = [student.university, student.school, student.major,
                     degree_text(student.degree), str(student.grad_year or "")]  # fmt: skip
            self.details_label.setText(" · ".join(p for p in parts if p))
        else:
            self.name_label.setText(card.pending_name or self.tr("Not in the booth roster"))
            self.details_label.setText(
                self.tr("Walk-in registered after this booth's roster was made.")
            )
        self.visits_label.setText(
            self.tr("Visit {n} · first {first} · last {last}").format(
                n=card.visits,
                first=local_time_text(card.first_visit),
                last=local_time_text(card.last_visit),
            )
        )
        self._set_pending(card)

    def _set_pending(self, card: InterviewCard | None) -> None:
        pending = card is not None and card.is_pending
        self.pending_label.setVisible(pending)
        self.pending_name.setVisible(pending)
        if card is not None and pending and card.pending_serial is not None:
            self.pending_label.setText(
                self.tr("Pending badge {serial}: settled when the organiser merges.").format(
                    serial=short_serial(card.pending_serial, 0)
                )
            )
            self._shown_pending = card.pending_name
            self.pending_name.setText(card.pending_name)

    @Slot()
    def _on_pending_name(self) -> None:
        text = self.pending_name.text().strip()
        if text != self._shown_pending:
            self._shown_pending = text
            self.pending_name_edited.emit(text)


class NotesView(QListWidget):
    """Every note of the record, oldest first, with author, station and time (read-only)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardNotes")
        self.setAccessibleName(self.tr("Notes, oldest first"))
        self.setWordWrap(True)
        self.setMinimumHeight(70)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

    def show_notes(self, notes: Sequence[NoteView]) -> None:
        self.clear()
        for note in notes:
            self.addItem(note_line(note))
        if self.count():
            self.scrollToBottom()
