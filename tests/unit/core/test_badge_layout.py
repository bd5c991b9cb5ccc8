"""Badge geometry: presets fit their pages, crop marks stay off badges, QR modules are whole."""

from __future__ import annotations

import pytest

from fairdesk.core.badge_layout import (
    PRESETS,
    Rect,
    badge_regions,
    crop_marks,
    mm_to_dots,
    mm_to_points,
    pages_needed,
    preset,
    qr_module_dots,
    slots,
)


@pytest.mark.parametrize("key", list(PRESETS))
def test_every_slot_lies_on_the_page_and_slots_do_not_overlap(key: str) -> None:
    layout = PRESETS[key]
    page = Rect(0, 0, layout.page_w, layout.page_h)
    cells = slots(layout)
    assert len(cells) == layout.per_page
    for cell in cells:
        assert page.contains(cell)
        assert (cell.w, cell.h) == (layout.badge_w, layout.badge_h)
    for i, a in enumerate(cells):
        for b in cells[i + 1 :]:
            overlap_w = min(a.right, b.right) - max(a.x, b.x)
            overlap_h = min(a.bottom, b.bottom) - max(a.y, b.y)
            assert overlap_w <= 1e-9 or overlap_h <= 1e-9


def test_the_presets_the_issue_names() -> None:
    assert preset("a4-90x54").per_page == 10
    assert preset("a4-4x3").per_page == 6
    assert (preset("a4-4x3").badge_w, preset("a4-4x3").badge_h) == (101.6, 76.2)
    assert (preset("a6").page_w, preset("a6").page_h) == (105, 148)
    assert preset("label-62").badge_h == 62
    with pytest.raises(ValueError, match="a4-90x54"):
        preset("a3")


@pytest.mark.parametrize("count,pages", [(0, 0), (1, 1), (10, 1), (11, 2), (123, 13)])
def test_pages_needed_for_ten_up_sheets(count: int, pages: int) -> None:
    assert pages_needed(count, preset("a4-90x54")) == pages


@pytest.mark.parametrize("key", ["a4-90x54", "a4-4x3"])
def test_crop_marks_sit_in_the_margin_on_every_cut_line(key: str) -> None:
    layout = preset(key)
    cells = slots(layout)
    marks = crop_marks(layout)
    assert marks
    cut_x = {round(c.x, 6) for c in cells} | {round(c.right, 6) for c in cells}
    cut_y = {round(c.y, 6) for c in cells} | {round(c.bottom, 6) for c in cells}
    for x1, y1, x2, y2 in marks:
        assert min(x1, x2) >= 0 and max(x1, x2) <= layout.page_w
        assert min(y1, y2) >= 0 and max(y1, y2) <= layout.page_h
        if x1 == x2:
            assert round(x1, 6) in cut_x
        else:
            assert round(y1, 6) in cut_y
        for c in cells:  # no mark touches a badge
            inside_x = max(x1, x2) > c.x and min(x1, x2) < c.right
            inside_y = max(y1, y2) > c.y and min(y1, y2) < c.bottom
            assert not (inside_x and inside_y)
    vertical = [m for m in marks if m[0] == m[2]]
    assert {round(m[0], 6) for m in vertical} == cut_x


def test_one_up_presets_have_no_crop_marks() -> None:
    assert crop_marks(preset("a6")) == []
    assert crop_marks(preset("label-62")) == []


@pytest.mark.parametrize("key", list(PRESETS))
def test_every_part_of_a_badge_lies_inside_it_and_the_qr_is_square(key: str) -> None:
    layout = preset(key)
    badge = Rect(0, 0, layout.badge_w, layout.badge_h)
    g = badge_regions(layout)
    for region in (g.title, g.name, g.university, g.degree_major, g.year, g.serial):
        assert badge.contains(region.rect), region
        assert region.size_pt > 0
    assert badge.contains(g.qr) and badge.contains(g.logo)
    assert g.qr.w == pytest.approx(g.qr.h)
    for region in (g.name, g.university, g.degree_major, g.year):  # text never under the QR
        if not layout.portrait:
            assert region.rect.right <= g.qr.x
        else:
            assert region.rect.bottom <= g.qr.y


def test_qr_modules_are_whole_dots_and_the_code_fits() -> None:
    modules = 25 + 8  # version 2 plus a 4-module quiet zone each side
    dots = qr_module_dots(badge_regions(preset("a4-90x54")).qr.w, modules)
    assert dots >= 7  # ≥ 0.59 mm per module at 300 dpi: easy for any scanner
    assert dots * modules <= mm_to_dots(badge_regions(preset("a4-90x54")).qr.w)
    assert qr_module_dots(0.1, modules) == 1


def test_unit_conversions() -> None:
    assert mm_to_points(25.4) == pytest.approx(72)
    assert mm_to_dots(25.4) == pytest.approx(300)
