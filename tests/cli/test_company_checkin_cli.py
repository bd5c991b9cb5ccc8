"""`fairdesk company checkin NAME` and `fairdesk export no-shows --out FILE` as scripts run
them; the no-shows read back with openpyxl (phones as text) and csv."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook

from fairdesk.__main__ import main
from tests.unit.services.printouts.floor_kit import MORE, floor_fair
from tests.unit.services.sync.fair_kit import HUAWEI, TENCENT


@pytest.fixture
def db(tmp_path: Path) -> list[str]:
    floor_fair(tmp_path).dispose()
    return ["--db", str(tmp_path / "organiser.sqlite3")]


def test_checkin_then_already_then_undo(db: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*db, "company", "checkin", "huawei"]) == 0
    line = capsys.readouterr().out.strip()
    assert re.fullmatch(rf"{HUAWEI} \(booth A01\) checked in at \d\d:\d\d", line), line
    assert main([*db, "company", "checkin", "A01"]) == 0
    again = capsys.readouterr().out.strip()
    assert again == f"{HUAWEI} (booth A01) already arrived at {line[-5:]}"
    assert main([*db, "company", "checkin", "华为", "--undo"]) == 0
    assert capsys.readouterr().out.strip() == f"{HUAWEI} (booth A01): check-in undone"
    assert main([*db, "--lang", "zh_CN", "company", "checkin", "招商银行股份有限公司"]) == 0
    assert "未分配展位" in capsys.readouterr().out


def test_ambiguous_or_unknown_is_exit_2(db: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*db, "company", "checkin", "有限公司"]) == 2
    err = capsys.readouterr().err
    assert "matches" in err and HUAWEI in err
    assert main([*db, "company", "checkin", "小米科技"]) == 2


def test_no_shows_xlsx_by_default_and_csv(db: list[str], tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    assert main([*db, "company", "checkin", TENCENT]) == 0
    capsys.readouterr()
    assert main([*db, "export", "no-shows", "--out", str(tmp_path / "noshows")]) == 0
    out = tmp_path / "noshows.xlsx"
    assert capsys.readouterr().out.strip() == f"exported 6 rows to {out}"
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("单位名称", "展位号", "联系人", "联系电话") or rows[0] == (
        "Company", "Booth", "Contact", "Contact phone")  # fmt: skip
    names = [r[0] for r in rows[1:]]
    assert TENCENT not in names and HUAWEI in names and set(MORE) <= set(names)
    huawei = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == HUAWEI)
    assert huawei[3].value == "0755-28780808" and huawei[3].data_type == "s"
    vivo = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "vivo移动通信有限公司")
    assert vivo[3].value == "13800000001" and vivo[3].data_type == "s"
    assert (
        main([*db, "export", "no-shows", "--out", str(tmp_path / "n.csv"), "--headers", "en"]) == 0
    )
    with (tmp_path / "n.csv").open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    assert table[0] == ["company", "booth", "contact", "contact_phone"] and len(table) == 7
