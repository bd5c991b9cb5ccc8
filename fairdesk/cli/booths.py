"""`fairdesk booths grid --hall NAME --rows R --cols C [--prefix A]` and
`fairdesk booths assign --company NAME --booth CODE`: the floor for scripts (organiser)."""

from __future__ import annotations

import argparse
from typing import Any

from fairdesk.cli import EXIT_OK, Handler, engine_from
from fairdesk.core.messages import message

MADE = message(
    "booths.made",
    "{count} booths {first}–{last} in {hall} ({rows} × {cols})",
    "{hall}：{count} 个展位 {first}–{last}（{rows} × {cols}）",
)
ASSIGNED = message("booths.assigned", "{company} -> booth {code}", "{company} -> 展位 {code}")
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
    assign = commands.add_parser("assign", help="give a company a free booth")
    assign.add_argument("--company", required=True, metavar="NAME")
    assign.add_argument("--booth", required=True, metavar="CODE")
    return {"booths": cmd_booths}


def cmd_booths(args: argparse.Namespace) -> int:
    from fairdesk.services.floorplan.booths import assign_booth, make_grid

    engine = engine_from(args)
    try:
        if args.booths_command == "grid":
            made = make_grid(
                engine, hall=args.hall, rows=args.rows, cols=args.cols, prefix=args.prefix
            )
            print(MADE(count=len(made.codes), first=made.codes[0], last=made.codes[-1],
                       hall=made.hall, rows=made.rows, cols=made.cols))  # fmt: skip
            return EXIT_OK
        done = assign_booth(engine, company=args.company, booth=args.booth)
    finally:
        engine.dispose()
    print((ASSIGNED if done.changed else ALREADY)(company=done.company, code=done.code))
    return EXIT_OK
