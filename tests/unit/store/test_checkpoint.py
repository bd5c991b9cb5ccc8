"""WAL checkpoints off the committing thread: the GUI's commits never checkpoint, a thread does."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, text

from fairdesk.store.checkpoint import WalCheckpointer
from fairdesk.store.engine import close_database, open_database, write_session
from fairdesk.store.guard import StorageGuard, guard_of


def _write_rows(engine: object, n: int) -> None:
    for i in range(n):
        with write_session(engine) as s:  # type: ignore[arg-type]
            value = {"v": "x" * 4000 + str(i)}  # a page a row
            s.connection().execute(text("INSERT INTO t (v) VALUES (:v)"), value)


def _rows_in_main_file(db: Path, tmp: Path) -> int:
    """Rows the database file holds on its own, without its log: those checkpointed."""
    alone = tmp / "alone.sqlite3"
    shutil.copyfile(db, alone)
    con = sqlite3.connect(alone)
    try:
        return int(con.execute("SELECT count(*) FROM t").fetchone()[0])
    except sqlite3.OperationalError:  # the table itself is still only in the log
        return 0
    finally:
        con.close()


def _station_without_its_thread(db: Path) -> tuple[Engine, StorageGuard]:
    """A GUI station's engine whose checkpoint thread is stopped: the test runs its work."""
    engine = open_database(db, checkpoints="background")
    guard = guard_of(engine)
    assert guard is not None and guard.checkpointer is not None
    guard.checkpointer.stop()
    return engine, guard


def _make_table(engine: object) -> None:
    with write_session(engine) as s:  # type: ignore[arg-type]
        s.connection().execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)"))


def test_background_engine_never_checkpoints_in_a_commit(tmp_path: Path) -> None:
    db = tmp_path / "station.sqlite3"
    engine, guard = _station_without_its_thread(db)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 0
        _make_table(engine)
        _write_rows(engine, 1500)  # past SQLite's 1,000-page automatic checkpoint
        assert _rows_in_main_file(db, tmp_path) == 0  # every commit left the log alone
        assert guard.checkpointer.checkpoint_if_written()
        assert _rows_in_main_file(db, tmp_path) == 1500
        assert not guard.checkpointer.checkpoint_if_written()  # nothing written since
    finally:
        close_database(engine)


def test_inline_engine_keeps_sqlites_automatic_checkpoints(tmp_path: Path) -> None:
    db = tmp_path / "cli.sqlite3"
    engine = open_database(db)
    try:
        assert guard_of(engine).checkpointer is None  # type: ignore[union-attr]
        _make_table(engine)
        _write_rows(engine, 1500)
        assert _rows_in_main_file(db, tmp_path) > 0
    finally:
        close_database(engine)


def test_the_thread_checkpoints_on_its_own(tmp_path: Path) -> None:
    db = tmp_path / "station.sqlite3"
    engine, guard = _station_without_its_thread(db)
    guard.checkpointer = WalCheckpointer(db, every_s=0.05).start()
    try:
        _make_table(engine)
        _write_rows(engine, 50)
        for _ in range(200):
            if _rows_in_main_file(db, tmp_path) == 50:
                break
            guard.checkpointer._stopped.wait(0.05)
        assert _rows_in_main_file(db, tmp_path) == 50
        assert guard.checkpointer.checkpoints >= 1
    finally:
        close_database(engine)
    assert not guard.checkpointer._thread.is_alive()


def test_a_deleted_file_is_not_recreated_by_the_checkpointer(tmp_path: Path) -> None:
    db = tmp_path / "station.sqlite3"
    engine, guard = _station_without_its_thread(db)
    try:
        _make_table(engine)
        _write_rows(engine, 3)
        moved = tmp_path / "moved"
        moved.mkdir()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").rename(moved / f"station.sqlite3{suffix}")
        Path(f"{db}-wal").write_bytes(b"")  # a log with no database beside it
        assert not guard.checkpointer.checkpoint_if_written()
        assert not db.exists()
    finally:
        close_database(engine)
