"""Field normalisers for imported rows: each returns the clean value or raises `FieldError`.

Rosters arrive typed by hand, pasted from web forms and round-tripped through Excel, so the same
value comes in many shapes (full-width digits, "+86 137-0000-0001", "2023届", "硕士研究生").
Normalisers accept the raw cell value (a string, or an int/float from an xlsx numeric cell) and
never raise anything but `FieldError`, whose reason (a keyed `Text`, see `core.messages`) is
shown to the organiser in the rejects file, in the interface's language.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from datetime import date

from fairdesk.core.messages import Text, message, render
from fairdesk.core.vocabulary import Degree

logger = logging.getLogger(__name__)

Raw = str | int | float | None


class FieldError(ValueError):
    """A field value that cannot be made valid: the `field` and why (`reason`, a keyed `Text`;
    a plain string is still accepted). Show it with `core.messages.render(exc.reason)`."""

    def __init__(self, field: str, reason: Text | str) -> None:
        super().__init__(field, reason)
        self.field = field
        self.reason: Text | str = reason

    def __str__(self) -> str:
        return f"{self.field}: {render(self.reason)}"

    @property
    def key(self) -> str:
        """The reason's stable key ("normalize.not_mobile"; "" for a plain-string reason)."""
        return self.reason.key if isinstance(self.reason, Text) else ""


class DoubtfulPhone(FieldError):
    """Plain digits of a plausible length that are not a mobile number: a typo or a landline.

    The digits are all there (unlike Excel's scientific notation), so a row that has another key
    (its 学号) may go in without the phone, with a warning; see `roster.validate_attendee`.
    """


# Whitespace that Excel and Chinese IMEs leave around values: ASCII, NBSP, full-width space, …
_WS_CLASS = r"[\s\u00a0\u3000\u2000-\u200b\u202f\u205f\ufeff]"
_WS_RUN = re.compile(_WS_CLASS + "+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CJK = (
    r"\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3040-\u30ff\u3100-\u312f\u3190-\u31ff"
    r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\U00020000-\U000323af"
    r"\u00b7\u30fb"
)
_WS_BETWEEN_CJK = re.compile(f"(?<=[{_CJK}]){_WS_CLASS}+(?=[{_CJK}])")
_CONTROL_OR_WS = re.compile(f"{_WS_CLASS}|{_CONTROL.pattern}")


_FLOAT_TEXT = re.compile(r"^(\d+)\.0+$")


def drop_float_zeros(s: str) -> str:
    """ "13912345678.0" -> "13912345678": a number Excel wrote as a float into a CSV."""
    m = _FLOAT_TEXT.match(s)
    return m.group(1) if m else s


def _raw_to_str(value: Raw) -> str:
    """An xlsx numeric cell as its digits (13912345678.0 -> "13912345678"); strings unchanged."""
    if type(value) is str:
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return ""
        if value.is_integer():
            return str(int(value))
        return repr(value)
    return str(value)


def text(value: Raw) -> str:
    """Trimmed text; whitespace between CJK characters dropped, other runs collapsed to one space.

    Characters are otherwise kept as given: no NFKC (it would change CJK compatibility
    ideographs), characters beyond the BMP and middle dots stay.
    """
    s = _raw_to_str(value)
    if _CONTROL_OR_WS.search(s) is None:
        return s  # the common case (one scan of the text): nothing to drop or trim
    if _CONTROL.search(s) is not None:  # pasted from a web form; Excel cannot even store them
        s = _CONTROL.sub("", s)
    if _WS_RUN.search(s) is None:
        return s
    s = _WS_BETWEEN_CJK.sub("", s)
    s = _WS_RUN.sub(" ", s)
    return s.strip(" ")


def nfkc(s: str) -> str:
    """NFKC of `s`; ASCII text (most cells) is its own NFKC form and is returned as it is."""
    return s if s.isascii() else unicodedata.normalize("NFKC", s)


def digits(value: Raw) -> str:
    """NFKC-folded text (full-width １３７ -> 137), trimmed."""
    return nfkc(text(value)).strip()


