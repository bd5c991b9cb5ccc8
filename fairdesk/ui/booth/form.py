"""The interview form: rating, outcome, position, tags, interviewer and a note line.

Each control emits its own change as it happens (the station saves it at once, one short
transaction per change); `load()` fills the controls without emitting. Keyboard first: 1–5 rate
(handled by the station wherever focus is not in a text field), Tab moves on to the outcome, N or
Ctrl+N jumps to the note line, Enter there appends the note.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from fairdesk.services.booth.views import InterviewCard, PositionChoice
from fairdesk.ui.labels import outcome_choices

logger = logging.getLogger(__name__)

RATING_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 6)}


_RATING_STYLE = (
    "#ratingBar { border: 2px solid transparent; border-radius: 6px; }"
    '#ratingBar[focused="true"] { border: 2px solid #1e88e5; background: #e3f2fd; }'
    "QPushButton { font-size: 15px; padding: 4px 10px; }"
    "QPushButton:checked { background: #ffb300; color: black; font-weight: bold;"
    " border: 1px solid #ff8f00; border-radius: 4px; }"
)


class RatingBar(QFrame):
    """Five buttons, one checked; keys 1–5 while it has focus. Emits `rating_changed(n)`."""

    rating_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratingBar")
        self.setAccessibleName(self.tr("Rating, 1 to 5"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setProperty("focused", False)
        self.setStyleSheet(_RATING_STYLE)
        self._rating = 0
        self.buttons: list[QPushButton] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(2, 2, 2, 2)
        row.setSpacing(4)
        for n in range(1, 6):
            button = QPushButton(f"{n} ★")
            button.setObjectName(f"rating{n}")
            button.setAccessibleName(self.tr("Rate {n}").format(n=n))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumSize(QSize(52, 34))
            button.clicked.connect(lambda _checked=False, n=n: self.choose(n))
            row.addWidget(button)
            self.buttons.append(button)
        row.addStretch(1)

    @property
    def rating(self) -> int:
        return self._rating

    def set_rating(self, rating: int | None) -> None:
        """Show `rating` (0/None: none) without emitting."""
        self._rating = rating or 0
        for n, button in enumerate(self.buttons, start=1):
            button.setChecked(n <= self._rating)

    def choose(self, rating: int) -> None:
        self.set_rating(rating)
        self.rating_changed.emit(rating)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        n = RATING_KEYS.get(Qt.Key(event.key()))
        if n is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.choose(n)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._show_focus(True)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._show_focus(False)
        super().focusOutEvent(event)

    def _show_focus(self, focused: bool) -> None:
        self.setProperty("focused", focused)
        self.style().unpolish(self)
        self.style().polish(self)


class InterviewForm(QWidget):
    """See the module docstring."""

    rating_changed = Signal(int)
    outcome_changed = Signal(object)  # str | None
    position_changed = Signal(object)  # uuid.UUID | None
    tags_changed = Signal(list)
    tag_added = Signal(str)
    interviewer_changed = Signal(str)
    note_submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("interviewForm")
        self.setAccessibleName(self.tr("Interview"))
        self._loading = False
        self.rating = RatingBar()
        self.rating.rating_changed.connect(self.rating_changed)
        self.outcome = QComboBox()
        self.outcome.setObjectName("outcomeCombo")
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.outcome.addItem(self.tr("— none —"), None)
        for word in outcome_choices():
            self.outcome.addItem(word, word)
        self.outcome.currentIndexChanged.connect(self._on_outcome)
        self.position = QComboBox()
        self.position.setObjectName("positionCombo")
        self.position.setAccessibleName(self.tr("Position"))
        self.position.currentIndexChanged.connect(self._on_position)
        self.tags = QListWidget()
        self.tags.setObjectName("tagList")
        self.tags.setAccessibleName(self.tr("Tags (Space toggles)"))
        self.tags.setFlow(QListView.Flow.LeftToRight)
        self.tags.setWrapping(True)
        self.tags.setResizeMode(QListView.ResizeMode.Adjust)
        self.tags.setSpacing(2)
        self.tags.setMaximumHeight(64)
        self.tags.itemChanged.connect(self._on_tag_item)
        self.new_tag = QLineEdit()
        self.new_tag.setObjectName("newTagInput")
        self.new_tag.setAccessibleName(self.tr("New company tag"))
        self.new_tag.setPlaceholderText(self.tr("New company tag, Enter adds it"))
        self.new_tag.returnPressed.connect(self._on_new_tag)
        self.note = QLineEdit()
        self.note.setObjectName("noteInput")
        self.note.setAccessibleName(self.tr("New note"))
        self.note.setPlaceholderText(
            self.tr("Note (N), Enter adds it; notes are never overwritten")
        )
        self.note.returnPressed.connect(self._on_note)
        self.interviewer = QLineEdit()
        self.interviewer.setObjectName("interviewerInput")
        self.interviewer.setAccessibleName(self.tr("Interviewer"))
        self.interviewer.setPlaceholderText(self.tr("Your name (remembered)"))
        self.interviewer.editingFinished.connect(self._on_interviewer)
        self.no_tags = QLabel(self.tr("No tags yet: type one below and press Enter."))
        self.no_tags.setObjectName("noTagsHint")
        self._shown_interviewer = ""
        self._loaded_id: object = None  # the record shown, so a refresh keeps a half-typed note

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Rating (1–5)"), self.rating)
        form.addRow(self.tr("&Outcome"), self.outcome)
        form.addRow(self.tr("&Position"), self.position)
        form.addRow(self.tr("&Tags"), self.tags)
        form.addRow("", self.no_tags)
        form.addRow("", self.new_tag)
        form.addRow(self.tr("&Note"), self.note)
        form.addRow(self.tr("&Interviewer"), self.interviewer)
        for widget in (self.rating, self.outcome, self.position, self.tags, self.new_tag,
                       self.note, self.interviewer):  # fmt: skip
            label = form.labelForField(widget)
            if label is not None and hasattr(label, "setBuddy"):
                label.setBuddy(widget)
        QWidget.setTabOrder(self.rating, self.outcome)
        QWidget.setTabOrder(self.outcome, self.position)
        QWidget.setTabOrder(self.position, self.tags)
        QWidget.setTabOrder(self.tags, self.note)
        QWidget.setTabOrder(self.note, self.new_tag)
        QWidget.setTabOrder(self.new_tag, self.interviewer)

    # -- filling -----------------------------------------------------------------------------

    def set_choices(self, positions: Sequence[PositionChoice], tags: Sequence[str]) -> None:
        self._loading = True
        try:
            current = self.position.currentData()
            self.position.clear()
            self.position.addItem(self.tr("— none —"), None)
            for p in positions:
                self.position.addItem(p.title, str(p.id))  # str: QVariant compares it
            self._select(self.position, current)
            checked = set(self.checked_tags())
            self.tags.clear()
            for name in tags:
                item = QListWidgetItem(name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if name in checked else Qt.CheckState.Unchecked
                )
                self.tags.addItem(item)
            self.tags.setVisible(bool(tags))
            self.no_tags.setVisible(not tags)
        finally:
            self._loading = False

    def load(self, card: InterviewCard | None) -> None:
        """Show `card`'s values (or clear) without emitting any change."""
        self._loading = True
        try:
            for widget in (self.rating, self.outcome, self.position, self.tags, self.new_tag,
                           self.note):  # fmt: skip
                widget.setEnabled(card is not None)
            self.rating.set_rating(card.rating if card else None)
            self._select(self.outcome, card.outcome if card else None)
            position = card.position_id if card else None
            self._select(self.position, str(position) if position else None)
            wanted = set(card.tags) if card else set()
            for row in range(self.tags.count()):
                item = self.tags.item(row)
                item.setCheckState(
                    Qt.CheckState.Checked if item.text() in wanted else Qt.CheckState.Unchecked
                )
            if card is not None and card.interviewer:
                self.interviewer.setText(card.interviewer)
                self._shown_interviewer = card.interviewer
            same = card is not None and card.id == self._loaded_id
            if not same:  # a refresh of the same record keeps a half-typed note
                self.note.clear()
            self._loaded_id = card.id if card is not None else None
        finally:
            self._loading = False

    def set_interviewer(self, name: str) -> None:
        self.interviewer.setText(name)
        self._shown_interviewer = name

    def checked_tags(self) -> list[str]:
        return [
            self.tags.item(r).text()
            for r in range(self.tags.count())
            if self.tags.item(r).checkState() == Qt.CheckState.Checked
        ]

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value) if value is not None else 0
        combo.setCurrentIndex(max(index, 0))

    # -- emitting ----------------------------------------------------------------------------

    @Slot(int)
    def _on_outcome(self, _index: int) -> None:
        if not self._loading:
            self.outcome_changed.emit(self.outcome.currentData())

    @Slot(int)
    def _on_position(self, _index: int) -> None:
        if not self._loading:
            value = self.position.currentData()
            self.position_changed.emit(uuid.UUID(value) if value else None)

    @Slot(QListWidgetItem)
    def _on_tag_item(self, _item: QListWidgetItem) -> None:
        if not self._loading:
            self.tags_changed.emit(self.checked_tags())

    @Slot()
    def _on_new_tag(self) -> None:
        text = self.new_tag.text().strip()
        if text:
            self.new_tag.clear()
            self.tag_added.emit(text)

    @Slot()
    def _on_note(self) -> None:
        text = self.note.text().strip()
        if text:
            self.note_submitted.emit(text)

    @Slot()
    def _on_interviewer(self) -> None:
        text = self.interviewer.text().strip()
        if text != self._shown_interviewer:
            self._shown_interviewer = text
            self.interviewer_changed.emit(text)
