"""Scanner capture and scan queue on plain widgets: bursts routed, typing untouched, order kept."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from fairdesk.errors import UserError
from fairdesk.ui.tasks import TaskRunner
from fairdesk.ui.widgets.scan_capture import ScanLineEdit, ScannerCapture
from fairdesk.ui.widgets.scan_queue import ScanQueue
from tests.ui.desk.helpers import burst, key_event

_stamps = itertools.count(5_000_000, 10_000)


def screen_with_capture(qtbot: QtBot) -> tuple[QWidget, QLineEdit, QListWidget, ScannerCapture]:
    screen = QWidget()
    edit = QLineEdit(screen)
    listing = QListWidget(screen)
    listing.addItems(["a", "b"])
    layout = QVBoxLayout(screen)
    layout.addWidget(edit)
    layout.addWidget(listing)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    capture = ScannerCapture(screen)
    capture.install()
    edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
    return screen, edit, listing, capture


def slow_type(text: str, gap_ms: int = 120) -> None:
    stamp = next(_stamps)
    for ch in text:
        target = QApplication.focusWidget()
        assert target is not None
        QApplication.sendEvent(target, key_event(QEvent.Type.KeyPress, ch, stamp))
        QApplication.sendEvent(target, key_event(QEvent.Type.KeyRelease, ch, stamp + 5))
        stamp += gap_ms


def test_scan_line_edit_has_the_input_method_off(qtbot: QtBot) -> None:
    edit = ScanLineEdit()
    qtbot.addWidget(edit)
    assert not edit.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    assert edit.inputMethodHints() & Qt.InputMethodHint.ImhDigitsOnly


def test_burst_is_routed_and_leaves_no_digits(qtbot: QtBot) -> None:
    _screen, edit, _listing, capture = screen_with_capture(qtbot)
    edit.setText("li")
    scans: list[str] = []
    capture.scanned.connect(scans.append)
    burst("１２３４５６７８９")  # full-width digits, as an active IME would produce them
    assert scans == ["123456789"]
    assert edit.text() == "li"


def test_slow_typing_passes_through_in_order(qtbot: QtBot) -> None:
    _screen, edit, _listing, capture = screen_with_capture(qtbot)
    scans: list[str] = []
    capture.scanned.connect(scans.append)
    slow_type("zhang123")
    qtbot.waitUntil(lambda: edit.text() == "zhang123")
    assert not capture.holding
    burst("12345", end="\r")  # too short for a scan: typed into the box, Enter passes on
    qtbot.waitUntil(lambda: edit.text() == "zhang12312345")
    assert scans == []


def test_burst_on_a_list_and_after_a_late_flush(qtbot: QtBot) -> None:
    _screen, edit, listing, capture = screen_with_capture(qtbot)
    scans: list[str] = []
    capture.scanned.connect(scans.append)
    listing.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is listing)
    burst("2021010001")
    assert scans == ["2021010001"]
    # the GUI thread was busy: the first two keys were replayed before the rest arrived
    edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
    edit.setText("zx")
    stamp = next(_stamps)
    for i, ch in enumerate("998877665544\r"):
        QApplication.sendEvent(edit, key_event(QEvent.Type.KeyPress, ch, stamp + 8 * i))
        if i == 1:
            qtbot.waitUntil(lambda: not capture.holding)  # hold timer fired meanwhile
            assert edit.text() == "zx99"
    assert scans == ["2021010001", "998877665544"]
    assert edit.text() == "zx"


def test_capture_sleeps_while_its_screen_is_hidden(qtbot: QtBot) -> None:
    _screen, _edit, _listing, capture = screen_with_capture(qtbot)
    scans: list[str] = []
    capture.scanned.connect(scans.append)
    other = QLineEdit()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    other.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is other)
    burst("1234567890")
    assert scans == [] and other.text() == "1234567890"
    capture.uninstall()


def test_queue_keeps_order_and_survives_errors(qtbot: QtBot, tasks: TaskRunner) -> None:
    done: list[str] = []
    failed: list[str] = []

    def process(text: str) -> str:
        if text == "bad":
            raise UserError("bad code")
        return text.upper()

    for runner in (None, tasks):
        queue = ScanQueue(process, runner=runner)
        queue.processed.connect(lambda _item, result: done.append(result))
        queue.failed.connect(lambda item, _exc: failed.append(item))
        for text in ("a", "bad", "b", "c"):
            queue.submit(text)
        assert queue.pending == 4
        qtbot.waitUntil(lambda q=queue: q.pending == 0)
    assert done == ["A", "B", "C", "A", "B", "C"]
    assert failed == ["bad", "bad"]


def test_shift_inside_a_burst_does_not_break_it(qtbot: QtBot) -> None:
    _screen, edit, _listing, capture = screen_with_capture(qtbot)
    scans: list[str] = []
    capture.scanned.connect(scans.append)
    stamp = next(_stamps)
    for i, ch in enumerate("SY2101\r"):
        if ch.isupper():
            shift = QKeyEvent(
                QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier
            )
            shift.setTimestamp(stamp + 8 * i - 4)
            QApplication.sendEvent(edit, shift)
        QApplication.sendEvent(edit, key_event(QEvent.Type.KeyPress, ch, stamp + 8 * i))
    assert scans == ["SY2101"]
    assert edit.text() == ""


def test_fast_typing_of_letters_is_typing_not_a_scan(qtbot: QtBot) -> None:
    """A fast typist (25 ms a key) writing a name is not a scanner: nothing is lost."""
    _screen, edit, _listing, capture = screen_with_capture(qtbot)
    scans: list[str] = []
    capture.scanned.connect(scans.append)
    stamp = next(_stamps)
    for i, ch in enumerate("zengxiaoxian\r"):
        QApplication.sendEvent(edit, key_event(QEvent.Type.KeyPress, ch, stamp + 25 * i))
    assert scans == []
    assert edit.text() == "zengxiaoxian"


def test_a_stall_between_the_last_digit_and_enter_loses_nothing(qtbot: QtBot) -> None:
    """The GUI thread was busy (a commit): the hold timer replayed every digit before Enter."""
    _screen, edit, _listing, capture = screen_with_capture(qtbot)
    edit.setText("zh")
    scans: list[str] = []
    capture.scanned.connect(scans.append)
    stamp = next(_stamps)
    for i, ch in enumerate("12345678901"):
        QApplication.sendEvent(edit, key_event(QEvent.Type.KeyPress, ch, stamp + 10 * i))
    qtbot.waitUntil(lambda: edit.text() != "zh")  # the held digits were replayed
    QApplication.sendEvent(edit, key_event(QEvent.Type.KeyPress, "\r", stamp + 10 * 11))
    assert scans == ["12345678901"]
    assert edit.text() == "zh"


def test_a_slow_bluetooth_scanner_is_still_a_scanner(qtbot: QtBot) -> None:
    """45 ms a key: slower than a wired scanner, far faster than anyone types digits."""
    _screen, edit, _listing, capture = screen_with_capture(qtbot)
    scans: list[str] = []
    capture.scanned.connect(scans.append)
    stamp = next(_stamps)
    for i, ch in enumerate("1234567890123\r"):
        QApplication.sendEvent(edit, key_event(QEvent.Type.KeyPress, ch, stamp + 45 * i))
    qtbot.waitUntil(lambda: scans == ["1234567890123"])
    assert edit.text() == ""
