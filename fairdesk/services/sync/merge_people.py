"""The merge rules about people: one attendee per student, one interview per student and
company, one arrival per attendee, pending booth serials attached, serials never doubled.

Every rule gives the same result whichever bundle arrives first: a fold takes the values of the
older row (the smaller UUIDv7) and fills its gaps from the other; interview fields resolve by
their clocks; arrivals are recomputed from all check-ins of the attendee.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import and_, func, or_, select

from fairdesk.core.messages import message
from fairdesk.services.sync.merge_arrivals import recompute_arrivals
from fairdesk.services.sync.merge_state import OVERWRITTEN, Entry, MergeState, chunks, rival
from fairdesk.services.sync.row_values import is_empty, table_of
from fairdesk.store.models import Interview

ATTENDEES = table_of("attendee")
BADGES = table_of("badge")
CHECKINS = table_of("checkin")
INTERVIEWS = table_of("interview")
NOTES = table_of("interviewnote")
VISITS = table_of("interviewvisit")
STATION_TABLE = table_of("station")

#: attendee columns a fold fills from the other row when the older one lacks them
FILL = ("student_no", "phone", "phone_tail", "email", "school", "major", "degree", "grad_year")
#: interview columns resolved by the latest change
SCALARS = ("interviewer", "position_id", "rating", "tags", "outcome", "pending_name")

FOLDED_ATTENDEE = message(
    "merge.folded_attendee",
    "walk-in {name} ({university} {student_no}) was registered at {one} and {other}: one "
    "student now, every badge still valid",
    "现场登记的 {name}（{university} {student_no}）在 {one} 和 {other} 都登记过："
    "已合为一人，所有胸卡仍有效",
)
FOLDED_INTERVIEW = message(
    "merge.folded_interview",
    "{name} was met by two laptops of one company: one interview now, every note and visit kept",
    "{name} 被同一企业的两台电脑记录：已合为一条面试记录，所有备注和到访均保留",
)
SERIAL_TWICE = message(
    "merge.serial_twice",
    "badge serial {serial} was minted twice (a copied station file?): kept for {kept}; "
    "{lost} needs a reissued badge",
    "胸卡序号 {serial} 被发放了两次（工作站文件被复制？）：保留给 {kept}；{lost} 需要补发胸卡",
)
NUMBER_TAKEN = message(
    "merge.station_number_taken",
    "station {name} made at a station used number {number}, which {other} has: not added",
    "在工作站上新建的 {name} 使用了编号 {number}，该编号已属于 {other}：未添加",
)


def insert_stations(
    state: MergeState, _: str, rows: list[dict[str, Any]], __: list[Entry]
) -> set[uuid.UUID]:
    done: set[uuid.UUID] = set()
    for row in rows:
        taken = state.conn.execute(
            select(STATION_TABLE.c.name).where(STATION_TABLE.c.number == row["number"])
        ).scalar()
        if taken is not None:
            state.conflict(NUMBER_TAKEN(name=row["name"], number=row["number"], other=taken))
            continue
        row["is_local"] = False
        state.writer.insert_rows(STATION_TABLE, [row])
        state.station_names[row["id"].hex] = row["name"]
        done.add(row["id"])
    return done


def insert_attendees(
    state: MergeState, _: str, rows: list[dict[str, Any]], __: list[Entry]
) -> set[uuid.UUID]:
    done: set[uuid.UUID] = set()
    for row in rows:
        same = _same_person(state, row)
        if same is None:
            state.writer.insert_rows(ATTENDEES, [row])
        else:
            _fold_attendee(state, same, row)
        state.touched_attendees.add(same["id"] if same else row["id"])
        done.add(row["id"])
    return done


def _same_person(state: MergeState, row: dict[str, Any]) -> dict[str, Any] | None:
    a = ATTENDEES.c
    keys = []
    if row.get("student_no"):
        keys.append(and_(a.university == row["university"], a.student_no == row["student_no"]))
    if row.get("phone"):
        keys.append(a.phone == row["phone"])
    if not keys:
        return None
    found = state.conn.execute(
        select(ATTENDEES).where(a.fair_id == row["fair_id"], a.id != row["id"], or_(*keys))
        .order_by(a.id).limit(1)
    ).mappings().first()  # fmt: skip
    return dict(found) if found else None


def _fold_attendee(state: MergeState, here: dict[str, Any], incoming: dict[str, Any]) -> None:
    """`incoming` is the person `here` already is: `here` stays, with the older row's values."""
    older, newer = (incoming, here) if incoming["id"].int < here["id"].int else (here, incoming)
    values = {k: v for k, v in older.items() if k != "id"}
    for column in FILL:
        if is_empty(values.get(column)) and not is_empty(newer.get(column)):
            values[column] = newer[column]
    values["consent"] = bool(older.get("consent")) or bool(newer.get("consent"))
    changed = {k: v for k, v in values.items() if here.get(k) != v}
    if changed:
        state.writer.update_rows(ATTENDEES, [here["id"]], [changed])
    state.fold("attendee", incoming["id"], here["id"])
    state.note(
        FOLDED_ATTENDEE(name=values["name"], university=values["university"],
                        student_no=values.get("student_no") or values.get("phone") or "",
                        one=state.who_made(here), other=state.who_made(incoming))
    )  # fmt: skip


