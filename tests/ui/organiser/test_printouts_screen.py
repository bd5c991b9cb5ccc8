"""The Printouts tool on a real fair file: the floor map saved through the tool (the file
dialog replaced by a callable returning a path) and read back, A4 chosen; booth signs; PIN
slips saved and their PINs stored; the print preview opened and cancelled stores nothing."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlmodel import select

from fairdesk.services.printouts.service import PrintoutService
from fairdesk.store.engine import read_session
from fairdesk.store.models import Company
from fairdesk.ui.organiser.printouts import PrintoutsScreen
from fairdesk.ui.tasks import TaskRunner
from tests.unit.services.printouts.floor_kit import ASSIGNED, HALL, MORE, floor_fair
from tests.unit.services.sync.fair_kit import HUAWEI


def flat(text: str) -> str:
    return "".join(text.split())


def open_screen(qtbot: QtBot, tasks: TaskRunner, service: PrintoutService, saved: list[Path],
                dialogs: list[tuple[str, int]] | None = None) -> PrintoutsScreen:  # fmt: skip
    def save_path(_title: str, _offered: str, _filters: str) -> Path | None:
        return saved.pop(0) if saved else None

    def exec_dialog(dialog: QDialog) -> int:
        """The preview drawn (its pages counted), then cancelled."""
        if dialogs is not None:
            preview = dialog.findChild(QPrintPreviewWidget)
            assert preview is not None
            preview.updatePreview()
            dialogs.append((dialog.objectName(), preview.pageCount()))
        return QDialog.DialogCode.Rejected

    screen = PrintoutsScreen(service, tasks, save_path=save_path, exec_dialog=exec_dialog)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        screen.show()
    return screen


def test_save_the_floor_map_on_a4_and_the_signs(qtbot: QtBot, tasks: TaskRunner, tmp_path: Path,
                                                english: str) -> None:  # fmt: skip
    service = PrintoutService(floor_fair(tmp_path / "fair"))
    out, signs = tmp_path / "map.pdf", tmp_path / "signs.pdf"
    screen = open_screen(qtbot, tasks, service, [out, signs])
    assert screen.hall_combo.findData(HALL) == 1
    screen.paper_combo.setCurrentIndex(screen.paper_combo.findData("A4"))
    with qtbot.waitSignal(screen.written, timeout=10000):
        screen.save_map_button.click()
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)
    text = flat(reader.pages[0].extract_text())
    assert "A01" in text and HUAWEI in text and "华为技术" in text
    assert "floor map on 1 pages" in screen.status_label.text()
    with qtbot.waitSignal(screen.written, timeout=10000):
        screen.save_signs_button.click()
    assert len(PdfReader(signs).pages) == len(ASSIGNED)


def test_pin_slips_saved_then_their_pins_stored(qtbot: QtBot, tasks: TaskRunner, tmp_path: Path,
                                                english: str) -> None:  # fmt: skip
    engine = floor_fair(tmp_path / "fair")
    out = tmp_path / "slips.pdf"
    screen = open_screen(qtbot, tasks, PrintoutService(engine), [out])
    with qtbot.waitSignal(screen.written, timeout=20000):
        screen.save_slips_button.click()
    text = "".join(flat(p.extract_text()) for p in PdfReader(out).pages)
    for name in MORE:  # the two of the company list have PINs already
        assert flat(name) in text
    assert HUAWEI not in text
    assert "2 companies keep their PIN" in screen.status_label.text()
    with read_session(engine) as s:
        assert all(c.pin_hash for c in s.exec(select(Company)))


def test_print_preview_cancelled_prints_and_stores_nothing(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    engine = floor_fair(tmp_path / "fair")
    dialogs: list[tuple[str, int]] = []
    screen = open_screen(qtbot, tasks, PrintoutService(engine), [], dialogs)
    screen.print_map_button.click()
    qtbot.waitUntil(lambda: len(dialogs) == 1, timeout=5000)
    assert dialogs[0] == ("printoutPreview", 1)
    screen.print_slips_button.click()
    qtbot.waitUntil(lambda: len(dialogs) == 2, timeout=10000)
    assert dialogs[1] == ("printoutPreview", 2)  # five slips, four to a page
    screen.print_signs_button.click()
    qtbot.waitUntil(lambda: len(dialogs) == 3, timeout=10000)
    assert dialogs[2] == ("printoutPreview", len(ASSIGNED))
    with read_session(engine) as s:
        assert sum(bool(c.pin_hash) for c in s.exec(select(Company))) == 2  # as before
