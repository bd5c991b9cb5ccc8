"""`fairdesk import attendees|companies FILE`: read, say what was read, then write (or not).

Before anything is written the column report is printed (which column feeds which field, what
is ignored, the sheet or encoding and the header row). `--dry-run` stops there with the counts a
real run would give and the rows it would reject. The last line is always the summary
`imported N, updated N, unchanged N, rejected N` that scripts read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from fairdesk.core.column_report import ColumnReport
from fairdesk.core.messages import message, render
from fairdesk.errors import UserError

EXIT_OK = 0
DRY_RUN = message("import.dry_run", "dry run: nothing was written", "试运行：未写入任何数据")
ROSTER_ONLY = message(
    "import.roster_only",
    "--{option} applies to a student roster (import attendees) only",
    "--{option} 仅用于导入学生名单（import attendees）",
)
NO_FILE = message("import.no_file", "{file}: no such file", "{file}：文件不存在")


def register(sub: Any) -> dict[str, Any]:
    """Add `import` to the `fairdesk` parser; returns its handler."""
    imp = sub.add_parser("import", help="import a roster or a company list")
    imp.add_argument("kind", choices=["attendees", "companies"])
    imp.add_argument("file", type=Path)
    imp.add_argument("--rejects", type=Path, help="rejects file (.csv or .xlsx)")
    imp.add_argument(
        "--dry-run", action="store_true", help="show the columns and counts, write nothing"
    )
    defaults = imp.add_argument_group("defaults for a roster whose file lacks the column")
    defaults.add_argument("--university", help="the university of every student (学校)")
    defaults.add_argument("--school", help="the school of every student (学院)")
    defaults.add_argument("--degree", help="e.g. 本科, 硕士 (学历)")
    defaults.add_argument("--grad-year", help="e.g. 2026 (毕业年份)")
    return {"import": cmd_import}


def print_columns(report: ColumnReport) -> None:
    """The column report, indented under its first line, flushed before the write starts."""
    first, *rest = report.lines()
    print(f"columns: {first}")
    for line in rest:
        print(f"  {line}")
    sys.stdout.flush()


def cmd_import(args: argparse.Namespace) -> int:
    from fairdesk.cli import engine_from
    from fairdesk.core.roster_fields import RosterDefaults
    from fairdesk.services.importing.attendees import (
        ImportOptions,
        import_attendees,
        import_companies,
    )

    if not args.file.is_file():
        raise UserError(NO_FILE(file=args.file))
    given = {
        "university": args.university,
        "school": args.school,
        "degree": args.degree,
        "grad-year": args.grad_year,
    }
    options = ImportOptions(
        rejects_path=args.rejects,
        progress=_read_so_far,
        dry_run=args.dry_run,
        on_columns=print_columns,
    )
    if args.kind == "attendees":
        defaults = RosterDefaults.parse(
            university=args.university,
            school=args.school,
            degree=args.degree,
            grad_year=args.grad_year,
        )
        options = ImportOptions(**{**vars(options), "defaults": defaults})
        report = import_attendees(engine_from(args), args.file, options)
    else:
        for option, value in given.items():
            if value is not None:
                raise UserError(ROSTER_ONLY(option=option))
        report = import_companies(
            engine_from(args),
            args.file,
            rejects_path=args.rejects,
            progress=_read_so_far,
            dry_run=args.dry_run,
            on_columns=print_columns,
        )
    for repeat in report.repeats:
        print(f"note: {repeat}")
    for warning in report.warnings:
        print(f"warning: {render(warning)}")
    if report.dry_run:
        for rejection in report.rejections:
            print(f"would reject: {rejection.reason}")
        print(DRY_RUN())
    if report.rejects_path is not None:
        print(f"rejected rows written to {report.rejects_path}")
    print(report.summary())
    return EXIT_OK


def _read_so_far(rows: int) -> None:
    """Import progress, on stderr so that stdout stays the report scripts read."""
    print(f"read {rows:,} rows …", file=sys.stderr, flush=True)
