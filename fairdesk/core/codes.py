"""Badge codes: short, digits-only, signed.

Layout (39 digits, QR numeric mode → version 2 at ECC M)::

    V  FFFFFF  D  SSSSSSSSS  RR  TTTTTTTTTTTTTTTTTTTT
    1    6     1      9       2          20

V is the format version, F the fair's 6-digit code, D a Damm check digit over V+F (so a typo in
the header reads as *forged*, while an intact header of another fair reads as *another fair*),
S the badge serial (3-digit minting station number + 6-digit sequence), R the reissue number and
T an HMAC-SHA256 tag over the first 19 digits, keyed by the fair secret: the first 80 bits of the
digest reduced to 20 decimal digits (≈66 bits, above the 64-bit floor of DESIGN.md).

Digits survive every keyboard layout and an active Chinese IME; full-width digits typed by an IME
are folded with NFKC. No personal data is in the code.
"""

from __future__ import annotations

import hashlib
import hmac
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from fairdesk.core.messages import Message, Text, message

CODE_VERSION = 1
CODE_LENGTH = 39
HEADER_LENGTH = 8  # version + fair code + Damm digit
SERIAL_DIGITS = 9
REISSUE_DIGITS = 2
TAG_DIGITS = 20
SIGNED_LENGTH = HEADER_LENGTH + SERIAL_DIGITS + REISSUE_DIGITS  # 19
MAX_FAIR_CODE = 999_999
MAX_SERIAL = 10**SERIAL_DIGITS - 1
MAX_REISSUE = 10**REISSUE_DIGITS - 1
SERIAL_BLOCK = 1_000_000  # serials per minting station
MAX_INPUT = 200  # longer input is not worth normalising

_DAMM = (
    (0, 3, 1, 7, 5, 9, 8, 6, 4, 2),
    (7, 0, 9, 2, 1, 5, 4, 8, 6, 3),
    (4, 2, 0, 6, 8, 7, 1, 3, 5, 9),
    (1, 7, 5, 0, 9, 8, 3, 4, 2, 6),
    (6, 1, 2, 3, 0, 4, 5, 9, 7, 8),
    (3, 6, 7, 4, 2, 0, 9, 5, 8, 1),
    (5, 8, 6, 9, 7, 2, 0, 1, 3, 4),
    (8, 9, 4, 5, 3, 6, 2, 0, 1, 7),
    (9, 4, 3, 8, 6, 1, 7, 2, 0, 5),
    (2, 5, 8, 1, 4, 3, 6, 7, 9, 0),
)


class Rejection(StrEnum):
    """Why a code was refused; the desk shows each in plain words."""

    MALFORMED = "malformed"
    OTHER_FAIR = "other_fair"
    FORGED = "forged"
    REVOKED = "revoked"
    UNKNOWN = "unknown"


#: Why a code is refused, in the words the desk's messages, the CLI ("rejected: …", "refused: …")
#: and the booth use, so both stations name the same problem the same way. The keys stay stable.
REJECTION_WORDS: dict[Rejection, Message] = {
    Rejection.MALFORMED: message(
        "checkin.rejected.malformed", "not a FairDesk badge code", "不是 FairDesk 胸卡码"
    ),
    Rejection.OTHER_FAIR: message(
        "checkin.rejected.other_fair", "a badge of another fair", "其他招聘会的胸卡"
    ),
    Rejection.FORGED: message(
        "checkin.rejected.forged",
        "forged or mistyped code (signature does not match)",
        "伪造或输错的胸卡码（签名不符）",
    ),
    Rejection.REVOKED: message(
        "checkin.rejected.revoked",
        "revoked: a new badge was issued to this person",
        "已作废：此人已补发新胸卡",
    ),
    Rejection.UNKNOWN: message(
        "checkin.rejected.unknown", "unknown badge serial", "未知的胸卡序号"
    ),
}


def rejection_message(reason: Rejection | None) -> Text | None:
    """Why a code was refused, as a keyed message (None when it was not refused)."""
    return REJECTION_WORDS[reason]() if reason else None


@dataclass(frozen=True)
class CodeParts:
    """The fields of a well-formed code (signature not yet checked)."""

    fair_code: int
    serial: int
    reissue: int
    digits: str


