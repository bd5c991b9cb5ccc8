"""The PIN slips PDF on its own: four per page, long and rare names kept whole in the text layer,
a company without a booth said so, and nothing written for no slips."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from fairdesk.errors import UserError
from fairdesk.render.pin_slips import PER_PAGE, write_slips
from fairdesk.services.booth.pins import PinSlip

NAMES = [
    "中国建筑第八工程局有限公司华南分公司（广州）",  # wraps
    "Guangdong Zhongshan International Trade & Logistics Co., Ltd.",
    "赵孟𫖯书画院",  # a character beyond the BMP
    "中山市岐江医院",
    "第五家",
]


def flat(text: str) -> str:
    return "".join(text.split())


def test_slips_four_per_page_with_every_name_booth_and_pin(
    tmp_path: Path, qapp: QApplication
) -> None:
    slips = [
        PinSlip(uuid.uuid4(), name, "" if i == 3 else f"A{i:02d}", f"{480000 + i * 1111}")
        for i, name in enumerate(NAMES)
    ]
    out = write_slips(slips, tmp_path / "slips.pdf", title="测试双选会")
    assert (out.slips, out.pages) == (5, 2) and PER_PAGE == 4
    reader = PdfReader(tmp_path / "slips.pdf")
    assert len(reader.pages) == 2
    pages = [flat(p.extract_text()) for p in reader.pages]
    for i, slip in enumerate(slips):
        page = pages[i // PER_PAGE]
        assert flat(slip.name) in page and f"PIN{slip.pin}" in page
        if slip.booth_code:
            assert f"Booth{slip.booth_code}PIN" in page
    assert "尚未分配展位" in pages[0] and "测试双选会" in pages[1]
    assert not list(tmp_path.glob("*.part"))


def test_no_slips_is_a_plain_error(tmp_path: Path, qapp: QApplication) -> None:
    with pytest.raises(UserError) as caught:
        write_slips([], tmp_path / "none.pdf", title="x")
    assert caught.value.key == "slips.none"
    assert not (tmp_path / "none.pdf").exists()
