"""The floor plan's graphics items: one `BoothItem` per booth, one `DecorItem` per aisle or label.

Each item keeps the plain view it draws (`BoothView`, `ItemView`) and paints from it alone — no
query while painting — with Qt's device-coordinate cache, so a plan of 1,000 booths repaints from
cached pixmaps and a drop redraws only the booths it changed (`set_view`). Booths are coloured by
sector (a fixed pastel palette, the same sector always the same colour), free booths are white;
a booth whose company's people have arrived (employer check-in) gets a thick green outline and a
dot, a locked booth a small padlock.
"""

from __future__ import annotations

import zlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from fairdesk.core.company_names import short_name

if TYPE_CHECKING:
    from fairdesk.services.floorplan.plan import BoothView, ItemView

SCALE = 60.0  # scene pixels per floor unit (one standard booth is 60 × 60)
PALETTE = (
    "#f6c9a8", "#b9d7f0", "#c8e6b5", "#f3e09a", "#dcc6ec", "#f5b8c4",
    "#a9e0da", "#e8d3b9", "#c4cbf2", "#e9f0a8", "#f0c1e4", "#b8e2f2",
)  # fmt: skip
FREE = QColor("#ffffff")
ARRIVED = QColor("#1f9d3f")
EDGE = QColor("#5b6470")
HOVER = QColor("#2a6fdb")
AISLE, MAIN_AISLE = QColor("#eef0f3"), QColor("#d9e4f5")

ROLE_BOOTH, ROLE_DECOR = 1, 2  # data(0) of each item, to tell them apart in a hit test


def sector_colour(sector: str) -> QColor:
    """The sector's colour: the same sector name always gives the same colour."""
    if not sector.strip():
        return QColor("#e4e7eb")
    return QColor(PALETTE[zlib.crc32(sector.strip().encode("utf-8")) % len(PALETTE)])


def _font(pixels: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(6, round(pixels)))
    font.setBold(bold)
    return font


CODE_FONT, NAME_FONT, DECOR_FONT = _font(13, bold=True), _font(11), _font(14, bold=True)
_NAME_METRICS = QFontMetricsF(NAME_FONT)


# The bounding rectangle is QGraphicsRectItem's (computed in C++ from the rectangle and this
# invisible pen, which leaves room for the outlines drawn just outside): the view asks every
# visible item for it on each repaint, and a Python override cost 10 ms a frame at 1,000 booths.
_MARGIN_PEN = QPen(Qt.GlobalColor.transparent, 6)


