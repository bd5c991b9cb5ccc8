"""The one seam every write of a synced table goes through.

`changes(session)` gives the transaction's `ChangeWriter`; services call it for every insert,
update and delete, whether they hold ORM objects (`add`, `update`, `delete`), Core rows
(`insert_rows`, `update_rows`) or columns for a bulk import (`bulk_insert`). Each call writes the
rows and appends their `ChangeLog` entries in the same transaction, so a rollback leaves neither.
Entries carry the station, its next sequence numbers and hybrid logical clock times
(`core.hlc`) past every time already in the log. The log is what station bundles and the LAN hub
will read: one engine, two transports.
"""

from __future__ import annotations

import functools
import json
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

from sqlalchemy import Dialect, Select, Table, delete, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.inspection import inspect
from sqlmodel import Session, SQLModel

from fairdesk.core.hlc import COUNTER_DIGITS, HLC, WALL_DIGITS
from fairdesk.store.bulk import Columns
from fairdesk.store.bulk import bulk_insert as _bulk_insert
from fairdesk.store.bulk import bulk_update as _bulk_update
from fairdesk.store.field_clocks import clock_rows, upsert_clocks
from fairdesk.store.models import ChangeLog, Station

CHANGE_LOG: Table = ChangeLog.__table__  # type: ignore[attr-defined]
#: `changes` of a bulk-inserted row: every column, values as stored in the row itself.
AS_STORED = '"*"'
#: A bulk insert of at most this many rows logs each row's values (a walk-in's one badge).
LOG_VALUES_UP_TO = 100
_KEY = "fairdesk.seam"


#: This installation's own bookkeeping: never logged, packed or bundled.
LOCAL_TABLES = frozenset(
    {"change_log", "local_setting", "merged_bundle", "merged_entry", "merge_alias", "field_clock"}
)


def synced_tables() -> frozenset[str]:
    """Every table whose writes are logged (the data model without `LOCAL_TABLES`)."""
    return frozenset(t for t in SQLModel.metadata.tables if t not in LOCAL_TABLES)


def wall_ms() -> int:
    """The wall clock in milliseconds (the HLC's physical part)."""
    return time.time_ns() // 1_000_000


def _jsonable(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"cannot log a {type(value).__name__}")


def to_json(values: Mapping[str, Any]) -> str:
    """Columns and values as the log stores them (UUIDs and times as text)."""
    return json.dumps(values, default=_jsonable, ensure_ascii=False, separators=(",", ":"))


class _Clock:
    """The transaction's hybrid logical clock, started past every time already in the log
    (local or received), shared by its writers so the log's times rise in append order."""

    def __init__(self, top: str | None, now: Callable[[], int]) -> None:
        self._last = HLC.decode(top) if top else None
        self._now = now

    def _start(self, station: str) -> HLC:
        last = self._last
        return HLC.zero(station) if last is None else HLC(last.wall, last.counter, station)

    def stamps(self, station: str, n: int) -> list[str]:
        """The times of `n` consecutive changes by `station`, encoded."""
        self._last, stamps = self._start(station).ticks(self._now(), n)
        return stamps

    def reserve(self, station: str, n: int) -> HLC:
        """The first of `n` consecutive times (same wall time, counters running on)."""
        first = self._start(station).tick(self._now())
        self._last = HLC(first.wall, first.counter + n - 1, station)
        return first


