"""The skeleton every read-only table of the app shares: frozen rows in, formatted cells out.

A `RowsModel` holds the rows a screen gave it through `set_rows` (CONVENTIONS rule 6): `data()`
only formats the row it has and never queries. A subclass names its columns (`COLUMNS`, with
module constants for the ones its screen refers to), translates their titles in `headers()` and
formats one cell in `cell()`; row and column counts, bounds checks and header plumbing are here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel, Generic[Row]):
    """A flat table of `Row`s (display dataclasses); one row per line, `COLUMNS` columns."""

    COLUMNS: ClassVar[int] = 0

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Show `rows` instead of what was shown (views keep no stale indexes)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_or_none(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def headers(self) -> Sequence[str]:
        """The column titles, translated (one per column)."""
        raise NotImplementedError

    def cell(self, row: Row, column: int, role: int) -> Any:
        """What `row` shows in `column` for `role` (None for nothing)."""
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.headers()[section] if 0 <= section < self.COLUMNS else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_or_none(index.row()) if index.isValid() else None
        if row is None or not 0 <= index.column() < self.COLUMNS:
            return None
        return self.cell(row, index.column(), role)
