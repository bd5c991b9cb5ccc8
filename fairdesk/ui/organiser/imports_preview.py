"""The Import tool's preview: how the file was read (step 6's column report) and its first rows.

Shown as soon as a file is picked and before anything is written: the first line says the sheet
or encoding, the header row and the row count; the table beside it says which column feeds which
field and which are not used; under it the known fields the file lacks; then the first rows as
written, each recognised column's header marked with its field.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fairdesk.core.messages import LIST_SEPARATORS, language, render
from fairdesk.core.roster_fields import field_label
from fairdesk.ui.organiser.imports_models import COL_HEADER, ColumnsModel, PreviewModel

if TYPE_CHECKING:
    from fairdesk.services.importing.preview import ImportPreview


def _table(name: str, accessible: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(False)
    return view


class PreviewPanel(QWidget):
    """See the module docstring; `show_preview` fills it, `clear` empties it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreviewPanel")
        self.source_label = QLabel()
        self.source_label.setObjectName("importSource")
        self.source_label.setWordWrap(True)
        self.columns_model = ColumnsModel(self)
        self.columns_view = _table("importColumns", self.tr("Columns of the file"))
        self.columns_view.setModel(self.columns_model)
        self.columns_view.verticalHeader().hide()
        header = self.columns_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_HEADER, QHeaderView.ResizeMode.Stretch)
        self.absent_label = QLabel()
        self.absent_label.setObjectName("importAbsent")
        self.absent_label.setWordWrap(True)
        self.absent_label.hide()
        self.rows_model = PreviewModel(self)
        self.rows_view = _table("importPreviewRows", self.tr("First rows of the file"))
        self.rows_view.setModel(self.rows_model)
        self.rows_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.rows_label = QLabel(self.tr("First rows"))
        self.rows_label.setObjectName("importPreviewHeading")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Columns read as")))
        left_layout.addWidget(self.columns_view, 1)
        left_layout.addWidget(self.absent_label)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.rows_label)
        right_layout.addWidget(self.rows_view, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("importPreviewSplit")
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.source_label)
        layout.addWidget(split, 1)

    def show_preview(self, preview: ImportPreview) -> None:
        report = preview.columns
        self.source_label.setText(render(report.lines()[0]))
        self.columns_model.kind = preview.kind
        self.columns_model.set_rows(sorted((*report.used, *report.ignored), key=lambda u: u.index))
        if report.absent:
            names = LIST_SEPARATORS[language()].join(
                str(field_label(f, preview.kind)) for f in report.absent
            )
            self.absent_label.setText(self.tr("Not in the file: {fields}").format(fields=names))
            self.absent_label.show()
        else:
            self.absent_label.hide()
        self.rows_label.setText(
            self.tr("First {shown} of {total} rows").format(
                shown=len(preview.rows), total=preview.total_rows
            )
        )
        self.rows_model.set_preview(preview.header, preview.fields, preview.rows, preview.kind)

    def clear(self) -> None:
        self.source_label.clear()
        self.columns_model.set_rows([])
        self.absent_label.hide()
        self.rows_label.setText(self.tr("First rows"))
        self.rows_model.set_preview((), (), (), "roster")
