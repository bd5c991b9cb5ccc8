"""`fairdesk export`: the organiser's tables, as CSV or .xlsx.

    fairdesk export attendees|checkins --out FILE [--university NAME] [--headers en]
    fairdesk export interviews --out FILE [--company NAME] [--headers en]
    fairdesk export companies --out FILE [--headers en]
    fairdesk export no-shows --out FILE [--headers en]

Prints `exported N rows to FILE`. Headers and coded values follow the interface language
(`--lang` or the locale); `--headers en` writes the machine words scripts rely on
(`core.export_words`). `export companies` writes a file `fairdesk import companies` reads back.
`export no-shows`: the companies not checked in (company, booth, contact, contact phone), .xlsx
unless FILE ends in .csv.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fairdesk.cli import EXIT_OK, Handler, engine_from
from fairdesk.core.export_words import HEADER_CHOICES
from fairdesk.core.messages import message
from fairdesk.errors import UserError

KINDS = ("attendees", "checkins", "interviews", "companies", "no-shows")
COMPANY_ONLY_FOR_INTERVIEWS = message(
    "cli.export.company_option",
    "--company applies to the interviews export only",
    "--company 只用于导出面试记录（interviews）",
)
UNIVERSITY_ONLY_FOR_STUDENTS = message(
    "cli.export.university_option",
    "--university applies to the attendees and checkins exports only",
    "--university 只用于导出学生（attendees）和签到记录（checkins）",
)


def register(sub: Any) -> dict[str, Handler]:
    p = sub.add_parser(
        "export", help="export attendees, check-ins, interviews, companies or no-shows"
    )
    p.add_argument("kind", choices=KINDS)
    p.add_argument("--out", type=Path, required=True, help="FILE.csv or FILE.xlsx")
    p.add_argument("--company", help="interviews: only this company's (a booth's own export)")
    p.add_argument("--university", help="attendees, checkins: only this university's students")
    p.add_argument(
        "--headers",
        choices=HEADER_CHOICES,
        default="ui",
        help="ui: headers and values in the interface language (default); en: machine words",
    )
    return {"export": cmd_export}


def cmd_export(args: argparse.Namespace) -> int:
    if args.company and args.kind != "interviews":
        raise UserError(COMPANY_ONLY_FOR_INTERVIEWS())
    if args.university is not None and args.kind not in ("attendees", "checkins"):
        raise UserError(UNIVERSITY_ONLY_FOR_STUDENTS())
    engine = engine_from(args)
    if args.kind == "no-shows":
        from fairdesk.services.exports.no_shows import export_no_shows

        written = export_no_shows(engine, args.out, headers=args.headers)
        print(f"exported {written.rows} rows to {written.path}")
        return EXIT_OK
    if args.kind == "interviews":
        from fairdesk.services.exports.interviews import export_interviews

        count = export_interviews(engine, args.out, company=args.company, headers=args.headers)
    elif args.kind == "companies":
        from fairdesk.services.exports.companies import export_companies

        count = export_companies(engine, args.out, headers=args.headers)
    else:
        from fairdesk.services.exports.attendance import export_attendees, export_checkins

        run = export_attendees if args.kind == "attendees" else export_checkins
        count = run(engine, args.out, university=args.university, headers=args.headers)
    print(f"exported {count} rows to {args.out}")
    return EXIT_OK
