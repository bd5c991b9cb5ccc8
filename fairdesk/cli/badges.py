"""`fairdesk badges`: print-ready PDF sheets and labels, or PNG e-badges, from the command line.

A PDF counts as printed (it goes to the print shop), so `--only-unprinted` picks up the rest on
the next run; PNG e-badges are not prints. Output: one `warning:` line per badge with a
character no font can draw, then one summary line ("wrote 123 badges on 13 pages to
FILE.pdf"). Exit 0 when written, 2 for a plain error.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fairdesk.core.badge_layout import DEFAULT_PRESET, PRESETS, preset
from fairdesk.core.messages import message
from fairdesk.errors import UserError

EXIT_OK = 0

NOT_A_PDF = message(
    "cli.badges.not_pdf",
    "{path}: the sheet file must end in .pdf",
    "{path}：胸卡版面文件必须以 .pdf 结尾",
)
NO_BADGES = message("cli.badges.none", "No badges to write.", "没有要生成的胸卡。")
NO_BADGES_LEFT = message(
    "cli.badges.none_left", "No badges to write (all printed).", "没有要生成的胸卡（已全部打印）。"
)
NO_BADGES_OF = message(
    "cli.badges.none_of", "No badges of {university} to write.", "{university} 没有要生成的胸卡。"
)
NO_BADGES_OF_LEFT = message(
    "cli.badges.none_of_left",
    "No badges of {university} to write (all printed).",
    "{university} 没有要生成的胸卡（已全部打印）。",
)
CANNOT_WRITE = message(
    "cli.badges.cannot_write", "Cannot write {path}: {detail}", "无法写入 {path}：{detail}"
)


def register(sub: Any) -> dict[str, Any]:
    """Add the `badges` subcommand; returns its handler by name."""
    p = sub.add_parser("badges", help="badge PDF sheets/labels or PNG e-badges")
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument("--out", type=Path, help="FILE.pdf: print-ready sheets or labels")
    out.add_argument("--png", type=Path, metavar="DIR", help="one PNG e-badge per attendee")
    p.add_argument("--layout", choices=list(PRESETS), default=DEFAULT_PRESET,
                   help=f"badge size and sheet (default {DEFAULT_PRESET})")  # fmt: skip
    p.add_argument("--university", help="only this university's attendees")
    p.add_argument("--only-unprinted", action="store_true", help="skip badges already printed")
    return {"badges": cmd_badges}


def cmd_badges(args: argparse.Namespace) -> int:
    from fairdesk.cli import engine_from
    from fairdesk.render.badge_fonts import ensure_gui_app
    from fairdesk.render.badge_output import write_pdf, write_pngs
    from fairdesk.services.badges.service import BadgeService

    if args.out is not None and args.out.suffix.lower() != ".pdf":
        raise UserError(NOT_A_PDF(path=args.out))
    ensure_gui_app()
    service = BadgeService(engine_from(args))
    views = service.select(university=args.university, only_unprinted=args.only_unprinted)
    if not views:
        if args.university:
            none = NO_BADGES_OF_LEFT if args.only_unprinted else NO_BADGES_OF
            raise UserError(none(university=args.university))
        raise UserError((NO_BADGES_LEFT if args.only_unprinted else NO_BADGES)())
    layout = preset(args.layout)
    title = service.fair_name()
    try:
        if args.png is not None:
            result = write_pngs(views, args.png, layout, title=title)
        else:
            result = write_pdf(views, args.out, layout, title=title, log=service)
    except OSError as exc:
        target = exc.filename or args.out or args.png
        raise UserError(CANNOT_WRITE(path=target, detail=exc.strerror)) from exc
    for warning in result.warnings:
        print(f"warning: {warning.text}")
    print(result.summary())
    return EXIT_OK
