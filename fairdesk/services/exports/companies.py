"""Exporting the fair's company list: one row per position, re-importable as it is.

The rows have the shape `import companies` reads: every row carries its company's own columns
(name, credit code, sector, city, contact, phone, e-mail, booths), so each row stands alone when
sorted or filtered in Excel; a company without positions has one row with the position columns
empty. Headers are words `core.companies.COMPANY_COLUMNS` knows in each language (单位名称 …,
Company …, or the machine words of `--headers en`), and values read back to what is stored:
本科及以上 / Bachelor or above / bachelor for a minimum degree, booths joined with 、.
"""

from __future__ import annotations

import logging
import uuid
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import col, select

from fairdesk.core.export_words import export_words
from fairdesk.core.spreadsheet_out import check_table_path, write_table
from fairdesk.services.fairs import current_fair
from fairdesk.store.engine import read_session
from fairdesk.store.models import Booth, Company, Position

logger = logging.getLogger(__name__)

COMPANY_EXPORT_COLUMNS = (
    *("company", "uscc", "sector", "city", "contact", "contact_phone", "email", "booth"),
    *("position", "degree_required", "majors", "headcount"),
)


def export_companies(engine: Engine, out: Path, *, headers: str | None = None) -> int:
    """Write every company of the fair with its positions and booths; returns rows written."""
    check_table_path(out)
    words = export_words(headers)
    with read_session(engine) as session:
        fair = current_fair(session)
        found = session.exec(
            select(Company).where(Company.fair_id == fair.id).order_by(col(Company.name))
        ).all()
        booths: dict[uuid.UUID, list[str]] = {}
        for b in session.exec(select(Booth).where(Booth.fair_id == fair.id)):
            if b.company_id is not None:
                booths.setdefault(b.company_id, []).append(b.code)
        positions: dict[uuid.UUID, list[Position]] = {}
        query = select(Position).order_by(col(Position.created_at), col(Position.id))
        for p in session.exec(query):
            positions.setdefault(p.company_id, []).append(p)
    rows: list[tuple[object, ...]] = []
    for c in sorted(found, key=lambda c: (_first_booth(booths.get(c.id)), c.name)):
        codes = "、".join(sorted(booths.get(c.id, [])))
        own = (c.name, c.uscc or "", c.sector, c.city, c.contact_name, c.phone, c.email, codes)
        offered: list[Position | None] = [*positions.get(c.id, [])] or [None]
        for job in offered:
            if job is None:
                rows.append((*own, "", "", "", None))
                continue
            degree = words.value("degree_required", job.degree)
            rows.append((*own, job.title, degree, job.majors, job.headcount))
    write_table(out, words.headers(COMPANY_EXPORT_COLUMNS), rows)
    logger.info("exported %d companies (%d rows) to %s", len(found), len(rows), out)
    return len(rows)


def _first_booth(codes: list[str] | None) -> tuple[int, str]:
    """Companies with a booth first, in booth order (A01 < A02 < A10); then the others."""
    return (0, min(codes)) if codes else (1, "")
