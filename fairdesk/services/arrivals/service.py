"""Employer check-in: a company's representatives have arrived at the fair.

A company is checked in by its id (chosen from the list), or by a typed name: the exact name
first (`core.company_match`: as stored, then case/width/space-insensitive, then a booth code),
then the one company whose name, pinyin or initials contain what was typed ("华为", "huawei",
"hw"); several → a `UserError` listing them. The booth PIN slip carries no QR code (it prints
the company, the booth code and the PIN), so there is nothing to scan: the booth code typed or
read off the slip finds the company.

The first arrival that is not undone is the company's arrival; checking in an arrived company
again writes nothing and answers "already arrived at HH:MM" (not an error). An undo sets
`undone_at` on the arrival (itself a recorded change), after which the company can be checked
in again. Every write goes through the seam, one short transaction a call.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from fairdesk.core.company_codes import parse_company_code
from fairdesk.core.company_match import AMBIGUOUS, MAX_LISTED, label, match_company
from fairdesk.core.company_names import matches, search_keys, sort_key
from fairdesk.core.messages import message
from fairdesk.errors import UserError
from fairdesk.services.fairs import current_fair, local_station
from fairdesk.services.printouts.floor_map import code_order
from fairdesk.store.engine import read_session, write_session
from fairdesk.store.models import Booth, Company, CompanyArrival, utcnow
from fairdesk.store.queries import arrived_companies
from fairdesk.store.seam import changes

if TYPE_CHECKING:
    from fairdesk.services.exports.no_shows import NoShowExport

logger = logging.getLogger(__name__)
NOT_THIS_FAIR = message(
    "arrivals.slip_elsewhere",
    "This check-in code is not of a company at this fair (a slip of another fair?).",
    "这个签到码不是本场参会企业的（是否为其他双选会的纸条？）。",
)

Status = Literal["ok", "already"]
METHODS = ("search", "slip", "cli")

COMPANY_GONE = message(
    "arrivals.company_gone", "That company is no longer in this fair.", "该企业已不在本场招聘会中。"
)
NOT_ARRIVED = message(
    "arrivals.not_arrived",
    "{company} has not checked in: nothing to undo.",
    "{company} 尚未签到，无可撤销。",
)
BAD_COUNT = message(
    "arrivals.bad_count",
    "Representatives: a number from 1 to 99.",
    "到场人数须为 1 到 99 之间的数字。",
)


@dataclass(frozen=True)
class CompanyArrivalRow:
    """One company of the check-in list: who, where, the contact, and whether it arrived."""

    id: uuid.UUID
    name: str
    booths: tuple[str, ...]
    contact_name: str
    phone: str
    arrived_at: datetime | None = None  # aware UTC
    method: str = ""
    representatives: int | None = None
    keys: str = ""  # search keys: name, pinyin, initials, booth codes (`core.company_names`)

    @property
    def booth_code(self) -> str:
        return self.booths[0] if self.booths else ""

    @property
    def arrived(self) -> bool:
        return self.arrived_at is not None


@dataclass(frozen=True)
class ArrivalResult:
    """What a check-in did: "ok" (now arrived) or "already" (arrived at `company.arrived_at`)."""

    status: Status
    company: CompanyArrivalRow

    @property
    def at(self) -> datetime:
        assert self.company.arrived_at is not None
        return self.company.arrived_at


@dataclass(frozen=True)
class ArrivalCounts:
    arrived: int
    total: int


def _aware(value: datetime) -> datetime:
    from fairdesk.core.times import as_utc

    aware = as_utc(value)
    assert aware is not None
    return aware


def _active(session: Session, company_id: uuid.UUID | None = None) -> list[CompanyArrival]:
    query = select(CompanyArrival).where(col(CompanyArrival.undone_at).is_(None))
    if company_id is not None:
        query = query.where(CompanyArrival.company_id == company_id)
    return list(session.exec(query.order_by(col(CompanyArrival.at), col(CompanyArrival.id))))


def _rows(session: Session) -> list[CompanyArrivalRow]:
    fair = current_fair(session)
    booths: dict[uuid.UUID, list[str]] = {}
    for code, company_id in session.exec(
        select(Booth.code, Booth.company_id).where(Booth.fair_id == fair.id)
    ):
        if company_id is not None:
            booths.setdefault(company_id, []).append(code)
    first: dict[uuid.UUID, CompanyArrival] = {}
    for arrival in _active(session):
        first.setdefault(arrival.company_id, arrival)
    rows = []
    for c in session.exec(select(Company).where(Company.fair_id == fair.id)):
        codes = tuple(sorted(booths.get(c.id, []), key=code_order))
        got = first.get(c.id)
        rows.append(
            CompanyArrivalRow(
                c.id,
                c.name,
                codes,
                c.contact_name,
                c.phone,
                _aware(got.at) if got else None,
                got.method if got else "",
                got.representatives if got else None,
                search_keys(c.name, *codes),
            )
        )
    rows.sort(key=lambda r: sort_key(r.name))
    return rows


class ArrivalService:
    """Employer check-in for the organiser's station (or a desk): list, check in, undo."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    # -- reading -------------------------------------------------------------------------

    def companies(self) -> list[CompanyArrivalRow]:
        """Every company of the fair in pinyin order, with its arrival if any."""
        with read_session(self._engine) as session:
            return _rows(session)

    def counts(self) -> ArrivalCounts:
        rows = self.companies()
        return ArrivalCounts(sum(r.arrived for r in rows), len(rows))

    def no_shows(self) -> list[CompanyArrivalRow]:
        """The companies that have not arrived (contact name and phone to call them)."""
        return [r for r in self.companies() if not r.arrived]

    def arrived_ids(self) -> set[uuid.UUID]:
        """The companies that have arrived (the floor plan lights their booths up)."""
        with read_session(self._engine) as session:
            return arrived_companies(session)

    def search(self, query: str) -> list[CompanyArrivalRow]:
        """Companies whose name, pinyin, initials or booth code contain `query`."""
        return [r for r in self.companies() if matches(r.keys, query)]

    def find(self, name: str) -> CompanyArrivalRow:
        """The one company `name` means: exact (or a booth code) first, then a unique match of
        its name, pinyin or initials; a `UserError` naming the candidates otherwise."""
        rows = self.companies()
        scanned = parse_company_code(name)
        if scanned is not None:  # the check-in code on the company's PIN slip
            on_slip = next((r for r in rows if r.id == scanned), None)
            if on_slip is None:
                raise UserError(NOT_THIS_FAIR())
            return on_slip
        try:
            return match_company(name, rows)
        except UserError as exc:
            if exc.key == AMBIGUOUS.key:
                raise
            found = [r for r in rows if matches(r.keys, name)] if name.strip() else []
            if len(found) == 1:
                return found[0]
            if not found:
                raise
            shown = "; ".join(label(r) for r in found[:MAX_LISTED])
            shown += "; …" if len(found) > MAX_LISTED else ""
            raise UserError(
                AMBIGUOUS(name=" ".join(name.split()), count=len(found), candidates=shown)
            ) from None

    def is_slip_code(self, text: str) -> bool:
        """Whether `text` is a PIN slip's check-in code (scanned rather than typed)."""
        return parse_company_code(text) is not None

    def export_no_shows(self, out: Path) -> NoShowExport:
        """The no-show list as a table file (`services.exports.no_shows`)."""
        from fairdesk.services.exports.no_shows import export_no_shows

        return export_no_shows(self._engine, out)

    # -- writing -------------------------------------------------------------------------

    def check_in(self, company_id: uuid.UUID, *, method: str = "search",
                 representatives: int | None = None) -> ArrivalResult:  # fmt: skip
        """Check the company in now; "already" (nothing written) when it has arrived."""
        if method not in METHODS:
            raise ValueError(f"method must be one of {METHODS}, not {method!r}")
        if representatives is not None and not 1 <= representatives <= 99:
            raise UserError(BAD_COUNT())
        with write_session(self._engine) as session:
            company = session.get(Company, company_id)
            if company is None:
                raise UserError(COMPANY_GONE())
            arrived = _active(session, company_id)
            if not arrived:
                station = local_station(session)
                entry = CompanyArrival(station_id=station.id, company_id=company_id,
                                       method=method, representatives=representatives)  # fmt: skip
                changes(session).add(entry)
            row = next(r for r in _rows(session) if r.id == company_id)
        status: Status = "already" if arrived else "ok"
        logger.info("company %s check-in: %s (%s)", company_id, status, method)
        return ArrivalResult(status, row)

    def check_in_by_name(self, name: str, *, method: str = "search",
                         representatives: int | None = None) -> ArrivalResult:  # fmt: skip
        """`find(name)`, then `check_in`."""
        found = self.find(name)
        return self.check_in(found.id, method=method, representatives=representatives)

    def undo(self, company_id: uuid.UUID) -> CompanyArrivalRow:
        """Void the company's arrival (every active one); returns the row, now not arrived."""
        with write_session(self._engine) as session:
            company = session.get(Company, company_id)
            if company is None:
                raise UserError(COMPANY_GONE())
            arrived = _active(session, company_id)
            if not arrived:
                raise UserError(NOT_ARRIVED(company=company.name))
            now = utcnow()
            for entry in arrived:
                changes(session).update(entry, undone_at=now)
            row = next(r for r in _rows(session) if r.id == company_id)
        logger.info("company %s check-in undone", company_id)
        return row
