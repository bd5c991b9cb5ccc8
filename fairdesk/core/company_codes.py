"""The employer check-in code on a booth's PIN slip: digits only, like a badge code, so a
keyboard-wedge scanner types it under any layout or input method.

`8` and the company's id as 39 decimal digits (40 in all, a version-2 QR). It names the
company and nothing else — no PIN, no secret: checking a company in is no more than finding it
by name, which anyone at the desk can do. A badge code starts with `1`, so the two never meet.
"""

from __future__ import annotations

import unicodedata
import uuid

PREFIX = "8"
LENGTH = 40


def company_code(company_id: uuid.UUID) -> str:
    """The check-in code printed on the company's PIN slip."""
    return f"{PREFIX}{company_id.int:039d}"


def parse_company_code(text: str) -> uuid.UUID | None:
    """The company id of a scanned or typed code, or None when `text` is not one (a name, a
    booth code, a badge code). Full-width digits count (an input method may send them)."""
    digits = "".join(unicodedata.normalize("NFKC", text).split())
    if len(digits) != LENGTH or not digits.isascii() or not digits.isdigit():
        return None
    if not digits.startswith(PREFIX):
        return None
    value = int(digits[1:])
    return uuid.UUID(int=value) if value < 1 << 128 else None
