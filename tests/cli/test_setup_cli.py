"""`fairdesk setup` creates a real fair that rosters can then be imported into."""

from __future__ import annotations

from pathlib import Path

import pytest

from fairdesk.__main__ import main
from fairdesk.cli import NO_DATABASE
from fairdesk.cli.fair import ALREADY_HOLDS, DATES_REVERSED

DATA = Path(__file__).resolve().parents[1] / "data"


def test_setup_then_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "f.sqlite3")
    assert main(["--db", db, "import", "attendees", str(DATA / "roster_sample.xlsx")]) == 2
    assert str(NO_DATABASE(path=Path(db))) in capsys.readouterr().err
    args = ["--db", db, "setup", "--name", "2026届秋季双选会", "--dates", "2026-11-28..2026-11-29"]
    assert main([*args, "--halls", "A馆，B馆"]) == 0
    assert "2026届秋季双选会" in capsys.readouterr().out
    assert main(args) == 2  # one fair per station file
    assert str(ALREADY_HOLDS(name="2026届秋季双选会")) in capsys.readouterr().err
    rejects = tmp_path / "r.csv"
    roster = str(DATA / "roster_sample.xlsx")
    assert main(["--db", db, "import", "attendees", roster, "--rejects", str(rejects)]) == 0
    assert (
        capsys.readouterr().out.splitlines()[-1] == "imported 6, updated 0, unchanged 0, rejected 2"
    )
    assert rejects.exists()


def test_setup_refuses_bad_dates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "f.sqlite3")
    assert main(["--db", db, "setup", "--name", "x", "--dates", "2026-11-30..2026-11-28"]) == 2
    assert str(DATES_REVERSED(text="2026-11-30..2026-11-28")) in capsys.readouterr().err


def test_setup_stores_the_organiser_pin(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from fairdesk.services.organiser_pin import PIN_DIGITS, verify_organiser_pin
    from fairdesk.store.engine import open_database

    db = tmp_path / "f.sqlite3"
    bad = ["--db", str(db), "setup", "--name", "x", "--organiser-pin", "12"]
    assert main(bad) == 2
    assert str(PIN_DIGITS(low=4, high=8)) in capsys.readouterr().err
    assert main(["--db", str(db), "setup", "--name", "x", "--organiser-pin", "97531"]) == 0
    engine = open_database(db)
    assert verify_organiser_pin(engine, "97531") and not verify_organiser_pin(engine, "97530")
