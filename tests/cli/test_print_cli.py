"""`fairdesk print floor-map|signs --out FILE.pdf` as scripts run them; the PDFs read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from fairdesk.__main__ import main
from tests.unit.services.printouts.floor_kit import ASSIGNED, HALL, floor_fair
from tests.unit.services.sync.fair_kit import HUAWEI


def flat(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def db(tmp_path: Path) -> list[str]:
    floor_fair(tmp_path).dispose()
    return ["--db", str(tmp_path / "organiser.sqlite3")]


def test_floor_map_a4_and_a3(db: list[str], tmp_path: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    out = tmp_path / "map.pdf"
    assert main([*db, "print", "floor-map", "--out", str(out), "--paper", "A4"]) == 0
    assert capsys.readouterr().out.strip() == f"wrote the floor map on 1 pages to {out}"
    page = PdfReader(out).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (842, 595)
    text = flat(page.extract_text())
    assert "A12" in text and HUAWEI in text
    assert main([*db, "print", "floor-map", "--out", str(out), "--hall", HALL]) == 0
    page = PdfReader(out).pages[0]
    assert round(float(page.mediabox.width)) == 1191  # A3 by default


def test_signs(db: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "signs.pdf"
    assert main([*db, "print", "signs", "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"wrote {len(ASSIGNED)} booth signs to {out}"
    assert len(PdfReader(out).pages) == len(ASSIGNED)


def test_plain_errors_exit_2(db: list[str], tmp_path: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    assert main([*db, "print", "signs", "--out", str(tmp_path / "signs.txt")]) == 2
    assert ".pdf" in capsys.readouterr().err
    assert main([*db, "print", "floor-map", "--out", str(tmp_path / "m.pdf"),
                 "--hall", "9号馆"]) == 2  # fmt: skip
    assert "9号馆" in capsys.readouterr().err
    assert not (tmp_path / "m.pdf").exists()
