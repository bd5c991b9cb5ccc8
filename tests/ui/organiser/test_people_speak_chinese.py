"""The Students and Companies tools and their dialogs, in the Chinese interface, show no
English (texts, headers, placeholders, accessible names), checked as
tests/ui/test_screens_speak_chinese checks the other screens."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fairdesk.ui.i18n import install_translator
from fairdesk.ui.organiser.companies import CompaniesScreen
from fairdesk.ui.organiser.students import StudentsScreen
from fairdesk.ui.tasks import TaskRunner
from tests.ui.organiser.people_fakes import FakeCompanies, FakeStudents
from tests.ui.test_screens_speak_chinese import english_in


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[str]:
    yield install_translator(qapp, "zh_CN")
    install_translator(qapp, "en")


def test_the_students_tool_and_its_form(qtbot: QtBot, tasks: TaskRunner, chinese: str) -> None:
    screen = StudentsScreen(FakeStudents(), tasks)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.loaded):
        screen.show()
    assert english_in(screen) == []
    assert screen.model.headerData(0, Qt.Orientation.Horizontal) == "姓名"
    screen.table.selectRow(0)
    screen.edit_selected()
    assert screen.dialog is not None
    qtbot.waitUntil(screen.dialog.isVisible)
    screen.dialog.phone.setText("12345")
    with qtbot.waitSignal(screen.dialog.refused):
        screen.dialog.save_button.click()
    assert screen.dialog.error.text().startswith("手机填写有误：")
    assert english_in(screen.dialog) == []
    screen.dialog.reject()


def test_the_companies_tool_its_panel_and_dialogs(
    qtbot: QtBot, tasks: TaskRunner, chinese: str
) -> None:
    fake = FakeCompanies()
    fake.rows = [r for r in fake.rows if r.name != "vivo"]  # a Latin company name is data
    screen = CompaniesScreen(fake, tasks)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.loaded):
        screen.show()
    assert screen.panel is not None
    with qtbot.waitSignal(screen.panel.loaded):
        screen.table.selectRow([r.name for r in screen.model.rows()].index("华为"))
    assert english_in(screen) == []
    screen.edit_selected()
    assert screen.dialog is not None and english_in(screen.dialog) == []
    screen.dialog.reject()
    screen.panel.table.selectRow(0)
    screen.panel.edit_selected()
    assert screen.panel.dialog is not None
    assert english_in(screen.panel.dialog) == []
    assert screen.panel.dialog.degree.currentText() == "本科及以上"
    screen.panel.dialog.reject()
