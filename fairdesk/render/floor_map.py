"""The floor map: one landscape page per hall (A3 or A4), then the company index.

Booths are rectangles with their code and the company's short name; aisles are grey bands (the
main aisle darker), labels are framed text. Everything is vector and text stays text in the
bundled CJK font, so the PDF's text layer holds every booth code and company name (tests read
it back). The index lists every company with a booth in pinyin order (华为 among the H's) under
its letter, with its booth codes: beside the map when the fair has one hall and the index fits
there, else on the pages after the halls, in columns.

`paint_floor_map(device, data)` draws on any paged device (a PDF writer, the print dialog's
printer); `write_floor_map` writes the PDF whole or not at all.
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
from fairdesk.services.printouts.floor_map import FloorMap, HallMap, IndexEntry

logger = logging.getLogger(__name__)

LEFT_MID = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT_MID = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

DPI = 300
PAPERS = {"A3": QPageSize.PageSizeId.A3, "A4": QPageSize.PageSizeId.A4}
MARGIN, HEADER = 10.0, 14.0  # mm
INK, GREY, LINE = QColor("#111111"), QColor("#666666"), QColor("#333333")
TAKEN, FREE = QColor("#e8f0fb"), QColor("#ffffff")
AISLE, MAIN_AISLE = QColor("#ececec"), QColor("#d4d4d4")

NO_BOOTHS = message(
    "floor_map.no_booths",
    "There are no booths to draw yet: make a booth grid in the floor plan first.",
    "还没有可绘制的展位：请先在平面图中生成展位。",
)
NO_HALL = message("floor_map.no_hall", "No hall called “{hall}”.", "没有名为“{hall}”的展馆。")
BAD_PAPER = message("floor_map.paper", "Paper is A3 or A4, not {paper}.",
                    "纸张只能是 A3 或 A4，不能是 {paper}。")  # fmt: skip
CANNOT_WRITE = message("floor_map.cannot_write", "Cannot write {path}: {reason}",
                       "无法写入 {path}：{reason}")  # fmt: skip
MAP_WORD = message("floor_map.heading", "Floor map", "展位平面图")
INDEX_WORD = message("floor_map.index", "Company index", "参会单位索引")
UNNAMED_HALL = message("floor_map.unnamed_hall", "Hall", "展馆")


@dataclass(frozen=True)
class MapFile:
    pages: int
    path: Path

    def summary(self) -> str:
        return f"wrote the floor map on {self.pages} pages to {self.path}"


def page_layout(paper: str) -> QPageLayout:
    """A3 or A4 landscape, no margins (the map keeps its own)."""
    if paper not in PAPERS:
        raise UserError(BAD_PAPER(paper=paper))
    return QPageLayout(QPageSize(PAPERS[paper]), QPageLayout.Orientation.Landscape,
                       QMarginsF(0, 0, 0, 0))  # fmt: skip


def _both(m: Message) -> str:
    return f"{m().render('zh_CN')} {m().render('en')}"


class _MapPainter:
    def __init__(self, p: QPainter, data: FloorMap) -> None:
        self.p, self.data, self.u = p, data, Units.of(p)
        device = p.device()
        self.page = QRectF(0, 0, device.width(), device.height())
        self.inner = self.page.adjusted(*(self.u.mm(MARGIN),) * 2, *(-self.u.mm(MARGIN),) * 2)
        self.line_pt = 8.0 if self.page.width() < self.u.mm(400) else 9.0

    # -- header --------------------------------------------------------------------------

    def header(self, subtitle: str) -> QRectF:
        """Draws the title line; returns the rect left below it."""
        u, box = self.u, self.inner
        title = printable(f"{self.data.title} · {subtitle}", bold=True)
        draw_text(self.p, QRectF(box.x(), box.y(), box.width() * 0.75, u.mm(9)), title,
                  badge_font(16, bold=True), INK, int(Qt.AlignmentFlag.AlignLeft))  # fmt: skip
        right = printable(self.data.venue)
        draw_text(self.p, QRectF(box.x() + box.width() * 0.75, box.y(), box.width() * 0.25,
                                 u.mm(9)), right, badge_font(10), GREY,
                  int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))  # fmt: skip
        self.p.setPen(QPen(LINE, u.mm(0.3)))
        y = box.y() + u.mm(HEADER - 3)
        self.p.drawLine(QLineF(box.x(), y, box.right(), y))
        return QRectF(box.x(), box.y() + u.mm(HEADER), box.width(), box.height() - u.mm(HEADER))

    # -- a hall --------------------------------------------------------------------------

    def hall(self, hall: HallMap, area: QRectF) -> None:
        left, top, right, bottom = hall.bounds()
        width, height = max(right - left, 1.0), max(bottom - top, 1.0)
        scale = min(area.width() / width, area.height() / height)
        ox = area.x() + (area.width() - width * scale) / 2 - left * scale
        oy = area.y() + (area.height() - height * scale) / 2 - top * scale

        def rect(x: float, y: float, w: float, h: float) -> QRectF:
            return QRectF(ox + x * scale, oy + y * scale, w * scale, h * scale)

        p, u = self.p, self.u
        for item in hall.items:
            box = rect(item.x, item.y, item.width, item.height)
            if item.kind == "aisle":
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(MAIN_AISLE if item.main else AISLE)
                p.drawRect(box)
                if item.text:
                    draw_fitted(p, box, item.text, 12, 4, color=GREY, wrap=False)
            else:
                p.setPen(QPen(GREY, u.mm(0.25), Qt.PenStyle.DashLine))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(box)
                draw_fitted(p, box.adjusted(*(u.mm(0.5),) * 2, *(-u.mm(0.5),) * 2), item.text,
                            14, 4, color=INK, bold=True)  # fmt: skip
        gap = min(scale * 0.04, u.mm(0.6))
        for b in hall.booths:
            box = rect(b.x, b.y, b.width, b.height).adjusted(gap, gap, -gap, -gap)
            style = Qt.PenStyle.SolidLine if b.placed else Qt.PenStyle.DashLine
            p.setPen(QPen(LINE, u.mm(0.25), style))
            p.setBrush(TAKEN if b.company else FREE)
            p.drawRect(box)
            pad = min(box.width(), box.height()) * 0.06
            inner = box.adjusted(pad, pad, -pad, -pad)
            code_h = inner.height() * (0.34 if b.company else 0.6)
            code_pt = max(3.0, min(u.pt_for(code_h * 0.8), 16.0))
            code_box = QRectF(inner.x(), inner.y(), inner.width(), code_h)
            align = Qt.AlignmentFlag.AlignHCenter | (
                Qt.AlignmentFlag.AlignTop if b.company else Qt.AlignmentFlag.AlignVCenter
            )
            if not b.company:
                code_box = inner
            draw_fitted(p, code_box, b.code, code_pt, 2.5, color=INK if b.company else GREY,
                        bold=True, wrap=False, align=align)  # fmt: skip
            if b.company:
                name_box = QRectF(inner.x(), inner.y() + code_h, inner.width(),
                                  inner.height() - code_h)  # fmt: skip
                draw_fitted(p, name_box, b.short, min(code_pt * 0.8, 11.0), 2.0, color=INK)

    # -- the index -----------------------------------------------------------------------

    def index_lines(self) -> list[tuple[str, IndexEntry | None]]:
        lines: list[tuple[str, IndexEntry | None]] = []
        for entry in self.data.index:
            if not lines or lines[-1][0] != entry.letter:
                lines.append((entry.letter, None))
            lines.append((entry.letter, entry))
        return [(letter, e) for letter, e in lines]

    def line_height(self) -> float:
        return QFontMetricsF(badge_font(self.line_pt), self.p.device()).height() * 1.15

    def capacity(self, area: QRectF, columns: int, *, heading: bool = True) -> int:
        heading_h = self.line_height() * 1.6 if heading else 0.0
        return columns * max(1, int((area.height() - heading_h) / self.line_height()))

    def index_page(self, area: QRectF, lines: list[tuple[str, IndexEntry | None]],
                   columns: int, *, heading: bool) -> None:  # fmt: skip
        p, u, lh = self.p, self.u, self.line_height()
        if heading:  # beside a map; a page of its own says it in its title
            draw_text(p, QRectF(area.x(), area.y(), area.width(), lh * 1.4), _both(INDEX_WORD),
                      badge_font(self.line_pt * 1.3, bold=True), INK)  # fmt: skip
        top = area.y() + (lh * 1.6 if heading else 0)
        per_column = max(1, int((area.bottom() - top) / lh))
        col_w = (area.width() - u.mm(4) * (columns - 1)) / columns
        for i, (letter, entry) in enumerate(lines):
            column, row = divmod(i, per_column)
            x, y = area.x() + column * (col_w + u.mm(4)), top + row * lh
            if entry is None:
                draw_text(p, QRectF(x, y, col_w, lh), letter,
                          badge_font(self.line_pt, bold=True), INK)  # fmt: skip
                p.setPen(QPen(GREY, u.mm(0.15)))
                p.drawLine(QLineF(x, y + lh * 0.95, x + col_w, y + lh * 0.95))
                continue
            codes = "、".join(entry.booths)
            code_font = badge_font(self.line_pt, bold=True)
            code_w = min(QFontMetricsF(code_font, p.device()).horizontalAdvance(codes) + u.mm(1),
                         col_w * 0.45)  # fmt: skip
            draw_fitted(p, QRectF(x + col_w - code_w, y, code_w, lh), codes, self.line_pt,
                        self.line_pt * 0.5, color=INK, bold=True, wrap=False,
                        align=RIGHT_MID)  # fmt: skip
            draw_fitted(p, QRectF(x + u.mm(2), y, col_w - code_w - u.mm(3), lh), entry.company,
                        self.line_pt, self.line_pt * 0.5, color=INK, wrap=False,
                        align=LEFT_MID)  # fmt: skip


def _columns(page_w_mm: float) -> int:
    return 5 if page_w_mm > 400 else 4


def paint_floor_map(device: QPagedPaintDevice, data: FloorMap) -> int:
    """Draw every hall's page and the index on `device` (its page layout set); returns pages."""
    if not data.halls or not any(h.booths for h in data.halls):
        raise UserError(NO_BOOTHS())
    pages = 0
    with painter_on(device, antialias=True, failure="cannot start painting the floor map") as p:
        m = _MapPainter(p, data)
        lines = m.index_lines()
        side_w = m.inner.width() * 0.3
        side = QRectF(m.inner.right() - side_w, m.inner.y() + m.u.mm(HEADER), side_w,
                      m.inner.height() - m.u.mm(HEADER))  # fmt: skip
        side_columns = 1 if len(lines) <= m.capacity(side, 1) else 2
        beside = len(data.halls) == 1 and len(lines) <= m.capacity(side, side_columns)
        for hall in data.halls:
            if pages:
                device.newPage()
            name = hall.hall or UNNAMED_HALL().render()
            area = m.header(f"{name} · {MAP_WORD().render()}")
            if beside:
                area.setWidth(area.width() - side_w - m.u.mm(6))
                m.index_page(side, lines, side_columns, heading=True)
            m.hall(hall, area)
            pages += 1
        if beside or not lines:
            return pages
        columns = _columns(m.page.width() / m.u.mm(1))
        while lines:
            device.newPage()
            area = m.header(_both(INDEX_WORD))
            room = m.capacity(area, columns, heading=False)
            m.index_page(area, lines[:room], columns, heading=False)
            lines = lines[room:]
            pages += 1
    return pages


def write_floor_map(data: FloorMap, path: Path, *, paper: str = "A3") -> MapFile:
    """The floor map PDF at `path`, on A3 or A4 landscape."""
    layout = page_layout(paper)
    if not data.halls or not any(h.booths for h in data.halls):
        raise UserError(NO_BOOTHS())
    register_fonts()
    pages = write_pdf_file(
        path,
        lambda writer: paint_floor_map(writer, data),
        title=f"{data.title} — {MAP_WORD().render()}",
        page=layout,
        dpi=DPI,
        texts=data.texts(),
        cannot_write=lambda target, why: CANNOT_WRITE(path=target, reason=why),
    )
    logger.info("floor map: %d halls, %d pages, %s", len(data.halls), pages, path)
    return MapFile(pages, path)
