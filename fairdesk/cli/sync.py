"""`fairdesk bundle --out FILE|FOLDER` on a station; `fairdesk merge FILE|FOLDER…` at the organiser.

`merge` prints one line per bundle as it goes, every conflict, fold and refused file, writes the
report file, and ends with the contract line `merged N bundles: new N, duplicate N, conflicts N`.
A refused file (another fair, changed, wrong passphrase) exits 2 after the others are merged.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fairdesk.cli import EXIT_ERROR, EXIT_OK, Handler, engine_from, settings_from
from fairdesk.cli.passphrase import add_passphrase_option, read_passphrase
from fairdesk.core.messages import message

WROTE = message(
    "bundle.wrote",
    "bundle of {station}: {records} records -> {path}",
    "{station} 的回传包：{records} 条记录 -> {path}",
)
REPORT_AT = message("merge.report_at", "report: {path}", "合并报告：{path}")
PROGRESS = message("merge.progress", "[{index}/{total}] merged", "[{index}/{total}] 已合并")


def register(sub: Any) -> dict[str, Handler]:
    b = sub.add_parser("bundle", help="write this station's bundle for the organiser")
    b.add_argument("--out", type=Path, required=True, help="bundle file, or a folder (USB stick)")
    m = sub.add_parser("merge", help="merge station bundles into the organiser's database")
    m.add_argument("files", nargs="+", type=Path, help="bundle files or folders of bundles")
    m.add_argument("--report", type=Path, help="report file (default: beside the database)")
    add_passphrase_option(m)
    return {"bundle": cmd_bundle, "merge": cmd_merge}


def cmd_bundle(args: argparse.Namespace) -> int:
    from fairdesk.services.sync.bundles import write_bundle

    engine = engine_from(args)
    try:
        result = write_bundle(engine, args.out)
    finally:
        engine.dispose()
    print(WROTE(station=result.station_name, records=result.records, path=result.path))
    return EXIT_OK


def default_report(db_path: Path) -> Path:
    from fairdesk.store.models import utcnow

    folder = db_path.parent / "merge-reports"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"merge-{utcnow():%Y%m%d-%H%M%S}.txt"


def cmd_merge(args: argparse.Namespace) -> int:
    from fairdesk.services.sync.merge import bundle_files, merge_bundles

    bundle_files(args.files)  # a folder without bundles is refused before the passphrase
    passphrase = read_passphrase(args)
    report = args.report or default_report(settings_from(args).db_path)
    engine = engine_from(args)

    def progress(index: int, total: int) -> None:
        print(PROGRESS(index=index, total=total), flush=True)

    try:
        summary = merge_bundles(engine, args.files, passphrase, progress=progress, report=report)
    finally:
        engine.dispose()
    for line in summary.report:
        print(line)
    print(REPORT_AT(path=report))
    print(summary.last_line())
    return EXIT_ERROR if summary.refused else EXIT_OK
