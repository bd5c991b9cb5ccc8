"""The tables of DESIGN.md's data model.

Every row carries a UUIDv7 `id` and the `station_id` of the station that created it, so data made
on many laptops merges without collisions. Times are aware UTC (`utcnow()`); screens convert to
local time for display. The same models run on SQLite (each station) and PostgreSQL (LAN hub).
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy import Index, UniqueConstraint, false
from sqlalchemy import text as sql_text
from sqlmodel import Field, SQLModel

from fairdesk.core.ids import uuid7


def utcnow() -> datetime:
    """Aware UTC now, the one time format stored."""
    return datetime.now(UTC)


class Station(SQLModel, table=True):
    """One installation in one role. `number` prefixes the badge serials it mints."""

    id: uuid.UUID = Field(default_factory=uuid7, primary_key=True)
    number: int = Field(unique=True)
    name: str
    role: str = "organiser"  # a fairdesk.core.roles.Role: organiser | desk | booth
    company_id: uuid.UUID | None = None
    is_local: bool = False  # the row describing this very installation
    created_at: datetime = Field(default_factory=utcnow)


class Fair(SQLModel, table=True):
    """A fair; `code` (6 digits) and `secret` (hex) go into every badge code."""

    id: uuid.UUID = Field(default_factory=uuid7, primary_key=True)
    station_id: uuid.UUID
    name: str
    venue: str = ""
    starts_on: date | None = None
    ends_on: date | None = None
    halls: str = ""  # comma-separated hall names
    code: int = Field(unique=True)
    secret: str
    #: the organiser PIN (salted slow hash, `core.pins`): a desk laptop cannot become the
    #: organiser without it
    organiser_pin_hash: str | None = None
    created_at: datetime = Field(default_factory=utcnow)


class Company(SQLModel, table=True):
    """An employer. `pin_hash` guards its booth station (salted KDF, see services)."""

    id: uuid.UUID = Field(default_factory=uuid7, primary_key=True)
    station_id: uuid.UUID
    fair_id: uuid.UUID = Field(foreign_key="fair.id", index=True)
    name: str = Field(index=True)
    sector: str = ""
    city: str = ""
    contact_name: str = ""
    phone: str = ""
    email: str = ""
    uscc: str | None = Field(default=None, index=True)  # 统一社会信用代码
    pin_hash: str | None = None
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Position(SQLModel, table=True):
    """A job a company offers at the fair."""

    id: uuid.UUID = Field(default_factory=uuid7, primary_key=True)
    station_id: uuid.UUID
    company_id: uuid.UUID = Field(foreign_key="company.id", index=True)
    title: str
    degree: str | None = None  # minimum degree wanted: a fairdesk.core.vocabulary.Degree
    majors: str = ""  # majors wanted, joined with "、"
    headcount: int | None = None
    created_at: datetime = Field(default_factory=utcnow)


class Booth(SQLModel, table=True):
    """A booth on the floor plan, optionally assigned to a company.

    `x`, `y` (its top-left corner), `width` and `height` are in floor units (one standard
    booth = 1 × 1); a `locked` booth keeps its company when booths are assigned automatically."""

    __table_args__ = (UniqueConstraint("fair_id", "code"),)

    id: uuid.UUID = Field(default_factory=uuid7, primary_key=True)
    station_id: uuid.UUID
    fair_id: uuid.UUID = Field(foreign_key="fair.id", index=True)
    code: str  # A01 …
    hall: str = ""
    zone: str = ""
    x: float | None = None
    y: float | None = None
    width: float = Field(default=1.0, sa_column_kwargs={"server_default": sql_text("1.0")})
    height: float = Field(default=1.0, sa_column_kwargs={"server_default": sql_text("1.0")})
    locked: bool = Field(default=False, sa_column_kwargs={"server_default": false()})
    company_id: uuid.UUID | None = Field(default=None, foreign_key="company.id", index=True)
    created_at: datetime = Field(default_factory=utcnow)


class FloorItem(SQLModel, table=True):
    """What a floor plan shows besides booths: an aisle (`main` for the main aisle, where the
    biggest companies go) or a text label (entrance, stage, 签到处 …), in floor units.

    The columns added in schema v5 have database defaults too: bulk writes name only the
    columns they set."""

    __tablename__ = "floor_item"

    id: uuid.UUID = Field(default_factory=uuid7, primary_key=True)
    station_id: uuid.UUID
    fair_id: uuid.UUID = Field(foreign_key="fair.id", index=True)
    hall: str = Field(default="", sa_column_kwargs={"server_default": ""})
    kind: str = Field(default="aisle", sa_column_kwargs={"server_default": "aisle"})
    x: float = Field(default=0.0, sa_column_kwargs={"server_default": sql_text("0.0")})
    y: float = Field(default=0.0, sa_column_kwargs={"server_default": sql_text("0.0")})
    width: float = Field(default=1.0, sa_column_kwargs={"server_default": sql_text("1.0")})
    height: float = Field(default=1.0, sa_column_kwargs={"server_default": sql_text("1.0")})
    text: str = Field(default="", sa_column_kwargs={"server_default": ""})
    main: bool = Field(default=False, sa_column_kwargs={"server_default": false()})
    created_at: datetime = Field(default_factory=utcnow)


class Attendee(SQLModel, table=True):
    """A student. `student_no` is text (leading zeros kept); pinyin keys serve the desk search."""

    __table_args__ = (
        Index("ix_attendee_univ_student_no", "fair_id", "university", "student_no", unique=True),
        Index("ix_attendee_student_no", "student_no"),
        Index("ix_attendee_phone", "phone"),
        Index("ix_attendee_phone_tail", "phone_tail"),
        Index("ix_attendee_pinyin", "name_pinyin"),
        Index("ix_attendee_initials", "name_initials"),
        Index("ix_attendee_name", "name"),
    )

    id: uuid.UUID = Field(default_factory=uuid7, primary_key=True)
    station_id: uuid.UUID
    fair_id: uuid.UUID = Field(foreign_key="fair.id")
    name: str
    name_pinyin: str = ""  # "zengxiaoxian"
    name_initials: str = ""  # "zxx"
    student_no: str | None = None
    university: str
    school: str = ""
    major: str = ""
    degree: str | None = None  # a fairdesk.core.vocabulary.Degree: associate | bachelor | …
    grad_year: int | None = None
    phone: str | None = None  # 11-digit mainland mobile, or +<country><number>
    phone_tail: str | None = None  # last four digits, for the desk search
    email: str | None = None
    consent: bool = False  # share contact details with visited companies
    source: str = "import"  # import | walk-in | demo
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Badge(SQLModel, table=True):
    """A badge. Reissue bumps `reissue`; codes with an older reissue number are revoked."""

    id: uuid.UUID = Field(default_factory=uuid7, primary_key=True)
    station_id: uuid.UUID
    attendee_id: uuid.UUID = Field(foreign_key="attendee.id", index=True)
    serial: int = Field(unique=True)
    reissue: int = 0
    revoked: bool = False  # the whole badge withdrawn (not merely reissued)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class BadgePrint(SQLModel, table=True):
    """One printing of a badge (the printed-at log)."""

    id: uuid.UUID = Field(default_factory=uuid7, primary_key=True)
    station_id: uuid.UUID
    badge_id: uuid.UUID = Field(foreign_key="badge.id", index=True)
    reissue: int = 0
    layout: str = ""
    printed_at: datetime = Field(default_factory=utcnow)


class CheckIn(SQLModel, table=True):
    """A check-in. The first per attendee is the arrival; later ones point at it (re-entries)."""

    __table_args__ = (Index("ix_checkin_attendee_at", "attendee_id", "at"),)

    id: uuid.UUID = Field(default_factory=uuid7, primary_key=True)
    station_id: uuid.UUID = Field(index=True)
    attendee_id: uuid.UUID = Field(foreign_key="attendee.id")
    kind: str = "arrival"  # arrival | reentry
    arrival_id: uuid.UUID | None = None  # for a re-entry: the arrival it follows
    method: str = "badge"  # badge | student_no | search | walk-in
    serial: int | None = None
    at: datetime = Field(default_factory=utcnow, index=True)
    undone_at: datetime | None = None  # set by an undo (the undo is itself recorded)


class CompanyArrival(SQLModel, table=True):
    """A company's representatives checked in at the fair (employer check-in). The first that
    is not undone is the arrival; an undo sets `undone_at` (itself a recorded change)."""

    __tablename__ = "company_arrival"

    id: uuid.UUID = Field(default_factory=uuid7, primary_key=True)
    station_id: uuid.UUID
    company_id: uuid.UUID = Field(foreign_key="company.id", index=True)
    method: str = Field(default="search", sa_column_kwargs={"server_default": "search"})
    # search | slip (the PIN slip's QR) | cli
    representatives: int | None = None  # how many came, when the desk asked
    at: datetime = Field(default_factory=utcnow)
    undone_at: datetime | None = None


class Interview(SQLModel, table=True):
    """One record per student per company; a pending one holds a serial until the merge."""

    __table_args__ = (UniqueConstraint("company_id", "attendee_id"),)

    id: uuid.UUID = Field(default_factory=uuid7, primary_key=True)
    station_id: uuid.UUID
    company_id: uuid.UUID = Field(foreign_key="company.id", index=True)
    attendee_id: uuid.UUID | None = Field(default=None, foreign_key="attendee.id", index=True)
    pending_serial: int | None = Field(default=None, index=True)
    pending_name: str = ""
    interviewer: str = ""
    position_id: uuid.UUID | None = Field(default=None, foreign_key="position.id")
    rating: int | None = None  # 1–5
    tags: str = ""  # joined with "、"
    outcome: str | None = (
        None  # Outcome.stored (core.vocabulary): 简历已收 / 已面试 / 进入复试 / 发放意向
    )
    visits: int = 1  # derived from InterviewVisit rows; kept for quick listing
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class InterviewNote(SQLModel, table=True):
    """Append-only: a note is never edited, so no device overwrites another's words."""

    id: uuid.UUID = Field(default_factory=uuid7, primary_key=True)
    station_id: uuid.UUID
    interview_id: uuid.UUID = Field(foreign_key="interview.id", index=True)
    author: str = ""
    text: str
    created_at: datetime = Field(default_factory=utcnow)


