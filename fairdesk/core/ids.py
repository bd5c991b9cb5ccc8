"""Time-ordered UUIDv7 ids (RFC 9562), so rows made on many laptops merge without collisions.

Python 3.11 has no `uuid.uuid7`; this is the RFC's layout: 48-bit Unix milliseconds, version 7,
12 bits of sub-millisecond counter (monotonic within one process), variant, 62 random bits.
"""

from __future__ import annotations

import os
import struct
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_counter = 0
_RAND_MASK = (1 << 62) - 1
_MS_MASK = (1 << 48) - 1
_FIXED = (0x7 << 76) | (0b10 << 62)  # version 7, RFC variant


def uuid7() -> uuid.UUID:
    """A new UUIDv7; ids from one process sort in creation order."""
    return uuid7_many(1)[0]


def uuid7_many(count: int) -> list[uuid.UUID]:
    """`count` new UUIDv7s in creation order, as that many calls of `uuid7` in one instant.

    One lock, one clock reading and one read of the system's random source for the lot: a
    50,000-row import mints 100,000 ids. Past 4,096 ids in a millisecond the counter borrows the
    next millisecond, as `uuid7` does, so a big batch runs a few milliseconds ahead of the clock.
    """
    global _last_ms, _counter
    stamps: list[int] = []
    with _lock:
        now = time.time_ns() // 1_000_000
        last, counter = _last_ms, _counter
        for _ in range(count):
            if now <= last:
                counter += 1
                if counter > 0xFFF:  # counter exhausted: borrow the next millisecond
                    last += 1
                    counter = 0
            else:
                last, counter = now, 0
            stamps.append(((last & _MS_MASK) << 80) | (counter << 64) | _FIXED)
        _last_ms, _counter = last, counter
    noise = struct.unpack(f">{count}Q", os.urandom(8 * count))
    return [_from_int(s | (r & _RAND_MASK)) for s, r in zip(stamps, noise, strict=True)]


def _from_int(value: int) -> uuid.UUID:
    """`uuid.UUID(int=value)` for a value known to be in range, without the argument checks.

    What Python 3.14's own `uuid.UUID._from_int` does (and its uuid7 uses); twice as fast.
    """
    made = object.__new__(uuid.UUID)
    object.__setattr__(made, "int", value)
    object.__setattr__(made, "is_safe", uuid.SafeUUID.unknown)
    return made
