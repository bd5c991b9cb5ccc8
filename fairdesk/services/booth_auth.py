"""Opening a booth: which company this laptop serves, and its PIN.

The PIN is checked against `Company.pin_hash` (salted PBKDF2, `fairdesk.core.pins`). Checking is
deliberately slow, so screens call `check_pin` off the GUI thread. Repeated wrong PINs slow the
next attempt down (a short lockout), so a PIN cannot be guessed at keyboard speed.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlmodel import col, select

from fairdesk.core.pins import verify_pin
from fairdesk.errors import UserError
from fairdesk.store.engine import read_session
from fairdesk.store.models import Booth, Company

logger = logging.getLogger(__name__)

FREE_ATTEMPTS = 5
LOCKOUT_SECONDS = 30.0


class PinLockedOut(UserError):
    """Too many wrong PINs: the screen says how long to wait, in its own language."""

    def __init__(self, seconds: int) -> None:
        super().__init__(f"Too many wrong PINs. Try again in {seconds} seconds.")
        self.seconds = seconds


@dataclass(frozen=True)
class CompanyChoice:
    """A company as the booth's chooser lists it."""

    id: uuid.UUID
    name: str
    booth_code: str
    has_pin: bool


class BoothAuth:
    """Company list and PIN checks for booth stations (state: failed attempts per company)."""

    def __init__(self, engine: Engine, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._engine = engine
        self._clock = clock
        self._failures: dict[uuid.UUID, int] = {}
        self._locked_until: dict[uuid.UUID, float] = {}

    def companies(self) -> list[CompanyChoice]:
        """Every company of the fair with its booth code, sorted by booth then name."""
        with read_session(self._engine) as session:
            booths: dict[uuid.UUID, str] = {}
            for b in session.exec(select(Booth).order_by(col(Booth.code))):
                if b.company_id is not None:
                    booths.setdefault(b.company_id, b.code)
            found = [
                CompanyChoice(c.id, c.name, booths.get(c.id, ""), bool(c.pin_hash))
                for c in session.exec(select(Company))
            ]
        return sorted(found, key=lambda c: (c.booth_code == "", c.booth_code, c.name))

    def find(self, name: str) -> CompanyChoice:
        """The company called `name` (exactly, spaces trimmed); a UserError if there is none."""
        wanted = " ".join(name.split())
        for choice in self.companies():
            if choice.name == wanted:
                return choice
        raise UserError(f"No company called {wanted!r} in this station's database.")

    def check_pin(self, company_id: uuid.UUID, pin: str) -> bool:
        """Whether `pin` opens this company's booth; raises UserError when it cannot be tried."""
        now = self._clock()
        until = self._locked_until.get(company_id, 0.0)
        if now < until:
            raise PinLockedOut(int(until - now) + 1)
        with read_session(self._engine) as session:
            company = session.get(Company, company_id)
            if company is None:
                raise UserError("That company is not in this station's database.")
            stored = company.pin_hash
        if not stored:
            raise UserError("This company has no booth PIN yet. Ask the organiser to set one.")
        if verify_pin(pin.strip(), stored):
            self._failures.pop(company_id, None)
            return True
        failures = self._failures.get(company_id, 0) + 1
        self._failures[company_id] = failures
        if failures >= FREE_ATTEMPTS:
            self._locked_until[company_id] = self._clock() + LOCKOUT_SECONDS
            self._failures[company_id] = 0
        logger.info("wrong booth PIN for %s (%d)", company_id, failures)
        return False
