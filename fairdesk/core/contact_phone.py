"""A company contact's phone, kept as the person wrote it.

Students' phones are keys (the desk searches by them), so `normalize.phone` reduces them to
digits. A company's contact phone is only ever read by a person, and its grouping carries
meaning: in 02087654321 nobody can tell the area code (020) from the number, so
"020-8765 4321" must stay as written. The rule:

- a mainland mobile, alone (13912345678, "+86 139 1234 5678", "139-1234-5678"), is stored as its
  11 digits, like a student's;
- anything else that is a phone number is stored as written: full-width characters folded
  (０２０ → 020, （ → (), whitespace runs collapsed to one space, nothing else changed;
- several numbers in one cell ("0760-88886666 / 13912345678", separated by / 、 ; ，) are each
  checked and the cell is kept as written.

A number is a mainland landline with its area code (0 + 9–11 more digits: 020-8765 4321,
0760-8888 6666), a local number without one (7–8 digits), a 400/800 service number (10 digits),
a mobile, or an international number after + or 00 (7–15 digits). An extension may follow after
转, 分机, ext, x, # or a last "-": 0760-8888 6666 转 123. Anything else is a `FieldError`.
"""

from __future__ import annotations

import re

from fairdesk.core import normalize
from fairdesk.core.messages import message
from fairdesk.core.normalize import EXCEL_SCIENTIFIC, MOBILE_DIGITS, FieldError, Raw

NOT_CONTACT_PHONE = message(
    "companies.not_phone",
    "not a phone number (a mobile, a landline like 020-8765 4321, or 400/800)",
    "不是有效的电话号码（手机、020-8765 4321 这样的座机或 400/800 电话）",
)
SCIENTIFIC = normalize.SCIENTIFIC

_SEPARATORS = re.compile(r"\s*(?:[/、;；，,]|\s或\s)\s*")
_EXTENSION = re.compile(r"^(.*?\d)\s*(?:转|分机|ext\.?|x|#|-)\s*(\d{1,6})$", re.IGNORECASE)
_ALLOWED = re.compile(r"^\+?[\d\s\-().]+$")


def _number_digits(part: str) -> tuple[str, bool] | None:
    """The digits of one number without extension, and whether it was international."""
    if not _ALLOWED.match(part):
        return None
    digits = re.sub(r"\D", "", part)
    if part.startswith("+"):
        return digits, True
    if digits.startswith("00"):
        return digits[2:], True
    return digits, False


def _plausible(digits: str, international: bool) -> bool:
    if international:
        if digits.startswith("86"):
            national = digits[2:]
            return bool(MOBILE_DIGITS.fullmatch(national)) or (
                not national.startswith("0") and 9 <= len(national) <= 11
            )
        return 7 <= len(digits) <= 15
    if MOBILE_DIGITS.fullmatch(digits):
        return True
    if digits.startswith("0"):
        return 10 <= len(digits) <= 12
    if digits.startswith(("400", "800")):
        return len(digits) == 10
    return 7 <= len(digits) <= 8


def _one_number(part: str) -> str | None:
    """The mobile's 11 digits, "" for another valid number, None when it is not a number."""
    found = _number_digits(part)
    if found is not None and _plausible(*found):
        digits, international = found
        if international:
            digits = digits[2:] if digits.startswith("86") else ""
        return digits if MOBILE_DIGITS.fullmatch(digits) else ""
    m = _EXTENSION.match(part)
    if m is None:
        return None
    found = _number_digits(m.group(1))
    if found is None or not _plausible(*found):
        return None
    return ""  # a number with an extension is kept as written, even a mobile's


def contact_phone(value: Raw, field: str = "phone") -> str | None:
    """A contact phone as written (see the module docstring); a lone mobile as 11 digits."""
    if isinstance(value, str):  # fold first: a full-width space between full-width digits stays
        value = normalize.nfkc(value)
    s = normalize.digits(value)
    if not s:
        return None
    s = normalize.drop_float_zeros(s)
    if EXCEL_SCIENTIFIC.fullmatch(s.replace(" ", "")):
        raise FieldError(field, SCIENTIFIC())
    parts = [p for p in _SEPARATORS.split(s) if p]
    if not parts:
        raise FieldError(field, NOT_CONTACT_PHONE())
    found = [_one_number(p) for p in parts]
    if any(f is None for f in found):
        raise FieldError(field, NOT_CONTACT_PHONE())
    if len(parts) == 1 and found[0]:
        return found[0]
    return s
