"""Company list rules: columns, the 统一社会信用代码 check, and grouping rows into companies.

Organisers receive one row per position: a company with three positions spans three rows,
usually consecutive, often with the company's own columns filled only on the first. Rows with the
same company name are the same company; its own fields are taken from the first row that gives
them, and a later row that contradicts them is rejected rather than silently winning.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, field

from fairdesk.core import normalize
from fairdesk.core.normalize import FieldError, Raw
from fairdesk.core.roster import Rejection, reject
from fairdesk.core.tabular import Table, TableRow
from fairdesk.errors import UserError

logger = logging.getLogger(__name__)

COMPANY_COLUMNS: dict[str, tuple[str, ...]] = {
    "company": (
        *("单位名称", "公司名称", "企业名称", "用人单位", "单位", "公司", "企业"),
        *("company", "company name", "name", "organisation", "organization", "employer"),
    ),
    "sector": ("行业", "所属行业", "sector", "industry"),
    "city": ("城市", "所在地", "所在城市", "city", "location"),
    "contact": ("联系人", "contact", "contact name", "contact person"),
    "phone": ("电话", "联系电话", "手机", "phone", "telephone", "tel"),
    "email": ("邮箱", "电子邮箱", "email", "e-mail"),
    "uscc": ("统一社会信用代码", "信用代码", "uscc", "credit code"),
    "title": ("岗位", "职位", "岗位名称", "职位名称", "position", "job title", "job"),
    "degree": ("学历要求", "学历", "degree", "degree required"),
    "majors": ("专业要求", "专业", "majors", "major"),
    "headcount": ("人数", "招聘人数", "需求人数", "headcount"),
}

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
        raise FieldError(field, "not an 18-character credit code / 统一社会信用代码应为 18 位")
    if uscc_check_char(s[:17]) != s[17]:
        raise FieldError(field, "credit code check digit wrong / 统一社会信用代码校验位错误")
    return s


_LANDLINE = re.compile(r"^(0\d{2,3})-?(\d{7,8})(?:(?:-|转|ext\.?|x)(\d{1,6}))?$")
_SERVICE = re.compile(r"^([48]00)-?(\d{3})-?(\d{4})$")


def company_phone(value: Raw, field: str = "phone") -> str | None:
    """A mobile (as for students), a landline like 0760-88886666 (转 ext.) or a 400/800 number."""
    s = normalize.digits(value)
    compact = re.sub(r"[\s()（）]", "", unicodedata.normalize("NFKC", s)).lower()
    m = _LANDLINE.match(compact)
    if m:
        return f"{m.group(1)}-{m.group(2)}" + (f"-{m.group(3)}" if m.group(3) else "")
    m = _SERVICE.match(compact)
    if m:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    return normalize.phone(value, field)


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
        raise FieldError(field, "not a whole number / 人数应为整数")
    s = re.sub(r"\s", "", normalize.digits(value))
    if s in ("", "若干", "不限", "多名", "n/a"):
        return None
    m = re.fullmatch(r"(\d{1,6})(人|名)?", s)
    if m is None:
        raise FieldError(field, "not a whole number / 人数应为整数")
    return int(m.group(1))


@dataclass
class PositionRecord:
    """One position row of a company."""

    title: str
    degree: str | None
    majors: tuple[str, ...]
    headcount: int | None
    row: TableRow


@dataclass
class CompanyRecord:
    """A company gathered from its rows; `rows` are its accepted rows, first one first."""

    name: str
    sector: str = ""
    city: str = ""
    contact_name: str = ""
    phone: str = ""
    email: str = ""
    uscc: str | None = None
    positions: list[PositionRecord] = field(default_factory=list)
    rows: list[TableRow] = field(default_factory=list)
    given_at: dict[str, int] = field(default_factory=dict)  # field -> row that gave it


def company_key(name: str) -> str:
    """Names compare case- and width-insensitively (Ａｐｐｌｅ == apple)."""
    return unicodedata.normalize("NFKC", name).casefold()


_COMPANY_FIELDS = ("sector", "city", "contact_name", "phone", "email", "uscc")


def _parse_row(row: TableRow, columns: dict[str, int]) -> tuple[dict[str, object], PositionRecord]:
    """Normalise one row's fields; FieldError names the failing field."""

    def cell(name: str) -> Raw:
        index = columns.get(name)
        return None if index is None or index >= len(row.raw) else row.raw[index]

    own: dict[str, object] = {
        "name": normalize.text(cell("company")),
        "sector": normalize.text(cell("sector")),
        "city": normalize.text(cell("city")),
        "contact_name": normalize.text(cell("contact")),
        "phone": company_phone(cell("phone")) or "",
        "email": normalize.email(cell("email")) or "",
        "uscc": uscc(cell("uscc")),
    }
    position = PositionRecord(
        title=normalize.text(cell("title")),
        degree=degree_wanted(cell("degree")),
        majors=majors(cell("majors")),
        headcount=headcount(cell("headcount")),
        row=row,
    )
    return own, position


