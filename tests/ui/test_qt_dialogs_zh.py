"""Qt's own dialogs speak Chinese in the Chinese interface (issue 9, point 5).

Under Linux without a desktop portal QFileDialog is Qt's widget dialog; PySide6's
`qtbase_zh_CN.qm` predates Qt 6's "&Look in:" / "Files of &type:" wording, so FairDesk ships
`resources/i18n/qtbase_fixes_zh_CN.ts` for what it misses. These tests read the labels, buttons
and menus the person sees, as Qt builds them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QToolButton,
)
from pytestqt.qtbot import QtBot

from fairdesk.ui.i18n import install_translator

CHINESE = re.compile(r"[\u4e00-\u9fff]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")  # a mnemonic "(&L)" or a shortcut "Ctrl" is no word


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[str]:
    yield install_translator(qapp, "zh_CN")
    install_translator(qapp, "en")


def _reads_chinese(text: str) -> bool:
    words = LATIN_WORD.findall(text.replace("Ctrl", "").replace("Shift", ""))
    return bool(CHINESE.search(text)) and not words


def _file_dialog(qtbot: QtBot, folder: Path, mode: QFileDialog.AcceptMode) -> QFileDialog:
    dialog = QFileDialog(None, "", str(folder), "Excel (*.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(mode)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.parametrize(
    "mode", [QFileDialog.AcceptMode.AcceptSave, QFileDialog.AcceptMode.AcceptOpen]
)
def test_file_dialog_labels_and_buttons_are_chinese(
    chinese: str, qtbot: QtBot, tmp_path: Path, mode: QFileDialog.AcceptMode
) -> None:
    assert chinese == "zh_CN"
    dialog = _file_dialog(qtbot, tmp_path, mode)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    for name in ("lookInLabel", "fileNameLabel", "fileTypeLabel"):
        assert _reads_chinese(labels[name]), f"{name}: {labels[name]!r}"
    assert "查找范围" in labels["lookInLabel"]
    assert "文件类型" in labels["fileTypeLabel"]
    buttons = [b.text() for b in dialog.findChildren(QPushButton) if b.isVisible()]
    assert buttons and all(_reads_chinese(text) for text in buttons), buttons
    tips = [b.toolTip() for b in dialog.findChildren(QToolButton) if b.toolTip()]
    assert len(tips) >= 4 and all(_reads_chinese(tip) for tip in tips), tips


def test_file_dialog_in_english_keeps_qt_wording(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    install_translator(qapp, "en")
    dialog = _file_dialog(qtbot, tmp_path, QFileDialog.AcceptMode.AcceptSave)
    look_in = dialog.findChild(QLabel, "lookInLabel")
    assert look_in is not None and "Look in" in look_in.text()


def test_message_box_and_button_box_buttons_are_chinese(chinese: str, qtbot: QtBot) -> None:
    wanted = (
        QMessageBox.StandardButton.Ok
        | QMessageBox.StandardButton.Cancel
        | QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Close
        | QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Retry
    )
    box = QMessageBox(QMessageBox.Icon.Question, "", "", wanted)
    qtbot.addWidget(box)
    texts = [b.text() for b in box.buttons()]
    assert len(texts) == 8 and all(_reads_chinese(t) for t in texts), texts
    bar = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(bar)
    assert all(_reads_chinese(b.text()) for b in bar.buttons())


def test_line_edit_context_menu_is_chinese(chinese: str, qtbot: QtBot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    assert menu is not None
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert len(texts) >= 6
    assert all(_reads_chinese(t.split("\t")[0]) for t in texts), texts
