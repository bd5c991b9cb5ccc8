"""The Employer check-in tool on a real fair file: typing Chinese (an input method's commit
string) or pinyin filters the list, Enter checks the one company in, a second check-in says
when it arrived, undo, the no-show list exported and read back."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from fairdesk.services.arrivals.service import ArrivalService
from fairdesk.ui.organiser.arrivals import NOT_ARRIVED, ArrivalsScreen
from fairdesk.ui.tasks import TaskRunner
from tests.ui.desk.test_desk_walk_in import ime_type
from tests.unit.services.printouts.floor_kit import floor_fair
from tests.unit.services.sync.fair_kit import HUAWEI, TENCENT


def open_screen(qtbot: QtBot, tasks: TaskRunner, service: ArrivalService,
                saved: list[Path] | None = None) -> ArrivalsScreen:  # fmt: skip
    def save_path(_title: str, offered: str, _filters: str) -> Path | None:
        return saved.pop(0) if saved else None

    screen = ArrivalsScreen(service, tasks, save_path=save_path)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        screen.show()
    return screen


def test_type_chinese_check_in_again_then_undo(qtbot: QtBot, tasks: TaskRunner, tmp_path: Path,
                                               english: str) -> None:  # fmt: skip
    service = ArrivalService(floor_fair(tmp_path))
    screen = open_screen(qtbot, tasks, service)
    assert screen.counts_label.text() == "Arrived 0 / 7"
    ime_type(screen.search, "华为")
    assert [r.name for r in screen.shown_rows()] == [HUAWEI]
    assert screen.check_button.isEnabled() and not screen.undo_button.isEnabled()
    with qtbot.waitSignal(screen.checked_in, timeout=5000) as done:
        qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert done.args[0].status == "ok"
    assert f"{HUAWEI} checked in at" in screen.status_label.text()
    qtbot.waitUntil(lambda: screen.counts_label.text() == "Arrived 1 / 7", timeout=5000)
    assert service.counts().arrived == 1 and service.find(HUAWEI).arrived
    assert screen.model.index(0, 2).data().startswith("Arrived ")
    assert screen.undo_button.isEnabled() and not screen.check_button.isEnabled()

    with qtbot.waitSignal(screen.checked_in, timeout=5000) as again:
        screen.check_in()  # a second desk's click: not an error
    assert again.args[0].status == "already"
    assert "already arrived at" in screen.status_label.text()
    assert service.counts().arrived == 1

    screen.undo_button.click()
    qtbot.waitUntil(lambda: screen.counts_label.text() == "Arrived 0 / 7", timeout=5000)
    assert "check-in undone" in screen.status_label.text()
    assert not service.find(HUAWEI).arrived


def test_pinyin_filter_and_no_shows_export(qtbot: QtBot, tasks: TaskRunner, tmp_path: Path,
                                           english: str) -> None:  # fmt: skip
    service = ArrivalService(floor_fair(tmp_path / "fair"))
    out = tmp_path / "noshows.xlsx"
    screen = open_screen(qtbot, tasks, service, saved=[out])
    qtbot.keyClicks(screen.search, "tx")
    assert [r.name for r in screen.shown_rows()] == [TENCENT]
    with qtbot.waitSignal(screen.checked_in, timeout=5000):
        screen.check_button.click()
    screen.search.clear()
    screen.show_combo.setCurrentIndex(screen.show_combo.findData(NOT_ARRIVED))
    qtbot.waitUntil(lambda: len(screen.shown_rows()) == 6, timeout=5000)
    assert TENCENT not in [r.name for r in screen.shown_rows()]
    with qtbot.waitSignal(screen.exported, timeout=5000):
        screen.export_button.click()
    rows = list(load_workbook(out).active.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 6 and TENCENT not in [r[0] for r in rows]
    assert ("0755-28780808" in [r[3] for r in rows]) and "Exported 6" in screen.status_label.text()


def test_the_organiser_lists_both_tools_wired_to_the_real_services(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    from fairdesk.config import Settings
    from fairdesk.ui.organiser.printouts import PrintoutsScreen
    from tests.ui.station_helpers import station_screen

    engine = floor_fair(tmp_path / "fair")
    screen = station_screen("organiser", engine, Settings(db_path=tmp_path / "s.sqlite3"), tasks)
    qtbot.addWidget(screen)
    screen.show()
    tools = screen.findChild(QListWidget, "organiserTools")
    assert tools is not None
    titles = [tools.item(i).text() for i in range(tools.count())]
    assert titles[-4:-2] == ["Printouts", "Employer check-in"]  # before Stations, Exports
    tools.setCurrentRow(titles.index("Employer check-in"))
    arrivals = screen.findChild(ArrivalsScreen, "arrivalsScreen")
    assert arrivals is not None and arrivals.isVisible()
    qtbot.waitUntil(lambda: arrivals.counts_label.text() == "Arrived 0 / 7", timeout=5000)
    assert screen.findChild(PrintoutsScreen, "printoutsScreen") is not None


def test_the_pin_slips_check_in_code_is_scanned_at_arrival(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    import numpy
    import pymupdf
    import zxingcpp
    from sqlmodel import select

    from fairdesk.render.pin_slips import write_slips
    from fairdesk.services.booth.pins import PinSlip
    from fairdesk.store.engine import read_session
    from fairdesk.store.models import CompanyArrival

    engine = floor_fair(tmp_path)
    service = ArrivalService(engine)
    huawei = service.find(HUAWEI)
    write_slips([PinSlip(huawei.id, HUAWEI, "A01", "246810")], tmp_path / "slips.pdf",
                title="2026 春季双选会")  # fmt: skip
    with pymupdf.open(tmp_path / "slips.pdf") as doc:
        pix = doc[0].get_pixmap(dpi=300, colorspace=pymupdf.csGRAY)
    image = numpy.frombuffer(pix.samples, dtype=numpy.uint8).reshape(pix.height, pix.width)
    (read,) = [r.text for r in zxingcpp.read_barcodes(image) if r.format.name == "QRCode"]
    assert "246810" not in read  # the slip's code names the company, never its PIN

    screen = open_screen(qtbot, tasks, service)
    qtbot.keyClicks(screen.search, read)  # a keyboard-wedge scanner types the digits…
    with qtbot.waitSignal(screen.checked_in, timeout=5000) as done:
        qtbot.keyClick(screen.search, Qt.Key.Key_Return)  # … and Enter
    assert done.args[0].status == "ok" and done.args[0].company.id == huawei.id
    assert screen.search.text() == ""
    with read_session(engine) as s:
        (arrival,) = s.exec(select(CompanyArrival)).all()
        assert (arrival.company_id, arrival.method) == (huawei.id, "slip")
    other = "8" + "0" * 39  # a code of no company here
    qtbot.keyClicks(screen.search, other)
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "not of a company at this fair" in screen.status_label.text())
    assert service.counts().arrived == 1
