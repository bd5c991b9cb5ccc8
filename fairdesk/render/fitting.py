"""Text fitted into a box on a printed page: the floor map's booths and index, the booth signs.

`Units` turns millimetres and points into the device's pixels (a PDF writer at 300 dpi, a
printer at whatever it reports), so one drawing serves both. `draw_fitted` draws text at the
largest size that fits a box, wrapping between ideographs when it must, never below a floor.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from fairdesk.render.badge_fonts import badge_font, printable


@dataclass(frozen=True)
class Units:
    """Device units of one painter: `dpi` pixels per inch."""

    dpi: float

    @classmethod
    def of(cls, painter: QPainter) -> Units:
        return cls(float(painter.device().logicalDpiX()))

    def mm(self, value: float) -> float:
        return value / 25.4 * self.dpi

    def pt_for(self, pixels: float) -> float:
        """The point size whose em is `pixels` high."""
        return pixels * 72.0 / self.dpi


def draw_text(p: QPainter, box: QRectF, text: str, font: QFont, color: QColor,
              flags: int = int(Qt.AlignmentFlag.AlignLeft)) -> None:  # fmt: skip
    p.setFont(font)
    p.setPen(color)
    p.drawText(box, flags, text)


def fitted_font(p: QPainter, box: QRectF, text: str, largest: float, smallest: float, *,
                bold: bool = False, wrap: bool = True) -> tuple[QFont, int]:  # fmt: skip
    """The font (and wrap flags) at the largest point size in [smallest, largest] at which
    `text` fits `box`: on one line first, then wrapped between words, then anywhere."""
    device = p.device()
    size = largest
    words, anywhere = int(Qt.TextFlag.TextWordWrap), int(Qt.TextFlag.TextWrapAnywhere)
    tries = [0, words, words | anywhere] if wrap else [0]
    while True:
        font = badge_font(round(size, 2), bold=bold)
        metrics = QFontMetricsF(font, device)
        for flags in tries:
            need = metrics.boundingRect(box, flags, text)
            if need.width() <= box.width() + 0.5 and need.height() <= box.height() + 0.5:
                return font, flags
        if size <= smallest:
            return font, tries[-1]
        size = max(smallest, size * 0.9)


def draw_fitted(p: QPainter, box: QRectF, text: str, largest: float, smallest: float, *,
                color: QColor, bold: bool = False, wrap: bool = True,
                align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter) -> None:  # fmt: skip
    """`text` (undrawable characters as 〓) at the size that fits `box`, aligned in it."""
    shown = printable(text, bold=bold)
    font, flags = fitted_font(p, box, shown, largest, smallest, bold=bold, wrap=wrap)
    draw_text(p, box, shown, font, color, flags | int(align))
