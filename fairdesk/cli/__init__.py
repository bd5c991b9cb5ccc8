"""Headless commands. Their output lines and exit codes are a contract scripts rely on.

Exit codes: 0 done; 2 usage, I/O or another plain error (`UserError`); for `checkin` also
3 already checked in and 4 rejected; for `scan` 4 refused.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Engine

from fairdesk import __version__
from fairdesk.config import Settings, default_data_dir, resolve_db_path
from fairdesk.core import messages
from fairdesk.core.messages import message
from fairdesk.core.roles import ROLES
from fairdesk.errors import UserError
from fairdesk.store.engine import open_database

EXIT_OK, EXIT_ERROR, EXIT_ALREADY, EXIT_REJECTED = 0, 2, 3, 4
DEMO_DB_NAME = "demo.sqlite3"
Handler = Callable[[argparse.Namespace], int]
#: Modules in this package that add subcommands: each has
#: `register(sub: argparse._SubParsersAction) -> dict[str, Handler]`.
COMMAND_MODULES = (
    *("fair", "imports", "badges", "desk", "booth", "restore", "company", "exports", "packs"),
    *("sync", "desk_scripts", "booths", "printing"),
)

ATTENDEES_COUNT = message(
    "demo.attendees_count", "--attendees must be 0 or more", "--attendees 须为 0 或更大的数"
)
NO_DATABASE = message(
    "cli.no_database",
    "There is no fair at {path} yet (no such database file). Create one with `fairdesk setup "
    "--name …` or `fairdesk demo`, or check --db.",
    "{path} 还没有招聘会（没有这个数据库文件）。请用 `fairdesk setup --name …` 或 "
    "`fairdesk demo` 创建，或检查 --db。",
)
NO_ONE_WITH_NO = message(
    "cli.checkin.no_one", "no one with 学号 {number}", "没有学号为 {number} 的人"
)
MANY_WITH_NO = message(
    "cli.checkin.many", "{count} people with 学号 {number}", "有 {count} 人的学号为 {number}"
)
FIRST_AT = message(
    "cli.checkin.first_at", "first at {time} at {station}", "首次签到 {time}，于 {station}"
)


class CommandModule(Protocol):
    def register(self, sub: Any) -> dict[str, Handler]: ...


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="fairdesk", description="FairDesk campus job fair stations")
    p.add_argument("--db", help="station database file (default: $FAIRDESK_DB or the data dir)")
    p.add_argument("--lang", choices=["zh_CN", "en"], help="interface language")
    p.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    p.add_argument("--version", action="version", version=f"fairdesk {__version__}")
    sub = p.add_subparsers(dest="command")

    gui = sub.add_parser("gui", help="open the app (the default)")
    gui.add_argument("--demo", action="store_true", help="open the demo fair (built on first use)")
    gui.add_argument("--role", choices=list(ROLES), help="start in this role")

    demo = sub.add_parser("demo", help="build the built-in demo fair into the database")
    demo.add_argument("--attendees", type=int, default=2000, help="number of students (2000)")

    chk = sub.add_parser("checkin", help="check a badge code in")
    chk.add_argument("code", help="the badge code digits (or a 学号 with --student-no)")
    chk.add_argument("--station", help="desk name recorded with the check-in")
    chk.add_argument("--student-no", action="store_true", help="CODE is a 学号, not a badge")

    sub.add_parser("info", help="database path and headline counts")

    bench = sub.add_parser("bench", help="measure DESIGN.md's performance budgets")
    bench.add_argument("--attendees", type=int, default=50_000)
    bench.add_argument("--scans", type=int, default=2000, help="check-ins to time")
    bench.add_argument("--dir", type=Path, help="work directory (default: a temporary one)")
    for module in _command_modules():
        _COMMANDS.update(module.register(sub))
    return p


def _command_modules() -> list[CommandModule]:
    """Station commands live beside this module, one per station or area."""
    from importlib import import_module

    return [import_module(f"fairdesk.cli.{name}") for name in COMMAND_MODULES]


def dispatch(args: argparse.Namespace) -> int:
    """Run the chosen command; plain errors become a message and exit code 2."""
    command = args.command or "gui"
    messages.set_language(args.lang or messages.language_from_environment())
    handler = _COMMANDS[command]
    try:
        return handler(args)
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130


def settings_from(args: argparse.Namespace) -> Settings:
    """Settings from the global options (and `--station` / `--company` where a command has them)."""
    if getattr(args, "demo", False) and not args.db:
        db = default_data_dir() / DEMO_DB_NAME
    else:
        db = resolve_db_path(args.db)
    return Settings(
        db_path=db,
        lang=args.lang,
        station_name=getattr(args, "station", None),
        company=getattr(args, "company", None),
    )


def engine_from(args: argparse.Namespace, *, create: bool = False) -> Engine:
    """The station database; only `setup` and `demo` create one (a typo never makes a new file)."""
    settings = settings_from(args)
    if not create and not settings.db_path.exists():
        raise UserError(NO_DATABASE(path=settings.db_path))
    return open_database(settings.db_path, backup_dir=settings.backup_dir)


def cmd_gui(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    if getattr(args, "demo", False):
        from fairdesk.services.demo import build_demo
        from fairdesk.services.fairs import fair_summary

        engine = open_database(settings.db_path, backup_dir=settings.backup_dir)
        if fair_summary(engine) is None:
            print(f"building the demo fair in {settings.db_path} …", file=sys.stderr)
            build_demo(engine)
        engine.dispose()
    from fairdesk.app import run_gui

    return run_gui(settings, sys.argv[:1], start_role=getattr(args, "role", None))


def cmd_demo(args: argparse.Namespace) -> int:
    from fairdesk.services.demo import build_demo

    if args.attendees < 0:
        raise UserError(ATTENDEES_COUNT())
    report = build_demo(engine_from(args, create=True), attendees=args.attendees)
    print(
        f"demo fair {report.fair_name}: {report.companies} companies, {report.booths} booths, "
        f"{report.positions} positions, {report.attendees} attendees, {report.badges} badges"
    )
    return EXIT_OK


def cmd_checkin(args: argparse.Namespace) -> int:
    from fairdesk.core.times import local_text
    from fairdesk.services.desk.checkin import CheckInResult, CheckInService

    service = CheckInService(engine_from(args), station_name=args.station)
    result: CheckInResult
    if args.student_no:
        matches = service.find_by_student_no(args.code)
        if len(matches) != 1:
            found = (
                NO_ONE_WITH_NO(number=args.code)
                if not matches
                else MANY_WITH_NO(count=len(matches), number=args.code)
            )
            print(f"rejected: {found}")
            return EXIT_REJECTED
        result = service.by_attendee(matches[0].id, method="student_no")
    else:
        result = service.by_code(args.code)
    person = result.attendee
    if result.outcome == "ok" and person:
        print(f"checked in: {person.name} ({person.university})")
        return EXIT_OK
    if result.outcome == "already" and person:
        first = FIRST_AT(time=local_text(result.first_at), station=result.first_station)
        print(f"already checked in: {person.name} ({person.university}), {first}")
        return EXIT_ALREADY
    who = f" ({person.name})" if person else ""
    print(f"rejected: {result.reason_text}{who}")
    return EXIT_REJECTED


def cmd_info(args: argparse.Namespace) -> int:
    from fairdesk.services.fairs import fair_summary
    from fairdesk.store.migrations import SCHEMA_VERSION

    settings = settings_from(args)
    summary = fair_summary(engine_from(args))
    print(f"database: {settings.db_path}")
    print(f"schema: {SCHEMA_VERSION}")
    print(f"fair: {summary.name if summary else ''}")
    print(f"venue: {summary.venue if summary else ''}")
    for key in ("companies", "attendees", "checked_in", "interviews"):
        print(f"{key}: {getattr(summary, key) if summary else 0}")
    return EXIT_OK


def cmd_bench(args: argparse.Namespace) -> int:
    from fairdesk.bench import run_bench

    return run_bench(attendees=args.attendees, scans=args.scans, workdir=args.dir)


_COMMANDS: dict[str, Handler] = {
    "gui": cmd_gui,
    "demo": cmd_demo,
    "checkin": cmd_checkin,
    "info": cmd_info,
    "bench": cmd_bench,
}
