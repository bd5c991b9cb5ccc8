"""`fairdesk checkin` and `fairdesk info`: the exit-code contract and durability."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from fairdesk.__main__ import main
from fairdesk.cli import NO_DATABASE, NO_ONE_WITH_NO
from fairdesk.core.codes import REJECTION_WORDS, Rejection
from tests.factories import add_person, new_store


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def test_checkin_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.sqlite3"
    p = add_person(new_store(db), "欧阳娜娜", university="北京航空航天大学")
    assert run(db, "checkin", p.code, "--station", "东门签到台") == 0
    assert "欧阳娜娜" in capsys.readouterr().out
    assert run(db, "checkin", p.code) == 3
    out = capsys.readouterr().out
    assert "already" in out and "东门签到台" in out
    forged = p.code[:20] + str((int(p.code[20]) + 3) % 10) + p.code[21:]
    assert run(db, "checkin", forged) == 4
    assert "forged" in capsys.readouterr().out
    full_width = "".join(chr(0xFF10 + int(d)) for d in p.code)
    assert run(db, "checkin", full_width) == 3
    assert run(db, "checkin", "12") == 4
    assert "not a FairDesk badge code" in capsys.readouterr().out


def test_a_code_with_extra_digits_is_rejected_not_cut_to_a_valid_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "s.sqlite3"
    p = add_person(new_store(db))
    for longer in (p.code + "7", p.code + " " * 170 + "123", p.code * 6):
        assert run(db, "checkin", longer) == 4
        assert "rejected: not a FairDesk badge code" in capsys.readouterr().out
    assert run(db, "info") == 0
    assert "checked_in: 0" in capsys.readouterr().out


def test_checkin_without_a_fair_is_a_plain_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(tmp_path / "empty.sqlite3", "checkin", "1" * 39) == 2
    assert str(NO_DATABASE(path=tmp_path / "empty.sqlite3")) in capsys.readouterr().err


def test_checkin_by_student_no(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.sqlite3"
    add_person(new_store(db), "张三", student_no="0012345")
    assert run(db, "checkin", "--student-no", "0012345") == 0
    assert run(db, "checkin", "--student-no", "12345") == 4
    assert capsys.readouterr().out.endswith(f"rejected: {NO_ONE_WITH_NO(number='12345')}\n")


def test_the_human_part_follows_the_language_the_prefixes_stay(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Scripts parse "checked in:", "already checked in:" and "rejected:"; people read the rest."""
    db = tmp_path / "s.sqlite3"
    p = add_person(new_store(db), "欧阳娜娜", university="北京航空航天大学", student_no="42")
    zh = ["--lang", "zh_CN"]
    assert run(db, *zh, "checkin", p.code, "--station", "东门") == 0
    assert capsys.readouterr().out == "checked in: 欧阳娜娜 (北京航空航天大学)\n"
    assert run(db, *zh, "checkin", p.code) == 3
    out = capsys.readouterr().out
    assert out.startswith("already checked in: 欧阳娜娜 (北京航空航天大学), 首次签到 ")
    assert out.rstrip().endswith("于 东门")
    assert run(db, *zh, "checkin", "12") == 4
    malformed = REJECTION_WORDS[Rejection.MALFORMED]()
    assert capsys.readouterr().out == f"rejected: {malformed.render('zh_CN')}\n"
    assert run(db, *zh, "checkin", "--student-no", "7") == 4
    assert capsys.readouterr().out == "rejected: 没有学号为 7 的人\n"
    assert run(tmp_path / "none.sqlite3", *zh, "info") == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "还没有招聘会" in err


def test_info_counts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.sqlite3"
    engine = new_store(db)
    p = add_person(engine)
    add_person(engine, "单田芳")
    run(db, "checkin", p.code)
    capsys.readouterr()
    assert run(db, "info") == 0
    lines = dict(line.split(": ", 1) for line in capsys.readouterr().out.splitlines())
    assert lines["attendees"] == "2" and lines["checked_in"] == "1"
    assert lines["companies"] == "0" and lines["interviews"] == "0"


def test_db_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "env.sqlite3"
    new_store(db)
    monkeypatch.setenv("FAIRDESK_DB", str(db))
    assert main(["info"]) == 0


KILL_AFTER_CHECKIN = """
import os, signal, sys
from fairdesk.store.engine import open_database
from fairdesk.services.desk.checkin import CheckInService
result = CheckInService(open_database(sys.argv[1])).by_code(sys.argv[2])
assert result.outcome == "ok"
os.kill(os.getpid(), signal.SIGKILL)  # no clean shutdown, no checkpoint
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
def test_killing_the_process_right_after_a_checkin_loses_nothing(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite3"
    engine = new_store(db)
    p = add_person(engine)
    engine.dispose()
    proc = subprocess.run([sys.executable, "-c", KILL_AFTER_CHECKIN, str(db), p.code], check=False)
    assert proc.returncode == -signal.SIGKILL
    assert os.path.exists(str(db) + "-wal")
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM checkin WHERE kind = 'arrival'").fetchone()[0] == 1
    con.close()


def test_a_mistyped_db_path_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "typo" / "fiar.sqlite3"
    assert run(missing, "info") == 2
    assert str(NO_DATABASE(path=missing)) in capsys.readouterr().err
    assert not missing.parent.exists()
    assert main(["--db", "", "info"]) == 2
