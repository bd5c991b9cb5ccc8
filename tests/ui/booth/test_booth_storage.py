"""The booth under storage trouble: a scan it cannot save is held and said to be held, never
shown as saved and never as a refused badge."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from fairdesk.services.storage import StorageService
from tests.ui.booth.test_booth import Booth, booth, scan, unlock  # noqa: F401  (booth is a fixture)


def test_a_deleted_file_holds_booth_scans(qtbot: QtBot, booth: Booth, tmp_path: Path) -> None:  # noqa: F811
    unlock(qtbot, booth.screen)
    station = booth.station
    db = tmp_path / "booth.sqlite3"
    station.storage = StorageService(booth.engine, db, tmp_path / "backups")
    station.storage_banner._problem = station.storage.problem
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    scan(qtbot, station, booth.student.code)
    qtbot.waitUntil(lambda: station.queue.held_count == 1, timeout=5000)
    assert "not saved" in station.scan_result.text()
    assert station.scan_result.text() != ""
    station.storage_banner.refresh()
    assert station.storage_banner.active
    assert "deleted or moved" in station.storage_banner.label.text()
    assert Path(f"{db}.held-booth.json").is_file()
