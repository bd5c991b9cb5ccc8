"""Building the built-in demo fair (`fairdesk demo`) into an empty station database.

Everything goes in one write transaction, so a failed or interrupted build leaves no half-made
fair. Students are generated as a stream and written with bulk inserts in chunks, and their
badges are minted chunk by chunk, so memory stays flat and 100,000 attendees take seconds.
The shared demo PIN is hashed once, before the transaction opens, and reused for every company.
"""

from __future__ import annotations

import itertools
import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, Table
from sqlmodel import select

from fairdesk.core.demo_data import (
    DEMO_PIN,
    DEMO_PIN_SALT,
    DEMO_SEED,
    FAIR,
    DemoStudent,
    demo_companies,
    iter_students,
)
from fairdesk.core.ids import uuid7
from fairdesk.core.messages import message
from fairdesk.core.pins import hash_pin
from fairdesk.errors import UserError
from fairdesk.services.badges.issue import mint_badges
from fairdesk.services.fairs import create_fair, ensure_local_station
from fairdesk.store.engine import write_session
from fairdesk.store.models import Attendee, Booth, Company, Fair, Position, Tag, utcnow
from fairdesk.store.seam import changes

#: The organiser's interview tags in the demo (companies add their own at the booth).
DEMO_TAGS = ("沟通好", "专业对口", "英语好", "有实习经历", "可提前入职")

logger = logging.getLogger(__name__)

MAX_ATTENDEES = 200_000
DEMO_SIZE = message(
    "demo.size",
    "The demo can have between 0 and {limit:,} attendees.",
    "演示招聘会的学生人数应在 0 到 {limit:,} 之间。",
)
DEMO_NOT_EMPTY = message(
    "demo.not_empty",
    "This database already has a fair ({name}). The demo needs an empty database: choose a new "
    "data file or folder for it.",
    "这个数据库里已经有招聘会（{name}）。演示需要一个空数据库：请为它选择新的数据文件或文件夹。",
)
CHUNK = 5_000

#: Called with (attendees written so far, attendees wanted).
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoReport:
    """What `build_demo` created, for the CLI's summary line."""

    fair_name: str
    companies: int
    booths: int
    positions: int
    attendees: int
    badges: int
    seconds: float = 0.0


def _table(model: type[Any]) -> Table:
    table: Table = model.__table__
    return table


def _attendee_row(
    student: DemoStudent, *, fair_id: uuid.UUID, station_id: uuid.UUID, now: Any
) -> dict[str, Any]:
    return {
        "id": uuid7(),
        "station_id": station_id,
        "fair_id": fair_id,
        "name": student.name,
        "name_pinyin": student.name_pinyin,
        "name_initials": student.name_initials,
        "student_no": student.student_no,
        "university": student.university,
        "school": student.school,
        "major": student.major,
        "degree": student.degree,
        "grad_year": student.grad_year,
        "phone": student.phone,
        "phone_tail": student.phone[-4:],
        "email": student.email,
        "consent": student.consent,
        "source": "demo",
        "created_at": now,
        "updated_at": now,
    }


def build_demo(
    engine: Engine, *, attendees: int = 2000, progress: Progress | None = None
) -> DemoReport:
    """Create the demo fair with `attendees` students (and a badge each) in an empty database.

    Raises UserError when the database already holds a fair or the count is out of range.
    """
    if not 0 <= attendees <= MAX_ATTENDEES:
        raise UserError(DEMO_SIZE(limit=MAX_ATTENDEES))
    started = time.perf_counter()
    pin_hash = hash_pin(DEMO_PIN, salt=DEMO_PIN_SALT)  # slow on purpose: once, outside the lock
    companies = demo_companies(DEMO_SEED)
    with write_session(engine) as session:
        existing = session.exec(select(Fair.name)).first()
        if existing is not None:
            raise UserError(DEMO_NOT_EMPTY(name=existing))
        station = ensure_local_station(session)
        fair = create_fair(
            session,
            station=station,
            name=FAIR.name,
            venue=FAIR.venue,
            starts_on=FAIR.starts_on,
            ends_on=FAIR.ends_on,
            halls=",".join(FAIR.halls),
            code=FAIR.code,
            secret=FAIR.secret,
        )
        now = utcnow()
        company_rows: list[dict[str, Any]] = []
        position_rows: list[dict[str, Any]] = []
        booth_rows: list[dict[str, Any]] = []
        common = {"station_id": station.id, "created_at": now}
        for c in companies:
            company_id = uuid7()
            company_rows.append(
                {
                    **common,
                    "id": company_id,
                    "fair_id": fair.id,
                    "name": c.name,
                    "sector": c.sector,
                    "city": c.city,
                    "contact_name": c.contact_name,
                    "phone": c.phone,
                    "email": c.email,
                    "uscc": c.uscc,
                    "pin_hash": pin_hash,
                    "updated_at": now,
                }
            )
            position_rows.extend(
                {
                    **common,
                    "id": uuid7(),
                    "company_id": company_id,
                    "title": p.title,
                    "degree": p.degree,
                    "majors": p.majors,
                    "headcount": p.headcount,
                }
                for p in c.positions
            )
            booth_rows.append(
                {
                    **common,
                    "id": uuid7(),
                    "fair_id": fair.id,
                    "code": c.booth_code,
                    "hall": c.hall,
                    "zone": c.zone,
                    "x": c.x,
                    "y": c.y,
                    "company_id": company_id,
                }
            )
        log = changes(session, station.id)
        log.insert_rows(_table(Company), company_rows)
        log.insert_rows(_table(Position), position_rows)
        log.insert_rows(_table(Booth), booth_rows)
        tags = [{**common, "id": uuid7(), "company_id": None, "name": t} for t in DEMO_TAGS]
        log.insert_rows(_table(Tag), tags)

        written = badges = 0
        students = iter_students(attendees, DEMO_SEED)
        while chunk := list(itertools.islice(students, CHUNK)):
            rows = [
                _attendee_row(s, fair_id=fair.id, station_id=station.id, now=now) for s in chunk
            ]
            log.insert_rows(_table(Attendee), rows)
            badges += len(mint_badges(session, [row["id"] for row in rows], station))
            written += len(rows)
            if progress is not None:
                progress(written, attendees)
        fair_name = fair.name
    report = DemoReport(
        fair_name=fair_name,
        companies=len(company_rows),
        booths=len(booth_rows),
        positions=len(position_rows),
        attendees=written,
        badges=badges,
        seconds=time.perf_counter() - started,
    )
    logger.info(
        "demo fair built: %d companies, %d attendees in %.1f s",
        report.companies,
        report.attendees,
        report.seconds,
    )
    return report
