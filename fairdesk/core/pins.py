"""Booth PINs, stored only as a salted, slow hash.

A booth laptop is unlocked with a short PIN, so the stored value must resist guessing if a
database file is copied: PBKDF2-HMAC-SHA256 with a random 16-byte salt and many iterations,
written as ``pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>`` so the cost can be raised later
while old hashes still verify. Hashing is deliberately slow (~0.1–0.3 s), so callers that need
one PIN for many companies (the demo) hash it once and reuse the result.

A PIN is 4–8 ASCII digits. `clean_pin` is what a person typed made comparable (full-width
digits from a Chinese input method become ASCII, spaces go); `check_pin_format` refuses anything
else with a keyed message; `random_pin` draws one with `secrets`, never an obvious one (1111,
123456), so a slip handed out at the fair is no easier to guess than its length says.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import logging
import os
import re
import secrets

from fairdesk.core.messages import message
from fairdesk.errors import UserError

logger = logging.getLogger(__name__)

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 260_000
MIN_ITERATIONS = 200_000
SALT_BYTES = 16
_HASH_BYTES = 32
PIN_MIN_DIGITS, PIN_MAX_DIGITS = 4, 8
RANDOM_DIGITS = 6
_PIN = re.compile(f"[0-9]{{{PIN_MIN_DIGITS},{PIN_MAX_DIGITS}}}")

PIN_FORMAT = message(
    "booth.pin_digits",
    "A booth PIN is {low}–{high} digits (0–9), nothing else.",
    "展位 PIN 须为 {low}–{high} 位数字（0–9），不能含其他字符。",
)


_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def clean_pin(typed: str) -> str:
    """`typed` as it will be compared: full-width digits (１２３４) made ASCII, spaces removed.

    Only those: other digit-like characters (², ١) stay and fail the format check.
    """
    return "".join(c for c in typed.translate(_FULL_WIDTH_DIGITS) if not c.isspace())


def check_pin_format(typed: str) -> str:
    """The cleaned PIN when it is 4–8 ASCII digits; a UserError (`booth.pin_digits`) if not."""
    pin = clean_pin(typed)
    if not _PIN.fullmatch(pin):
        raise UserError(PIN_FORMAT(low=PIN_MIN_DIGITS, high=PIN_MAX_DIGITS))
    return pin


def is_obvious(pin: str) -> bool:
    """One digit repeated, or a run up or down (0000, 123456, 9876): the first guesses."""
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(pin)}
    return len(steps) == 1 and steps <= {0, 1, 9}


def random_pin(digits: int = RANDOM_DIGITS) -> str:
    """A PIN of `digits` digits from the OS's random source, never an obvious one."""
    if not PIN_MIN_DIGITS <= digits <= PIN_MAX_DIGITS:
        raise ValueError(f"a PIN has {PIN_MIN_DIGITS}–{PIN_MAX_DIGITS} digits")
    while True:
        pin = f"{secrets.randbelow(10**digits):0{digits}d}"
        if not is_obvious(pin):
            return pin


def hash_pin(pin: str, *, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    """The storable hash of `pin`; a fresh random salt unless one is given.

    A fixed `salt` is only for the demo's shared, public PIN "0000", where reproducible output
    matters and secrecy does not.
    """
    if iterations < MIN_ITERATIONS:
        raise ValueError(f"at least {MIN_ITERATIONS} iterations are required")
    if salt is None:
        salt = os.urandom(SALT_BYTES)
    elif len(salt) < SALT_BYTES:
        raise ValueError(f"the salt must be at least {SALT_BYTES} bytes")
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, iterations, _HASH_BYTES)
    return f"{ALGORITHM}${iterations}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    """Whether `pin` matches `stored` (constant-time); a malformed `stored` never matches."""
    parts = stored.split("$")
    if len(parts) != 4 or parts[0] != ALGORITHM:
        logger.warning("unrecognised PIN hash format")
        return False
    try:
        iterations = int(parts[1])
        salt = bytes.fromhex(parts[2])
        expected = bytes.fromhex(parts[3])
    except ValueError:
        logger.warning("malformed PIN hash")
        return False
    if iterations < 1 or not salt or not expected:
        logger.warning("malformed PIN hash")
        return False
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, iterations, len(expected))
    return hmac.compare_digest(digest, expected)
