"""Grouping a company list's rows (one row per position) into companies, with their booths.

A company with three positions spans three rows. Rows with the same company name are the same
company; its own fields (sector … credit code, booth) come from the first row that gives them,
and a later row that contradicts them is rejected rather than silently winning.

Organisers write the company once and leave it for the rows below, either as merged cells (the
reader fills a merged range down) or as blank cells. A row whose company cell is blank but
which names a position belongs to the company of the row directly above it (no blank line
between): only the company is carried down; its other company columns then count as given on
that row, and its position columns (degree, majors, headcount) are never carried. When that row
above was rejected, so is the row below (it cannot be told apart from a forgotten name).

A booth code may belong to one company only: a code given to a second company in the file, or
held in the database by a company that the file does not move elsewhere, rejects the rows of
the company that claims it, naming the booth and both companies.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field

from fairdesk.core import normalize
from fairdesk.core.companies import (
    booth_codes,
    booth_key,
    company_key,
    company_phone,
    degree_wanted,
    headcount,
    majors,
    uscc,
)
from fairdesk.core.messages import Text, message
from fairdesk.core.normalize import FieldError, Raw
from fairdesk.core.roster import Rejection
from fairdesk.core.roster import reject as roster_reject
from fairdesk.core.tabular import Table, TableRow
from fairdesk.errors import UserError

logger = logging.getLogger(__name__)

NOT_A_COMPANY_LIST = message(
    "companies.not_a_list",
    "{file} is not a company list: it has no company name column",
    "{file} 不是企业名单：缺少单位名称列",
)
REQUIRED = message("companies.required", "required", "必填项为空")
ABOVE_REJECTED = message(
    "companies.above_rejected",
    "left blank under row {row}, whose company was not imported",
    "单位名称留空，沿用的第 {row} 行未导入",
)
DIFFERS = message(
    "companies.differs", "differs from row {row} ('{known}')", "与第 {row} 行不一致（{known}）"
)
SAME_USCC = message(
    "companies.same_uscc",
    "same credit code as another company in row {row}",
    "与第 {row} 行另一单位的信用代码重复",
)
SAME_POSITION = message(
    "companies.same_position", "same position as row {row}", "与第 {row} 行岗位重复"
)
BOOTH_TWICE = message(
    "companies.booth_twice",
    "booth {code} is already given to {other} in row {row}; {company} cannot have it too",
    "展位 {code} 已在第 {row} 行分给 {other}，{company} 不能再用",
)
BOOTH_HELD = message(
    "companies.booth_held",
    "booth {code} already belongs to {other} in this fair; {company} cannot have it too",
    "展位 {code} 已属于本场的 {other}，{company} 不能再用",
)
WITH_ITS_COMPANY = message(
    "companies.with_its_company",
    "not imported: row {row} of the same company was rejected",
    "同一单位的第 {row} 行未通过，本行也未导入",
)


@dataclass(frozen=True, slots=True)
class HeldBooth:
    """A booth of the fair already assigned: its code and the company holding it."""

    code: str
    company: str
    uscc: str | None = None


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
    booths: tuple[str, ...] = ()
    positions: list[PositionRecord] = field(default_factory=list)
    rows: list[TableRow] = field(default_factory=list)
    given_at: dict[str, int] = field(default_factory=dict)  # field -> row that gave it


_COMPANY_FIELDS = ("sector", "city", "contact_name", "phone", "email", "uscc", "booths")
_COLUMN_OF = {"contact_name": "contact", "name": "company", "booths": "booth"}
#: How a field is named in a rejection (core.roster_fields.FIELD_LABELS labels these names).
_FIELD_NAME = {"booths": "booth", "name": "company", "contact_name": "contact"}


def reject(row: TableRow, field: str, original: str, why: Text | str) -> Rejection:
    """A rejection naming the field as a company list calls it (联系电话, not 手机)."""
    return roster_reject(row, field, original, why, kind="companies")


def _cell(row: TableRow, columns: dict[str, int], name: str) -> Raw:
    index = columns.get(name)
    return None if index is None or index >= len(row.raw) else row.raw[index]


def _parse_row(row: TableRow, columns: dict[str, int]) -> tuple[dict[str, object], PositionRecord]:
    """Normalise one row's fields; FieldError names the failing field."""

    def cell(name: str) -> Raw:
        return _cell(row, columns, name)

    own: dict[str, object] = {
        "name": normalize.text(cell("company")),
        "sector": normalize.text(cell("sector")),
        "city": normalize.text(cell("city")),
        "contact_name": normalize.text(cell("contact")),
        "phone": company_phone(cell("phone")) or "",
        "email": normalize.email(cell("email")) or "",
        "uscc": uscc(cell("uscc")),
        "booths": booth_codes(cell("booth")),
    }
    position = PositionRecord(
        title=normalize.text(cell("title")),
        degree=degree_wanted(cell("degree")),
        majors=majors(cell("majors")),
        headcount=headcount(cell("headcount")),
        row=row,
    )
    return own, position


def _original(row: TableRow, columns: dict[str, int], name: str) -> str:
    index = columns.get(_COLUMN_OF.get(name, name))
    return "" if index is None or index >= len(row.original) else row.original[index]


def _reject(row: TableRow, columns: dict[str, int], name: str, why: Text | str) -> Rejection:
    return reject(row, _FIELD_NAME.get(name, name), _original(row, columns, name), why)


def _filled(row: TableRow, columns: dict[str, int], name: str) -> TableRow:
    """The row with the company carried down into its cell (so a rejects file re-imports)."""
    index = columns["company"]
    original = list(row.original)
    raw = list(row.raw)
    original[index] = raw[index] = name
    return dataclasses.replace(row, original=tuple(original), raw=tuple(raw))