class BoothItem(QGraphicsRectItem):
    """One booth; `set_view` takes a new `BoothView` and repaints only this item."""

    def __init__(self, view: BoothView, place: QPointF | None = None, *, city: str = "") -> None:
        super().__init__()
        self.city = city  # the fair's own city, left off the label (the tooltip has it)
        self.setPen(_MARGIN_PEN)
        self.setData(0, ROLE_BOOTH)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.hovered = False
        self.view = view
        self._lines: list[str] = []
        self._rect = QRectF()
        self.set_view(view, place)

    @property
    def booth_id(self) -> object:
        return self.view.id

    def set_view(self, view: BoothView, place: QPointF | None = None) -> None:
        """Show `view`; `place` (scene pixels) for a booth that has no place on the plan yet."""
        rect = QRectF(0, 0, view.width * SCALE, view.height * SCALE)
        if rect != self._rect:
            self.setRect(rect)
            self._rect = rect
        self.view = view
        if view.x is not None and view.y is not None:
            self.setPos(view.x * SCALE, view.y * SCALE)
        elif place is not None:
            self.setPos(place)
        label = short_name(view.company, self.city) if view.company else ""
        self._lines = self._name_lines(label, rect.width() - 8, rect.height() - 24)
        self.setToolTip(f"{view.code}  {view.company}  {view.sector}".strip())
        self.update()

    def set_hovered(self, on: bool) -> None:
        if on != self.hovered:
            self.hovered = on
            self.update()

    @staticmethod
    def _name_lines(name: str, width: float, height: float) -> list[str]:
        """The company name in as many lines as fit, the last one elided."""
        if not name:
            return []
        fits = max(1, int(height // _NAME_METRICS.lineSpacing()))
        lines: list[str] = []
        rest = name
        while rest and len(lines) < fits:
            n = len(rest)
            while n > 1 and _NAME_METRICS.horizontalAdvance(rest[:n]) > width:
                n -= 1
            if len(lines) == fits - 1 and n < len(rest):
                lines.append(_NAME_METRICS.elidedText(rest, Qt.TextElideMode.ElideRight, width))
                break
            lines.append(rest[:n])
            rest = rest[n:]
        return lines

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        view, rect = self.view, self._rect.adjusted(1, 1, -1, -1)
        painter.setPen(QPen(EDGE, 1))
        painter.setBrush(QBrush(sector_colour(view.sector) if view.company_id else FREE))
        painter.drawRect(rect)
        if view.arrived and view.company_id is not None:
            painter.setPen(QPen(ARRIVED, 4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ARRIVED)
            painter.drawEllipse(QPointF(rect.right() - 9, rect.bottom() - 9), 4, 4)
        if self.hovered or self.isSelected():
            pen = QPen(HOVER, 3, Qt.PenStyle.SolidLine if self.hovered else Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(-1, -1, 1, 1))
        painter.setPen(QColor("#1d232b"))
        painter.setFont(CODE_FONT)
        painter.drawText(rect.adjusted(4, 2, -4, 0), Qt.AlignmentFlag.AlignLeft, view.code)
        if view.locked:
            _padlock(painter, QPointF(rect.right() - 13, rect.top() + 4))
        painter.setFont(NAME_FONT)
        step = _NAME_METRICS.lineSpacing()
        for n, line in enumerate(self._lines):
            painter.drawText(QPointF(rect.left() + 4, rect.top() + 20 + step * (n + 1) - 3), line)


def _padlock(painter: QPainter, at: QPointF) -> None:
    painter.setPen(QPen(QColor("#333a44"), 1.5))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    arc = QPainterPath()
    arc.addRoundedRect(QRectF(at.x() + 2, at.y(), 6, 7), 3, 3)
    painter.drawPath(arc)
    painter.setBrush(QColor("#333a44"))
    painter.drawRect(QRectF(at.x(), at.y() + 5, 10, 7))


class DecorItem(QGraphicsRectItem):
    """An aisle (the main aisle tinted and named) or a text label."""

    def __init__(self, view: ItemView, main_text: str) -> None:
        super().__init__()
        self.setPen(_MARGIN_PEN)
        self.setData(0, ROLE_DECOR)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(-1)
        self.main_text = main_text
        self.view = view
        self._rect = QRectF()
        self.set_view(view)

    @property
    def item_id(self) -> object:
        return self.view.id

    def set_view(self, view: ItemView) -> None:
        rect = QRectF(0, 0, view.width * SCALE, view.height * SCALE)
        if rect != self._rect:
            self.setRect(rect)
            self._rect = rect
        self.view = view
        self.setPos(view.x * SCALE, view.y * SCALE)
        self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        view, rect = self.view, self._rect
        selected = self.isSelected()
        if view.kind == "aisle":
            painter.setPen(QPen(HOVER, 2, Qt.PenStyle.DashLine) if selected else Qt.PenStyle.NoPen)
            painter.setBrush(MAIN_AISLE if view.main else AISLE)
            painter.drawRect(rect)
            text = view.text or (self.main_text if view.main else "")
        else:
            if selected:
                painter.setPen(QPen(HOVER, 2, Qt.PenStyle.DashLine))
                painter.drawRect(rect)
            text = view.text
        if text:
            painter.setPen(QColor("#3b4a63"))
            painter.setFont(DECOR_FONT)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
