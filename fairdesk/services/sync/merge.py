"""`merge_bundles`: the organiser takes in station bundles, one transaction per bundle.

Idempotent and order-free: every received change is kept in a ledger (`MergedEntry`) under its
station, sequence number and clock time, so a change seen before is a duplicate, and the rules
of `merge_apply` and `merge_people` give the same tables whatever order bundles come in. A file
merged before, byte for byte, is recognised by its digest and costs nothing. Two bundles of one
station whose changes differ at the same sequence number come from a station file copied to two
laptops: reported, and both kept.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from fairdesk.core.ids import uuid7
from fairdesk.core.messages import Text, message
from fairdesk.core.roles import Role
from fairdesk.errors import UserError
from fairdesk.services.fairs import current_fair
from fairdesk.services.sync.bundle_file import KeyCache, open_bundle, read_bundle_bytes
from fairdesk.services.sync.bundles import SUFFIX
from fairdesk.services.sync.merge_apply import apply_bundle
from fairdesk.services.sync.merge_scope import booth_scope, interviews_made, refusal
from fairdesk.services.sync.merge_state import Entry, EntryKey, MergeState
from fairdesk.services.sync.results import MergeSummary
from fairdesk.store.bulk import bulk_insert
from fairdesk.store.engine import write_session
from fairdesk.store.models import MergedBundle, MergedEntry, Station, utcnow

LEDGER = MergedEntry.__table__  # type: ignore[attr-defined]
BUNDLES = MergedBundle.__table__  # type: ignore[attr-defined]
STATIONS = Station.__table__  # type: ignore[attr-defined]

REFUSED = message("merge.refused", "{name} refused: {why}", "{name} 被拒绝：{why}")
COPIED = message(
    "merge.copied_station",
    "{name}: the station file of {station} was used on two laptops (their records differ from "
    "number {seq} on); the records of both are kept — give one of them a new pack",
    "{name}：工作站 {station} 的数据文件在两台电脑上使用过（从第 {seq} 条起记录不同）；"
    "两边的记录都已保留——请给其中一台重新打包",
)
CONTRADICTS = message(
    "merge.contradicts",
    "its changes contradict the records here ({detail}); nothing of it was merged",
    "其中的改动与本机记录相矛盾（{detail}）；其内容均未合并",
)
NO_BUNDLES = message(
    "merge.no_bundles",
    "no station bundles (*{suffix}) in {path}",
    "{path} 中没有工作站回传包（*{suffix}）",
)
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BundleCounts:
    new: int
    duplicate: int
    conflicts: int


def bundle_files(paths: Sequence[Path]) -> list[Path]:
    """The files to merge: each file given, and every bundle in each folder given (by name)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            inside = sorted(p for p in path.iterdir() if p.suffix == SUFFIX and p.is_file())
            if not inside:
                raise UserError(NO_BUNDLES(path=path, suffix=SUFFIX))
            found.extend(inside)
        else:
            found.append(path)
    return found


def merge_bundles(
    engine: Engine,
    paths: Sequence[Path],
    passphrase: str,
    *,
    progress: Progress | None = None,
    report: Path | None = None,
) -> MergeSummary:
    """Merge every bundle of `paths` (files or folders); a refused file is reported and skipped."""
    files = bundle_files(paths)
    keys = KeyCache(passphrase)
    lines: list[Text] = []
    merged = new = duplicate = conflicts = refused = 0
    for index, path in enumerate(files, 1):
        try:
            counts = _merge_one(engine, path, keys, lines)
        except UserError as exc:
            refused += 1
            lines.append(REFUSED(name=path.name, why=exc.text))
        except IntegrityError as exc:  # rolled back: nothing of this bundle is merged
            refused += 1
            lines.append(REFUSED(name=path.name, why=CONTRADICTS(detail=exc.orig)))
        else:
            merged += 1
            new += counts.new
            duplicate += counts.duplicate
            conflicts += counts.conflicts
        if progress is not None:
            progress(index, len(files))
    summary = MergeSummary(merged, new, duplicate, conflicts, report, lines, refused)
    if report is not None:
        body = [str(line) for line in lines] + [summary.last_line()]
        report.write_text("\n".join(body) + "\n", encoding="utf-8")
    return summary


