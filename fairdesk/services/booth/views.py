"""What a booth may see of its interviews: display-only dataclasses and the outcome vocabulary.

A booth holds no contact details (DESIGN.md, "People and stations"), so nothing here carries a
phone number, an e-mail address or a 学号: the types make it impossible for a booth screen or
export to show them by accident. Times stay aware UTC; screens convert for display.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from fairdesk.core.codes import Rejection
from fairdesk.core.messages import message
from fairdesk.core.vocabulary import STORED_OUTCOMES, Outcome
from fairdesk.errors import UserError
from fairdesk.services.desk.checkin import RefusalReason
from fairdesk.services.people import PersonCard

#: The outcomes of DESIGN.md as stored, in pipeline order (`fairdesk.core.vocabulary.Outcome`).
OUTCOMES = STORED_OUTCOMES
#: The machine word of each outcome, accepted wherever its stored word is.
OUTCOME_ALIASES = {str(o): o.stored for o in Outcome}
TAG_SEPARATOR = "、"
MAX_TAG_LENGTH = 20
MAX_NOTE_LENGTH = 4000

ScanStatus = Literal["new", "visit", "pending", "refused"]

UNKNOWN_OUTCOME = message(
    "interview.unknown_outcome",
    "Unknown outcome {text!r}; use one of {choices}.",
    "未知的结果 {text!r}；请使用以下之一：{choices}。",
)
NOTE_EMPTY = message("interview.note_empty", "A note needs some text.", "备注不能为空。")
NOTE_TOO_LONG = message(
    "interview.note_too_long",
    "A note has at most {limit} characters.",
    "备注最多 {limit} 个字符。",
)
BAD_RATING = message(
    "interview.bad_rating", "A rating is a whole number from 1 to 5.", "评分是 1 到 5 的整数。"
)
NOT_THIS_COMPANY = message(
    "interview.company_gone",
    "That company is not in this station's database.",
    "这家单位不在本站的数据库中。",
)
NOT_OUR_POSITION = message(
    "interview.not_our_position",
    "That position is not one of this company's.",
    "这个岗位不属于本单位。",
)
UNKNOWN_TAG = message(
    "interview.unknown_tag",
    "Unknown tag: {tag}. Add it as a company tag first.",
    "未知的标签：{tag}。请先把它添加为本单位的标签。",
)
NAME_FROM_ROSTER = message(
    "interview.name_from_roster",
    "This student is in the roster; the name comes from there.",
    "这名学生在名单中；姓名以名单为准。",
)
NOT_OUR_INTERVIEW = message(
    "interview.not_ours",
    "That interview is not in this booth's records.",
    "这条面试记录不属于本展位。",
)
TAG_EMPTY = message("interview.tag_empty", "A tag needs a name.", "标签需要一个名称。")
TAG_TOO_LONG = message(
    "interview.tag_too_long", "A tag has at most {limit} characters.", "标签最多 {limit} 个字符。"
)


def parse_outcome(text: str | None) -> str | None:
    """A stored outcome from the Chinese word or its English alias; "" / None clears it."""
    if text is None or not text.strip():
        return None
    value = text.strip()
    if value in OUTCOMES:
        return value
    alias = OUTCOME_ALIASES.get(value.lower().replace("-", "_").replace(" ", "_"))
    if alias is None:
        choices = ", ".join([*OUTCOMES, *OUTCOME_ALIASES])
        raise UserError(UNKNOWN_OUTCOME(text=text, choices=choices))
    return alias


def check_note(text: str) -> str:
    """A note's text, trimmed; refused when empty or longer than MAX_NOTE_LENGTH."""
    body = text.strip()
    if not body:
        raise UserError(NOTE_EMPTY())
    if len(body) > MAX_NOTE_LENGTH:
        raise UserError(NOTE_TOO_LONG(limit=MAX_NOTE_LENGTH))
    return body


def check_rating(rating: int | None) -> int | None:
    """A rating of 1–5, or None to clear it."""
    if rating is not None and not 1 <= rating <= 5:
        raise UserError(BAD_RATING())
    return rating


def split_tags(text: str) -> tuple[str, ...]:
    """Stored tags as a tuple (empty parts dropped)."""
    return tuple(t for t in text.split(TAG_SEPARATOR) if t)


def clean_tag(name: str) -> str:
    """A tag name as stored: trimmed, no separator inside, not too long."""
    tag = " ".join(name.replace(TAG_SEPARATOR, " ").split())
    if not tag:
        raise UserError(TAG_EMPTY())
    if len(tag) > MAX_TAG_LENGTH:
        raise UserError(TAG_TOO_LONG(limit=MAX_TAG_LENGTH))
    return tag


@dataclass(frozen=True, kw_only=True)
class StudentCard(PersonCard):
    """A student as a booth sees them: the display fields only (no phone, e-mail or 学号)."""


@dataclass(frozen=True)
class NoteView:
    """One appended note with who wrote it, where and when."""

    author: str
    station: str
    at: datetime
    text: str


@dataclass(frozen=True)
class PositionChoice:
    """A position of the booth's company, for the form's picker."""

    id: uuid.UUID
    title: str


@dataclass(frozen=True, kw_only=True)
class InterviewFacts:
    """What both the card and the list show of one interview (the booth's own assessment)."""

    id: uuid.UUID
    position_id: uuid.UUID | None
    rating: int | None
    tags: tuple[str, ...]
    outcome: str | None
    interviewer: str
    visits: int


@dataclass(frozen=True, kw_only=True)
class InterviewCard(InterviewFacts):
    """Everything the booth's card and form show for one interview."""

    student: StudentCard | None  # None while pending (serial not in the booth roster)
    pending_serial: int | None
    pending_name: str
    position_title: str
    first_visit: datetime | None
    last_visit: datetime | None
    notes: tuple[NoteView, ...] = field(default_factory=tuple)

    @property
    def display_name(self) -> str:
        if self.student is not None:
            return self.student.name
        return self.pending_name

    @property
    def is_pending(self) -> bool:
        return self.student is None


@dataclass(frozen=True)
class ScanOutcome(RefusalReason):
    """The verdict of one scan at a booth (refusals in the desk's keyed words)."""

    status: ScanStatus
    interview: InterviewCard | None = None
    reason: Rejection | None = None


@dataclass(frozen=True, kw_only=True)
class InterviewRow(InterviewFacts):
    """One line of the booth's interview list."""

    name: str
    university: str
    major: str
    degree: str | None
    grad_year: int | None
    position: str
    last_visit: datetime | None
    pending: bool
    search_keys: str = ""  # name, pinyin and initials, lower case, for the name search


@dataclass(frozen=True)
class InterviewFilters:
    """What the list shows; None / "" means no filter on that field."""

    rating: int | None = None
    min_rating: int | None = None
    outcome: str | None = None
    tag: str | None = None
    position_id: uuid.UUID | None = None
    text: str = ""

    def matches(self, row: InterviewRow) -> bool:
        """Whether `row` passes every filter that is set."""
        if self.rating is not None and row.rating != self.rating:
            return False
        if self.min_rating is not None and (row.rating or 0) < self.min_rating:
            return False
        if self.outcome and row.outcome != self.outcome:
            return False
        if self.tag and self.tag not in row.tags:
            return False
        if self.position_id is not None and row.position_id != self.position_id:
            return False
        needle = self.text.strip().lower()
        return not needle or needle in row.search_keys
