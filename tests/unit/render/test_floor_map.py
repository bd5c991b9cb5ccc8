"""The floor map and booth sign PDFs read back with pypdf: pages, paper, codes and Chinese
company names in the text layer, the index in pinyin order."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from fairdesk.errors import UserError
from fairdesk.render.booth_signs import write_signs
from fairdesk.render.floor_map import write_floor_map
from fairdesk.services.printouts.service import PrintoutService
from tests.unit.services.printouts.floor_kit import ASSIGNED, floor_fair
from tests.unit.services.sync.fair_kit import HUAWEI, TENCENT

A3 = (1191, 842)  # landscape, points
A4 = (842, 595)


def flat(text: str) -> str:
    return "".join(text.split())


def size(page: object) -> tuple[int, int]:
    box = page.mediabox  # type: ignore[attr-defined]
    return round(float(box.width)), round(float(box.height))


@pytest.mark.parametrize(("paper", "expected"), [("A3", A3), ("A4", A4)])
def test_one_hall_with_its_index_beside(tmp_path: Path, qapp: QApplication, paper: str,
                                        expected: tuple[int, int]) -> None:  # fmt: skip
    data = PrintoutService(floor_fair(tmp_path)).floor_map()
    out = write_floor_map(data, tmp_path / "map.pdf", paper=paper)
    reader = PdfReader(tmp_path / "map.pdf")
    assert out.pages == len(reader.pages) == 1
    assert size(reader.pages[0]) == expected
    text = flat(reader.pages[0].extract_text())
    for code in (f"A{n:02d}" for n in range(1, 13)):
        assert code in text
    for name in ASSIGNED.values():  # full names in the index
        assert flat(name) in text
    assert "华为技术" in text and "主通道" in text and "入口" in text
    assert text.index(flat("比亚迪股份有限公司")) < text.index(HUAWEI) < text.index(TENCENT)
    assert not list(tmp_path.glob("*.part"))


def test_a_big_fair_puts_the_index_on_following_pages(tmp_path: Path, qapp: QApplication) -> None:
    engine = floor_fair(tmp_path, rows=10, cols=30)
    from tests.unit.services.printouts.big_fair import fill_booths

    names = fill_booths(engine, 290)
    data = PrintoutService(engine).floor_map()
    out = write_floor_map(data, tmp_path / "big.pdf", paper="A4")
    reader = PdfReader(tmp_path / "big.pdf")
    assert out.pages == len(reader.pages) >= 2
    map_text = flat(reader.pages[0].extract_text())
    assert "A300" in map_text and "A150" in map_text
    index_text = "".join(flat(p.extract_text()) for p in reader.pages[1:])
    for name in names[::37]:
        assert flat(name) in index_text
    assert all(size(p) == A4 for p in reader.pages)


def test_signs_one_a4_landscape_page_per_assigned_booth(tmp_path: Path,
                                                        qapp: QApplication) -> None:  # fmt: skip
    data = PrintoutService(floor_fair(tmp_path)).booth_signs()
    out = write_signs(data, tmp_path / "signs.pdf")
    reader = PdfReader(tmp_path / "signs.pdf")
    assert out.signs == len(reader.pages) == len(ASSIGNED)
    assert all(size(p) == A4 for p in reader.pages)
    first = flat(reader.pages[0].extract_text())
    assert "A01" in first and HUAWEI in first and "软件工程师" in first and "计算机" in first
    assert "20" in first
    by_code = {
        code: flat(p.extract_text()) for code, p in zip(sorted(ASSIGNED), reader.pages, strict=True)
    }
    for code, name in ASSIGNED.items():
        assert code in by_code[code] and flat(name) in by_code[code]


def test_nothing_to_print_is_a_plain_error(tmp_path: Path, qapp: QApplication) -> None:
    from tests.unit.services.sync.fair_kit import organiser

    service = PrintoutService(organiser(tmp_path))
    with pytest.raises(UserError) as caught:
        write_floor_map(service.floor_map("nowhere"), tmp_path / "m.pdf")
    assert caught.value.key == "floor_map.no_booths"
    assert not (tmp_path / "m.pdf").exists()
