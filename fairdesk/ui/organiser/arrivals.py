"""The organiser's Employer check-in tool (企业签到): companies' representatives arriving.

A search box filters the list as one types (the name, its pinyin or initials, a booth code:
`core.company_names`); Enter checks in the one company shown, or the selected one. The list
shows every company with its booth and whether it has arrived (and when); "Not arrived" is the
no-show list with the contact to call, which "Export no-shows…" saves as .xlsx (or .csv). A
second check-in of an arrived company says when it arrived, it is not an error. The booth PIN
slip carries no QR code, so there is no scan field: the slip's booth code typed in finds the
company. Reads and writes run on the task runner; a write announces "arrivals".
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fairdesk.core.company_codes import parse_company_code
from fairdesk.core.company_names import matches
from fairdesk.core.times import local_text
from fairdesk.services.arrivals.service import ArrivalResult, CompanyArrivalRow
from fairdesk.services.exports.no_shows import NoShowExport
from fairdesk.ui.changes import DataKind, touches
from fairdesk.ui.crash_dialog import readable_error
from fairdesk.ui.organiser.arrivals_model import COMPANY, PHONE, ArrivalsModel
from fairdesk.ui.organiser.print_protocols import ArrivalsTool, SavePath
from fairdesk.ui.tasks import TaskRunner

logger = logging.getLogger(__name__)

ALL, ARRIVED, NOT_ARRIVED = "all", "arrived", "not_arrived"


def _named(widget: QWidget, name: str, accessible: str) -> None:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)


def dialog_save_path(parent: QWidget) -> SavePath:
    """Where to save, asked with the platform's file dialog."""

    def ask(title: str, offered: str, filters: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, offered, filters)
        return Path(name) if name else None

    return ask


