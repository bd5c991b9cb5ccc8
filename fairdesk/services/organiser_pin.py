"""The organiser PIN: what keeps a desk laptop from becoming the organiser's station.

The fair stores only a salted slow hash (`Fair.organiser_pin_hash`, `core.pins`), set when the
fair is created (the New fair wizard, `fairdesk setup --organiser-pin`). Desk packs carry it, so
a desk laptop started from a pack can check the PIN on its own; booth packs blank it.

`organiser_pin_hash(typed)` checks what a person chose (4–8 digits, not an obvious one such as
1234) and hashes it. `OrganiserLock` answers whether this laptop needs the PIN to open the
organiser role (`gate`) and checks a typed PIN (`verify_organiser_pin`): slow, so screens call it
off the GUI thread, and a few wrong tries make the next one wait (a short lockout held in
memory), as the booth lock does.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from enum import StrEnum

from sqlalchemy import Engine
from sqlmodel import col, select

from fairdesk.core.messages import message
from fairdesk.core.pins import PIN_MAX_DIGITS, PIN_MIN_DIGITS, clean_pin, hash_pin, is_obvious
from fairdesk.core.pins import verify_pin as pin_matches
from fairdesk.core.roles import Role
from fairdesk.errors import UserError
from fairdesk.store.engine import read_session
from fairdesk.store.models import Fair, Station

logger = logging.getLogger(__name__)

FREE_ATTEMPTS = 3
LOCKOUT_SECONDS = 30.0

PIN_DIGITS = message(
    "organiser.pin_digits",
    "The organiser PIN is {low}–{high} digits (0–9), nothing else.",
    "主办方 PIN 须为 {low}–{high} 位数字（0–9），不能含其他字符。",
)
PIN_OBVIOUS = message(
    "organiser.pin_obvious",
    "{pin} is too easy to guess (one digit repeated, or a run). Choose another.",
    "{pin} 太容易被猜到（同一数字重复或连续数字），请换一个。",
)
PIN_LOCKED_OUT = message(
    "organiser.pin_locked_out",
    "Too many wrong organiser PINs. Try again in {seconds} seconds.",
    "主办方 PIN 错误次数过多，请 {seconds} 秒后再试。",
)


class OrganiserGate(StrEnum):
    """What opening the organiser role on this laptop takes."""

    OPEN = "open"  # the organiser's own laptop, or an empty database (the New fair wizard)
    NEEDS_PIN = "needs_pin"  # a desk laptop of a fair with an organiser PIN
    NO_PIN_SET = "no_pin_set"  # a desk laptop of a fair made before organiser PINs existed
    BOOTH_STATION = "booth_station"  # a company's booth laptop: never the organiser's tools


class OrganiserPinLockedOut(UserError):
    """Too many wrong PINs: the dialog says how long to wait."""

    def __init__(self, seconds: int) -> None:
        super().__init__(PIN_LOCKED_OUT(seconds=seconds))
        self.seconds = seconds


def check_organiser_pin(typed: str) -> str:
    """The cleaned PIN (full-width digits made ASCII, spaces gone) when it is fit to be the
    organiser PIN; a UserError (`organiser.pin_digits`, `organiser.pin_obvious`) if not."""
    pin = clean_pin(typed)
    if not (pin.isascii() and pin.isdigit() and PIN_MIN_DIGITS <= len(pin) <= PIN_MAX_DIGITS):
        raise UserError(PIN_DIGITS(low=PIN_MIN_DIGITS, high=PIN_MAX_DIGITS))
    if is_obvious(pin):
        raise UserError(PIN_OBVIOUS(pin=pin))
    return pin


def organiser_pin_hash(typed: str) -> str:
    """The storable hash of a new organiser PIN (checked first, see `check_organiser_pin`)."""
    return hash_pin(check_organiser_pin(typed))


class OrganiserLock:
    """The gate and the PIN check (state: wrong tries so far, held in memory)."""

    def __init__(self, engine: Engine, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._engine = engine
        self._clock = clock
        self._failures = 0
        self._locked_until = 0.0

    def _read(self) -> tuple[str | None, str | None, bool]:
        """(local station role, stored hash, whether a fair exists)."""
        with read_session(self._engine) as session:
            station = session.exec(select(Station).where(col(Station.is_local))).first()
            fair = session.exec(select(Fair).order_by(col(Fair.created_at))).first()
            role = station.role if station is not None else None
            return role, fair.organiser_pin_hash if fair is not None else None, fair is not None

    def gate(self) -> OrganiserGate:
        """Whether this laptop may open the organiser role as it is, or needs the PIN."""
        role, stored, has_fair = self._read()
        if role == Role.BOOTH and has_fair:
            # what the organiser's tools would write there goes back to the organiser in the
            # booth's bundle: a recruiter could rename or delete students fair-wide
            return OrganiserGate.BOOTH_STATION
        if role != Role.DESK or not has_fair:
            return OrganiserGate.OPEN
        if not stored:
            logger.warning("a desk laptop opens the organiser role: the fair has no organiser PIN")
            return OrganiserGate.NO_PIN_SET
        return OrganiserGate.NEEDS_PIN

    def verify_organiser_pin(self, pin: str) -> bool:
        """Whether `pin` is the fair's organiser PIN. A fair without one matches nothing (the
        gate says it is open instead); OrganiserPinLockedOut while a lockout lasts."""
        now = self._clock()
        if now < self._locked_until:
            raise OrganiserPinLockedOut(int(self._locked_until - now) + 1)
        _role, stored, _has_fair = self._read()
        if stored and pin_matches(clean_pin(pin), stored):
            self._failures = 0
            return True
        self._failures += 1
        logger.info("wrong organiser PIN (%d)", self._failures)
        if self._failures >= FREE_ATTEMPTS:
            self._locked_until = self._clock() + LOCKOUT_SECONDS
            self._failures = 0
        return False


def verify_organiser_pin(engine: Engine, pin: str) -> bool:
    """One check of `pin` against the fair's organiser PIN (no lockout: scripts, tests)."""
    return OrganiserLock(engine).verify_organiser_pin(pin)
