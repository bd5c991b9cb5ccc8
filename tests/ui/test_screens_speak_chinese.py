"""Every screen and dialog of a station, in the Chinese interface, has no English a volunteer reads.

The screenshots of the Xvfb pass show what is painted; this test also reads what a screenshot does
not show — tool tips, placeholders, accessible names and descriptions, window titles, table
headers, list and combo items, menu actions — on the real screens over a real station file.
Product and key names (Ctrl, PIN, PDF, Excel, FairDesk …) are not English to translate.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from fairdesk.app import screen_factories
from fairdesk.config import Settings
from fairdesk.errors import UserError
from fairdesk.services.fairs import create_fair, ensure_local_station
from fairdesk.store.engine import open_database, write_session
from fairdesk.ui.booth.screen import BoothScreen
from fairdesk.ui.crash_dialog import CrashDialog, readable_error, show_user_error
from fairdesk.ui.desk.screen import DeskScreen
from fairdesk.ui.i18n import install_translator
from fairdesk.ui.main_window import MainWindow
from fairdesk.ui.tasks import TaskRunner
from fairdesk.wiring import wire
from tests.factories import add_person
from tests.unit.services.booth.test_interviews import add_company

WORD = re.compile(r"[A-Za-z]{2,}")
NOT_ENGLISH = {
    "Ctrl", "Shift", "Alt", "Esc", "Enter", "Tab", "Del", "PIN", "PDF", "PNG", "Excel", "CSV",
    "SQLite", "USB", "QL", "HTML", "FairDesk", "English",
}  # fmt: skip
# What a technician types or a library is called, quoted in a message ("缺少系统库 libpulse.so.0。
# 安装方法：sudo apt-get install libpulse0"), is not text to translate.
TECHNICAL = re.compile(r"(sudo )?apt(-get)? install [\w.+-]+|[\w+-]*lib[\w.+-]*\.so[\w.]*")
GETTERS = ("text", "toolTip", "placeholderText", "accessibleName", "accessibleDescription",
           "windowTitle", "statusTip", "whatsThis")  # fmt: skip


def readable_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for each text a person can read or hear from `widget`."""
    name = f"{type(widget).__name__}#{widget.objectName()}"
    for getter in GETTERS:
        value = getattr(widget, getter, None)
        if callable(value) and isinstance(widget, QWidget):
            try:
                text = value()
            except TypeError:
                continue
            if isinstance(text, str) and text:
                yield f"{name}.{getter}", text
    if isinstance(widget, QGroupBox):
        yield f"{name}.title", widget.title()
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield f"{name}[{i}]", widget.itemText(i)
    if isinstance(widget, QListWidget):
        for i in range(widget.count()):
            yield f"{name}[{i}]", widget.item(i).text()
    header_view = getattr(widget, "horizontalHeader", None) or getattr(widget, "header", None)
    if isinstance(widget, QAbstractItemView) and header_view is not None:
        model = widget.model()
        for column in range(header_view().count()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                header = model.headerData(column, Qt.Orientation.Horizontal, role)
                if isinstance(header, str):
                    yield f"{name}.header[{column}]", header
    for action in widget.actions():
        yield f"{name}.action", action.text()
        yield f"{name}.actionTip", action.toolTip()


def english_in(
    root: QWidget, *, skip: tuple[str, ...] = (), data: tuple[str, ...] = ()
) -> list[str]:
    """What under `root` reads as English; `data` (a file path …) is removed first."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.objectName() in skip:
            continue
        for where, text in readable_texts(widget):
            plain = TECHNICAL.sub("", text)
            for part in data:
                plain = plain.replace(part, "")
            words = [w for w in WORD.findall(plain) if w not in NOT_ENGLISH]
            if words:
                found.append(f"{where}: {text!r}")
    return found


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[str]:
    yield install_translator(qapp, "zh_CN")
    install_translator(qapp, "en")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, tasks: TaskRunner, chinese: str) -> MainWindow:
    db = tmp_path / "station.sqlite3"
    engine = open_database(db, inline_backups=False)
    with write_session(engine) as s:  # the station as `fairdesk setup` names it: "organiser"
        create_fair(s, station=ensure_local_station(s), name="测试双选会")
    add_person(engine, "欧阳娜娜", university="北京大学")
    add_person(engine, "张\U00031350", university="清华大学")  # no font has 𱍐: a name warning
    add_company(engine, "中山市翠亨投资有限公司", tags=("沟通好",))
    wiring = wire(Settings(db_path=db), engine)
    window = MainWindow(db_path=db, summary_provider=wiring.fair_summary, tasks=tasks,
                        screen_factories=screen_factories(wiring, tasks))  # fmt: skip
    qtbot.addWidget(window)
    window.show()
    return window


def db_path(window: MainWindow) -> tuple[str, ...]:
    """The station file's path, which the status bar and the storage dialog show: data."""
    return (str(window._db_path),)


def test_role_picker_and_menus(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: "测试双选会" in window.windowTitle(), timeout=5000)
    assert english_in(window, data=db_path(window)) == []
    menu_texts = [a.text() for m in window.menuBar().actions() for a in [m, *m.menu().actions()]]
    assert [t for t in menu_texts if WORD.search(t)] == []


def test_desk_and_its_dialogs(qtbot: QtBot, window: MainWindow) -> None:
    window.show_role("desk")
    desk = window.screen_for("desk")
    assert isinstance(desk, DeskScreen)
    assert english_in(desk) == []
    walk_in = desk.open_walk_in()
    assert english_in(walk_in) == []
    submit = walk_in.findChild(QPushButton, "walkInRegister")
    assert submit is not None
    submit.click()  # an empty form says what is missing, in Chinese
    error = walk_in.findChild(QLabel, "walkInError")
    assert error is not None and error.text().startswith("姓名：")  # the field, then why
    assert english_in(walk_in) == []
    walk_in.close()
    desk.print_current()  # nobody scanned yet: the status line says so
    assert desk.status.text() and english_in(desk) == []
    storage = desk.open_storage_dialog()
    assert storage is not None
    assert english_in(storage, data=db_path(window)) == []
    restore = storage.findChild(QAbstractButton, "restoreButton")
    assert restore is not None and not restore.isEnabled()  # no backups yet: nothing to restore
    storage.close()


def test_booth_chooser_lock_and_station(qtbot: QtBot, window: MainWindow) -> None:
    window.show_role("booth")
    booth = window.screen_for("booth")
    assert isinstance(booth, BoothScreen)
    assert booth.chooser is not None
    assert english_in(booth) == []
    booth.choose(booth._auth.companies()[0])
    assert english_in(booth.lock) == []
    booth.lock.pin.setText("1111")
    booth.lock.pin.returnPressed.emit()
    lock_message = booth.lock.findChild(QLabel, "lockMessage")
    assert lock_message is not None
    qtbot.waitUntil(lambda: bool(lock_message.text()), timeout=5000)  # wrong PIN, said in Chinese
    assert english_in(booth.lock) == []
    booth.lock.pin.setText("2468")
    booth.lock.pin.returnPressed.emit()
    qtbot.waitUntil(lambda: booth.station is not None and not booth.locked, timeout=5000)
    assert booth.station is not None
    assert english_in(booth.station) == []


def test_organiser_badges_tool(qtbot: QtBot, window: MainWindow) -> None:
    window.show_role("organiser")
    organiser = window.screen_for("organiser")
    badges = organiser.findChild(QWidget, "badgesScreen")
    assert badges is not None
    qtbot.waitUntil(lambda: bool(getattr(badges, "views", None)), timeout=5000)
    warnings = organiser.findChild(QListWidget, "nameWarnings")
    assert warnings is not None and warnings.count() == 1
    assert "本机没有字体能显示 U+31350" in warnings.item(0).text()
    assert english_in(organiser) == []


def test_crash_dialog_and_error_box(qtbot: QtBot, chinese: str) -> None:
    crash = CrashDialog("Traceback (most recent call last): …")
    qtbot.addWidget(crash)
    assert (
        english_in(crash, skip=("crashReport",)) == []
    )  # the report itself stays as Python wrote it
    box = show_user_error(None, "找不到该学生。")
    qtbot.addWidget(box)
    assert english_in(box) == []
    box.close()


def test_the_check_sees_english(qtbot: QtBot, chinese: str) -> None:
    widget = QLineEdit()
    qtbot.addWidget(widget)
    widget.setPlaceholderText("Scan a badge (Ctrl+F)")
    widget.setToolTip("扫描胸卡")
    assert english_in(widget) == ["QLineEdit#.placeholderText: 'Scan a badge (Ctrl+F)'"]


def test_a_bug_is_never_shown_in_pythons_english(chinese: str) -> None:
    bug = AttributeError("'bool' object has no attribute 'with_name'")
    assert readable_error(bug) == "操作未完成：发生了意外错误（详见错误报告）。请重试。"
    assert readable_error(UserError("找不到该学生。")) == "找不到该学生。"


def test_stations_tool_and_the_bundle_dialogs(
    qtbot: QtBot, tasks: TaskRunner, chinese: str, tmp_path: Path
) -> None:
    """Packs, merges, the Station menu's bundles and the start from a pack (with fake services:
    the screens, not the services, are under test here)."""
    from fairdesk.ui.organiser.stations import StationsScreen
    from tests.ui.sync_fakes import PASSPHRASE, FakeStations, FakeSync, FakeUnpack

    screen = StationsScreen(FakeStations(), tasks)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.stations_loaded):
        screen.show()
    assert english_in(screen) == []
    assert screen.model.index(1, 4).data() == "尚无"
    pack = screen.open_pack_dialog()
    qtbot.waitUntil(lambda: pack.company_combo.count() == 2)
    pack.role_combo.setCurrentIndex(1)
    pack.passphrase.setText("12345678")
    pack.make_button.click()
    assert pack.error.text() == "两次输入的口令不一致。"
    assert english_in(pack) == []
    merge = screen.open_merge_dialog()
    merge.use_folder(tmp_path)
    assert english_in(merge, data=(str(tmp_path),)) == []
    (tmp_path / "东门-2-1.fdbundle").write_bytes(b"x")
    merge.use_folder(tmp_path)
    merge.passphrase.setText(PASSPHRASE)
    merge.merge_button.click()
    qtbot.waitUntil(lambda: merge.summary is not None, timeout=5000)
    assert merge.totals.text().startswith("已合并 1 个回传包")
    data = (str(tmp_path / "merge-report.txt"), "东门-2-1.fdbundle", PASSPHRASE)  # typed, files
    assert english_in(merge, data=data) == []

    window = MainWindow(db_path=tmp_path / "站.db", summary_provider=lambda: None,
                        tasks=tasks, screen_factories={"desk": QLabel},
                        station_sync={"desk": FakeSync}, unpack=FakeUnpack())  # fmt: skip
    qtbot.addWidget(window)
    window.show()
    assert english_in(window, data=(*db_path(window), "站.db")) == []
    start = window.open_start_from_pack()
    assert start is not None
    start.start_button.click()
    assert start.error.text() and english_in(start) == []
    start.close()
    window.show_role("desk")
    auto = window.bundle_actions.open_auto_dialog()
    assert auto is not None and english_in(auto) == []
    auto.on_check.setChecked(True)
    auto.save()
    assert auto.error.text() and english_in(auto) == []
    menu_texts = [a.text() for m in window.menuBar().actions() for a in [m, *m.menu().actions()]]
    assert "写回传包(&B)…" in menu_texts and [t for t in menu_texts if WORD.search(t)] == []
