"""Badge PDFs and PNGs, read back with independent tools (PyMuPDF, pypdf, zxing-cpp, Pillow).

Rendering needs a Qt GUI application; the `qapp` fixture makes the full QApplication first, so
the offscreen QGuiApplication of headless runs never stands in for the one widget tests need.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pymupdf
import pytest
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication
from sqlalchemy import Engine

from fairdesk.core.badge_layout import badge_regions, mm_to_points, preset, slots
from fairdesk.render.badge_fonts import PLACEHOLDER, can_draw, find_missing
from fairdesk.render.badge_output import E_BADGE_DPI, png_stem, write_pdf, write_pngs
from fairdesk.render.badge_render import BadgePainter, BadgeStyle, check_names, render_badge
from fairdesk.services.badges.service import BadgeService, BadgeView
from fairdesk.services.desk.checkin import CheckInService
from tests.factories import add_person, new_store

LATIN_35 = "Maximiliana Konstantinova Rosenbergxu"
HARD_NAMES = ("赵孟𫖯", "阿依古丽·买买提", "欧阳娜娜", LATIN_35)
EXT_H = "\U00031350"  # CJK Ext H: in no font here


@pytest.fixture
def engine(tmp_path: Path, qapp: QApplication) -> Engine:
    return new_store(tmp_path / "s.sqlite3")


def decode_pdf(path: Path) -> list[list[str]]:
    """Every QR on every page, rasterised at 300 dpi as a print would be."""
    pages = []
    with pymupdf.open(path) as doc:
        for page in doc:
            pix = page.get_pixmap(dpi=300, colorspace=pymupdf.csGRAY)
            image = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width)
            found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
            pages.append([r.text for r in found])
    return pages


def test_latin_name_has_35_letters() -> None:
    assert sum(c.isalpha() for c in LATIN_35) == 35


def test_every_qr_of_a_sheet_pdf_decodes_to_a_code_checkin_accepts(
    engine: Engine, tmp_path: Path
) -> None:
    people = [add_person(engine, n) for n in HARD_NAMES]
    people += [add_person(engine, f"学生{i:02d}", university="清华大学") for i in range(19)]
    views = BadgeService(engine).select()
    out = tmp_path / "sheet.pdf"
    result = write_pdf(views, out, preset("a4-90x54"), title="中山企业双选会")

    assert result.badges == 23 and result.pages == math.ceil(23 / 10) == 3
    assert len(PdfReader(out).pages) == 3
    pages = decode_pdf(out)
    assert [len(p) for p in pages] == [10, 10, 3]
    decoded = [code for page in pages for code in page]
    assert sorted(decoded) == sorted(p.code for p in people)
    checkin = CheckInService(engine)
    assert {checkin.by_code(code).outcome for code in decoded} == {"ok"}


def test_fonts_are_embedded_and_text_stays_text(engine: Engine, tmp_path: Path) -> None:
    for name in ("欧阳娜娜", "阿依古丽·买买提", "赵孟𫖯", LATIN_35):
        add_person(engine, name, university="北京大学")
    views = BadgeService(engine).select()
    out = tmp_path / "text.pdf"
    write_pdf(views, out, preset("a4-90x54"), title="中山企业双选会")
    with pymupdf.open(out) as doc:
        page = doc[0]
        text = page.get_text()
        fonts = {f[3]: f[0] for f in page.get_fonts(full=True)}
        assert {"FairDeskNotoSansSC-Bold", "FairDeskNotoSansSC-Regular"} <= set(fonts)
        for xref in fonts.values():
            _name, _ext, _type, content = doc.extract_font(xref)
            assert len(content) > 1000  # the glyphs themselves are in the file
        assert not page.get_images()  # nothing is a picture of text
    for expected in (
        "欧阳娜娜",
        "阿依古丽·买买提",
        "赵孟𫖯",
        "北京大学",
        "本科·应用数学",
        "中山企业双选会",
    ):
        assert expected in text
    assert all(v.short_serial in text for v in views)
    assert "赵孟𫖯" in PdfReader(out).pages[0].extract_text()  # beyond the BMP, for pypdf too
    lines = text.splitlines()  # a long Latin name wraps onto two lines, words kept whole
    assert any(line.startswith("Maximiliana") for line in lines)
    assert any(line.endswith("Rosenbergxu") and "Maximiliana" not in line for line in lines)


def _name_boxes(page: pymupdf.Page, others: set[str]) -> list[tuple[str, pymupdf.Rect]]:
    """Bold spans other than the title and university lines: the names, with their boxes."""
    boxes = []
    for block in page.get_text("dict")["blocks"]:
        for line in block.get("lines", []):
            for span in line["spans"]:
                if "Bold" in span["font"] and span["text"] not in others:
                    boxes.append((span["text"], pymupdf.Rect(span["bbox"])))
    return boxes


def test_hard_names_render_without_warnings_inside_their_box(
    engine: Engine, tmp_path: Path
) -> None:
    for name in HARD_NAMES:
        add_person(engine, name, university="北京大学")
    views = BadgeService(engine).select(university="北京大学")
    assert {v.name for v in views} == set(HARD_NAMES)
    assert check_names(views) == []
    assert all(find_missing(name, bold=True) == [] for name in HARD_NAMES)
    layout = preset("a4-90x54")
    out = tmp_path / "names.pdf"
    result = write_pdf(views, out, layout, title="中山企业双选会")
    assert result.warnings == ()

    region = badge_regions(layout).name
    with pymupdf.open(out) as doc:
        spans = _name_boxes(doc[0], {"中山企业双选会", "北京大学"})
    cells = [
        pymupdf.Rect(*(mm_to_points(v) for v in (c.x, c.y, c.right, c.bottom)))
        for c in slots(layout)
    ]
    drawn: dict[str, list[pymupdf.Rect]] = {v.name: [] for v in views}
    for _text, box in spans:  # each name span belongs to the badge cell it lies in
        centre = pymupdf.Point((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2)
        owner = next(i for i, cell in enumerate(cells) if cell.contains(centre))
        drawn[views[owner].name].append(box)
    for i, view in enumerate(views):
        cell = slots(layout)[i]
        allowed = pymupdf.Rect(
            mm_to_points(cell.x + region.rect.x),
            mm_to_points(cell.y + region.rect.y),
            mm_to_points(cell.x + region.rect.right),
            mm_to_points(cell.y + region.rect.bottom),
        )
        assert drawn[view.name], view.name
        for box in drawn[view.name]:
            tolerance = 0.75  # points: rounding of glyph boxes
            assert box.x0 >= allowed.x0 - tolerance and box.x1 <= allowed.x1 + tolerance, view.name
            assert box.y0 >= allowed.y0 - tolerance and box.y1 <= allowed.y1 + tolerance, view.name
    assert len(drawn[LATIN_35]) == 2  # wrapped, not shrunk to a hair line


def test_a_character_no_font_has_is_warned_about_by_name_and_never_a_box(
    engine: Engine, tmp_path: Path
) -> None:
    assert not can_draw(EXT_H, True)
    person = add_person(engine, f"张{EXT_H}")
    add_person(engine, "欧阳娜娜")
    views = BadgeService(engine).select()
    warnings = check_names(views)
    assert len(warnings) == 1
    assert warnings[0].attendee_id == person.id
    shown = str(warnings[0].text)
    assert f"张{EXT_H}" in shown and "U+31350" in shown
    assert warnings[0].text.render("zh_CN").startswith(f"张{EXT_H}（")
    out = tmp_path / "rare.pdf"
    result = write_pdf(views, out, preset("a6"), title="双选会")
    assert [w.name for w in result.warnings] == [f"张{EXT_H}"]
    with pymupdf.open(out) as doc:
        assert f"张{PLACEHOLDER}" in doc[0].get_text() or f"张{PLACEHOLDER}" in doc[1].get_text()


@pytest.mark.parametrize("key", ["a4-4x3", "a6", "label-62"])
def test_other_presets_decode_and_have_the_right_page_count(
    engine: Engine, tmp_path: Path, key: str
) -> None:
    for name in ("欧阳娜娜", "赵孟𫖯", "Emma Schmidt", "张堃", "上官玥", "区嘉欣", "单一鸣"):
        add_person(engine, name)
    views = BadgeService(engine).select()
    layout = preset(key)
    out = tmp_path / f"{key}.pdf"
    result = write_pdf(views, out, layout, title="双选会", style=BadgeStyle(language="both"))
    assert result.pages == math.ceil(7 / layout.per_page)
    decoded = [c for page in decode_pdf(out) for c in page]
    assert sorted(decoded) == sorted(v.code for v in views)
    with pymupdf.open(out) as doc:
        width_mm = doc[0].rect.width / 72 * 25.4
        assert width_mm == pytest.approx(layout.page_w, abs=0.5)


def test_png_e_badges_decode_and_are_named_by_student_no(engine: Engine, tmp_path: Path) -> None:
    add_person(engine, "欧阳娜娜", student_no="2021010001")
    add_person(engine, "赵孟𫖯", student_no="../etc/pass wd")
    add_person(engine, "Emma Schmidt", student_no="2021010001", university="清华大学")
    views = BadgeService(engine).select()
    folder = tmp_path / "ebadges"
    result = write_pngs(views, folder, preset("a4-90x54"), title="中山企业双选会")
    names = sorted(p.name for p in folder.iterdir())
    assert len(result.files) == 3 and len(names) == 3
    assert "2021010001.png" in names
    assert "etc_pass_wd.png" in names
    assert any(n.startswith("2021010001-") for n in names)  # same 学号, another university
    by_file = {}
    for path in result.files:
        with Image.open(path) as image:
            assert image.info["dpi"][0] == pytest.approx(E_BADGE_DPI, abs=1)
            found = zxingcpp.read_barcodes(image.convert("L"))
        assert len(found) == 1
        by_file[path.name] = found[0].text
    assert sorted(by_file.values()) == sorted(v.code for v in views)


def test_png_name_falls_back_to_the_serial() -> None:
    view = BadgeView(
        attendee_id=__import__("uuid").uuid4(), badge_id=__import__("uuid").uuid4(),
        name="张三", name_pinyin="zhangsan", university="北大", school="", major="",
        degree=None, grad_year=None, student_no=None, serial=1_000_042, reissue=2, code="1",
    )  # fmt: skip
    assert png_stem(view) == "001-000042_r2"
    assert png_stem(BadgeView(**{**view.__dict__, "student_no": " / "})) == "001-000042_r2"


def test_a_painter_kept_for_a_run_draws_what_a_fresh_one_draws(engine: Engine) -> None:
    """write_pngs keeps one BadgePainter (and its remembered text fits) for all its badges."""
    for name in ("欧阳娜娜", LATIN_35, "张三"):
        add_person(engine, name, university="北京大学")
    views = BadgeService(engine).select()
    layout, style = preset("a4-90x54"), BadgeStyle()
    kept = BadgePainter(layout, "中山企业双选会", style, E_BADGE_DPI)
    for view in views * 2:
        fresh = render_badge(view, layout, title="中山企业双选会", style=style, dpi=E_BADGE_DPI)
        again = render_badge(
            view, layout, title="中山企业双选会", style=style, dpi=E_BADGE_DPI, painter=kept
        )
        assert again == fresh  # QImage equality: every pixel


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="0123456789", min_size=39, max_size=39))
def test_qr_modules_of_any_badge_length_code_read_back_as_version_2(code: str) -> None:
    """zxing-cpp encodes the modules (20x faster than `qrcode`; its mask choice may differ):
    a badge-length code stays a 25 x 25 (version 2) symbol that reads back as the code."""
    from fairdesk.render.badge_render import qr_matrix

    matrix = qr_matrix(code)
    assert len(matrix) == 25 and all(len(row) == 25 for row in matrix)
    scale, quiet = 4, 4
    size = (25 + 2 * quiet) * scale
    image = Image.new("L", (size, size), 255)
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                x, y = (c + quiet) * scale, (r + quiet) * scale
                image.paste(0, (x, y, x + scale, y + scale))
    found = zxingcpp.read_barcodes(image)
    assert [b.text for b in found] == [code]
    assert found[0].ec_level == "M"
