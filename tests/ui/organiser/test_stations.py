"""The organiser's Stations tool: the table, Make pack… and Merge bundles…, driven with fakes."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from fairdesk.ui.organiser.screen import OrganiserScreen
from fairdesk.ui.organiser.stations import (
    COL_COMPANY,
    COL_MERGED,
    COL_NAME,
    COL_RECORDS,
    COL_ROLE,
    StationsScreen,
)
from fairdesk.ui.organiser.stations_merge import MergeDialog
from fairdesk.ui.organiser.stations_pack import MakePackDialog
from fairdesk.ui.tasks import TaskRunner
from tests.ui.desk.test_desk_walk_in import ime_type
from tests.ui.sync_fakes import COMPANY, NO_PIN, PASSPHRASE, FakeStations


def open_screen(qtbot: QtBot, tasks: TaskRunner, fake: FakeStations) -> StationsScreen:
    screen = StationsScreen(fake, tasks)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.stations_loaded):  # the first read is queued: not missed
        screen.show()
    assert screen.model.rowCount() == len(fake.rows)
    return screen


def cell(screen: StationsScreen, row: int, column: int) -> str:
    return str(screen.model.index(row, column).data(Qt.ItemDataRole.DisplayRole))


def test_the_table_lists_each_station(qtbot: QtBot, tasks: TaskRunner, english: str) -> None:
    screen = open_screen(qtbot, tasks, FakeStations())
    assert [cell(screen, 0, c) for c in (COL_ROLE, COL_NAME, COL_RECORDS)] == [
        "Registration desk", "东门签到台", "1,234"
    ]  # fmt: skip
    assert cell(screen, 0, COL_MERGED)[:2] == "12"  # a local time, month first
    assert cell(screen, 1, COL_COMPANY) == COMPANY
    assert cell(screen, 1, COL_MERGED) == "not yet"
    assert not screen.empty_label.isVisible()
    empty = open_screen(qtbot, tasks, FakeStations(rows=[]))
    assert empty.empty_label.isVisible()


def fill_pack(qtbot: QtBot, dialog: MakePackDialog, folder: Path, *, again: str) -> None:
    qtbot.waitUntil(lambda: dialog.company_combo.count() == 2)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.passphrase_again.setText(again)
    dialog.folder_row.set_folder(folder)


def test_a_booth_pack_is_made_into_the_chosen_folder(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    fake = FakeStations()
    screen = open_screen(qtbot, tasks, fake)
    dialog = screen.open_pack_dialog()
    assert not dialog.company_combo.isVisible()  # a desk has no company
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("booth"))
    assert dialog.company_combo.isVisible()
    fill_pack(qtbot, dialog, tmp_path, again=PASSPHRASE)
    ime_type(dialog.name_edit, "翠亨一号机")
    with qtbot.waitSignal(dialog.made, timeout=5000) as made:
        dialog.make_button.click()
    assert fake.packs == [
        {"role": "booth", "out": tmp_path / "Company booth_翠亨一号机.fdpack",
         "name": "翠亨一号机", "company": COMPANY}
    ]  # fmt: skip
    assert made.args[0].path.read_bytes() == b"sealed pack"
    assert (
        "station 011" in dialog.result_label.text() and "42 students" in dialog.result_label.text()
    )
    qtbot.waitUntil(lambda: screen.model.rowCount() == 3)  # the list reads again


@pytest.mark.parametrize(
    ("again", "short", "folder", "expected"),
    [
        ("different", False, True, "The two passphrases differ."),
        ("abc", True, True, "passphrase"),
        (PASSPHRASE, False, False, "Choose the folder"),
    ],
)
def test_a_bad_form_says_why_and_writes_nothing(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str,
    again: str, short: bool, folder: bool, expected: str,
) -> None:  # fmt: skip
    fake = FakeStations()
    dialog = open_screen(qtbot, tasks, fake).open_pack_dialog()
    fill_pack(qtbot, dialog, tmp_path, again=again)
    if short:
        dialog.passphrase.setText("abc")
    if not folder:
        dialog.folder_row.set_folder(None)
    dialog.make_button.click()
    assert expected.lower() in dialog.error.text().lower() and dialog.error.isVisible()
    assert fake.packs == [] and list(tmp_path.iterdir()) == []


def test_a_refused_pack_is_shown_in_the_dialog_not_a_crash(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    fake = FakeStations()
    dialog = open_screen(qtbot, tasks, fake).open_pack_dialog()
    fill_pack(qtbot, dialog, tmp_path, again=PASSPHRASE)
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("booth"))
    dialog.company_combo.setCurrentIndex(1)  # a company without a PIN: the service refuses
    dialog.make_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5000)
    assert dialog.error.text() == NO_PIN and dialog.make_button.isEnabled()
    assert fake.packs == [] and list(tmp_path.iterdir()) == []


def test_a_pulled_stick_is_said_before_any_work(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    fake = FakeStations()
    dialog = open_screen(qtbot, tasks, fake).open_pack_dialog()
    fill_pack(qtbot, dialog, tmp_path / "gone", again=PASSPHRASE)
    dialog.make_button.click()
    assert "is not there" in dialog.error.text() and str(tmp_path / "gone") in dialog.error.text()
    assert fake.packs == []


def bundles(folder: Path, *names: str) -> list[Path]:
    folder.mkdir(exist_ok=True)
    for name in names:
        (folder / name).write_bytes(b"x")
    return [folder / n for n in names]


def test_merging_a_folder_shows_progress_then_the_report(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    gate = threading.Event()
    fake = FakeStations(gate=gate)
    screen = open_screen(qtbot, tasks, fake)
    dialog = screen.open_merge_dialog()
    stick = tmp_path / "U盘"
    paths = bundles(stick, "东门-2-1.fdbundle", "booth-3-1.fdbundle", "notes.txt")
    dialog.use_folder(stick)
    assert dialog.paths == sorted(paths[:2]) and dialog.file_list.count() == 2
    dialog.passphrase.setText(PASSPHRASE)
    changed: list[frozenset[str]] = []
    tasks.data_changed.connect(changed.append)
    dialog.merge_button.click()
    assert not dialog.merge_button.isEnabled() and dialog.progress.isVisible()
    qtbot.waitUntil(lambda: dialog.progress.maximum() == 2 and dialog.progress.value() >= 0)
    gate.set()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=5000)
    assert fake.merged == [sorted(paths[:2])]
    assert dialog.progress.value() == 2
    assert "Merged 2 bundles: 7 new, 3 already here, 1 conflicts." in dialog.totals.text()
    assert "merge-report.txt" in dialog.totals.text()
    assert [dialog.report.item(i).text() for i in range(dialog.report.count())] == fake.report
    qtbot.waitUntil(lambda: bool(changed))
    assert {"checkins", "attendees", "interviews"} <= changed[0]  # every screen reads again


def test_a_wrong_passphrase_is_said_plainly_and_nothing_merged(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    fake = FakeStations()
    dialog = open_screen(qtbot, tasks, fake).open_merge_dialog()
    dialog.set_paths(bundles(tmp_path, "a.fdbundle"))
    dialog.passphrase.setText("wrong passphrase")
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5000)
    assert dialog.error.text().startswith("口令不对")
    assert fake.merged == [] and dialog.merge_button.isEnabled() and not dialog.report.isVisible()


def test_an_empty_folder_says_so(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    dialog = MergeDialog(FakeStations(), tasks)
    qtbot.addWidget(dialog)
    dialog.use_folder(tmp_path)
    assert "There is no bundle" in dialog.error.text() and not dialog.merge_button.isEnabled()
    dialog.use_folder(tmp_path / "pulled out")
    assert "Cannot read" in dialog.error.text()


def test_choosing_files_and_a_folder_goes_through_qt_dialogs(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from PySide6.QtWidgets import QFileDialog

    picked = bundles(tmp_path, "a.fdbundle", "b.fdbundle")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(p) for p in picked], ""))  # fmt: skip
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    dialog = MergeDialog(FakeStations(), tasks)
    qtbot.addWidget(dialog)
    dialog.files_button.click()
    assert dialog.paths == picked
    dialog.set_paths([])
    dialog.folder_button.click()
    assert dialog.paths == picked
    pack = MakePackDialog(FakeStations(), tasks)
    qtbot.addWidget(pack)
    pack.folder_row.button.click()
    assert pack.folder_row.folder == tmp_path
    assert pack.findChild(QLineEdit, "packFolderPath").text() == str(tmp_path)


def test_the_organiser_lists_the_stations_tool(qtbot: QtBot, english: str) -> None:
    from PySide6.QtWidgets import QLabel

    screen = OrganiserScreen([("Badges", QLabel("b")), ("Stations", QLabel("s"))])
    qtbot.addWidget(screen)
    assert [screen.tool_list.item(i).text() for i in range(2)] == ["Badges", "Stations"]
    assert isinstance(QApplication.instance(), QApplication)
    assert screen.findChild(QPushButton, "changeRoleButton") is not None
