"""Station › Write bundle… and the automatic bundle, in a real window with a fake bundle service."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from fairdesk.services.sync.auto_bundle import AutoBundle
from fairdesk.ui.crash_dialog import ExceptHook
from fairdesk.ui.main_window import MainWindow
from fairdesk.ui.station_menu_auto import AutoBundleDialog
from fairdesk.ui.tasks import TaskRunner
from tests.ui.sync_fakes import FakeAutoBundles, FakeSync


def make_window(qtbot: QtBot, tmp_path: Path, tasks: TaskRunner, sync: FakeSync) -> MainWindow:
    window = MainWindow(
        db_path=tmp_path / "station.sqlite3",
        summary_provider=lambda: None,
        tasks=tasks,
        screen_factories={role: QLabel for role in ("desk", "booth", "organiser")},
        station_sync={"desk": lambda: sync, "booth": lambda: sync},
    )
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_actions_work_on_desk_and_booth_only(
    qtbot: QtBot, tmp_path: Path, tasks: TaskRunner, english: str
) -> None:
    window = make_window(qtbot, tmp_path, tasks, FakeSync())
    actions = window.bundle_actions
    menu = window.findChild(type(window.menuBar().actions()[0].menu()), "stationMenu")
    assert menu is not None and actions.write_action in menu.actions()
    assert actions.write_action.text() == "Write &bundle…"
    assert not actions.write_action.isEnabled()  # the role picker: no station yet
    for role, enabled in (("desk", True), ("organiser", False), ("booth", True)):
        window.show_role(role)
        assert actions.write_action.isEnabled() is enabled
        assert actions.auto_action.isEnabled() is enabled
    window.show_role_picker()
    assert not actions.auto_action.isEnabled()


def test_a_window_without_sync_shows_no_bundle_actions(
    qtbot: QtBot, tmp_path: Path, tasks: TaskRunner, english: str
) -> None:
    window = MainWindow(db_path=tmp_path / "s.sqlite3", summary_provider=lambda: None, tasks=tasks)
    qtbot.addWidget(window)
    window.show_role("desk")
    assert not window.bundle_actions.write_action.isVisible()


def test_write_bundle_asks_for_a_folder_then_says_where_and_how_many(
    qtbot: QtBot, tmp_path: Path, tasks: TaskRunner, english: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    sync = FakeSync()
    window = make_window(qtbot, tmp_path, tasks, sync)
    window.show_role("desk")
    stick = tmp_path / "U盘"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    with qtbot.waitSignal(window.bundle_actions.written, timeout=5000) as written:
        window.bundle_actions.write_action.trigger()
    assert sync.writes == [stick] and written.args[0].path.parent == stick
    box = window.findChild(QMessageBox, "bundleWrittenBox")
    assert box is not None
    assert str(written.args[0].path) in box.text() and "18 records" in box.text()


def test_a_refused_bundle_is_a_plain_message(
    qtbot: QtBot, tmp_path: Path, tasks: TaskRunner, english: str, excepthook: ExceptHook
) -> None:
    window = make_window(qtbot, tmp_path, tasks, FakeSync(fail="本机不是用工作站数据包启动的。"))
    window.show_role("booth")
    window.bundle_actions.write_to(tmp_path)
    qtbot.waitUntil(
        lambda: any(w.objectName() == "userErrorBox" and w.isVisible()
                    for w in QApplication.topLevelWidgets()), timeout=5000,
    )  # fmt: skip
    assert not any(w.objectName() == "crashDialog" for w in QApplication.topLevelWidgets())


def set_auto(qtbot: QtBot, window: MainWindow, folder: Path, minutes: int) -> AutoBundleDialog:
    dialog = window.bundle_actions.open_auto_dialog()
    assert dialog is not None
    dialog.folder_row.set_folder(folder)
    assert dialog.on_check.isChecked()  # choosing a folder turns it on
    dialog.minutes.setValue(minutes)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    return dialog


def test_the_automatic_bundle_writes_over_the_last_one_and_survives_a_pulled_stick(
    qtbot: QtBot, tmp_path: Path, tasks: TaskRunner, english: str, excepthook: ExceptHook
) -> None:
    sync = FakeSync()
    window = make_window(qtbot, tmp_path, tasks, sync)
    window.show_role("desk")
    stick = tmp_path / "U盘"
    stick.mkdir()
    set_auto(qtbot, window, stick, 3)
    actions = window.bundle_actions
    assert sync.auto_bundle.saved == AutoBundle(stick, 3)
    assert actions.timer.isActive() and actions.timer.interval() == 180_000
    assert "every 3 min" in actions.status.text()

    with qtbot.waitSignal(actions.written, timeout=5000) as first:
        actions.timer.timeout.emit()
    assert "Bundle written" in actions.status.text() and "18 records" in actions.status.text()
    with qtbot.waitSignal(actions.written, timeout=5000) as second:
        actions.timer.timeout.emit()
    assert second.args[0].path == first.args[0].path  # over the last one, not a pile of files
    assert sync.writes == [stick, first.args[0].path]

    shutil.rmtree(stick)  # the stick is pulled out
    with qtbot.waitSignal(actions.auto_failed, timeout=5000) as failed:
        actions.timer.timeout.emit()
    assert "is not there" in failed.args[0] and "3 min" in failed.args[0]
    assert actions.status.text() == failed.args[0] and actions.status.isVisible()
    assert not stick.exists() and len(sync.writes) == 2  # nothing written onto the mount point
    assert actions.timer.isActive()  # tried again at the next tick
    stick.mkdir()
    with qtbot.waitSignal(actions.written, timeout=5000):
        actions.timer.timeout.emit()
    assert "Bundle written" in actions.status.text()
    sync.fail = "U 盘已满。"
    with qtbot.waitSignal(actions.auto_failed, timeout=5000) as full:
        actions.timer.timeout.emit()
    assert "U 盘已满。" in full.args[0]
    assert not any(w.objectName() == "crashDialog" for w in QApplication.topLevelWidgets())

    window.show_role("organiser")
    assert not actions.timer.isActive() and not actions.status.isVisible()


def test_saved_settings_start_the_timer_when_the_station_opens(
    qtbot: QtBot, tmp_path: Path, tasks: TaskRunner, english: str
) -> None:
    sync = FakeSync(auto_bundle=FakeAutoBundles(AutoBundle(tmp_path, 7)))
    window = make_window(qtbot, tmp_path, tasks, sync)
    window.show_role("booth")
    qtbot.waitUntil(lambda: window.bundle_actions.timer.isActive())
    assert window.bundle_actions.timer.interval() == 7 * 60_000
    dialog = window.bundle_actions.open_auto_dialog()
    assert dialog is not None and dialog.folder_row.folder == tmp_path
    dialog.on_check.setChecked(False)  # off
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    assert sync.auto_bundle.saved == AutoBundle(None, 7)
    assert not window.bundle_actions.timer.isActive()


def test_turning_it_on_without_a_folder_says_so(
    qtbot: QtBot, tmp_path: Path, tasks: TaskRunner, english: str
) -> None:
    sync = FakeSync()
    window = make_window(qtbot, tmp_path, tasks, sync)
    window.show_role("desk")
    dialog = window.bundle_actions.open_auto_dialog()
    assert dialog is not None
    dialog.on_check.setChecked(True)
    dialog.save()
    assert "Choose the folder" in dialog.error.text()
    assert sync.auto_bundle.saved == AutoBundle(None, 5)


def test_the_wiring_gives_desk_and_booth_one_real_sync(
    qtbot: QtBot, tmp_path: Path, tasks: TaskRunner, english: str
) -> None:
    """The real services: a laptop not started from a pack is told so, in the status bar."""
    from fairdesk.config import Settings
    from fairdesk.wiring import wire
    from tests.factories import new_store

    db = tmp_path / "s.sqlite3"
    wiring = wire(Settings(db_path=db), new_store(db))
    assert wiring.desk.sync is wiring.booth.sync
    stick = tmp_path / "stick"
    stick.mkdir()
    wiring.desk.sync.auto_bundle.save(stick, 2)
    window = MainWindow(
        db_path=db, summary_provider=lambda: None, tasks=tasks,
        screen_factories={"desk": QLabel}, station_sync={"desk": lambda: wiring.desk.sync},
    )  # fmt: skip
    qtbot.addWidget(window)
    window.show_role("desk")
    actions = window.bundle_actions
    qtbot.waitUntil(lambda: actions.timer.isActive())
    with qtbot.waitSignal(actions.auto_failed, timeout=5000) as failed:
        actions.timer.timeout.emit()
    assert "not started from a station pack" in failed.args[0]
    assert list(stick.iterdir()) == []
