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

import json
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.inspection import inspect
from sqlmodel import Session, SQLModel

from fairdesk.core.hlc import HLC
from fairdesk.store.bulk import Columns
from fairdesk.store.bulk import bulk_insert as _bulk_insert
from fairdesk.store.models import ChangeLog, Station

CHANGE_LOG: Table = ChangeLog.__table__  # type: ignore[attr-defined]
#: `changes` of a bulk-inserted row: every column, values as stored in the row itself.
AS_STORED = '"*"'
#: A bulk insert of at most this many rows logs each row's values (a walk-in's one badge).
LOG_VALUES_UP_TO = 100
_KEY = "fairdesk.seam"


def synced_tables() -> frozenset[str]:
    """Every table whose writes are logged (all of the data model but the log itself)."""
    return frozenset(t for t in SQLModel.metadata.tables if t != CHANGE_LOG.name)


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

    def __init__(self, session: Session, now: Callable[[], int]) -> None:
        top = session.connection().execute(select(func.max(CHANGE_LOG.c.hlc))).scalar()
        self._last = HLC.decode(top) if top else None
        self._now = now

    def stamps(self, station: str, n: int) -> list[str]:
        last = self._last
        start = HLC.zero(station) if last is None else HLC(last.wall, last.counter, station)
        self._last, stamps = start.ticks(self._now(), n)
        return stamps


class ChangeWriter:
    """Writes of one transaction by one station, each appended to the change log."""

    def __init__(self, session: Session, station_id: uuid.UUID, clock: _Clock) -> None:
        self.session = session
        self.station_id = station_id
        self._clock = clock
        last_seq = (
            session.connection()
            .execute(
                select(func.max(CHANGE_LOG.c.seq)).where(CHANGE_LOG.c.station_id == station_id)
            )
            .scalar()
        )
        self._seq = int(last_seq or 0)
        self._node = station_id.hex

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
        self._log([(_table(obj), _id(obj), "update", to_json(values))])

    def delete(self, obj: SQLModel) -> None:
        """Delete an ORM object (flushed now) and log the deletion."""
        table, row_id = _table(obj), _id(obj)
        self.session.delete(obj)
        self.session.flush()
        self._log([(table, row_id, "delete", "{}")])

    # Core rows --------------------------------------------------------------------------
    def insert_rows(self, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
        """INSERT Core rows (each with its `id`) as one executemany; log each row's values
        (`AS_STORED` above `LOG_VALUES_UP_TO` rows, as `bulk_insert` does)."""
        if not rows:
            return
        self.session.connection().execute(insert(table), list(rows))
        if len(rows) > LOG_VALUES_UP_TO:
            self._log_bulk(table.name, [r["id"] for r in rows], "insert", AS_STORED)
            return
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
        names = list(rows[0])
        stmt = (
            update(table)
            .where(table.c.id == bindparam("_seam_id"))
            .values({n: bindparam(n) for n in names})
        )
        params = [{**r, "_seam_id": i} for r, i in zip(rows, ids, strict=True)]
        self.session.connection().execute(stmt, params)
        logged = rows if changed is None else changed
        self._log([(table.name, i, "update", to_json(c)) for i, c in zip(ids, logged, strict=True)])

    def bulk_insert(self, table: Table, columns: Columns) -> None:
        """`store.bulk.bulk_insert` (the caller keeps its index and cache helpers around it),
        logged with one executemany. Above `LOG_VALUES_UP_TO` rows each entry's `changes` is
        `AS_STORED`: cheap at 50,000 rows, yet complete, since the row holds the values."""
        conn = self.session.connection()
        _bulk_insert(conn, table, columns)
        ids = columns.get("id") or []
        if not ids:
            return
        if len(ids) > LOG_VALUES_UP_TO:
            self._log_bulk(table.name, ids, "insert", AS_STORED)
            return
        names = list(columns)
        rows = [dict(zip(names, r, strict=True)) for r in zip(*columns.values(), strict=True)]
        self._log([(table.name, r["id"], "insert", to_json(r)) for r in rows])

    # the log ----------------------------------------------------------------------------
    def _log(self, entries: Sequence[tuple[str, uuid.UUID, str, str]]) -> None:
        if not entries:
            return
        n = len(entries)
        seqs, stamps = self._next(n)
        _bulk_insert(
            self.session.connection(),
            CHANGE_LOG,
            {
                "table_name": [e[0] for e in entries],
                "row_id": [e[1] for e in entries],
                "station_id": [self.station_id] * n,
                "seq": seqs,
                "hlc": stamps,
                "op": [e[2] for e in entries],
                "changes": [e[3] for e in entries],
            },
        )

    def _log_bulk(self, table: str, ids: Sequence[uuid.UUID], op: str, changes: str) -> None:
        n = len(ids)
        seqs, stamps = self._next(n)
        _bulk_insert(
            self.session.connection(),
            CHANGE_LOG,
            {
                "table_name": [table] * n,
                "row_id": ids,
                "station_id": [self.station_id] * n,
                "seq": seqs,
                "hlc": stamps,
                "op": [op] * n,
                "changes": [changes] * n,
            },
        )

    def _next(self, n: int) -> tuple[list[int], list[str]]:
        first = self._seq + 1
        self._seq += n
        return list(range(first, first + n)), self._clock.stamps(self._node, n)


def changes(
    session: Session, station_id: uuid.UUID | None = None, *, clock: Callable[[], int] = wall_ms
) -> ChangeWriter:
    """The change writer of `session`'s current transaction, for `station_id` (by default this
    installation's own station). One per transaction and station, so sequences run on."""
    if station_id is None:
        station_id = _local_station_id(session)
    transaction = session.get_transaction()
    held = session.info.get(_KEY)
    if held is None or held[0] is not transaction:
        writers: dict[uuid.UUID, ChangeWriter] = {}
        held = session.info[_KEY] = (transaction, _Clock(session, clock), writers)
    shared: _Clock = held[1]
    writers = held[2]
    writer = writers.get(station_id)
    if writer is None:
        writer = writers[station_id] = ChangeWriter(session, station_id, shared)
    return writer


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
    mapper = inspect(type(obj))
    return {c.key: getattr(obj, c.key) for c in mapper.column_attrs}
