"""Drawing badges with QPainter: one badge, a page of badges, and the checks before printing.

The same drawing serves the PDF sheets (QPdfWriter), the printer (QPrinter, passed in by the UI),
the screen preview and the PNG e-badges (QImage), so what is previewed is what prints. Text stays
text in the bundled font (Qt embeds the subset it uses); the QR is a set of rectangles whose
edges fall on whole device dots. Only QtGui is used here: this module runs in worker threads and
headless commands as well as in the app.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import qrcode
import qrcode.constants
import qrcode.util
import zxingcpp
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPainter,
    QPen,
)

from fairdesk.core.badge_layout import (
    QUIET_ZONE_MODULES,
    BadgeRegions,
    Preset,
    Rect,
    badge_regions,
    crop_marks,
    dots_to_mm,
    mm_to_dots,
    slots,
)
from fairdesk.core.messages import Text, message
from fairdesk.core.vocabulary import DEGREES, Degree
from fairdesk.render.badge_fonts import (
    FittedText,
    MissingChar,
    badge_font,
    find_missing,
    fit_text,
    printable,
)
from fairdesk.render.pages import page_chunks, page_count, painter_on
from fairdesk.services.badges.service import BadgeView

logger = logging.getLogger(__name__)

#: Called with (badges done, badges in all).
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BadgeStyle:
    """What the organiser can change on the Badges screen."""

    show_title: bool = True
    show_university: bool = True
    show_degree_major: bool = True
    show_year: bool = True
    show_serial: bool = True
    accent: str = "#9E1B32"
    ink: str = "#1B1B1F"
    logo: Path | None = None
    language: str = "zh"  # degree and year words: zh | en | both


NO_GLYPH = message(
    "badges.no_glyph",
    "{name} ({university}): no available font has {chars}; the badge prints it as 〓 — write it"
    " in by hand",
    "{name}（{university}）：没有字体含有 {chars}；胸卡上印为 〓，请手写补上",
)


@dataclass(frozen=True)
class NameWarning:
    """A badge whose text has characters no available font can draw."""

    attendee_id: uuid.UUID
    name: str
    university: str
    missing: tuple[MissingChar, ...]

    @property
    def text(self) -> Text:
        chars = ", ".join(f"{m.codepoint} {m.char}" for m in self.missing)
        return NO_GLYPH(name=self.name, university=self.university, chars=chars)


def check_names(views: Sequence[BadgeView]) -> list[NameWarning]:
    """Badges whose name, university or major would print a box; run before printing."""
    found = []
    for v in views:
        missing = find_missing(v.name, bold=True)
        missing += [m for m in find_missing(v.university + v.major) if m not in missing]
        if missing:
            found.append(NameWarning(v.attendee_id, v.name, v.university, tuple(missing)))
    return found


def qr_matrix(code: str) -> list[list[bool]]:
    """The QR modules of a badge code (numeric mode, ECC M, no quiet zone).

    zxing-cpp's encoder gives the same version (2 for a badge code) and ECC level as the `qrcode`
    package in about a twentieth of the time (0.3 ms against 4–5 ms a badge); its mask choice
    may differ, which scanners do not care about (a test reads every symbol back). `qrcode`
    stays as the fallback for anything zxing-cpp refuses.
    """
    try:
        image = zxingcpp.create_barcode(code, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
        view = memoryview(image.to_image(scale=1, add_quiet_zones=False))  # type: ignore[arg-type]
    except (ValueError, RuntimeError):  # digits always encode; kept as a safety net
        return _qr_matrix_qrcode(code)
    rows, cols = view.shape or (0, 0)
    data = view.tobytes()
    return [[data[r * cols + c] == 0 for c in range(cols)] for r in range(rows)]


def _qr_matrix_qrcode(code: str) -> list[list[bool]]:
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    qr.add_data(qrcode.util.QRData(code, mode=qrcode.util.MODE_NUMBER))
    qr.make(fit=True)
    return [list(row) for row in qr.get_matrix()]


def draw_qr(p: QPainter, code: str, box: QRectF) -> None:
    """`code` as a QR code in `box` (its width), modules on whole device dots, quiet zone in."""
    matrix = qr_matrix(code)
    total = len(matrix) + 2 * QUIET_ZONE_MODULES
    module = max(1, int(box.width() // total))
    x0 = round(box.x() + (box.width() - module * total) / 2) + QUIET_ZONE_MODULES * module
    y0 = round(box.y()) + QUIET_ZONE_MODULES * module
    runs: list[QRectF] = []
    for r, row in enumerate(matrix):
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                runs.append(QRectF(x0 + start * module, y0 + r * module,
                                   (c - start) * module, module))  # fmt: skip
            c += 1
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("black"))
    p.drawRects(runs)  # one call: dark runs of each row, on whole device dots
    p.setBrush(Qt.BrushStyle.NoBrush)


def degree_major(view: BadgeView, language: str) -> str:
    words = Degree(view.degree).words if view.degree in DEGREES else None
    zh, en = (words.zh, words.en) if words is not None else ("", "")
    word = {"zh": zh, "en": en, "both": f"{zh} {en}".strip()}.get(language, zh)
    # The CJK font's middle dot is full width: it needs no spaces around it in Chinese.
    return (" · " if language == "en" else "·").join(part for part in (word, view.major) if part)


def year_text(view: BadgeView, language: str) -> str:
    if view.grad_year is None:
        return ""
    return f"Class of {view.grad_year}" if language == "en" else f"{view.grad_year}届"


class BadgePainter:
    """Draws badges of one layout and style on one device (resolution `dpi`)."""

    def __init__(self, layout: Preset, title: str, style: BadgeStyle, dpi: float) -> None:
        self.layout = layout
        self.title = title
        self.style = style
        self.dpi = dpi
        self.regions: BadgeRegions = badge_regions(layout)
        self._logo = QImage(str(style.logo)) if style.logo else QImage()
        self._accent = QColor(style.accent)
        self._ink = QColor(style.ink)
        self._grey = QColor("#4A4A52")
        # Fitted lines by (text, box size, size, bold, wrap): titles, universities and degrees
        # repeat badge after badge, and fitting measures the text at several sizes.
        self._fits: dict[tuple[str, float, float, float, bool, bool], FittedText] = {}

    def fit(self, text: str, box: QRectF, size_pt: float, *, bold: bool, wrap: bool) -> FittedText:
        """`fit_text` at this painter's dpi, remembered for the next badge (only the lines and
        the font of the answer are used: its box is where the first badge had it)."""
        key = (text, box.width(), box.height(), size_pt, bold, wrap)
        fitted = self._fits.get(key)
        if fitted is None:
            if len(self._fits) > 4096:  # a long run of different texts: start afresh
                self._fits.clear()
            fitted = self._fits[key] = fit_text(text, box, size_pt, bold=bold, wrap=wrap,
                                                dpi=self.dpi)  # fmt: skip
        return fitted

    def px(self, mm: float) -> float:
        return mm_to_dots(mm, round(self.dpi))

    def rect(self, r: Rect, origin: QPointF) -> QRectF:
        return QRectF(origin.x() + self.px(r.x), origin.y() + self.px(r.y), self.px(r.w),
                      self.px(r.h))  # fmt: skip

    def name_fit(self, view: BadgeView, origin: QPointF | None = None) -> FittedText:
        """Where the name goes and at what size (also what tests measure)."""
        region = self.regions.name
        box = self.rect(region.rect, origin or QPointF(0, 0))
        text = printable(view.name, bold=True)
        return fit_text(text, box, region.size_pt, bold=True, wrap=True, dpi=self.dpi)

    def draw(self, p: QPainter, view: BadgeView, origin: QPointF) -> None:
        """One badge with its top-left corner at `origin` (device units)."""
        g, s = self.regions, self.style
        if s.show_title:
            self._draw_title(p, origin)
        p.setPen(QPen(self._accent, self.px(0.45)))
        p.drawLine(
            QLineF(origin.x() + self.px(g.title.rect.x), origin.y() + self.px(g.rule_y),
                   origin.x() + self.px(g.title.rect.right), origin.y() + self.px(g.rule_y))
        )  # fmt: skip
        name = self.name_fit(view, origin)
        self._draw_lines(p, name, self.rect(g.name.rect, origin), self._ink)
        lines = (
            (s.show_university, g.university, view.university, True),
            (s.show_degree_major, g.degree_major, degree_major(view, s.language), False),
            (s.show_year, g.year, year_text(view, s.language), False),
        )
        for shown, region, text, strong in lines:
            if shown and text:
                box = self.rect(region.rect, origin)
                fitted = self.fit(printable(text), box, region.size_pt, bold=strong, wrap=False)
                colour = self._ink if strong else self._grey
                self._draw_lines(p, fitted, box, colour, elide=True)
        self._draw_qr(p, view.code, self.rect(g.qr, origin))
        if s.show_serial:
            box = self.rect(g.serial.rect, origin)
            p.setFont(badge_font(g.serial.size_pt))
            p.setPen(QColor("#5A5A62"))
            p.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                       view.short_serial)  # fmt: skip

    def _draw_title(self, p: QPainter, origin: QPointF) -> None:
        region = self.regions.title
        box = self.rect(region.rect, origin)
        if not self._logo.isNull():
            logo_box = self.rect(self.regions.logo, origin)
            scaled = self._logo.scaled(
                logo_box.size().toSize(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            top = logo_box.y() + (logo_box.height() - scaled.height()) / 2
            p.drawImage(QPointF(logo_box.x(), top), scaled)
            shift = scaled.width() + self.px(1.8)
            box.adjust(shift, 0, 0, 0)
        fitted = self.fit(printable(self.title), box, region.size_pt, bold=True, wrap=False)
        self._draw_lines(p, fitted, box, self._accent, elide=True)

    def _draw_lines(
        self, p: QPainter, fitted: FittedText, box: QRectF, colour: QColor, *, elide: bool = False
    ) -> None:
        p.setFont(fitted.font)
        p.setPen(colour)
        metrics = QFontMetricsF(fitted.font, p.device())
        top = box.y() + (box.height() - metrics.height() * len(fitted.lines)) / 2
        align = Qt.AlignmentFlag.AlignCenter if self.layout.portrait else Qt.AlignmentFlag.AlignLeft
        for i, line in enumerate(fitted.lines):
            text = (
                metrics.elidedText(line, Qt.TextElideMode.ElideRight, box.width())
                if elide
                else line
            )
            row = QRectF(box.x(), top + i * metrics.height(), box.width(), metrics.height())
            p.drawText(row, align | Qt.AlignmentFlag.AlignVCenter, text)

    def _draw_qr(self, p: QPainter, code: str, box: QRectF) -> None:
        draw_qr(p, code, box)

    def qr_module_mm(self, code: str) -> float:
        """Module size in mm as drawn (for tests and the screen's readout)."""
        total = len(qr_matrix(code)) + 2 * QUIET_ZONE_MODULES
        return dots_to_mm(max(1, int(self.px(self.regions.qr.w) // total)), round(self.dpi))


def paint_pages(
    device: QPagedPaintDevice,
    views: Sequence[BadgeView],
    layout: Preset,
    *,
    title: str,
    style: BadgeStyle,
    progress: Progress | None = None,
) -> int:
    """Draw `views` on `device`, `layout.per_page` per page with crop marks; returns pages."""
    if not views:
        return 0
    dpi = float(device.logicalDpiX())
    painter = BadgePainter(layout, title, style, dpi)
    cells = slots(layout)
    marks = crop_marks(layout)
    failure = "cannot start painting (is the printer or file available?)"
    with painter_on(device, antialias=False, failure=failure) as p:
        for start, page in page_chunks(device, views, layout.per_page):
            p.setPen(QPen(QColor("#333333"), painter.px(0.2)))
            for x1, y1, x2, y2 in marks:
                p.drawLine(QLineF(painter.px(x1), painter.px(y1), painter.px(x2), painter.px(y2)))
            for cell, view in zip(cells, page, strict=False):
                painter.draw(p, view, QPointF(painter.px(cell.x), painter.px(cell.y)))
            if progress is not None:
                progress(min(start + layout.per_page, len(views)), len(views))
    return page_count(views, layout.per_page)


def render_badge(
    view: BadgeView,
    layout: Preset,
    *,
    title: str,
    style: BadgeStyle,
    dpi: int = 300,
    image_format: QImage.Format = QImage.Format.Format_RGB32,
    painter: BadgePainter | None = None,
) -> QImage:
    """One badge as an image at `dpi` (preview and e-badges), white background.

    `painter`: one made for this layout, title, style and dpi, kept for a run of badges.
    """
    w, h = round(mm_to_dots(layout.badge_w, dpi)), round(mm_to_dots(layout.badge_h, dpi))
    image = QImage(w, h, image_format)
    dpm = round(dpi / 0.0254)
    image.setDotsPerMeterX(dpm)
    image.setDotsPerMeterY(dpm)
    image.fill(QColor("white"))
    p = QPainter(image)
    try:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        (painter or BadgePainter(layout, title, style, dpi)).draw(p, view, QPointF(0, 0))
    finally:
        p.end()
    return image
