"""Importing a company list (one row per position) into the current fair, in one transaction.

A company is matched to a stored one by 统一社会信用代码 when the file gives one, else by name;
a position by its company and title. As for rosters, an empty cell leaves the stored value.
A booth cell names the company's booths: codes the fair has not got yet become new booths, and
a company given booths by the file gives up the ones it held before (see `core.company_list`
for the codes two companies claim). Counts are per accepted row: *imported* when the row
created its position (or, for a row with no position, its company), *updated* when it changed
stored values (a company's own changes, booths included, count on its first row), else
*unchanged*.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table, select

from fairdesk.core.column_report import ColumnReport, column_report
from fairdesk.core.companies import COMPANY_COLUMNS, booth_key, company_key
from fairdesk.core.company_list import CompanyRecord, HeldBooth, validate_companies
from fairdesk.core.ids import uuid7
from fairdesk.core.tabular import Progress, TableRow, read_table
from fairdesk.core.tabular import Table as FileTable
from fairdesk.services.fairs import current_fair, local_station
from fairdesk.services.importing.report import (
    ImportReport,
    Outcomes,
    reader_rejections,
    resolve_rejects_path,
    table_warnings,
    write_rejects,
)
from fairdesk.store.engine import read_session, write_session
from fairdesk.store.models import Booth, Company, Position, utcnow
from fairdesk.store.seam import ChangeWriter, changes

_DIFF = "_changed"  # beside an update's values: the columns whose value really changes

logger = logging.getLogger(__name__)

COMPANY_TABLE: Table = Company.__table__  # type: ignore[attr-defined]
POSITION_TABLE: Table = Position.__table__  # type: ignore[attr-defined]
BOOTH_TABLE: Table = Booth.__table__  # type: ignore[attr-defined]

_COMPANY_FIELDS = ("name", "sector", "city", "contact_name", "phone", "email", "uscc")
_POSITION_FIELDS = ("title", "degree", "majors", "headcount")


def _overlay(
    stored: dict[str, Any], new: dict[str, Any], fields: tuple[str, ...]
) -> dict[str, Any]:
    """Stored values overlaid with the non-empty new ones."""
    return {f: new[f] if new[f] not in (None, "") else stored[f] for f in fields}


def _company_values(record: CompanyRecord) -> dict[str, Any]:
    return {f: getattr(record, f) for f in _COMPANY_FIELDS}


class _Writer:
    """Collects the inserts and updates of one import, then runs them as bulk statements."""

    def __init__(self, fair_id: uuid.UUID, station_id: uuid.UUID) -> None:
        self.fair_id, self.station_id, self.now = fair_id, station_id, utcnow()
        self.companies_new: list[dict[str, Any]] = []
        self.companies_changed: list[dict[str, Any]] = []
        self.positions_new: list[dict[str, Any]] = []
        self.positions_changed: list[dict[str, Any]] = []
        self.booths_new: list[dict[str, Any]] = []
        self.booths_moved: list[dict[str, Any]] = []

    def company(
        self, record: CompanyRecord, stored: dict[str, Any] | None
    ) -> tuple[uuid.UUID, str]:
        """The company's id and what happened to it: "new", "changed" or "same"."""
        values = _company_values(record)
        if stored is None:
            new_id = uuid7()
            self.companies_new.append(
                {
                    **values,
                    "id": new_id,
                    "station_id": self.station_id,
                    "fair_id": self.fair_id,
                    "created_at": self.now,
                    "updated_at": self.now,
                }
            )
            return new_id, "new"
        merged = _overlay(stored, values, _COMPANY_FIELDS)
        if merged == {f: stored[f] for f in _COMPANY_FIELDS}:
            return stored["id"], "same"
        diff = {f: merged[f] for f in _COMPANY_FIELDS if merged[f] != stored[f]}
        self.companies_changed.append(
            {**merged, "b_id": stored["id"], "updated_at": self.now,
             _DIFF: {**diff, "updated_at": self.now}}
        )  # fmt: skip
        return stored["id"], "changed"

    def position(
        self, company_id: uuid.UUID, values: dict[str, Any], stored: dict[str, Any] | None
    ) -> str:
        """What happened to one position: "new", "changed" or "same"."""
        if stored is None:
            self.positions_new.append(
                {
                    **values,
                    "id": uuid7(),
                    "station_id": self.station_id,
                    "company_id": company_id,
                    "created_at": self.now,
                }
            )
            return "new"
        merged = _overlay(stored, values, _POSITION_FIELDS)
        if merged == {f: stored[f] for f in _POSITION_FIELDS}:
            return "same"
        diff = {f: merged[f] for f in _POSITION_FIELDS if merged[f] != stored[f]}
        self.positions_changed.append({**merged, "b_id": stored["id"], _DIFF: diff})
        return "changed"

    def flush(self, log: ChangeWriter) -> None:
        """Every insert and update through the change log (updates log what really changed)."""
        log.insert_rows(COMPANY_TABLE, self.companies_new)
        _update(log, COMPANY_TABLE, self.companies_changed)
        log.insert_rows(POSITION_TABLE, self.positions_new)
        _update(log, POSITION_TABLE, self.positions_changed)
        _update(log, BOOTH_TABLE, self.booths_moved)
        log.insert_rows(BOOTH_TABLE, self.booths_new)

    def booths(
        self, stored: list[dict[str, Any]], wanted: list[tuple[uuid.UUID, tuple[str, ...]]]
    ) -> set[uuid.UUID]:
        """Give each company the booths the file names (creating new codes); a company given
        booths gives up those it held. Returns the companies whose booths changed."""
        by_key = {booth_key(b["code"]): b for b in stored}
        final = {b["id"]: b["company_id"] for b in stored}
        moving = {company_id for company_id, _ in wanted}
        for booth_id, holder in final.items():
            if holder in moving:
                final[booth_id] = None
        changed: set[uuid.UUID] = set()
        for company_id, codes in wanted:
            for code in codes:
                booth = by_key.get(booth_key(code))
                if booth is None:
                    booth = {"id": uuid7(), "code": code, "company_id": company_id}
                    by_key[booth_key(code)] = booth
                    self.booths_new.append(
                        {
                            **booth,
                            "station_id": self.station_id,
                            "fair_id": self.fair_id,
                            "hall": "",
                            "zone": "",
                            "created_at": self.now,
                        }
                    )
                    changed.add(company_id)
                final[booth["id"]] = company_id
        for b in stored:
            if final[b["id"]] != b["company_id"]:
                self.booths_moved.append({"b_id": b["id"], "company_id": final[b["id"]]})
                changed |= {c for c in (b["company_id"], final[b["id"]]) if c is not None}
        return changed


