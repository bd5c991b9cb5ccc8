"""The company list beside the floor plan: companies without a booth first, each with its sector
(and colour) and booth codes; a company is dragged from here onto a booth, and a booth's company
dragged back here is given up (`unassign_dropped`). A filter box narrows the list (pinyin too)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QIcon, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

from fairdesk.core.pinyin_keys import name_keys, search_key
from fairdesk.ui.organiser.floor_items import sector_colour
from fairdesk.ui.organiser.floor_view import MIME_BOOTH, company_mime, mime_id

if TYPE_CHECKING:
    from fairdesk.services.floorplan.plan import CompanyEntry

ID_ROLE = Qt.ItemDataRole.UserRole
_icons: dict[str, QIcon] = {}


def _swatch(sector: str) -> QIcon:
    if sector not in _icons:
        pixmap = QPixmap(14, 14)
        pixmap.fill(sector_colour(sector))
        _icons[sector] = QIcon(pixmap)
    return _icons[sector]


class CompanyList(QListWidget):
    unassign_dropped = Signal(object)  # booth id

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("floorCompanies")
        self.setAccessibleName(self.tr("Companies"))
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setIconSize(QSize(14, 14))
        self.entries: list[CompanyEntry] = []
        self._keys: list[tuple[str, str]] = []
        self._filter = ""

    def set_entries(self, entries: Sequence[CompanyEntry]) -> None:
        if list(entries) == self.entries:
            return
        chosen = self.current_id()
        self.entries = list(entries)
        self._keys = [name_keys(e.name) for e in self.entries]
        self.clear()
        for entry in self.entries:
            where = "、".join(entry.booths) if entry.booths else self.tr("no booth")
            sector = entry.sector or self.tr("no sector")
            item = QListWidgetItem(_swatch(entry.sector), f"{entry.name}\n{sector} · {where}")
            item.setData(ID_ROLE, str(entry.id))
            item.setToolTip(f"{entry.name}  ({sector}, {entry.size})")
            if not entry.booths:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            else:
                item.setForeground(QColor("#5b6470"))
            if chosen == entry.id:
                item.setSelected(True)
            self.addItem(item)
        self.set_filter(self._filter)

    def set_filter(self, text: str) -> None:
        self._filter = text
        key = search_key(text) if text.strip() else ""
        for row, (entry, (full, initials)) in enumerate(zip(self.entries, self._keys, strict=True)):
            hit = not key or key in full or key in initials or text.strip() in entry.name
            self.item(row).setHidden(not hit)

    def current_id(self) -> uuid.UUID | None:
        item = self.currentItem()
        return uuid.UUID(item.data(ID_ROLE)) if item is not None else None

    def row_of(self, company_id: uuid.UUID) -> int:
        return next((n for n, e in enumerate(self.entries) if e.id == company_id), -1)

    def unassigned_count(self) -> int:
        return sum(1 for e in self.entries if not e.booths)

    # -- dragging out and in -------------------------------------------------------------
    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        return company_mime(uuid.UUID(items[0].data(ID_ROLE)))

    def mimeTypes(self) -> list[str]:
        return [MIME_BOOTH]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(MIME_BOOTH):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(MIME_BOOTH):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        booth = mime_id(event.mimeData(), MIME_BOOTH)
        if booth is None:
            event.ignore()
            return
        self.unassign_dropped.emit(booth)
        event.acceptProposedAction()
