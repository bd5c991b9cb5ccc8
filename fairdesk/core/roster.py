"""Attendee roster rules: whether a row may go in, and what to tell the organiser about it.

A row is accepted only whole: every field normalised, the required ones present (name,
university, and a 学号 or a phone so the student can be found again), and no earlier row of the
same file with the same (university, 学号) or the same phone. Each rejection names the row, the
field and the original value, so the organiser can fix the file and import it again.

What real files do that must not keep a student out, but must be said (a warning naming the row
and the field; the row goes in):
- a phone that is plain digits of a plausible length but not a mobile (a typo, a landline), or a
  phone or 学号 damaged on its way (Excel's scientific notation, a `?` or U+FFFD where the
  student system's GBK export lost a character): the row goes in without that value when the
  other key identifies it; when it is the row's only key the row is rejected;
- a name (or another text field) with `?` or U+FFFD where a character was lost: kept as written;
- a consent answer that is not one of 是/否/同意/不同意/√/×/Y/N/1/0…: no answer is stored.
A row that repeats an earlier row exactly (the same values once normalised) is skipped with a
note; a repeat of a key with other values is still a rejection. Defaults (`RosterDefaults`) fill
the fields a file does not give, such as the university of a roster one school sends.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TypeVar, cast

from fairdesk.core import normalize
from fairdesk.core.messages import Text, message
from fairdesk.core.normalize import FieldError, Raw
from fairdesk.core.roster_fields import ATTENDEE_COLUMNS, RosterDefaults, field_label
from fairdesk.core.tabular import Table, TableRow
from fairdesk.errors import UserError

logger = logging.getLogger(__name__)

__all__ = ["ATTENDEE_COLUMNS", "AttendeeRow", "Rejection", "RosterDefaults", "validate_roster"]

T = TypeVar("T")

REJECTION = message(
    "import.rejection", "row {row}: {field} '{value}': {why}", "第 {row} 行{field}“{value}”：{why}"
)
REJECTION_EMPTY = message(
    "import.rejection_empty", "row {row}: {field} (empty): {why}", "第 {row} 行{field}（空）：{why}"
)
REQUIRED = message("import.required", "required", "必填项为空")
NEED_KEY = message("import.need_key", "student no or phone required", "学号和手机至少填一项")
DROPPED = message("import.dropped", "imported without it: {why}", "已导入，未保存该值：{why}")
DAMAGED_TEXT = message(
    "import.damaged_text",
    "a character looks lost ('?' or '\ufffd'); imported as written, please check it",
    "疑似有字符丢失（“?”或“\ufffd”），已按原样导入，请核对",
)
DAMAGED_KEY = message(
    "import.damaged_key",
    "damaged in the file (a lost character or Excel's scientific notation)",
    "文件中该值已损坏（字符丢失或被 Excel 转成科学计数法）",
)
CONSENT_UNKNOWN = message(
    "import.consent_unknown",
    "answer not understood (use 是/否, 同意/不同意, √/×, Y/N or 1/0); no answer stored",
    "无法识别的回答（请填 是/否、同意/不同意、√/×、Y/N 或 1/0），未记录该项",
)
SAME_KEY = message(
    "import.same_key",
    "same university and student no as row {earlier}",
    "与第 {earlier} 行学校和学号相同",
)
SAME_PHONE = message(
    "import.same_phone", "same phone as row {earlier}", "与第 {earlier} 行手机号相同"
)
REPEATED_ROW = message(
    "import.repeated_row",
    "row {row} repeats row {earlier} exactly: skipped",
    "第 {row} 行与第 {earlier} 行完全相同，已跳过",
)
NOT_A_ROSTER = message(
    "import.not_a_roster",
    "{file} is not a student roster: no {missing} column{hint}",
    "{file} 不是学生名单：缺少 {missing} 列{hint}",
)
_UNIVERSITY_HINT = message(
    "import.university_hint",
    " (a roster from one university: name it with --university NAME)",
    "（若名单来自同一所学校，请用 --university 学校名称 指定）",
)
_LOST_RE = re.compile("[?？\ufffd]")  # where a character was lost on the way
_SCIENTIFIC = re.compile(r"^\d+(\.\d+)?[eE][+\-]?\d+$")  # what Excel makes of a long number


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
    consent: bool | None  # None: no column, an empty cell or no answer (keeps what is stored)
    row: TableRow = dataclasses.field(repr=False, compare=False)  # for later rejections
    warnings: tuple[Text, ...] = dataclasses.field(default=(), compare=False)


@dataclass(frozen=True, slots=True)
class Rejection:
    """A row that cannot go in: the field, its original value and why (`reason` says it all)."""

    row: TableRow
    field: str
    why: Text | str
    value: str = ""

    @property
    def reason(self) -> Text:
        """ "row 9: email 'bad@': not an email address", in the reader's language."""
        label = field_label(self.field)
        if self.field == "record" and isinstance(self.why, Text):
            return self.why  # the reader's own words already name the row and line
        if self.value.strip():
            return REJECTION(row=self.row.number, field=label, value=self.value, why=self.why)
        return REJECTION_EMPTY(row=self.row.number, field=label, why=self.why)


