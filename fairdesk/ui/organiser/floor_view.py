"""The floor plan's view: zoom, pan, drawing booths and aisles, dragging companies.

Modes (`set_mode`): SELECT — click selects, dragging a booth's company starts a drag that can be
dropped onto another booth (a swap) or onto the company list (unassign), dragging empty space
pans; DRAW / AISLE — drag a rectangle (a click: one standard booth); LABEL — click where the text
goes; MOVE — drag booths, aisles and labels to a new place. The mouse wheel and Ctrl +/- zoom.
The view only reports what the person did, as signals; the screen calls the services.

Drops arrive in `handle_drop(mime, scene_pos)`, which `dropEvent` calls — and so can a test.
"""

from __future__ import annotations

import uuid
from enum import StrEnum

from PySide6.QtCore import QByteArray, QMimeData, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsRectItem, QGraphicsView

from fairdesk.ui.organiser.floor_items import SCALE, BoothItem, DecorItem
from fairdesk.ui.organiser.floor_scene import FloorScene

MIME_COMPANY = "application/x-fairdesk-company"
MIME_BOOTH = "application/x-fairdesk-booth"
MIN_ZOOM, MAX_ZOOM, STEP = 0.08, 6.0, 1.25
SNAP = 0.5  # floor units: drawn and moved things land on half units


class Mode(StrEnum):
    SELECT = "select"
    DRAW = "draw"
    AISLE = "aisle"
    LABEL = "label"
    MOVE = "move"


def snap(value: float) -> float:
    return round(value / SCALE / SNAP) * SNAP


def company_mime(company_id: uuid.UUID) -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME_COMPANY, QByteArray(str(company_id).encode()))
    return mime


def booth_mime(booth_id: uuid.UUID) -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME_BOOTH, QByteArray(str(booth_id).encode()))
    return mime


def mime_id(mime: QMimeData, kind: str) -> uuid.UUID | None:
    if not mime.hasFormat(kind):
        return None
    try:
        return uuid.UUID(bytes(mime.data(kind).data()).decode())
    except ValueError:
        return None


