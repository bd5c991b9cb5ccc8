"""The organiser role on an empty database: the New fair wizard, driven with real widgets, creates
the fair (read back from the file) and the organiser's tools appear on it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlmodel import select

from fairdesk.config import Settings
from fairdesk.services.organiser_pin import verify_organiser_pin
from fairdesk.store.engine import open_database, read_session
from fairdesk.store.models import Fair
from fairdesk.ui.organiser.new_fair import NewFairWizard
from fairdesk.ui.organiser.new_fair_gate import NewFairGate
from fairdesk.ui.tasks import TaskRunner
from tests.ui.desk.test_desk_walk_in import ime_type
from tests.ui.station_helpers import station_screen


def open_wizard(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path
) -> tuple[Engine, NewFairGate, NewFairWizard]:
    """The organiser's station on an empty database: its engine, the gate, the wizard shown."""
    db = tmp_path / "new.sqlite3"
    engine = open_database(db)
    gate = station_screen("organiser", engine, Settings(db_path=db), tasks)
    assert isinstance(gate, NewFairGate)
    qtbot.addWidget(gate)
    gate.show()
    qtbot.waitUntil(lambda: gate.wizard is not None and gate.wizard.isVisible())
    assert gate.wizard is not None
    return engine, gate, gate.wizard


def test_the_wizard_creates_the_fair_and_the_tools_follow(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    engine, gate, wizard = open_wizard(qtbot, tasks, tmp_path)
    nxt = wizard.button(QWizard.WizardButton.NextButton)

    assert not nxt.isEnabled()  # a fair needs a name
    ime_type(wizard.name_page.name_edit, "2026届秋季双选会")
    assert nxt.isEnabled()
    nxt.click()
    ime_type(wizard.venue_page.venue_edit, "体育馆")
    nxt.click()
    wizard.dates.first_edit.setDate(QDate(2026, 11, 28))
    wizard.dates.last_edit.setDate(QDate(2026, 11, 27))
    nxt.click()
    assert wizard.currentPage() is wizard.dates  # the last day before the first: stays
    assert wizard.dates.problem.text()
    wizard.dates.last_edit.setDate(QDate(2026, 11, 29))
    nxt.click()
    halls = wizard.halls_page
    ime_type(halls.hall_edit, "A馆")
    qtbot.keyClick(halls.hall_edit, Qt.Key.Key_Return)
    ime_type(halls.hall_edit, "B馆")
    halls.add_button.click()
    ime_type(halls.hall_edit, "C馆")
    halls.add_button.click()
    halls.list.setCurrentRow(2)
    halls.remove_button.click()
    assert halls.halls() == ["A馆", "B馆"]
    nxt.click()
    pins = wizard.pin_page
    qtbot.keyClicks(pins.pin_edit, "2580")
    qtbot.keyClicks(pins.again_edit, "2581")
    nxt.click()
    assert wizard.currentPage() is pins and pins.problem.text()  # the two differ
    qtbot.keyClicks(pins.again_edit, "2580")
    nxt.click()
    assert wizard.currentPage() is wizard.summary_page
    assert "A馆、B馆" in wizard.summary_page.summary.text()
    assert "2580" not in wizard.summary_page.summary.text()

    with qtbot.waitSignal(gate.fair_created, timeout=10_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible()
    with read_session(engine) as s:
        fair = s.exec(select(Fair)).one()
    assert (fair.name, fair.venue, fair.halls) == ("2026届秋季双选会", "体育馆", "A馆,B馆")
    assert (fair.starts_on, fair.ends_on) == (date(2026, 11, 28), date(2026, 11, 29))
    assert fair.organiser_pin_hash and verify_organiser_pin(engine, "2580")
    assert not verify_organiser_pin(engine, "2581")

    assert gate.tools is not None and gate.tools.isVisible()
    assert gate.tool("badgesScreen") is not None and gate.tool("exportsScreen") is not None
    with qtbot.waitSignal(gate.change_role_requested):
        gate.tools.change_role_button.click()


def test_a_refused_fair_is_said_on_the_summary_page(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    from fairdesk.services.fair_setup import FairSetup, NewFair

    engine, gate, wizard = open_wizard(qtbot, tasks, tmp_path)
    ime_type(wizard.name_page.name_edit, "秋季双选会")
    for _ in range(4):
        wizard.next()
    qtbot.keyClicks(wizard.pin_page.pin_edit, "7391")
    qtbot.keyClicks(wizard.pin_page.again_edit, "7391")
    wizard.next()
    FairSetup(engine).create(NewFair(name="别处建的", organiser_pin="8264"))  # meanwhile
    wizard.button(QWizard.WizardButton.FinishButton).click()
    problem = wizard.summary_page.problem
    qtbot.waitUntil(lambda: bool(problem.text()), timeout=10_000)
    assert "别处建的" in problem.text() and wizard.isVisible() and gate.tools is None


def test_a_database_with_a_fair_opens_the_tools(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    from tests.factories import new_store

    db = tmp_path / "s.sqlite3"
    screen = station_screen("organiser", new_store(db), Settings(db_path=db), tasks)
    qtbot.addWidget(screen)
    assert screen.objectName() == "organiserScreen"
