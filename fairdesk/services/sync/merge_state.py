"""What one merge transaction knows while it applies a bundle: the organiser's writer, the
aliases of folded rows, the field clocks, and the report it is writing."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, insert, select
from sqlmodel import Session

from fairdesk.core.hlc import HLC
from fairdesk.core.messages import Text, message
from fairdesk.store.field_clocks import CLOCKS, upsert_clocks
from fairdesk.store.models import MergeAlias, Station
from fairdesk.store.seam import ChangeWriter, changes

ALIASES: Table = MergeAlias.__table__  # type: ignore[attr-defined]
STATIONS: Table = Station.__table__  # type: ignore[attr-defined]
_CHUNK = 500


OVERWRITTEN = message(
    "merge.overwritten",
    "{table} {row}: {column} kept {kept!r} ({kept_by}), overwritten {lost!r} ({lost_by})",
    "{table} {row}：{column} 保留 {kept!r}（{kept_by}），覆盖了 {lost!r}（{lost_by}）",
)


def rival(one: str, other: str) -> bool:
    """Whether two clock times are of different stations (a station's own later change of its
    own value is no conflict)."""
    return bool(one) and one.rsplit("-", 1)[-1] != other.rsplit("-", 1)[-1]


EntryKey = tuple[uuid.UUID, int, str, uuid.UUID]


@dataclass(frozen=True)
class Entry:
    """One received change, decoded."""

    station_id: uuid.UUID
    seq: int
    hlc: str
    table: str
    row_id: uuid.UUID
    op: str
    changes: Mapping[str, Any] | None

    @property
    def key(self) -> EntryKey:
        """What tells one received change from every other (the ledger's unique key)."""
        return (self.station_id, self.seq, self.hlc, self.row_id)


def chunks(items: list[Any]) -> Iterable[list[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


@dataclass
class MergeState:
    session: Session
    aliases: dict[uuid.UUID, uuid.UUID]
    station_names: dict[str, str]  # HLC node (station id hex) → station name
    report: list[Text] = field(default_factory=list)
    conflicts: int = 0
    touched_attendees: set[uuid.UUID] = field(default_factory=set)
    touched_interviews: set[uuid.UUID] = field(default_factory=set)
    _clocks: dict[tuple[str, uuid.UUID, str], str] = field(default_factory=dict)
    _dirty: set[tuple[str, uuid.UUID, str]] = field(default_factory=set)
    _loaded: set[tuple[str, uuid.UUID]] = field(default_factory=set)
    _writer: ChangeWriter | None = None

    @classmethod
    def load(cls, session: Session) -> MergeState:
        conn = session.connection()
        aliases = {r.alias_id: r.target_id for r in conn.execute(select(ALIASES))}
        names = {r.id.hex: r.name for r in conn.execute(select(STATIONS.c.id, STATIONS.c.name))}
        return cls(session, aliases, names)

    @property
    def conn(self) -> Connection:
        return self.session.connection()

    @property
    def writer(self) -> ChangeWriter:
        """The organiser's own change writer: what the merge writes is its change."""
        if self._writer is None:
            self._writer = changes(self.session)
            self._writer.records_clocks = False  # the received changes' own clocks: flush_clocks
        return self._writer

    # folded rows ------------------------------------------------------------------------
    def resolve(self, row_id: uuid.UUID | None) -> uuid.UUID | None:
        while row_id is not None and row_id in self.aliases:
            row_id = self.aliases[row_id]
        return row_id

    def fold(self, table: str, alias_id: uuid.UUID, target_id: uuid.UUID) -> None:
        """From now on `alias_id` means `target_id` (and so does everything that meant it)."""
        for old, target in list(self.aliases.items()):
            if target == alias_id:
                self.aliases[old] = target_id
                self.conn.execute(
                    ALIASES.update().where(ALIASES.c.alias_id == old).values(target_id=target_id)
                )
        self.aliases[alias_id] = target_id
        self.conn.execute(
            insert(ALIASES).values(alias_id=alias_id, table_name=table, target_id=target_id)
        )

    # field clocks -----------------------------------------------------------------------
    def load_clocks(self, table: str, row_ids: list[uuid.UUID]) -> None:
        """Read the field clocks of the rows not read yet in this transaction."""
        wanted = [r for r in row_ids if (table, r) not in self._loaded]
        self._loaded.update((table, r) for r in wanted)
        for chunk in chunks(wanted):
            rows = self.conn.execute(
                select(CLOCKS).where(CLOCKS.c.table_name == table, CLOCKS.c.row_id.in_(chunk))
            )
            for r in rows:
                self._clocks.setdefault((table, r.row_id, r.column), r.hlc)

    def clock(self, table: str, row_id: uuid.UUID, column: str) -> str:
        return self._clocks.get((table, row_id, column), "")

    def set_clock(self, table: str, row_id: uuid.UUID, column: str, hlc: str) -> None:
        self._clocks[(table, row_id, column)] = hlc
        self._dirty.add((table, row_id, column))

    def flush_clocks(self) -> None:
        if not self._dirty:
            return
        keys = sorted(self._dirty, key=lambda k: (k[0], k[1].hex, k[2]))
        rows = [{"table_name": t, "row_id": r, "column": c, "hlc": self._clocks[(t, r, c)]}
                for t, r, c in keys]  # fmt: skip
        upsert_clocks(self.conn, rows)
        self._dirty.clear()

    # the report -------------------------------------------------------------------------
    def who(self, hlc: str) -> str:
        """The name of the station whose change carries `hlc`."""
        if not hlc:
            return "?"
        node = HLC.decode(hlc).station
        return self.station_names.get(node, node[:8])

    def who_made(self, row: Mapping[str, Any]) -> str:
        """The name of the station that created `row`."""
        station = row.get("station_id")
        return "?" if station is None else self.station_names.get(station.hex, station.hex[:8])

    def note(self, line: Text) -> None:
        self.report.append(line)

    def conflict(self, line: Text) -> None:
        self.conflicts += 1
        self.report.append(line)
