"""The whole USB-stick round trip through the GUI, on real files and the real sync services:
the organiser makes a desk pack, a second laptop starts from it, checks a student in, writes its
bundle from the Station menu, and the organiser merges it; the Stations table shows what came in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from fairdesk.config import Settings
from fairdesk.services.desk.checkin import CheckInService
from fairdesk.services.fairs import fair_summary
from fairdesk.store.engine import open_database
from fairdesk.ui.main_window import MainWindow
from fairdesk.ui.organiser.stations import COL_NAME, COL_RECORDS, StationsScreen
from fairdesk.ui.start_from_pack import StartFromPackDialog
from fairdesk.ui.tasks import TaskRunner
from fairdesk.wiring import wire
from tests.unit.services.sync.fair_kit import HUAWEI, PASSPHRASE, code_of, organiser


def test_pack_start_bundle_merge_through_the_gui(
    qtbot: QtBot, tmp_path: Path, tasks: TaskRunner, english: str
) -> None:
    org_engine = organiser(tmp_path / "org")
    org = wire(Settings(db_path=tmp_path / "org" / "organiser.sqlite3"), org_engine)
    screen = StationsScreen(org.organiser.stations, tasks)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.stations_loaded):
        screen.show()
    assert screen.model.rowCount() == 0 and screen.empty_label.isVisible()

    stick = tmp_path / "U盘"
    stick.mkdir()
    pack = screen.open_pack_dialog()
    qtbot.waitUntil(lambda: pack.company_combo.count() == 2)
    assert pack.company_combo.findText(HUAWEI) >= 0  # the organiser's real companies
    pack.name_edit.setText("east")
    pack.passphrase.setText(PASSPHRASE)
    pack.passphrase_again.setText(PASSPHRASE)
    pack.folder_row.set_folder(stick)
    with qtbot.waitSignal(pack.made, timeout=20_000) as made:
        pack.make_button.click()
    pack_file = made.args[0].path
    assert pack_file.parent == stick and pack_file.suffix == ".fdpack"
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    pack.close()

    laptop_db = tmp_path / "desk" / "station.sqlite3"
    laptop_db.parent.mkdir()
    desk_engine = open_database(laptop_db, inline_backups=False)
    desk = wire(Settings(db_path=laptop_db), desk_engine)
    window = MainWindow(
        db_path=laptop_db, summary_provider=desk.fair_summary, tasks=tasks,
        screen_factories={"desk": QLabel},
        station_sync={"desk": lambda: desk.desk.sync}, unpack=desk.unpack,
    )  # fmt: skip
    qtbot.addWidget(window)
    window.show()
    start = window.open_start_from_pack()
    assert isinstance(start, StartFromPackDialog)
    start.set_path(pack_file)
    start.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.role_chosen, timeout=20_000) as chosen:
        start.start_button.click()
    assert chosen.args == ["desk"]
    assert fair_summary(desk_engine) is not None
    code = code_of(desk_engine, "2022110201")
    assert CheckInService(desk_engine).by_code(code).outcome == "ok"

    with qtbot.waitSignal(window.bundle_actions.written, timeout=20_000) as written:
        window.bundle_actions.write_to(stick)
    bundle = written.args[0]
    assert bundle.path.parent == stick and bundle.records > 0

    merge = screen.open_merge_dialog()
    merge.use_folder(stick)
    assert merge.paths == [bundle.path]
    merge.passphrase.setText(PASSPHRASE)
    merge.merge_button.click()
    qtbot.waitUntil(lambda: merge.summary is not None, timeout=20_000)
    assert merge.summary is not None and merge.summary.bundles == 1 and merge.summary.new > 0
    assert merge.progress.value() == merge.progress.maximum()
    assert merge.summary.report_path is not None and merge.summary.report_path.is_file()
    assert merge.summary.report_path.parent == tmp_path / "org"  # beside the organiser's file
    qtbot.waitUntil(lambda: screen.model.index(0, COL_RECORDS).data() not in (None, "0"))
    assert screen.model.index(0, COL_NAME).data() == "east"
    assert CheckInService(org_engine).by_code(code).outcome == "already"  # the arrival is in

    CheckInService(desk_engine).by_code(code_of(desk_engine, "7"))  # more work, a new bundle
    with qtbot.waitSignal(window.bundle_actions.written, timeout=20_000):
        window.bundle_actions.write_to(stick)
    merge.use_folder(stick)
    assert merge.paths  # (the same second: the new bundle replaced the first)
    first = merge.summary
    merge.passphrase.setText("not the passphrase")
    merge.merge_button.click()
    qtbot.waitUntil(lambda: merge.summary is not first, timeout=20_000)
    assert merge.summary is not None and merge.summary.refused == 1  # the new one, unreadable
    assert "1 files refused" in merge.totals.text()
    assert any("refused" in merge.report.item(i).text() for i in range(merge.report.count()))
