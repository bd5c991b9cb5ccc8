"""`fairdesk booths grid --hall NAME --rows R --cols C [--prefix A]`,
`fairdesk booths assign --company NAME --booth CODE` and `fairdesk booths assign --auto [--all]`:
the floor for scripts (organiser). `--auto` ends with one stable summary line
(`assigned N companies, M booths free, K companies without a booth`)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from fairdesk.cli import EXIT_OK, Handler, engine_from
from fairdesk.core.messages import message
from fairdesk.errors import UserError

if TYPE_CHECKING:
    from sqlalchemy import Engine

MADE = message(
    "booths.made",
    "{count} booths {first}–{last} in {hall} ({rows} × {cols})",
    "{hall}：{count} 个展位 {first}–{last}（{rows} × {cols}）",
)
ASSIGNED = message("booths.assigned", "{company} -> booth {code}", "{company} -> 展位 {code}")
AUTO_SUMMARY = message(
    "booths.auto_summary",
    "assigned {placed} companies, {free} booths free, {unplaced} companies without a booth",
    "已分配 {placed} 家企业，空余展位 {free} 个，{unplaced} 家企业没有展位",
)
AUTO_PLACED = message("booths.auto_placed", "{company} -> booth {code}", "{company} -> 展位 {code}")
AUTO_NEEDS = message(
    "booths.auto_needs",
    "booths assign needs --auto, or --company NAME and --booth CODE",
    "booths assign 需要 --auto，或 --company 名称 与 --booth 展位号",
)
ALREADY = message(
    "booths.already", "{company} has booth {code} already", "{company} 已在展位 {code}"
)  # fmt: skip


def register(sub: Any) -> dict[str, Handler]:
    booths = sub.add_parser("booths", help="booths on the floor: make a grid, give a company one")
    commands = booths.add_subparsers(dest="booths_command", metavar="{grid,assign}", required=True)
    grid = commands.add_parser("grid", help="a grid of new booths in a hall (A01, A02 … by row)")
    grid.add_argument("--hall", required=True, metavar="NAME")
    grid.add_argument("--rows", type=int, required=True, metavar="R")
    grid.add_argument("--cols", type=int, required=True, metavar="C")
    grid.add_argument("--prefix", default="A", help="letters the codes start with (default A)")
    grid.add_argument(
        "--aisle-every", type=int, default=0, metavar="N",
        help="leave an aisle after every N rows (the first is the main aisle)",
    )  # fmt: skip
    assign = commands.add_parser(
        "assign", help="give a company a free booth, or every company without one (--auto)"
    )
    assign.add_argument("--company", metavar="NAME")
    assign.add_argument("--booth", metavar="CODE")
    assign.add_argument(
        "--auto", action="store_true",
        help="place every company without a booth: sectors together, biggest on the main aisle",
    )  # fmt: skip
    assign.add_argument(
        "--all", action="store_true", dest="everything",
        help="with --auto: redo every booth that is not locked",
    )  # fmt: skip
    return {"booths": cmd_booths}


def cmd_booths(args: argparse.Namespace) -> int:
    from fairdesk.services.floorplan.booths import assign_booth, make_grid

    engine = engine_from(args)
    try:
        if args.booths_command == "grid":
            made = make_grid(
                engine, hall=args.hall, rows=args.rows, cols=args.cols, prefix=args.prefix,
                aisle_every=max(0, args.aisle_every),
            )  # fmt: skip
            print(MADE(count=len(made.codes), first=made.codes[0], last=made.codes[-1],
                       hall=made.hall, rows=made.rows, cols=made.cols))  # fmt: skip
            return EXIT_OK
        if args.auto:
            return _auto(engine, everything=args.everything)
        if not args.company or not args.booth:
            raise UserError(AUTO_NEEDS())
        done = assign_booth(engine, company=args.company, booth=args.booth)
    finally:
        engine.dispose()
    print((ASSIGNED if done.changed else ALREADY)(company=done.company, code=done.code))
    return EXIT_OK


def _auto(engine: Engine, *, everything: bool) -> int:
    from fairdesk.services.floorplan.auto import auto_assign

    done = auto_assign(engine, everything=everything)
    for booth in sorted(done.change.booths, key=lambda b: b.code):
        if booth.company_id is not None and done.change.before.get(booth.id) != booth.company_id:
            print(AUTO_PLACED(company=booth.company, code=booth.code))
    print(AUTO_SUMMARY(placed=done.placed, free=done.free, unplaced=done.unplaced))
    return EXIT_OK
