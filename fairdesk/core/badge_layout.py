"""Badge geometry: the presets, where badges sit on a page, crop marks and the parts of a badge.

Everything is in millimetres with the origin at the top left of the page (or of the badge), so
the renderer only converts units. Badges on a sheet abut (one guillotine cut serves two badges)
and carry no bleed, so a cut a millimetre off never leaves a sliver of colour on a neighbour;
crop marks sit in the page margin on the extension of every cut line, never on a badge.

The QR code is drawn in whole printer dots (300 dpi): `qr_module_dots` picks the largest whole
number of dots per module that fits the QR box, so every module edge falls on a dot boundary.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

MM_PER_INCH = 25.4
POINTS_PER_INCH = 72.0
PRINT_DPI = 300
QUIET_ZONE_MODULES = 4
CROP_OFFSET_MM = 2.0  # gap between a badge edge and the start of its crop mark
CROP_LENGTH_MM = 5.0
CROP_MIN_MM = 1.5  # shorter marks are left out (the margin is too narrow)


@dataclass(frozen=True)
class Rect:
    """A rectangle in millimetres."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def contains(self, other: Rect, tolerance: float = 1e-6) -> bool:
        return (
            other.x >= self.x - tolerance
            and other.y >= self.y - tolerance
            and other.right <= self.right + tolerance
            and other.bottom <= self.bottom + tolerance
        )


@dataclass(frozen=True)
class Preset:
    """A badge size and how many go on one page of which size."""

    key: str
    label: str
    badge_w: float
    badge_h: float
    page_w: float
    page_h: float
    cols: int = 1
    rows: int = 1
    crop_marks: bool = False

    @property
    def per_page(self) -> int:
        return self.cols * self.rows

    @property
    def portrait(self) -> bool:
        return self.badge_h > self.badge_w


A4 = (210.0, 297.0)
PRESETS: dict[str, Preset] = {
    p.key: p
    for p in (
        Preset("a4-90x54", "90 × 54 mm, 10 per A4 sheet", 90, 54, *A4, 2, 5, crop_marks=True),
        Preset("a4-4x3", "4 × 3 in, 6 per A4 sheet", 101.6, 76.2, *A4, 2, 3, crop_marks=True),
        Preset("a6", "A6 card (105 × 148 mm)", 105, 148, 105, 148),
        Preset("label-62", "62 mm label roll, 100 mm long (Brother QL)", 100, 62, 100, 62),
    )
}
DEFAULT_PRESET = "a4-90x54"


def preset(key: str) -> Preset:
    """The preset called `key`; ValueError names the valid ones."""
    try:
        return PRESETS[key]
    except KeyError:
        raise ValueError(f"unknown badge layout {key!r}; use one of {', '.join(PRESETS)}") from None


def pages_needed(count: int, layout: Preset) -> int:
    return math.ceil(count / layout.per_page) if count > 0 else 0


def mm_to_points(mm: float) -> float:
    return mm / MM_PER_INCH * POINTS_PER_INCH


def mm_to_dots(mm: float, dpi: int = PRINT_DPI) -> float:
    return mm / MM_PER_INCH * dpi


def dots_to_mm(dots: float, dpi: int = PRINT_DPI) -> float:
    return dots * MM_PER_INCH / dpi


def slots(layout: Preset) -> list[Rect]:
    """Badge rectangles on one page, row by row, the block centred on the page."""
    block_w, block_h = layout.cols * layout.badge_w, layout.rows * layout.badge_h
    x0, y0 = (layout.page_w - block_w) / 2, (layout.page_h - block_h) / 2
    return [
        Rect(x0 + c * layout.badge_w, y0 + r * layout.badge_h, layout.badge_w, layout.badge_h)
        for r in range(layout.rows)
        for c in range(layout.cols)
    ]


Line = tuple[float, float, float, float]  # x1, y1, x2, y2 in mm


