"""Giving companies their booth PINs: one company at a time, or every company that has none.

The PIN in clear exists only in the returned `PinSlip`, for the command line to print once or
for the slips PDF; the database keeps only its salted PBKDF2 hash (core.pins). Hashing is slow
on purpose, so it happens before the write transaction opens (a desk writing meanwhile is not
held up), several at a time for a whole fair.

Setting a PIN on a company that has one replaces it: the old PIN fails from the next check on
(booth_auth reads the hash at every check). `plan_missing_pins` + `apply_plan` let the caller
write the slips file before the PINs are committed, so a PDF that cannot be written leaves no
company with a PIN nobody knows; a company given a PIN by someone else in between is skipped.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from sqlalchemy import Engine

from fairdesk.core.pins import check_pin_format, hash_pin, random_pin
from fairdesk.errors import UserError
from fairdesk.services.booth.auth import COMPANY_GONE, BoothAuth, CompanyChoice
from fairdesk.store.engine import write_session
from fairdesk.store.models import Company, utcnow
from fairdesk.store.seam import changes

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PinSlip:
    """A company's new PIN in clear, to be shown once; `replaced` when it had one before."""

    company_id: uuid.UUID
    name: str
    booth_code: str
    pin: str
    replaced: bool = False


@dataclass(frozen=True)
class PinPlan:
    """New PINs chosen and hashed but not yet stored, and the companies left as they are."""

    slips: tuple[PinSlip, ...]
    hashes: tuple[str, ...]  # one per slip, same order
    skipped: tuple[CompanyChoice, ...]


def set_pin(engine: Engine, name: str, pin: str | None = None) -> PinSlip:
    """Set (or reset) the PIN of the company `name` means: `pin`, or a random one when None."""
    clear = random_pin() if pin is None else check_pin_format(pin)
    choice = BoothAuth(engine).find(name)
    hashed = hash_pin(clear)  # slow: outside the write lock
    with write_session(engine) as session:
        company = session.get(Company, choice.id)
        if company is None:
            raise UserError(COMPANY_GONE())
        replaced = bool(company.pin_hash)
        changes(session).update(company, pin_hash=hashed, updated_at=utcnow())
    logger.info("booth PIN %s for %s", "reset" if replaced else "set", choice.id)
    return PinSlip(choice.id, choice.name, choice.booth_code, clear, replaced)


def _hash_all(pins: Sequence[str]) -> list[str]:
    workers = max(1, min(4, os.cpu_count() or 1))  # PBKDF2 releases the GIL
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(hash_pin, pins))


def plan_missing_pins(engine: Engine) -> PinPlan:
    """A random PIN, hashed, for every company without one; nothing is written yet."""
    companies = BoothAuth(engine).companies()
    missing = [c for c in companies if not c.has_pin]
    slips = tuple(PinSlip(c.id, c.name, c.booth_code, random_pin()) for c in missing)
    hashes = tuple(_hash_all([s.pin for s in slips]))
    return PinPlan(slips, hashes, tuple(c for c in companies if c.has_pin))


def apply_plan(engine: Engine, plan: PinPlan) -> PinPlan:
    """Store the planned PINs in one transaction; returns what was stored.

    A company that meanwhile got a PIN (or was removed) is left alone and dropped from the
    result's slips, so no slip is printed with a PIN that does not open its booth.
    """
    stored: list[tuple[PinSlip, str]] = []
    skipped = list(plan.skipped)
    now = utcnow()
    with write_session(engine) as session:
        for slip, hashed in zip(plan.slips, plan.hashes, strict=True):
            company = session.get(Company, slip.company_id)
            if company is None:
                continue
            if company.pin_hash:
                skipped.append(CompanyChoice(slip.company_id, slip.name, slip.booth_code, True))
                continue
            changes(session).update(company, pin_hash=hashed, updated_at=now)
            stored.append((slip, hashed))
    logger.info("booth PINs set for %d companies, %d skipped", len(stored), len(skipped))
    return PinPlan(
        tuple(s for s, _ in stored),
        tuple(h for _, h in stored),
        tuple(sorted(skipped, key=lambda c: (c.booth_code == "", c.booth_code, c.name))),
    )
