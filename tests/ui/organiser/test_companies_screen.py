"""The organiser's Companies tool, driven with a fake service: pinyin order, search, the
positions side panel (add, edit, remove with undo), delete with undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fairdesk.ui.organiser.companies import CompaniesScreen
from fairdesk.ui.organiser.companies_form import PositionDialog
from fairdesk.ui.organiser.companies_model import COL_BOOTHS, COL_HEADCOUNT, COL_MAJORS, COL_NAME
from fairdesk.ui.tasks import TaskRunner
from tests.ui.desk.test_desk_walk_in import ime_type
from tests.ui.organiser.people_fakes import FakeCompanies


def open_screen(qtbot: QtBot, tasks: TaskRunner, fake: FakeCompanies) -> CompaniesScreen:
    screen = CompaniesScreen(fake, tasks)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.loaded):
        screen.show()
    return screen


def shown(screen: CompaniesScreen, column: int = COL_NAME) -> list[str]:
    model = screen.model
    return [str(model.index(r, column).data()) for r in range(model.rowCount())]


def positions(screen: CompaniesScreen, column: int = 0) -> list[str]:
    assert screen.panel is not None
    model = screen.panel.model
    return [str(model.index(r, column).data()) for r in range(model.rowCount())]


def pick(qtbot: QtBot, screen: CompaniesScreen, name: str) -> None:
    assert screen.panel is not None
    with qtbot.waitSignal(screen.panel.loaded):
        screen.table.selectRow(shown(screen).index(name))
    assert screen.panel.heading.text() == f"Positions of {name}"


def position_dialog(qtbot: QtBot, screen: CompaniesScreen) -> PositionDialog:
    assert screen.panel is not None
    dialog = screen.panel.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_companies_in_pinyin_order_and_found_by_initials(
    qtbot: QtBot, tasks: TaskRunner, english: str
) -> None:
    screen = open_screen(qtbot, tasks, FakeCompanies())
    assert shown(screen) == ["格力电器", "华为", "京东", "vivo"]  # 华为 among the H's
    assert shown(screen, COL_BOOTHS)[1] == "A01"
    screen.table.sortByColumn(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert shown(screen) == ["vivo", "京东", "华为", "格力电器"]
    qtbot.keyClicks(screen.search_box, "hw")
    qtbot.waitUntil(lambda: shown(screen) == ["华为"])


def test_positions_are_added_edited_and_removed_in_the_side_panel(
    qtbot: QtBot, tasks: TaskRunner, english: str
) -> None:
    screen = open_screen(qtbot, tasks, FakeCompanies())
    panel = screen.panel
    assert panel is not None and not panel.add_button.isEnabled()  # no company chosen yet
    pick(qtbot, screen, "华为")
    assert positions(screen) == ["软件工程师"]

    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = position_dialog(qtbot, screen)
    ime_type(dialog.title, "硬件工程师")
    dialog.degree.setCurrentIndex(dialog.degree.findData("master"))
    ime_type(dialog.majors, "电子、通信")
    dialog.headcount.setText("3人")
    with qtbot.waitSignal(panel.loaded):
        dialog.save_button.click()
    assert positions(screen) == ["软件工程师", "硬件工程师"]
    assert positions(screen, COL_HEADCOUNT)[1] == "3"
    assert screen.status.text() == "Saved: 硬件工程师"

    panel.table.selectRow(1)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    dialog = position_dialog(qtbot, screen)
    assert dialog.majors.text() == "电子、通信"
    dialog.headcount.setText("many")  # refused, naming the field
    with qtbot.waitSignal(dialog.refused) as refused:
        dialog.save_button.click()
    assert refused.args == ["headcount"] and dialog.isVisible()
    dialog.headcount.setText("10")
    dialog.majors.setText("电子")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: positions(screen, COL_HEADCOUNT) == ["5", "10"])
    assert positions(screen, COL_MAJORS)[1] == "电子"

    panel.table.selectRow(0)
    panel.remove_button.click()
    qtbot.waitUntil(lambda: positions(screen) == ["硬件工程师"])
    assert "软件工程师" in screen.status.text()
    screen.undo_button.click()
    qtbot.waitUntil(lambda: sorted(positions(screen)) == ["硬件工程师", "软件工程师"])


def test_a_company_deleted_and_put_back(qtbot: QtBot, tasks: TaskRunner, english: str) -> None:
    screen = open_screen(qtbot, tasks, FakeCompanies())
    pick(qtbot, screen, "京东")
    with qtbot.waitSignal(screen.loaded):
        screen.delete_button.click()
    assert shown(screen) == ["格力电器", "华为", "vivo"]
    assert "京东" in screen.status.text()
    screen.table.setFocus()
    with qtbot.waitSignal(screen.loaded):
        qtbot.keyClick(screen.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert shown(screen) == ["格力电器", "华为", "京东", "vivo"]
    assert screen.status.text() == "Put back: 京东"