def insert_badges(
    state: MergeState, _: str, rows: list[dict[str, Any]], __: list[Entry]
) -> set[uuid.UUID]:
    serials = [r["serial"] for r in rows]
    taken: dict[int, uuid.UUID] = {  # serial → whose badge it is
        serial: owner
        for chunk in chunks(serials)
        for serial, owner in state.conn.execute(
            select(BADGES.c.serial, BADGES.c.attendee_id).where(BADGES.c.serial.in_(chunk))
        )
    }
    fresh = []
    for row in rows:
        owner = taken.get(row["serial"])
        if owner is None:
            fresh.append(row)
            taken[row["serial"]] = row["attendee_id"]
            continue
        state.conflict(
            SERIAL_TWICE(serial=row["serial"], kept=_name(state, owner),
                         lost=_name(state, row["attendee_id"]))
        )  # fmt: skip
    if fresh:
        state.writer.insert_rows(BADGES, fresh)
    return {r["id"] for r in fresh}


def _name(state: MergeState, attendee_id: uuid.UUID | None) -> str:
    found = state.conn.execute(
        select(ATTENDEES.c.name).where(ATTENDEES.c.id == state.resolve(attendee_id))
    ).scalar()
    return str(found or "?")


def insert_interviews(
    state: MergeState, _: str, rows: list[dict[str, Any]], entries: list[Entry]
) -> set[uuid.UUID]:
    done: set[uuid.UUID] = set()
    for row, entry in zip(rows, entries, strict=True):
        clocks = {c: entry.hlc for c in SCALARS if not is_empty(row.get(c))}
        if row.get("attendee_id") is None and row.get("pending_serial") is not None:
            owner = _owner_of_serial(state, row["pending_serial"])
            if owner is not None:
                row.update(attendee_id=owner, pending_serial=None)
        same = _same_interview(state, row)
        if same is None:
            state.writer.insert_rows(INTERVIEWS, [row])
            for column, hlc in clocks.items():
                state.set_clock("interview", row["id"], column, hlc)
            state.touched_interviews.add(row["id"])
        else:
            _fold_interview(state, same, row, clocks)
        done.add(row["id"])
    return done


def _owner_of_serial(state: MergeState, serial: int) -> uuid.UUID | None:
    found = state.conn.execute(
        select(BADGES.c.attendee_id).where(BADGES.c.serial == serial)
    ).scalar()
    return state.resolve(found) if found is not None else None


def _same_interview(state: MergeState, row: dict[str, Any]) -> dict[str, Any] | None:
    if row.get("attendee_id") is None:
        return None
    i = INTERVIEWS.c
    same = (i.company_id == row["company_id"], i.attendee_id == row["attendee_id"])
    found = state.conn.execute(
        select(INTERVIEWS).where(*same, i.id != row["id"])
    ).mappings().first()  # fmt: skip
    return dict(found) if found else None


