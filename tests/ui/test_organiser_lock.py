"""The organiser lock: a desk laptop opens the organiser role only with the organiser PIN (real
window, real `OrganiserLock` over a desk's database file)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlmodel import col, select

from fairdesk.services.organiser_pin import OrganiserLock, organiser_pin_hash
from fairdesk.store.engine import write_session
from fairdesk.store.models import Fair, Station
from fairdesk.store.seam import changes
from fairdesk.ui.main_window import MainWindow
from fairdesk.ui.organiser.lock_dialog import OrganiserPinDialog
from fairdesk.ui.tasks import TaskRunner
from tests.factories import new_store

PIN = "4826"


def desk_laptop(tmp_path: Path, pin: str | None) -> Engine:
    """A desk's station file (local station role desk), its fair with or without a PIN."""
    engine = new_store(tmp_path / "desk.sqlite3")
    if pin is not None:
        with write_session(engine) as s:
            fair = s.exec(select(Fair)).one()
            changes(s, fair.station_id).update(fair, organiser_pin_hash=organiser_pin_hash(pin))
    return engine


def make_window(qtbot: QtBot, engine: Engine, tasks: TaskRunner, tmp_path: Path) -> MainWindow:
    window = MainWindow(
        db_path=tmp_path / "desk.sqlite3", summary_provider=lambda: None, tasks=tasks,
        screen_factories={role: QLabel for role in ("desk", "booth", "organiser")},
        organiser_lock=OrganiserLock(engine),
    )  # fmt: skip
    qtbot.addWidget(window)
    window.show()
    return window


def ask_for_organiser(qtbot: QtBot, window: MainWindow) -> OrganiserPinDialog:
    button = window.role_picker.findChild(QPushButton, "roleOrganiser")
    assert button is not None
    button.click()
    qtbot.waitUntil(lambda: window.pin_dialog is not None and window.pin_dialog.isVisible())
    assert window.pin_dialog is not None
    return window.pin_dialog


def test_a_desk_laptop_needs_the_organiser_pin(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    window = make_window(qtbot, desk_laptop(tmp_path, PIN), tasks, tmp_path)
    dialog = ask_for_organiser(qtbot, window)
    assert window.current_role is None
    assert dialog.pin.echoMode() == dialog.pin.EchoMode.Password
    qtbot.keyClicks(dialog.pin, "12ab34")
    assert dialog.pin.text() == "1234"  # digits only
    with qtbot.waitSignal(dialog.refused, timeout=10_000) as refused:
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert "not the organiser PIN" in refused.args[0]
    assert window.current_role is None and dialog.isVisible() and dialog.pin.text() == ""

    qtbot.keyClicks(dialog.pin, PIN)
    with qtbot.waitSignal(window.role_chosen, timeout=10_000) as chosen:
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert chosen.args == ["organiser"] and window.current_role == "organiser"
    assert not dialog.isVisible()


def test_cancel_stays_on_the_picker_and_the_desk_role_is_free(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    window = make_window(qtbot, desk_laptop(tmp_path, PIN), tasks, tmp_path)
    dialog = ask_for_organiser(qtbot, window)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert window.current_role is None
    desk = window.role_picker.findChild(QPushButton, "roleDesk")
    assert desk is not None
    desk.click()
    assert window.current_role == "desk"


def test_wrong_tries_make_the_next_one_wait(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    window = make_window(qtbot, desk_laptop(tmp_path, PIN), tasks, tmp_path)
    dialog = ask_for_organiser(qtbot, window)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    for wrong in ("1357", "2468", "9753"):
        qtbot.keyClicks(dialog.pin, wrong)
        with qtbot.waitSignal(dialog.refused, timeout=10_000):
            ok.click()
    qtbot.keyClicks(dialog.pin, PIN)
    with qtbot.waitSignal(dialog.refused, timeout=10_000) as refused:
        ok.click()
    assert "Try again in" in refused.args[0]
    assert not ok.isEnabled() and window.current_role is None


def test_an_old_fair_without_a_pin_opens_and_says_so(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    window = make_window(qtbot, desk_laptop(tmp_path, None), tasks, tmp_path)
    button = window.role_picker.findChild(QPushButton, "roleOrganiser")
    assert button is not None
    with qtbot.waitSignal(window.role_chosen, timeout=10_000):
        button.click()
    assert window.current_role == "organiser" and window.pin_dialog is None
    assert "no organiser PIN" in window.statusBar().currentMessage()


def test_a_booth_laptop_never_opens_the_organisers_tools(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    """What the organiser's tools would write there reaches the organiser in the booth's
    bundle: a recruiter must not rename or delete students fair-wide."""
    engine = new_store(tmp_path / "desk.sqlite3")
    with write_session(engine) as s:
        station = s.exec(select(Station).where(col(Station.is_local))).one()
        changes(s, station.id).update(station, role="booth")  # as a booth pack makes it
    window = make_window(qtbot, engine, tasks, tmp_path)
    button = window.role_picker.findChild(QPushButton, "roleOrganiser")
    assert button is not None
    button.click()
    qtbot.waitUntil(lambda: window.refusal is not None and window.refusal.isVisible())
    assert window.refusal is not None and "booth station" in window.refusal.text()
    assert window.current_role != "organiser" and window.pin_dialog is None