class ArrivalsScreen(QWidget):
    """See the module docstring. Takes the service and the runner; never touches the ORM."""

    loaded = Signal(int)
    checked_in = Signal(object)  # ArrivalResult
    exported = Signal(object)  # NoShowExport

    def __init__(
        self,
        service: ArrivalsTool,
        tasks: TaskRunner,
        *,
        save_path: SavePath | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        _named(self, "arrivalsScreen", self.tr("Employer check-in"))
        self.service, self.tasks = service, tasks
        self.save_path = save_path or dialog_save_path(self)
        self.all_rows: list[CompanyArrivalRow] = []
        self._build()
        tasks.data_changed.connect(self._data_changed)
        self.reload()

    def _build(self) -> None:
        self.counts_label = QLabel()
        _named(self.counts_label, "arrivalCounts", self.tr("Companies arrived"))
        font = self.counts_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.counts_label.setFont(font)
        self.search = QLineEdit()
        _named(self.search, "arrivalSearch", self.tr("Find a company"))
        hint = self.tr("Company name, pinyin, initials, booth code — or scan the PIN slip")
        self.search.setPlaceholderText(hint)
        self.search.setClearButtonEnabled(True)
        self.show_combo = QComboBox()
        _named(self.show_combo, "arrivalFilter", self.tr("Show"))
        self.show_combo.addItem(self.tr("All companies"), ALL)
        self.show_combo.addItem(self.tr("Arrived"), ARRIVED)
        self.show_combo.addItem(self.tr("Not arrived (no-shows)"), NOT_ARRIVED)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_combo)

        self.model = ArrivalsModel(self)
        self.table = QTableView()
        _named(self.table, "arrivalTable", self.tr("Companies"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COMPANY, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(PHONE, header.fontMetrics().horizontalAdvance("0760-88888888 转 1234"))
        self.table.doubleClicked.connect(lambda _index: self.check_in())

        self.representatives = QSpinBox()
        _named(self.representatives, "arrivalRepresentatives", self.tr("Representatives"))
        self.representatives.setRange(0, 99)
        self.representatives.setSpecialValueText(self.tr("not asked"))
        self.check_button = QPushButton(self.tr("&Check in"))
        _named(self.check_button, "checkInCompanyButton", self.tr("Check in"))
        self.undo_button = QPushButton(self.tr("&Undo check-in"))
        _named(self.undo_button, "undoArrivalButton", self.tr("Undo check-in"))
        self.export_button = QPushButton(self.tr("&Export no-shows…"))
        _named(self.export_button, "exportNoShowsButton", self.tr("Export no-shows"))
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("Representatives:")))
        actions.addWidget(self.representatives)
        actions.addWidget(self.check_button)
        actions.addWidget(self.undo_button)
        actions.addStretch(1)
        actions.addWidget(self.export_button)
        self.status_label = QLabel()
        _named(self.status_label, "arrivalStatus", self.tr("Status"))
        self.status_label.setWordWrap(True)

        root = QVBoxLayout(self)
        root.addWidget(self.counts_label)
        root.addLayout(top)
        root.addWidget(self.table, 1)
        root.addLayout(actions)
        root.addWidget(self.status_label)
        self.setFocusProxy(self.search)

        self.search.textChanged.connect(self._apply_filter)
        self.search.returnPressed.connect(self.check_in)
        self.show_combo.currentIndexChanged.connect(self._apply_filter)
        self.check_button.clicked.connect(self.check_in)
        self.undo_button.clicked.connect(self.undo)
        self.export_button.clicked.connect(lambda: self.export_no_shows())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    def showEvent(self, event: QShowEvent) -> None:
        """The search box has the keyboard whenever the tool is opened."""
        super().showEvent(event)
        self.search.setFocus()

    # -- the list ------------------------------------------------------------------------

    def reload(self) -> None:
        self.tasks.read(
            self.service.companies, self._loaded, self._failed, label=self.tr("Reading companies")
        )

    def _data_changed(self, kinds: frozenset[str]) -> None:
        if touches(kinds, DataKind.ARRIVALS, DataKind.COMPANIES, DataKind.FAIR):
            self.reload()

    def _loaded(self, rows: list[CompanyArrivalRow]) -> None:
        self.all_rows = rows
        arrived = sum(r.arrived for r in rows)
        self.counts_label.setText(
            self.tr("Arrived {arrived} / {total}").format(arrived=arrived, total=len(rows))
        )
        self._apply_filter()
        self.loaded.emit(len(rows))

    def shown_rows(self) -> list[CompanyArrivalRow]:
        return self.model.rows()

    def _apply_filter(self, *_args: object) -> None:
        chosen = self.selected()
        wanted = str(self.show_combo.currentData() or ALL)
        query = self.search.text()
        rows = [
            r
            for r in self.all_rows
            if matches(r.keys, query) and (wanted == ALL or r.arrived == (wanted == ARRIVED))
        ]
        self.model.set_rows(rows)
        ids = [r.id for r in rows]
        keep = chosen.id if chosen is not None and chosen.id in ids else None
        if keep is None and len(rows) == 1:
            keep = rows[0].id
        if keep is not None:
            self.table.selectRow(ids.index(keep))
        self._update_buttons()

    def selected(self) -> CompanyArrivalRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_or_none(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        row = self.selected()
        self.check_button.setEnabled(row is not None and not row.arrived)
        self.undo_button.setEnabled(row is not None and row.arrived)
        self.export_button.setEnabled(any(not r.arrived for r in self.all_rows))

    # -- check in, undo ------------------------------------------------------------------

    def check_in(self) -> None:
        """Check in the company chosen in the list, or the one whose PIN slip code was just
        scanned into the search box (a keyboard-wedge scanner ends it with Enter)."""
        count = self.representatives.value() or None
        service, typed = self.service, self.search.text()
        if parse_company_code(typed) is not None:
            self.search.clear()

            def work() -> ArrivalResult:
                found = service.find(typed)  # another fair's slip: a plain refusal
                return service.check_in(found.id, method="slip", representatives=count)
        else:
            row = self.selected()
            if row is None:
                return
            company_id = row.id

            def work() -> ArrivalResult:
                return service.check_in(company_id, method="search", representatives=count)

        self.tasks.write(
            work,
            self._checked,
            self._failed,
            kinds=[DataKind.ARRIVALS],
            label=self.tr("Checking in"),
        )

    def _checked(self, result: ArrivalResult) -> None:
        time = local_text(result.at, "%H:%M")
        if result.status == "ok":
            text = self.tr("{company} checked in at {time}.")
        else:
            text = self.tr("{company} already arrived at {time}.")
        self.status_label.setText(text.format(company=result.company.name, time=time))
        self.representatives.setValue(0)
        self.search.selectAll()
        self.checked_in.emit(result)

    def undo(self) -> None:
        row = self.selected()
        if row is None:
            return
        service, company_id = self.service, row.id

        def work() -> CompanyArrivalRow:
            return service.undo(company_id)

        self.tasks.write(
            work,
            self._undone,
            self._failed,
            kinds=[DataKind.ARRIVALS],
            label=self.tr("Undoing the check-in"),
        )

    def _undone(self, row: CompanyArrivalRow) -> None:
        self.status_label.setText(self.tr("{company}: check-in undone.").format(company=row.name))

    def _failed(self, exc: BaseException) -> None:
        self.status_label.setText(readable_error(exc))

    # -- no-shows ------------------------------------------------------------------------

    def export_no_shows(self, path: Path | None = None) -> None:
        if path is None:
            path = self.save_path(
                self.tr("Export no-shows"),
                self.tr("no-shows.xlsx"),
                self.tr("Excel (*.xlsx);;CSV (*.csv)"),
            )
            if path is None:
                return
        service, target = self.service, path
        self.tasks.read(
            lambda: service.export_no_shows(target),
            self._exported,
            self._failed,
            label=self.tr("Exporting no-shows"),
        )

    def _exported(self, done: NoShowExport) -> None:
        self.status_label.setText(
            self.tr("Exported {n} companies not arrived to {path}.").format(
                n=done.rows, path=done.path
            )
        )
        self.exported.emit(done)