def _fold_interview(
    state: MergeState, here: dict[str, Any], other: dict[str, Any], clocks: dict[str, str]
) -> None:
    """Fold `other` (new, or a pending row already here) into the interview `here`."""
    state.load_clocks("interview", [here["id"]])
    values: dict[str, Any] = {}
    for column in SCALARS:
        mine, theirs = here[column], other.get(column)
        mine_at, theirs_at = state.clock("interview", here["id"], column), clocks.get(column, "")
        if is_empty(theirs) or mine == theirs:
            continue
        wins = is_empty(mine) or theirs_at > mine_at
        if wins:
            values[column] = theirs
            state.set_clock("interview", here["id"], column, theirs_at)
        if not is_empty(mine) and rival(mine_at, theirs_at):
            kept, lost = (theirs, mine) if wins else (mine, theirs)
            kept_at, lost_at = (theirs_at, mine_at) if wins else (mine_at, theirs_at)
            state.conflict(
                OVERWRITTEN(table="interview", row=here["id"].hex[:8], column=column, kept=kept,
                            kept_by=state.who(kept_at), lost=lost, lost_by=state.who(lost_at))
            )  # fmt: skip
    older = other if other["id"].int < here["id"].int else here
    values.update(station_id=older["station_id"], created_at=min(here["created_at"],
                                                                 other["created_at"]))  # fmt: skip
    changed = {k: v for k, v in values.items() if here.get(k) != v}
    if changed:
        state.writer.update_rows(INTERVIEWS, [here["id"]], [changed])
    state.fold("interview", other["id"], here["id"])
    state.touched_interviews.add(here["id"])
    state.note(FOLDED_INTERVIEW(name=_name(state, here["attendee_id"])))


def settle(state: MergeState) -> None:
    """After a bundle: pending serials attached, arrivals and visit counts recomputed."""
    _attach_pending(state)
    recompute_arrivals(state, sorted(state.touched_attendees, key=lambda u: u.int))
    for interview_id in sorted(state.touched_interviews, key=lambda u: u.int):
        _recount_visits(state, interview_id)
    state.touched_attendees.clear()
    state.touched_interviews.clear()


def _attach_pending(state: MergeState) -> None:
    i = INTERVIEWS.c
    pending = state.conn.execute(
        select(INTERVIEWS, BADGES.c.attendee_id.label("owner"))
        .join(BADGES, BADGES.c.serial == i.pending_serial)
        .where(i.attendee_id.is_(None))
        .order_by(i.id)
    ).mappings().all()  # fmt: skip
    for found in pending:
        row = {k: v for k, v in found.items() if k != "owner"}
        owner = state.resolve(found["owner"])
        row.update(attendee_id=owner, pending_serial=None)
        same = _same_interview(state, row)
        if same is None:
            attach = {"attendee_id": owner, "pending_serial": None}
            state.writer.update_rows(INTERVIEWS, [row["id"]], [attach])
            continue
        state.load_clocks("interview", [row["id"]])
        clocks = {c: state.clock("interview", row["id"], c) for c in SCALARS}
        for table in (NOTES, VISITS):
            ids = list(state.conn.execute(
                select(table.c.id).where(table.c.interview_id == row["id"])).scalars())  # fmt: skip
            if ids:
                state.writer.update_rows(table, ids, [{"interview_id": same["id"]}] * len(ids))
        _fold_interview(state, same, row, clocks)
        gone = state.session.get(Interview, row["id"])
        if gone is not None:
            state.writer.delete(gone)


def _recount_visits(state: MergeState, interview_id: uuid.UUID) -> None:
    count = state.conn.execute(
        select(func.count()).where(VISITS.c.interview_id == interview_id)
    ).scalar()
    stored = state.conn.execute(
        select(INTERVIEWS.c.visits).where(INTERVIEWS.c.id == interview_id)
    ).scalar()
    if stored is not None and stored != count:
        state.writer.update_rows(INTERVIEWS, [interview_id], [{"visits": count}])