class FloorView(QGraphicsView):
    company_dropped = Signal(object, object)  # company id, booth id
    booth_dropped = Signal(object, object)  # from booth id, onto booth id
    rect_drawn = Signal(str, QRectF)  # mode ("draw" | "aisle"), rectangle in floor units
    label_wanted = Signal(QPointF)  # floor units
    moved = Signal(object, QPointF)  # the BoothItem or DecorItem, its old place (scene px)
    zoom_changed = Signal(float)

    def __init__(self, scene: FloorScene) -> None:
        super().__init__(scene)
        self.floor = scene
        self.setObjectName("floorView")
        self.setAccessibleName(self.tr("Floor plan"))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setAcceptDrops(True)
        self.mode = Mode.SELECT
        self._press: QPoint | None = None
        self._press_item: QGraphicsItem | None = None
        self._item_start = QPointF()
        self._scroll_start = (0, 0)
        self._band: QGraphicsRectItem | None = None
        self._hover: BoothItem | None = None

    # -- modes and zoom ------------------------------------------------------------------
    def set_mode(self, mode: Mode) -> None:
        self.mode = mode
        cursor = Qt.CursorShape.ArrowCursor if mode in (Mode.SELECT, Mode.MOVE) else (
            Qt.CursorShape.CrossCursor
        )  # fmt: skip
        self.viewport().setCursor(cursor)

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        target = min(MAX_ZOOM, max(MIN_ZOOM, self.zoom() * factor))
        if abs(target - self.zoom()) > 1e-9:
            self.scale(target / self.zoom(), target / self.zoom())
            self.zoom_changed.emit(self.zoom())

    def fit_all(self) -> None:
        bounds = self.floor.itemsBoundingRect()
        if not bounds.isNull():
            self.fitInView(bounds.adjusted(-20, -20, 20, 20), Qt.AspectRatioMode.KeepAspectRatio)
            if self.zoom() > 1.5:
                self.resetTransform()
                self.scale(1.5, 1.5)
            self.zoom_changed.emit(self.zoom())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl +/- zoom, Ctrl+0 shows the whole hall (keys of every viewer)."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            key = event.key()
            if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
                self.zoom_by(STEP)
                return
            if key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
                self.zoom_by(1 / STEP)
                return
            if key == Qt.Key.Key_0:
                self.fit_all()
                return
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y()
        if delta:
            self.zoom_by(STEP if delta > 0 else 1 / STEP)
        event.accept()

    # -- the mouse -----------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._press = event.position().toPoint()
        scene_pos = self.mapToScene(self._press)
        item = self.floor.item_at(scene_pos)
        self._press_item = item
        if self.mode in (Mode.SELECT, Mode.MOVE):
            if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.floor.clearSelection()
            if item is not None:
                item.setSelected(True)
                self._item_start = item.pos()
            else:
                bars = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
                self._scroll_start = bars
                self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        elif self.mode in (Mode.DRAW, Mode.AISLE):
            self._band = QGraphicsRectItem(QRectF(scene_pos, scene_pos))
            self._band.setPen(QPen(QColor("#2a6fdb"), 2, Qt.PenStyle.DashLine))
            self.floor.addItem(self._band)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            super().mouseMoveEvent(event)
            return
        now = event.position().toPoint()
        moved = (now - self._press).manhattanLength() >= QApplication.startDragDistance()
        item = self._press_item
        if self.mode == Mode.SELECT and isinstance(item, BoothItem) and moved:
            self._press = None
            if item.view.company_id is not None:
                self.start_booth_drag(item)
        elif self.mode == Mode.MOVE and item is not None and moved:
            delta = self.mapToScene(now) - self.mapToScene(self._press)
            item.setPos(self._item_start + delta)
        elif self.mode in (Mode.SELECT, Mode.MOVE) and item is None:
            d = now - self._press
            self.horizontalScrollBar().setValue(self._scroll_start[0] - d.x())
            self.verticalScrollBar().setValue(self._scroll_start[1] - d.y())
        elif self._band is not None:
            start = self.mapToScene(self._press)
            self._band.setRect(QRectF(start, self.mapToScene(now)).normalized())
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, self._press = self._press, None
        item, self._press_item = self._press_item, None
        self.set_mode(self.mode)  # the cursor back
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        end = self.mapToScene(event.position().toPoint())
        if self.mode == Mode.MOVE and isinstance(item, (BoothItem, DecorItem)):
            if item.pos() != self._item_start:
                item.setPos(QPointF(snap(item.pos().x()) * SCALE, snap(item.pos().y()) * SCALE))
                self.moved.emit(item, self._item_start)
        elif self._band is not None:
            self.floor.removeItem(self._band)
            self._band = None
            self.rect_drawn.emit(self.mode.value, self.floor_rect(self.mapToScene(press), end))
        elif self.mode == Mode.LABEL:
            self.label_wanted.emit(QPointF(snap(end.x()), snap(end.y())))
        event.accept()

    @staticmethod
    def floor_rect(start: QPointF, end: QPointF) -> QRectF:
        """The drawn rectangle in floor units, snapped; a click is one standard booth."""
        r = QRectF(start, end).normalized()
        x, y = snap(r.x()), snap(r.y())
        w, h = snap(r.width()), snap(r.height())
        if w < SNAP or h < SNAP:
            return QRectF(float(int(start.x() // SCALE)), float(int(start.y() // SCALE)), 1, 1)
        return QRectF(x, y, w, h)

    def start_booth_drag(self, item: BoothItem) -> None:
        drag = QDrag(self)
        drag.setMimeData(booth_mime(item.view.id))
        drag.exec(Qt.DropAction.MoveAction)

    # -- drops ---------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasFormat(MIME_COMPANY) or mime.hasFormat(MIME_BOOTH):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        booth = self.floor.booth_at(self.mapToScene(event.position().toPoint()))
        self._set_hover(booth)
        if booth is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: object) -> None:
        self._set_hover(None)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_hover(None)
        if self.handle_drop(event.mimeData(), self.mapToScene(event.position().toPoint())):
            event.acceptProposedAction()
        else:
            event.ignore()

    def handle_drop(self, mime: QMimeData, scene_pos: QPointF) -> bool:
        """A company (from the list) or a booth's company dropped at `scene_pos`."""
        booth = self.floor.booth_at(scene_pos)
        if booth is None:
            return False
        company = mime_id(mime, MIME_COMPANY)
        if company is not None:
            self.company_dropped.emit(company, booth.view.id)
            return True
        source = mime_id(mime, MIME_BOOTH)
        if source is not None and source != booth.view.id:
            self.booth_dropped.emit(source, booth.view.id)
            return True
        return False

    def _set_hover(self, booth: BoothItem | None) -> None:
        if self._hover is not None and self._hover is not booth:
            self._hover.set_hovered(False)
        self._hover = booth
        if booth is not None:
            booth.set_hovered(True)
