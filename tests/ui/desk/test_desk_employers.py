"""Employer check-in at the registration desk: F4 opens the same tool the organiser has, a
company checked in there is on the desk's file and reaches the organiser in its bundle."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fairdesk.services.arrivals.service import ArrivalService
from fairdesk.services.sync.merge import merge_bundles
from fairdesk.ui.desk.employers import EmployersDialog
from fairdesk.ui.tasks import TaskRunner
from tests.ui.desk.helpers import Printed, make_desk
from tests.ui.desk.test_desk_walk_in import ime_type
from tests.unit.services.sync.fair_kit import HUAWEI, PASSPHRASE, bundle, organiser, station


def test_f4_checks_a_company_in_at_the_desk_and_the_bundle_brings_it_to_the_organiser(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    org = organiser(tmp_path / "org")
    desk_engine = station(org, tmp_path / "desk", "desk", "签到台1")
    desk = make_desk(qtbot, desk_engine, tasks, Printed())
    assert desk.employers_button.text() == "Employers (F4)"

    qtbot.keyClick(desk.scan_input, Qt.Key.Key_F4)
    dialog = desk.findChild(EmployersDialog)
    assert dialog is not None and dialog.isVisible()
    tool = dialog.screen_widget
    qtbot.waitUntil(lambda: tool.counts_label.text() == "Arrived 0 / 2", timeout=5000)
    ime_type(tool.search, "华为")
    with qtbot.waitSignal(tool.checked_in, timeout=5000) as done:
        qtbot.keyClick(tool.search, Qt.Key.Key_Return)
    assert done.args[0].status == "ok"
    assert ArrivalService(desk_engine).find(HUAWEI).arrived
    dialog.close()
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert not ArrivalService(org).find(HUAWEI).arrived
    merged = merge_bundles(org, [bundle(desk_engine, tmp_path / "stick")], PASSPHRASE)
    assert merged.new >= 1
    assert ArrivalService(org).find(HUAWEI).arrived  # the organiser sees who has come
