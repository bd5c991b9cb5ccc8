"""Checking roster rows, a column at a time, so 50,000 rows validate in a fraction of a second.

A row is accepted only whole: every field normalised, the required ones present (name,
university, and a 学号 or a phone so the student can be found again). Each rejection names the
row, the field and the original value. What real files do that must not keep a student out, but
must be said (a warning naming the row and the field; the row goes in):
- a phone that is plain digits of a plausible length but not a mobile (a typo, a landline), or a
  phone or 学号 damaged on its way (Excel's scientific notation, a `?` or U+FFFD where the
  student system's GBK export lost a character): the row goes in without that value when the
  other key identifies it; when it is the row's only key the row is rejected;
- a name (or another text field) with `?` or U+FFFD where a character was lost: kept as written;
- a consent answer that is not one of 是/否/同意/不同意/√/×/Y/N/1/0…: no answer is stored.

How: the columns whose values repeat (university, school, major, degree, year, consent) are
normalised once per distinct value by a comprehension over the column, not once per row through
a call each; only the fields that differ from row to row (name, 学号, phone, e-mail) are
normalised per row, each by its normaliser's fast path for a clean cell. Normalisers are pure,
and equal raw values (1, 1.0 and True) normalise equally, so one result per distinct value is
the result of each of its cells. One row alone (the desk's walk-in form) goes through the same
code as a table of one.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from fairdesk.core import normalize
from fairdesk.core.messages import Text, message
from fairdesk.core.normalize import FieldError, Raw
from fairdesk.core.roster_fields import RosterDefaults, field_label
from fairdesk.core.tabular import TableRow

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

LOST = re.compile("[?？\ufffd]")  # where a character was lost on the way


@dataclass(frozen=True, slots=True)
class Failed:
    """A cell whose value cannot be made valid, and why."""

    reason: Text | str


def _text(raw: Raw, _field: str) -> str:
    return normalize.text(raw)


def _grad_year(raw: Raw, field: str) -> int | None:
    return normalize.grad_year(raw, field)


def _consent(raw: Raw, field: str) -> bool | None:
    """Consent; an empty cell is None so that it leaves a stored answer alone."""
    if not normalize.text(raw):
        return None
    return normalize.consent(raw, field)


#: The repeating fields and how each is normalised.
REPEATING: dict[str, Callable[[Raw, str], Any]] = {
    "university": _text,
    "degree": normalize.degree,
    "grad_year": _grad_year,
    "consent": _consent,
    "school": _text,
    "major": _text,
}


def transposed(rows: Sequence[TableRow]) -> list[Sequence[Raw]]:
    """The table's cells column by column (one pass in C); rows of a table are all as wide as
    its header, a short row (a hand-built one) is padded with empty cells."""
    width = max((len(r.raw) for r in rows), default=0)
    if any(len(r.raw) != width for r in rows):
        return list(zip(*((*r.raw, *(None,) * (width - len(r.raw))) for r in rows), strict=True))
    return list(zip(*(r.raw for r in rows), strict=True))


def column(
    cells: Sequence[Sequence[Raw]], size: int, index: int | None, default: Raw = None
) -> list[Raw]:
    """One field's raw cells, row by row (`cells`: `transposed`); `default` stands in for a
    missing column or a blank cell."""
    if index is None or index >= len(cells):
        return [default] * size
    values = list(cells[index])
    if default is not None:
        values = [default if not normalize.text(v) else v for v in values]
    return values


def normalised(values: list[Raw], field: str, parse: Callable[[Raw, str], Any]) -> list[Any]:
    """Each cell's normalised value (or `Failed`), normalising every distinct value once."""
    results: dict[Raw, Any] = {}
    for value in dict.fromkeys(values):
        try:
            results[value] = parse(value, field)
        except FieldError as exc:
            results[value] = Failed(exc.reason)
    return [results[v] for v in values]


def looks_damaged(raw: Raw) -> bool:
    """A key cell that lost characters on its way, or that Excel turned into 1.39E+10."""
    if type(raw) is str and raw.isalnum() and raw.isascii():
        return False  # the common cell: plain digits and letters
    if isinstance(raw, float) and abs(raw) >= 1e15:
        return True  # beyond a float's exact digits: Excel rounded it
    s = normalize.text(raw)
    return bool(LOST.search(s) or normalize.EXCEL_SCIENTIFIC.fullmatch(s.replace(" ", "")))


def present(raw: Raw) -> bool:
    """Whether a cell holds anything (a cheap test, before it is normalised)."""
    return raw is not None and (type(raw) is not str or bool(raw.strip()))


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
    kind: str = "roster"  # or "companies": how the field is named (`field_label`)

    @property
    def reason(self) -> Text:
        """ "row 9: email 'bad@': not an email address", in the reader's language."""
        label = field_label(self.field, self.kind)
        if self.field == "record" and isinstance(self.why, Text):
            return self.why  # the reader's own words already name the row and line
        if self.value.strip():
            return REJECTION(row=self.row.number, field=label, value=self.value, why=self.why)
        return REJECTION_EMPTY(row=self.row.number, field=label, why=self.why)


def cell(row: TableRow, columns: Mapping[str, int], field: str) -> tuple[Raw, str]:
    index = columns.get(field)
    if index is None or index >= len(row.raw):
        return None, ""
    return row.raw[index], row.original[index]


def reject(
    row: TableRow, field: str, original: str, why: Text | str, kind: str = "roster"
) -> Rejection:
    """A rejection of `row` for `field` (its original cell text) because of `why`."""
    return Rejection(row, field, why, original, kind)


def warning(row: TableRow, field: str, original: str, why: Text) -> Text:
    """A warning about an accepted row, worded like a rejection ("row 9: phone '…': …")."""
    return reject(row, field, original, why).reason


