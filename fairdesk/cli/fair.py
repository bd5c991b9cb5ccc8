"""`fairdesk setup`: create a real fair (not the demo) in an empty station database.

`--organiser-pin` stores the hash of the PIN a desk laptop asks for before it opens the
organiser role (`services.organiser_pin`); without it the fair has none, as older files.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from fairdesk.cli import EXIT_OK, Handler, engine_from
from fairdesk.core.messages import message
from fairdesk.errors import UserError
from fairdesk.services.fairs import create_fair, ensure_local_station, fair_summary
from fairdesk.services.organiser_pin import organiser_pin_hash
from fairdesk.store.engine import write_session

BAD_DATES = message(
    "setup.bad_dates",
    "--dates {text!r}: use YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD",
    "--dates {text!r}：请写成 YYYY-MM-DD 或 YYYY-MM-DD..YYYY-MM-DD",
)
DATES_REVERSED = message(
    "setup.dates_reversed",
    "--dates {text!r}: the last day is before the first",
    "--dates {text!r}：最后一天早于第一天",
)
ALREADY_HOLDS = message(
    "setup.already_holds",
    "This database already holds the fair {name!r}.",
    "这个数据库里已经有招聘会 {name!r}。",
)


def register(sub: Any) -> dict[str, Handler]:
    p = sub.add_parser("setup", help="create the fair in an empty database (organiser)")
    p.add_argument("--name", required=True, help="fair name, e.g. 2026届秋季双选会")
    p.add_argument("--venue", default="", help="venue, e.g. 北京航空航天大学体育馆")
    p.add_argument("--dates", default="", help="first day, or first..last (YYYY-MM-DD)")
    p.add_argument("--halls", default="", help="hall names, comma-separated")
    p.add_argument(
        "--organiser-pin",
        default=None,
        help="4–8 digits: a desk laptop needs it to open the organiser role",
    )
    return {"setup": cmd_setup}


def parse_dates(text: str) -> tuple[date | None, date | None]:
    """'2026-11-28' or '2026-11-28..2026-11-29' (empty: no dates)."""
    if not text.strip():
        return None, None
    first, _, last = text.partition("..")
    try:
        start = date.fromisoformat(first.strip())
        end = date.fromisoformat(last.strip()) if last.strip() else start
    except ValueError as exc:
        raise UserError(BAD_DATES(text=text)) from exc
    if end < start:
        raise UserError(DATES_REVERSED(text=text))
    return start, end


def cmd_setup(args: argparse.Namespace) -> int:
    starts_on, ends_on = parse_dates(args.dates)
    pin_hash = organiser_pin_hash(args.organiser_pin) if args.organiser_pin is not None else None
    engine = engine_from(args, create=True)
    existing = fair_summary(engine)
    if existing is not None:
        raise UserError(ALREADY_HOLDS(name=existing.name))
    halls = ",".join(h.strip() for h in args.halls.replace("，", ",").split(",") if h.strip())
    with write_session(engine) as session:
        station = ensure_local_station(session)
        fair = create_fair(
            session, station=station, name=args.name, venue=args.venue.strip(),
            starts_on=starts_on, ends_on=ends_on, halls=halls, organiser_pin_hash=pin_hash,
        )  # fmt: skip
        print(f"created fair {fair.name} (fair code {fair.code:06d})")
    return EXIT_OK
