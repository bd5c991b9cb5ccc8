"""Importing an attendee roster: validate the whole file, then one transaction for all good rows.

Upsert key within the current fair: (university, 学号) when the row has a 学号, else the phone
(a row with a 学号 that is not stored yet also matches a stored attendee with the same phone and
no 学号). An empty cell leaves the stored value as it is: a roster exported with fewer columns
never blanks out what an earlier, fuller roster said. Re-importing the same file changes nothing.
Every new attendee gets a badge. 50,000 rows must go in within seconds, so existing keys are read
once into dicts, new rows are written by column with Core bulk statements, not ORM objects, and a
large import rebuilds the attendee indexes once at the end (`store.bulk.deferred_indexes`).
"""

from __future__ import annotations

import gc
import logging
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from operator import attrgetter
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table, select
from sqlmodel import Session

from fairdesk.core.column_report import ColumnReport, column_report
from fairdesk.core.ids import uuid7_many
from fairdesk.core.messages import message
from fairdesk.core.pinyin_keys import name_keys
from fairdesk.core.roster import (
    ATTENDEE_COLUMNS,
    AttendeeRow,
    Rejection,
    RosterDefaults,
    reject,
    validate_roster,
)
from fairdesk.core.tabular import Progress, read_table
from fairdesk.core.tabular import Table as FileTable
from fairdesk.services.badges.issue import mint_badges
from fairdesk.services.fairs import current_fair, local_station
from fairdesk.services.importing.companies import import_companies
from fairdesk.services.importing.report import (
    ImportReport,
    reader_rejections,
    resolve_rejects_path,
    table_warnings,
    write_rejects,
)
from fairdesk.store.bulk import deferred_indexes, sqlite_cache
from fairdesk.store.engine import read_session, write_session
from fairdesk.store.models import Attendee, utcnow
from fairdesk.store.seam import changes

logger = logging.getLogger(__name__)

__all__ = [
    "ImportOptions",
    "ImportReport",
    "import_attendee_table",
    "import_attendees",
    "import_companies",
]

ATTENDEE_TABLE: Table = Attendee.__table__  # type: ignore[attr-defined]

#: Columns an import may change on a stored attendee (its keys included, when they were empty).
_FIELDS = (
    "name",
    "university",
    "student_no",
    "school",
    "major",
    "degree",
    "grad_year",
    "phone",
    "email",
    "consent",
)


PHONE_TAKEN = message("import.phone_taken", "phone already belongs to {who}", "该手机号已属于{who}")
SAME_STORED = message(
    "import.same_stored", "same stored student as row {earlier}", "与第 {earlier} 行是同一位学生"
)
PHONE_OF_OTHER_UNIVERSITY = message(
    "import.phone_other_university",
    "phone belongs to a stored student of {university}",
    "该手机号已属于{university}的学生",
)


def phone_tail(phone: str | None) -> str | None:
    """The last four digits, for the desk search (normalised phones are digits, maybe a '+')."""
    return phone[-4:] if phone and len(phone) >= 4 else None


@dataclass
class _Plan:
    inserts: list[AttendeeRow]
    updates: list[dict[str, Any]]
    unchanged: int
    rejections: list[Rejection]
    changed: list[dict[str, Any]]  # per update: the columns whose value really changes


def _merged(stored: dict[str, Any], row: AttendeeRow) -> dict[str, Any] | None:
    """The stored values overlaid with the row's non-empty values; None when that changes
    nothing (a re-import of the same roster)."""
    out = {f: stored[f] for f in _FIELDS}
    changed = False
    for f in _FIELDS:
        value = getattr(row, f)
        if value is not None and value != "" and value != out[f]:
            out[f] = value
            changed = True
    return out if changed else None