def _key(raw: Raw, field: str, parse: Callable[[Raw, str], str | None], other: bool) -> Any:
    """A key field (学号, phone): its value, or a `Failed` why it was dropped when the row's
    `other` key identifies it; FieldError (the row is rejected) when it is the only key."""
    damaged = looks_damaged(raw)
    try:
        value = parse(raw, field)
    except FieldError as exc:
        if not other:
            raise FieldError(field, DAMAGED_KEY()) if damaged else exc from exc
        if not (damaged or isinstance(exc, normalize.DoubtfulPhone)):
            raise
        return Failed(DAMAGED_KEY() if damaged else exc.reason)
    if damaged:  # it parsed (a 学号 with a '?'), but it is not what the student has
        if not other:
            raise FieldError(field, DAMAGED_KEY())
        return Failed(DAMAGED_KEY())
    return value


def check_rows(
    rows: Sequence[TableRow], columns: Mapping[str, int], defaults: RosterDefaults | None = None
) -> list[AttendeeRow | Rejection]:
    """Each row's clean values, or why it cannot be accepted (see the module docstring)."""
    given: Mapping[str, Raw] = defaults.values() if defaults else {}

    table = transposed(rows)

    def cells(field: str) -> list[Raw]:
        return column(table, len(rows), columns.get(field), given.get(field))

    repeating = [normalised(cells(f), f, parse) for f, parse in REPEATING.items()]
    check = _check
    return [
        check(row, columns, nm, sn, ph, em, un, dg, gy, cs, sc, mj)
        for row, nm, sn, ph, em, un, dg, gy, cs, sc, mj in zip(
            rows,
            cells("name"),
            cells("student_no"),
            cells("phone"),
            cells("email"),
            *repeating,
            strict=True,
        )
    ]


def _check(
    row: TableRow,
    columns: Mapping[str, int],
    name_raw: Raw,
    student_no_raw: Raw,
    phone_raw: Raw,
    email_raw: Raw,
    university: Any,
    degree: Any,
    grad_year: Any,
    consent: Any,
    school: Any,
    major: Any,
) -> AttendeeRow | Rejection:
    """One row; fields are checked in a fixed order and the first that fails names the
    rejection (university, 学号, degree, year, phone, e-mail, school, major; then required).
    Written flat, with the common path first: it runs once per row of every import."""
    if type(university) is Failed:
        return _failed(row, columns, "university", university.reason)
    try:
        if type(student_no_raw) is str and student_no_raw.isalnum() and student_no_raw.isascii():
            student_no: Any = normalize.student_no(student_no_raw, "student_no")  # a clean cell
        else:
            other = present(phone_raw)
            student_no = _key(student_no_raw, "student_no", normalize.student_no, other)
    except FieldError as exc:  # a clean cell can still be too long for a 学号
        return _failed(row, columns, "student_no", exc.reason)
    if type(degree) is Failed:
        return _failed(row, columns, "degree", degree.reason)
    if type(grad_year) is Failed:
        return _failed(row, columns, "grad_year", grad_year.reason)
    try:
        if type(phone_raw) is str and normalize.MOBILE_DIGITS.fullmatch(phone_raw):
            phone: Any = phone_raw  # a clean mobile number: what normalize.phone returns
        else:
            phone = _key(phone_raw, "phone", normalize.phone, type(student_no) is str)
        email = normalize.email(email_raw, "email")
    except FieldError as exc:
        return _failed(row, columns, exc.field, exc.reason)
    if type(school) is Failed:
        return _failed(row, columns, "school", school.reason)
    if type(major) is Failed:
        return _failed(row, columns, "major", major.reason)
    name = normalize.text(name_raw)
    warnings: list[Text] = []
    if type(student_no) is Failed or type(phone) is Failed or type(consent) is Failed:
        _said_of_keys(row, columns, student_no, phone, consent, warnings)
        student_no = student_no if type(student_no) is str else None
        phone = phone if type(phone) is str else None
        consent = None if type(consent) is Failed else consent
    if LOST.search(f"{name}{university}{school}{major}"):  # rare: say which field
        for field, text in (("name", name), ("university", university), ("school", school),
                            ("major", major)):  # fmt: skip
            if LOST.search(text):
                warnings.append(warning(row, field, cell(row, columns, field)[1], DAMAGED_TEXT()))
    if not name:
        return _failed(row, columns, "name", REQUIRED())
    if not university:
        return _failed(row, columns, "university", REQUIRED())
    if student_no is None and phone is None:
        return reject(row, "student_no/phone", "", NEED_KEY())
    return AttendeeRow(
        row.number, name, university, student_no, school, major, degree, grad_year, phone,
        email, consent, row, tuple(warnings),
    )  # fmt: skip


def _failed(row: TableRow, columns: Mapping[str, int], field: str, why: Text | str) -> Rejection:
    return reject(row, field, cell(row, columns, field)[1], why)


def _said_of_keys(
    row: TableRow,
    columns: Mapping[str, int],
    student_no: Any,
    phone: Any,
    consent: Any,
    warnings: list[Text],
) -> None:
    """The warnings for a key dropped and a consent answer not understood."""
    for field, value in (("student_no", student_no), ("phone", phone)):
        if type(value) is Failed:
            why = DROPPED(why=value.reason)
            warnings.append(warning(row, field, cell(row, columns, field)[1], why))
    if type(consent) is Failed:
        warnings.append(
            warning(row, "consent", cell(row, columns, "consent")[1], CONSENT_UNKNOWN())
        )


def validate_attendee(
    row: TableRow, columns: Mapping[str, int], defaults: RosterDefaults | None = None
) -> AttendeeRow | Rejection:
    """One row alone (the walk-in form): the same rules as a whole roster's."""
    return check_rows([row], columns, defaults)[0]
