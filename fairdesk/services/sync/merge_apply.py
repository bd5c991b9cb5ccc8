"""Applying one bundle's new changes to the organiser's tables, by the merge rules.

Inserts go first, table by table in the order rows depend on each other, then updates and
deletes in clock order. A row that is already here is a duplicate; a change to a row that has not
arrived yet waits in the ledger until it does. Columns resolve by the latest change (hybrid
logical clock) — except a badge's reissue number (the highest) and revoked flag (once revoked,
revoked): revocations win — and the columns the merge derives (arrival kinds, visit counts).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlmodel import SQLModel

from fairdesk.core.messages import message
from fairdesk.services.sync.merge_arrivals import insert_checkins
from fairdesk.services.sync.merge_people import (
    insert_attendees,
    insert_badges,
    insert_interviews,
    insert_stations,
    settle,
)
from fairdesk.services.sync.merge_state import (
    OVERWRITTEN,
    Entry,
    EntryKey,
    MergeState,
    chunks,
    rival,
)
from fairdesk.services.sync.row_values import decode, table_of, unique_keys
from fairdesk.store.id_sets import existing_ids
from fairdesk.store.seam import LOCAL_TABLES

STILL_USED = message(
    "merge.delete_still_used",
    "{table} {row}: not deleted — records here still point at it",
    "{table} {row}：未删除——本机仍有记录指向它",
)

#: parents before children
TABLE_ORDER = (
    "station", "fair", "company", "position", "booth", "floor_item", "tag", "attendee", "badge",
    "badgeprint", "checkin", "company_arrival", "interview", "interviewnote", "interviewvisit",
)  # fmt: skip
ALIASED = ("attendee_id", "interview_id")
QUIET = frozenset({"updated_at", "created_at"})
DERIVED = frozenset({("interview", "visits"), ("checkin", "kind"), ("checkin", "arrival_id")})
HIGHEST = frozenset({("badge", "reissue")})
ANY_TRUE = frozenset({("badge", "revoked")})

Inserter = Callable[[MergeState, str, list[dict[str, Any]], list[Entry]], set[uuid.UUID]]


def apply_bundle(
    state: MergeState, entries: Sequence[Entry], waiting: Sequence[Entry]
) -> set[EntryKey]:
    """Apply `entries` (new to the ledger) and try again the `waiting` ones of earlier bundles;
    the keys (station, seq, hlc) of those that still wait: an insert whose parent row is not
    here, a change to a row that is not here."""
    pool = [*entries, *waiting]
    parked = _apply_inserts(state, [e for e in pool if e.op == "insert"])
    still = _apply_changes(state, sorted((e for e in pool if e.op != "insert"), key=_clock))
    settle(state)
    state.flush_clocks()
    return {e.key for e in [*parked, *still]}


def _clock(entry: Entry) -> str:
    return entry.hlc


def _resolved(state: MergeState, table: str, entry: Entry) -> dict[str, Any]:
    values = decode(table, entry.changes or {}, skip="id")
    values["id"] = entry.row_id
    for column in ALIASED:
        if values.get(column) is not None:
            values[column] = state.resolve(values[column])
    return values


def _existing(state: MergeState, table: str, ids: list[uuid.UUID]) -> set[uuid.UUID]:
    """Which of `ids` are rows of `table`."""
    return existing_ids(state.conn, table_of(table), ids)


def _plain(
    state: MergeState, table: str, rows: list[dict[str, Any]], _: list[Entry]
) -> set[uuid.UUID]:
    if table in ("interviewnote", "interviewvisit"):
        state.touched_interviews.update(r["interview_id"] for r in rows)
    keys = unique_keys(table_of(table))
    if keys:
        rows = _fold_repeats(state, table, rows, keys)
    by_keys: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_keys[tuple(sorted(row))].append(row)
    for names, group in by_keys.items():
        columns = {name: [row[name] for row in group] for name in names}
        state.writer.bulk_insert(table_of(table), columns)
    return {r["id"] for r in rows}


def _fold_repeats(
    state: MergeState, table: str, rows: list[dict[str, Any]], keys: list[tuple[str, ...]]
) -> list[dict[str, Any]]:
    """Rows that repeat a unique key a row here holds (two booth laptops of one company adding
    the same tag) become that row: folded, not inserted."""
    t = table_of(table)
    kept: list[dict[str, Any]] = []
    seen: dict[tuple[Any, ...], uuid.UUID] = {}
    for row in rows:
        target = None
        for key in keys:
            values = tuple(row.get(c) for c in key)
            if any(v is None for v in values):
                continue
            target = seen.get((key, values))
            if target is None:
                clause = [t.c[c] == v for c, v in zip(key, values, strict=True)]
                target = state.conn.execute(select(t.c.id).where(*clause)).scalar()
            if target is not None:
                break
        if target is None:
            for key in keys:
                seen[(key, tuple(row.get(c) for c in key))] = row["id"]
            kept.append(row)
        else:
            state.fold(table, row["id"], target)
    return kept


SPECIAL: dict[str, Inserter] = {
    "checkin": insert_checkins,
    "station": insert_stations,
    "attendee": insert_attendees,
    "badge": insert_badges,
    "interview": insert_interviews,
}


def _apply_inserts(state: MergeState, inserts: list[Entry]) -> list[Entry]:
    """Insert the rows not here yet, parents first; those whose parent row is missing are
    returned to wait for it."""
    by_table: dict[str, list[Entry]] = defaultdict(list)
    for entry in inserts:
        if entry.changes is not None and entry.table not in LOCAL_TABLES:
            by_table[entry.table].append(entry)
    order = [t for t in TABLE_ORDER if t in by_table] + sorted(set(by_table) - set(TABLE_ORDER))
    parked: list[Entry] = []
    for table in order:
        entries = by_table[table]
        there = _existing(state, table, [e.row_id for e in entries])
        fresh = [e for e in entries if e.row_id not in there]
        if not fresh:
            continue
        rows = [_resolved(state, table, e) for e in fresh]
        orphans = _orphans(state, table, rows)
        if orphans:
            parked.extend(e for e, r in zip(fresh, rows, strict=True) if r["id"] in orphans)
            kept = [(e, r) for e, r in zip(fresh, rows, strict=True) if r["id"] not in orphans]
            fresh, rows = [e for e, _ in kept], [r for _, r in kept]
        if rows:
            SPECIAL.get(table, _plain)(state, table, rows, fresh)
    return parked


def _orphans(state: MergeState, table: str, rows: list[dict[str, Any]]) -> set[uuid.UUID]:
    """Ids of `rows` that point at a parent row this database does not have (yet)."""
    missing: set[uuid.UUID] = set()
    for fk in table_of(table).foreign_keys:
        name, parent = fk.parent.name, fk.column.table.name
        wanted = sorted({r[name] for r in rows if r.get(name) is not None}, key=lambda u: u.int)
        if not wanted:
            continue
        found = _existing(state, parent, wanted)
        missing.update(r["id"] for r in rows if r.get(name) is not None and r[name] not in found)
    return missing


def _apply_changes(state: MergeState, entries: list[Entry]) -> list[Entry]:
    """Updates and deletes in clock order; those whose row is not here are returned."""
    by_row: dict[tuple[str, uuid.UUID], list[Entry]] = defaultdict(list)
    for entry in entries:
        row_id = state.resolve(entry.row_id) or entry.row_id
        by_row[(entry.table, row_id)].append(entry)
    waiting: list[Entry] = []
    by_table: dict[str, list[uuid.UUID]] = defaultdict(list)
    for table, row_id in by_row:
        by_table[table].append(row_id)
    for table, ids in by_table.items():
        t = table_of(table)
        current: dict[uuid.UUID, dict[str, Any]] = {}
        for chunk in chunks(ids):
            for row in state.conn.execute(select(t).where(t.c.id.in_(chunk))).mappings():
                current[row["id"]] = dict(row)
        state.load_clocks(table, list(current))
        updates: dict[tuple[str, ...], tuple[list[uuid.UUID], list[dict[str, Any]]]] = {}
        for row_id in ids:
            row_entries = by_row[(table, row_id)]
            if row_id not in current:
                waiting.extend(row_entries)
                continue
            changed = _change_row(state, table, row_id, current[row_id], row_entries)
            if changed:
                group = updates.setdefault(tuple(sorted(changed)), ([], []))
                group[0].append(row_id)
                group[1].append(changed)
        for row_ids, rows in updates.values():  # one executemany per set of columns
            state.writer.update_rows(t, row_ids, rows)
    return waiting


def _change_row(
    state: MergeState,
    table: str,
    row_id: uuid.UUID,
    row: Mapping[str, Any],
    entries: list[Entry],
) -> dict[str, Any] | None:
    """The columns of `row` its changes `entries` set, resolved by the rules (None: deleted)."""
    if any(e.op == "delete" for e in entries):
        _delete(state, table, row_id)
        return None
    values = dict(row)
    for entry in entries:
        for column, value in decode(table, entry.changes or {}).items():
            if column == "id" or (table, column) in DERIVED:
                continue
            if column in ALIASED and value is not None:
                value = state.resolve(value)
            values[column] = _resolve_column(state, table, row_id, column, values[column],
                                             value, entry)  # fmt: skip
    changed = {c: v for c, v in values.items() if row[c] != v}
    if changed and table == "checkin":
        state.touched_attendees.add(values["attendee_id"])
    if changed and table == "interview":
        state.touched_interviews.add(row_id)
    return changed


def _resolve_column(
    state: MergeState,
    table: str,
    row_id: uuid.UUID,
    column: str,
    current: Any,
    value: Any,
    entry: Entry,
) -> Any:
    if (table, column) in HIGHEST:
        return value if current is None or (value is not None and value > current) else current
    if (table, column) in ANY_TRUE:
        return bool(current) or bool(value)
    clock = state.clock(table, row_id, column)
    if entry.hlc > clock:
        state.set_clock(table, row_id, column, entry.hlc)
        if clock and current != value and column not in QUIET and rival(clock, entry.hlc):
            state.conflict(
                OVERWRITTEN(table=table, row=row_id.hex[:8], column=column, kept=value,
                            kept_by=state.who(entry.hlc), lost=current, lost_by=state.who(clock))
            )  # fmt: skip
        return value
    if value != current and column not in QUIET and rival(clock, entry.hlc):
        state.conflict(
            OVERWRITTEN(table=table, row=row_id.hex[:8], column=column, kept=current,
                        kept_by=state.who(clock), lost=value, lost_by=state.who(entry.hlc))
        )  # fmt: skip
    return current


def _delete(state: MergeState, table: str, row_id: uuid.UUID) -> None:
    obj = state.session.get(_model_of(table), row_id)
    if obj is not None and not state.writer.try_delete(obj):
        state.conflict(STILL_USED(table=table, row=row_id.hex[:8]))


@cache
def _model_of(table: str) -> type[SQLModel]:
    """The model class of a synced table (the seam deletes ORM objects)."""
    return next(
        m.class_ for m in SQLModel._sa_registry.mappers
        if getattr(m.class_, "__tablename__", None) == table
    )  # fmt: skip