def crop_marks(layout: Preset) -> list[Line]:
    """Short lines in the margins on the extension of every cut line (none for one-up pages)."""
    if not layout.crop_marks:
        return []
    cells = slots(layout)
    left, top = cells[0].x, cells[0].y
    right, bottom = cells[-1].right, cells[-1].bottom
    lines: list[Line] = []
    v_len = min(CROP_LENGTH_MM, top - CROP_OFFSET_MM)
    h_len = min(CROP_LENGTH_MM, left - CROP_OFFSET_MM)
    if v_len >= CROP_MIN_MM:
        for c in range(layout.cols + 1):
            x = left + c * layout.badge_w
            lines.append((x, top - CROP_OFFSET_MM - v_len, x, top - CROP_OFFSET_MM))
            lines.append((x, bottom + CROP_OFFSET_MM, x, bottom + CROP_OFFSET_MM + v_len))
    if h_len >= CROP_MIN_MM:
        for r in range(layout.rows + 1):
            y = top + r * layout.badge_h
            lines.append((left - CROP_OFFSET_MM - h_len, y, left - CROP_OFFSET_MM, y))
            lines.append((right + CROP_OFFSET_MM, y, right + CROP_OFFSET_MM + h_len, y))
    return lines


@dataclass(frozen=True)
class Region:
    """Where one piece of content goes on a badge, and its largest type size in points."""

    rect: Rect
    size_pt: float


@dataclass(frozen=True)
class BadgeRegions:
    """The parts of one badge, relative to the badge's top-left corner."""

    title: Region
    logo: Rect
    rule_y: float
    name: Region
    university: Region
    degree_major: Region
    year: Region
    qr: Rect
    serial: Region


def _scaled(regions: BadgeRegions, sx: float, sy: float) -> BadgeRegions:
    s = min(sx, sy)

    def rect(r: Rect) -> Rect:
        return Rect(r.x * sx, r.y * sy, r.w * sx, r.h * sy)

    def region(g: Region) -> Region:
        return Region(rect(g.rect), g.size_pt * s)

    qr = regions.qr
    side = qr.w * s
    # The QR stays square, keeps its distance from the right edge and its top.
    qr_rect = Rect(qr.right * sx - side, qr.y * sy, side, side)
    serial = region(regions.serial)
    serial = replace(serial, rect=Rect(qr_rect.x, qr_rect.bottom, side, serial.rect.h))
    return BadgeRegions(
        title=region(regions.title),
        logo=Rect(regions.logo.x * sx, regions.logo.y * sy, regions.logo.w * s, regions.logo.h * s),
        rule_y=regions.rule_y * sy,
        name=region(regions.name),
        university=region(regions.university),
        degree_major=region(regions.degree_major),
        year=region(regions.year),
        qr=qr_rect,
        serial=serial,
    )


# 90 × 54 mm, the landscape template: text on the left, QR on the right.
_LANDSCAPE = BadgeRegions(
    title=Region(Rect(5.0, 4.2, 80.0, 5.2), 8.0),
    logo=Rect(5.0, 3.9, 5.8, 5.8),
    rule_y=11.0,
    name=Region(Rect(5.0, 14.5, 55.0, 15.5), 26.0),
    university=Region(Rect(5.0, 32.0, 55.0, 5.0), 10.5),
    degree_major=Region(Rect(5.0, 37.8, 55.0, 4.6), 8.5),
    year=Region(Rect(5.0, 43.0, 55.0, 4.6), 8.5),
    qr=Rect(62.0, 15.0, 23.0, 23.0),
    serial=Region(Rect(62.0, 38.0, 23.0, 4.0), 6.5),
)

# A6 (105 × 148 mm), the portrait template: everything centred, QR below.
_PORTRAIT = BadgeRegions(
    title=Region(Rect(9.0, 9.0, 87.0, 8.0), 12.0),
    logo=Rect(9.0, 8.0, 10.0, 10.0),
    rule_y=21.0,
    name=Region(Rect(9.0, 27.0, 87.0, 26.0), 40.0),
    university=Region(Rect(9.0, 56.0, 87.0, 8.0), 15.0),
    degree_major=Region(Rect(9.0, 64.5, 87.0, 7.0), 12.0),
    year=Region(Rect(9.0, 71.5, 87.0, 7.0), 12.0),
    qr=Rect(30.0, 84.0, 45.0, 45.0),
    serial=Region(Rect(30.0, 129.0, 45.0, 7.0), 10.0),
)


def badge_regions(layout: Preset) -> BadgeRegions:
    """The parts of a badge of `layout`'s size: a template scaled to the badge."""
    if layout.portrait:
        return _scaled(_PORTRAIT, layout.badge_w / 105.0, layout.badge_h / 148.0)
    return _scaled(_LANDSCAPE, layout.badge_w / 90.0, layout.badge_h / 54.0)


def qr_module_dots(box_mm: float, modules: int, dpi: int = PRINT_DPI) -> int:
    """Whole printer dots per QR module so that `modules` (quiet zone included) fit the box."""
    return max(1, int(mm_to_dots(box_mm, dpi) // modules))
