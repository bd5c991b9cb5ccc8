"""Entry point: arguments, logging, then the app or a headless command."""

from __future__ import annotations

import io
import logging
import logging.handlers
import sys
from pathlib import Path

import platformdirs

from fairdesk import cli
from fairdesk.config import APP_NAME
from fairdesk.core.roles import Role

#: The commands that open a window (none given, `gui`, and the stations named after their role).
GUI_COMMANDS = (None, "gui", Role.DESK, Role.BOOTH)


def _log_file() -> Path:
    """Where a station's log is kept, so a crash report can be found after the fact."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)) / "fairdesk.log"


def setup_logging(*, verbose: bool, to_file: bool) -> None:
    """Warnings (debug with -v) to stderr; stations also keep a rotating log file."""
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    console = logging.StreamHandler()
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(fmt)
    root.addHandler(console)
    if to_file:
        try:
            path = _log_file()
            path.parent.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(
                path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
            )
        except OSError as exc:
            root.warning("no log file: %s", exc)
            return
        handler.setFormatter(fmt)
        root.addHandler(handler)


def tolerate_console_encoding() -> None:
    """Print what the console cannot show as '?', keeping the console's own encoding.

    Output redirected on Windows goes out in the legacy code page (cp936, cp1252): a name such
    as 𫖯 or 阿依古丽 must not raise after a command has committed its work, which would turn a
    done check-in into a traceback and a false exit code. Streams that are not text files
    (None under pythonw, a replaced object) are left alone.
    """
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")


def main(argv: list[str] | None = None) -> int:
    """`fairdesk` console script; returns the process exit code."""
    tolerate_console_encoding()  # before anything prints, argparse's help and errors included
    args = cli.build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    if not logging.getLogger().handlers:
        setup_logging(verbose=args.verbose, to_file=args.command in GUI_COMMANDS)
    return cli.dispatch(args)


if __name__ == "__main__":
    sys.exit(main())
