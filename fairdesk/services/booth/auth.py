"""Opening a booth: which company this laptop serves, and its PIN.

The PIN is checked against `Company.pin_hash` (salted PBKDF2, `fairdesk.core.pins`). Checking is
deliberately slow, so screens call `check_pin` off the GUI thread. Repeated wrong PINs slow the
next attempt down (a short lockout), so a PIN cannot be guessed at keyboard speed.

The hash is read from the database at every check, never kept: a PIN reset by the organiser
(`fairdesk company pin`, services/booth_pins.py) refuses the old PIN at the very next try on a
station that shares the database file. A booth that is open at that moment stays open until it
locks (Ctrl+L or idle); a laptop with its own copy of the database keeps the old hash until it
gets a new copy.
"""

from __future__ import annotations

import logging
import re
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlmodel import col, select

from fairdesk.core.company_match import match_company
from fairdesk.core.messages import message
from fairdesk.core.pins import clean_pin, verify_pin
from fairdesk.errors import UserError
from fairdesk.store.engine import read_session
from fairdesk.store.models import Booth, Company

logger = logging.getLogger(__name__)

FREE_ATTEMPTS = 5
LOCKOUT_SECONDS = 30.0

LOCKED_OUT = message(
    "booth.pin_locked_out",
    "Too many wrong PINs. Try again in {seconds} seconds.",
    "PIN 错误次数过多，请 {seconds} 秒后再试。",
)
COMPANY_GONE = message(
    "booth.company_gone",
    "That company is not in this station's database.",
    "本站数据库中没有这家企业。",
)
NO_PIN = message(
    "booth.no_pin",
    "{name} has no booth PIN yet. The organiser sets one with:\n{command}",
    "{name} 还没有展位 PIN。请主办方运行：\n{command}",
)


def set_pin_command(name: str) -> str:
    """The command the organiser runs to give `name` a PIN (quoted for a shell)."""
    quoted = re.sub(r'([\\"$`])', r"\\\1", name)
    return f'fairdesk company pin "{quoted}" --random'


class PinLockedOut(UserError):
    """Too many wrong PINs: the screen says how long to wait, in its own language."""

    def __init__(self, seconds: int) -> None:
        super().__init__(LOCKED_OUT(seconds=seconds))
        self.seconds = seconds


class NoPinYet(UserError):
    """The company has no PIN: the message names the command that gives it one."""

    def __init__(self, name: str) -> None:
        super().__init__(NO_PIN(name=name, command=set_pin_command(name)))
        self.command = set_pin_command(name)


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
        """The company `name` means (core.company_match); a UserError listing near names if none."""
        return match_company(name, self.companies())

    def check_pin(self, company_id: uuid.UUID, pin: str) -> bool:
        """Whether `pin` opens this company's booth; raises UserError when it cannot be tried."""
        now = self._clock()
        until = self._locked_until.get(company_id, 0.0)
        if now < until:
            raise PinLockedOut(int(until - now) + 1)
        with read_session(self._engine) as session:
            company = session.get(Company, company_id)
            if company is None:
                raise UserError(COMPANY_GONE())
            stored, name = company.pin_hash, company.name
        if not stored:
            raise NoPinYet(name)
        if verify_pin(clean_pin(pin), stored):
            self._failures.pop(company_id, None)
            return True
        failures = self._failures.get(company_id, 0) + 1
        self._failures[company_id] = failures
        if failures >= FREE_ATTEMPTS:
            self._locked_until[company_id] = self._clock() + LOCKOUT_SECONDS
            self._failures[company_id] = 0
        logger.info("wrong booth PIN for %s (%d)", company_id, failures)
        return False