class InterviewVisit(SQLModel, table=True):
    """One scan of a student at a booth: visits are appended, never counted in place."""

    id: uuid.UUID = Field(default_factory=uuid7, primary_key=True)
    station_id: uuid.UUID
    interview_id: uuid.UUID = Field(foreign_key="interview.id", index=True)
    at: datetime = Field(default_factory=utcnow)


class Tag(SQLModel, table=True):
    """An interview tag: the organiser's list (`company_id` None) or a company's own."""

    __table_args__ = (UniqueConstraint("company_id", "name"),)

    id: uuid.UUID = Field(default_factory=uuid7, primary_key=True)
    station_id: uuid.UUID
    company_id: uuid.UUID | None = Field(default=None, foreign_key="company.id", index=True)
    name: str
    created_at: datetime = Field(default_factory=utcnow)


class ChangeLog(SQLModel, table=True):
    """One change to a synced row, appended by `store.seam` in the write's own transaction.

    `seq` counts this station's changes (1, 2, 3 … unique with the station); `hlc` is the hybrid
    logical clock time (`core.hlc`, text that sorts in clock order). `changes` is JSON: for an
    insert or update an object of the columns written and their new values; for a delete `{}`;
    for a bulk insert the string `"*"`: every column, as stored in the row (a bundle reads the
    row; any later change to it is itself a logged change with its values).
    """

    __tablename__ = "change_log"
    __table_args__ = (
        UniqueConstraint("station_id", "seq", name="uq_change_log_station_seq"),
        Index("ix_change_log_hlc", "hlc"),
    )

    id: int | None = Field(default=None, primary_key=True)
    table_name: str
    row_id: uuid.UUID
    station_id: uuid.UUID
    seq: int
    hlc: str
    op: str  # insert | update | delete
    changes: str


