"""The organiser's exports: attendees and check-ins, as Excel-safe CSV or .xlsx.

These are the career centre's own data, so contact details are included; exports meant for a
company (booth exports, post-fair company exports) live elsewhere and filter by consent.
Times are written in the station's local time zone.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import col, select

from fairdesk.core.codes import make_code
from fairdesk.core.spreadsheet_out import check_table_path, write_table
from fairdesk.core.times import local_text
from fairdesk.services.fairs import current_fair, fair_secret
from fairdesk.store.engine import read_session
from fairdesk.store.models import Attendee, Badge, CheckIn, Station
from fairdesk.store.queries import active_arrival

ATTENDEE_COLUMNS = (
    *("name", "student_no", "university", "school", "major", "degree", "grad_year", "phone"),
    *("email", "consent", "source", "badge_code", "badge_serial", "checked_in_at"),
    "checked_in_station",
)
CHECKIN_COLUMNS = (
    "name", "student_no", "university", "station", "checked_in_at", "kind", "method", "undone_at",
)  # fmt: skip


def export_attendees(engine: Engine, out: Path) -> int:
    """Every attendee with badge code and arrival; returns the number of rows written."""
    check_table_path(out)
    with read_session(engine) as session:
        fair = current_fair(session)
        secret = fair_secret(fair)
        stations = {s.id: s.name for s in session.exec(select(Station))}
        badges = {b.attendee_id: b for b in session.exec(select(Badge))}
        arrivals: dict[object, CheckIn] = {}
        arrivals_query = select(CheckIn).where(*active_arrival()).order_by(col(CheckIn.at).desc())
        for c in session.exec(arrivals_query):
            arrivals[c.attendee_id] = c  # newest first, so the earliest is kept
        people = session.exec(
            select(Attendee).order_by(col(Attendee.university), col(Attendee.student_no))
        ).all()

    def rows() -> Iterator[Sequence[object]]:
        for a in people:
            badge = badges.get(a.id)
            code = (
                make_code(fair_code=fair.code, secret=secret, serial=badge.serial,
                          reissue=badge.reissue)
                if badge and not badge.revoked else ""
            )  # fmt: skip
            arrival = arrivals.get(a.id)
            yield (
                a.name, a.student_no, a.university, a.school, a.major, a.degree, a.grad_year,
                a.phone, a.email, a.consent, a.source, code, badge.serial if badge else "",
                local_text(arrival.at if arrival else None),
                stations.get(arrival.station_id, "") if arrival else "",
            )  # fmt: skip

    write_table(out, ATTENDEE_COLUMNS, rows())
    return len(people)


def _checkin_row(c: CheckIn, a: Attendee, stations: dict[uuid.UUID, str]) -> tuple[object, ...]:
    kind = "arrival" if c.kind == "arrival" else "re-entry"
    station = stations.get(c.station_id, "")
    return (a.name, a.student_no, a.university, station, local_text(c.at), kind, c.method,
            local_text(c.undone_at))  # fmt: skip


def export_checkins(engine: Engine, out: Path) -> int:
    """One row per check-in (arrivals and re-entries, undone ones marked); returns the count."""
    check_table_path(out)
    with read_session(engine) as session:
        stations = {s.id: s.name for s in session.exec(select(Station))}
        found = session.exec(
            select(CheckIn, Attendee)
            .join(Attendee, col(Attendee.id) == col(CheckIn.attendee_id))
            .order_by(col(CheckIn.at), col(CheckIn.id))
        ).all()
    rows = [_checkin_row(c, a, stations) for c, a in found]
    write_table(out, CHECKIN_COLUMNS, rows)
    return len(rows)
