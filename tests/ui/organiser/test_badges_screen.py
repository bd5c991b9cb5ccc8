"""The organiser's Badges screen and `print_badges`: real widgets and store, outputs read back."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pymupdf
import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QListWidget,
    QMessageBox,
    QPushButton,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from fairdesk.config import Settings
from fairdesk.resource_files import resources_dir
from fairdesk.services.badges.service import BadgeService
from fairdesk.ui.i18n import install_translator
from fairdesk.ui.organiser.badge_printing import KEY_LAYOUT, print_badges
from fairdesk.ui.organiser.badges import BadgesScreen
from fairdesk.ui.tasks import TaskRunner
from tests.factories import add_person, new_store
from tests.ui.station_helpers import station_screen

EXT_H = "\U00031350"


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    engine = new_store(tmp_path / "s.sqlite3")
    for name in ("欧阳娜娜", "赵孟𫖯", "阿依古丽·买买提"):
        add_person(engine, name, university="北京大学")
    add_person(engine, f"张{EXT_H}", university="清华大学")
    return engine


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "station.ini"), QSettings.Format.IniFormat)


def open_screen(
    qtbot: QtBot, engine: Engine, tasks: TaskRunner, settings: QSettings
) -> BadgesScreen:
    screen = BadgesScreen(BadgeService(engine), tasks, settings)
    qtbot.addWidget(screen)
    screen.resize(1200, 700)
    screen.show()
    qtbot.waitUntil(lambda: len(screen.views) == 4)
    return screen


def codes_in_pdf(path: Path) -> list[str]:
    found = []
    with pymupdf.open(path) as doc:
        for page in doc:
            pix = page.get_pixmap(dpi=300, colorspace=pymupdf.csGRAY)
            image = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width)
            found += [r.text for r in zxingcpp.read_barcodes(image)]
    return found


def test_screen_lists_warnings_by_name_and_previews_a_real_badge(
    qtbot: QtBot, engine: Engine, tasks: TaskRunner, settings: QSettings, english: str
) -> None:
    screen = open_screen(qtbot, engine, tasks, settings)
    warnings = screen.findChild(QListWidget, "nameWarnings")
    assert warnings is not None and warnings.isVisible()
    assert warnings.count() == 1
    assert f"张{EXT_H}" in warnings.item(0).text() and "U+31350" in warnings.item(0).text()
    assert screen.count_label.text() == "4 badges on 1 pages"

    before = QImage(screen.preview_image)
    assert not before.isNull() and screen.preview.pixmap() is not None
    decoded = zxingcpp.read_barcodes(before)
    assert [r.text for r in decoded] == [screen.views[0].code]
    screen.field_checks["show_university"].setChecked(False)
    assert screen.preview_image != before  # the live preview follows the fields
    combo = screen.findChild(QComboBox, "layoutCombo")
    assert combo is not None
    combo.setCurrentIndex(combo.findData("a6"))
    assert screen.count_label.text() == "4 badges on 4 pages"
    assert screen.preview_image.height() > screen.preview_image.width()  # portrait A6

    university = screen.findChild(QComboBox, "universityCombo")
    assert university is not None
    with qtbot.waitSignal(screen.selection_loaded) as blocker:
        university.setCurrentIndex(university.findData("北京大学"))
    assert blocker.args == [3]
    assert not warnings.isVisible()


def test_saving_a_pdf_runs_off_the_gui_thread_and_logs_the_prints(
    qtbot: QtBot, engine: Engine, tasks: TaskRunner, settings: QSettings, tmp_path: Path,
    english: str,
) -> None:  # fmt: skip
    screen = open_screen(qtbot, engine, tasks, settings)
    out = tmp_path / "out" / "badges.pdf"
    with qtbot.waitSignal(screen.files_written, timeout=20_000) as blocker:
        screen.save_pdf(out)
    assert blocker.args == [str(out)]
    assert sorted(codes_in_pdf(out)) == sorted(v.code for v in screen.views)
    assert "wrote 4 badges on 1 pages" in screen.status_label.text()
    assert BadgeService(engine).select(only_unprinted=True) == []

    unprinted = screen.findChild(QPushButton, "printButton")
    assert unprinted is not None and unprinted.isEnabled()
    with qtbot.waitSignal(screen.selection_loaded) as loaded:
        screen.unprinted_check.setChecked(True)
    assert loaded.args == [0]
    assert not unprinted.isEnabled()


def test_saving_png_e_badges(
    qtbot: QtBot, engine: Engine, tasks: TaskRunner, settings: QSettings, tmp_path: Path,
    english: str,
) -> None:  # fmt: skip
    screen = open_screen(qtbot, engine, tasks, settings)
    folder = tmp_path / "png"
    with qtbot.waitSignal(screen.files_written, timeout=20_000):
        screen.save_pngs(folder)
    codes = []
    for path in sorted(folder.glob("*.png")):
        with Image.open(path) as image:
            codes += [r.text for r in zxingcpp.read_barcodes(image)]
    assert sorted(codes) == sorted(v.code for v in screen.views)


def test_print_badges_previews_prints_logs_and_remembers_the_layout(
    qtbot: QtBot, engine: Engine, settings: QSettings, tmp_path: Path, english: str
) -> None:
    service = BadgeService(engine)
    views = service.select(university="北京大学")
    out = tmp_path / "printed.pdf"
    seen: list[str] = []

    def fake_exec(dialog: QDialog) -> int:
        assert isinstance(dialog, QPrintPreviewDialog)
        seen.append(dialog.objectName())
        combo = dialog.findChild(QComboBox, "badgeLayoutCombo")
        assert combo is not None
        combo.setCurrentIndex(combo.findData("a6"))
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        dialog.paintRequested.emit(printer)  # what the Print button does after QPrintDialog
        return QDialog.DialogCode.Accepted

    parent = QPushButton()
    qtbot.addWidget(parent)
    assert print_badges(parent, service, views, settings, exec_dialog=fake_exec)
    assert seen == ["badgePrintPreview"]
    assert sorted(codes_in_pdf(out)) == sorted(v.code for v in views)
    with pymupdf.open(out) as doc:
        assert doc.page_count == 3  # A6: one per page
    assert settings.value(KEY_LAYOUT) == "a6"
    assert service.select(only_unprinted=True)[0].name == f"张{EXT_H}"


def test_print_badges_warns_first_and_cancel_prints_nothing(
    qtbot: QtBot, engine: Engine, settings: QSettings, english: str
) -> None:
    service = BadgeService(engine)
    views = service.select(university="清华大学")
    shown: list[str] = []

    def fake_exec(dialog: QDialog) -> int:
        assert isinstance(dialog, QMessageBox)
        shown.append(dialog.detailedText())
        return QMessageBox.StandardButton.Cancel

    parent = QPushButton()
    qtbot.addWidget(parent)
    assert not print_badges(parent, service, views, settings, exec_dialog=fake_exec)
    assert len(shown) == 1 and f"张{EXT_H}" in shown[0] and "U+31350" in shown[0]
    assert len(service.select(only_unprinted=True)) == 4
    assert not print_badges(parent, service, [], settings, exec_dialog=fake_exec)


def test_organiser_screen_holds_the_badges_tool(
    qtbot: QtBot, engine: Engine, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    screen = station_screen("organiser", engine, Settings(db_path=tmp_path / "s.sqlite3"), tasks)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.objectName() == "organiserScreen"
    badges = screen.findChild(BadgesScreen, "badgesScreen")
    assert badges is not None and not badges.isVisible()  # the first tool is Import
    screen.tool_list.setCurrentRow(screen.tool_list.row(
        screen.tool_list.findItems("Badges", Qt.MatchFlag.MatchExactly)[0]))  # fmt: skip
    assert badges.isVisible()
    qtbot.waitUntil(lambda: len(badges.views) == 4)
    back = screen.findChild(QPushButton, "changeRoleButton")
    assert back is not None
    with qtbot.waitSignal(screen.change_role_requested):  # type: ignore[attr-defined]
        back.click()


def test_screen_in_chinese_and_the_catalogue_is_complete(
    qapp: QApplication, qtbot: QtBot, engine: Engine, tasks: TaskRunner, settings: QSettings,
    english: str,
) -> None:  # fmt: skip
    ts = (resources_dir() / "i18n" / "badges_zh_CN.ts").read_text(encoding="utf-8")
    assert ts.count("<source>") >= 50
    assert 'type="unfinished"' not in ts and "<translation></translation>" not in ts
    assert (resources_dir() / "i18n" / "badges_zh_CN.qm").is_file()
    assert install_translator(qapp, "zh_CN") == "zh_CN"
    screen = open_screen(qtbot, engine, tasks, settings)
    assert "打印" in screen.print_button.text()
    assert screen.count_label.text() == "共 4 个胸牌，1 页"
    combo = screen.findChild(QComboBox, "layoutCombo")
    assert combo is not None and "A4 纸每张 10 个" in combo.currentText()


def test_accent_colour_and_logo_reach_the_preview_and_the_pdf(
    qtbot: QtBot, engine: Engine, tasks: TaskRunner, settings: QSettings, tmp_path: Path,
    english: str,
) -> None:  # fmt: skip
    screen = open_screen(qtbot, engine, tasks, settings)
    logo = tmp_path / "logo.png"
    Image.new("RGB", (64, 64), (0, 90, 160)).save(logo)
    before = QImage(screen.preview_image)
    screen.set_accent(QColor("#0B6E4F"))
    screen.set_logo(logo)
    assert screen.badge_style.accent == "#0b6e4f" and screen.badge_style.logo == logo
    after = screen.preview_image
    assert after != before
    colours = {after.pixelColor(x, y).name() for x in range(0, after.width(), 4)
               for y in range(0, after.height() // 4, 2)}  # fmt: skip
    assert "#005aa0" in colours  # the logo is drawn in the title band
    out = tmp_path / "logo.pdf"
    with qtbot.waitSignal(screen.files_written, timeout=20_000):
        screen.save_pdf(out)
    assert sorted(codes_in_pdf(out)) == sorted(v.code for v in screen.views)
    with pymupdf.open(out) as doc:
        assert doc[0].get_images()  # the logo, and only the logo, is a picture
