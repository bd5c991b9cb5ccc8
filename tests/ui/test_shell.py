"""The app shell: main window and role picker, translations, crash path, task runner, opening."""

from __future__ import annotations

import logging
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from fairdesk.app import (
    EXIT_OK,
    EXIT_USER_ERROR,
    database_error_box,
    open_station_database,
    run_gui,
)
from fairdesk.config import Settings
from fairdesk.errors import UserError
from fairdesk.resource_files import resources_dir
from fairdesk.store.engine import write_session
from fairdesk.ui.crash_dialog import ExceptHook
from fairdesk.ui.i18n import install_translator, resolve_language
from fairdesk.ui.main_window import MainWindow
from fairdesk.ui.role_picker import ROLES, mnemonic_key, strip_mnemonic
from fairdesk.ui.tasks import TaskRunner
from fairdesk.wiring import wire

BUTTONS = {"desk": "roleDesk", "booth": "roleBooth", "organiser": "roleOrganiser"}


@dataclass(frozen=True)
class FakeSummary:
    name: str = "中山企业双选会"
    venue: str = "北京航空航天大学"
    companies: int = 32
    attendees: int = 1834
    checked_in: int = 412


def make_window(
    qtbot: QtBot,
    tasks: TaskRunner,
    tmp_path: Path,
    *,
    summary: FakeSummary | None = None,
    start_role: str | None = None,
) -> MainWindow:
    window = MainWindow(
        db_path=tmp_path / "station.sqlite3",
        summary_provider=lambda: summary,
        tasks=tasks,
        start_role=start_role,
    )
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    if summary is not None:
        qtbot.waitUntil(lambda: window.summary is not None)
    return window


def button(window: QWidget, role: str) -> QPushButton:
    found = window.findChild(QPushButton, BUTTONS[role])
    assert found is not None, BUTTONS[role]
    return found


# -- main window on a real database ------------------------------------------------------------


def test_window_opens_on_fresh_database_with_role_picker(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    settings = Settings(db_path=tmp_path / "fresh.sqlite3")
    engine = open_station_database(settings, report=pytest.fail)
    assert engine is not None
    try:
        window = MainWindow(
            db_path=settings.db_path,
            summary_provider=wire(settings, engine).fair_summary,
            tasks=tasks,
        )
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.fair_label.text() == "No fair set up yet")
        assert window.objectName() == "mainWindow"
        assert window.stack.currentWidget() is window.role_picker
        for role in ROLES:
            assert button(window, role).isVisible()
            assert button(window, role).accessibleName()
        assert window.windowTitle() == "FairDesk — fresh.sqlite3"
        assert str(settings.db_path) in window.db_label.text()
    finally:
        tasks.wait_for_done()
        engine.dispose()


def test_title_and_status_bar_show_the_fair_from_the_service(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    from fairdesk.services.fairs import create_fair, ensure_local_station

    settings = Settings(db_path=tmp_path / "fair.sqlite3")
    engine = open_station_database(settings, report=pytest.fail)
    assert engine is not None
    try:
        with write_session(engine) as session:
            create_fair(session, station=ensure_local_station(session), name="中山企业双选会")
        window = MainWindow(
            db_path=settings.db_path,
            summary_provider=wire(settings, engine).fair_summary,
            tasks=tasks,
        )
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.summary is not None)
        assert window.windowTitle() == "FairDesk — 中山企业双选会"
        assert "Companies: 0" in window.fair_label.text()
    finally:
        tasks.wait_for_done()
        engine.dispose()


@pytest.mark.parametrize("role", ROLES)
def test_clicking_a_role_shows_its_screen_and_change_role_returns(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str, role: str
) -> None:
    window = make_window(qtbot, tasks, tmp_path, summary=FakeSummary())
    with qtbot.waitSignal(window.role_chosen) as blocker:
        qtbot.mouseClick(button(window, role), Qt.MouseButton.LeftButton)
    assert blocker.args == [role]
    screen = window.stack.currentWidget()
    assert screen.objectName() == f"{role}Screen"
    notice = screen.findChild(QLabel, "comingLaterNotice")
    assert notice is not None and "later step" in notice.text()
    assert window.windowTitle().startswith("FairDesk — 中山企业双选会")

    back = screen.findChild(QPushButton, "changeRoleButton")
    assert back is not None and back.isVisible()
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.role_picker
    assert button(window, role).isVisible()


