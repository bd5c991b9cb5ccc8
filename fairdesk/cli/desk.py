"""`fairdesk desk [--station NAME]`: open the GUI straight into the registration desk."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from fairdesk.core.roles import Role


def cmd_desk(args: argparse.Namespace) -> int:
    from fairdesk.app import run_gui
    from fairdesk.cli import settings_from

    return run_gui(settings_from(args), sys.argv[:1], start_role=Role.DESK)


def register(sub: Any) -> dict[str, Callable[[argparse.Namespace], int]]:
    """Add the `desk` subcommand; returns its handler by name."""
    desk = sub.add_parser("desk", help="open the registration desk (scan, search, walk-ins)")
    desk.add_argument("--station", help="this desk's name, recorded with its check-ins (e.g. 东门)")
    return {"desk": cmd_desk}
