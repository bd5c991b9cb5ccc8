"""Booth PIN slips: one per company, four to an A4 page with dashed cut lines.

Each slip carries the fair's name, the company, its booth code, the PIN in large digits and the
booth station's steps to open the booth, Chinese first and English under it (the slip goes in
the recruiters' badge envelope, whoever reads it). Text stays text in the bundled CJK font, so
the PDF's text layer holds every name, booth code and PIN (tests read it back with pypdf); a
character no font can draw prints as 〓, as on the badges.

The file appears whole or not at all (written to FILE.part, then renamed).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLineF, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
)

from fairdesk.core.company_codes import company_code
from fairdesk.core.messages import Message, message
from fairdesk.errors import UserError
from fairdesk.render.badge_fonts import badge_font, printable, register_fonts
from fairdesk.render.badge_render import draw_qr
from fairdesk.render.pages import page_chunks, page_count, painter_on
from fairdesk.render.pdf_file import write_pdf_file
from fairdesk.services.booth.pins import PinSlip

logger = logging.getLogger(__name__)

DPI = 300
PAGE_W, PAGE_H = 210.0, 297.0  # A4, mm
MARGIN_X, MARGIN_Y = 12.0, 10.0
PER_PAGE = 4
PAD = 5.0
LEFT_W = 72.0  # company, booth and PIN; the steps take the rest
QR_MM = 24.0  # the employer check-in code, top right
INK, GREY, CUT = QColor("#111111"), QColor("#555555"), QColor("#888888")

CHECK_IN = message("slips.check_in", "Scan at check-in", "企业签到时扫码")
NO_SLIPS = message("slips.none", "No PIN slips to write.", "没有需要打印的 PIN 纸条。")
CANNOT_WRITE = message("slips.cannot_write", "Cannot write {path}: {reason}",
                       "无法写入 {path}：{reason}")  # fmt: skip
HEADING = message("slips.heading", "Booth PIN", "展位 PIN")
BOOTH = message("slips.booth", "Booth", "展位")
NO_BOOTH = message("slips.no_booth", "no booth yet", "尚未分配展位")
HOW_TO = message("slips.how_to", "How to open the booth", "如何进入展位")
STEPS: tuple[Message, ...] = (
    message(
        "slips.step_open",
        "Open FairDesk on the booth laptop and choose “Company booth”.",
        "在展位电脑上打开 FairDesk，选择“企业展位”。",
    ),
    message(
        "slips.step_choose",
        "Find your company (type part of its name or the booth number) and press Enter.",
        "找到贵公司（可输入名称的一部分或展位号筛选），按回车。",
    ),
    message(
        "slips.step_pin",
        "Type the PIN on this slip and press Enter.",
        "输入本纸条上的 PIN，按回车。",
    ),
    message(
        "slips.step_lock",
        "Press Ctrl+L to lock when you leave; it locks itself after a few idle minutes.",
        "离开展位时按 Ctrl+L 锁定；无人操作几分钟后也会自动锁定。",
    ),
)
KEEP = message(
    "slips.keep",
    "Keep this PIN within your team. Lost it? The organiser can set a new one.",
    "请仅在贵公司团队内使用此 PIN。如遗失，请联系主办方重新设置。",
)


@dataclass(frozen=True)
class SlipFile:
    """What was written: slips, pages and the file."""

    slips: int
    pages: int
    path: Path

    def summary(self) -> str:
        return f"wrote {self.slips} PIN slips on {self.pages} pages to {self.path}"


def pages_for(count: int) -> int:
    return -(-count // PER_PAGE)


def _px(mm: float) -> float:
    return mm / 25.4 * DPI


def _font(size: float, *, bold: bool = False) -> QFont:
    return badge_font(size, bold=bold)


class _SlipPainter:
    """Draws slips on one painter, top to bottom of each slip's box."""

    def __init__(self, painter: QPainter, title: str) -> None:
        self.p = painter
        self.title = printable(title)

    def text(self, box: QRectF, text: str, font: QFont, color: QColor, flags: int = 0) -> float:
        """Draw `text` wrapped into `box`; returns the height it took."""
        self.p.setFont(font)
        self.p.setPen(color)
        wrap = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | flags
        used = self.p.boundingRect(box, wrap, text)
        self.p.drawText(box, wrap, text)
        return used.height()

    def fitted(self, box: QRectF, text: str, size: float, *, bold: bool) -> float:
        """`text` on one line at the largest size ≤ `size` down to 70 % of it that fits `box`;
        else wrapped between words (and ideographs), and only as a last resort anywhere."""
        single = size
        while single >= size * 0.7:
            font = _font(single, bold=bold)
            if QFontMetricsF(font, self.p.device()).horizontalAdvance(text) <= box.width():
                return self.text(box, text, font, INK)
            single -= 0.5
        for anywhere, smallest in ((False, size * 0.6), (True, 6.0)):  # words, then any break
            flags = int(Qt.TextFlag.TextWrapAnywhere) if anywhere else 0
            for step in range(int((size - smallest) * 2) + 1):
                font = _font(size - step / 2, bold=bold)
                metrics = QFontMetricsF(font, self.p.device())
                need = metrics.boundingRect(box, flags | int(Qt.TextFlag.TextWordWrap), text)
                if need.height() <= box.height() and need.width() <= box.width():
                    return self.text(box, text, font, INK, flags)
        return self.text(box, text, _font(6.0, bold=bold), INK, int(Qt.TextFlag.TextWrapAnywhere))

    def draw(self, slip: PinSlip, box: QRectF) -> None:
        x, y = box.x() + _px(PAD), box.y() + _px(PAD)
        inner_w = box.width() - 2 * _px(PAD)
        head = f"{self.title} · {HEADING().render('zh_CN')} {HEADING().render('en')}"
        y += self.text(QRectF(x, y, inner_w, _px(6)), head, _font(8), GREY)
        top = y + _px(1.5)
        left = QRectF(x, top, _px(LEFT_W) - _px(PAD), box.bottom() - _px(PAD) - top)
        self._left(slip, left)
        right_x = box.x() + _px(LEFT_W) + _px(2)
        qr_x = box.right() - _px(PAD) - _px(QR_MM)
        right = QRectF(right_x, top, qr_x - _px(3) - right_x, left.height())
        self._steps(right)
        # the company's check-in code: the desk scans it when the recruiters arrive
        draw_qr(self.p, company_code(slip.company_id), QRectF(qr_x, top, _px(QR_MM), _px(QR_MM)))
        label = QRectF(qr_x + _px(1.5), top + _px(QR_MM), _px(QR_MM), _px(8))
        self.text(label, CHECK_IN().render("zh_CN"), _font(7), GREY)

    def _left(self, slip: PinSlip, box: QRectF) -> None:
        y = box.y()
        y += self.fitted(QRectF(box.x(), y, box.width(), _px(15)), printable(slip.name, bold=True),
                         15, bold=True)  # fmt: skip
        y += _px(2)
        booth_label = f"{BOOTH().render('zh_CN')} {BOOTH().render('en')}"
        y += self.text(QRectF(box.x(), y, box.width(), _px(5)), booth_label, _font(8), GREY)
        code = slip.booth_code or f"({NO_BOOTH().render('zh_CN')} / {NO_BOOTH().render('en')})"
        size = 20 if slip.booth_code else 10
        y += self.text(QRectF(box.x(), y, box.width(), _px(10)), code, _font(size, bold=True), INK)
        y += _px(1.5)
        y += self.text(QRectF(box.x(), y, box.width(), _px(5)), "PIN", _font(8), GREY)
        pin_font = _font(28, bold=True)
        pin_font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 118)
        self.text(QRectF(box.x(), y, box.width(), _px(14)), slip.pin, pin_font, INK)

    def _steps(self, box: QRectF) -> None:
        y, w = box.y(), box.width()
        heading = f"{HOW_TO().render('zh_CN')} · {HOW_TO().render('en')}"
        y += self.text(QRectF(box.x(), y, w, _px(6)), heading, _font(9.5, bold=True), INK)
        y += _px(1)
        for number, step in enumerate(STEPS, 1):
            y += self.text(QRectF(box.x(), y, w, _px(10)), f"{number}. {step().render('zh_CN')}",
                           _font(8.5), INK)  # fmt: skip
            y += self.text(QRectF(box.x() + _px(3.5), y, w - _px(3.5), _px(8)),
                           step().render("en"), _font(7), GREY)  # fmt: skip
            y += _px(0.8)
        y += _px(0.8)
        y += self.text(QRectF(box.x(), y, w, _px(8)), KEEP().render("zh_CN"), _font(7.5), INK)
        self.text(QRectF(box.x(), y, w, _px(8)), KEEP().render("en"), _font(6.5), GREY)


