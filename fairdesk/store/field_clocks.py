"""Field clocks: the time (HLC) of the change that set each column of a row.

The merge resolves a column by them — a received change older than the column's clock loses
and is reported. They are written in two places: the seam, for this installation's own updates
(an organiser's correction of a phone number is then newer than a desk's older edit merged
after it), and the merge, for the received change it kept (its own time, not the merge's).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from fairdesk.store.models import FieldClock

CLOCKS: Table = FieldClock.__table__  # type: ignore[attr-defined]
#: columns no change is resolved by (the row's own id, its last-touched stamp)
UNCLOCKED = frozenset({"id", "updated_at"})


def clock_rows(
    table: str,
    ids: Sequence[uuid.UUID],
    columns: Sequence[Iterable[str]],
    stamps: Sequence[str],
) -> list[dict[str, Any]]:
    """One clock per (row, column) set by the changes of `ids` at `stamps`."""
    return [
        {"table_name": table, "row_id": row_id, "column": column, "hlc": hlc}
        for row_id, names, hlc in zip(ids, columns, stamps, strict=True)
        for column in names
        if column not in UNCLOCKED
    ]


def upsert_clocks(conn: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
    """Set these clocks (table, row, column → hlc), replacing any there."""
    if not rows:
        return
    upsert = (postgresql_insert if conn.dialect.name == "postgresql" else sqlite_insert)(CLOCKS)
    conn.execute(
        upsert.on_conflict_do_update(
            index_elements=["table_name", "row_id", "column"], set_={"hlc": upsert.excluded.hlc}
        ),
        list(rows),
    )