# --- local tables: this installation's own bookkeeping, never logged, packed or bundled -------


class LocalSetting(SQLModel, table=True):
    """A value of this installation only (its bundle key, its pack's generation, the folder
    it writes bundles to). Never synced: `store.seam.LOCAL_TABLES`."""

    __tablename__ = "local_setting"

    name: str = Field(primary_key=True)
    value: str


class MergedBundle(SQLModel, table=True):
    """One station bundle the organiser merged (or merged again): what it held and brought."""

    __tablename__ = "merged_bundle"

    id: uuid.UUID = Field(default_factory=uuid7, primary_key=True)
    station_id: uuid.UUID = Field(index=True)
    digest: str  # sha256 of the bundle file, hex
    file_name: str = ""
    last_seq: int = 0
    records: int = 0
    new: int = 0
    duplicate: int = 0
    conflicts: int = 0
    merged_at: datetime = Field(default_factory=utcnow)


class MergedEntry(SQLModel, table=True):
    """A change received from another station. The ledger makes merging idempotent and
    order-free: an entry already here is a duplicate; one whose row has not arrived yet waits
    (`applied` false, `changes` its values as JSON) until it does. An applied change keeps no
    values here ("": they are in its row and `FieldClock`)."""

    __tablename__ = "merged_entry"
    __table_args__ = (
        UniqueConstraint("station_id", "seq", "hlc", "row_id", name="uq_merged_entry_change"),
        Index("ix_merged_entry_applied", "applied"),  # the few that wait, found at once
    )

    id: int | None = Field(default=None, primary_key=True)
    station_id: uuid.UUID
    seq: int
    hlc: str
    table_name: str
    row_id: uuid.UUID
    op: str
    changes: str
    applied: bool = True


class MergeAlias(SQLModel, table=True):
    """A row folded into another by a merge (the same walk-in at two desks, the same student's
    interview on two booth laptops): later changes to `alias_id` land on `target_id`."""

    __tablename__ = "merge_alias"

    alias_id: uuid.UUID = Field(primary_key=True)
    table_name: str
    target_id: uuid.UUID = Field(index=True)


class FieldClock(SQLModel, table=True):
    """The time (HLC) of the change that set a column of a merged row: a received change older
    than this loses (and is reported), a newer one wins."""

    __tablename__ = "field_clock"

    table_name: str = Field(primary_key=True)
    row_id: uuid.UUID = Field(primary_key=True)
    column: str = Field(primary_key=True)
    hlc: str
