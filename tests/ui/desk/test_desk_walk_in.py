"""Walk-in registration from the desk: Chinese typed through an input method, duplicates offered."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlmodel import select

from fairdesk.store.engine import read_session
from fairdesk.store.models import Attendee
from fairdesk.ui.desk.screen import DeskScreen
from fairdesk.ui.desk.walk_in import WalkInDialog
from fairdesk.ui.tasks import TaskRunner
from tests.factories import Person, add_person, new_store
from tests.ui.desk.helpers import Printed, checkins, make_desk


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return new_store(tmp_path / "desk.sqlite3")


@pytest.fixture
def zeng(engine: Engine) -> Person:
    return add_person(engine, "曾小贤", student_no="2021010001", phone="13712345678")


def ime_type(edit: QLineEdit, text: str) -> None:
    """What an input method does when the volunteer picks the characters: a commit string."""
    edit.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(edit, event)


def open_form(qtbot: QtBot, desk: DeskScreen) -> WalkInDialog:
    qtbot.keyClick(desk.scan_input, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: desk.findChild(WalkInDialog, "walkInDialog") is not None)
    dialog = desk.findChild(WalkInDialog, "walkInDialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_walk_in_registers_checks_in_and_prints(
    qtbot: QtBot, engine: Engine, tasks: TaskRunner, zeng: Person, english: str
) -> None:
    printed = Printed()
    desk = make_desk(qtbot, engine, tasks, printed)
    dialog = open_form(qtbot, desk)
    ime_type(dialog.fields["name"], "阿依古丽·买买提")
    ime_type(dialog.fields["university"], "北京航空航天大学")
    qtbot.keyClicks(dialog.fields["student_no"], "SY2101")
    dialog.degree.setCurrentText("硕士")
    qtbot.keyClicks(dialog.fields["grad_year"], "2026")
    qtbot.keyClicks(dialog.fields["phone"], "13912340007")
    qtbot.keyClicks(dialog.fields["email"], "bad-email")
    dialog.consent.setChecked(True)
    qtbot.keyClick(dialog.fields["email"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and "email" in dialog.error.text()  # the roster's own rule
    dialog.fields["email"].setText("ayi@buaa.edu.cn")
    with qtbot.waitSignal(desk.verdict_shown):
        qtbot.keyClick(
            dialog.fields["email"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )
    assert not dialog.isVisible()
    assert desk.verdict.property("outcome") == "ok"
    assert desk.verdict.name.text() == "阿依古丽·买买提"
    with read_session(engine) as s:
        a = s.exec(select(Attendee).where(Attendee.source == "walk-in")).one()
        assert (a.name, a.degree, a.consent, a.phone_tail) == (
            "阿依古丽·买买提",
            "master",
            True,
            "0007",
        )
    assert printed.calls == [([a.id], False)]
    assert checkins(engine) == [("阿依古丽·买买提", "arrival", "walk-in", False)]


def test_walk_in_duplicate_offers_the_existing_student(
    qtbot: QtBot, engine: Engine, tasks: TaskRunner, zeng: Person, english: str
) -> None:
    printed = Printed()
    desk = make_desk(qtbot, engine, tasks, printed)
    dialog = open_form(qtbot, desk)
    ime_type(dialog.fields["name"], "曾小贤")
    ime_type(dialog.fields["university"], "北京大学")
    qtbot.keyClicks(dialog.fields["phone"], "137 1234 5678")  # same phone as the roster's
    dialog.register_button.click()
    assert dialog.duplicates.isVisible() and dialog.duplicates.count() == 1
    assert "曾小贤" in dialog.duplicates.item(0).text()
    assert "Already in the roster" in dialog.error.text()
    with qtbot.waitSignal(desk.verdict_shown):
        dialog.use_existing.click()
    assert desk.verdict.property("outcome") == "ok"
    with read_session(engine) as s:
        assert len(s.exec(select(Attendee)).all()) == 1  # no second record
    assert checkins(engine) == [("曾小贤", "arrival", "search", False)]
    assert printed.calls == []


def test_a_scan_while_the_walk_in_form_is_open_checks_in_not_types(
    qtbot: QtBot, engine: Engine, tasks: TaskRunner, zeng: Person, english: str
) -> None:
    """The scanner fires while a volunteer fills the form: the code must not become a name."""
    from tests.ui.desk.helpers import burst

    desk = make_desk(qtbot, engine, tasks, Printed())
    dialog = open_form(qtbot, desk)
    dialog.fields["name"].setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.fields["name"])
    with qtbot.waitSignal(desk.verdict_shown):
        burst(zeng.code)
    assert dialog.fields["name"].text() == ""
    assert checkins(engine) == [("曾小贤", "arrival", "badge", False)]


def test_a_refused_field_is_named_by_its_label_and_gets_the_focus(
    qtbot: QtBot, engine: Engine, tasks: TaskRunner, zeng: Person, english: str
) -> None:
    desk = make_desk(qtbot, engine, tasks, Printed())
    dialog = open_form(qtbot, desk)
    ime_type(dialog.fields["name"], "王五")
    ime_type(dialog.fields["university"], "清华大学")
    qtbot.keyClicks(dialog.fields["student_no"], "2024001")
    qtbot.keyClicks(dialog.fields["phone"], "1370000004")
    dialog.submit()
    label = dialog.fields["phone"].accessibleName()
    assert dialog.error.text().startswith(f"{label}: not a mainland mobile number")
    assert "student_no" not in dialog.error.text()
    assert QApplication.focusWidget() is dialog.fields["phone"]
