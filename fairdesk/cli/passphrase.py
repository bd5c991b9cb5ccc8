"""The organiser's passphrase for packs and merges: `--passphrase-file`, `FAIRDESK_PASSPHRASE`,
or asked at the terminal (twice when it seals something new)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from fairdesk.core.messages import message
from fairdesk.core.sealed import check_passphrase
from fairdesk.errors import UserError

ENV = "FAIRDESK_PASSPHRASE"

NO_PASSPHRASE = message(
    "passphrase.none",
    "A passphrase is needed: give --passphrase-file FILE or set FAIRDESK_PASSPHRASE.",
    "需要口令：请用 --passphrase-file 文件 指定，或设置 FAIRDESK_PASSPHRASE。",
)
UNREADABLE = message(
    "passphrase.unreadable", "cannot read the passphrase file {path}: {why}",
    "无法读取口令文件 {path}：{why}",
)  # fmt: skip
MISMATCH = message("passphrase.mismatch", "The two passphrases differ.", "两次输入的口令不一致。")
PROMPT = message("passphrase.prompt", "Passphrase: ", "口令：")
PROMPT_AGAIN = message("passphrase.again", "Passphrase again: ", "再输入一次口令：")


def add_passphrase_option(parser: Any) -> None:
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        help=f"read the passphrase from the first line of FILE (or set {ENV})",
    )


def read_passphrase(args: argparse.Namespace, *, new: bool = False) -> str:
    """The passphrase from the file, the environment or the terminal; `new` checks its length
    and, at a terminal, asks twice."""
    path: Path | None = getattr(args, "passphrase_file", None)
    if path is not None:
        try:
            lines = path.read_text(encoding="utf-8-sig").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(UNREADABLE(path=path, why=exc)) from None
        value = lines[0] if lines else ""
    elif os.environ.get(ENV):
        value = os.environ[ENV]
    elif sys.stdin.isatty():
        value = getpass.getpass(str(PROMPT()))
        if new and getpass.getpass(str(PROMPT_AGAIN())) != value:
            raise UserError(MISMATCH())
    else:
        raise UserError(NO_PASSPHRASE())
    return check_passphrase(value) if new else value
