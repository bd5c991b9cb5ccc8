"""Rolling backups of a running station: consistent copies, the newest few kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from fairdesk.app import schedule_rolling_backups
from fairdesk.config import Settings
from fairdesk.services.storage import StorageService
from fairdesk.store.engine import open_database
from fairdesk.ui.tasks import TaskRunner
from tests.factories import add_person, new_store


def test_rolling_backups_are_readable_copies(qtbot: QtBot, tmp_path: Path) -> None:
    db = tmp_path / "station.sqlite3"
    engine = new_store(db)
    add_person(engine, "赵孟𫖯")
    settings = Settings(db_path=db, backups_to_keep=2)
    engine = open_database(db, inline_backups=False, keep_backups=2)
    storage = StorageService(engine, db, settings.backup_dir)
    parent = QWidget()
    qtbot.addWidget(parent)
    tasks = TaskRunner(parent)

    def files() -> set[Path]:
        return set(settings.backup_dir.glob("*.sqlite3")) if settings.backup_dir.exists() else set()

    for _ in range(3):
        before = files()
        schedule_rolling_backups(storage.backup_now, tasks, first_delay_ms=0).stop()
        qtbot.waitUntil(
            lambda before=before: files() != before and tasks.active_count == 0, timeout=5000
        )
    copies = sorted(settings.backup_dir.glob("*.sqlite3"))
    assert len(copies) == 2
    con = sqlite3.connect(copies[-1])
    assert con.execute("SELECT name FROM attendee").fetchone()[0] == "赵孟𫖯"
    con.close()
