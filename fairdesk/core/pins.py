"""Booth PINs, stored only as a salted, slow hash.

A booth laptop is unlocked with a short PIN, so the stored value must resist guessing if a
database file is copied: PBKDF2-HMAC-SHA256 with a random 16-byte salt and many iterations,
written as ``pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>`` so the cost can be raised later
while old hashes still verify. Hashing is deliberately slow (~0.1–0.3 s), so callers that need
one PIN for many companies (the demo) hash it once and reuse the result.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os

logger = logging.getLogger(__name__)

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 260_000
MIN_ITERATIONS = 200_000
SALT_BYTES = 16
_HASH_BYTES = 32


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
