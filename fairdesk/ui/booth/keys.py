"""The booth's keyboard flow, so a recruiter can rate and note a student without the mouse.

Outside text fields 1–5 rate the record on the card and N jumps to the note line (an event filter
on every non-text child: the digits never reach a combo box's type-ahead, and keys typed into a
text field stay text). Scanner bursts never get here: `ScannerCapture` takes them first and only
replays keys a person typed. Shortcuts: F2 scan field, Ctrl+N note, Ctrl+F search, Ctrl+L lock,
Ctrl+E export, Esc back to the rating.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QTextEdit, QWidget

from fairdesk.ui.booth.form import RATING_KEYS

logger = logging.getLogger(__name__)

_TEXT_INPUTS = (QLineEdit, QTextEdit, QAbstractSpinBox)


class BoothKeys(QObject):
    """Installs the key filter on `root`'s non-text children and the station's shortcuts."""

    def __init__(
        self,
        root: QWidget,
        *,
        has_record: Callable[[], bool],
        rate: Callable[[int], None],
        focus_note: Callable[[], None],
        shortcuts: dict[str, Callable[[], object]],
    ) -> None:
        super().__init__(root)
        self._has_record = has_record
        self._rate = rate
        self._focus_note = focus_note
        self._ours = [QKeySequence(keys) for keys in shortcuts]
        for keys, slot in shortcuts.items():
            shortcut = QShortcut(QKeySequence(keys), root)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        for child in root.findChildren(QWidget):
            child.installEventFilter(self)

    def _is_ours(self, event: QKeyEvent) -> bool:
        pressed = QKeySequence(event.keyCombination())
        return any(pressed.matches(seq) == QKeySequence.SequenceMatch.ExactMatch
                   for seq in self._ours)  # fmt: skip

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            # A line edit claims Ctrl+E (end of line) and friends; the station's own
            # shortcuts must work from every field, so do not let it.
            return isinstance(obj, _TEXT_INPUTS) and self._is_ours(event)
        if isinstance(obj, _TEXT_INPUTS):
            return False  # typing in a text field stays typing
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier or not self._has_record():
            return False
        key = Qt.Key(event.key())
        if key in RATING_KEYS:
            self._rate(RATING_KEYS[key])
            return True
        if key == Qt.Key.Key_N:
            self._focus_note()
            return True
        return False