def _update(log: ChangeWriter, table: Table, rows: list[dict[str, Any]]) -> None:
    """UPDATE rows by their `b_id` to their other values; the log gets each row's `_DIFF`
    (all the values set when a row has none)."""
    if not rows:
        return
    ids = [r["b_id"] for r in rows]
    values = [{k: v for k, v in r.items() if k not in ("b_id", _DIFF)} for r in rows]
    log.update_rows(
        table, ids, values, [r.get(_DIFF, v) for r, v in zip(rows, values, strict=True)]
    )


def import_companies(
    engine: Engine,
    path: Path,
    *,
    rejects_path: Path | None = None,
    progress: Progress | None = None,
    dry_run: bool = False,
    on_columns: Callable[[ColumnReport], None] | None = None,
) -> ImportReport:
    """Import a company/position list (CSV or XLSX) into the current fair.

    A file that cannot be read raises UserError and changes nothing; rejected rows go to the
    rejects file (only written when there are any); everything else goes in one transaction.
    `on_columns` is told the column report before anything is written; a `dry_run` checks
    everything and returns the same counts, writing nothing (no rejects file either).
    """
    path = Path(path)
    target = resolve_rejects_path(path, rejects_path)
    table = read_table(path, COMPANY_COLUMNS, progress=progress)
    return _import_table(engine, table, target, dry_run=dry_run, on_columns=on_columns)


def import_company_table(engine: Engine, table: FileTable) -> ImportReport:
    """Import a company list already read (the GUI reads the file first, or re-imports rows
    fixed in its rejects table). As `import_companies`, but no rejects file is written: the
    report's `rejections` hold the rejected rows for the caller to show or save."""
    return _import_table(engine, table, None)


