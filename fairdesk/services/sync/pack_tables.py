"""What a station pack carries of each table, and how its rows travel.

Rows go column by column (one JSON list per column), as `store.bulk` and the seam's
`bulk_insert` take them: 50,000 students pack and unpack without one ORM object per row. UUIDs
and times travel as text, everything else as JSON holds it.

A desk gets the whole roster and the fair's secret (it mints walk-in badges) but no booth PIN;
a booth gets its own company only, its PIN hash, and a roster of display fields. A column a
station must not hold is never selected: it is carried as a blank (`Part.blank`), so it never
leaves the organiser's file.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Connection,
    String,
    Table,
    select,
    type_coerce,
)

from fairdesk.services.sync.row_values import column_decoder
from fairdesk.store.models import (
    Attendee,
    Badge,
    Booth,
    CheckIn,
    Company,
    CompanyArrival,
    Fair,
    FloorItem,
    Interview,
    InterviewNote,
    InterviewVisit,
    Position,
    Station,
    Tag,
)

#: a table's rows, column by column
Columns = dict[str, list[Any]]


def _table(model: type[Any]) -> Table:
    table: Table = model.__table__
    return table


STATION, FAIR, COMPANY, POSITION, BOOTH, TAG = (
    _table(m) for m in (Station, Fair, Company, Position, Booth, Tag)
)
ATTENDEE, BADGE, CHECKIN = (_table(m) for m in (Attendee, Badge, CheckIn))
FLOOR, ARRIVAL = _table(FloorItem), _table(CompanyArrival)
INTERVIEW, NOTE, VISIT = (_table(m) for m in (Interview, InterviewNote, InterviewVisit))

#: the tables a pack may carry, in the order their foreign keys allow them to be inserted
PACKED: tuple[Table, ...] = (
    STATION, FAIR, COMPANY, POSITION, BOOTH, FLOOR, TAG, ATTENDEE, BADGE, CHECKIN, ARRIVAL,
    INTERVIEW, NOTE, VISIT,
)  # fmt: skip
BY_NAME = {t.name: t for t in PACKED}

#: what a booth's roster keeps of a student: DESIGN.md's display fields and the row's bookkeeping
BOOTH_ROSTER = frozenset(
    {
        "id", "station_id", "fair_id", "name", "name_pinyin", "name_initials", "university",
        "school", "major", "degree", "grad_year", "source", "created_at", "updated_at",
    }
)  # fmt: skip
#: `is_local` describes the installation a row is stored in, never the fair: packed as False
NOT_LOCAL = {"is_local": False}


@dataclass(frozen=True)
class Part:
    """One table of a pack: the rows `where` selects, `blank` columns carried as constants."""

    table: Table
    where: ColumnElement[bool] | None = None
    blank: Mapping[str, Any] = field(default_factory=dict)


def desk_parts() -> list[Part]:
    """Everything a registration desk works from (no booth PIN: a desk opens no booth)."""
    parts = {
        t.name: Part(t)
        for t in (FAIR, POSITION, BOOTH, FLOOR, TAG, ATTENDEE, BADGE, CHECKIN, ARRIVAL)
    }
    parts["station"] = Part(STATION, blank=NOT_LOCAL)
    parts["company"] = Part(COMPANY, blank={"pin_hash": None})
    return [parts[t.name] for t in PACKED if t.name in parts]


def booth_parts(company_id: uuid.UUID, station_id: uuid.UUID) -> list[Part]:
    """One company's booth: its own rows, a display-field roster, every badge (the revocation
    list), no fair secret, nothing of another company."""
    own_interviews = select(INTERVIEW.c.id).where(INTERVIEW.c.company_id == company_id)
    roster_blank = {c.name: (False if c.name == "consent" else None)
                    for c in ATTENDEE.c if c.name not in BOOTH_ROSTER}  # fmt: skip
    return [
        Part(STATION, STATION.c.id == station_id, NOT_LOCAL),
        Part(FAIR, blank={"secret": "", "organiser_pin_hash": None}),
        Part(COMPANY, COMPANY.c.id == company_id),
        Part(POSITION, POSITION.c.company_id == company_id),
        Part(BOOTH, BOOTH.c.company_id == company_id),
        Part(FLOOR),
        Part(ARRIVAL, ARRIVAL.c.company_id == company_id),
        Part(TAG, TAG.c.company_id.is_(None) | (TAG.c.company_id == company_id)),
        Part(ATTENDEE, blank=roster_blank),
        Part(BADGE),
        Part(INTERVIEW, INTERVIEW.c.company_id == company_id),
        Part(NOTE, NOTE.c.interview_id.in_(own_interviews)),
        Part(VISIT, VISIT.c.interview_id.in_(own_interviews)),
    ]


# -- the codec ---------------------------------------------------------------------------------
# Packing reads UUIDs and times as the database holds them (text on SQLite: no parsing of
# 300,000 UUIDs only to print them again); `decode` reads either that text or ISO text back.


def _as_stored(column: Column[Any]) -> ColumnElement[Any]:
    return (
        column if column_decoder(column) is None else type_coerce(column, String).label(column.name)
    )


def read_part(conn: Connection, part: Part) -> Columns:
    """The rows of `part` as the pack carries them (one Core select, then column lists).

    Values JSON cannot hold as they are (a UUID or time from a server database) are written
    as their text by `as_json`."""
    names = [c.name for c in part.table.c if c.name not in part.blank]
    stmt = select(*(_as_stored(part.table.c[n]) for n in names)).order_by(part.table.c.id)
    if part.where is not None:
        stmt = stmt.where(part.where)
    rows = conn.execute(stmt).all()
    values = zip(*rows, strict=True) if rows else [()] * len(names)
    out: Columns = {name: list(column) for name, column in zip(names, values, strict=True)}
    for name, value in part.blank.items():
        out[name] = [value] * len(rows)
    return {c.name: out[c.name] for c in part.table.c}


def as_json(value: Any) -> str:
    """`json.dumps`'s fallback: a UUID, date or time as text `decode` reads back."""
    if isinstance(value, uuid.UUID | date | datetime):
        return str(value)
    raise TypeError(f"cannot pack a {type(value).__name__}")


#: decoded values by decoder and text, shared by the tables of one pack (a student's id is
#: in the roster, their badge and their check-ins) and by the station's own rows it meets
Memo = dict[Callable[[Any], Any], dict[Any, Any]]


def decode(table: Table, columns: Mapping[str, Sequence[Any]], memo: Memo | None = None) -> Columns:
    """A packed table's columns with their values typed again for the database.

    Each distinct value is decoded once (`memo`): one object repeated also lets `store.bulk`
    convert it once for the database."""
    memo = {} if memo is None else memo
    out: Columns = {}
    for name, values in columns.items():
        decoder = column_decoder(table.c[name])
        if decoder is None:
            out[name] = list(values)
            continue
        seen = memo.setdefault(decoder, {})
        out[name] = [
            None if v is None else seen[v] if v in seen else seen.setdefault(v, decoder(v))
            for v in values
        ]
    return out


def row_count(columns: Mapping[str, Sequence[Any]]) -> int:
    return len(columns.get("id", ()))
