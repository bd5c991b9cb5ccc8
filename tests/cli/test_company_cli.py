"""`fairdesk company pin`: output lines, exit codes, usage errors, and the slips PDF read back
with pypdf (pages, every company's name, booth code and PIN in the text layer)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from fairdesk.__main__ import main
from fairdesk.services.booth.auth import BoothAuth
from fairdesk.store.engine import open_database
from tests.factories import new_store
from tests.unit.services.booth.test_booth_pins import give_booth
from tests.unit.services.booth.test_interviews import add_company

HUAWEI = "华为技术有限公司"
PIN_LINE = re.compile(r"^PIN for (.+) \((booth \S+|no booth)\): (\d{4,8})$")
WITHOUT = [(f"中山市第{i}号科技有限公司", f"C{i:02d}") for i in range(1, 6)]


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), "company", "pin", *args])


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "fair.sqlite3"
    engine = new_store(path)
    give_booth(engine, add_company(engine, HUAWEI, pin_hash=None), "A01")
    give_booth(engine, add_company(engine, "中山市翠亨投资有限公司"), "B01")  # has PIN 2468
    for name, code in WITHOUT:
        give_booth(engine, add_company(engine, name, pin_hash=None), code)
    add_company(engine, "中山市岐江医院", pin_hash=None)
    engine.dispose()
    return path


def opens(db: Path, name: str, pin: str) -> bool:
    engine = open_database(db)
    try:
        auth = BoothAuth(engine)
        return auth.check_pin(auth.find(name).id, pin)
    finally:
        engine.dispose()


def test_set_prints_the_pin_once_and_reset_refuses_the_old(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db, HUAWEI, "--random") == 0
    (line,) = capsys.readouterr().out.splitlines()
    match = PIN_LINE.match(line)
    assert match and match.group(1, 2) == (HUAWEI, "booth A01")
    first = match.group(3)
    assert len(first) == 6 and opens(db, HUAWEI, first)

    assert run(db, "a01", "--pin", "483920") == 0
    assert capsys.readouterr().out.splitlines() == [
        f"PIN for {HUAWEI} (booth A01): 483920",
        f"the previous PIN of {HUAWEI} no longer opens the booth",
    ]
    assert not opens(db, HUAWEI, first) and opens(db, HUAWEI, "483920")

    assert run(db, "中山市岐江医院") == 0  # random is the default
    assert PIN_LINE.match(capsys.readouterr().out.strip()).group(2) == "no booth"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("args", "key_text"),
    [
        ((HUAWEI, "--pin", "12a4"), "4–8 digits"),
        ((HUAWEI, "--pin", "123"), "4–8 digits"),
        (("华为",), f"Did you mean: {HUAWEI} (A01)?"),
        (("腾讯科技",), "No company called “腾讯科技”"),
    ],
)
def test_plain_errors_exit_2_and_change_nothing(
    db: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], key_text: str
) -> None:
    assert run(db, *args) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and key_text in captured.err
    engine = open_database(db)
    assert not BoothAuth(engine).find(HUAWEI).has_pin
    engine.dispose()


def test_errors_follow_the_language(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "zh_CN", "--db", str(db), "company", "pin", "华为"]) == 2
    assert "您要找的是不是" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "says"),
    [
        ((HUAWEI, "--random", "--slips", "x.pdf"), "--slips works with --all --random only"),
        (("--all", "--slips", "x.pdf"), "--slips works with --all --random only"),
        (("--all",), "--all needs --random"),
        (("--all", "--pin", "1234"), "--all needs --random"),
        ((HUAWEI, "--all", "--random"), "not both"),
        ((), "give a company NAME, or --all --random"),
        ((HUAWEI, "--pin", "1234", "--random"), "not allowed with argument"),
    ],
)
def test_usage_errors(
    db: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], says: str
) -> None:
    with pytest.raises(SystemExit) as exited:
        run(db, *args)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "usage: fairdesk company pin" in err and says in err


def test_all_random_slips_pdf(
    db: Path, tmp_path: Path, qapp: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "slips.pdf"
    assert run(db, "--all", "--random", "--slips", str(pdf)) == 0
    lines = capsys.readouterr().out.splitlines()
    wanted = [(HUAWEI, "A01"), *WITHOUT, ("中山市岐江医院", "")]
    assert lines == [
        *(f"slip: {n} ({'booth ' + c if c else 'no booth'})" for n, c in wanted),
        "skipped: 中山市翠亨投资有限公司 (booth B01): has a PIN already",
        f"wrote 7 PIN slips on 2 pages to {pdf}",
    ]
    assert not any(re.search(r"\d{6}", line) for line in lines[:-1])  # no PIN on the terminal
    reader = PdfReader(pdf)
    assert len(reader.pages) == 2
    pages = ["".join(page.extract_text().split()) for page in reader.pages]
    text = "".join(pages)
    assert "中山市翠亨投资有限公司" not in text
    for name, code in wanted:
        assert name in text and code in text
        # the slip's PIN is the digits after its name and booth; it opens that booth
        after = text[text.index(name) :]
        pin = re.search(r"PIN(\d{6})", after)
        assert pin and opens(db, name, pin.group(1)), name
    assert "如何进入展位" in text and "Howtoopenthebooth" in text and "Ctrl+L" in text
    assert text.index("在展位电脑上打开FairDesk") < text.index("OpenFairDeskonthebooth")
    assert opens(db, "中山市翠亨投资有限公司", "2468")  # kept its PIN

    assert run(db, "--all", "--random", "--slips", str(tmp_path / "again.pdf")) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "every company has a PIN already (8 skipped)"
    assert not (tmp_path / "again.pdf").exists()


def test_all_random_without_slips_prints_each_pin(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db, "--all", "--random") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == "set 7 PINs"
    found = [PIN_LINE.match(line) for line in lines[:7]]
    assert all(found)
    for match in found:
        assert match is not None and opens(db, match.group(1), match.group(3))


def test_slips_that_cannot_be_written_leave_no_pin_set(
    db: Path, tmp_path: Path, qapp: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert run(db, "--all", "--random", "--slips", str(blocker / "slips.pdf")) == 2
    assert "Cannot write" in capsys.readouterr().err
    engine = open_database(db)
    assert not BoothAuth(engine).find(HUAWEI).has_pin
    engine.dispose()
    assert run(db, "--all", "--random", "--slips", str(tmp_path / "slips.txt")) == 2
    assert "must end in .pdf" in capsys.readouterr().err
