"""Storage trouble on real files: deleted, replaced, full, locked, damaged, empty, undecodable.

Nothing here mocks the store: files are really deleted and replaced, the disk really fills
(`max_page_count`), another connection really holds the lock, and the damage is real damage
that only a full `integrity_check` sees (an index whose definition no longer matches its rows).
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlmodel import select

from fairdesk.errors import DatabaseError, StorageError
from fairdesk.services.desk.checkin import CheckInService
from fairdesk.services.desk.search import SearchService
from fairdesk.services.storage import StorageService
from fairdesk.store.engine import open_database, write_session
from fairdesk.store.guard import guard_of
from fairdesk.store.models import CheckIn
from tests.factories import Person, add_person, new_store


def checkins(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute("SELECT count(*) FROM checkin").fetchone()[0])
    finally:
        con.close()


def test_a_deleted_file_is_a_storage_problem_and_nothing_claims_saved(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    engine = new_store(db)
    person = add_person(engine, "欧阳娜娜")
    service = CheckInService(engine)
    assert service.by_code(person.code).outcome == "ok"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    problem = StorageService(engine, db, tmp_path / "backups").problem()
    assert problem is not None and problem.kind == "gone"
    with pytest.raises(StorageError) as caught:
        service.by_code(person.code)
    assert caught.value.kind == "gone"


def test_a_replaced_file_is_noticed(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    engine = new_store(db)
    person = add_person(engine)
    other = tmp_path / "other.sqlite3"
    new_store(other).dispose()
    os.replace(other, db)
    with pytest.raises(StorageError) as caught:
        CheckInService(engine).by_code(person.code)
    assert caught.value.kind == "replaced"


def test_everything_held_is_rescued_into_a_new_file_after_deletion(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    engine = new_store(db)
    person = add_person(engine, "赵孟𫖯")
    CheckInService(engine).by_code(person.code)
    held = Path(f"{db}.held-desk.json")
    held.write_text('{"items": []}', encoding="utf-8")
    db.unlink()
    target = tmp_path / "usb" / "rescued.sqlite3"
    target.parent.mkdir()
    StorageService(engine, db, tmp_path / "backups").rescue(target, [held])
    assert checkins(target) == 1
    assert Path(f"{target}.held-desk.json").is_file()
    reopened = open_database(target)
    assert SearchService(reopened).search("赵孟𫖯")[0].name == "赵孟𫖯"


def test_a_full_disk_is_a_storage_error_and_the_row_is_not_there(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    engine = new_store(db)
    person = add_person(engine)
    with engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    # Every connection of the pool gets the cap: the file cannot grow by one page.
    from sqlalchemy import event

    event.listen(engine, "connect", lambda c, _r: c.execute(f"PRAGMA max_page_count={pages}"))
    engine.dispose()
    service = CheckInService(engine)
    with pytest.raises(StorageError) as caught:
        for _ in range(400):  # fill the last free pages of the file
            add_person(engine, "填满")
    assert caught.value.kind == "full"
    for _ in range(500):  # the last free bytes of the last page, then the refusal
        before = checkins(db)
        try:
            service.by_code(person.code)
        except StorageError as exc:
            assert exc.kind == "full"
            break
    else:
        pytest.fail("the disk never filled")
    assert checkins(db) == before  # the refused check-in is not there


def test_a_lock_held_past_the_timeout_is_a_storage_error(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    new_store(db).dispose()
    engine = open_database(db, busy_ms=100)
    person = add_person(engine)
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StorageError) as caught:
            CheckInService(engine).by_code(person.code)
        assert caught.value.kind == "locked"
    finally:
        other.execute("COMMIT")
        other.close()
    assert CheckInService(engine).by_code(person.code).outcome == "ok"  # saved once it can be


def damage_an_index(db: Path) -> None:
    """Damage `quick_check` does not see: an index whose rows no longer match its table."""
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("PRAGMA writable_schema=ON")
    con.execute(
        "UPDATE sqlite_master SET sql = replace(sql, '(name)', '(university)') "
        "WHERE type = 'index' AND name = 'ix_attendee_name'"
    )
    con.execute("PRAGMA writable_schema=OFF")
    con.close()


def damaged_store(db: Path) -> Person:
    """A station file with two people and a damaged index; returns the first person."""
    engine = new_store(db)
    person = add_person(engine, "张三")
    add_person(engine, "李四", university="清华大学")
    engine.dispose()
    damage_an_index(db)
    return person


def test_damage_only_integrity_check_sees_is_refused_on_open(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    damaged_store(db)
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    assert con.execute("PRAGMA integrity_check").fetchall() != [("ok",)]
    con.close()
    before = db.read_bytes()
    with pytest.raises(DatabaseError) as caught:
        open_database(db)
    assert caught.value.key == "storage.damaged"
    assert db.read_bytes() == before


def test_background_integrity_check_blocks_writes_when_it_fails(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    person = damaged_store(db)
    engine = open_database(db, integrity="background")
    guard = guard_of(engine)
    assert guard is not None and guard.integrity_done.wait(10)
    with pytest.raises(StorageError) as caught:
        CheckInService(engine).by_code(person.code)
    assert caught.value.kind == "damaged"


@pytest.mark.parametrize("content", [b"", b"name,phone\n\xd5\xc5\xc8\xfd,139\n", b"\x00" * 64])
def test_an_empty_text_or_foreign_file_is_never_turned_into_a_database(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "fair.sqlite3"
    path.write_bytes(content)
    with pytest.raises(DatabaseError):
        open_database(path)
    assert path.read_bytes() == content


def test_undecodable_text_reads_without_a_traceback(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    engine = new_store(db)
    person = add_person(engine, "王五")
    con = sqlite3.connect(db)
    con.execute("UPDATE attendee SET major = CAST(x'e5a4ff' AS TEXT)")  # not UTF-8
    con.commit()
    con.close()
    engine.dispose()
    result = CheckInService(engine).by_code(person.code)
    assert result.outcome == "ok" and "\ufffd" in (result.attendee.major if result.attendee else "")


def test_a_command_line_station_backs_up_on_its_first_write_then_every_few_minutes(
    tmp_path: Path,
) -> None:
    db = tmp_path / "desk.sqlite3"
    new_store(db).dispose()
    engine = open_database(db)
    person = add_person(engine, "孙七")
    backups = tmp_path / "backups"
    assert len(list(backups.glob("*.sqlite3"))) == 1  # before that first write
    CheckInService(engine).by_code(person.code)
    again = open_database(db)  # a second run moments later makes no second copy
    add_person(again, "周八")
    assert len(list(backups.glob("*.sqlite3"))) == 1
    guard = guard_of(again)
    assert guard is not None
    guard.backup_every_s = 0  # "a few minutes" later
    add_person(again, "吴九")
    assert len(list(backups.glob("*.sqlite3"))) == 2


def test_writes_from_two_threads_wait_for_each_other(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    engine = new_store(db)
    people = [add_person(engine, f"学生{i}") for i in range(20)]
    errors: list[BaseException] = []

    def work(chunk: list) -> None:  # type: ignore[type-arg]
        try:
            service = CheckInService(engine)
            for p in chunk:
                service.by_code(p.code)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(people[i::2],)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with write_session(engine) as s:
        assert len(s.exec(select(CheckIn)).all()) == 20


def test_restore_moves_the_damaged_file_aside_and_says_what_is_missing(tmp_path: Path) -> None:
    from fairdesk.store.restore import list_backups, restore

    db = tmp_path / "desk.sqlite3"
    engine = new_store(db, backups=True)
    first = add_person(engine, "郑十")
    guard = guard_of(engine)
    assert guard is not None
    CheckInService(engine).by_code(first.code)
    guard.backup_now()
    late = add_person(engine, "冯十一")
    CheckInService(engine).by_code(late.code)
    assert Path(f"{db}-wal").exists()
    infos = list_backups(db, tmp_path / "backups")
    assert infos[0].checkins == 1 and infos[0].attendees == 1
    report = restore(db, infos[0].path)
    assert [part.key for part in report.missing] == ["restore.lacks_checkins"]
    assert report.missing[0].params["count"] == 1
    assert "1 check-ins after" in report.lacks
    names = sorted(p.name for p in report.moved_aside)
    stamp = r"desk\.sqlite3\.damaged-\d{8}-\d{6}"
    assert any(re.fullmatch(stamp, n) for n in names)  # the file itself
    assert any(re.fullmatch(stamp + "-wal", n) for n in names)  # and its WAL
    assert not Path(f"{db}-wal").exists()
    for moved in report.moved_aside:
        assert moved.exists()
    assert checkins(db) == 1
    shutil.rmtree(tmp_path / "backups")