def _import_table(
    engine: Engine,
    table: FileTable,
    target: Path | None,
    *,
    dry_run: bool = False,
    on_columns: Callable[[ColumnReport], None] | None = None,
) -> ImportReport:
    path = table.path
    columns = column_report(table, COMPANY_COLUMNS, kind="companies")
    if on_columns is not None:
        on_columns(columns)
    with (read_session if dry_run else write_session)(engine) as session:
        fair = current_fair(session)
        station = local_station(session)
        conn = session.connection()
        stored_companies = [
            dict(r._mapping)
            for r in conn.execute(
                select(COMPANY_TABLE.c.id, *(COMPANY_TABLE.c[f] for f in _COMPANY_FIELDS)).where(
                    COMPANY_TABLE.c.fair_id == fair.id
                )
            )
        ]
        stored_booths = [
            dict(r._mapping)
            for r in conn.execute(
                select(BOOTH_TABLE.c.id, BOOTH_TABLE.c.code, BOOTH_TABLE.c.company_id).where(
                    BOOTH_TABLE.c.fair_id == fair.id
                )
            )
        ]
        by_id = {c["id"]: c for c in stored_companies}
        held = {
            booth_key(b["code"]): HeldBooth(
                b["code"], by_id[b["company_id"]]["name"], by_id[b["company_id"]]["uscc"]
            )
            for b in stored_booths
            if b["company_id"] in by_id
        }
        records, rejected = validate_companies(table, held)
        rejected += reader_rejections(table)
        report = ImportReport(
            rejected=len(rejected), warnings=table_warnings(table), columns=columns, dry_run=dry_run
        )
        by_uscc = {c["uscc"]: c for c in stored_companies if c["uscc"]}
        by_name: dict[str, dict[str, Any]] = {}
        for c in stored_companies:
            by_name.setdefault(company_key(c["name"]), c)
        stored_positions = _stored_positions(conn, list(by_id))
        writer = _Writer(fair.id, station.id)
        done: list[tuple[CompanyRecord, uuid.UUID, str]] = []
        for record in records:
            stored = by_uscc.get(record.uscc) if record.uscc else None
            stored = stored or by_name.get(company_key(record.name))
            done.append((record, *writer.company(record, stored)))
        wanted = [(company_id, r.booths) for r, company_id, _ in done if r.booths]
        moved = writer.booths(stored_booths, wanted)
        outcomes: dict[int, str] = {}
        report.companies, report.positions = Outcomes(), Outcomes()
        for record, company_id, company_outcome in done:
            if company_outcome == "same" and company_id in moved:
                company_outcome = "changed"
            report.companies.count(company_outcome)
            first: TableRow = record.rows[0]
            outcomes[first.number] = company_outcome
            for pos in record.positions:
                values = {
                    "title": pos.title,
                    "degree": pos.degree,
                    "majors": "、".join(pos.majors),
                    "headcount": pos.headcount,
                }
                key = (company_id, company_key(pos.title))
                outcome = writer.position(company_id, values, stored_positions.get(key))
                report.positions.count(outcome)
                if outcome == "same" and pos.row.number == first.number:
                    outcome = company_outcome
                outcomes[pos.row.number] = outcome
            for row in record.rows[1:]:
                outcomes.setdefault(row.number, "same")
        if not dry_run:
            writer.flush(changes(session, station.id))
        report.rejections = sorted(rejected, key=lambda r: r.row.number)
        report.imported = sum(1 for o in outcomes.values() if o == "new")
        report.updated = sum(1 for o in outcomes.values() if o == "changed")
        report.unchanged = sum(1 for o in outcomes.values() if o == "same")
        if rejected and not dry_run and target is not None:
            write_rejects(target, table.header, rejected)
            report.rejects_path = target
    logger.info("imported companies from %s: %s", path, report.summary())
    return report


def _stored_positions(
    conn: Any, company_ids: list[uuid.UUID]
) -> dict[tuple[uuid.UUID, str], dict[str, Any]]:
    """The stored positions of these companies, by (company id, title key)."""
    found: dict[tuple[uuid.UUID, str], dict[str, Any]] = {}
    if not company_ids:
        return found
    cols = [POSITION_TABLE.c.id, POSITION_TABLE.c.company_id]
    cols += [POSITION_TABLE.c[f] for f in _POSITION_FIELDS]
    for r in conn.execute(select(*cols).where(POSITION_TABLE.c.company_id.in_(company_ids))):
        p = dict(r._mapping)
        found.setdefault((p["company_id"], company_key(p["title"])), p)
    return found
