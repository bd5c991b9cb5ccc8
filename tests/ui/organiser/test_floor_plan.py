"""The Floor plan tool driven as an organiser would: a 6 × 10 grid from the dialog, companies
dragged onto booths, undo and redo, auto-assign, swap, lock, zoom — on a real file, read back
from the database."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlmodel import select

from fairdesk.services.fairs import current_fair, local_station
from fairdesk.services.floorplan.service import FloorPlanService
from fairdesk.store.engine import read_session, write_session
from fairdesk.store.models import Booth, Company, CompanyArrival, Position
from fairdesk.store.seam import changes
from fairdesk.ui.organiser.floor_companies import ID_ROLE
from fairdesk.ui.organiser.floor_items import BoothItem
from fairdesk.ui.organiser.floor_plan import FloorPlanScreen
from fairdesk.ui.organiser.floor_view import Mode, booth_mime
from fairdesk.ui.tasks import TaskRunner
from tests.ui.desk.test_desk_walk_in import ime_type
from tests.unit.services.sync.fair_kit import organiser

HALL = "1号馆"


def fair_of(tmp: Path, companies: int = 20) -> Engine:
    engine = organiser(tmp)
    with write_session(engine) as s:
        fair, station = current_fair(s), local_station(s)
        sectors = ("互联网", "制造", "金融")
        made = [Company(station_id=station.id, fair_id=fair.id, name=f"展商{n:02d}",
                        sector=sectors[n % 3]) for n in range(companies)]  # fmt: skip
        changes(s).add_all(made)
        changes(s).add_all([Position(station_id=station.id, company_id=c.id, title="工程师",
                                     headcount=n) for n, c in enumerate(made)])  # fmt: skip
    return engine


def open_screen(qtbot: QtBot, tasks: TaskRunner, engine: Engine) -> FloorPlanScreen:
    screen = FloorPlanScreen(FloorPlanService(engine), tasks)
    qtbot.addWidget(screen)
    screen.resize(1100, 700)
    with qtbot.waitSignal(screen.plan_loaded, timeout=5000):
        screen.show()
    return screen


def company_of(engine: Engine, booth_id: uuid.UUID) -> uuid.UUID | None:
    with read_session(engine) as s:
        booth = s.get(Booth, booth_id)
        assert booth is not None
        return booth.company_id


def booth_item(screen: FloorPlanScreen, code: str) -> BoothItem:
    return next(b for b in screen.scene.booths.values() if b.view.code == code)


def drop_company(screen: FloorPlanScreen, row: int, code: str) -> uuid.UUID:
    """Drag list row `row` onto booth `code`: the list's own drag data, the view's drop handler."""
    item = screen.companies.item(row)
    mime = screen.companies.mimeData([item])
    target = booth_item(screen, code)
    assert screen.view.handle_drop(mime, target.sceneBoundingRect().center())
    return uuid.UUID(item.data(ID_ROLE))


def make_grid(qtbot: QtBot, screen: FloorPlanScreen) -> None:
    dialog = screen.open_grid_dialog()
    dialog.hall_combo.setCurrentText("")
    ime_type(dialog.hall_combo.lineEdit(), HALL)
    dialog.rows.setValue(6)
    dialog.cols.setValue(10)
    dialog.prefix.setText("b")
    dialog.aisle_every.setValue(3)
    with qtbot.waitSignal(screen.plan_loaded, timeout=5000):
        dialog.accept()
    qtbot.waitUntil(lambda: screen.current_hall() == HALL and len(screen.scene.booths) == 60)


def test_grid_drag_assign_undo_redo_auto_swap_lock_zoom(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    engine = fair_of(tmp_path)
    screen = open_screen(qtbot, tasks, engine)
    make_grid(qtbot, screen)
    assert screen.hall_combo.currentText() == HALL
    assert len(screen.scene.decor) == 1 and next(iter(screen.scene.decor.values())).view.main

    placed = {}
    for code in ("B01", "B02", "B03", "B04", "B05"):
        entries = screen.companies.entries
        row = next(r for r, e in enumerate(entries)
                   if not e.booths and e.id not in placed.values())  # fmt: skip
        placed[code] = drop_company(screen, row, code)
    for code, company in placed.items():
        assert company_of(engine, booth_item(screen, code).view.id) == company
        assert booth_item(screen, code).view.company_id == company  # the item, at once
    b05 = booth_item(screen, "B05").view.id
    screen.commands.stack.undo()
    assert company_of(engine, b05) is None and booth_item(screen, "B05").view.company_id is None
    screen.commands.stack.redo()
    assert company_of(engine, b05) == placed["B05"]

    qtbot.mouseClick(screen.toolbar.auto_button, Qt.MouseButton.LeftButton)
    with read_session(engine) as s:
        held = {b.company_id for b in s.exec(select(Booth)) if b.company_id is not None}
        assert len(held) == len(s.exec(select(Company)).all())  # every company has a booth
    assert all(company_of(engine, booth_item(screen, c).view.id) == placed[c] for c in placed)
    assert "without a booth" in screen.status.text()
    qtbot.waitUntil(lambda: screen.companies.unassigned_count() == 0)

    a, b = booth_item(screen, "B01").view.id, booth_item(screen, "B02").view.id
    assert screen.view.handle_drop(
        booth_mime(a), booth_item(screen, "B02").sceneBoundingRect().center()
    )
    assert (company_of(engine, a), company_of(engine, b)) == (placed["B02"], placed["B01"])

    booth_item(screen, "B01").setSelected(True)
    assert screen.toolbar.lock_button.isEnabled()
    qtbot.mouseClick(screen.toolbar.lock_button, Qt.MouseButton.LeftButton)
    with read_session(engine) as s:
        assert s.get(Booth, a).locked  # type: ignore[union-attr]
    assert booth_item(screen, "B01").view.locked and screen.toolbar.lock_button.text() == "Un&lock"
    assert not screen.view.handle_drop(booth_mime(a), QPointF(-5000, -5000))  # not on a booth
    screen.view.handle_drop(booth_mime(b), booth_item(screen, "B01").sceneBoundingRect().center())
    assert company_of(engine, a) == placed["B02"]  # locked: the swap was refused, and said so
    box = screen.findChild(QMessageBox, "userErrorBox")
    assert box is not None and "B01 is locked" in box.text()
    box.close()

    before = screen.view.zoom()
    qtbot.mouseClick(screen.toolbar.zoom_in, Qt.MouseButton.LeftButton)
    assert screen.view.zoom() > before
    screen.view.setFocus()
    qtbot.keyClick(screen.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert abs(screen.view.zoom() - before) < 1e-6


def test_draw_a_booth_and_a_label_delete_them_and_undo(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    engine = fair_of(tmp_path, companies=3)
    screen = open_screen(qtbot, tasks, engine)
    make_grid(qtbot, screen)
    screen.toolbar.mode_buttons[Mode.DRAW].click()
    view = screen.view
    start = view.mapFromScene(QPointF(12 * 60 + 5, 5))
    end = view.mapFromScene(QPointF(14 * 60 - 5, 60 - 5))
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), pos=QPoint(start.x() + 20, start.y() + 10))
    qtbot.mouseMove(view.viewport(), pos=end)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    drawn = next(b for b in screen.scene.booths.values() if b.view.x == 12.0)
    assert (drawn.view.width, drawn.view.height, drawn.view.code) == (2.0, 1.0, "A03")
    screen.add_label(QPointF(0, 12), "签到处")
    label = next(d for d in screen.scene.decor.values() if d.view.kind == "label")
    drawn.setSelected(True)
    label.setSelected(True)
    qtbot.mouseClick(screen.toolbar.delete_button, Qt.MouseButton.LeftButton)
    assert drawn.view.id not in screen.scene.booths and label.view.id not in screen.scene.decor
    with read_session(engine) as s:
        assert s.get(Booth, drawn.view.id) is None
    screen.commands.stack.undo()
    with read_session(engine) as s:
        assert s.get(Booth, drawn.view.id) is not None
    assert drawn.view.id in screen.scene.booths and label.view.id in screen.scene.decor
    screen.commands.stack.undo()  # the label
    screen.commands.stack.undo()  # the booth
    with read_session(engine) as s:
        assert s.get(Booth, drawn.view.id) is None
    screen.commands.stack.redo()
    assert screen.scene.booths[drawn.view.id].view.code == "A03"  # the same booth again


def test_a_booth_lights_up_when_its_company_arrives(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    engine = fair_of(tmp_path, companies=3)
    screen = open_screen(qtbot, tasks, engine)
    make_grid(qtbot, screen)
    company = drop_company(screen, 0, "B07")
    assert not booth_item(screen, "B07").view.arrived
    with write_session(engine) as s:  # the desk's employer check-in, elsewhere
        changes(s).add(CompanyArrival(station_id=local_station(s).id, company_id=company))
    tasks.announce({"arrivals"})
    qtbot.waitUntil(lambda: booth_item(screen, "B07").view.arrived, timeout=5000)
    assert not booth_item(screen, "B08").view.arrived


def test_booth_labels_leave_off_the_fairs_own_city(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    engine = organiser(tmp_path)
    names = ["中山市翠亨投资有限公司", "中山市岐江医院", "中山市小榄镇人民政府", "华为技术有限公司"]
    with write_session(engine) as s:
        fair, station = current_fair(s), local_station(s)
        changes(s).add_all([Company(station_id=station.id, fair_id=fair.id, name=n)
                            for n in names])  # fmt: skip
    screen = open_screen(qtbot, tasks, engine)
    make_grid(qtbot, screen)
    assert screen.scene.city == "中山市"
    row = next(r for r, e in enumerate(screen.companies.entries) if e.name == names[0])
    drop_company(screen, row, "B01")
    qtbot.waitUntil(lambda: booth_item(screen, "B01").view.company == names[0], timeout=5000)
    item = booth_item(screen, "B01")
    assert "".join(item._lines) == "翠亨投资"  # the map shows what tells booths apart
    assert names[0] in item.toolTip()  # the full name is one hover away


def test_move_a_booth_with_the_mouse_and_free_one_by_dropping_it_on_the_list(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    engine = fair_of(tmp_path, companies=3)
    screen = open_screen(qtbot, tasks, engine)
    make_grid(qtbot, screen)
    screen.toolbar.mode_buttons[Mode.MOVE].click()
    item = booth_item(screen, "B60")  # the last row: y 6 (an aisle above it)
    view = screen.view
    start = view.mapFromScene(item.sceneBoundingRect().center())
    end = view.mapFromScene(item.sceneBoundingRect().center() + QPointF(2 * 60, -60))
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), pos=QPoint(start.x() + 10, start.y() + 5))
    qtbot.mouseMove(view.viewport(), pos=end)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    with read_session(engine) as s:
        moved = s.get(Booth, item.view.id)
        assert moved is not None and (moved.x, moved.y) == (11.0, 5.0)
    screen.commands.stack.undo()
    with read_session(engine) as s:
        back = s.get(Booth, item.view.id)
        assert back is not None and (back.x, back.y) == (9.0, 6.0)
    assert item.pos() == QPointF(9 * 60, 6 * 60)

    company = drop_company(screen, 0, "B01")
    b01 = booth_item(screen, "B01").view.id
    assert company_of(engine, b01) == company
    mime = booth_mime(b01)  # kept: the event does not own its data
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.MoveAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    screen.companies.dropEvent(event)
    assert company_of(engine, b01) is None


def test_the_floor_plan_speaks_chinese(qtbot: QtBot, tasks: TaskRunner, tmp_path: Path) -> None:
    from fairdesk.ui.i18n import install_translator
    from tests.ui.test_screens_speak_chinese import english_in

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translator(app, "zh_CN")
    try:
        screen = open_screen(qtbot, tasks, fair_of(tmp_path, companies=3))
        make_grid(qtbot, screen)
        dialog = screen.open_grid_dialog()
        assert dialog.prefix.text() == "C"  # A (company list) and B (the grid) are taken
        assert english_in(screen) == [] and english_in(dialog) == []
        assert screen.toolbar.auto_button.text() == "自动分配(&A)"
        screen.commands.auto_assign()
        assert screen.toolbar.undo_action.text() == "撤销 自动分配"
        assert "家企业没有展位" in screen.status.text()
    finally:
        install_translator(app, "en")
