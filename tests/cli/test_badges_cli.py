"""`fairdesk badges`: the output lines and exit codes, files read back with independent tools."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pymupdf
import pytest
import zxingcpp
from PIL import Image
from PySide6.QtWidgets import QApplication

from fairdesk.__main__ import main
from fairdesk.cli.badges import NO_BADGES, NO_BADGES_LEFT, NOT_A_PDF
from fairdesk.render.badge_output import CANNOT_WRITE
from fairdesk.services.demo import build_demo
from fairdesk.store.engine import open_database
from tests.factories import add_person, new_store

EXT_H = "\U00031350"


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), "badges", *args])


@pytest.fixture
def demo_db(tmp_path: Path, qapp: QApplication) -> Path:
    """The demo fair with 60 students (its showcase names: 赵孟𫖯, 阿依古丽·买买提, …)."""
    db = tmp_path / "demo.sqlite3"
    engine = open_database(db)
    build_demo(engine, attendees=60)
    engine.dispose()
    return db


def test_sheet_pdf_of_the_demo_fair_decodes_and_checks_in(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "sheets.pdf"
    assert run(demo_db, "--out", str(out)) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [f"wrote 60 badges on 6 pages to {out}"]  # the showcase names draw cleanly
    codes = []
    with pymupdf.open(out) as doc:
        assert doc.page_count == 6
        for page in doc:
            pix = page.get_pixmap(dpi=300, colorspace=pymupdf.csGRAY)
            image = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width)
            codes += [r.text for r in zxingcpp.read_barcodes(image)]
    assert len(set(codes)) == 60
    assert main(["--db", str(demo_db), "checkin", codes[0]]) == 0
    assert "checked in:" in capsys.readouterr().out

    # printed now: nothing is left for --only-unprinted
    assert run(demo_db, "--out", str(tmp_path / "again.pdf"), "--only-unprinted") == 2
    assert str(NO_BADGES_LEFT()) in capsys.readouterr().err


def test_university_filter_layout_and_png(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "pku.pdf"
    assert run(demo_db, "--out", str(out), "--layout", "a6", "--university", "北京大学") == 0
    summary = capsys.readouterr().out.strip()
    count = int(summary.split()[1])
    assert 0 < count < 60 and summary == f"wrote {count} badges on {count} pages to {out}"

    folder = tmp_path / "png"
    assert run(demo_db, "--png", str(folder), "--university", "清华大学") == 0
    summary = capsys.readouterr().out.strip()
    files = sorted(folder.glob("*.png"))
    assert summary == f"wrote {len(files)} e-badges to {folder}" and files
    assert all(f.stem.isdigit() for f in files)  # named by 学号
    with Image.open(files[0]) as image:
        assert len(zxingcpp.read_barcodes(image)) == 1


def test_a_character_no_font_has_is_a_warning_line_by_name(
    tmp_path: Path, qapp: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "s.sqlite3"
    engine = new_store(db)
    add_person(engine, f"张{EXT_H}")
    add_person(engine, "欧阳娜娜")
    engine.dispose()
    out = tmp_path / "b.pdf"
    assert run(db, "--out", str(out)) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("warning: ") and f"张{EXT_H}" in lines[0] and "U+31350" in lines[0]
    assert lines[1] == f"wrote 2 badges on 1 pages to {out}"


def test_plain_errors_exit_2(
    tmp_path: Path, qapp: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "s.sqlite3"
    new_store(db).dispose()
    assert run(db, "--out", str(tmp_path / "x.pdf")) == 2
    assert str(NO_BADGES()) in capsys.readouterr().err
    other = new_store(tmp_path / "t.sqlite3")
    add_person(other, "张三")
    other.dispose()
    assert run(tmp_path / "t.sqlite3", "--out", str(tmp_path / "x.txt")) == 2
    assert str(NOT_A_PDF(path=tmp_path / "x.txt")) in capsys.readouterr().err
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert run(tmp_path / "t.sqlite3", "--out", str(blocker / "x.pdf")) == 2
    assert CANNOT_WRITE.en.split("{")[0] in capsys.readouterr().err
    zh = ["--db", str(tmp_path / "t.sqlite3"), "--lang", "zh_CN", "badges"]
    assert main([*zh, "--out", str(blocker / "x.pdf")]) == 2
    assert CANNOT_WRITE.zh.split("{")[0] in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        run(db, "--out", "x.pdf", "--layout", "a3")
    assert exc.value.code == 2
