"""Counters refresh once scans pause, never while a burst of them is still being drawn — but a
burst that never pauses still gets its refresh within MAX_SETTLE_MS."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from fairdesk.ui.changes import MAX_SETTLE_MS, settle_timer, start_soon


def test_changes_put_the_refresh_off_until_they_pause(qtbot: QtBot) -> None:
    parent = QObject()
    fired: list[float] = []
    timer = settle_timer(parent, lambda: fired.append(time.monotonic()), ms=80)
    start = time.monotonic()
    while time.monotonic() - start < 0.3:  # a change every 20 ms: no pause of 80 ms
        start_soon(timer)
        qtbot.wait(20)
    assert fired == []
    qtbot.waitUntil(lambda: len(fired) == 1, timeout=1000)
    assert fired[0] - start >= 0.3


def test_a_burst_that_never_pauses_still_refreshes_in_time(qtbot: QtBot) -> None:
    parent = QObject()
    fired: list[float] = []
    timer = settle_timer(parent, lambda: fired.append(time.monotonic()), ms=100)
    start = time.monotonic()
    while not fired and time.monotonic() - start < 3 * MAX_SETTLE_MS / 1000:
        start_soon(timer)
        qtbot.wait(20)
    assert fired, "the refresh never came"
    assert fired[0] - start <= (MAX_SETTLE_MS + 300) / 1000