def _new_attendees(
    rows: list[AttendeeRow], fair_id: uuid.UUID, station_id: uuid.UUID, now: datetime
) -> dict[str, list[Any]]:
    """The attendee table's columns for the new students (see `store.bulk.bulk_insert`)."""
    n = len(rows)
    # one pass over the rows for all fields, then transposed (a tenth of a second at 50,000)
    by_field = zip(*map(attrgetter(*_FIELDS), rows), strict=True)
    columns: dict[str, list[Any]] = dict(zip(_FIELDS, map(list, by_field), strict=True))
    columns["consent"] = list(map(bool, columns["consent"]))
    keys = list(map(name_keys, columns["name"]))
    columns.update(
        id=uuid7_many(n),
        station_id=[station_id] * n,
        fair_id=[fair_id] * n,
        name_pinyin=[k[0] for k in keys],
        name_initials=[k[1] for k in keys],
        phone_tail=[phone_tail(p) for p in columns["phone"]],
        source=["import"] * n,
        created_at=[now] * n,
        updated_at=[now] * n,
    )
    return columns


def _plan(rows: list[AttendeeRow], existing: list[dict[str, Any]], now: datetime) -> _Plan:
    by_key = {(e["university"], e["student_no"]): e for e in existing if e["student_no"]}
    by_phone: dict[str, dict[str, Any]] = {}
    for e in existing:
        if e["phone"]:
            by_phone.setdefault(e["phone"], e)
    claimed: dict[uuid.UUID, int] = {}
    plan = _Plan([], [], 0, [], [])
    for row in rows:
        stored: dict[str, Any] | None = None
        if row.student_no is not None:
            stored = by_key.get((row.university, row.student_no))
            if stored is None and row.phone is not None:
                candidate = by_phone.get(row.phone)
                if candidate is not None and not candidate["student_no"]:
                    stored = candidate
        elif row.phone is not None:
            stored = by_phone.get(row.phone)
        owner = by_phone.get(row.phone) if row.phone is not None else None
        if owner is not None and (stored is None or owner["id"] != stored["id"]):
            # one phone, one person: otherwise a later phone-only row updates whoever came first
            who = f"{owner['name']} ({owner['university']} {owner['student_no'] or ''})".strip()
            plan.rejections.append(reject(row.row, "phone", row.phone or "", PHONE_TAKEN(who=who)))
            continue
        if stored is None:
            plan.inserts.append(row)
            continue
        earlier = claimed.get(stored["id"])
        if earlier is not None:
            why = SAME_STORED(earlier=earlier)
            plan.rejections.append(reject(row.row, "student_no/phone", "", why))
            continue
        if stored["student_no"] and stored["university"] != row.university:
            # matched by phone: changing the university would change a stored key
            why = PHONE_OF_OTHER_UNIVERSITY(university=stored["university"])
            plan.rejections.append(reject(row.row, "phone", row.phone or "", why))
            continue
        claimed[stored["id"]] = row.number
        merged = _merged(stored, row)
        if merged is None:
            plan.unchanged += 1
            continue
        pinyin, initials = name_keys(merged["name"])
        merged.update(
            b_id=stored["id"],
            name_pinyin=pinyin,
            name_initials=initials,
            phone_tail=phone_tail(merged["phone"]),
            updated_at=now,
        )
        plan.updates.append(merged)
        plan.changed.append(_changed(stored, merged))
    return plan


def _changed(stored: dict[str, Any], merged: dict[str, Any]) -> dict[str, Any]:
    """What an update really changes, for the change log: the fields whose value differs,
    the keys derived from them, and the time."""
    out = {f: merged[f] for f in _FIELDS if merged[f] != stored[f]}
    if "name" in out:
        out.update(name_pinyin=merged["name_pinyin"], name_initials=merged["name_initials"])
    if "phone" in out:
        out["phone_tail"] = merged["phone_tail"]
    out["updated_at"] = merged["updated_at"]
    return out


@dataclass(frozen=True)
class ImportOptions:
    """How one import runs: defaults for fields the file lacks, whether it writes, who listens.

    `on_columns` is told the column report after the file is read and before anything is
    written (the CLI prints it; the GUI shows it). `progress` is told how many rows have been
    read, every few thousand. A `dry_run` reads and checks everything, writes nothing (no
    rejects file either) and returns the same counts a real run would.
    """

    rejects_path: Path | None = None
    progress: Progress | None = None
    defaults: RosterDefaults | None = None
    dry_run: bool = False
    on_columns: Callable[[ColumnReport], None] | None = None


