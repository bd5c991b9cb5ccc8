"""`fairdesk restore`: every command-line station keeps backups; a damaged file is put aside and
the newest backup restored, saying what it lacks."""

from __future__ import annotations

from pathlib import Path

import pytest

from fairdesk.__main__ import main
from fairdesk.cli.restore import NO_SUCH_NUMBER
from fairdesk.store.guard import FILE_DAMAGED
from tests.factories import add_person, new_store
from tests.unit.services.test_storage import checkins, damage_an_index


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def test_restore_after_damage(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "desk.sqlite3"
    engine = new_store(db)
    first = add_person(engine, "张三")
    second = add_person(engine, "李四", university="清华大学")
    engine.dispose()
    assert run(db, "checkin", first.code) == 0  # the first write of this run: a backup before it
    assert run(db, "restore", "--list") == 0
    listing = capsys.readouterr().out.splitlines()[-1]
    assert listing.lstrip().startswith("1 ") and "attendees 2" in listing
    assert "check-ins 0" in listing
    assert run(db, "checkin", second.code) == 0
    damage_an_index(db)
    assert run(db, "checkin", second.code) == 2  # refused: damaged, nothing written
    err = capsys.readouterr().err
    assert err.startswith("error: ") and FILE_DAMAGED.en.split("{")[0] in err
    assert run(db, "restore", "latest") == 0
    out = capsys.readouterr().out
    assert "kept aside:" in out and "the backup lacks: 2 check-ins after" in out
    assert out.strip().splitlines()[-1].startswith(f"restored {db} from ")
    aside = sorted(tmp_path.glob("desk.sqlite3.damaged-*"))
    assert aside, "the damaged file is kept"
    assert checkins(db) == 0
    assert run(db, "checkin", first.code) == 0  # the station works again


def test_restore_of_a_missing_number_is_a_plain_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "desk.sqlite3"
    new_store(db).dispose()
    assert run(db, "restore", "7") == 2
    assert str(NO_SUCH_NUMBER(choice="7")) in capsys.readouterr().err
    assert run(db, "--lang", "zh_CN", "restore", "7") == 2
    assert NO_SUCH_NUMBER(choice="7").render("zh_CN") in capsys.readouterr().err
