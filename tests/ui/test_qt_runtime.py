"""The Qt binding itself must survive a long fair day.

PySide6 6.12.0 dropped a reference to `None` on every Qt call returning nothing, so a station
aborted (`Fatal Python error: none_dealloc`) after about a thousand such calls. pyproject pins
PySide6 below 6.12; this test fails loudly if a build with that defect is ever installed.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_void_qt_calls_do_not_leak_references_to_none(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    for _ in range(100):  # warm caches first
        label.setText("签到成功")
    before = sys.getrefcount(None)
    for _ in range(500):  # well below the crash threshold, far above noise
        label.setText("签到成功")
    assert sys.getrefcount(None) >= before - 50
