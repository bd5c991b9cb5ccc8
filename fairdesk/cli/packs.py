"""`fairdesk pack desk|booth …` on the organiser's database, `fairdesk --db STATION unpack FILE`
on a new station's.

    fairdesk pack desk --name 签到台2 --out desk2.pack
    fairdesk pack booth --company 华为技术有限公司 [--name NAME] --out huawei.pack
    fairdesk --db desk2.sqlite3 unpack desk2.pack [--update]

The passphrase comes from `--passphrase-file`, `FAIRDESK_PASSPHRASE` or the terminal (asked
twice for a pack). One line each, English (scripts read them); errors follow --lang:

    desk pack 签到台2 (station 3): 50000 attendees -> desk2.pack
    booth pack 华为技术有限公司 2 (station 5, 华为技术有限公司, refreshed): 2000 attendees -> …
    unpacked desk station 签到台2 (station 3): 50000 attendees, 100012 rows
    updated desk station 签到台2 (station 3): added 12, changed 3, removed 0

Exit 0 done, 2 a plain error (unknown company, wrong passphrase, damaged file, a database that
holds a fair already, …), with nothing written.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fairdesk.cli.passphrase import add_passphrase_option, read_passphrase
from fairdesk.core.roles import Role

EXIT_OK = 0


def register(sub: Any) -> dict[str, Any]:
    """Add `pack` (desk, booth) and `unpack` to the `fairdesk` parser; returns their handlers."""
    pack = sub.add_parser("pack", help="write a station pack for a desk or booth laptop")
    kinds = pack.add_subparsers(dest="pack_role", metavar="{desk,booth}", required=True)
    desk = kinds.add_parser("desk", help="a registration desk's pack (full roster, signing key)")
    desk.add_argument("--name", required=True, help="the desk's name (an existing desk: refresh)")
    booth = kinds.add_parser("booth", help="a company booth's pack (its company, display roster)")
    booth.add_argument(
        "--company", required=True, metavar="NAME", help="the booth's company (name or booth code)"
    )
    booth.add_argument("--name", help="the booth laptop's name (default: the company's name)")
    for parser in (desk, booth):
        parser.add_argument(
            "--out", type=Path, required=True, metavar="FILE", help="the pack file to write"
        )
        add_passphrase_option(parser)

    unpack = sub.add_parser("unpack", help="start this station's database from a station pack")
    unpack.add_argument("file", type=Path, metavar="FILE", help="the pack file")
    unpack.add_argument(
        "--update", action="store_true", help="refresh this station from a newer pack of it"
    )
    add_passphrase_option(unpack)
    return {"pack": cmd_pack, "unpack": cmd_unpack}


def cmd_pack(args: argparse.Namespace) -> int:
    from fairdesk.cli import engine_from
    from fairdesk.services.sync.packs import make_pack

    passphrase = read_passphrase(args, new=True)
    engine = engine_from(args)
    try:
        result = make_pack(
            engine,
            role=args.pack_role,
            out=args.out,
            passphrase=passphrase,
            name=args.name,
            company=getattr(args, "company", None),
        )
    finally:
        engine.dispose()
    details = [f"station {result.station_number}"]
    if result.company and result.role == Role.BOOTH:
        details.append(result.company)
    if result.refreshed:
        details.append("refreshed")
    print(f"{result.role} pack {result.name} ({', '.join(details)}): "
          f"{result.attendees} attendees -> {result.path}")  # fmt: skip
    return EXIT_OK


def cmd_unpack(args: argparse.Namespace) -> int:
    from fairdesk.cli import engine_from
    from fairdesk.services.sync.packs import apply_pack, open_pack

    pack = open_pack(args.file, read_passphrase(args))  # refused before any file is made
    engine = engine_from(args, create=not args.update)
    try:
        result = apply_pack(engine, pack, update=args.update)
    finally:
        engine.dispose()
    who = f"{result.role} station {result.name} (station {result.station_number})"
    if result.updated:
        print(f"updated {who}: added {result.added}, changed {result.changed}, "
              f"removed {result.removed}")  # fmt: skip
    else:
        print(f"unpacked {who}: {result.attendees} attendees, {result.added} rows")
    return EXIT_OK
