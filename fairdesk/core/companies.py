"""Company list fields: which columns mean what, the 统一社会信用代码 check, booth codes.

How rows group into companies is `company_list`'s part. Booth codes are compared and created by
one rule (`booth_code`, `booth_key`): full-width folded, upper-cased, spaces, "-" and a trailing
号 dropped; a code of 1–3 letters and a number is written with at least two digits (A1, a01,
Ａ０１ and A-1 are all A01; A001 stays A001 but is the same booth as A01); a bare number likewise
(5 → 05); any other code (1号馆N3) is kept folded as it is.
"""

from __future__ import annotations

import logging
import re
import unicodedata

from fairdesk.core import normalize
from fairdesk.core.contact_phone import contact_phone
from fairdesk.core.messages import message
from fairdesk.core.normalize import FieldError, Raw

logger = logging.getLogger(__name__)

COMPANY_COLUMNS: dict[str, tuple[str, ...]] = {
    "company": (
        *("单位名称", "公司名称", "企业名称", "用人单位", "单位", "公司", "企业"),
        *("company", "company name", "name", "organisation", "organization", "employer"),
    ),
    "sector": ("行业", "所属行业", "sector", "industry"),
    "city": ("城市", "所在地", "所在城市", "city", "location"),
    "contact": ("联系人", "contact", "contact name", "contact person"),
    "phone": ("电话", "联系电话", "手机", "phone", "telephone", "tel", "contact phone"),
    "email": ("邮箱", "电子邮箱", "email", "e-mail"),
    "uscc": ("统一社会信用代码", "信用代码", "uscc", "credit code"),
    "title": ("岗位", "职位", "岗位名称", "职位名称", "position", "job title", "job"),
    "degree": ("学历要求", "学历", "degree", "degree required"),
    "majors": ("专业要求", "专业", "majors", "major"),
    "headcount": ("人数", "招聘人数", "需求人数", "headcount"),
    "booth": ("展位号", "展位", "展位编号", "摊位号", "booth", "booth no", "booth code", "stand"),
}

NOT_USCC = message(
    "companies.uscc_length", "not an 18-character credit code", "统一社会信用代码应为 18 位"
)
USCC_CHECK = message(
    "companies.uscc_check", "credit code check digit wrong", "统一社会信用代码校验位错误"
)
NOT_HEADCOUNT = message("companies.not_headcount", "not a whole number", "人数应为整数")
NOT_BOOTH = message(
    "companies.not_booth",
    "not a booth code (letters and digits, at most {most} characters)",
    "不是有效的展位号（字母和数字，最多 {most} 个字符）",
)

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_USCC_VALUES = {c: i for i, c in enumerate(USCC_ALPHABET)}


def uscc_check_char(first17: str) -> str:
    """The GB 32100-2015 check character for the first 17 characters of a credit code."""
    total = sum(_USCC_VALUES[c] * w for c, w in zip(first17, USCC_WEIGHTS, strict=True))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def uscc(value: Raw, field: str = "uscc") -> str | None:
    """A 统一社会信用代码: 18 characters, valid check character; NFKC and uppercased."""
    s = re.sub(r"[\s\-]", "", unicodedata.normalize("NFKC", normalize.text(value))).upper()
    if not s:
        return None
    if len(s) != 18 or any(c not in _USCC_VALUES for c in s):
        raise FieldError(field, NOT_USCC())
    if uscc_check_char(s[:17]) != s[17]:
        raise FieldError(field, USCC_CHECK())
    return s


def company_phone(value: Raw, field: str = "phone") -> str | None:
    """The contact phone as written (020-8765 4321, 0760-8888 6666 转 123); a lone mobile as
    its 11 digits. See `core.contact_phone`."""
    return contact_phone(value, field)


_ANY_DEGREE = {"不限", "无", "无要求", "学历不限", "any", "none", "n/a", "-", "—"}


def degree_wanted(value: Raw, field: str = "degree") -> str | None:
    """Minimum degree: "本科及以上" -> bachelor, "不限" -> None."""
    s = re.sub(r"\s", "", normalize.text(value)).lower()
    if s in _ANY_DEGREE:
        return None
    s = re.sub(r"(及以上|或以上|以上|及其以上)(学历)?$|学历$|\+$|orabove$", "", s)
    return normalize.degree(s, field)


def majors(value: Raw) -> tuple[str, ...]:
    """Majors wanted, split on 、,，;；/ and trimmed."""
    parts = re.split(r"[、,，;；/／]", normalize.text(value))
    return tuple(p.strip() for p in parts if p.strip())


def headcount(value: Raw, field: str = "headcount") -> int | None:
    """Number of hires: 5, "5人", "5名"; "若干"/"不限" -> None."""
    if isinstance(value, float) and not value.is_integer():
        raise FieldError(field, NOT_HEADCOUNT())
    s = re.sub(r"\s", "", normalize.digits(value))
    if s in ("", "若干", "不限", "多名", "n/a"):
        return None
    m = re.fullmatch(r"(\d{1,6})(人|名)?", s)
    if m is None:
        raise FieldError(field, NOT_HEADCOUNT())
    return int(m.group(1))


MAX_BOOTH_LENGTH = 20
_BOOTH_JUNK = re.compile(r"[\s\-_－—]")
_BOOTH_WORDS = re.compile(r"^(?:展位)+|号+$")
_LETTERS_NUMBER = re.compile(r"([A-Z]{1,3})(\d{1,4})")
_BOOTH_SPLIT = re.compile(r"[、,，;；/／]")


def booth_code(value: str, field: str = "booth") -> str:
    """One booth code written the one way (see the module docstring); FieldError when bad."""
    s = _BOOTH_JUNK.sub("", unicodedata.normalize("NFKC", value)).upper()
    s = _BOOTH_WORDS.sub("", s)
    if not s or len(s) > MAX_BOOTH_LENGTH or not all(c.isalnum() for c in s):
        raise FieldError(field, NOT_BOOTH(most=MAX_BOOTH_LENGTH))
    m = _LETTERS_NUMBER.fullmatch(s)
    if m is not None:
        return m.group(1) + m.group(2).zfill(2)
    if s.isascii() and s.isdigit() and len(s) <= 4:
        return s.zfill(2)
    return s


def booth_key(code: str) -> str:
    """How booth codes compare: A1, A01 and A001 are one booth (the number without zeros)."""
    try:
        s = booth_code(code)
    except FieldError:
        return code.strip().upper()
    m = _LETTERS_NUMBER.fullmatch(s)
    if m is not None:
        return m.group(1) + str(int(m.group(2)))
    if s.isascii() and s.isdigit():
        return str(int(s))
    return s


def booth_codes(value: Raw, field: str = "booth") -> tuple[str, ...]:
    """The booth codes in a cell ("A01", "A01、A02"), each written the one way; () when empty."""
    parts = _BOOTH_SPLIT.split(normalize.text(value))
    codes: list[str] = []
    for part in parts:
        if part.strip():
            code = booth_code(part, field)
            if booth_key(code) not in {booth_key(c) for c in codes}:
                codes.append(code)
    return tuple(codes)


def company_key(name: str) -> str:
    """Names compare case- and width-insensitively (Ａｐｐｌｅ == apple)."""
    return unicodedata.normalize("NFKC", name).casefold()
