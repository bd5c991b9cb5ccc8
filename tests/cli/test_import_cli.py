"""`fairdesk import`: the column report comes first, `--dry-run` writes nothing, defaults work,
and the last line stays the summary scripts read."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from fairdesk.__main__ import main


def fair(tmp_path: Path) -> str:
    db = str(tmp_path / "f.sqlite3")
    assert main(["--db", db, "setup", "--name", "秋季双选会", "--dates", "2026-11-28"]) == 0
    return db


def roster(tmp_path: Path) -> Path:
    path = tmp_path / "计算机学院.csv"
    with path.open("w", encoding="gb18030", newline="") as fh:
        csv.writer(fh).writerows([
            ["序号", "姓名", "学号", "手机号码", "是否同意向用人单位提供联系方式", "备注"],
            ["1", "陈一", "2022010101", "13800000001", "是", ""],
            ["2", "林二", "2022010102", "13800000002", "否", "转专业"],
            ["3", "周?", "2022010103", "13800000003", "同意", ""],
        ])  # fmt: skip
    return path


def test_dry_run_then_import_with_a_university(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, path = fair(tmp_path), roster(tmp_path)
    capsys.readouterr()
    assert main(["--db", db, "import", "attendees", str(path)]) == 2
    err = capsys.readouterr().err
    assert "university" in err and "--university NAME" in err
    args = [
        "--db",
        db,
        "--lang",
        "en",
        "import",
        "attendees",
        str(path),
        "--university",
        "中山大学",
    ]
    assert main([*args, "--dry-run"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "columns: 计算机学院.csv: read as GB18030, header on row 1, 3 data rows"
    assert "  column E '是否同意向用人单位提供联系方式' → consent to share contacts" in out
    assert "  column F '备注': not used" in out
    assert "  university: not in the file, every row gets '中山大学'" in out
    assert any(line.startswith("warning: row 4: name '周?'") for line in out)
    assert out[-2:] == [
        "dry run: nothing was written",
        "imported 3, updated 0, unchanged 0, rejected 0",
    ]
    assert main(["--db", db, "info"]) == 0
    assert "attendees: 0" in capsys.readouterr().out
    assert main(args) == 0
    out = capsys.readouterr().out.splitlines()
    assert (
        out[0].startswith("columns: ")
        and out[-1] == "imported 3, updated 0, unchanged 0, rejected 0"
    )
    assert "dry run: nothing was written" not in out
    assert main(["--db", db, "info"]) == 0
    assert "attendees: 3" in capsys.readouterr().out


def test_the_report_speaks_chinese_in_a_chinese_locale(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, path = fair(tmp_path), roster(tmp_path)
    capsys.readouterr()
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    args = ["--db", db, "import", "attendees", str(path), "--university", "中山大学", "--dry-run"]
    assert main(args) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "columns: 计算机学院.csv：按 GB18030 编码读取，表头在第 1 行，共 3 行数据"
    assert "  第 F 列“备注”：未使用" in out
    assert out[-2] == "试运行：未写入任何数据"
    assert out[-1] == "imported 3, updated 0, unchanged 0, rejected 0"  # the line scripts read


def test_roster_defaults_are_refused_for_a_company_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = fair(tmp_path)
    path = tmp_path / "c.csv"
    path.write_text("单位名称,岗位\n某公司,工程师\n", encoding="utf-8")
    assert main(["--db", db, "import", "companies", str(path), "--university", "x"]) == 2
    assert "--university" in capsys.readouterr().err