_COLUMN_OF = {"contact_name": "contact", "name": "company"}


def _original(row: TableRow, columns: dict[str, int], name: str) -> str:
    index = columns.get(_COLUMN_OF.get(name, name))
    return "" if index is None or index >= len(row.original) else row.original[index]


def validate_companies(table: Table) -> tuple[list[CompanyRecord], list[Rejection]]:
    """Group accepted rows into companies; reject bad, contradictory or repeated rows."""
    if "company" not in table.columns:
        raise UserError(
            f"{table.path.name} is not a company list: no 单位名称/company column"
            " / 不是企业名单：缺少单位名称列"
        )
    companies: dict[str, CompanyRecord] = {}
    by_uscc: dict[str, tuple[str, int]] = {}
    titles: dict[tuple[str, str], int] = {}
    rejected: list[Rejection] = []
    cols = table.columns
    for row in table.rows:
        try:
            own, position = _parse_row(row, cols)
        except FieldError as exc:
            rejected.append(reject(row, exc.field, _original(row, cols, exc.field), exc.reason))
            continue
        name = str(own["name"])
        if not name:
            rejected.append(reject(row, "company", "", "required / 必填项为空"))
            continue
        key = company_key(name)
        record = companies.get(key) or CompanyRecord(name=name)
        problem = _conflict(record, own, row, cols)
        code = own["uscc"]
        if problem is None and isinstance(code, str) and code in by_uscc:
            other, at = by_uscc[code]
            if other != key:
                why = f"same credit code as another company in row {at} / 与第 {at} 行信用代码重复"
                problem = reject(row, "uscc", _original(row, cols, "uscc"), why)
        title_key = (key, company_key(position.title))
        if problem is None and position.title and title_key in titles:
            at = titles[title_key]
            why = f"same position as row {at} / 与第 {at} 行岗位重复"
            problem = reject(row, "position", position.title, why)
        if problem is not None:
            rejected.append(problem)
            continue
        for name_ in _COMPANY_FIELDS:
            value = own[name_]
            if value and not getattr(record, name_):
                setattr(record, name_, value)
                record.given_at[name_] = row.number
        if isinstance(code, str):
            by_uscc.setdefault(code, (key, row.number))
        if position.title:
            titles[title_key] = row.number
            record.positions.append(position)
        record.rows.append(row)
        companies[key] = record
    logger.info(
        "companies %s: %d companies, %d rejected", table.path, len(companies), len(rejected)
    )
    return list(companies.values()), rejected


def _conflict(
    record: CompanyRecord, own: dict[str, object], row: TableRow, columns: dict[str, int]
) -> Rejection | None:
    """A rejection when this row contradicts what an earlier row said about the company."""
    for name in _COMPANY_FIELDS:
        value, known = own[name], getattr(record, name)
        if value and known and value != known:
            at = record.given_at[name]
            why = f"differs from row {at} ('{known}') / 与第 {at} 行不一致"
            return reject(row, name, _original(row, columns, name), why)
    return None
