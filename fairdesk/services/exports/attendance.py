"""The organiser's exports: attendees and check-ins, as Excel-safe CSV or .xlsx.

These are the career centre's own data, so contact details are included; exports meant for a
company (booth exports, post-fair company exports) live elsewhere and filter by consent.
`university` narrows either export to one university's students (what its career office asks
for). Headers and coded values are in the interface's language, or the machine words with
`headers="en"` (see `core.export_words`). Times are written in the station's local time zone.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from fairdesk.core.codes import make_code
from fairdesk.core.export_words import Words, export_words
from fairdesk.core.messages import message
from fairdesk.core.spreadsheet_out import check_table_path, write_table
from fairdesk.core.times import local_text
from fairdesk.errors import UserError
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
UNKNOWN_UNIVERSITY = message(
    "export.unknown_university",
    "No university called {name} in this fair; it has: {known}",
    "本场没有名为 {name} 的学校；现有学校：{known}",
)
NO_UNIVERSITIES = message("export.no_universities", "(no students yet)", "（还没有学生）")


def _key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).split()).casefold()


def fair_universities(session: Session) -> list[str]:
    """The universities the fair's students come from, in name order."""
    found = session.exec(select(Attendee.university).distinct()).all()
    return sorted(u for u in found if u)


def pick_university(session: Session, name: str | None) -> str | None:
    """The stored spelling of the university `name` asks for (width, case and spaces aside);
    UserError listing the fair's universities when it has none of that name."""
    if name is None:
        return None
    known = fair_universities(session)
    found = next((u for u in known if _key(u) == _key(name)), None)
    if found is None:
        listed = "、".join(known) if known else NO_UNIVERSITIES()
        raise UserError(UNKNOWN_UNIVERSITY(name=" ".join(name.split()), known=listed))
    return found


def export_attendees(
    engine: Engine, out: Path, *, university: str | None = None, headers: str | None = None
) -> int:
    """Every attendee (of `university`, when given) with badge code and arrival; returns the
    number of rows written."""
    check_table_path(out)
    words = export_words(headers)
    with read_session(engine) as session:
        fair = current_fair(session)
        wanted = pick_university(session, university)
        secret = fair_secret(fair)
        stations = {s.id: s.name for s in session.exec(select(Station))}
        # a student with two badges (a walk-in registered at two desks) shows the newest
        badges = {b.attendee_id: b for b in session.exec(select(Badge).order_by(col(Badge.serial)))}
        arrivals: dict[object, CheckIn] = {}
        arrivals_query = (
            select(CheckIn)
            .where(*active_arrival())
            .order_by(col(CheckIn.at).desc(), col(CheckIn.id).desc())
        )
        for c in session.exec(arrivals_query):
            arrivals[c.attendee_id] = c  # newest first, so the earliest is kept
        query = select(Attendee).order_by(
            col(Attendee.university), col(Attendee.student_no), col(Attendee.name), col(Attendee.id)
        )
        if wanted is not None:
            query = query.where(Attendee.university == wanted)
        people = session.exec(query).all()

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
                a.name, a.student_no, a.university, a.school, a.major,
                words.value("degree", a.degree), a.grad_year, a.phone, a.email,
                words.value("yes_no", a.consent), words.value("source", a.source), code,
                badge.serial if badge else "",
                local_text(arrival.at if arrival else None),
                words.value("station", stations.get(arrival.station_id)) if arrival else "",
            )  # fmt: skip

    write_table(out, words.headers(ATTENDEE_COLUMNS), rows())
    return len(people)


def _checkin_row(
    c: CheckIn, a: Attendee, stations: dict[uuid.UUID, str], words: Words
) -> tuple[object, ...]:
    kind = words.value("kind", "arrival" if c.kind == "arrival" else "reentry")
    station = words.value("station", stations.get(c.station_id))
    return (a.name, a.student_no, a.university, station, local_text(c.at), kind,
            words.value("method", c.method), local_text(c.undone_at))  # fmt: skip


def export_checkins(
    engine: Engine, out: Path, *, university: str | None = None, headers: str | None = None
) -> int:
    """One row per check-in (arrivals and re-entries, undone ones marked) of every student, or
    of `university`'s; returns the count."""
    check_table_path(out)
    words = export_words(headers)
    with read_session(engine) as session:
        wanted = pick_university(session, university)
        stations = {s.id: s.name for s in session.exec(select(Station))}
        query = (
            select(CheckIn, Attendee)
            .join(Attendee, col(Attendee.id) == col(CheckIn.attendee_id))
            .order_by(col(CheckIn.at), col(CheckIn.id))
        )
        if wanted is not None:
            query = query.where(Attendee.university == wanted)
        found = session.exec(query).all()
    rows = [_checkin_row(c, a, stations, words) for c, a in found]
    write_table(out, words.headers(CHECKIN_COLUMNS), rows)
    return len(rows)
