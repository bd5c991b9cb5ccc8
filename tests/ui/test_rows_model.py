"""`RowsModel`: rows in through `set_rows`, bounds checked, formatting left to the subclass."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLabel

from fairdesk.ui import fonts
from fairdesk.ui.rows_model import RowsModel


class Pairs(RowsModel[tuple[str, int]]):
    COLUMNS = 2

    def headers(self) -> Sequence[str]:
        return ("Word", "Count")

    def cell(self, row: tuple[str, int], column: int, role: int) -> Any:
        return str(row[column]) if role == Qt.ItemDataRole.DisplayRole else None


def test_rows_in_cells_out_and_nothing_out_of_bounds(qapp: QApplication) -> None:
    model = Pairs()
    assert model.rowCount() == 0 and model.columnCount() == 2
    model.set_rows([("a", 1), ("b", 2)])
    assert model.rowCount() == 2 and model.rows() == [("a", 1), ("b", 2)]
    assert model.data(model.index(1, 1)) == "2"
    assert model.data(QModelIndex()) is None
    assert model.row_or_none(2) is None and model.row_or_none(-1) is None
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Count"
    assert model.headerData(2, Qt.Orientation.Horizontal) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.rowCount(model.index(0, 0)) == 0  # a flat table: no children


def test_heading_is_bold_and_scaled_from_the_widget_font(qapp: QApplication) -> None:
    label = QLabel("x")
    base = label.font().pointSizeF()
    fonts.heading(label, 1.5)
    assert label.font().bold() and abs(label.font().pointSizeF() - base * 1.5) < 0.01
    body = QLabel("y")
    fonts.scale_font(body, 0.9, like=label)
    assert body.font().bold()  # like=label: a copy of the heading's (bold) font
    assert abs(body.font().pointSizeF() - base * 1.5 * 0.9) < 0.01
