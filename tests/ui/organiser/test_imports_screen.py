"""The organiser's Import tool, driven like a person would, on a real store: pick or drop a
file, read the preview, import, correct a rejected cell in place, re-import, save the rejects."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlmodel import select

from fairdesk.config import Settings
from fairdesk.services.importing.tool import ImportService
from fairdesk.store.engine import read_session
from fairdesk.store.models import Attendee, Company, Position
from fairdesk.ui.i18n import install_translator
from fairdesk.ui.organiser.imports import ImportScreen
from fairdesk.ui.organiser.imports_models import COL_REASON, COL_REJECTED_FIELD, COL_ROW
from fairdesk.ui.tasks import TaskRunner
from tests.factories import add_person, new_store
from tests.ui.desk.test_desk_walk_in import ime_type
from tests.ui.station_helpers import station_screen
from tests.ui.test_screens_speak_chinese import english_in


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    engine = new_store(tmp_path / "s.sqlite3")
    add_person(engine, "已在库", university="北京师范大学")
    return engine


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="gb18030", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def roster(tmp_path: Path, *, university: bool = True) -> Path:
    rows = [
        ["姓名", "学号", "学校", "手机号码", "邮箱", "备注"],
        ["陈一", "2022010101", "中山大学", "13800000001", "chen@example.cn", ""],
        ["林二", "2022010102", "中山大学", "13800000002", "lin@", "邮箱写错"],
        ["", "2022010103", "中山大学", "13800000003", "", "没有姓名"],
        ["周四", "2022010104", "中山大学", "13800000004", "", ""],
        ["吴五", "2022010105", "中山大学", "13800000005", "", ""],
        ["郑?", "2022010106", "中山大学", "13800000006", "", "字符丢失"],
    ]
    if not university:
        rows = [r[:2] + r[3:] for r in rows]
    return write_csv(tmp_path / ("roster.csv" if university else "计算机学院.csv"), rows)


def stored(engine: Engine) -> dict[str, Attendee]:
    with read_session(engine) as s:
        return {a.name: a for a in s.exec(select(Attendee)).all()}


def open_screen(qtbot: QtBot, engine: Engine, tasks: TaskRunner) -> ImportScreen:
    screen = ImportScreen(ImportService(engine), tasks)
    qtbot.addWidget(screen)
    screen.resize(1200, 800)
    screen.show()
    qtbot.waitUntil(lambda: screen.university_row.combo.count() == 1)
    return screen


def pick(qtbot: QtBot, screen: ImportScreen, path: Path) -> None:
    with qtbot.waitSignal(screen.preview_loaded, timeout=10_000):
        screen.set_file(path)


def run_import(qtbot: QtBot, screen: ImportScreen) -> None:
    assert screen.import_button.isEnabled()
    with qtbot.waitSignal(screen.imported, timeout=20_000):
        screen.import_button.click()


def test_a_roster_with_bad_rows_is_fixed_in_place_and_reimported(
    qtbot: QtBot, engine: Engine, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    screen = open_screen(qtbot, engine, tasks)
    assert not screen.import_button.isEnabled()
    pick(qtbot, screen, roster(tmp_path))
    panel = screen.preview_panel
    assert "read as GB18030, header on row 1, 6 data rows" in panel.source_label.text()
    read_as = [
        panel.columns_model.index(r, 2).data() for r in range(panel.columns_model.rowCount())
    ]
    assert read_as == ["name", "student no", "university", "phone", "email", "not used"]
    assert panel.rows_model.rowCount() == 6
    assert panel.rows_model.headerData(1, Qt.Orientation.Horizontal) == "学号 → student no"
    assert panel.rows_model.index(0, 0).data() == "陈一"
    assert stored(engine).keys() == {"已在库"}  # the preview wrote nothing

    progress: list[tuple[int, int]] = []
    tasks.progress_changed.connect(lambda done, total: progress.append((done, total)))
    run_import(qtbot, screen)
    assert progress == [(6, 6)]  # the worker said when the whole file was read
    assert screen.summary.text() == "Imported 4 new, 0 updated, 0 unchanged, 2 rejected."
    assert not screen.import_button.isEnabled()  # once: a second run would drop the fixes
    assert screen.warnings.isVisible() and screen.warnings.count() == 1
    assert screen.warnings.item(0).text().startswith("row 7: name '郑?'")
    assert "陈一" in stored(engine) and "林二" not in stored(engine)
    rejects = screen.rejects
    assert rejects.isVisible() and rejects.heading.text() == "Rejected rows: 2"
    model = rejects.model
    assert [model.index(r, COL_ROW).data() for r in range(2)] == [3, 4]
    assert [model.index(r, COL_REJECTED_FIELD).data() for r in range(2)] == ["email", "name"]
    assert model.index(0, COL_REASON).data() == "not an email address"
    assert model.index(0, 3).data() == "林二"  # the original values beside the reason
    assert not rejects.reimport_button.isEnabled()  # nothing corrected yet
    assert not (tmp_path / "roster_rejects.csv").exists()  # only written when asked

    # correct 林二's e-mail in the table, as a person does: the cursor waits on it; type, Enter
    row, column = rejects.cell_index(3, "邮箱")
    index = model.index(row, column)
    assert rejects.table.currentIndex() == index  # the first failed cell
    rejects.table.edit(index)
    editor = rejects.table.findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "lin@example.cn")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn
    qtbot.waitUntil(lambda: model.index(row, column).data() == "lin@example.cn")
    assert model.index(row, column).data(Qt.ItemDataRole.FontRole).bold()
    assert rejects.reimport_button.isEnabled()

    asked: list[int] = []

    def keep_them(pending: int) -> bool:
        asked.append(pending)
        return False

    screen.confirm_discard = keep_them  # type: ignore[method-assign]
    source = screen.path
    screen.set_file(tmp_path / "other.csv")  # the organiser keeps the corrections
    screen.set_kind("companies")
    assert asked == [1, 1] and screen.path == source and screen.kind == "roster"
    assert model.edited_lines() and model.index(row, column).data() == "lin@example.cn"

    with qtbot.waitSignal(rejects.reimported, timeout=10_000) as blocker:
        rejects.reimport_button.click()
    assert blocker.args[0].imported == 1
    lin = stored(engine)["林二"]
    assert lin.email == "lin@example.cn" and lin.student_no == "2022010102"
    assert rejects.heading.text() == "Rejected rows: 1"
    assert model.index(0, COL_ROW).data() == 4  # the nameless row is still there, unchanged
    assert "1 went in, 0 still rejected" in rejects.status.text()
    assert not rejects.reimport_button.isEnabled()


def test_a_company_list_imports_and_a_rejected_headcount_is_fixed(
    qtbot: QtBot, engine: Engine, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    path = write_csv(
        tmp_path / "企业.csv",
        [
            ["单位名称", "所属行业", "联系电话", "岗位", "招聘人数", "展位号"],
            ["明阳智能", "新能源", "0760-8888 6666", "风电工程师", "5", "A01"],
            ["明阳智能", "新能源", "0760-8888 6666", "运维工程师", "五", "A01"],
            ["中山华利", "电子信息", "", "硬件工程师", "2", "A2"],
        ],
    )
    screen = open_screen(qtbot, engine, tasks)
    screen.set_kind("companies")
    pick(qtbot, screen, path)
    assert not screen.university_row.isVisible()  # no university for a company list
    header = screen.preview_panel.rows_model.headerData(2, Qt.Orientation.Horizontal)
    assert header == "联系电话 → contact phone"
    run_import(qtbot, screen)
    assert screen.summary.text() == (
        "Companies: 2 new, 0 updated, 0 unchanged. Positions: 2 new, 0 updated, 0 unchanged. "
        "Rows not imported: 1."
    )
    model = screen.rejects.model
    assert model.rowCount() == 1 and model.index(0, COL_ROW).data() == 3
    assert model.index(0, COL_REJECTED_FIELD).data() == "headcount"
    row, column = screen.rejects.cell_index(3, "招聘人数")
    assert model.setData(model.index(row, column), "3")
    with qtbot.waitSignal(screen.rejects.reimported, timeout=10_000):
        screen.rejects.reimport_button.click()
    assert model.rowCount() == 0 and screen.rejects.heading.text() == "No rejected rows."
    with read_session(engine) as s:
        companies = sorted(c.name for c in s.exec(select(Company)).all())
        positions = {p.title: p.headcount for p in s.exec(select(Position)).all()}
    assert companies == ["中山华利", "明阳智能"]
    assert positions == {"风电工程师": 5, "运维工程师": 3, "硬件工程师": 2}


def test_a_company_lists_summary_counts_companies_and_positions_apart(
    qtbot: QtBot, engine: Engine, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    rows = [
        ["单位名称", "所属行业", "岗位", "招聘人数"],
        ["明阳智能", "新能源", "风电工程师", "5"],
        ["明阳智能", "新能源", "运维工程师", "2"],
        ["明阳智能", "新能源", "储能工程师", "1"],
        ["中山华利", "电子信息", "硬件工程师", "2"],
    ]
    path = write_csv(tmp_path / "企业.csv", rows)
    screen = open_screen(qtbot, engine, tasks)
    screen.set_kind("companies")
    pick(qtbot, screen, path)
    run_import(qtbot, screen)
    assert screen.summary.text() == (
        "Companies: 2 new, 0 updated, 0 unchanged. Positions: 4 new, 0 updated, 0 unchanged. "
        "Rows not imported: 0."
    )
    rows[2][3] = "3"  # one headcount changed, the rest as before
    write_csv(path, rows)
    pick(qtbot, screen, path)
    run_import(qtbot, screen)
    assert screen.summary.text() == (
        "Companies: 0 new, 0 updated, 2 unchanged. Positions: 0 new, 1 updated, 3 unchanged. "
        "Rows not imported: 0."
    )


def test_a_companys_other_rows_go_back_in_with_the_row_fixed(
    qtbot: QtBot, engine: Engine, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    header = ["单位名称", "岗位", "展位号"]
    first = write_csv(tmp_path / "甲.csv", [header, ["甲公司", "工程师", "A01"]])
    later = write_csv(
        tmp_path / "乙.csv",
        [header, ["乙公司", "会计", "A01"], ["乙公司", "出纳", ""]],
    )
    screen = open_screen(qtbot, engine, tasks)
    screen.set_kind("companies")
    pick(qtbot, screen, first)
    run_import(qtbot, screen)
    pick(qtbot, screen, later)
    run_import(qtbot, screen)
    model = screen.rejects.model
    reasons = [model.index(r, COL_REASON).data() for r in range(2)]
    assert reasons == [
        "booth A01 already belongs to 甲公司 in this fair; 乙公司 cannot have it too",
        "not imported: row 2 of the same company was rejected",
    ]
    row, column = screen.rejects.cell_index(2, "展位号")
    assert model.setData(model.index(row, column), "A02")
    with qtbot.waitSignal(screen.rejects.reimported, timeout=10_000) as blocker:
        screen.rejects.reimport_button.click()
    assert blocker.args[0].imported == 2 and model.rowCount() == 0  # row 3 went in with row 2
    with read_session(engine) as s:
        titles = {p.title for p in s.exec(select(Position)).all()}
    assert titles == {"工程师", "会计", "出纳"}


def test_a_roster_without_a_university_gets_the_one_chosen(
    qtbot: QtBot, engine: Engine, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    screen = open_screen(qtbot, engine, tasks)
    pick(qtbot, screen, roster(tmp_path, university=False))
    assert screen.university_row.isVisible()
    assert "no university column" in screen.university_row.hint.text()
    assert "university" in screen.preview_panel.absent_label.text()
    assert not screen.import_button.isEnabled()  # a university must be chosen first
    assert screen.university_row.combo.itemText(0) == "北京师范大学"  # the fair's universities
    line = screen.university_row.combo.lineEdit()
    assert line is not None
    line.setFocus()
    ime_type(line, "中山大学")
    assert screen.university() == "中山大学" and screen.import_button.isEnabled()
    assert "every student gets this university" in screen.university_row.hint.text()
    run_import(qtbot, screen)
    students = stored(engine)
    assert {students[n].university for n in ("陈一", "周四", "吴五")} == {"中山大学"}
    assert students["已在库"].university == "北京师范大学"
    assert screen.rejects.model.rowCount() == 2
    qtbot.waitUntil(lambda: screen.university_row.combo.count() == 2)  # refreshed after the import


def test_the_rejects_file_is_saved_with_corrected_cells_and_reasons(
    qtbot: QtBot, engine: Engine, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    screen = open_screen(qtbot, engine, tasks)
    pick(qtbot, screen, roster(tmp_path))
    run_import(qtbot, screen)
    rejects = screen.rejects
    model = rejects.model
    row, column = rejects.cell_index(4, "姓名")
    assert model.setData(model.index(row, column), "王六")
    out = tmp_path / "rejects.xlsx"
    with qtbot.waitSignal(rejects.saved, timeout=10_000) as blocker:
        rejects.save_to(out)
    assert blocker.args == [str(out)]
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    rows = [[c if c is not None else "" for c in r] for r in sheet.iter_rows(values_only=True)]
    assert rows[0] == ["姓名", "学号", "学校", "手机号码", "邮箱", "备注", "reason"]
    assert rows[1][:5] == ["林二", "2022010102", "中山大学", "13800000002", "lin@"]
    assert rows[2][0] == "王六" and rows[2][1] == "2022010103"
    assert "row 3" in str(rows[1][6]) and "row 4" in str(rows[2][6])
    assert "saved to" in rejects.status.text()
    out_csv = tmp_path / "rejects.csv"
    with qtbot.waitSignal(rejects.saved, timeout=10_000):
        rejects.save_to(out_csv)
    with out_csv.open(encoding="utf-8-sig", newline="") as fh:
        back = list(csv.reader(fh))
    assert [r[0] for r in back] == ["姓名", "林二", "王六"]


def mime_of(path: Path) -> QMimeData:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    return data


def drag_enter(screen: ImportScreen, data: QMimeData) -> QDragEnterEvent:
    """A drag entering the tool (the event does not own `data`: the caller keeps it)."""
    event = QDragEnterEvent(
        QPoint(20, 20), Qt.DropAction.CopyAction, data,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(screen, event)
    return event


def test_a_dropped_file_is_previewed(
    qtbot: QtBot, engine: Engine, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    screen = open_screen(qtbot, engine, tasks)
    pdf = tmp_path / "map.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    pdf_data = mime_of(pdf)
    assert not drag_enter(screen, pdf_data).isAccepted()  # not a table: refused
    path = roster(tmp_path)
    data = mime_of(path)
    assert drag_enter(screen, data).isAccepted()
    event = QDropEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, data,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    with qtbot.waitSignal(screen.preview_loaded, timeout=10_000):
        QApplication.sendEvent(screen, event)
    assert screen.path == path and screen.import_button.isEnabled()
    assert screen.file_label.text() == str(path)


def test_a_file_that_is_not_what_was_chosen_is_said_so_and_not_imported(
    qtbot: QtBot, engine: Engine, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    screen = open_screen(qtbot, engine, tasks)
    unreadable = write_csv(tmp_path / "notes.csv", [["今天", "开会"], ["明天", "布展"]])
    screen.set_file(unreadable)
    qtbot.waitUntil(screen.error.isVisible)
    assert "Cannot read notes.csv" in screen.error.text()
    assert not screen.import_button.isEnabled()
    path = write_csv(
        tmp_path / "企业.csv",
        [["单位名称", "岗位", "联系电话", "邮箱"], ["某公司", "工程师", "020-12345678", "hr@a.cn"]],
    )
    with qtbot.waitSignal(screen.preview_loaded, timeout=10_000):
        screen.set_file(path)
    assert screen.error.isVisible() and "cannot be imported" in screen.error.text()
    assert not screen.import_button.isEnabled()
    with qtbot.waitSignal(screen.preview_loaded, timeout=10_000):
        screen.set_kind("companies")
    assert not screen.error.isVisible() and screen.import_button.isEnabled()


def test_the_organiser_station_has_the_import_tool_in_chinese(
    qapp: QApplication, qtbot: QtBot, engine: Engine, tasks: TaskRunner, tmp_path: Path,
    english: str,
) -> None:  # fmt: skip
    assert install_translator(qapp, "zh_CN") == "zh_CN"
    screen = station_screen("organiser", engine, Settings(db_path=tmp_path / "s.sqlite3"), tasks)
    qtbot.addWidget(screen)
    screen.show()
    tools = screen.findChild(QListWidget, "organiserTools")
    assert tools is not None
    titles = [tools.item(i).text() for i in range(tools.count())]
    assert "导入" in titles
    tools.setCurrentRow(titles.index("导入"))
    imports = screen.findChild(ImportScreen, "importScreen")
    assert imports is not None and imports.isVisible()
    assert imports.import_button.text() == "导入(&I)"
    assert imports.kind_combo.itemText(0) == "学生名单"
    path = roster(tmp_path, university=False)  # 计算机学院.csv
    assert english_in(imports) == []
    pick(qtbot, imports, path)
    assert "按 GB18030 编码读取" in imports.preview_panel.source_label.text()
    rows = imports.preview_panel.rows_model
    assert rows.headerData(0, Qt.Orientation.Horizontal) == "姓名"  # read as itself
    assert rows.headerData(2, Qt.Orientation.Horizontal) == "手机号码 → 手机"
    line = imports.university_row.combo.lineEdit()
    assert line is not None
    ime_type(line, "中山大学")
    run_import(qtbot, imports)
    assert imports.summary.text() == "已导入：新增 4，更新 0，未变 0，未导入 2。"
    model = imports.rejects.model
    assert model.index(0, COL_REJECTED_FIELD).data() == "邮箱"
    assert model.index(0, COL_REASON).data() == "邮箱格式不正确"
    assert english_in(imports, data=(str(path), path.name, "GB18030")) == []
