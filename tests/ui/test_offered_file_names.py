"""The save dialogs offer file names in the interface language (胸卡_<双选会>.pdf, …)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from fairdesk.services.badges.service import BadgeService
from fairdesk.ui.file_names import offered_name, safe_part
from fairdesk.ui.i18n import install_translator
from fairdesk.ui.organiser.badges import BadgesScreen
from fairdesk.ui.tasks import TaskRunner
from tests.factories import add_person, new_store
from tests.ui.booth.test_booth import Booth, booth, unlock  # noqa: F401  (booth is a fixture)
from tests.ui.desk.test_desk_storage import desk_on

Offered = list[str]


@pytest.fixture
def offered(monkeypatch: pytest.MonkeyPatch) -> Iterator[Offered]:
    """The file name each save dialog would have offered (the dialog itself is not opened)."""
    names: Offered = []

    def fake_save(_parent: object, _caption: str, name: str, _filter: str) -> tuple[str, str]:
        names.append(name)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    yield names


def test_offered_name_is_safe_for_every_file_system() -> None:
    assert safe_part('A/B: "C"?') == "A_B_ _C"
    assert offered_name("胸卡_{fair}.pdf", fair="慈善英才·智聚中山") == "胸卡_慈善英才·智聚中山.pdf"
    assert offered_name("badges_{fair}.pdf", fair="") == "badges.pdf"
    assert offered_name("{company}_面试记录.xlsx", company="A<B>|C") == "A_B_C_面试记录.xlsx"


def test_badges_pdf_is_offered_under_a_chinese_name(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, tasks: TaskRunner, offered: Offered,
    english: str,
) -> None:  # fmt: skip
    engine = new_store(tmp_path / "s.sqlite3")
    add_person(engine, "欧阳娜娜")
    settings = QSettings(str(tmp_path / "station.ini"), QSettings.Format.IniFormat)
    screen = BadgesScreen(BadgeService(engine), tasks, settings)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: len(screen.views) == 1)
    qtbot.mouseClick(screen.pdf_button, Qt.MouseButton.LeftButton)  # the button, as clicked
    install_translator(qapp, "zh_CN")
    screen.save_pdf()
    assert offered == ["badges_测试双选会.pdf", "胸卡_测试双选会.pdf"]


def test_the_png_button_asks_for_a_folder(
    qtbot: QtBot, tmp_path: Path, tasks: TaskRunner, monkeypatch: pytest.MonkeyPatch, english: str
) -> None:
    engine = new_store(tmp_path / "s.sqlite3")
    add_person(engine, "欧阳娜娜")
    settings = QSettings(str(tmp_path / "station.ini"), QSettings.Format.IniFormat)
    screen = BadgesScreen(BadgeService(engine), tasks, settings)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: len(screen.views) == 1)
    asked: list[str] = []

    def fake_folder(_parent: object, caption: str) -> str:
        asked.append(caption)
        return ""

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(fake_folder))
    qtbot.mouseClick(screen.png_button, Qt.MouseButton.LeftButton)
    assert asked == ["Folder for e-badges"]


def test_booth_export_is_offered_under_a_chinese_name(
    qapp: QApplication,
    qtbot: QtBot,
    booth: Booth,  # noqa: F811
    offered: Offered,
) -> None:
    unlock(qtbot, booth.screen)
    booth.station.choose_export()
    install_translator(qapp, "zh_CN")
    booth.station.choose_export()
    company = "中山市翠亨投资有限公司"
    assert offered == [f"{company}_interviews.xlsx", f"{company}_面试记录.xlsx"]


def test_rescue_copy_is_offered_under_a_chinese_name_beside_the_database(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, tasks: TaskRunner, offered: Offered,
    english: str,
) -> None:  # fmt: skip
    db = tmp_path / "desk.sqlite3"
    new_store(db)
    desk = desk_on(qtbot, db, tasks)
    install_translator(qapp, "zh_CN")
    dialog = desk.open_storage_dialog()
    assert dialog is not None
    dialog._rescue()
    dialog.close()
    assert offered == [str(tmp_path / "抢救副本.sqlite3")]


def test_a_dialog_starts_in_a_folder_that_exists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QStandardPaths

    from fairdesk.ui.file_names import start_folder

    where = QStandardPaths.StandardLocation
    monkeypatch.setenv("HOME", str(tmp_path))  # a fresh laptop: no Documents, no Downloads
    assert start_folder(where.DownloadLocation, where.DocumentsLocation) == Path.home()
    (tmp_path / "Documents").mkdir()
    assert start_folder(where.DownloadLocation, where.DocumentsLocation) == tmp_path / "Documents"
    (tmp_path / "Downloads").mkdir()
    assert start_folder(where.DownloadLocation, where.DocumentsLocation) == tmp_path / "Downloads"
