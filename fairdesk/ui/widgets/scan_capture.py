"""Keyboard-wedge scanners: a scan field with the input method off, and burst capture.

A handheld scanner "types" a badge code as fast keystrokes ending in Enter (or Tab). Volunteers
leave the focus anywhere — in the search box, on a result list — so `ScannerCapture` watches the
whole application (an event filter on QApplication) while its screen is showing and recognises a
burst by the events' own timestamps (`QKeyEvent.timestamp()`, not the wall clock, so a busy GUI
thread that delivers queued keys late still sees them as fast).

The first keys of a burst cannot be told from typing until the next fast key arrives, so printable
keys are *held* briefly: a following fast key extends the burst; a slow key, a pause (`hold_ms` of
wall time) or an Enter that ends too short a run *replays* the held keys into the widget they were
meant for, in order, so typing passes through unchanged. Should a pause flush keys that turn out
to start a burst after all (the GUI thread was blocked), the widget's text is put back as it was
when the burst is recognised. Recognised bursts are emitted as `scanned(str)` (NFKC-folded) and
none of their keys reach a widget. Only bursts with digits count (badge codes, card numbers such as
SY2101): letters alone that fast are a fast typist, and are replayed as typing.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from fairdesk.core.codes import fold_input

logger = logging.getLogger(__name__)

# Scanners type a key every 2–20 ms, slow Bluetooth ones up to ~50 ms; people type digits at
# 100 ms and more. Only bursts that contain digits count, so a fast typist's words are safe.
MAX_GAP_MS = 60
MIN_LENGTH = 6  # shortest burst taken as a scan (学号 on campus cards are longer)
HOLD_MS = 80  # wall time a lone held key waits for a fast follower (> MAX_GAP_MS)
_TERMINATORS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
_MODIFIER_KEYS = (
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_AltGr,
    Qt.Key.Key_Meta,
    Qt.Key.Key_CapsLock,
)
_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class ScanLineEdit(QLineEdit):
    """A line edit for scanned or typed codes that a Chinese input method cannot swallow.

    Undo/redo keys are left to the screen's shortcuts (the desk's Ctrl+Z undoes a check-in):
    undoing keystrokes in a scan field is never what a volunteer means.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.setInputMethodHints(
            Qt.InputMethodHint.ImhDigitsOnly
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhPreferLatin
        )

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
            )
        ):
            event.ignore()
            return False
        return super().event(event)


@dataclass
class _Held:
    """One held key press, enough to replay it."""

    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    timestamp: int


@dataclass
class _Burst:
    """Keys held so far, the widget they are for and, if keys were flushed early, its old text."""

    target: QWidget
    keys: list[_Held] = field(default_factory=list)
    restore: tuple[str, int] | None = None
    replayed: int = 0  # keys already sent on to the widget by the hold timer
    received: float = 0.0  # time.monotonic() of the last key, for the hold timer