@dataclass
class _Grouping:
    """The state of one pass over the rows."""

    columns: dict[str, int]
    companies: dict[str, CompanyRecord] = field(default_factory=dict)
    by_uscc: dict[str, tuple[str, int]] = field(default_factory=dict)
    titles: dict[tuple[str, str], int] = field(default_factory=dict)
    booths: dict[str, tuple[str, str, int]] = field(default_factory=dict)  # key -> company
    rejected: list[Rejection] = field(default_factory=list)

    def problem(
        self, record: CompanyRecord, own: dict[str, object], position: PositionRecord
    ) -> Rejection | None:
        row, cols, key = position.row, self.columns, company_key(record.name)
        for name in _COMPANY_FIELDS:
            value, known = own[name], getattr(record, name)
            if value and known and value != known:
                shown = "、".join(known) if isinstance(known, tuple) else known
                why = DIFFERS(row=record.given_at[name], known=shown)
                return _reject(row, cols, name, why)
        code = own["uscc"]
        if isinstance(code, str) and code in self.by_uscc and self.by_uscc[code][0] != key:
            return _reject(row, cols, "uscc", SAME_USCC(row=self.by_uscc[code][1]))
        booths = own["booths"]
        assert isinstance(booths, tuple)
        for booth in booths:
            owner = self.booths.get(booth_key(booth))
            if owner is not None and owner[0] != key:
                why = BOOTH_TWICE(code=booth, other=owner[1], row=owner[2], company=record.name)
                return _reject(row, cols, "booths", why)
        at = self.titles.get((key, company_key(position.title)))
        if position.title and at is not None:
            return reject(row, "position", position.title, SAME_POSITION(row=at))
        return None

    def accept(
        self, record: CompanyRecord, own: dict[str, object], position: PositionRecord
    ) -> None:
        row, key = position.row, company_key(record.name)
        for name in _COMPANY_FIELDS:
            value = own[name]
            if value and not getattr(record, name):
                setattr(record, name, value)
                record.given_at[name] = row.number
        if record.uscc:
            self.by_uscc.setdefault(record.uscc, (key, row.number))
        for booth in record.booths:
            self.booths.setdefault(booth_key(booth), (key, record.name, row.number))
        if position.title:
            self.titles[(key, company_key(position.title))] = row.number
            record.positions.append(position)
        record.rows.append(row)
        self.companies[key] = record


def validate_companies(
    table: Table, held: Mapping[str, HeldBooth] | None = None
) -> tuple[list[CompanyRecord], list[Rejection]]:
    """Group accepted rows into companies; reject bad, contradictory or repeated rows.

    `held`: the fair's booths that already have a company, by `booth_key`.
    """
    if "company" not in table.columns:
        raise UserError(NOT_A_COMPANY_LIST(file=table.path.name))
    cols = table.columns
    state = _Grouping(cols)
    above: tuple[int, str, bool] | None = None  # the last row: number, company, rejected
    for row in table.rows:
        name = normalize.text(_cell(row, cols, "company"))
        title = normalize.text(_cell(row, cols, "title"))
        if not name and title and above is not None and above[0] == row.number - 1:
            name, row = above[1], _filled(row, cols, above[1])
            if above[2]:
                why = ABOVE_REJECTED(row=above[0])
                state.rejected.append(reject(row, "company", "", why))
                above = (row.number, name, True)
                continue
        above = (row.number, name, True)
        if not name:
            state.rejected.append(_reject(row, cols, "name", REQUIRED()))
            continue
        try:
            own, position = _parse_row(row, cols)
        except FieldError as exc:
            state.rejected.append(_reject(row, cols, exc.field, exc.reason))
            continue
        own["name"] = name
        record = state.companies.get(company_key(name)) or CompanyRecord(name=name)
        problem = state.problem(record, own, position)
        if problem is not None:
            state.rejected.append(problem)
            continue
        state.accept(record, own, position)
        above = (row.number, name, False)
    records = _check_held(list(state.companies.values()), held or {}, cols, state.rejected)
    logger.info(
        "companies %s: %d companies, %d rejected", table.path, len(records), len(state.rejected)
    )
    return records, state.rejected


def _check_held(
    records: list[CompanyRecord],
    held: Mapping[str, HeldBooth],
    columns: dict[str, int],
    rejected: list[Rejection],
) -> list[CompanyRecord]:
    """Drop the companies that claim a booth another company keeps (rejecting their rows).

    A holder keeps its booth unless the file gives the holder booths of its own: then the file
    moves it, and the booth it held is free for the company that claims it.
    """
    if not held:
        return records
    moving = {k for r in records if r.booths for k in (company_key(r.name), r.uscc) if k}
    kept: list[CompanyRecord] = []
    for record in records:
        clash = None
        for code in record.booths:
            holder = held.get(booth_key(code))
            if holder is None or {company_key(holder.company), holder.uscc} & {
                company_key(record.name),
                *moving,
                *([record.uscc] if record.uscc else []),
            }:
                continue  # free, the claimant's own, or its holder moves elsewhere in the file
            clash = BOOTH_HELD(code=code, other=holder.company, company=record.name)
            break
        if clash is None:
            kept.append(record)
            continue
        at = record.given_at["booths"]
        for row in record.rows:
            if row.number == at:
                rejected.append(_reject(row, columns, "booths", clash))
            else:
                rejected.append(_reject(row, columns, "name", WITH_ITS_COMPANY(row=at)))
    return kept
