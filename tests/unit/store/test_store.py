"""The station database: durable PRAGMAs, refusal of damaged and newer files, migration backups."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlmodel import col, select

from fairdesk.core.ids import uuid7_many
from fairdesk.errors import DatabaseError
from fairdesk.store import migrations
from fairdesk.store.bulk import INLINE_FROM, bulk_insert
from fairdesk.store.engine import open_database, read_session, sqlite_engine, write_session
from fairdesk.store.models import Station, utcnow
from tests.factories import new_store


def test_new_database_is_wal_full_sync_with_foreign_keys(tmp_path: Path) -> None:
    engine = open_database(tmp_path / "s.sqlite3")
    with engine.connect() as conn:
        pragma = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") >= 1000
        assert pragma("user_version") == migrations.SCHEMA_VERSION


def test_desk_lookups_are_indexed(tmp_path: Path) -> None:
    new_store(tmp_path / "s.sqlite3")
    con = sqlite3.connect(tmp_path / "s.sqlite3")
    plans = {
        "serial": "SELECT * FROM badge WHERE serial = 5",
        "student_no": "SELECT * FROM attendee WHERE student_no = '0012345'",
        "phone": "SELECT * FROM attendee WHERE phone = '13700000001'",
        "phone_tail": "SELECT * FROM attendee WHERE phone_tail = '0001'",
        "pinyin": "SELECT * FROM attendee WHERE name_pinyin >= 'zeng' AND name_pinyin < 'zenh'",
        "initials": "SELECT * FROM attendee WHERE name_initials >= 'zxx' AND name_initials < 'zxy'",
    }
    for what, sql in plans.items():
        plan = " ".join(str(r) for r in con.execute("EXPLAIN QUERY PLAN " + sql))
        assert "USING" in plan and "INDEX" in plan, (what, plan)
    con.close()


def test_a_newer_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    open_database(path).dispose()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version={migrations.SCHEMA_VERSION + 1}")
    con.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    assert caught.value.key == "store.newer_schema"
    assert path.read_bytes() == before


@pytest.mark.parametrize("content", [b"\n", b"x", b"name,phone\n", b"SQLite"])
def test_a_short_file_that_is_not_a_database_is_refused_untouched(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "s.sqlite3"
    path.write_bytes(content)
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    assert caught.value.key == "store.not_a_database"
    assert path.read_bytes() == content


def test_a_damaged_file_is_refused_with_a_plain_message(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    assert caught.value.key == "store.not_a_database"
    assert path.read_bytes() == before


def test_a_corrupted_page_fails_quick_check(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    engine = new_store(path)
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=DELETE")
    con.execute("CREATE TABLE filler(x)")
    con.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,)] * 200)
    con.commit()
    con.close()
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for n in range(2, 6):  # scribble over the headers of the filler table's last pages
        data[len(data) - n * page : len(data) - n * page + 12] = b"\xff" * 12
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError):
        open_database(path)


def test_migration_backs_up_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "s.sqlite3"
    open_database(path).dispose()
    applied: list[int] = []
    steps = [*migrations.STEPS, lambda conn: applied.append(1)]
    monkeypatch.setattr(migrations, "STEPS", steps)
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(steps))
    monkeypatch.setattr("fairdesk.store.engine.SCHEMA_VERSION", len(steps))
    engine = open_database(path, backup_dir=tmp_path / "bk")
    assert applied == [1]
    backups = list((tmp_path / "bk").glob("*.sqlite3"))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    assert con.execute("PRAGMA user_version").fetchone()[0] == len(steps) - 1
    con.close()
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA user_version").scalar() == len(steps)


def test_a_failed_write_leaves_nothing_behind(tmp_path: Path) -> None:
    engine = open_database(tmp_path / "s.sqlite3")
    with pytest.raises(RuntimeError), write_session(engine) as s:
        s.add(Station(number=7, name="x"))
        s.flush()
        raise RuntimeError("boom")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM station").scalar() == 0


def test_another_programs_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes(x TEXT)")
    con.execute("INSERT INTO notes VALUES ('hi')")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    assert caught.value.key == "store.foreign_database"
    assert path.read_bytes() == before


def test_odd_characters_in_the_path_name_the_file_exactly(tmp_path: Path) -> None:
    path = tmp_path / "双选会 a?b#c.sqlite3"
    open_database(path).dispose()
    assert path.exists() and not (tmp_path / "双选会 a").exists()
    open_database(path).dispose()  # and it opens again


def test_a_locked_database_is_a_plain_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "s.sqlite3"
    open_database(path).dispose()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    monkeypatch.setattr("fairdesk.store.engine.BUSY_TIMEOUT_MS", 100)
    engine = sqlite_engine(path)
    with pytest.raises(DatabaseError) as caught, write_session(engine) as s:
        s.add(Station(number=9, name="x"))
    assert caught.value.key == "storage.locked"
    holder.execute("ROLLBACK")
    holder.close()
    engine.dispose()


def test_bulk_insert_takes_rows_by_column(tmp_path: Path) -> None:
    """A column of one repeated value (station, timestamps) is converted once, the rest per row;
    what lands is what the ORM reads back."""
    engine = new_store(tmp_path / "s.sqlite3")
    table = Station.__table__  # type: ignore[attr-defined]
    stamp = utcnow()
    ids = uuid7_many(3)
    columns = {
        "id": ids,
        "number": [7, 8, 9],
        "name": ["a", "b", "c"],
        "role": ["desk"] * 3,
        "is_local": [False, True, False],
        "created_at": [stamp] * 3,
    }
    with write_session(engine) as s:
        conn = s.connection()
        bulk_insert(conn, table, columns)
        bulk_insert(conn, table, {"id": [], "number": []})  # nothing to do
        with pytest.raises(ValueError, match="unequal"):
            bulk_insert(conn, table, {"id": uuid7_many(2), "number": [10]})
    with read_session(engine) as s:
        got = {st.id: st for st in s.exec(select(Station).where(col(Station.number) >= 7)).all()}
    assert [(got[i].number, got[i].name, got[i].role, got[i].is_local) for i in ids] == [
        (7, "a", "desk", False),
        (8, "b", "desk", True),
        (9, "c", "desk", False),
    ]
    assert {got[i].created_at.replace(tzinfo=None) for i in ids} == {stamp.replace(tzinfo=None)}


def test_a_large_bulk_insert_stores_constant_columns_exactly_as_bound(tmp_path: Path) -> None:
    """From `INLINE_FROM` rows a column of one value is written into the statement: the rows
    must be the same, value and SQLite type, as when every value is bound (quotes, NULL, NUL)."""
    engine = new_store(tmp_path / "s.sqlite3")
    table = Station.__table__  # type: ignore[attr-defined]
    stamp = utcnow()

    def rows(first: int, n: int, name: str) -> dict[str, list[object]]:
        return {
            "id": list(uuid7_many(n)),
            "number": list(range(first, first + n)),
            "name": [name] * n,
            "role": ["desk"] * n,
            "company_id": [None] * n,
            "is_local": [False] * n,
            "created_at": [stamp] * n,
        }

    odd = "O'Brien's ''台'' -- ); DROP TABLE station; --"
    with write_session(engine) as s:
        bulk_insert(s.connection(), table, rows(10_000, INLINE_FROM, odd))  # inlined
        bulk_insert(s.connection(), table, rows(20_000, 3, odd))  # bound
        bulk_insert(s.connection(), table, rows(30_000, INLINE_FROM, "nul\x00inside"))
    con = sqlite3.connect(tmp_path / "s.sqlite3")
    cols = "name, role, company_id, is_local, created_at"
    typed = ", ".join(f"typeof({c}), {c}" for c in cols.split(", "))

    def one(number: int) -> tuple[object, ...]:
        return tuple(
            con.execute(f"SELECT {typed} FROM station WHERE number = ?", (number,)).fetchone()
        )

    assert one(10_000) == one(10_000 + INLINE_FROM - 1) == one(20_000)
    assert one(10_000)[1] == odd
    assert con.execute("SELECT name FROM station WHERE number = 30000").fetchone()[0] == (
        "nul\x00inside"
    )
    assert con.execute("SELECT count(*) FROM station WHERE number >= 10000").fetchone()[0] == (
        2 * INLINE_FROM + 3
    )
    con.close()


def test_a_v4_file_gains_the_floor_plan_and_employer_check_in(tmp_path: Path) -> None:
    path = tmp_path / "v4.sqlite3"
    open_database(path, inline_backups=False).dispose()
    with sqlite3.connect(path) as con:  # as step 8 left a station file: schema 4
        con.execute("DROP TABLE floor_item")
        con.execute("DROP TABLE company_arrival")
        for table, column in (("fair", "organiser_pin_hash"), ("booth", "width"),
                              ("booth", "height"), ("booth", "locked")):  # fmt: skip
            con.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        fair = "'f1', 's1', '秋招', '', '', 123456, 'ab', '2026-01-01'"
        con.execute("INSERT INTO fair (id, station_id, name, venue, halls, code, secret,"
                    f" created_at) VALUES ({fair})")  # fmt: skip
        con.execute("INSERT INTO booth (id, station_id, fair_id, code, hall, zone, created_at)"
                    " VALUES ('b1', 's1', 'f1', 'A01', '', '', '2026-01-01')")  # fmt: skip
        con.execute("PRAGMA user_version=4")
    open_database(path, inline_backups=False).dispose()
    with sqlite3.connect(path) as con:
        assert con.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION == 5
        booth = con.execute("SELECT width, height, locked FROM booth").fetchone()
        assert booth == (1.0, 1.0, 0)
        assert con.execute("SELECT organiser_pin_hash FROM fair").fetchone() == (None,)
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"floor_item", "company_arrival"} <= tables


_READ_AND_CLOSE = (
    "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
    "c.execute('SELECT count(*) FROM station').fetchall(); c.close()"
)


def test_opening_a_file_twice_in_one_process_keeps_the_first_engines_locks(
    tmp_path: Path,
) -> None:
    """A second engine on an open file (the bench's desk, a restore's check) must not drop the
    first one's locks: another process closing the file would then delete the log under it."""
    db = tmp_path / "station.sqlite3"
    first = new_store(db)
    with write_session(first) as s:
        s.add(Station(name="one", role="desk", number=7))
    with read_session(first) as s:
        s.exec(select(Station)).all()  # a pooled connection holds the file open
    second = open_database(db)
    second.dispose()
    other = subprocess.run(
        [sys.executable, "-c", _READ_AND_CLOSE, db],
        check=True,
    )
    assert other.returncode == 0
    assert Path(f"{db}-wal").exists()  # the other process did not take itself for the last
    with write_session(first) as s:
        s.add(Station(name="two", role="desk", number=8))
    with read_session(first) as s:
        assert {st.name for st in s.exec(select(Station)).all()} >= {"one", "two"}
    first.dispose()