@dataclass(frozen=True, slots=True)
class RosterCheck:
    """A whole roster validated: the rows to import, the rejections, the rows skipped as repeats."""

    accepted: list[AttendeeRow]
    rejected: list[Rejection]
    repeats: list[Text]


def _cell(row: TableRow, columns: dict[str, int], field: str) -> tuple[Raw, str]:
    index = columns.get(field)
    if index is None or index >= len(row.raw):
        return None, ""
    return row.raw[index], row.original[index]


def reject(row: TableRow, field: str, original: str, why: Text | str) -> Rejection:
    """A rejection of `row` for `field` (its original cell text) because of `why`."""
    return Rejection(row, field, why, original)


def warning(row: TableRow, field: str, original: str, why: Text) -> Text:
    """A warning about an accepted row, worded like a rejection ("row 9: phone '…': …")."""
    return reject(row, field, original, why).reason


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


def _looks_damaged(raw: Raw) -> bool:
    """A key cell that lost characters on its way, or that Excel turned into 1.39E+10."""
    if type(raw) is str and raw.isalnum() and raw.isascii():
        return False  # the common cell: plain digits and letters
    if isinstance(raw, float) and abs(raw) >= 1e15:
        return True  # beyond a float's exact digits: Excel rounded it
    s = normalize.text(raw)
    return bool(_LOST_RE.search(s) or _SCIENTIFIC.match(s.replace(" ", "")))


class _Row:
    """One row's cells and what was said about them while it was checked."""

    def __init__(self, row: TableRow, columns: dict[str, int], defaults: Mapping[str, Raw]) -> None:
        raw, size = row.raw, len(row.raw)
        self.row, self.columns = row, columns
        self.cells = {field: raw[index] for field, index in columns.items() if index < size}
        if defaults:
            for field, value in defaults.items():
                if not normalize.text(self.cells.get(field)):
                    self.cells[field] = value
        self.warnings: list[Text] = []

    def original(self, field: str) -> str:
        return _cell(self.row, self.columns, field)[1]

    def warn(self, field: str, why: Text) -> None:
        self.warnings.append(warning(self.row, field, self.original(field), why))

    def key(self, field: str, parse: Callable[[Raw, str], str | None], other: bool) -> str | None:
        """A key field (学号, phone): damaged or doubtful is dropped with a warning when the
        row's `other` key identifies it, and rejects the row (FieldError) when it does not."""
        raw = self.cells.get(field)
        try:
            damaged = _looks_damaged(raw)
            value = parse(raw, field)
        except FieldError as exc:
            if damaged and not other:
                raise FieldError(field, DAMAGED_KEY()) from exc
            if not other or not (damaged or isinstance(exc, normalize.DoubtfulPhone)):
                raise
            self.warn(field, DROPPED(why=DAMAGED_KEY() if damaged else exc.reason))
            return None
        if damaged:  # it parsed (a 学号 with a '?'), but it is not what the student has
            if not other:
                raise FieldError(field, DAMAGED_KEY())
            self.warn(field, DROPPED(why=DAMAGED_KEY()))
            return None
        return value


def _present(row: _Row, field: str) -> bool:
    raw = row.cells.get(field)
    return raw is not None and (type(raw) is not str or bool(raw.strip()))