NOT_MOBILE_TEXT = message(
    "normalize.not_mobile",
    "not a mainland mobile number (11 digits starting 13–19)",
    "不是有效的手机号码（应为 1 开头的 11 位数字）",
)
SCIENTIFIC = message(
    "normalize.scientific",
    "number was turned into scientific notation by Excel",
    "号码被 Excel 转成了科学计数法",
)
NOT_PHONE = message("normalize.not_phone", "not a phone number", "电话号码格式不正确")
#: A mainland mobile number as clean digits (use with fullmatch); ASCII digits only, so a cell
#: that matches is already what `phone` returns.
MOBILE_DIGITS = re.compile(r"1[3-9][0-9]{9}")
#: What Excel makes of a long number ("1.39123E+10"); use with fullmatch on text without spaces.
EXCEL_SCIENTIFIC = re.compile(r"\d+(\.\d+)?[eE][+\-]?\d+")
_PHONE_JUNK = re.compile(r"[\s\-\.\(\)\u2010-\u2015/]")


def phone(value: Raw, field: str = "phone") -> str | None:
    """Mainland mobile as 11 digits; a foreign number as +<digits> (E.164). Empty -> None."""
    if type(value) is str and MOBILE_DIGITS.fullmatch(value):
        return value  # the common cell, already clean: what the steps below would return
    s = digits(value)
    if not s:
        return None
    if EXCEL_SCIENTIFIC.fullmatch(s.replace(" ", "")):
        raise FieldError(field, SCIENTIFIC())
    compact = _PHONE_JUNK.sub("", drop_float_zeros(s))
    international = False
    if compact.startswith("+"):
        compact = compact[1:]
        international = True
    elif compact.startswith("00"):
        compact = compact[2:]
        international = True
    if not compact.isascii() or not compact.isdigit():
        raise FieldError(field, NOT_PHONE())
    if international or (compact.startswith("86") and len(compact) == 13):
        if compact.startswith("86"):
            national = compact[2:]
            if MOBILE_DIGITS.fullmatch(national):
                return national
            raise FieldError(field, NOT_MOBILE_TEXT())
        if 7 <= len(compact) <= 15:
            return "+" + compact
        raise FieldError(field, NOT_PHONE())
    if MOBILE_DIGITS.fullmatch(compact):
        return compact
    if 7 <= len(compact) <= 15:
        raise DoubtfulPhone(field, NOT_MOBILE_TEXT())
    raise FieldError(field, NOT_MOBILE_TEXT())


NOT_EMAIL = message("normalize.not_email", "not an email address", "邮箱格式不正确")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


#: A clean address (ASCII, domain in lower case): what `email` returns for it is the cell itself.
_CLEAN_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@(?:[a-z0-9\-]+\.)+[a-z0-9\-]+")


def email(value: Raw, field: str = "email") -> str | None:
    """An e-mail address, NFKC-folded, with its domain lowercased. Empty -> None."""
    if type(value) is str and value.isascii() and _CLEAN_EMAIL.fullmatch(value):
        return value  # the common cell, already clean: what the steps below would return
    return _email(value, field)


def _email(value: Raw, field: str) -> str | None:
    s = nfkc(text(value)).strip()
    if not s:
        return None
    if not _EMAIL.match(s):
        raise FieldError(field, NOT_EMAIL())
    local, domain = s.split("@")  # the pattern allows exactly one
    if ".." in domain or domain.startswith("."):
        raise FieldError(field, NOT_EMAIL())
    return f"{local}@{domain.lower()}"


#: The ways rosters write each degree (parsing synonyms); its own words (本科, bachelor) come from
#: `fairdesk.core.vocabulary`, so an export read back as a roster parses.
_DEGREE_SYNONYMS: dict[Degree, tuple[str, ...]] = {
    Degree.ASSOCIATE: ("专科", "高职"),
    Degree.BACHELOR: ("学士", "本科生", "bs", "ba", "undergraduate", "bsc", "bachelors"),
    Degree.MASTER: (
        *("硕士研究生", "研究生", "硕士生", "专硕", "学硕"),
        *("ms", "ma", "meng", "mba", "msc", "masters"),
    ),
    Degree.PHD: ("博士研究生", "博士生", "ph.d.", "ph.d", "doctor", "doctoral"),
}
_DEGREES: dict[str, Degree] = {
    word: d
    for d, synonyms in _DEGREE_SYNONYMS.items()
    for word in (d.value, d.words.zh, d.words.en.lower(), *synonyms)
}


