"""`fairdesk booths grid` and `booths assign` as scripts run them."""

from __future__ import annotations

from pathlib import Path

import pytest

from fairdesk.__main__ import main
from tests.unit.services.sync.fair_kit import TENCENT, organiser


def test_grid_then_assign(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    organiser(tmp_path).dispose()
    db = ["--db", str(tmp_path / "organiser.sqlite3")]
    assert main([*db, "booths", "grid", "--hall", "1号馆", "--rows", "6", "--cols", "10",
                 "--prefix", "B"]) == 0  # fmt: skip
    assert capsys.readouterr().out.strip() == "60 booths B01–B60 in 1号馆 (6 × 10)"
    assert main([*db, "booths", "assign", "--company", "腾讯科技", "--booth", "b7"]) == 0
    assert capsys.readouterr().out.strip() == f"{TENCENT} -> booth B07"
    assert main([*db, "booths", "assign", "--company", "华为技术有限公司", "--booth", "B07"]) == 2
    assert "B07" in capsys.readouterr().err


def test_assign_auto_places_everyone_and_ends_with_the_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.unit.services.floorplan.floor_kit import floor_fair

    floor_fair(tmp_path, companies=12, rows=3, cols=6).dispose()
    db = ["--db", str(tmp_path / "organiser.sqlite3")]
    assert main([*db, "booths", "assign", "--auto"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 13 and all(" -> booth B" in line for line in lines[:-1])
    assert lines[-1] == "assigned 12 companies, 6 booths free, 0 companies without a booth"
    assert main([*db, "booths", "assign", "--auto"]) == 0
    assert capsys.readouterr().out.strip() == (
        "assigned 0 companies, 6 booths free, 0 companies without a booth"
    )
    assert main([*db, "booths", "assign"]) == 2
    assert "--auto" in capsys.readouterr().err
