"""Entry point: arguments, logging, then the app or a headless command."""

from __future__ import annotations

import logging
import sys

from fairdesk import cli


def main(argv: list[str] | None = None) -> int:
    """`fairdesk` console script; returns the process exit code."""
    args = cli.build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    return cli.dispatch(args)


if __name__ == "__main__":
    sys.exit(main())
