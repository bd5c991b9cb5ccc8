"""Booth signs: one A4 landscape page per booth with a company, to hang on the booth.

The booth code in large figures, the company's name under it, then the positions offered
(title, minimum degree, headcount) each with the majors it wants. The positions shrink to fit
the page down to a readable size; the ones that still do not fit are counted ("另有 3 个岗位").
Text stays text in the bundled CJK font (the text layer holds codes, names and titles).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLineF, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
)

from fairdesk.core.messages import Message, message
from fairdesk.errors import UserError
from fairdesk.render.badge_fonts import badge_font, printable, register_fonts
from fairdesk.render.fitting import Units, draw_fitted, draw_text
from fairdesk.render.pages import painter_on
from fairdesk.render.pdf_file import write_pdf_file
from fairdesk.services.printouts.signs import BoothSign, SignPosition, SignSet

logger = logging.getLogger(__name__)

LEFT_MID = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT_MID = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

DPI = 300
MARGIN = 14.0  # mm
INK, GREY, ACCENT = QColor("#111111"), QColor("#555555"), QColor("#1f4e8c")
LARGEST_ROW_PT, SMALLEST_ROW_PT = 18.0, 10.0

NO_SIGNS = message(
    "signs.none",
    "No booth has a company yet: assign booths in the floor plan first.",
    "还没有分配给企业的展位：请先在平面图中分配展位。",
)
CANNOT_WRITE = message("signs.cannot_write", "Cannot write {path}: {reason}",
                       "无法写入 {path}：{reason}")  # fmt: skip
BOOTH = message("signs.booth", "Booth", "展位")
POSITIONS = message("signs.positions", "Positions", "招聘岗位")
DEGREE = message("signs.degree", "Degree", "学历要求")
HEADCOUNT = message("signs.headcount", "Openings", "人数")
MAJORS = message("signs.majors", "Majors", "专业")
ANY_DEGREE = message("signs.any_degree", "Any", "不限")
NO_POSITIONS = message("signs.no_positions", "Positions to be announced at the booth",
                       "岗位信息请到展位咨询")  # fmt: skip
MORE = message("signs.more", "… and {n} more positions at the booth",
               "……另有 {n} 个岗位，请到展位咨询")  # fmt: skip


@dataclass(frozen=True)
class SignFile:
    signs: int
    path: Path

    def summary(self) -> str:
        return f"wrote {self.signs} booth signs to {self.path}"


def page_layout() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                       QMarginsF(0, 0, 0, 0))  # fmt: skip


def _words(m: Message) -> str:
    return f"{m().render('zh_CN')} {m().render('en')}"


class _SignPainter:
    def __init__(self, p: QPainter, title: str) -> None:
        self.p, self.u, self.title = p, Units.of(p), printable(title)
        device = p.device()
        m = self.u.mm(MARGIN)
        self.inner = QRectF(m, m, device.width() - 2 * m, device.height() - 2 * m)

    def draw(self, sign: BoothSign) -> None:
        p, u, box = self.p, self.u, self.inner
        top = QRectF(box.x(), box.y(), box.width(), u.mm(7))
        draw_text(p, top, self.title, badge_font(11), GREY, int(Qt.AlignmentFlag.AlignLeft))
        where = " · ".join(x for x in (printable(sign.hall), _words(BOOTH)) if x)
        draw_text(p, top, where, badge_font(11), GREY, int(Qt.AlignmentFlag.AlignRight))
        y = box.y() + u.mm(8)
        code_box = QRectF(box.x(), y, box.width(), u.mm(52))
        draw_fitted(p, code_box, sign.code, 150, 40, color=ACCENT, bold=True, wrap=False)
        y += u.mm(54)
        name_box = QRectF(box.x(), y, box.width(), u.mm(30))
        draw_fitted(p, name_box, sign.company, 44, 18, color=INK, bold=True)
        y += u.mm(32)
        p.setPen(QPen(GREY, u.mm(0.4)))
        p.drawLine(QLineF(box.x(), y, box.right(), y))
        self._positions(sign.positions, QRectF(box.x(), y + u.mm(3), box.width(),
                                               box.bottom() - y - u.mm(3)))  # fmt: skip

    def _positions(self, positions: tuple[SignPosition, ...], area: QRectF) -> None:
        p, u = self.p, self.u
        if not positions:
            draw_fitted(p, area, NO_POSITIONS().render(), 24, 12, color=GREY)
            return
        size, shown = self._row_size(positions, area)
        line = QFontMetricsF(badge_font(size), p.device()).height()
        cols = (0.0, 0.58, 0.82)  # title | degree | openings
        head_font = badge_font(size * 0.75, bold=True)
        y = area.y()
        for x, word in zip(cols, (POSITIONS, DEGREE, HEADCOUNT), strict=True):
            draw_text(p, QRectF(area.x() + area.width() * x, y, area.width() * 0.4, line),
                      word().render(), head_font, GREY)  # fmt: skip
        y += line
        for job in positions[:shown]:
            cells = (job.title, job.degree or ANY_DEGREE().render(),
                     "" if job.headcount is None else str(job.headcount))  # fmt: skip
            for i, (x, text) in enumerate(zip(cols, cells, strict=True)):
                right = cols[i + 1] if i + 1 < len(cols) else 1.0
                cell = QRectF(area.x() + area.width() * x, y,
                              area.width() * (right - x) - u.mm(2), line)  # fmt: skip
                draw_fitted(p, cell, text, size, size * 0.6, color=INK, bold=i == 0, wrap=False,
                            align=LEFT_MID)  # fmt: skip
            y += line
            if job.majors:
                cell = QRectF(area.x() + u.mm(4), y, area.width() - u.mm(4), line * 0.8)
                majors = f"{MAJORS().render()}：{job.majors}"
                draw_fitted(p, cell, majors, size * 0.72, size * 0.5, color=GREY, wrap=False,
                            align=LEFT_MID)  # fmt: skip
                y += line * 0.8
            y += line * 0.2
        if shown < len(positions):
            draw_text(p, QRectF(area.x(), y, area.width(), line), MORE(n=len(positions) - shown)
                      .render(), badge_font(size * 0.75), GREY)  # fmt: skip

    def _row_size(self, positions: tuple[SignPosition, ...], area: QRectF) -> tuple[float, int]:
        """The largest row size at which every position fits; else the smallest and how many."""
        size = LARGEST_ROW_PT
        while True:
            line = QFontMetricsF(badge_font(size), self.p.device()).height()
            room = area.height() - line  # the column headings
            need = [line * 1.2 + (line * 0.8 if job.majors else 0) for job in positions]
            if sum(need) <= room or size <= SMALLEST_ROW_PT:
                break
            size = max(SMALLEST_ROW_PT, size - 1)
        if sum(need) <= room:
            return size, len(positions)
        shown, used = 0, 0.0
        for height in need:  # keep a line for "… and N more"
            if used + height > room - line:
                break
            used += height
            shown += 1
        return size, shown


def paint_signs(device: QPagedPaintDevice, data: SignSet) -> int:
    """One sign per page on `device` (A4 landscape set); returns pages."""
    if not data.signs:
        raise UserError(NO_SIGNS())
    with painter_on(device, antialias=True, failure="cannot start painting booth signs") as p:
        drawer = _SignPainter(p, data.title)
        for i, sign in enumerate(data.signs):
            if i:
                device.newPage()
            drawer.draw(sign)
    return len(data.signs)


def write_signs(data: SignSet, path: Path) -> SignFile:
    """The booth signs PDF at `path`."""
    if not data.signs:
        raise UserError(NO_SIGNS())
    register_fonts()
    pages = write_pdf_file(
        path,
        lambda writer: paint_signs(writer, data),
        title=f"{data.title} — booth signs",
        page=page_layout(),
        dpi=DPI,
        texts=data.texts(),
        cannot_write=lambda target, why: CANNOT_WRITE(path=target, reason=why),
    )
    logger.info("booth signs: %d pages, %s", pages, path)
    return SignFile(pages, path)