class ScannerCapture(QObject):
    """Application-wide capture of scanner bursts while `screen` shows; see the module docstring."""

    scanned = Signal(str)

    def __init__(
        self,
        screen: QWidget,
        *,
        max_gap_ms: int = MAX_GAP_MS,
        min_length: int = MIN_LENGTH,
        hold_ms: int = HOLD_MS,
    ) -> None:
        super().__init__(screen)
        self._screen = screen
        self._max_gap = max_gap_ms
        self._min_length = min_length
        self._hold_ms = hold_ms
        self._burst: _Burst | None = None
        self._flushed: _Burst | None = None  # keys replayed by the timer, in case a burst follows
        self._replaying = False
        self._installed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(hold_ms)
        self._timer.timeout.connect(self._on_hold_timeout)

    # -- installing --------------------------------------------------------------------------

    def install(self) -> None:
        """Start watching the application's key events (idempotent)."""
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True

    def uninstall(self) -> None:
        """Stop watching; held keys are replayed first so nothing typed is lost."""
        self._flush()
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    @property
    def holding(self) -> bool:
        """True while keys are held back waiting to see whether they are a burst."""
        return self._burst is not None

    # -- the filter --------------------------------------------------------------------------

    def _target(self, obj: QObject) -> QWidget | None:
        """The widget a key is for when it belongs to our screen (once, not per propagation)."""
        if self._replaying or not isinstance(obj, QWidget) or not self._screen.isVisible():
            return None
        # With no active window (e.g. a kiosk without a window manager) Qt still delivers keys to
        # the window's own focus widget, so that is the one to compare with.
        focus = QApplication.focusWidget() or obj.window().focusWidget()
        expected = focus if focus is not None else self._screen.window()
        if obj is not expected:
            return None
        if not self._belongs(obj):
            return None
        return obj

    def _belongs(self, widget: QWidget) -> bool:
        """Inside the screen, or inside a dialog or message box the screen opened: a scan made
        while the walk-in form is open must not be typed into its name field."""
        node: QWidget | None = widget
        while node is not None:
            if node is self._screen:
                return True
            node = node.parentWidget()
        return False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        target = self._target(obj)
        if target is None:
            return False
        assert isinstance(event, QKeyEvent)
        try:
            return self._key_press(target, event)
        except Exception:  # a bug here must never eat the station's keyboard
            logger.exception("scanner capture failed; passing the key through")
            self._burst = None
            return False

    def _key_press(self, target: QWidget, event: QKeyEvent) -> bool:
        stamp = int(event.timestamp())
        key = Qt.Key(event.key())
        if key in _TERMINATORS:
            return self._terminator(target, stamp)
        if key in _MODIFIER_KEYS:
            return False  # a scanner presses Shift for capitals inside a burst
        text = event.text()
        printable = (
            len(text) == 1
            and text.isprintable()
            and not text.isspace()
            and not (event.modifiers() & _MODIFIERS)
        )
        if not printable or stamp == 0:
            # Not scanner input (or a synthetic event without a time): keep order, pass it on.
            self._flush()
            return False
        held = _Held(int(event.key()), event.modifiers(), text, stamp)
        burst = self._burst
        if burst is not None and (burst.target is not target or not self._fast(burst, stamp)):
            self._flush()
            burst = None
        if burst is None:
            burst = _Burst(target)
            flushed = self._flushed
            if flushed is not None and flushed.target is target and self._fast(flushed, stamp):
                burst = flushed  # the timer replayed the start of this burst: take it back
            self._flushed = None
            self._burst = burst
        burst.keys.append(held)
        burst.received = time.monotonic()
        self._timer.start()
        return True

    def _fast(self, burst: _Burst, stamp: int) -> bool:
        return bool(burst.keys) and 0 <= stamp - burst.keys[-1].timestamp <= self._max_gap

    def _terminator(self, target: QWidget, stamp: int) -> bool:
        burst = self._burst
        flushed = self._flushed
        stalled = flushed is not None and flushed.target is target and self._fast(flushed, stamp)
        if burst is None and stalled:
            burst = flushed  # a stalled GUI thread replayed the whole burst before Enter
        if (
            burst is None
            or burst.target is not target
            or len(burst.keys) < self._min_length
            or not self._fast(burst, stamp)
        ):
            self._flush()
            return False
        code = fold_input("".join(k.text for k in burst.keys))
        if not any(ch.isdigit() for ch in code):
            # Badge codes and card numbers carry digits: letters alone are a fast typist.
            self._flush()
            return False
        self._timer.stop()
        self._burst = None
        self._flushed = None
        if burst.restore is not None and isinstance(target, QLineEdit):
            text, cursor = burst.restore
            target.setText(text)
            target.setCursorPosition(cursor)
        logger.debug("scanner burst of %d keys", len(burst.keys))
        self.scanned.emit(code)
        return True

    # -- replaying held keys -----------------------------------------------------------------

    def _on_hold_timeout(self) -> None:
        burst = self._burst
        if burst is None:
            return
        waited_ms = (time.monotonic() - burst.received) * 1000
        if waited_ms < self._hold_ms:
            self._timer.start(max(1, int(self._hold_ms - waited_ms)))
            return
        self._flush(keep_for_burst=True)

    def _flush(self, *, keep_for_burst: bool = False) -> None:
        """Replay held keys into their widget, in order, as if they had never been held."""
        self._timer.stop()
        burst, self._burst = self._burst, None
        if not keep_for_burst:
            self._flushed = None
        if burst is None or not burst.keys:
            return
        target = burst.target
        if keep_for_burst and burst.restore is None and isinstance(target, QLineEdit):
            burst.restore = (target.text(), target.cursorPosition())
        self._replaying = True
        try:
            for held in burst.keys[burst.replayed :]:
                if not _alive(target):
                    break
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    replay = QKeyEvent(kind, held.key, held.modifiers, held.text)
                    QApplication.sendEvent(target, replay)
        finally:
            self._replaying = False
        burst.replayed = len(burst.keys)
        self._flushed = burst if keep_for_burst else None


def _alive(widget: QWidget) -> bool:
    """False once the C++ widget has been deleted (a dialog closed meanwhile)."""
    try:
        widget.objectName()
    except RuntimeError:
        return False
    return True
