"""The Import tool's tables: the column report, the first rows, and the editable rejects.

Thin models (CONVENTIONS rule 7): each is handed its rows and only formats them. The rejects
model is the one editable table of the tool: a cell of the file's own columns can be corrected
in place; the line remembers which cells changed, so "Re-import fixed rows" takes just those
lines and the corrected cells show in bold.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from fairdesk.core.column_report import ColumnUse
from fairdesk.core.messages import Text, render
from fairdesk.core.roster_fields import field_label
from fairdesk.ui.rows_model import Index, RowsModel

if TYPE_CHECKING:
    from fairdesk.core.roster import Rejection

COL_LETTER, COL_HEADER, COL_FIELD = range(3)
COL_ROW, COL_REJECTED_FIELD, COL_REASON = range(3)
FIRST_CELL = 3  # the rejects table's first column of the file's own cells
_REJECTED_CELL = QColor("#fde7e9")
_USED_HEADER = QColor("#e6f4ea")


class ColumnsModel(RowsModel[ColumnUse]):
    """Each column of the file: its letter, its header, the field it feeds or "not used"."""

    COLUMNS = 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind = "roster"

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("ImportModels", "Column"),
            QCoreApplication.translate("ImportModels", "Header in the file"),
            QCoreApplication.translate("ImportModels", "Read as"),
        ]

    def cell(self, row: ColumnUse, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_FIELD and row.field is None:
            return QBrush(QColor("#777777"))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == COL_LETTER:
            return row.letter
        if column == COL_HEADER:
            return row.header
        return (
            str(field_label(row.field, self.kind))
            if row.field
            else QCoreApplication.translate("ImportModels", "not used")
        )


class _CellsModel(QAbstractTableModel):
    """A table whose columns are the file's own header (rows of cells as written)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.header: tuple[str, ...] = ()
        self.fields: tuple[str | None, ...] = ()
        self.kind = "roster"

    def file_header(self, index: int) -> str:
        """The header cell, with the field it was recognised as ("手机号码 → 手机")."""
        name = self.header[index] if index < len(self.header) else ""
        found = self.fields[index] if index < len(self.fields) else None
        if not found:
            return name
        label = str(field_label(found, self.kind))
        return name if label == name else f"{name} → {label}"


class PreviewModel(_CellsModel):
    """The first rows of the file, as written."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, ...]] = []

    def set_preview(
        self,
        header: Sequence[str],
        fields: Sequence[str | None],
        rows: Sequence[Sequence[str]],
        kind: str,
    ) -> None:
        self.beginResetModel()
        self.header, self.fields, self.kind = tuple(header), tuple(fields), kind
        self._rows = [tuple(r) for r in rows]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.header)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return section + 1 if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.file_header(section)
        if role == Qt.ItemDataRole.BackgroundRole and section < len(self.fields):
            return QBrush(_USED_HEADER) if self.fields[section] else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        rows = self._rows
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        cells = rows[index.row()] if index.row() < len(rows) else ()
        return cells[index.column()] if index.column() < len(cells) else ""


@dataclass
class RejectLine:
    """One rejected row: why, its cells as they are now, and which of them were corrected."""

    rejection: Rejection
    cells: list[str]
    edited: set[int] = field(default_factory=set)

    @property
    def number(self) -> int:
        return self.rejection.row.number

    @classmethod
    def of(cls, rejection: Rejection, width: int) -> RejectLine:
        cells = [*rejection.row.original, *[""] * width][:width]
        return cls(rejection, list(cells))


#: Rejections that name another row as the reason (a company's other rows): such a row goes
#: back in with the row it names, corrected or not.
FOLLOWER_KEYS = frozenset({"companies.with_its_company", "companies.above_rejected"})


def with_followers(lines: Sequence[RejectLine], chosen: Sequence[RejectLine]) -> list[RejectLine]:
    """`chosen` and every line rejected only because of one of them (also in a chain)."""
    numbers = {line.number for line in chosen}
    picked = list(chosen)
    grew = True
    while grew:
        grew = False
        for line in lines:
            why = line.rejection.why
            if (
                line.number not in numbers
                and isinstance(why, Text)
                and why.key in FOLLOWER_KEYS
                and why.params.get("row") in numbers
            ):
                numbers.add(line.number)
                picked.append(line)
                grew = True
    return sorted(picked, key=lambda line: line.number)


class RejectsModel(_CellsModel):
    """Row, field, reason, then the row's cells (editable); see the module docstring."""

    edited = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[RejectLine] = []

    def set_lines(
        self,
        lines: Sequence[RejectLine],
        header: Sequence[str],
        fields: Sequence[str | None],
        kind: str,
    ) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.header, self.fields, self.kind = tuple(header), tuple(fields), kind
        self.endResetModel()

    def edited_lines(self) -> list[RejectLine]:
        return [line for line in self.lines if line.edited]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIRST_CELL + len(self.header)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == COL_ROW:
            return QCoreApplication.translate("ImportModels", "Row")
        if section == COL_REJECTED_FIELD:
            return QCoreApplication.translate("ImportModels", "Field")
        if section == COL_REASON:
            return QCoreApplication.translate("ImportModels", "Reason")
        return self.file_header(section - FIRST_CELL)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() >= FIRST_CELL:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def failed_cell(self, row: int) -> int | None:
        """The model column of line `row`'s failed cell (None: no cell of the file's names it)."""
        line = self.lines[row]
        found = next((i for i in range(len(line.cells)) if self._is_rejected_cell(line, i)), None)
        return None if found is None else FIRST_CELL + found

    def _is_rejected_cell(self, line: RejectLine, column: int) -> bool:
        found = self.fields[column] if column < len(self.fields) else None
        wanted = set(line.rejection.field.split("/"))
        if line.rejection.field == "name" and self.kind == "companies":
            wanted.add("company")
        return found is not None and found in wanted

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line, column = self.lines[index.row()], index.column()
        cell = column - FIRST_CELL
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == COL_ROW:
                return line.number
            if column == COL_REJECTED_FIELD:
                return str(field_label(line.rejection.field, line.rejection.kind))
            if column == COL_REASON:
                return render(line.rejection.why)
            return line.cells[cell] if cell < len(line.cells) else ""
        if role == Qt.ItemDataRole.FontRole and cell in line.edited:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and cell >= 0 and cell not in line.edited:
            return QBrush(_REJECTED_CELL) if self._is_rejected_cell(line, cell) else None
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_REASON:
            return str(line.rejection.reason)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if index.column() < FIRST_CELL or not 0 <= index.row() < len(self.lines):
            return False
        line, cell = self.lines[index.row()], index.column() - FIRST_CELL
        text = "" if value is None else str(value)
        if cell >= len(line.cells) or line.cells[cell] == text:
            return False
        line.cells[cell] = text
        original = line.rejection.row.original
        if cell < len(original) and original[cell] == text:
            line.edited.discard(cell)  # typed back as it was: not a correction
        else:
            line.edited.add(cell)
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True
