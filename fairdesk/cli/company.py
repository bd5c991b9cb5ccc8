"""`fairdesk company …`: the organiser's company commands: booth PINs, employer check-in.

`fairdesk company checkin NAME [--representatives N] [--undo]` checks a company's
representatives in (NAME as typed: the exact name or a booth code first, then the one company
whose name, pinyin or initials contain it) and prints the company and the time:
`华为技术有限公司 (booth A01) checked in at 09:12`, or for a company that has arrived
`华为技术有限公司 (booth A01) already arrived at 09:12` (exit 0 too: not an error). These lines
follow --lang. An ambiguous or unknown NAME is exit 2 with the candidates listed.

`fairdesk company pin NAME [--pin DIGITS | --random]` sets or resets one company's booth PIN
(4–8 digits; random: 6 digits) and prints it once. NAME is matched as typed (exact name, then
case/width/space-insensitive, then a booth code). Output, one line, then a second on a reset:

    PIN for 华为技术有限公司 (booth A01): 483920
    the previous PIN of 华为技术有限公司 no longer opens the booth

(`(no booth)` for a company without a booth.) `fairdesk company pin --all --random` gives every
company without a PIN a random one: one `PIN for …` line each, or with `--slips FILE.pdf` no
PIN on the terminal but `slip: NAME (booth A01)` lines and the PDF. Companies that have a PIN
keep it (only its hash is stored, so it cannot be printed): `skipped: NAME (booth A02): has a
PIN already`. Last line: `wrote N PIN slips on P pages to FILE.pdf`, or `set N PINs`, or
`every company has a PIN already (N skipped)`. These lines stay English (scripts read them);
errors follow --lang. Exit 0 done, 2 usage or a plain error (unknown or ambiguous NAME, a PIN
that is not 4–8 digits, a file that cannot be written).

"No longer opens the booth" holds for every station on this database file, at its next unlock;
a booth laptop working on its own copy of the file keeps the old hash until it gets a new copy.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fairdesk.core.messages import message

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from fairdesk.render.pin_slips import SlipFile
    from fairdesk.services.booth.pins import PinPlan

EXIT_OK = 0

NEEDS_ALL_RANDOM = message(
    "cli.slips_need_all_random",
    "--slips works with --all --random only (slips are printed for new random PINs)",
    "--slips 只能与 --all --random 一起使用（只为新生成的随机 PIN 打印纸条）",
)
ALL_NEEDS_RANDOM = message(
    "cli.all_needs_random",
    "--all needs --random (every company gets its own random PIN, never one typed PIN)",
    "--all 必须与 --random 一起使用（每家企业各自获得随机 PIN，不能共用一个输入的 PIN）",
)
NAME_OR_ALL = message(
    "cli.name_or_all",
    "give a company NAME, or --all --random",
    "请给出企业名称 NAME，或使用 --all --random",
)
NOT_BOTH = message(
    "cli.name_and_all",
    "give either a company NAME or --all, not both",
    "企业名称 NAME 与 --all 只能二选一",
)
CHECKED_IN = message("cli.company.checked_in", "{company} ({where}) checked in at {time}",
                     "{company}（{where}）已签到，时间 {time}")  # fmt: skip
ALREADY_IN = message("cli.company.already_in", "{company} ({where}) already arrived at {time}",
                     "{company}（{where}）已于 {time} 签到")  # fmt: skip
UNDONE = message("cli.company.undone", "{company} ({where}): check-in undone",
                 "{company}（{where}）：已撤销签到")  # fmt: skip
AT_BOOTH = message("cli.company.at_booth", "booth {code}", "展位 {code}")
NO_BOOTH = message("cli.company.no_booth", "no booth", "未分配展位")
SLIPS_PDF = message("cli.slips_pdf", "{path}: the slips file must end in .pdf",
                    "{path}：纸条文件名必须以 .pdf 结尾")  # fmt: skip


def register(sub: Any) -> dict[str, Any]:
    """Add `company` (with its subcommands) to the `fairdesk` parser; returns its handler."""
    company = sub.add_parser("company", help="companies: booth PINs, employer check-in")
    commands = company.add_subparsers(
        dest="company_command", metavar="{pin,checkin}", required=True
    )
    pin = commands.add_parser(
        "pin",
        help="set or reset a company's booth PIN (printed once)",
        description="Set or reset a company's booth PIN (4–8 digits); it is printed once.",
    )
    pin.add_argument("name", nargs="?", help="company name as listed (or its booth code)")
    which = pin.add_mutually_exclusive_group()
    which.add_argument("--pin", metavar="DIGITS",
                       help="this PIN (4–8 digits; it stays in the shell history)")  # fmt: skip
    which.add_argument("--random", action="store_true", help="a random 6-digit PIN (the default)")
    pin.add_argument("--all", action="store_true",
                     help="every company without a PIN (with --random)")  # fmt: skip
    pin.add_argument("--slips", type=Path, metavar="FILE.pdf",
                     help="with --all --random: one slip per new PIN, in this PDF")  # fmt: skip
    pin.set_defaults(company_parser=pin)
    checkin = commands.add_parser("checkin", help="a company's representatives have arrived")
    checkin.add_argument("name", help="company name, part of it, its pinyin or its booth code")
    checkin.add_argument("--representatives", type=int, metavar="N", help="how many came")
    checkin.add_argument("--undo", action="store_true", help="undo the company's check-in")
    return {"company": cmd_company}


def cmd_company(args: argparse.Namespace) -> int:
    if args.company_command == "pin":
        return cmd_pin(args)
    if args.company_command == "checkin":
        return cmd_checkin(args)
    raise AssertionError(args.company_command)  # argparse allows no other


def _where(code: str) -> str:
    return f"booth {code}" if code else "no booth"


def cmd_checkin(args: argparse.Namespace) -> int:
    from fairdesk.cli import engine_from
    from fairdesk.core.times import local_text
    from fairdesk.services.arrivals.service import ArrivalService

    engine = engine_from(args)
    try:
        service = ArrivalService(engine)
        if args.undo:
            row = service.undo(service.find(args.name).id)
            where = AT_BOOTH(code=row.booth_code) if row.booth_code else NO_BOOTH()
            print(UNDONE(company=row.name, where=where))
            return EXIT_OK
        done = service.check_in_by_name(
            args.name, method="cli", representatives=args.representatives
        )
    finally:
        engine.dispose()
    row = done.company
    where = AT_BOOTH(code=row.booth_code) if row.booth_code else NO_BOOTH()
    said = CHECKED_IN if done.status == "ok" else ALREADY_IN
    print(said(company=row.name, where=where, time=local_text(done.at, "%H:%M")))
    return EXIT_OK


def cmd_pin(args: argparse.Namespace) -> int:
    parser: argparse.ArgumentParser = args.company_parser
    if args.slips is not None and not (args.all and args.random):
        parser.error(str(NEEDS_ALL_RANDOM()))
    if args.all and not args.random:
        parser.error(str(ALL_NEEDS_RANDOM()))
    if args.all and args.name:
        parser.error(str(NOT_BOTH()))
    if not args.all and not args.name:
        parser.error(str(NAME_OR_ALL()))
    if args.all:
        return _pin_all(args)
    from fairdesk.cli import engine_from
    from fairdesk.services.booth.pins import set_pin

    engine = engine_from(args)
    try:
        slip = set_pin(engine, args.name, args.pin)
    finally:
        engine.dispose()
    print(f"PIN for {slip.name} ({_where(slip.booth_code)}): {slip.pin}")
    if slip.replaced:
        print(f"the previous PIN of {slip.name} no longer opens the booth")
    return EXIT_OK


def _pin_all(args: argparse.Namespace) -> int:
    from fairdesk.cli import engine_from
    from fairdesk.errors import UserError
    from fairdesk.services.booth.pins import apply_plan, plan_missing_pins

    slips_path: Path | None = args.slips
    if slips_path is not None and slips_path.suffix.lower() != ".pdf":
        raise UserError(SLIPS_PDF(path=slips_path))
    engine = engine_from(args)
    written: SlipFile | None = None
    try:
        plan = plan_missing_pins(engine)
        if plan.slips and slips_path is not None:
            plan, written = _write_then_store(engine, plan, slips_path)
        elif plan.slips:
            plan = apply_plan(engine, plan)
    finally:
        engine.dispose()
    for slip in plan.slips:
        where = _where(slip.booth_code)
        print(f"slip: {slip.name} ({where})" if slips_path else
              f"PIN for {slip.name} ({where}): {slip.pin}")  # fmt: skip
    for company in plan.skipped:
        print(f"skipped: {company.name} ({_where(company.booth_code)}): has a PIN already")
    if written is not None:
        print(written.summary())
    elif plan.slips:
        print(f"set {len(plan.slips)} PINs")
    else:
        print(f"every company has a PIN already ({len(plan.skipped)} skipped)")
    return EXIT_OK


def _write_then_store(engine: Engine, plan: PinPlan, path: Path) -> tuple[PinPlan, SlipFile | None]:
    """The slips first, then the PINs: a PDF that cannot be written leaves no unknown PIN.

    Should a company get a PIN elsewhere in between, the PDF is written again without it.
    """
    from fairdesk.render.badge_fonts import ensure_gui_app
    from fairdesk.render.pin_slips import write_slips
    from fairdesk.services.booth.pins import apply_plan
    from fairdesk.services.fairs import fair_summary

    ensure_gui_app()
    summary = fair_summary(engine)
    title = summary.name if summary else "FairDesk"
    written = write_slips(plan.slips, path, title=title)
    try:
        stored = apply_plan(engine, plan)
    except BaseException:
        path.unlink(missing_ok=True)  # its PINs were never stored
        raise
    if stored.slips == plan.slips:
        return stored, written
    if not stored.slips:
        path.unlink(missing_ok=True)
        return stored, None
    return stored, write_slips(stored.slips, path, title=title)
