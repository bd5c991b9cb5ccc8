"""The command line keeps its contract in a legacy code page (Windows output redirected to a file
or a pipe goes out in cp936 or cp1252): nothing crashes after committing, exit codes stay true and
what the console cannot show comes out as '?'."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.factories import add_person, new_store

RARE = "王𫖯"  # 𫖯 (U+2B5AF) is in neither cp936 nor cp1252


def fairdesk(db: Path, encoding: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    """`python -m fairdesk …` with stdout and stderr piped in `encoding`, as Windows does."""
    env = {**os.environ, "PYTHONIOENCODING": encoding, "PYTHONUTF8": "0"}
    return subprocess.run(
        [sys.executable, "-m", "fairdesk", "--db", str(db), *args],
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )


def count(db: Path, sql: str) -> int:
    with sqlite3.connect(db) as conn:
        (n,) = conn.execute(sql).fetchone()
    return int(n)


@pytest.mark.parametrize("encoding", ["cp1252", "cp936"])
def test_demo_and_info_print_in_a_legacy_code_page(tmp_path: Path, encoding: str) -> None:
    db = tmp_path / "demo.sqlite3"
    built = fairdesk(db, encoding, "demo", "--attendees", "5")
    assert built.returncode == 0, built.stderr.decode(encoding, "replace")
    assert built.stdout.decode(encoding).startswith("demo fair ")
    info = fairdesk(db, encoding, "info")
    assert info.returncode == 0, info.stderr.decode(encoding, "replace")
    lines = info.stdout.decode(encoding).splitlines()
    assert "attendees: 5" in lines and "companies: 32" in lines
    assert count(db, "SELECT count(*) FROM attendee") == 5


@pytest.mark.parametrize("encoding", ["cp1252", "cp936"])
def test_checkin_and_import_with_unprintable_names(tmp_path: Path, encoding: str) -> None:
    db = tmp_path / "desk.sqlite3"
    person = add_person(new_store(db), RARE, university="北京航空航天大学")
    done = fairdesk(db, encoding, "checkin", person.code, "--station", "东门")
    assert done.returncode == 0, done.stderr.decode(encoding, "replace")
    shown = RARE.encode(encoding, "replace").decode(encoding)
    assert done.stdout.decode(encoding).startswith(f"checked in: {shown} (")
    assert "?" in shown
    assert count(db, "SELECT count(*) FROM checkin") == 1
    again = fairdesk(db, encoding, "checkin", person.code)
    assert again.returncode == 3  # already checked in: still the true exit code

    roster = tmp_path / "名单.csv"
    roster.write_text(
        "姓名,学号,学校,手机\n"
        "阿依古丽·买买提,2301,北京大学,13800000001\n"
        "赵𫖯,2302,北京大学,02112345678\n",  # a landline: imported without it, with a warning
        encoding="utf-8",
    )
    imported = fairdesk(db, encoding, "import", "attendees", str(roster))
    assert imported.returncode == 0, imported.stderr.decode(encoding, "replace")
    out = imported.stdout.decode(encoding).splitlines()
    assert out[-1] == "imported 2, updated 0, unchanged 0, rejected 0"
    assert any(line.startswith("warning: row 3: phone") for line in out)
    names = {r[0] for r in sqlite3.connect(db).execute("SELECT name FROM attendee")}
    assert {"阿依古丽·买买提", "赵𫖯", RARE} <= names  # stored intact, only the printing replaced

    missing = fairdesk(db, encoding, "import", "attendees", str(tmp_path / "没有.csv"))
    assert missing.returncode == 2
    assert missing.stderr.decode(encoding).startswith("error: ")
