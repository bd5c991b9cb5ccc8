"""`unpack --update`: a station refreshed from a newer pack of itself without losing its work.

Rows the station lacks are added and rows that differ are updated, both through the seam under
the organiser's station id, except rows this station created or changed itself (their ids are
in its change log under its own station id): what the station recorded always stays as it is
here, and reaches the organiser in its bundle. Rows the organiser's pack no longer holds (a
student or company it deleted, a booth its company moved from, a walk-in it folded into
another) are deleted here too — never a row of this station's own, nor one a row that stays
here still points at (a check-in made here keeps its student).

A row that cannot be taken as it is gives way rather than failing the refresh: one that would
repeat a unique key a row here already holds (the organiser folded this desk's walk-in into the
same student registered at another desk) is skipped — a student's other references are pointed
at the row here — and one whose parent row is not here is skipped with it.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import ForeignKey, Table, select
from sqlmodel import Session

from fairdesk.services.sync.pack_tables import PACKED, Columns, Memo, Part, decode, read_part
from fairdesk.services.sync.row_values import unique_keys
from fairdesk.store.seam import CHANGE_LOG, ChangeWriter, changes

#: columns a refresh never compares or writes (they describe this installation)
KEPT_HERE = frozenset({"id", "is_local"})
#: tables a refresh never deletes from (the stations heard of, the fair itself)
NEVER_REMOVED = frozenset({"station", "fair"})
_PACKED_NAMES = frozenset(t.name for t in PACKED)


def refresh(
    session: Session,
    tables: Mapping[str, Columns],
    *,
    local_id: uuid.UUID,
    organiser_id: uuid.UUID,
    memo: Memo | None = None,
) -> tuple[int, int, int]:
    """Apply a newer pack's `tables` to this station; returns rows (added, changed, removed)."""
    own = set(
        session.execute(
            select(CHANGE_LOG.c.row_id).where(CHANGE_LOG.c.station_id == local_id).distinct()
        ).scalars()
    )
    log = changes(session, organiser_id)
    known: dict[str, set[uuid.UUID]] = {}
    moved: dict[str, dict[uuid.UUID, uuid.UUID]] = {}  # table -> pack id -> the row here
    gone: dict[str, set[uuid.UUID]] = {}
    added = changed = 0
    for table in PACKED:
        columns = tables.get(table.name)
        here = decode(table, read_part(session.connection(), Part(table)), memo)
        stored = {r[0]: r for r in zip(*here.values(), strict=True)}
        known[table.name] = set(stored)
        if columns is None:
            continue  # a pack that does not speak of this table: nothing added or removed
        plan = _Plan(table, stored, own, known, moved)
        for row in zip(*columns.values(), strict=True):
            plan.take(dict(zip(columns, row, strict=True)))
        if table.name not in NEVER_REMOVED:
            kept = set(columns.get("id", ())) | set(moved.get(table.name, {}).values())
            gone[table.name] = set(stored) - kept - own
        if plan.inserts:
            names = list(columns)
            log.bulk_insert(table, {n: [r[n] for r in plan.inserts] for n in names})
        if plan.updates:
            ids = [i for i, _, _ in plan.updates]
            log.update_rows(table, ids, [r for _, r, _ in plan.updates],
                            [c for _, _, c in plan.updates])  # fmt: skip
        added += len(plan.inserts)
        changed += len(plan.updates)
    removed = _remove(session, gone, log)
    return added, changed, removed


def _remove(session: Session, gone: Mapping[str, set[uuid.UUID]], log: ChangeWriter) -> int:
    """Delete the `gone` rows, children first, but none that a row staying here points at."""
    conn = session.connection()
    removed = 0
    for table in reversed(PACKED):
        ids = set(gone.get(table.name, ()))
        for fk in _references_to(table) if ids else ():
            wanted = sorted(ids, key=lambda u: u.int)
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                ids -= set(conn.execute(
                    select(fk.parent).where(fk.parent.in_(chunk)).distinct()
                ).scalars())  # fmt: skip
        if ids:
            log.delete_rows(table, sorted(ids, key=lambda u: u.int))
            removed += len(ids)
    return removed


def _references_to(table: Table) -> list[ForeignKey]:
    """The foreign keys of every table (synced or not) that point at `table`."""
    return [fk for t in table.metadata.tables.values() for fk in t.foreign_keys
            if fk.column.table is table]  # fmt: skip


class _Plan:
    """What one table of the pack adds and changes here."""

    def __init__(
        self,
        table: Table,
        stored: Mapping[uuid.UUID, Sequence[Any]],
        own: set[uuid.UUID],
        known: dict[str, set[uuid.UUID]],
        moved: dict[str, dict[uuid.UUID, uuid.UUID]],
    ) -> None:
        self.table = table
        self.names = [c.name for c in table.c]
        self.stored = stored
        self.own = own
        self.known = known
        self.moved = moved
        self.parents = {
            fk.parent.name: fk.column.table.name
            for fk in table.foreign_keys
            if fk.column.table.name in _PACKED_NAMES
        }
        self.keys = unique_keys(table)
        self.taken: dict[tuple[str, ...], dict[tuple[Any, ...], uuid.UUID]] = {
            key: {} for key in self.keys
        }
        for row in stored.values():
            values = dict(zip(self.names, row, strict=True))
            for key in self.keys:
                value = tuple(values[n] for n in key)
                if None not in value:
                    self.taken[key][value] = values["id"]
        self.inserts: list[dict[str, Any]] = []
        self.updates: list[tuple[uuid.UUID, dict[str, Any], dict[str, Any]]] = []

    def take(self, row: dict[str, Any]) -> None:
        row_id = row["id"]
        if row_id in self.own:
            return
        for column, parent in self.parents.items():
            value = row[column]
            if value is None:
                continue
            value = row[column] = self.moved.get(parent, {}).get(value, value)
            if value not in self.known[parent]:
                return  # its parent is not here
        clash = self._clash(row)
        if row_id not in self.stored:
            if clash is not None:
                self.moved.setdefault(self.table.name, {})[row_id] = clash
                return
            self._hold(row)
            self.known[self.table.name].add(row_id)
            self.inserts.append(row)
            return
        before = dict(zip(self.names, self.stored[row_id], strict=True))
        diff = {n: row[n] for n in self.names if n not in KEPT_HERE and row[n] != before[n]}
        if diff and clash is None:
            for key in self.keys:  # its old keys are free now
                if self.taken[key].get(tuple(before[n] for n in key)) == row_id:
                    del self.taken[key][tuple(before[n] for n in key)]
            self._hold(row)
            self.updates.append((row_id, {n: row[n] for n in self.names
                                          if n not in KEPT_HERE}, diff))  # fmt: skip

    def _clash(self, row: Mapping[str, Any]) -> uuid.UUID | None:
        """Another row here with one of `row`'s unique keys."""
        for key in self.keys:
            value = tuple(row[n] for n in key)
            other = self.taken[key].get(value) if None not in value else None
            if other is not None and other != row["id"]:
                return other
        return None

    def _hold(self, row: Mapping[str, Any]) -> None:
        for key in self.keys:
            value = tuple(row[n] for n in key)
            if None not in value:
                self.taken[key][value] = row["id"]