def slip_boxes() -> list[QRectF]:
    """Where the slips of one page go (device units)."""
    height = (PAGE_H - 2 * MARGIN_Y) / PER_PAGE
    return [
        QRectF(_px(MARGIN_X), _px(MARGIN_Y + i * height), _px(PAGE_W - 2 * MARGIN_X), _px(height))
        for i in range(PER_PAGE)
    ]


def _cut_lines(p: QPainter) -> None:
    pen = QPen(CUT, _px(0.25), Qt.PenStyle.DashLine)
    p.setPen(pen)
    height = (PAGE_H - 2 * MARGIN_Y) / PER_PAGE
    for i in range(PER_PAGE + 1):
        y = _px(MARGIN_Y + i * height)
        p.drawLine(QLineF(_px(4), y, _px(PAGE_W - 4), y))


def paint_slips(writer: QPagedPaintDevice, slips: Sequence[PinSlip], title: str) -> int:
    """Draw the slips on a PDF writer or a printer, whose resolution must be `DPI` (the slips
    are laid out in its pixels); returns the pages."""
    with painter_on(writer, antialias=True, failure="cannot start painting the PIN slips") as p:
        drawer = _SlipPainter(p, title)
        boxes = slip_boxes()
        for _start, page in page_chunks(writer, slips, PER_PAGE):
            _cut_lines(p)
            for box, slip in zip(boxes, page, strict=False):
                drawer.draw(slip, box)
    return page_count(slips, PER_PAGE)


def write_slips(slips: Sequence[PinSlip], path: Path, *, title: str) -> SlipFile:
    """A PDF of `slips`, four per A4 page, fonts embedded."""
    if not slips:
        raise UserError(NO_SLIPS())
    register_fonts()
    size = QPageSize(QPageSize.PageSizeId.A4)
    pages = write_pdf_file(
        path,
        lambda writer: paint_slips(writer, slips, title),
        title=f"{title} — booth PINs",
        page=QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)),
        dpi=DPI,
        texts=[title, *(s.name for s in slips)],
        cannot_write=lambda target, why: CANNOT_WRITE(path=target, reason=why),
    )
    logger.info("PIN slips: %d slips, %d pages, %s", len(slips), pages, path)
    return SlipFile(len(slips), pages, path)
