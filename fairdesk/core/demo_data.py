"""The built-in demo fair: the seed report's 「慈善英才·智聚中山」 双选会, as pure data.

32 Zhongshan organisations meet students of five Beijing universities at Beihang and Peking
University on 22–23 October 2025. Everything is deterministic: the same seed and attendee count
give the same companies, people, student numbers, phones and (through the fixed fair code and
secret below) the same badge codes, so docs, screenshots and tests can rely on them. Only the
UUIDv7 row ids differ between builds.

The fair secret is derived from a public string, so demo badge codes are forgeable by design:
never run a real fair on the demo database.

Companies live in `demo_companies`, names in `demo_people`, students in `demo_students`; this
module ties them to the fair and is the one place callers import from.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import date

from fairdesk.core.companies import uscc_check_char
from fairdesk.core.demo_companies import (
    CITY,
    HALLS,
    SECTORS,
    DemoCompany,
    DemoPosition,
    demo_companies,
    is_valid_uscc,
)
from fairdesk.core.demo_students import (
    SHOWCASE_NAMES,
    UNIVERSITY_NAMES,
    DemoStudent,
    iter_students,
)

logger = logging.getLogger(__name__)

__all__ = [
    "CITY",
    "DEMO_PIN",
    "DEMO_PIN_SALT",
    "DEMO_SEED",
    "FAIR",
    "HALLS",
    "SECTORS",
    "SHOWCASE_NAMES",
    "UNIVERSITY_NAMES",
    "DemoCompany",
    "DemoFair",
    "DemoPosition",
    "DemoStudent",
    "demo_companies",
    "is_valid_uscc",
    "iter_students",
    "uscc_check_char",
]

DEMO_SEED = 20251022
DEMO_PIN = "0000"
# A fixed salt is acceptable only because the demo PIN is public; real PINs get a random salt.
DEMO_PIN_SALT = b"fairdesk-demo-pin"


@dataclass(frozen=True, slots=True)
class DemoFair:
    """The fair row's fields."""

    name: str
    venue: str
    starts_on: date
    ends_on: date
    halls: tuple[str, ...]
    code: int
    secret: str


def _secret(name: str) -> str:
    return hashlib.sha256(f"fairdesk-demo:{name}".encode()).hexdigest()


FAIR = DemoFair(
    name="慈善英才·智聚中山",
    venue="北京航空航天大学、北京大学",
    starts_on=date(2025, 10, 22),
    ends_on=date(2025, 10, 23),
    halls=HALLS,
    code=251022,
    secret=_secret("慈善英才·智聚中山"),
)