def _merge_one(engine: Engine, path: Path, keys: KeyCache, lines: list[Text]) -> BundleCounts:
    data, digest = read_bundle_bytes(path)
    with write_session(engine) as session:
        conn = session.connection()
        fair = current_fair(session)
        seen = conn.execute(select(BUNDLES.c.records).where(BUNDLES.c.digest == digest)).first()
        if seen is not None:
            return BundleCounts(0, int(seen.records), 0)
        known = set(conn.execute(select(STATIONS.c.id)).scalars())
        bundle = open_bundle(path, data, digest, fair, keys, known)
        # (time, row) per sequence number: two copies of one station file may even share a
        # time (one identity, one clock node), never a new row's id
        ledger: dict[int, set[tuple[str, str]]] = {}
        for seq, hlc, row in conn.execute(
            select(LEDGER.c.seq, LEDGER.c.hlc, LEDGER.c.row_id).where(
                LEDGER.c.station_id == bundle.station_id
            )
        ):
            ledger.setdefault(seq, set()).add((hlc, str(row)))
        fresh: list[Entry] = []
        copied_at: int | None = None
        for seq, hlc, table, row_id, op, values in bundle.entries:
            if (hlc, row_id) in ledger.get(seq, ()):
                continue
            if seq in ledger and copied_at is None:
                copied_at = seq
            fresh.append(Entry(bundle.station_id, seq, hlc, table, uuid.UUID(row_id), op, values))
        state = MergeState.load(session)
        station = bundle.station.get("name") or bundle.station_id.hex[:8]
        if copied_at is not None:
            state.conflict(COPIED(name=path.name, station=station, seq=copied_at))
        refused: list[Entry] = []
        role, company_id = conn.execute(
            select(STATIONS.c.role, STATIONS.c.company_id).where(STATIONS.c.id == bundle.station_id)
        ).one()  # the organiser's own record of the station, not the bundle's word
        if role == Role.BOOTH:
            made = interviews_made(bundle.entries, company_id)
            fresh, refused = booth_scope(conn, fresh, made, company_id)
            if refused:
                state.conflict(refusal(path.name, station, refused))
        waiting = _waiting(session)
        still = apply_bundle(state, fresh, waiting)
        _record(session, [*fresh, *refused], waiting, still)  # refused: seen, never applied
        counts = BundleCounts(
            len(fresh), len(bundle.entries) - len(fresh) - len(refused), state.conflicts
        )
        conn.execute(
            insert(BUNDLES).values(
                id=uuid7(), station_id=bundle.station_id, digest=digest,
                file_name=path.name, last_seq=max((e[0] for e in bundle.entries), default=0),
                records=len(bundle.entries), new=counts.new, duplicate=counts.duplicate,
                conflicts=counts.conflicts, merged_at=utcnow(),
            )
        )  # fmt: skip
        lines.extend(state.report)
        return counts


def _waiting(session: Session) -> list[Entry]:
    rows = session.connection().execute(
        select(LEDGER).where(LEDGER.c.applied.is_(False)).order_by(LEDGER.c.hlc)
    )
    return [
        Entry(r.station_id, r.seq, r.hlc, r.table_name, r.row_id, r.op, json.loads(r.changes))
        for r in rows
    ]


def _record(
    session: Session,
    fresh: list[Entry],
    waiting: list[Entry],
    still: set[EntryKey],
) -> None:
    conn = session.connection()
    if fresh:
        # an applied change lives on in its row and field clocks; only a waiting one keeps its
        # values here, to be applied when its row arrives
        waits = [e.key in still for e in fresh]
        bulk_insert(conn, LEDGER, {
            "station_id": [e.station_id for e in fresh],
            "seq": [e.seq for e in fresh],
            "hlc": [e.hlc for e in fresh],
            "table_name": [e.table for e in fresh],
            "row_id": [e.row_id for e in fresh],
            "op": [e.op for e in fresh],
            "changes": [json.dumps(e.changes, ensure_ascii=False, separators=(",", ":"))
                        if wait else "" for e, wait in zip(fresh, waits, strict=True)],
            "applied": [not wait for wait in waits],
        })  # fmt: skip
    for e in waiting:
        if e.key not in still:
            conn.execute(
                update(LEDGER)
                .where(LEDGER.c.station_id == e.station_id, LEDGER.c.seq == e.seq,
                       LEDGER.c.hlc == e.hlc, LEDGER.c.row_id == e.row_id)
                .values(applied=True)
            )  # fmt: skip