UNKNOWN_DEGREE = message("normalize.unknown_degree", "degree not recognised", "无法识别的学历")


def degree(value: Raw, field: str = "degree") -> str | None:
    """associate / bachelor / master / phd from the many ways rosters write them. Empty -> None."""
    s = _WS_RUN.sub("", nfkc(text(value)).lower())
    if not s:
        return None
    found = _DEGREES.get(s.replace("’", "'").replace("'s", "s"))
    if found is None:
        raise FieldError(field, UNKNOWN_DEGREE())
    return found.value


NOT_YEAR = message("normalize.not_year", "not a year", "不是有效的年份")
YEAR_RANGE = message(
    "normalize.year_range", "year not plausible ({low}–{high})", "年份不合理（{low}–{high}）"
)
_YEAR = re.compile(
    r"^(\d{2}|\d{4})"
    r"(?:届|级|年(?:\d{1,2}月?(?:\d{1,2}日?)?)?|[-/.]\d{1,2}(?:[-/.]\d{1,2})?(?:T?[\d:]+)?)?"
    r"(?:届|毕业生?|应届)*$"
)


def grad_year(value: Raw, field: str = "grad_year", *, today: date | None = None) -> int | None:
    """Graduation year from 2023 / "2023届" / "2023年6月" / "23届" (2000..this year+8) or None."""
    if isinstance(value, float) and not value.is_integer():
        raise FieldError(field, NOT_YEAR())
    s = _WS_RUN.sub("", digits(value))
    if not s:
        return None
    m = _YEAR.match(s)
    if m is None:
        raise FieldError(field, NOT_YEAR())
    year = int(m.group(1))
    if year < 100:
        year += 2000
    last = (today or date.today()).year + 8
    if not 2000 <= year <= last:
        raise FieldError(field, YEAR_RANGE(low=2000, high=last))
    return year


NOT_STUDENT_NO = message("normalize.not_student_no", "not a student number", "学号格式不正确")
ROUNDED_STUDENT_NO = message(
    "normalize.rounded_student_no",
    "Excel rounded this long number; format the column as text and export again",
    "学号过长被 Excel 改动，请将该列设为文本后重新导出",
)


def student_no(value: Raw, field: str = "student_no") -> str | None:
    """学号 as text: leading zeros kept, NFKC, internal whitespace removed. Empty -> None."""
    if type(value) is str and value.isascii() and value.isalnum() and len(value) <= 40:
        return value  # the common cell, already clean: what the steps below would return
    if isinstance(value, float) and not value.is_integer():
        raise FieldError(field, NOT_STUDENT_NO())
    if isinstance(value, int | float) and not isinstance(value, bool) and abs(value) >= 10**15:
        raise FieldError(field, ROUNDED_STUDENT_NO())
    s = drop_float_zeros(_WS_RUN.sub("", digits(value)))
    if not s:
        return None
    if len(s) > 40 or not (s.isalnum() or all(c.isalnum() or c in "-_" for c in s)):
        raise FieldError(field, NOT_STUDENT_NO())
    return s


NOT_YES_NO = message("normalize.not_yes_no", "expected yes or no", "应填写“是”或“否”")
_TRUE = {"是", "yes", "y", "true", "1", "同意", "✓", "✔", "√", "t", "ok"}
_FALSE = {"否", "no", "n", "false", "0", "不同意", "", "✗", "✘", "×", "f"}


def consent(value: Raw, field: str = "consent") -> bool:
    """Consent to share contact details: 是/yes/y/true/1/同意/✓ -> True; empty or no -> False."""
    s = _WS_RUN.sub("", nfkc(text(value))).lower()
    if s in _TRUE:
        return True
    if s in _FALSE:
        return False
    raise FieldError(field, NOT_YES_NO())
