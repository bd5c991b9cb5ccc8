"""The organiser's Students tool, driven with a fake service: search, sort, edit, delete, undo."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fairdesk.services.people_admin.students import StudentsService
from fairdesk.ui.organiser.students import StudentsScreen
from fairdesk.ui.organiser.students_form import StudentDialog
from fairdesk.ui.organiser.students_model import COL_MAJOR, COL_NAME
from fairdesk.ui.tasks import TaskRunner
from tests.factories import add_person, new_store
from tests.ui.desk.test_desk_walk_in import ime_type
from tests.ui.organiser.people_fakes import FakeStudents


def open_screen(qtbot: QtBot, tasks: TaskRunner, fake: FakeStudents) -> StudentsScreen:
    screen = StudentsScreen(fake, tasks)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.loaded):
        screen.show()
    return screen


def shown(screen: StudentsScreen, column: int = COL_NAME) -> list[str]:
    model = screen.model
    return [str(model.index(r, column).data()) for r in range(model.rowCount())]


def select(screen: StudentsScreen, name: str) -> None:
    screen.table.selectRow(shown(screen).index(name))


def open_editor(qtbot: QtBot, screen: StudentsScreen, name: str) -> StudentDialog:
    select(screen, name)
    qtbot.mouseClick(screen.edit_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_the_roster_sorted_by_pinyin_and_searched_by_initials(
    qtbot: QtBot, tasks: TaskRunner, english: str
) -> None:
    fake = FakeStudents()
    screen = open_screen(qtbot, tasks, fake)
    assert shown(screen) == ["李四", "曾小贤", "张三"]  # li, zeng, zhang: not code-point order
    screen.table.sortByColumn(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert shown(screen) == ["张三", "曾小贤", "李四"]
    assert screen.count_label.text() == "3 shown · 3 students in the fair"
    qtbot.keyClicks(screen.search_box, "zs")
    qtbot.waitUntil(lambda: shown(screen) == ["张三"])
    assert fake.queries[-1] == "zs"
    assert threading.main_thread().name not in fake.threads  # read off the GUI thread
    screen.search_box.clear()
    qtbot.waitUntil(lambda: len(shown(screen)) == 3)


def test_a_students_major_is_edited_in_the_form(
    qtbot: QtBot, tasks: TaskRunner, english: str
) -> None:
    fake = FakeStudents()
    screen = open_screen(qtbot, tasks, fake)
    dialog = open_editor(qtbot, screen, "张三")
    assert dialog.major.text() == "应用数学"
    dialog.major.clear()
    ime_type(dialog.major, "人工智能")
    with qtbot.waitSignal(screen.loaded):  # the write announces attendees: the table reads again
        dialog.save_button.click()
    assert not dialog.isVisible()
    assert shown(screen, COL_MAJOR)[shown(screen).index("张三")] == "人工智能"
    assert screen.status.text() == "Saved: 张三"


def test_a_bad_phone_keeps_the_form_open_naming_the_field(
    qtbot: QtBot, tasks: TaskRunner, english: str
) -> None:
    screen = open_screen(qtbot, tasks, FakeStudents())
    dialog = open_editor(qtbot, screen, "李四")
    dialog.phone.setText("12345")
    with qtbot.waitSignal(dialog.refused) as refused:
        dialog.save_button.click()
    assert refused.args == ["phone"]
    assert dialog.isVisible() and dialog.error.text().startswith("phone: ")
    assert QApplication.focusWidget() is dialog.phone
    dialog.reject()


def test_delete_and_undo_put_the_student_back(
    qtbot: QtBot, tasks: TaskRunner, english: str
) -> None:
    fake = FakeStudents()
    screen = open_screen(qtbot, tasks, fake)
    select(screen, "李四")
    with qtbot.waitSignal(screen.changed):
        screen.delete_button.click()
    qtbot.waitUntil(lambda: shown(screen) == ["曾小贤", "张三"])
    assert "李四" in screen.status.text() and screen.undo_button.isEnabled()
    screen.table.setFocus()
    with qtbot.waitSignal(screen.changed):
        qtbot.keyClick(screen.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: shown(screen) == ["李四", "曾小贤", "张三"])
    assert screen.status.text() == "Put back: 李四" and not screen.undo_button.isEnabled()


def test_a_refused_deletion_says_why_and_keeps_the_row(
    qtbot: QtBot, tasks: TaskRunner, english: str
) -> None:
    screen = open_screen(qtbot, tasks, FakeStudents())
    select(screen, "曾小贤")
    with qtbot.waitSignal(screen.changed) as said:
        screen.delete_button.click()
    assert "check-in" in said.args[0]
    assert shown(screen) == ["李四", "曾小贤", "张三"] and not screen.undo_button.isEnabled()


def test_with_the_real_service_a_deletion_and_its_undo_reach_the_database(
    qtbot: QtBot, tasks: TaskRunner, english: str, tmp_path: Path
) -> None:
    engine = new_store(tmp_path / "organiser.sqlite3")
    zhang = add_person(engine, "张三", student_no="2021010002")
    add_person(engine, "李四", student_no="2021010003")
    service = StudentsService(engine)
    screen = StudentsScreen(service, tasks)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.loaded):
        screen.show()
    qtbot.keyClicks(screen.search_box, "zs")
    qtbot.waitUntil(lambda: shown(screen) == ["张三"])
    qtbot.keyClick(screen.search_box, Qt.Key.Key_Down)  # to the list, the first row chosen
    assert screen.table.hasFocus() and screen.selected().id == zhang.id
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: shown(screen) == [])
    assert [r.name for r in service.find().rows] == ["李四"]
    qtbot.keyClick(screen.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: shown(screen) == ["张三"])
    assert service.find("zs").rows[0].badges == 1  # the badge came back with the student
