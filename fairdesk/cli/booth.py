"""Booth commands: `fairdesk booth` (the booth station window) and `fairdesk scan` (headless log).

`scan` exit codes: 0 logged (new record or a further visit), 4 refused (the reason is printed),
2 usage or I/O (unknown company, rating outside 1–5, unknown outcome).
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from typing import Any

from fairdesk.core.messages import message
from fairdesk.core.roles import Role
from fairdesk.core.vocabulary import STORED_OUTCOMES, Outcome

EXIT_OK, EXIT_ERROR, EXIT_REFUSED = 0, 2, 4
LOCK_MINUTES = message(
    "booth.lock_minutes",
    "--lock-minutes must be between 1 and 120",
    "--lock-minutes 须在 1 到 120 之间",
)


def register(sub: Any) -> dict[str, Any]:
    """Add `booth` and `scan` to the `fairdesk` parser; returns their handlers."""
    booth = sub.add_parser("booth", help="open the company booth station")
    booth.add_argument("--company", help="the company this booth serves (else a chooser)")
    booth.add_argument("--station", help="booth station name recorded with interviews")
    booth.add_argument("--lock-minutes", type=int, help="lock the booth after N idle minutes (5)")

    scan = sub.add_parser("scan", help="log a badge scan at a company's booth")
    scan.add_argument("code", help="the badge code digits")
    scan.add_argument("--company", required=True, help="the booth's company")
    scan.add_argument("--rating", type=int, help="1–5")
    outcomes = f"{'/'.join(STORED_OUTCOMES)} or {'/'.join(Outcome)}"
    scan.add_argument("--outcome", help=outcomes)
    scan.add_argument("--note", help="a note appended to the record")
    scan.add_argument("--interviewer", default="", help="who met the student")
    scan.add_argument("--station", help="booth station name recorded with the interview")
    return {"booth": cmd_booth, "scan": cmd_scan}


def cmd_booth(args: argparse.Namespace) -> int:
    from fairdesk.app import run_gui
    from fairdesk.cli import settings_from
    from fairdesk.errors import UserError

    settings = settings_from(args)
    if args.lock_minutes is not None:
        if not 1 <= args.lock_minutes <= 120:
            raise UserError(LOCK_MINUTES())
        settings = dataclasses.replace(settings, booth_lock_minutes=args.lock_minutes)
    return run_gui(settings, sys.argv[:1], start_role=Role.BOOTH)


def cmd_scan(args: argparse.Namespace) -> int:
    from fairdesk.cli import engine_from
    from fairdesk.services.booth.auth import BoothAuth
    from fairdesk.services.booth.interviews import InterviewService
    from fairdesk.services.booth.views import check_note, check_rating, parse_outcome

    rating = check_rating(args.rating)  # usage errors before anything is written
    outcome = parse_outcome(args.outcome) if args.outcome is not None else None
    note = check_note(args.note) if args.note is not None else None
    engine = engine_from(args)
    try:
        company = BoothAuth(engine).find(args.company)
        service = InterviewService(engine, company.id, station_name=args.station)
        result = service.scan(args.code, interviewer=args.interviewer)
        if result.interview is None:
            print(f"refused: {result.reason_text}")
            return EXIT_REFUSED
        card = result.interview
        if rating is not None:
            service.set_rating(card.id, rating)
        if outcome is not None:
            service.set_outcome(card.id, outcome)
        if note is not None:
            service.add_note(card.id, args.interviewer or card.interviewer, note)
        who = card.display_name or f"pending badge {card.pending_serial}"
        where = f" ({card.student.university})" if card.student else " (pending)"
        print(f"logged: {who}{where} for {company.name}, visit {card.visits}")
        return EXIT_OK
    finally:
        engine.dispose()
