"""The booth PIN flow end to end, offscreen (tests/ui/xvfb_pin_check.sh does it in a real
window): a booth without a PIN names the command, `fairdesk company pin` sets one, the booth
opens with it, a reset while the booth is open leaves it open until it locks, and then the old
PIN is refused and the new one opens it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from fairdesk.__main__ import main
from fairdesk.config import Settings
from fairdesk.store.engine import open_database
from fairdesk.ui.booth.screen import BoothScreen
from fairdesk.ui.i18n import install_translator
from fairdesk.ui.tasks import TaskRunner
from tests.factories import new_store
from tests.ui.station_helpers import station_screen
from tests.unit.services.booth.test_booth_pins import give_booth
from tests.unit.services.booth.test_interviews import add_company

COMPANY = "华为技术有限公司"
PIN_LINE = re.compile(r"^PIN for 华为技术有限公司 \(booth A01\): (\d{6})$", re.M)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "booth.sqlite3"
    engine = new_store(path)
    give_booth(engine, add_company(engine, COMPANY, pin_hash=None), "A01")
    add_company(engine, "中山市翠亨投资有限公司")
    engine.dispose()
    return path


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    install_translator(qapp, "zh_CN")
    yield
    install_translator(qapp, "en")


@pytest.fixture
def engine(db: Path) -> Iterator[Engine]:
    """The booth's own engine on the file the organiser's commands write."""
    engine = open_database(db)
    yield engine
    engine.dispose()


def open_booth(qtbot: QtBot, engine: Engine, tasks: TaskRunner, company: str | None) -> BoothScreen:
    db = Path(str(engine.url.database))
    settings = Settings(db_path=db, company=company)
    screen = station_screen("booth", engine, settings, tasks)
    assert isinstance(screen, BoothScreen)
    qtbot.addWidget(screen)
    screen.resize(1280, 760)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def set_pin(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["--db", str(db), "company", "pin", COMPANY, *args]) == 0
    match = PIN_LINE.search(capsys.readouterr().out)
    assert match, "no PIN line"
    return match.group(1)


def enter(qtbot: QtBot, screen: BoothScreen, pin: str) -> None:
    """Type `pin` and Enter; wait until the check is back (refused, or the booth open)."""
    qtbot.keyClicks(screen.lock.pin, pin)
    qtbot.keyClick(screen.lock.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.lock.pin.isEnabled() or not screen.locked, timeout=5000)


def test_set_unlock_reset_old_pin_refused(
    qtbot: QtBot,
    db: Path,
    engine: Engine,
    tasks: TaskRunner,
    chinese: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    screen = open_booth(qtbot, engine, tasks, COMPANY)
    assert screen.locked and screen.lock.company_label.text() == COMPANY
    told = screen.lock.message.text()
    assert "还没有展位 PIN" in told and f'fairdesk company pin "{COMPANY}" --random' in told
    enter(qtbot, screen, "123456")  # nothing opens it yet: the same words again
    assert screen.locked and "请主办方运行" in screen.lock.message.text()

    first = set_pin(db, capsys, "--random")
    enter(qtbot, screen, first)
    qtbot.waitUntil(lambda: not screen.locked, timeout=5000)
    assert screen.station is not None and screen.station.isVisible()

    second = set_pin(db, capsys, "--pin", "７３９１５２")  # full-width, as an IME may type it
    assert second == "739152"
    assert not screen.locked  # an open booth stays open until it locks
    screen.station.lock_requested.emit()  # Ctrl+L / the lock button
    assert screen.locked

    enter(qtbot, screen, first)
    assert screen.locked and screen.lock.message.text() == "PIN 不正确，请重试。"
    enter(qtbot, screen, second)
    qtbot.waitUntil(lambda: not screen.locked, timeout=5000)
    tasks.wait_for_done()


def test_the_chooser_marks_companies_without_a_pin(
    qtbot: QtBot, engine: Engine, tasks: TaskRunner, english: str
) -> None:
    screen = open_booth(qtbot, engine, tasks, None)
    assert screen.chooser is not None
    labels = [screen.chooser.list.item(i).text() for i in range(screen.chooser.list.count())]
    assert labels == [f"A01 · {COMPANY}  (no PIN yet)", "中山市翠亨投资有限公司"]
    tasks.wait_for_done()


def test_an_unknown_company_given_to_the_booth_lists_near_names(
    qtbot: QtBot, engine: Engine, tasks: TaskRunner, english: str
) -> None:
    screen = open_booth(qtbot, engine, tasks, "华为")
    assert screen.chooser is not None and screen.chooser.isVisible()
    assert f"Did you mean: {COMPANY} (A01)?" in screen.chooser.filter.placeholderText()
    tasks.wait_for_done()


def test_a_pin_set_while_the_booth_waits_clears_the_no_pin_words(
    qtbot: QtBot,
    db: Path,
    engine: Engine,
    tasks: TaskRunner,
    english: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`fairdesk company pin` in another terminal; the booth hears of it when its window comes
    back to the front (the app announces every kind then) and asks for the PIN at once."""
    from fairdesk.ui.changes import OUTSIDE

    screen = open_booth(qtbot, engine, tasks, COMPANY)
    assert "fairdesk company pin" in screen.lock.message.text()
    pin = set_pin(db, capsys, "--random")
    assert "fairdesk company pin" in screen.lock.message.text()  # nobody told it yet
    tasks.announce(OUTSIDE)
    qtbot.waitUntil(lambda: screen.lock.message.text() == "", timeout=5000)
    assert screen.company is not None and screen.company.has_pin
    enter(qtbot, screen, pin)
    qtbot.waitUntil(lambda: not screen.locked, timeout=5000)
