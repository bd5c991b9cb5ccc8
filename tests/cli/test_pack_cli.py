"""`fairdesk pack desk|booth` and `fairdesk unpack [--update]` end to end with --passphrase-file:
summary lines, exit codes, and refusals that leave no database file behind."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from fairdesk.__main__ import main
from fairdesk.services.desk.checkin import CheckInService
from fairdesk.store.engine import open_database
from tests.unit.services.sync import test_packs
from tests.unit.services.sync.test_packs import (
    ODD_STUDENTS,
    PASSPHRASE,
    Organiser,
    roster_code,
)

organiser_template = test_packs.organiser_template  # the shared fixtures
organiser = test_packs.organiser

ATTENDEES = 150 + len(ODD_STUDENTS)
PACK_LINE = re.compile(
    r"^(desk|booth) pack (.+) \(station (\d+)(, .+)?\): (\d+) attendees -> (.+)$"
)


def fairdesk(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out.strip(), err.strip()


@pytest.fixture
def passfile(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


def test_pack_and_unpack_a_desk_and_a_booth(
    organiser: Organiser, tmp_path: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    org = organiser.path
    organiser.engine.dispose()
    desk_pack = tmp_path / "desk.pack"
    code, out, _ = fairdesk(capsys, "--db", org, "pack", "desk", "--name", "签到台2",
                            "--out", desk_pack, "--passphrase-file", passfile)  # fmt: skip
    assert code == 0
    found = PACK_LINE.match(out)
    assert found and found.group(1, 2, 4, 5) == ("desk", "签到台2", None, str(ATTENDEES))
    assert found.group(6) == str(desk_pack) and desk_pack.exists()
    number = found.group(3)

    desk_db = tmp_path / "desk.sqlite3"
    code, out, _ = fairdesk(capsys, "--db", desk_db, "unpack", desk_pack,
                            "--passphrase-file", passfile)  # fmt: skip
    assert code == 0
    assert out.startswith(
        f"unpacked desk station 签到台2 (station {number}): {ATTENDEES} attendees"
    )
    engine = open_database(desk_db)
    _, badge = roster_code(engine)
    assert CheckInService(engine).by_code(badge).outcome == "ok"
    engine.dispose()

    code, out, _ = fairdesk(capsys, "--db", org, "pack", "desk", "--name", "签到台2",
                            "--out", desk_pack, "--passphrase-file", passfile)  # fmt: skip
    assert code == 0 and f"(station {number}, refreshed)" in out
    code, out, _ = fairdesk(capsys, "--db", desk_db, "unpack", desk_pack, "--update",
                            "--passphrase-file", passfile)  # fmt: skip
    assert (code, out) == (
        0,
        f"updated desk station 签到台2 (station {number}): added 0, changed 0, removed 0",
    )

    booth_pack = tmp_path / "booth.pack"
    code, out, _ = fairdesk(capsys, "--db", org, "pack", "booth", "--company",
                            organiser.own.name, "--out", booth_pack,
                            "--passphrase-file", passfile)  # fmt: skip
    found = PACK_LINE.match(out)
    assert code == 0 and found
    assert found.group(1, 2, 4) == ("booth", organiser.own.name, f", {organiser.own.name}")
    code, out, _ = fairdesk(capsys, "--db", tmp_path / "booth.sqlite3", "unpack", booth_pack,
                            "--passphrase-file", passfile)  # fmt: skip
    assert code == 0 and out.startswith(f"unpacked booth station {organiser.own.name} ")


def test_refusals_exit_2_and_leave_no_station_file(
    organiser: Organiser,
    tmp_path: Path,
    passfile: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    org = organiser.path
    organiser.engine.dispose()
    monkeypatch.delenv("FAIRDESK_PASSPHRASE", raising=False)
    pack = tmp_path / "desk.pack"
    assert fairdesk(capsys, "--db", org, "pack", "desk", "--name", "东门", "--out", pack,
                    "--passphrase-file", passfile)[0] == 0  # fmt: skip
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n", encoding="utf-8")
    station = tmp_path / "station.sqlite3"
    code, out, err = fairdesk(capsys, "--db", station, "unpack", pack, "--passphrase-file", wrong)
    assert (code, out) == (2, "") and err.startswith("error: ") and "desk.pack" in err
    assert not station.exists()

    code, _, err = fairdesk(capsys, "--db", org, "unpack", pack, "--passphrase-file", passfile)
    assert code == 2 and "already holds the fair" in err
    code, _, err = fairdesk(capsys, "--db", station, "unpack", pack, "--update",
                            "--passphrase-file", passfile)  # fmt: skip
    assert code == 2 and not station.exists()  # --update never makes a database
    code, _, err = fairdesk(capsys, "--db", org, "pack", "booth", "--company", "没有这家公司",
                            "--out", tmp_path / "b.pack",
                            "--passphrase-file", passfile)  # fmt: skip
    assert code == 2 and "没有这家公司" in err and not (tmp_path / "b.pack").exists()
    short = tmp_path / "short.txt"
    short.write_text("abc\n", encoding="utf-8")
    code, _, err = fairdesk(capsys, "--db", org, "pack", "desk", "--name", "西门",
                            "--out", tmp_path / "w.pack", "--passphrase-file", short)  # fmt: skip
    assert code == 2 and "at least 8" in err
    code, _, err = fairdesk(capsys, "--lang", "zh_CN", "--db", station, "unpack", pack,
                            "--passphrase-file", wrong)  # fmt: skip
    assert code == 2 and "口令不对" in err


def test_the_passphrase_may_come_from_the_environment(
    organiser: Organiser,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    organiser.engine.dispose()
    monkeypatch.setenv("FAIRDESK_PASSPHRASE", PASSPHRASE)
    pack = tmp_path / "d.pack"
    assert fairdesk(capsys, "--db", organiser.path, "pack", "desk", "--name", "东门",
                    "--out", pack)[0] == 0  # fmt: skip
    code, out, _ = fairdesk(capsys, "--db", tmp_path / "s.sqlite3", "unpack", pack)
    assert code == 0 and out.startswith("unpacked desk station 东门")
