"""`fairdesk reissue` and `fairdesk walk-in`: the new code as the last line, errors that say why."""

from __future__ import annotations

from pathlib import Path

import pytest

from fairdesk.__main__ import main
from fairdesk.services.desk.checkin import CheckInService
from fairdesk.services.fairs import local_station
from fairdesk.store.engine import open_database, write_session
from fairdesk.store.seam import changes
from tests.factories import add_person, new_store


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def last_line(capsys: pytest.CaptureFixture[str]) -> str:
    return capsys.readouterr().out.strip().splitlines()[-1]


def test_reissue_by_code_prints_a_new_code_and_the_old_one_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "desk.sqlite3"
    person = add_person(new_store(db), "欧阳娜娜", university="北京大学")
    assert run(db, "reissue", person.code) == 0
    out = capsys.readouterr().out.strip().splitlines()
    new_code = out[-1]
    assert out[0].startswith("reissued: 欧阳娜娜 (北京大学), serial ") and out[0].endswith("/1")
    assert new_code.isdigit() and new_code != person.code
    checkins = CheckInService(open_database(db, inline_backups=False))
    assert checkins.by_code(person.code).reason == "revoked"
    assert checkins.by_code(new_code).outcome == "ok"
    assert run(db, "reissue", person.code) == 2  # run twice: the old code reissues nothing more
    assert "already replaced" in capsys.readouterr().err
    assert run(db, "reissue", new_code) == 0
    assert last_line(capsys) not in (person.code, new_code)


def test_reissue_by_student_no_and_university(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "desk.sqlite3"
    engine = new_store(db)
    person = add_person(engine, "张三", university="清华大学", student_no="2021001")
    add_person(engine, "张三", university="北京大学", student_no="2021001")
    assert run(db, "reissue", "--student-no", "2021001", "--university", "清华大学") == 0
    code = last_line(capsys)
    assert CheckInService(engine).by_code(code).attendee.university == "清华大学"  # type: ignore[union-attr]
    assert code != person.code
    assert run(db, "reissue", "--student-no", "2021001", "--university", "复旦大学") == 2
    assert "No one with 学号 2021001 at 复旦大学" in capsys.readouterr().err


@pytest.mark.parametrize(
    "args",
    [(), ("--student-no", "1"), ("123", "--university", "北京大学")],
)
def test_reissue_needs_a_code_or_a_student_no_and_university(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...]
) -> None:
    db = tmp_path / "desk.sqlite3"
    new_store(db)
    assert run(db, "reissue", *args) == 2
    assert "--student-no" in capsys.readouterr().err


def test_a_forged_code_is_refused_with_the_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "desk.sqlite3"
    person = add_person(new_store(db))
    forged = person.code[:20] + str((int(person.code[20]) + 3) % 10) + person.code[21:]
    assert run(db, "reissue", forged) == 2
    assert "forged" in capsys.readouterr().err


def test_walk_in_registers_checks_in_and_prints_the_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "desk.sqlite3"
    engine = new_store(db)
    form = ("--name", "李雷", "--university", "北京大学", "--student-no", "77",
            "--phone", "13712345678", "--major", "应用数学", "--station", "东门")  # fmt: skip
    assert run(db, "walk-in", *form) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert out[0].startswith("registered and checked in: 李雷 (北京大学), serial ")
    again = CheckInService(engine).by_code(out[-1])
    assert again.outcome == "already" and again.first_station == "东门"
    assert run(db, "walk-in", "--name", "李雷", "--university", "北京大学", "--phone",
               "13712345678") == 2  # fmt: skip
    assert "already in the roster" in capsys.readouterr().err


def test_walk_in_errors_name_the_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "desk.sqlite3"
    new_store(db)
    assert run(db, "walk-in", "--name", "韩梅梅", "--university", "北京大学",
               "--phone", "12345") == 2  # fmt: skip
    assert capsys.readouterr().err.startswith("error: phone")
    assert run(db, "--lang", "zh_CN", "walk-in", "--name", "", "--university", "北京大学") == 2
    assert "name 填写有误" in capsys.readouterr().err


def test_a_booth_database_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "booth.sqlite3"
    engine = new_store(db)
    person = add_person(engine)
    with write_session(engine) as session:
        here = local_station(session)
        changes(session, here.id).update(here, role="booth")
    for args in (("reissue", person.code), ("walk-in", "--name", "李雷", "--university", "北大")):
        assert run(db, *args) == 2
        assert "booth's database" in capsys.readouterr().err