class ChangeWriter:
    """Writes of one transaction by one station, each appended to the change log."""

    def __init__(
        self, session: Session, station_id: uuid.UUID, clock: _Clock, last_seq: int
    ) -> None:
        self.session = session
        self.station_id = station_id
        self._clock = clock
        self._seq = last_seq
        self._node = station_id.hex
        #: whether updates set their columns' field clocks (`store.field_clocks`)
        self.records_clocks = True

    # ORM objects ------------------------------------------------------------------------
    def add(self, obj: SQLModel) -> None:
        """Insert one ORM object (flushed now) and log all its columns."""
        self.add_all([obj])

    def add_all(self, objs: Sequence[SQLModel]) -> None:
        """Insert ORM objects in one flush; log each with all its columns."""
        if not objs:
            return
        self.session.add_all(objs)
        self.session.flush()
        self._log([(_table(o), _id(o), "insert", to_json(_row(o))) for o in objs])

    def update(self, obj: SQLModel, **values: Any) -> None:
        """Set `values` on a loaded ORM object, flush, and log those columns."""
        for name, value in values.items():
            setattr(obj, name, value)
        self.session.add(obj)
        self.session.flush()
        stamps = self._log([(_table(obj), _id(obj), "update", to_json(values))])
        self._clocks(_table(obj), [_id(obj)], [values], stamps)

    def delete(self, obj: SQLModel) -> None:
        """Delete an ORM object (flushed now) and log the deletion."""
        table, row_id = _table(obj), _id(obj)
        self.session.delete(obj)
        self.session.flush()
        self._log([(table, row_id, "delete", "{}")])

    def try_delete(self, obj: SQLModel) -> bool:
        """`delete`, unless rows still point at `obj` (a foreign key): then nothing is deleted
        or logged — the transaction goes on — and the answer is False."""
        seq = self._seq
        try:
            with self.session.begin_nested():
                self.delete(obj)
        except IntegrityError:
            self._seq = seq  # the log's numbers run on without a gap
            return False
        return True

    # Core rows --------------------------------------------------------------------------
    def insert_rows(self, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
        """INSERT Core rows (each with its `id`) as one executemany; log each row's values
        (`AS_STORED` above `LOG_VALUES_UP_TO` rows, as `bulk_insert` does)."""
        if not rows:
            return
        if len(rows) > LOG_VALUES_UP_TO:
            with self._logged_as_stored(table, [r["id"] for r in rows]):
                self.session.connection().execute(insert(table), list(rows))
            return
        self.session.connection().execute(insert(table), list(rows))
        self._log([(table.name, r["id"], "insert", to_json(r)) for r in rows])

    def update_rows(
        self,
        table: Table,
        ids: Sequence[uuid.UUID],
        rows: Sequence[Mapping[str, Any]],
        changed: Sequence[Mapping[str, Any]] | None = None,
    ) -> None:
        """UPDATE the rows with `ids` to `rows` (same keys in each) as one executemany.

        `changed`, one per row, is what the log records when the caller knows that fewer
        columns really changed than it sets (an import that rewrites a whole row); by default
        every column set.
        """
        if not rows:
            return
        _bulk_update(self.session.connection(), table, ids, rows)
        logged = rows if changed is None else changed
        entries = [(table.name, i, "update", to_json(c)) for i, c in zip(ids, logged, strict=True)]
        self._clocks(table.name, ids, logged, self._log(entries))

    def delete_rows(self, table: Table, ids: Sequence[uuid.UUID]) -> None:
        """DELETE the rows with `ids` and log each deletion."""
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            self.session.connection().execute(delete(table).where(table.c.id.in_(chunk)))
        self._log([(table.name, i, "delete", "{}") for i in ids])

    def bulk_insert(self, table: Table, columns: Columns) -> None:
        """`store.bulk.bulk_insert` (the caller keeps its index and cache helpers around it),
        logged with one executemany. Above `LOG_VALUES_UP_TO` rows each entry's `changes` is
        `AS_STORED`: cheap at 50,000 rows, yet complete, since the row holds the values."""
        conn = self.session.connection()
        ids = columns.get("id") or []
        if len(ids) > LOG_VALUES_UP_TO:
            with self._logged_as_stored(table, ids):
                _bulk_insert(conn, table, columns)
            return
        _bulk_insert(conn, table, columns)
        if not ids:
            return
        names = list(columns)
        rows = [dict(zip(names, r, strict=True)) for r in zip(*columns.values(), strict=True)]
        self._log([(table.name, r["id"], "insert", to_json(r)) for r in rows])

    # the log ----------------------------------------------------------------------------
    def _log(self, entries: Sequence[tuple[str, uuid.UUID, str, str]]) -> list[str]:
        """Append (table, row id, operation, changes) entries as one executemany; their times."""
        if not entries:
            return []
        tables, ids, ops, values = zip(*entries, strict=True)
        return self._append(tables, ids, ops, values)

    def _clocks(
        self,
        table: str,
        ids: Sequence[uuid.UUID],
        columns: Sequence[Mapping[str, Any]],
        stamps: Sequence[str],
    ) -> None:
        """The field clocks of this station's own updates (`records_clocks`; the merge's
        writer sets the received changes' clocks itself)."""
        if self.records_clocks:
            upsert_clocks(self.session.connection(), clock_rows(table, ids, columns, stamps))

    def _log_bulk(self, table: str, ids: Sequence[uuid.UUID], op: str, changes: str) -> None:
        n = len(ids)
        self._append([table] * n, ids, [op] * n, [changes] * n)

    def _append(
        self,
        tables: Sequence[str],
        ids: Sequence[uuid.UUID],
        ops: Sequence[str],
        values: Sequence[str],
    ) -> list[str]:
        n = len(ids)
        first = self._seq + 1
        self._seq += n
        stamps = self._clock.stamps(self._node, n)
        columns = {
            "table_name": tables,
            "row_id": ids,
            "station_id": [self.station_id] * n,
            "seq": list(range(first, first + n)),
            "hlc": stamps,
            "op": ops,
            "changes": values,
        }
        _bulk_insert(self.session.connection(), CHANGE_LOG, columns)
        return stamps

    @contextmanager
    def _logged_as_stored(self, table: Table, ids: Sequence[uuid.UUID]) -> Iterator[None]:
        """Log the rows the block inserts into `table` (`ids`, in order) as `AS_STORED`.

        On SQLite the entries are made by one INSERT … SELECT over the new rows (those past
        the highest rowid before the block: the write lock is ours): at 50,000 rows that is
        about a third of the time an executemany of the same entries takes. Elsewhere, one
        executemany.
        """
        conn = self.session.connection()
        if conn.dialect.name != "sqlite":
            yield
            self._log_bulk(table.name, ids, "insert", AS_STORED)
            return
        quote = conn.dialect.identifier_preparer.quote
        name = quote(table.name)
        before = conn.exec_driver_sql(f"SELECT max(rowid) FROM {name}").scalar()
        yield
        n, after = len(ids), int(before or 0)
        first_seq = self._seq + 1
        self._seq += n
        first = self._clock.reserve(self._node, n)
        log = quote(CHANGE_LOG.name)
        done = conn.exec_driver_sql(
            f"INSERT INTO {log} (table_name, row_id, station_id, seq, hlc, op, changes) "
            f"SELECT ?, id, ?, ? + rowid - ?, "
            f"printf('%0{WALL_DIGITS}x-%0{COUNTER_DIGITS}x-%s', ?, ? + rowid - ?, ?), "
            f"'insert', ? FROM {name} WHERE rowid > ? ORDER BY rowid",
            (
                table.name,
                _stored_id(conn.dialect)(self.station_id),
                first_seq,
                after + 1,
                first.wall,
                first.counter,
                after + 1,
                self._node,
                AS_STORED,
                after,
            ),
        )
        if done.rowcount != n:
            raise RuntimeError(f"change log: {done.rowcount} rows of {table.name} for {n}")


def changes(
    session: Session, station_id: uuid.UUID | None = None, *, clock: Callable[[], int] = wall_ms
) -> ChangeWriter:
    """The change writer of `session`'s current transaction, for `station_id` (by default this
    installation's own station). One per transaction and station, so sequences run on."""
    if station_id is None:
        station_id = _local_station_id(session)
    transaction = session.get_transaction()
    held = session.info.get(_KEY)
    if held is not None and held[0] is transaction:
        shared: _Clock = held[1]
        writers: dict[uuid.UUID, ChangeWriter] = held[2]
        writer = writers.get(station_id)
        if writer is None:
            last_seq, _top = _log_state(session, station_id)
            writer = writers[station_id] = ChangeWriter(session, station_id, shared, last_seq)
        return writer
    # the transaction's first change: its station's last sequence and the log's latest time
    # in one statement (a check-in's only extra read)
    last_seq, top = _log_state(session, station_id)
    shared = _Clock(top, clock)
    writer = ChangeWriter(session, station_id, shared, last_seq)
    session.info[_KEY] = (transaction, shared, {station_id: writer})
    return writer


def _log_state(session: Session, station_id: uuid.UUID) -> tuple[int, str | None]:
    """`station_id`'s last sequence in the log (0 for none) and the log's latest time.

    Read inside the write transaction, whose lock (BEGIN IMMEDIATE) keeps every other writer,
    in this process or another, out until the commit; so nothing is cached between
    transactions. A fixed driver statement (two index seeks): building and compiling the same
    query with SQLAlchemy took ten times as long as SQLite needs to answer it.
    """
    conn = session.connection()
    if conn.dialect.paramstyle != "qmark":
        top_hlc = select(func.max(CHANGE_LOG.c.hlc)).scalar_subquery()
        row = conn.execute(select(_last_seq(station_id).scalar_subquery(), top_hlc)).one()
    else:
        row = conn.exec_driver_sql(_LOG_STATE_SQL, (_stored_id(conn.dialect)(station_id),)).one()
    return int(row[0] or 0), row[1]


_LOG_STATE_SQL = (
    "SELECT (SELECT max(seq) FROM change_log WHERE station_id = ?), "
    "(SELECT max(hlc) FROM change_log)"
)


@functools.lru_cache(maxsize=8)
def _stored_id(dialect: Dialect) -> Callable[[uuid.UUID], Any]:
    """How `dialect` stores a UUID column's value (on SQLite: 32 hex digits)."""
    process = CHANGE_LOG.c.station_id.type.dialect_impl(dialect).bind_processor(dialect)
    return process if process is not None else (lambda value: value)


def _last_seq(station_id: uuid.UUID) -> Select[Any]:
    return select(func.max(CHANGE_LOG.c.seq)).where(CHANGE_LOG.c.station_id == station_id)


def _local_station_id(session: Session) -> uuid.UUID:
    stations: Table = Station.__table__  # type: ignore[attr-defined]
    found = session.execute(select(stations.c.id).where(stations.c.is_local)).scalar()
    if not isinstance(found, uuid.UUID):
        raise LookupError("no local station: pass the station that makes this change")
    return found


def _table(obj: SQLModel) -> str:
    return str(obj.__table__.name)  # type: ignore[attr-defined]


def _id(obj: SQLModel) -> uuid.UUID:
    row_id = getattr(obj, "id", None)
    if not isinstance(row_id, uuid.UUID):
        raise TypeError(f"{_table(obj)} row without a UUID id cannot be logged")
    return row_id


def _row(obj: SQLModel) -> dict[str, Any]:
    return {key: getattr(obj, key) for key in _column_keys(type(obj))}


@functools.lru_cache(maxsize=64)
def _column_keys(model: type[SQLModel]) -> tuple[str, ...]:
    return tuple(c.key for c in inspect(model).column_attrs)
