"""The desk under storage trouble: a held scan is never ✔ and never a red refusal, is kept in a
file beside the database, and is saved (with its own time) as soon as the file can be written."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from pytestqt.qtbot import QtBot

from fairdesk.store.engine import open_database
from fairdesk.ui.desk.scans import ScanItem
from fairdesk.ui.desk.screen import DeskScreen
from fairdesk.ui.sounds import DeskSounds
from fairdesk.ui.tasks import TaskRunner
from fairdesk.ui.widgets.held_journal import HeldJournal
from tests.factories import add_person, new_store
from tests.ui.desk.helpers import desk_services


def desk_on(qtbot: QtBot, db: Path, tasks: TaskRunner, *, busy_ms: int = 100) -> DeskScreen:
    engine = open_database(db, busy_ms=busy_ms, inline_backups=False)
    services = desk_services(engine)  # its storage service is on this file too
    journal = HeldJournal.beside(db, "desk", encode=ScanItem.to_json, decode=ScanItem.from_json)
    screen = DeskScreen(
        services,
        tasks,
        sounds=DeskSounds(muted=True),
        journal=journal,
        print_badge=lambda ids, reissue: None,
    )
    screen.queue._retry.setInterval(200)  # retry faster than a station does, for the test
    qtbot.addWidget(screen)
    screen.show()
    return screen


def another_writer(db: Path) -> sqlite3.Connection:
    """A connection of another program holding the write lock until it is closed."""
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


def arrivals(db: Path) -> list[tuple[str, str]]:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT attendee_id, at FROM checkin ORDER BY at").fetchall()
    finally:
        con.close()


def test_a_locked_file_holds_the_scan_then_saves_it(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    db = tmp_path / "desk.sqlite3"
    person = add_person(new_store(db), "欧阳娜娜")
    desk = desk_on(qtbot, db, tasks)
    other = another_writer(db)  # a big import elsewhere holds the file
    desk.submit(person.code)
    qtbot.waitUntil(lambda: desk.queue.held_count == 1, timeout=5000)
    assert desk.verdict.outcome == "storage"  # not ✔, not the red refusal
    assert "not saved" in desk.verdict.headline.text()
    assert desk.storage_banner.active and "1 scans are held" in desk.storage_banner.label.text()
    journal = Path(f"{db}.held-desk.json")
    assert json.loads(journal.read_text(encoding="utf-8"))["items"][0]["text"] == person.code
    assert arrivals(db) == []
    other.close()  # its transaction ends; the file can be written again
    qtbot.waitUntil(lambda: desk.queue.held_count == 0, timeout=5000)
    assert len(arrivals(db)) == 1
    assert "Held scan saved: 欧阳娜娜" in desk.status.text()
    assert not journal.exists()
    qtbot.waitUntil(lambda: not desk.storage_banner.active, timeout=5000)


def test_scans_after_a_held_one_keep_their_order(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    db = tmp_path / "desk.sqlite3"
    engine = new_store(db)
    first, second = add_person(engine, "张三"), add_person(engine, "李四")
    third = add_person(engine, "王五")
    desk = desk_on(qtbot, db, tasks)
    other = another_writer(db)
    desk.submit(first.code)
    desk.submit(second.code)  # already queued when the first is held
    qtbot.waitUntil(lambda: desk.queue.held_count == 2, timeout=5000)
    desk.submit(third.code)  # arrives while scans are held
    assert desk.queue.held_count == 3
    other.close()  # its transaction ends; the file can be written again
    qtbot.waitUntil(lambda: desk.queue.held_count == 0, timeout=5000)
    saved = arrivals(db)
    assert [row[0].replace("-", "") for row in saved] == [p.id.hex for p in (first, second, third)]


def test_a_deleted_file_is_noticed_without_a_scan_and_scans_are_held(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    db = tmp_path / "desk.sqlite3"
    person = add_person(new_store(db), "王五")
    desk = desk_on(qtbot, db, tasks)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    qtbot.waitUntil(lambda: desk.storage_banner.active, timeout=5000)  # within seconds
    assert "deleted or moved" in desk.storage_banner.label.text()
    assert desk.verdict.outcome == "storage"  # the last ✔ does not stay up
    desk.submit(person.code)
    qtbot.waitUntil(lambda: desk.queue.held_count == 1, timeout=5000)
    assert desk.verdict.outcome == "storage"
    dialog = desk.open_storage_dialog()
    assert dialog is not None
    rescued = tmp_path / "rescued.sqlite3"
    assert dialog.rescue_to(rescued) == rescued  # what "Save everything to a new file…" does
    dialog.close()
    # Started again on the rescued file, the held scan is saved first thing.
    desk2 = desk_on(qtbot, rescued, tasks)
    qtbot.waitUntil(lambda: desk2.queue.held_count == 0, timeout=5000)
    assert len(arrivals(rescued)) == 1


def test_held_scans_survive_a_restart_with_their_own_time(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path, english: str
) -> None:
    db = tmp_path / "desk.sqlite3"
    person = add_person(new_store(db), "赵六")
    item = ScanItem(text=person.code)
    HeldJournal.beside(db, "desk", encode=ScanItem.to_json).save([item])
    desk = desk_on(qtbot, db, tasks)
    qtbot.waitUntil(lambda: desk.queue.held_count == 0 and len(arrivals(db)) == 1, timeout=5000)
    stored = arrivals(db)[0][1]
    assert stored.startswith(item.scanned_at.strftime("%Y-%m-%d %H:%M:%S"))
