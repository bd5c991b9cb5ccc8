"""Attendee roster rules: which columns mean what, and whether a row may go in.

A row is accepted only whole: every field normalised, the required ones present (name,
university, and a 学号 or a phone so the student can be found again), and no earlier row of the
same file with the same (university, 学号) or the same phone. Each rejection names the row, the
field and the original value, so the organiser can fix the file and import it again.

One softening: a phone that is plain digits of a plausible length but not a mobile number (a
mistyped digit, a landline) does not keep a student who has a 学号 out of the fair. The row goes
in without the phone and the import reports a warning naming the row and the value. A phone Excel
destroyed (scientific notation), or one that is the row's only key, still rejects the row.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar, cast

from fairdesk.core import normalize
from fairdesk.core.normalize import FieldError, Raw
from fairdesk.core.tabular import Table, TableRow
from fairdesk.errors import UserError

logger = logging.getLogger(__name__)

T = TypeVar("T")

ATTENDEE_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "name", "full name", "学生姓名", "student name", "中文姓名"),
    "student_no": (
        *("学号", "student_no", "student no", "student id", "学生编号", "student number"),
        *("学生学号", "学籍号", "id no"),
    ),
    "university": (
        *("学校", "university", "院校", "学校名称", "所在学校", "就读学校", "毕业院校"),
        *("毕业学校", "高校", "所在高校", "school name", "institution"),
    ),
    "school": (
        *("学院", "school", "院系", "college", "faculty", "所在学院", "学院名称", "院系名称"),
        *("所在院系", "系别", "系", "院", "department"),
    ),
    "major": ("专业", "major", "专业名称", "所学专业", "就读专业", "programme", "program"),
    "degree": (
        *("学历", "degree", "学位", "education", "学历层次", "培养层次", "层次", "最高学历"),
        *("学历学位", "攻读学位", "学生类别", "degree level"),
    ),
    "grad_year": (
        *("毕业年份", "grad_year", "graduation year", "毕业年", "届别", "毕业时间", "毕业届别"),
        *("届次", "毕业年度", "预计毕业时间", "预计毕业年份", "class of", "grad year"),
    ),
    "phone": (
        *("手机", "phone", "mobile", "手机号", "手机号码", "联系电话", "电话", "电话号码"),
        *("移动电话", "联系方式", "mobile phone", "phone number", "tel", "telephone"),
        *("联系手机", "手机号码（必填）", "mobile no", "mobile number", "cell phone"),
    ),
    "email": (
        *("邮箱", "email", "e-mail", "电子邮箱", "邮件", "电子邮件", "邮箱地址"),
        *("email address", "mail", "学生邮箱", "个人邮箱", "联系邮箱"),
    ),
    "consent": ("同意", "consent", "同意共享联系方式", "是否同意共享联系方式", "授权"),
}


@dataclass(frozen=True, slots=True)
class AttendeeRow:
    """A clean, accepted roster row. Optional fields are None/"" when the cell was empty."""

    number: int
    name: str
    university: str
    student_no: str | None
    school: str
    major: str
    degree: str | None
    grad_year: int | None
    phone: str | None
    email: str | None
    consent: bool | None  # None: no column or an empty cell (keeps what is stored)
    row: TableRow = dataclasses.field(repr=False, compare=False)  # for later rejections
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Rejection:
    """A row that cannot go in, with the reason written beside its original cells."""

    row: TableRow
    field: str
    reason: str


def _cell(row: TableRow, columns: dict[str, int], field: str) -> tuple[Raw, str]:
    index = columns.get(field)
    if index is None or index >= len(row.raw):
        return None, ""
    return row.raw[index], row.original[index]


def reject(row: TableRow, field: str, original: str, reason: str) -> Rejection:
    """A rejection whose reason reads "row 9: email 'bad@': not an email address / …"."""
    shown = f"{field} '{original}'" if original.strip() else f"{field} (empty)"
    return Rejection(row, field, f"row {row.number}: {shown}: {reason}")


class FieldMemo:
    """Normalised values already seen in this file, for the columns whose values repeat.

    A roster of 50,000 students names a few universities, schools, majors, degrees and years
    over and over; each distinct cell is normalised once. Normalisers are pure, so a remembered
    value is the value; a cell that fails is not remembered and fails again the same way.
    """

    def __init__(self) -> None:
        self._seen: dict[tuple[str, type, Raw], object] = {}

    def value(self, field: str, raw: Raw, parse: Callable[[Raw, str], T]) -> T:
        key = (field, type(raw), raw)  # the type too: 1, 1.0 and True are equal keys otherwise
        try:
            return cast(T, self._seen[key])
        except KeyError:
            value = self._seen[key] = parse(raw, field)
            return value


def _text(raw: Raw, _field: str) -> str:
    return normalize.text(raw)


def _grad_year(raw: Raw, field: str) -> int | None:
    return normalize.grad_year(raw, field)


def _consent(raw: Raw, field: str) -> bool | None:
    """Consent; an empty cell is None so that it leaves a stored answer alone."""
    if not normalize.text(raw):
        return None
    return normalize.consent(raw, field)


def _phone(raw: Raw, student_no: str | None) -> tuple[str | None, str | None]:
    """The phone, or (None, why) for a doubtful one when the 学号 identifies the row."""
    try:
        return normalize.phone(raw, "phone"), None
    except normalize.DoubtfulPhone as exc:
        if student_no is None:
            raise
        return None, exc.reason


def validate_attendee(
    row: TableRow, columns: dict[str, int], memo: FieldMemo | None = None
) -> AttendeeRow | Rejection:
    """Normalise one row, or say why it cannot be accepted (`memo`: see `FieldMemo`).

    Fields are checked in a fixed order and the first that fails names the rejection.
    """
    if "\ufffd" in "".join(row.original):  # rare: find the first column that has one
        for field, index in columns.items():
            if index < len(row.original) and "\ufffd" in row.original[index]:
                why = "damaged characters in the file / 文件中有无法识别的字符"
                return reject(row, field, row.original[index], why)
    raw, size = row.raw, len(row.raw)
    cells = {field: raw[index] for field, index in columns.items() if index < size}
    remembered = (memo or FieldMemo()).value
    name = normalize.text(cells.get("name"))
    try:  # every normaliser raises FieldError naming the field it was given
        university = remembered("university", cells.get("university"), _text)
        student_no = normalize.student_no(cells.get("student_no"), "student_no")
        degree = remembered("degree", cells.get("degree"), normalize.degree)
        grad_year = remembered("grad_year", cells.get("grad_year"), _grad_year)
        phone, doubt = _phone(cells.get("phone"), student_no)
        email = normalize.email(cells.get("email"), "email")
        consent = remembered("consent", cells.get("consent"), _consent)
        school = remembered("school", cells.get("school"), _text)
        major = remembered("major", cells.get("major"), _text)
    except FieldError as exc:
        return reject(row, exc.field, _cell(row, columns, exc.field)[1], exc.reason)
    warnings: tuple[str, ...] = ()
    if doubt is not None:
        kept = f"imported without the phone / 已导入，未保存该号码: {doubt}"
        warnings = (reject(row, "phone", _cell(row, columns, "phone")[1], kept).reason,)
    required = "required / 必填项为空"
    if not name:
        return reject(row, "name", _cell(row, columns, "name")[1], required)
    if not university:
        return reject(row, "university", _cell(row, columns, "university")[1], required)
    if student_no is None and phone is None:
        why = "student no or phone required / 学号和手机至少填一项"
        return reject(row, "student_no/phone", "", why)
    return AttendeeRow(
        number=row.number,
        name=name,
        university=university,
        student_no=student_no,
        school=school,
        major=major,
        degree=degree,
        grad_year=grad_year,
        phone=phone,
        email=email,
        consent=consent,
        row=row,
        warnings=warnings,
    )


def require_roster_columns(table: Table) -> None:
    """A file without a name, university, or 学号/phone column is not a roster (say so once,
    rather than rejecting every row)."""
    missing = [label for field, label in (("name", "姓名/name"), ("university", "学校/university"))
               if field not in table.columns]  # fmt: skip
    if "student_no" not in table.columns and "phone" not in table.columns:
        missing.append("学号/student no or 手机/phone")
    if missing:
        raise UserError(
            f"{table.path.name} is not a student roster: no {' or '.join(missing)} column"
            f" / 不是学生名单：缺少 {'、'.join(missing)} 列"
        )


def validate_roster(table: Table) -> tuple[list[AttendeeRow], list[Rejection]]:
    """Validate every row; a repeat of an earlier accepted row (same 学号 or phone) is rejected."""
    require_roster_columns(table)
    accepted: list[AttendeeRow] = []
    rejected: list[Rejection] = []
    by_student_no: dict[tuple[str, str], int] = {}
    by_phone: dict[str, int] = {}
    memo = FieldMemo()
    for row in table.rows:
        result = validate_attendee(row, table.columns, memo)
        if isinstance(result, Rejection):
            rejected.append(result)
            continue
        if result.student_no is not None:
            earlier = by_student_no.get((result.university, result.student_no))
            if earlier is not None:
                original = _cell(row, table.columns, "student_no")[1]
                why = f"same university and student no as row {earlier} / 与第 {earlier} 行重复"
                rejected.append(reject(row, "student_no", original, why))
                continue
        if result.phone is not None:
            earlier = by_phone.get(result.phone)
            if earlier is not None:
                original = _cell(row, table.columns, "phone")[1]
                why = f"same phone as row {earlier} / 与第 {earlier} 行手机号重复"
                rejected.append(reject(row, "phone", original, why))
                continue
        if result.student_no is not None:
            by_student_no[(result.university, result.student_no)] = row.number
        if result.phone is not None:
            by_phone[result.phone] = row.number
        accepted.append(result)
    logger.info("roster %s: %d accepted, %d rejected", table.path, len(accepted), len(rejected))
    return accepted, rejected
