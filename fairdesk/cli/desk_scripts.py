"""Desk commands for scripts: `fairdesk reissue` and `fairdesk walk-in`.

Each prints what it did and, as its last line, the new badge code (the contract a script reads);
the lines before it follow the interface's language. Errors exit 2 with the reason, naming the
field for a walk-in the roster rules refuse ("phone: …").
"""

from __future__ import annotations

import argparse
from typing import Any

from fairdesk.core.messages import message

EXIT_OK = 0

REISSUE_HOW = message(
    "cli.reissue.how",
    "give a badge CODE, or --student-no N with --university U",
    "请给出胸卡码 CODE，或 --student-no 学号 加 --university 学校",
)
REISSUED = message(
    "cli.reissue.done", "reissued: {name} ({university}), serial {serial}",
    "已补发：{name}（{university}），编号 {serial}",
)  # fmt: skip
REGISTERED = message(
    "cli.walk_in.done", "registered and checked in: {name} ({university}), serial {serial}",
    "已登记并签到：{name}（{university}），编号 {serial}",
)  # fmt: skip


def register(sub: Any) -> dict[str, Any]:
    """Add `reissue` and `walk-in` to the `fairdesk` parser; returns their handlers."""
    reissue = sub.add_parser("reissue", help="reissue a lost badge at a desk; prints the new code")
    reissue.add_argument("code", nargs="?", help="the lost badge's code")
    reissue.add_argument("--student-no", help="find the student by 学号 (with --university)")
    reissue.add_argument("--university", help="the student's university (with --student-no)")

    walk_in = sub.add_parser("walk-in", help="register and check in a walk-in; prints the code")
    walk_in.add_argument("--name", required=True)
    walk_in.add_argument("--university", required=True)
    for option in ("--student-no", "--phone", "--school", "--major", "--degree", "--email"):
        walk_in.add_argument(option, default="")
    walk_in.add_argument("--grad-year", default="")
    walk_in.add_argument("--consent", action="store_true", help="agreed to share contact details")
    walk_in.add_argument("--station", help="desk name recorded with the check-in")
    return {"reissue": cmd_reissue, "walk-in": cmd_walk_in}


def cmd_reissue(args: argparse.Namespace) -> int:
    from fairdesk.cli import engine_from
    from fairdesk.errors import UserError
    from fairdesk.services.desk.reissue import reissue

    by_number = args.student_no is not None or args.university is not None
    by_code_only = args.code is not None and not by_number
    if not by_code_only and not (args.code is None and args.student_no and args.university):
        raise UserError(REISSUE_HOW())
    view = reissue(
        engine_from(args), code=args.code, student_no=args.student_no, university=args.university
    )
    print(REISSUED(name=view.name, university=view.university, serial=view.short_serial))
    print(view.code)
    return EXIT_OK


def cmd_walk_in(args: argparse.Namespace) -> int:
    from fairdesk.cli import engine_from
    from fairdesk.services.badges.service import BadgeService
    from fairdesk.services.desk.registration import RegistrationService, WalkInForm
    from fairdesk.services.desk.reissue import require_desk

    engine = engine_from(args)
    require_desk(engine)
    form = WalkInForm(
        name=args.name, university=args.university, student_no=args.student_no,
        school=args.school, major=args.major, degree=args.degree, grad_year=args.grad_year,
        phone=args.phone, email=args.email, consent=args.consent,
    )  # fmt: skip
    result = RegistrationService(engine, station_name=args.station).register(form)
    badge = BadgeService(engine).select(attendee_ids=[result.attendee.id])[0]
    print(REGISTERED(name=badge.name, university=badge.university, serial=badge.short_serial))
    print(badge.code)
    return EXIT_OK