@dataclass(frozen=True)
class Refused:
    """A rejected code: the reason and, when the header could be read, the serial."""

    reason: Rejection
    serial: int | None = None

    @property
    def message(self) -> Text:
        return REJECTION_WORDS[self.reason]()

    @property
    def text(self) -> str:
        """The reason in the current language."""
        return self.message.render()


def damm_digit(digits: str) -> int:
    """Damm check digit: catches every single-digit error and adjacent transposition."""
    interim = 0
    for ch in digits:
        interim = _DAMM[interim][ord(ch) - 48]
    return interim


def fold_input(text: str) -> str:
    """What a scanner or a person typed, as plain ASCII: NFKC (full-width digits) and trimmed.

    Input longer than MAX_INPUT once trimmed comes back trimmed but unfolded and uncut: cutting
    it would turn "a code, spaces, more digits" into the code alone, accepted. Folding twice
    gives the same text, so a caller may fold what another already folded.
    """
    trimmed = text.strip()
    if len(trimmed) > MAX_INPUT:
        return trimmed
    return unicodedata.normalize("NFKC", trimmed).strip()


def is_code_shaped(text: str) -> bool:
    """True when folded `text` has the length and alphabet of a badge code."""
    folded = fold_input(text)
    return len(folded) == CODE_LENGTH and folded.isascii() and folded.isdigit()


def _tag(secret: bytes, signed: str) -> str:
    digest = hmac.new(secret, signed.encode("ascii"), hashlib.sha256).digest()
    return str(int.from_bytes(digest[:10], "big") % 10**TAG_DIGITS).zfill(TAG_DIGITS)


def make_code(*, fair_code: int, secret: bytes, serial: int, reissue: int) -> str:
    """The digits printed in a badge's QR code."""
    if not 0 <= fair_code <= MAX_FAIR_CODE:
        raise ValueError(f"fair code out of range: {fair_code}")
    if not 0 <= serial <= MAX_SERIAL:
        raise ValueError(f"serial out of range: {serial}")
    if not 0 <= reissue <= MAX_REISSUE:
        raise ValueError(f"reissue out of range: {reissue}")
    head = f"{CODE_VERSION}{fair_code:06d}"
    signed = f"{head}{damm_digit(head)}{serial:0{SERIAL_DIGITS}d}{reissue:0{REISSUE_DIGITS}d}"
    return signed + _tag(secret, signed)


def parse_code(text: str) -> CodeParts | Refused:
    """Read the fields without the key (what a booth can do). Never raises."""
    digits = fold_input(text)
    if len(digits) != CODE_LENGTH or not (digits.isascii() and digits.isdigit()):
        return Refused(Rejection.MALFORMED)
    if damm_digit(digits[:HEADER_LENGTH]) != 0:
        return Refused(Rejection.FORGED)
    if int(digits[0]) != CODE_VERSION:
        return Refused(Rejection.MALFORMED)
    serial = int(digits[HEADER_LENGTH : HEADER_LENGTH + SERIAL_DIGITS])
    reissue = int(digits[HEADER_LENGTH + SERIAL_DIGITS : SIGNED_LENGTH])
    return CodeParts(fair_code=int(digits[1:7]), serial=serial, reissue=reissue, digits=digits)


def verify_code(text: str, *, fair_code: int, secret: bytes) -> CodeParts | Refused:
    """Check a code offline with the fair's key (desks and the organiser). Never raises.

    Returns the parts of a genuine code of this fair, or why it was refused (malformed, another
    fair, forged). Whether the serial is known or its reissue current is the store's question.
    """
    parts = parse_code(text)
    if isinstance(parts, Refused):
        return parts
    if parts.fair_code != fair_code:
        return Refused(Rejection.OTHER_FAIR)
    expected = _tag(secret, parts.digits[:SIGNED_LENGTH])
    if not hmac.compare_digest(expected, parts.digits[SIGNED_LENGTH:]):
        return Refused(Rejection.FORGED)
    return parts


def short_serial(serial: int, reissue: int) -> str:
    """Human-readable serial printed under the QR, e.g. ``001-000042/0``."""
    station, seq = divmod(serial, SERIAL_BLOCK)
    return f"{station:03d}-{seq:06d}" + (f"/{reissue}" if reissue else "")