def validate_attendee(
    row: TableRow,
    columns: dict[str, int],
    memo: FieldMemo | None = None,
    defaults: RosterDefaults | None = None,
) -> AttendeeRow | Rejection:
    """Normalise one row, or say why it cannot be accepted (`memo`: see `FieldMemo`).

    Fields are checked in a fixed order and the first that fails names the rejection.
    """
    cells = _Row(row, columns, defaults.values() if defaults else {})
    remembered = (memo or FieldMemo()).value
    get = cells.cells.get
    name = normalize.text(get("name"))
    try:  # every normaliser raises FieldError naming the field it was given
        university = remembered("university", get("university"), _text)
        has_phone = _present(cells, "phone")
        student_no = cells.key("student_no", normalize.student_no, has_phone)
        degree = remembered("degree", get("degree"), normalize.degree)
        grad_year = remembered("grad_year", get("grad_year"), _grad_year)
        phone = cells.key("phone", normalize.phone, student_no is not None)
        email = normalize.email(get("email"), "email")
        try:
            consent = remembered("consent", get("consent"), _consent)
        except FieldError:
            consent = None
            cells.warn("consent", CONSENT_UNKNOWN())
        school = remembered("school", get("school"), _text)
        major = remembered("major", get("major"), _text)
    except FieldError as exc:
        return reject(row, exc.field, cells.original(exc.field), exc.reason)
    if _LOST_RE.search(f"{name}{university}{school}{major}"):  # rare: say which field
        texts = (("name", name), ("university", university), ("school", school), ("major", major))
        for field, value in texts:
            if _LOST_RE.search(value):
                cells.warn(field, DAMAGED_TEXT())
    if not name:
        return reject(row, "name", cells.original("name"), REQUIRED())
    if not university:
        return reject(row, "university", cells.original("university"), REQUIRED())
    if student_no is None and phone is None:
        return reject(row, "student_no/phone", "", NEED_KEY())
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
        warnings=tuple(cells.warnings),
    )


def require_roster_columns(table: Table, defaults: RosterDefaults | None = None) -> None:
    """A file without a name, university, or 学号/phone column is not a roster (say so once,
    rather than rejecting every row). A university default stands in for its column."""
    missing = [field_label("name")] if "name" not in table.columns else []
    no_university = "university" not in table.columns and not (defaults and defaults.university)
    if no_university:
        missing.append(field_label("university"))
    if "student_no" not in table.columns and "phone" not in table.columns:
        missing.append(field_label("student_no/phone"))
    if missing:
        hint = _UNIVERSITY_HINT() if no_university else ""
        raise UserError(NOT_A_ROSTER(file=table.path.name, missing=tuple(missing), hint=hint))


def validate_roster(table: Table, defaults: RosterDefaults | None = None) -> RosterCheck:
    """Validate every row; a repeat of an earlier accepted row (same 学号 or phone) is rejected,
    unless it repeats that row exactly, which is skipped."""
    require_roster_columns(table, defaults)
    check = RosterCheck([], [], [])
    by_student_no: dict[tuple[str, str], AttendeeRow] = {}
    by_phone: dict[str, AttendeeRow] = {}
    memo = FieldMemo()
    for row in table.rows:
        result = validate_attendee(row, table.columns, memo, defaults)
        if isinstance(result, Rejection):
            check.rejected.append(result)
            continue
        earlier, field, why = None, "", SAME_KEY
        if result.student_no is not None:
            earlier, field = by_student_no.get((result.university, result.student_no)), "student_no"
        if earlier is None and result.phone is not None:
            earlier, field, why = by_phone.get(result.phone), "phone", SAME_PHONE
        if earlier is not None:
            if _same_values(earlier, result):
                check.repeats.append(REPEATED_ROW(row=row.number, earlier=earlier.number))
            else:
                original = _cell(row, table.columns, field)[1]
                check.rejected.append(reject(row, field, original, why(earlier=earlier.number)))
            continue
        if result.student_no is not None:
            by_student_no[(result.university, result.student_no)] = result
        if result.phone is not None:
            by_phone[result.phone] = result
        check.accepted.append(result)
    logger.info(
        "roster %s: %d accepted, %d rejected, %d repeats",
        table.path, len(check.accepted), len(check.rejected), len(check.repeats),
    )  # fmt: skip
    return check


def _same_values(a: AttendeeRow, b: AttendeeRow) -> bool:
    """Whether two accepted rows say the same about the student (their row numbers aside)."""
    return dataclasses.replace(a, number=b.number) == b