def import_attendees(
    engine: Engine, path: Path, options: ImportOptions | None = None, **kwargs: Any
) -> ImportReport:
    """Import a roster file (CSV or XLSX) into the current fair; see the module docstring.

    A file that cannot be read raises UserError and changes nothing. Rejected rows go to the
    rejects file (only written when there are any); all accepted rows go in one transaction.
    Options as `ImportOptions` or as its fields by keyword.
    """
    opts = options if options is not None else ImportOptions(**kwargs)
    with _cycle_collector_paused():
        return _import_attendees(engine, Path(path), opts)


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """Python's cycle collector off while one import runs, back as it was afterwards.

    A 50,000-row import makes about a million small objects that all live until it ends; the
    collector would scan them over and over (a few tenths of a second) and free none. Reference
    counting still frees everything as usual; cycles wait for the collector's next run.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _import_attendees(engine: Engine, path: Path, opts: ImportOptions) -> ImportReport:
    target = resolve_rejects_path(path, opts.rejects_path)
    table = read_table(path, ATTENDEE_COLUMNS, progress=opts.progress)
    return _import_table(engine, table, opts, target)


def import_attendee_table(
    engine: Engine, table: FileTable, options: ImportOptions | None = None
) -> ImportReport:
    """Import a roster already read (the GUI reads the file first, or re-imports rows fixed in
    its rejects table). As `import_attendees`, but no rejects file is written: the report's
    `rejections` hold the rejected rows for the caller to show or save."""
    opts = options if options is not None else ImportOptions()
    with _cycle_collector_paused():
        return _import_table(engine, table, opts, None)


def _import_table(
    engine: Engine, table: FileTable, opts: ImportOptions, target: Path | None
) -> ImportReport:
    path = table.path
    defaults = opts.defaults.values() if opts.defaults else {}
    report = ImportReport(dry_run=opts.dry_run)
    report.columns = column_report(table, ATTENDEE_COLUMNS, defaults)
    if opts.on_columns is not None:
        opts.on_columns(report.columns)
    check = validate_roster(table, opts.defaults)
    rejected = check.rejected + reader_rejections(table)
    with (read_session if opts.dry_run else write_session)(engine) as session:
        fair = current_fair(session)
        conn = session.connection()
        names = ("id", *_FIELDS)
        cols = [ATTENDEE_TABLE.c[name] for name in names]
        result = conn.execute(select(*cols).where(ATTENDEE_TABLE.c.fair_id == fair.id))
        existing = [dict(zip(names, r, strict=True)) for r in result]
        now = utcnow()
        plan = _plan(check.accepted, existing, now)
        rejected = rejected + plan.rejections
        if not opts.dry_run:
            _write(session, plan, fair.id, now)
        report.imported = len(plan.inserts)
        report.updated = len(plan.updates)
        report.unchanged = plan.unchanged + len(check.repeats)
        report.rejected = len(rejected)
        report.repeats = check.repeats
        report.warnings = [w for row in check.accepted for w in row.warnings]
        report.warnings += table_warnings(table)
        report.rejections = sorted(rejected, key=lambda r: r.row.number)
        if rejected and not opts.dry_run and target is not None:
            write_rejects(target, table.header, rejected)
            report.rejects_path = target
    logger.info("imported attendees from %s: %s", path, report.summary())
    return report


def _write(session: Session, plan: _Plan, fair_id: uuid.UUID, now: datetime) -> None:
    """The plan's inserts (with their badges) and updates, in the caller's transaction."""
    station = local_station(session)
    conn = session.connection()
    log = changes(session, station.id)
    with sqlite_cache(conn):
        if plan.inserts:
            columns = _new_attendees(plan.inserts, fair_id, station.id, now)
            with deferred_indexes(conn, ATTENDEE_TABLE, len(plan.inserts)):
                log.bulk_insert(ATTENDEE_TABLE, columns)
            mint_badges(session, columns["id"], station)
        if plan.updates:
            keys = [*_FIELDS, "name_pinyin", "name_initials", "phone_tail", "updated_at"]
            ids = [u["b_id"] for u in plan.updates]
            rows = [{k: u[k] for k in keys} for u in plan.updates]
            log.update_rows(ATTENDEE_TABLE, ids, rows, plan.changed)
