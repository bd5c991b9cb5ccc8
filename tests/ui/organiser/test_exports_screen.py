"""The organiser's Exports tool: real widgets and service, files read back with openpyxl/csv."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from fairdesk.services.exports.choices import ExportsService
from fairdesk.ui.organiser.exports import ExportsScreen
from fairdesk.ui.tasks import TaskRunner
from tests.factories import add_person, new_store
from tests.unit.services.exports.test_interview_export import interview_fair


def make_engine(tmp_path: Path) -> Engine:
    engine = new_store(tmp_path / "s.sqlite3")
    add_person(engine, "欧阳娜娜", university="北京大学", student_no="0012345", phone="13800138000")
    add_person(engine, "赵孟𫖯", university="北京大学", student_no="0099")
    add_person(engine, "曾小贤", university="清华大学", student_no="2021001")
    return engine


def open_screen(qtbot: QtBot, engine: Engine, tasks: TaskRunner, ask: list[str]) -> ExportsScreen:
    screen = ExportsScreen(ExportsService(engine), tasks)
    qtbot.addWidget(screen)
    screen.show()
    offered: list[str] = []

    def ask_path(suggested: str, _filters: str) -> str | None:
        offered.append(suggested)
        return ask.pop(0) if ask else None

    screen.ask_path = ask_path
    screen.offered = offered  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: screen.university_combo.count() == 3)
    return screen


def test_attendees_of_one_university_as_xlsx_keep_the_leading_zero(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    out = tmp_path / "pku.xlsx"
    screen = open_screen(qtbot, make_engine(tmp_path), tasks, [str(out)])
    assert screen.xlsx_radio.isChecked() and screen.kind() == "attendees"
    screen.university_combo.setCurrentIndex(screen.university_combo.findData("北京大学"))
    with qtbot.waitSignal(screen.exported, timeout=10_000) as done:
        screen.export_button.click()
    assert screen.offered[0].endswith(".xlsx") and "北京大学" in screen.offered[0]  # type: ignore[attr-defined]
    assert done.args[0].rows == 2
    assert str(out) in screen.status.text() and "2 row" in screen.status.text()
    assert screen.open_button.isVisible()
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    headers = [c.value for c in sheet[1]]
    column = headers.index("Student no.") + 1
    numbers = {sheet.cell(r, column).value for r in range(2, sheet.max_row + 1)}
    assert numbers == {"0012345", "0099"}
    cell = next(sheet.cell(r, column) for r in range(2, 4) if sheet.cell(r, column).value == "0099")
    assert cell.data_type == "s"
    phone = sheet.cell(2, headers.index("Mobile") + 1)
    assert phone.data_type == "s"


def test_csv_on_request_and_the_filter_off_for_companies(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    out = tmp_path / "everyone"
    screen = open_screen(qtbot, make_engine(tmp_path), tasks, [str(out), str(tmp_path / "c")])
    screen.csv_radio.setChecked(True)
    with qtbot.waitSignal(screen.exported, timeout=10_000) as done:
        screen.export_button.click()
    written = done.args[0].path
    assert written == tmp_path / "everyone.csv" and done.args[0].rows == 3
    assert "__" not in Path(screen.offered[0]).name  # type: ignore[attr-defined]
    with written.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert len(rows) == 4 and {"0012345", "0099", "2021001"} <= {v for r in rows for v in r}

    screen.kind_combo.setCurrentIndex(screen.kind_combo.findData("companies"))
    assert not screen.university_combo.isEnabled() and screen.university() is None
    with qtbot.waitSignal(screen.exported, timeout=10_000) as done:
        screen.export_button.click()
    assert done.args[0].path == tmp_path / "c.csv" and done.args[0].rows == 0


def test_a_refused_export_says_why(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    screen = open_screen(qtbot, make_engine(tmp_path), tasks, [str(tmp_path / "no" / "x.xlsx")])
    screen.export_button.click()
    qtbot.waitUntil(lambda: screen.export_button.isEnabled() and bool(screen.status.text()))
    assert "x.xlsx" in screen.status.text() and screen.last is None


def test_one_companys_interviews_are_the_file_to_send_it(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    engine, ours, theirs = interview_fair(tmp_path)
    one, every = tmp_path / "ours.xlsx", tmp_path / "every.xlsx"
    screen = ExportsScreen(ExportsService(engine), tasks)  # type: ignore[arg-type]
    qtbot.addWidget(screen)
    screen.show()
    asked = [str(one), str(every)]
    offered: list[str] = []
    screen.ask_path = lambda suggested, _f: (offered.append(suggested), asked.pop(0))[1]
    qtbot.waitUntil(lambda: screen.company_combo.count() == 3)
    assert not screen.company_combo.isEnabled()  # students: no company filter
    screen.kind_combo.setCurrentIndex(screen.kind_combo.findData("interviews"))
    assert screen.company_combo.isEnabled() and not screen.university_combo.isEnabled()
    names = [screen.company_combo.itemText(i) for i in range(1, 3)]
    assert names == [theirs, ours]  # pinyin order: 中山大洋 before 中山市翠亨
    screen.company_combo.setCurrentIndex(screen.company_combo.findText(ours))
    with qtbot.waitSignal(screen.exported, timeout=10_000) as done:
        screen.export_button.click()
    assert done.args[0].rows == 1 and ours in Path(offered[0]).name
    sheet = openpyxl.load_workbook(one).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    flat = " ".join(str(v) for row in rows for v in row if v is not None)
    assert "欧阳娜娜" in flat and "0012345" not in flat and theirs not in flat
    assert "Student no." not in rows[0]  # the company's file: no 学号

    screen.company_combo.setCurrentIndex(0)  # every company: the career centre's own file
    with qtbot.waitSignal(screen.exported, timeout=10_000) as done:
        screen.export_button.click()
    assert done.args[0].rows == 2
    sheet = openpyxl.load_workbook(every).active
    assert sheet is not None
    assert "Student no." in next(sheet.iter_rows(values_only=True))


def test_one_file_per_company_into_a_folder(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    engine, ours, theirs = interview_fair(tmp_path)
    folder = tmp_path / "to send"
    folder.mkdir()
    screen = ExportsScreen(ExportsService(engine), tasks)  # type: ignore[arg-type]
    qtbot.addWidget(screen)
    screen.show()
    screen.ask_folder = lambda _offered: str(folder)
    qtbot.waitUntil(lambda: screen.company_combo.count() == 3)
    assert not screen.each_check.isEnabled()  # students: not about companies
    screen.kind_combo.setCurrentIndex(screen.kind_combo.findData("interviews"))
    assert screen.each_check.isEnabled()
    screen.each_check.setChecked(True)
    assert not screen.company_combo.isEnabled()
    with qtbot.waitSignal(screen.exported, timeout=10_000) as done:
        screen.export_button.click()
    assert done.args[0].files == 2 and done.args[0].rows == 2
    assert "2 files" in screen.status.text()
    written = sorted(p.name for p in folder.iterdir())
    assert len(written) == 2 and all(p.endswith(".xlsx") for p in written)
    for company in (ours, theirs):
        path = next(p for p in folder.iterdir() if company in p.name)
        sheet = openpyxl.load_workbook(path).active
        assert sheet is not None
        rows = list(sheet.iter_rows(values_only=True))
        assert "Student no." not in rows[0] and len(rows) == 2
        assert {r[0] for r in rows[1:]} == {company}  # its own rows only
