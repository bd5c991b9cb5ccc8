"""Roster rules for a whole file: the columns a roster needs, and rows that repeat.

Rows are checked by `roster_rows` (each accepted only whole; warnings for what real files lose on
the way). Across the file, no two accepted rows may share a (university, 学号) or a phone: a row
that repeats an earlier one exactly (the same values once normalised: pasted twice) is skipped
with a note; a repeat of a key with other values is a rejection naming the earlier row.
`RosterDefaults` fill the fields a file does not give, such as the university of a roster one
school sends; the file's own column is still required otherwise, and said so once.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass

from fairdesk.core.messages import Text, message
from fairdesk.core.roster_fields import ATTENDEE_COLUMNS, RosterDefaults, field_label
from fairdesk.core.roster_rows import (
    AttendeeRow,
    Rejection,
    cell,
    check_rows,
    reject,
    validate_attendee,
)
from fairdesk.core.tabular import Table
from fairdesk.errors import UserError

logger = logging.getLogger(__name__)

__all__ = [
    "ATTENDEE_COLUMNS",
    "AttendeeRow",
    "Rejection",
    "RosterDefaults",
    "reject",
    "validate_attendee",
    "validate_roster",
]


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


@dataclass(frozen=True, slots=True)
class RosterCheck:
    """A whole roster validated: the rows to import, the rejections, the rows skipped as repeats."""

    accepted: list[AttendeeRow]
    rejected: list[Rejection]
    repeats: list[Text]


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
    for row, result in zip(
        table.rows, check_rows(table.rows, table.columns, defaults), strict=True
    ):
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
                original = cell(row, table.columns, field)[1]
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