def test_keyboard_enter_and_alt_shortcuts_choose_roles(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    window = make_window(qtbot, tasks, tmp_path)
    desk = button(window, "desk")
    assert desk.focusPolicy() & Qt.FocusPolicy.TabFocus
    desk.setFocus()
    with qtbot.waitSignal(window.role_chosen) as blocker:
        qtbot.keyClick(desk, Qt.Key.Key_Return)
    assert blocker.args == ["desk"]

    back = window.stack.currentWidget().findChild(QPushButton, "changeRoleButton")
    assert back is not None
    qtbot.keyClick(back, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.role_picker

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    with qtbot.waitSignal(window.role_chosen) as blocker:
        qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert blocker.args == ["organiser"]


def test_start_role_opens_that_screen_directly(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    window = make_window(qtbot, tasks, tmp_path, start_role="booth")
    assert window.stack.currentWidget().objectName() == "boothScreen"
    assert window.current_role == "booth"
    with pytest.raises(ValueError, match="unknown role"):
        window.show_role("cashier")


def test_window_shows_counts_and_busy_indicator(qtbot: QtBot, tmp_path: Path, english: str) -> None:
    release = threading.Event()
    runner = TaskRunner(busy_delay_ms=0)
    try:

        def slow_summary() -> FakeSummary:
            release.wait(10)
            return FakeSummary()

        window = MainWindow(
            db_path=tmp_path / "x.sqlite3", summary_provider=slow_summary, tasks=runner
        )
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.busy_bar.isVisible())
        assert window.busy_label.text() == "Reading the fair"
        with qtbot.waitSignal(runner.busy_changed) as blocker:
            release.set()
        assert blocker.args == [False]
        assert not window.busy_bar.isVisible()
        assert window.fair_label.text() == (
            "中山企业双选会 · Companies: 32 · Attendees: "
            f"{QLocale().toString(1834)} · Checked in: 412"
        )
    finally:
        release.set()
        runner.wait_for_done()


# -- translations ----------------------------------------------------------------------------


def test_zh_cn_translator_gives_chinese_text(
    qapp: QApplication, qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    assert (resources_dir() / "i18n" / "fairdesk_zh_CN.qm").is_file()
    assert install_translator(qapp, "zh_CN") == "zh_CN"
    window = make_window(qtbot, tasks, tmp_path, summary=FakeSummary())
    assert "签到台" in button(window, "desk").text()
    assert "企业展位" in button(window, "booth").text()
    assert "主办方" in button(window, "organiser").text()
    assert mnemonic_key(button(window, "desk").text()) == "R"
    qtbot.waitUntil(lambda: "已签到" in window.fair_label.text())
    window.show_role("desk")
    back = window.stack.currentWidget().findChild(QPushButton, "changeRoleButton")
    assert back is not None and "切换角色" in back.text()


def test_english_translator_keeps_source_text(
    qapp: QApplication, qtbot: QtBot, tasks: TaskRunner, tmp_path: Path
) -> None:
    install_translator(qapp, "zh_CN")
    assert install_translator(qapp, "en") == "en"
    window = make_window(qtbot, tasks, tmp_path)
    assert button(window, "desk").text() == "&Registration desk"


def test_translation_file_is_complete() -> None:
    ts = (resources_dir() / "i18n" / "fairdesk_zh_CN.ts").read_text(encoding="utf-8")
    assert ts.count("<source>") >= 30
    assert 'type="unfinished"' not in ts
    assert "<translation></translation>" not in ts


def test_language_follows_the_system_locale_unless_given() -> None:
    assert resolve_language(None, QLocale(QLocale.Language.Chinese, QLocale.Country.China)) == (
        "zh_CN"
    )
    assert (
        resolve_language(None, QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        == "en"
    )
    assert resolve_language("en", QLocale(QLocale.Language.Chinese)) == "en"
    assert resolve_language("zh-CN") == "zh_CN"
    with pytest.raises(ValueError):
        resolve_language("fr")


def test_mnemonics_are_stripped_for_display() -> None:
    assert strip_mnemonic("&Organiser") == "Organiser"
    assert strip_mnemonic("签到台(&R)") == "签到台"
    assert strip_mnemonic("R&&D") == "R&D"
    assert mnemonic_key("签到台(&R)") == "R"


# -- exception hook ----------------------------------------------------------------------------


def _crash_dialog(qapp: QApplication) -> QDialog | None:
    for widget in qapp.topLevelWidgets():
        if widget.objectName() == "crashDialog" and widget.isVisible():
            assert isinstance(widget, QDialog)
            return widget
    return None


def test_unexpected_exception_shows_crash_dialog_and_copy_works(
    qapp: QApplication,
    qtbot: QtBot,
    tasks: TaskRunner,
    tmp_path: Path,
    english: str,
    excepthook: ExceptHook,
    parent_holder: dict[str, QWidget | None],
    caplog: pytest.LogCaptureFixture,
) -> None:
    window = make_window(qtbot, tasks, tmp_path)
    parent_holder["parent"] = window

    def broken_slot() -> None:
        raise ZeroDivisionError("booth counter went negative")

    trigger = QPushButton("trigger", window)
    trigger.clicked.connect(broken_slot)
    with caplog.at_level(logging.ERROR):
        qtbot.mouseClick(trigger, Qt.MouseButton.LeftButton)  # raised inside a Qt slot
        qtbot.waitUntil(lambda: _crash_dialog(qapp) is not None)
    dialog = _crash_dialog(qapp)
    assert dialog is not None
    report = dialog.findChild(QWidget, "crashReport")
    text = report.toPlainText()  # type: ignore[union-attr]
    assert "Traceback" in text and "ZeroDivisionError: booth counter went negative" in text
    assert "broken_slot" in text
    assert report.isReadOnly()  # type: ignore[union-attr]
    assert any("broken_slot" in (r.exc_text or "") for r in caplog.records)

    copy = dialog.findChild(QPushButton, "copyReportButton")
    assert copy is not None
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == text

    assert window.isVisible()  # the station keeps running
    qtbot.mouseClick(button(window, "booth"), Qt.MouseButton.LeftButton)
    assert window.current_role == "booth"


def test_user_error_shows_a_plain_warning(
    qapp: QApplication,
    qtbot: QtBot,
    excepthook: ExceptHook,
) -> None:
    try:
        raise UserError("The badge printer is out of paper.")
    except UserError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    boxes = [w for w in qapp.topLevelWidgets() if w.objectName() == "userErrorBox"]
    qtbot.waitUntil(lambda: any(b.isVisible() for b in boxes))
    box = next(b for b in boxes if b.isVisible())
    assert isinstance(box, QMessageBox)
    assert box.text() == "The badge printer is out of paper."
    assert "Traceback" not in box.text() + box.detailedText()
    assert _crash_dialog(qapp) is None


def test_exception_while_reporting_does_not_loop(
    qapp: QApplication,
    qtbot: QtBot,
    excepthook: ExceptHook,
    caplog: pytest.LogCaptureFixture,
) -> None:
    calls: list[int] = []

    def reentrant_parent() -> QWidget | None:
        calls.append(1)
        try:
            raise RuntimeError("while showing")
        except RuntimeError as inner:
            sys.excepthook(type(inner), inner, inner.__traceback__)
        return None

    hook = ExceptHook(reentrant_parent)
    with caplog.at_level(logging.ERROR):
        try:
            raise KeyError("outer")
        except KeyError as exc:
            excepthook.uninstall()
            hook.install()
            try:
                sys.excepthook(type(exc), exc, exc.__traceback__)
            finally:
                hook.uninstall()
    assert calls == [1]
    assert any("error while reporting an error" in r.getMessage() for r in caplog.records)
    qtbot.waitUntil(lambda: _crash_dialog(qapp) is not None)
    assert hook.dialog is not None
    assert "KeyError: 'outer'" in hook.dialog.report_text()
    assert "while showing" not in hook.dialog.report_text()
    hook.dialog.close()


def test_exception_in_a_thread_reaches_the_dialog(
    qapp: QApplication, qtbot: QtBot, excepthook: ExceptHook
) -> None:
    def work() -> None:
        raise LookupError("camera thread failed")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: _crash_dialog(qapp) is not None)
    assert excepthook.dialog is not None
    assert "LookupError: camera thread failed" in excepthook.dialog.report_text()


# -- task runner -------------------------------------------------------------------------------


def test_task_runner_delivers_result_on_gui_thread(qtbot: QtBot, tasks: TaskRunner) -> None:
    worker_threads: list[int] = []
    delivered: list[tuple[int, int]] = []

    def work() -> int:
        worker_threads.append(threading.get_ident())
        return 42

    tasks.read(work, lambda value: delivered.append((value, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(delivered))
    assert delivered == [(42, threading.main_thread().ident)]
    assert worker_threads and worker_threads[0] != threading.main_thread().ident
    assert tasks.active_count == 0


def test_task_runner_sends_user_error_to_on_error(qtbot: QtBot, tasks: TaskRunner) -> None:
    errors: list[tuple[BaseException, int]] = []

    def work() -> int:
        raise UserError("That file is not a roster.")

    tasks.read(
        work,
        lambda _v: pytest.fail("on_done must not run"),
        lambda exc: errors.append((exc, threading.get_ident())),
    )
    qtbot.waitUntil(lambda: bool(errors))
    exc, thread_id = errors[0]
    assert isinstance(exc, UserError) and str(exc) == "That file is not a roster."
    assert thread_id == threading.main_thread().ident


def test_task_runner_default_user_error_is_a_message_box(
    qapp: QApplication, qtbot: QtBot, tasks: TaskRunner
) -> None:
    def work() -> None:
        raise UserError("The USB stick was removed.")

    tasks.read(work, lambda _v: None)

    def box() -> QMessageBox | None:
        for widget in qapp.topLevelWidgets():
            if widget.objectName() == "userErrorBox" and widget.isVisible():
                return widget  # type: ignore[return-value]
        return None

    qtbot.waitUntil(lambda: box() is not None)
    found = box()
    assert found is not None and found.text() == "The USB stick was removed."
    found.close()


def test_task_runner_sends_bugs_to_the_crash_path(
    qapp: QApplication, qtbot: QtBot, tasks: TaskRunner, excepthook: ExceptHook
) -> None:
    errors: list[BaseException] = []

    def work() -> None:
        raise ValueError("merge produced a negative count")

    tasks.read(work, lambda _v: None, errors.append)
    qtbot.waitUntil(lambda: _crash_dialog(qapp) is not None)
    assert excepthook.dialog is not None
    text = excepthook.dialog.report_text()
    assert "ValueError: merge produced a negative count" in text and "in work" in text
    # after the crash path, the screen hears of it too, so it can leave its busy state
    assert [str(e) for e in errors] == ["merge produced a negative count"]


# -- opening the database ----------------------------------------------------------------------


def test_damaged_database_is_reported_plainly_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    garbage = os.urandom(8192)
    path.write_bytes(garbage)
    messages: list[str] = []
    engine = open_station_database(Settings(db_path=path), report=messages.append)
    assert engine is None
    assert len(messages) == 1
    assert "damaged" in messages[0] and "Traceback" not in messages[0]
    assert path.read_bytes() == garbage


def test_database_error_box_is_plain(qtbot: QtBot, english: str) -> None:
    box = database_error_box("The file is damaged.")
    qtbot.addWidget(box)
    assert box.objectName() == "databaseErrorBox"
    assert box.informativeText() == "The file is damaged."
    assert box.detailedText() == ""


def _close_modal_when_shown(seen: list[str]) -> QTimer:
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QMessageBox):
            seen.append(modal.informativeText())
            timer.stop()
            modal.close()

    timer.timeout.connect(poll)
    timer.start()
    return timer


def test_run_gui_with_damaged_database_shows_message_and_returns_2(
    qapp: QApplication, tmp_path: Path
) -> None:
    path = tmp_path / "damaged.sqlite3"
    path.write_bytes(os.urandom(4096))
    hook_before = sys.excepthook
    seen: list[str] = []
    timer = _close_modal_when_shown(seen)
    try:
        code = run_gui(Settings(db_path=path, lang="en"), ["fairdesk"])
    finally:
        timer.stop()
    assert code == EXIT_USER_ERROR
    assert len(seen) == 1 and "damaged" in seen[0]
    assert sys.excepthook is hook_before


def test_run_gui_opens_the_window_on_a_fresh_database(qapp: QApplication, tmp_path: Path) -> None:
    found: list[MainWindow] = []

    def check_and_quit() -> None:
        # Close the window as a user does (that ends the event loop). An explicit qapp.quit()
        # here would be delivered after exec() returned and leave Qt's "quit now" flag set,
        # so every later event loop in this test process would return at once.
        for widget in qapp.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                found.append(widget)
                widget.close()

    QTimer.singleShot(0, check_and_quit)
    code = run_gui(
        Settings(db_path=tmp_path / "new.sqlite3", lang="en"), ["fairdesk"], start_role="desk"
    )
    assert code == EXIT_OK
    assert len(found) == 1
    assert found[0].current_role == "desk"


def test_ui_layer_never_imports_the_orm() -> None:
    ui_dir = Path(__file__).resolve().parents[2] / "fairdesk" / "ui"
    offenders = [
        str(path.relative_to(ui_dir))
        for path in ui_dir.rglob("*.py")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.lstrip().startswith(("import ", "from "))
        and any(name in line for name in ("sqlalchemy", "sqlmodel", "fairdesk.store"))
    ]
    assert offenders == []
