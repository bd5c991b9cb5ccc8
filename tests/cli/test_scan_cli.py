"""`fairdesk scan` and `fairdesk export interviews --company`: the exit-code contract."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from fairdesk.__main__ import main
from tests.factories import add_person, new_store
from tests.unit.services.booth.test_interviews import add_company

COMPANY = "中山市翠亨投资有限公司"


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def test_scan_logs_then_reopens(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.sqlite3"
    engine = new_store(db)
    add_company(engine)
    p = add_person(engine, "欧阳娜娜", university="北京大学")
    args = ("--company", COMPANY, "--interviewer", "王经理")
    assert run(db, "scan", p.code, *args, "--rating", "4", "--outcome", "offer") == 0
    assert capsys.readouterr().out.strip() == f"logged: 欧阳娜娜 (北京大学) for {COMPANY}, visit 1"
    assert run(db, "scan", p.code, *args, "--note", "二面", "--outcome", "已面试") == 0
    assert "visit 2" in capsys.readouterr().out
    out = tmp_path / "y.csv"
    export = ("export", "interviews", "--out", str(out), "--company", COMPANY, "--headers", "en")
    assert run(db, *export) == 0
    with out.open(encoding="utf-8-sig", newline="") as fh:
        (row,) = list(csv.DictReader(fh))
    assert (row["rating"], row["outcome"], row["visits"]) == ("4", "interviewed", "2")
    assert row["notes"].endswith("王经理] 二面")


def test_scan_refusals_and_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.sqlite3"
    engine = new_store(db)
    add_company(engine)
    p = add_person(engine)
    forged = p.code[:20] + str((int(p.code[20]) + 3) % 10) + p.code[21:]
    assert run(db, "scan", forged, "--company", COMPANY) == 4
    assert "refused: forged" in capsys.readouterr().out
    assert run(db, "scan", "123", "--company", COMPANY) == 4
    for longer in (p.code + "0", p.code + " " * 170 + "99"):  # never cut to the valid code
        assert run(db, "scan", longer, "--company", COMPANY) == 4
        assert "refused: not a FairDesk badge code" in capsys.readouterr().out
    assert run(db, "scan", p.code, "--company", "没有这家") == 2
    assert "No company" in capsys.readouterr().err
    assert run(db, "scan", p.code, "--company", COMPANY, "--rating", "6") == 2
    assert run(db, "scan", p.code, "--company", COMPANY, "--outcome", "hired") == 2
    assert run(db, "export", "interviews", "--out", str(tmp_path / "z.csv"), "--company", "x") == 2
    assert run(db, "info") == 0
    assert "interviews: 0" in capsys.readouterr().out  # nothing was logged by refused scans


def test_a_blank_note_is_refused_before_anything_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    db = tmp_path / "s.sqlite3"
    engine = new_store(db)
    add_company(engine)
    code = add_person(engine, "欧阳娜娜", university="北京大学").code
    assert run(db, "scan", code, "--company", COMPANY, "--rating", "4", "--note", "  ") == 2
    assert "note" in capsys.readouterr().err
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM interview").fetchone() == (0,)
    con.close()
