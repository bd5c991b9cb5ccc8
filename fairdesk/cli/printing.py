"""`fairdesk print floor-map|signs --out FILE.pdf`: the organiser's printouts for scripts.

    fairdesk print floor-map --out map.pdf [--paper A3|A4] [--hall NAME]
    fairdesk print signs --out signs.pdf

The floor map: a landscape page per hall (A3 unless `--paper A4`) and the company index by
pinyin; the signs: an A4 landscape page per booth with a company. Prints one line, `wrote the
floor map on P pages to FILE` or `wrote N booth signs to FILE`. Exit 0 done, 2 a plain error
(no booths yet, an unknown hall, a file that cannot be written).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fairdesk.cli import EXIT_OK, Handler, engine_from
from fairdesk.core.messages import message
from fairdesk.errors import UserError

NOT_PDF = message("cli.print.pdf", "{path}: the file name must end in .pdf",
                  "{path}：文件名必须以 .pdf 结尾")  # fmt: skip


def register(sub: Any) -> dict[str, Handler]:
    p = sub.add_parser("print", help="printouts as PDF: the floor map, booth signs")
    commands = p.add_subparsers(dest="print_command", metavar="{floor-map,signs}", required=True)
    floor = commands.add_parser("floor-map", help="the floor map with the company index")
    floor.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    floor.add_argument("--paper", choices=("A3", "A4"), default="A3", help="landscape (A3)")
    floor.add_argument("--hall", metavar="NAME", help="only this hall (default: every hall)")
    signs = commands.add_parser("signs", help="one A4 landscape sign per assigned booth")
    signs.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    return {"print": cmd_print}


def cmd_print(args: argparse.Namespace) -> int:
    out: Path = args.out
    if out.suffix.lower() != ".pdf":
        raise UserError(NOT_PDF(path=out))
    from fairdesk.render.badge_fonts import ensure_gui_app
    from fairdesk.services.printouts.service import PrintoutService

    ensure_gui_app()
    engine = engine_from(args)
    try:
        service = PrintoutService(engine)
        if args.print_command == "floor-map":
            from fairdesk.render.floor_map import NO_HALL, write_floor_map

            if args.hall is not None and args.hall not in service.halls():
                raise UserError(NO_HALL(hall=args.hall))
            data = service.floor_map(args.hall)
            print(write_floor_map(data, out, paper=args.paper).summary())
            return EXIT_OK
        from fairdesk.render.booth_signs import write_signs

        print(write_signs(service.booth_signs(), out).summary())
    finally:
        engine.dispose()
    return EXIT_OK
