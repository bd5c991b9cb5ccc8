"""What a booth station's bundle may change at the organiser: its own company's interviews.

A booth laptop is in a recruiter's hands. The app never opens the organiser's tools there, but
the command line on its file could write anything, and the bundle is signed with the booth's own
key — so the organiser's merge takes from a booth only what a booth records: interviews of the
company the organiser packed it for (by the organiser's own record of the station, not the
bundle's word), their notes and visits, and that company's tags. Anything else is refused,
reported, and kept in the ledger as seen, so merging the bundle again changes nothing.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Sequence

from sqlalchemy import Connection, select

from fairdesk.core.messages import Text, message
from fairdesk.services.sync.merge_state import Entry
from fairdesk.services.sync.row_values import decode, table_of
from fairdesk.store.id_sets import existing_ids

OUT_OF_SCOPE = message(
    "merge.booth_out_of_scope",
    "{name}: {n} changes of booth station {station} refused ({tables}) — a booth records only "
    "its own company's interviews, notes, visits and tags",
    "{name}：展位工作站 {station} 的 {n} 条改动被拒绝（{tables}）——展位只能记录本单位的面试、"
    "备注、来访和标签",
)
_CHILDREN = ("interviewnote", "interviewvisit")


def booth_scope(
    conn: Connection,
    entries: Sequence[Entry],
    made: set[uuid.UUID],
    company_id: uuid.UUID | None,
) -> tuple[list[Entry], list[Entry]]:
    """(`entries` a booth of `company_id` may make, the others). `made`: the interviews of that
    company the whole bundle creates (it is cumulative: an interview's later changes come with
    it, even when the interview itself was merged before or waits for its student)."""
    ours = made | _own_interviews(conn, entries, made, company_id)
    tags = _own_rows(conn, "tag", [e.row_id for e in entries if e.table == "tag"], company_id)
    kept: list[Entry] = []
    refused: list[Entry] = []
    for e in entries:
        values = decode(e.table, e.changes or {})
        if e.table == "interview":
            fine = e.row_id in ours and values.get("company_id", company_id) == company_id
        elif e.table in _CHILDREN:
            fine = e.op == "insert" and values.get("interview_id") in ours
        elif e.table == "tag":
            own = values.get("company_id", company_id) == company_id
            fine = own and (e.op == "insert" or e.row_id in tags)
        else:
            fine = False
        (kept if fine and company_id is not None else refused).append(e)
    return kept, refused


def refusal(name: str, station: str, refused: Sequence[Entry]) -> Text:
    """The report's line for `refused` changes of one bundle."""
    counts = Counter(f"{e.table} {e.op}" for e in refused)
    tables = ", ".join(f"{what} ×{n}" for what, n in sorted(counts.items()))
    return OUT_OF_SCOPE(name=name, station=station, n=len(refused), tables=tables)


def interviews_made(raw_entries: Sequence[Sequence[object]], company_id: object) -> set[uuid.UUID]:
    """The interviews of `company_id` a bundle's entries ([seq, hlc, table, row, op, values])
    create."""
    found: set[uuid.UUID] = set()
    wanted = str(company_id)
    for _seq, _hlc, table, row_id, op, values in raw_entries:
        mine = isinstance(values, dict) and str(values.get("company_id")) == wanted
        if table == "interview" and op == "insert" and mine:
            found.add(uuid.UUID(str(row_id)))
    return found


def _own_interviews(
    conn: Connection, entries: Sequence[Entry], made: set[uuid.UUID], company_id: uuid.UUID | None
) -> set[uuid.UUID]:
    """Interviews of `company_id` these entries change that are already here."""
    asked = {e.row_id for e in entries if e.table == "interview" and e.op != "insert"}
    for e in entries:
        if e.table in _CHILDREN:
            parent = decode(e.table, e.changes or {}).get("interview_id")
            if isinstance(parent, uuid.UUID):
                asked.add(parent)
    return _own_rows(conn, "interview", sorted(asked - made), company_id)


def _own_rows(
    conn: Connection, table: str, ids: Sequence[uuid.UUID], company_id: uuid.UUID | None
) -> set[uuid.UUID]:
    """Those of `ids` that are rows of `table` here belonging to `company_id`."""
    if not ids or company_id is None:
        return set()
    here = existing_ids(conn, table_of(table), list(ids))
    if not here:
        return set()
    t = table_of(table)
    found: set[uuid.UUID] = set()
    wanted = sorted(here, key=lambda u: u.int)
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        rows = conn.execute(select(t.c.id, t.c.company_id).where(t.c.id.in_(chunk)))
        found.update(row_id for row_id, owner in rows if owner == company_id)
    return found
