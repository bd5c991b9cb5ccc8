"""`fairdesk export`: its output line, --university, --headers, the companies round trip."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from fairdesk.__main__ import main
from fairdesk.services.desk.checkin import CheckInService
from tests.factories import add_person, new_store


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "f.sqlite3"
    engine = new_store(path)
    zeng = add_person(engine, "曾小贤", university="北京大学", student_no="0012345")
    add_person(engine, "李雷", university="清华大学")
    CheckInService(engine).by_code(zeng.code)
    engine.dispose()
    return path


def test_one_universitys_attendees_and_checkins(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "pku.csv"
    assert run(db, "export", "attendees", "--university", "北京大学", "--out", str(out),
               "--headers", "en") == 0  # fmt: skip
    assert capsys.readouterr().out == f"exported 1 rows to {out}\n"
    assert [(r["name"], r["student_no"]) for r in rows(out)] == [("曾小贤", "0012345")]
    assert run(db, "--lang", "zh_CN", "export", "checkins", "--university", "北京大学",
               "--out", str(out)) == 0  # fmt: skip
    assert [(r["姓名"], r["类型"]) for r in rows(out)] == [("曾小贤", "入场")]


def test_unknown_university_lists_the_fairs(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.csv"
    assert run(db, "export", "checkins", "--university", "复旦大学", "--out", str(out)) == 2
    err = capsys.readouterr().err
    assert "复旦大学" in err and "北京大学、清华大学" in err
    assert not out.exists()
    assert run(db, "--lang", "zh_CN", "export", "attendees", "--university", "复旦",
               "--out", str(out)) == 2  # fmt: skip
    assert "本场没有名为 复旦 的学校" in capsys.readouterr().err


def test_options_that_do_not_apply_are_usage_errors(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = str(tmp_path / "x.csv")
    assert run(db, "export", "attendees", "--company", "甲", "--out", out) == 2
    assert "--company" in capsys.readouterr().err
    assert run(db, "export", "companies", "--university", "北京大学", "--out", out) == 2
    assert "--university" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        run(db, "export", "attendees", "--headers", "fr", "--out", out)


def test_companies_round_trip_through_the_command_line(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "list.csv"
    source.write_text(
        "单位名称,联系电话,展位号,岗位,学历要求\n"
        "甲公司,020-8765 4321,a1,技工,本科\n"
        ",,,焊工,\n"
        "乙公司,0760-8888 6666 转 12,A2,会计,硕士及以上\n",
        encoding="gb18030",
    )
    assert run(db, "import", "companies", str(source)) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "imported 3, updated 0, unchanged 0, rejected 0"
    )
    out = tmp_path / "companies.csv"
    assert run(db, "export", "companies", "--out", str(out), "--headers", "en") == 0
    assert capsys.readouterr().out == f"exported 3 rows to {out}\n"
    got = [(r["company"], r["contact_phone"], r["booth"], r["position"], r["degree_required"])
           for r in rows(out)]  # fmt: skip
    assert got == [
        ("甲公司", "020-8765 4321", "A01", "技工", "bachelor"),
        ("甲公司", "020-8765 4321", "A01", "焊工", ""),
        ("乙公司", "0760-8888 6666 转 12", "A02", "会计", "master"),
    ]
    other = tmp_path / "other.sqlite3"
    new_store(other).dispose()
    assert run(other, "import", "companies", str(out)) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "imported 3, updated 0, unchanged 0, rejected 0"
    )
    again = tmp_path / "again.csv"
    assert run(other, "export", "companies", "--out", str(again), "--headers", "en") == 0
    assert rows(again) == rows(out)


def test_import_companies_speaks_first_and_dry_run_writes_nothing(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "list.csv"
    source.write_text(
        "单位名称,展位号,岗位,备注\n甲公司,A1,技工,\n乙公司,A1,会计,\n", encoding="utf-8-sig"
    )
    assert run(db, "import", "companies", str(source), "--dry-run") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("columns: ") and "list.csv" in out[0]
    assert any("展位号" in line and "booth" in line for line in out)
    assert any("备注" in line for line in out)  # the ignored column is named
    assert any(line.startswith("would reject: row 3: booth 'A1'") for line in out)
    assert out[-1] == "imported 1, updated 0, unchanged 0, rejected 1"
    assert not (tmp_path / "list_rejects.csv").exists()
    companies = tmp_path / "c.csv"
    assert run(db, "export", "companies", "--out", str(companies), "--headers", "en") == 0
    assert rows(companies) == []  # nothing was written
