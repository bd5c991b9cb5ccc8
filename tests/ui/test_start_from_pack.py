"""The role picker's "Start this laptop from a station pack", with a fake unpack."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from fairdesk.ui.main_window import MainWindow
from fairdesk.ui.start_from_pack import StartFromPackDialog
from fairdesk.ui.tasks import TaskRunner
from tests.ui.desk.test_desk_walk_in import ime_type
from tests.ui.sync_fakes import PASSPHRASE, FakeUnpack


def make_window(qtbot: QtBot, tmp_path: Path, tasks: TaskRunner, unpack: FakeUnpack) -> MainWindow:
    window = MainWindow(
        db_path=tmp_path / "station.sqlite3", summary_provider=lambda: None, tasks=tasks,
        screen_factories={role: QLabel for role in ("desk", "booth", "organiser")},
        unpack=unpack,
    )  # fmt: skip
    qtbot.addWidget(window)
    window.show()
    return window


def open_dialog(qtbot: QtBot, window: MainWindow) -> StartFromPackDialog:
    button = window.role_picker.findChild(QPushButton, "startFromPackButton")
    assert button is not None and button.isVisible()
    button.click()
    dialog = window.findChild(StartFromPackDialog, "startFromPackDialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


@pytest.mark.parametrize("role", ["desk", "booth"])
def test_a_pack_opens_the_station_in_its_role(
    qtbot: QtBot, tmp_path: Path, tasks: TaskRunner, english: str, role: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    unpack = FakeUnpack(role=role)
    window = make_window(qtbot, tmp_path, tasks, unpack)
    dialog = open_dialog(qtbot, window)
    pack = tmp_path / "签到台_东门.fdpack"
    pack.write_bytes(b"sealed")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(pack), ""))
    dialog.file_button.click()
    assert dialog.file_edit.text() == str(pack)
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.role_chosen, timeout=5000) as chosen:
        dialog.start_button.click()
    assert chosen.args == [role] and window.current_role == role
    assert unpack.calls == [(pack, PASSPHRASE)]
    assert "station 004" in window.statusBar().currentMessage()


def test_a_wrong_passphrase_stays_in_the_dialog(
    qtbot: QtBot, tmp_path: Path, tasks: TaskRunner, english: str
) -> None:
    unpack = FakeUnpack()
    window = make_window(qtbot, tmp_path, tasks, unpack)
    dialog = open_dialog(qtbot, window)
    dialog.start_button.click()
    assert "Choose the station pack" in dialog.error.text() and unpack.calls == []
    dialog.set_path(tmp_path / "a.fdpack")
    dialog.start_button.click()
    assert "passphrase" in dialog.error.text() and unpack.calls == []
    ime_type(dialog.passphrase, "口令错了")  # typed through an input method, like a real one
    assert dialog.passphrase.text() == "口令错了"
    dialog.passphrase.returnPressed.emit()
    qtbot.waitUntil(lambda: dialog.error.text().startswith("口令不对"), timeout=5000)
    assert dialog.isVisible() and dialog.start_button.isEnabled()
    assert window.current_role is None and unpack.calls == [(tmp_path / "a.fdpack", "口令错了")]


def test_no_unpack_no_button(qtbot: QtBot, tmp_path: Path, tasks: TaskRunner, english: str) -> None:
    window = MainWindow(db_path=tmp_path / "s.sqlite3", summary_provider=lambda: None, tasks=tasks)
    qtbot.addWidget(window)
    window.show()
    button = window.role_picker.findChild(QPushButton, "startFromPackButton")
    assert button is not None and not button.isVisible()
    assert window.open_start_from_pack() is None
