"""One arrival per attendee: the earliest check-in not undone; every other is a re-entry of it.

New check-ins from a bundle go in already in that shape (one read of the attendees' check-ins so
far), so the common case — a student seen again at another desk — writes each row once; an
earlier check-in arriving late demotes the old arrival. Undos, which change the shape after the
fact, are settled by `recompute_arrivals` at the end of the bundle.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from itertools import groupby
from typing import Any

from sqlalchemy import String, func, or_, select, type_coerce

from fairdesk.services.sync.merge_state import Entry, MergeState, chunks
from fairdesk.services.sync.row_values import table_of
from fairdesk.store.id_sets import IN_STORED_IDS, stored_ids, uses_stored_ids

CHECKINS = table_of("checkin")
Shape = tuple[str, Any]  # (kind, arrival id)


def canonical(rows: Sequence[Any]) -> list[Shape]:
    """The shape of each of one attendee's check-ins (`id`, `undone_at`), sorted by time and id:
    the first not undone is the arrival, the others re-entries of it; an undone one points at
    nothing (the first of all counts as an arrival, undone)."""
    arrival = next((r.id for r in rows if r.undone_at is None), None)
    shapes: list[Shape] = []
    for index, r in enumerate(rows):
        if r.id == arrival:
            shapes.append(("arrival", None))
        elif r.undone_at is not None:
            shapes.append(("arrival" if index == 0 else "reentry", None))
        else:
            shapes.append(("reentry", arrival))
    return shapes


class _Row:
    """One check-in of a student, by keys that compare as the database orders them: on SQLite
    the stored text (a time's text sorts as the time; an id's hex as its number), so the rows
    already there are never parsed back into UUIDs and times."""

    __slots__ = ("arrival_id", "at", "id", "kind", "new", "undone_at")

    def __init__(
        self, id_: Any, at: Any, undone_at: Any, kind: str, arrival_id: Any, *, new: bool
    ) -> None:
        self.id, self.at, self.undone_at = id_, at, undone_at
        self.kind, self.arrival_id, self.new = kind, arrival_id, new


class _Keys:
    """How ids and times become comparable keys: stored text on SQLite, values elsewhere."""

    def __init__(self, state: MergeState) -> None:
        dialect = state.conn.dialect
        self.stored = uses_stored_ids(state.conn)
        at_type = CHECKINS.c.at.type
        self._time = at_type.dialect_impl(dialect).bind_processor(dialect) if self.stored else None
        self._ids: dict[Any, uuid.UUID] = {}

    def of_id(self, value: uuid.UUID | None) -> Any:
        if value is None or not self.stored:
            return value
        key = value.hex
        self._ids[key] = value
        return key

    def of_time(self, value: Any) -> Any:
        return value if value is None or self._time is None else self._time(value)

    def id_of(self, key: Any) -> uuid.UUID | None:
        """The UUID of a key (parsed only for the few old rows that change)."""
        if key is None or isinstance(key, uuid.UUID):
            return key
        found = self._ids.get(key)
        return found if found is not None else uuid.UUID(key)

    def row_id(self, key: Any) -> uuid.UUID:
        found = self.id_of(key)
        assert found is not None  # a row's own id
        return found

    def old_rows(self, state: MergeState, people: list[uuid.UUID]) -> Any:
        if self.stored:  # one statement, every value as stored
            yield from state.conn.exec_driver_sql(
                "SELECT attendee_id, id, at, undone_at, kind, arrival_id FROM checkin "
                f"WHERE attendee_id {IN_STORED_IDS}",
                (stored_ids(people),),
            ).all()
            return
        c = CHECKINS.c
        picked = [c.attendee_id, c.id, c.at, c.undone_at, c.kind, c.arrival_id]
        for chunk in chunks(people):
            yield from state.conn.execute(select(*picked).where(c.attendee_id.in_(chunk)))


def insert_checkins(
    state: MergeState, _: str, rows: list[dict[str, Any]], __: list[Entry]
) -> set[uuid.UUID]:
    """Insert new check-ins in their final shape; demote or re-point the old ones that change."""
    keys = _Keys(state)
    people = sorted({r["attendee_id"] for r in rows}, key=lambda u: u.int)
    by_person: dict[Any, list[_Row]] = defaultdict(list)
    for person, id_, at, undone, kind, arrival in keys.old_rows(state, people):
        by_person[_plain_key(person)].append(
            _Row(_plain_key(id_), at, undone, kind, _plain_key(arrival), new=False)
        )
    for row in rows:
        by_person[keys.of_id(row["attendee_id"])].append(
            _Row(keys.of_id(row["id"]), keys.of_time(row["at"]), row["undone_at"], row["kind"],
                 keys.of_id(row["arrival_id"]), new=True)
        )  # fmt: skip
    shape: dict[Any, Shape] = {}
    old_ids: list[uuid.UUID] = []
    old_values: list[dict[str, Any]] = []
    for mine in by_person.values():
        mine.sort(key=_order)
        for r, want in zip(mine, canonical(mine), strict=True):
            if r.new:
                shape[r.id] = want
            elif (r.kind, r.arrival_id) != want:
                old_ids.append(keys.row_id(r.id))
                old_values.append({"kind": want[0], "arrival_id": keys.id_of(want[1])})
    for row in rows:
        kind, arrival = shape[keys.of_id(row["id"])]
        row["kind"], row["arrival_id"] = kind, keys.id_of(arrival)
    names = list(rows[0])
    state.writer.bulk_insert(CHECKINS, {n: [r[n] for r in rows] for n in names})
    if old_ids:
        state.writer.update_rows(CHECKINS, old_ids, old_values)
    return {r["id"] for r in rows}


def _order(row: _Row) -> tuple[Any, Any]:
    return row.at, row.id


def _plain_key(value: Any) -> Any:
    """A stored id as the key `_Keys.of_id` makes (hex without dashes)."""
    return value.replace("-", "") if isinstance(value, str) else value


def recompute_arrivals(state: MergeState, attendee_ids: list[uuid.UUID]) -> None:
    """Settle the shape of every check-in of `attendee_ids` (after undos)."""
    c = CHECKINS.c
    ids: list[uuid.UUID] = []
    values: list[dict[str, Any]] = []
    raw = [type_coerce(column, String) for column in (c.attendee_id, c.id, c.arrival_id)]
    for chunk in chunks(_needing_recompute(state, attendee_ids)):
        rows = state.conn.execute(  # ids as stored: thousands of rows, a few to change
            select(raw[0].label("attendee_id"), raw[1].label("id"), c.kind,
                   raw[2].label("arrival_id"), c.undone_at)
            .where(c.attendee_id.in_(chunk)).order_by(c.attendee_id, c.at, c.id)
        ).all()  # fmt: skip
        for _, group in groupby(rows, key=lambda r: r.attendee_id):
            mine = list(group)
            for r, want in zip(mine, canonical(mine), strict=True):
                if (r.kind, r.arrival_id) != want:
                    ids.append(_uuid(r.id))
                    values.append({"kind": want[0], "arrival_id": _uuid(want[1])})
    if ids:
        state.writer.update_rows(CHECKINS, ids, values)


def _uuid(value: Any) -> Any:
    return None if value is None else value if isinstance(value, uuid.UUID) else uuid.UUID(value)


def _needing_recompute(state: MergeState, attendee_ids: list[uuid.UUID]) -> list[uuid.UUID]:
    """Those of `attendee_ids` with more than one check-in or one not as a lone arrival is."""
    c = CHECKINS.c
    found: list[uuid.UUID] = []
    for chunk in chunks(attendee_ids):
        found.extend(
            state.conn.execute(
                select(c.attendee_id).where(c.attendee_id.in_(chunk)).group_by(c.attendee_id)
                .having(or_(func.count() > 1, func.min(c.kind) != "arrival",
                            func.count(c.arrival_id) > 0))
            ).scalars()
        )  # fmt: skip
    return sorted(found, key=lambda u: u.int)
