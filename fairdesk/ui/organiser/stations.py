"""The organiser's Stations tool: every desk and booth laptop, packs out and bundles back in.

The table lists the stations the organiser made packs for or merged bundles from (role, name,
company, when its last bundle was merged, how many of its records are in), read off the GUI
thread through `StationsTool.list_stations` and read again whenever any data changes (a merge
changes everything). "Make pack…" and "Merge bundles…" open their dialogs
(`stations_pack`, `stations_merge`); the work runs through the TaskRunner there.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fairdesk.core.times import local_text
from fairdesk.ui import fonts
from fairdesk.ui.bundles import StationsTool
from fairdesk.ui.labels import role_title, station_text
from fairdesk.ui.organiser.stations_merge import MergeDialog
from fairdesk.ui.organiser.stations_pack import MakePackDialog
from fairdesk.ui.rows_model import RowsModel
from fairdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from fairdesk.services.sync.results import StationSummary

logger = logging.getLogger(__name__)

COL_NUMBER, COL_ROLE, COL_NAME, COL_COMPANY, COL_MERGED, COL_RECORDS, COL_WAITING = range(7)
TIME_FORMAT = "%m-%d %H:%M"


class StationsModel(RowsModel["StationSummary"]):
    COLUMNS = 7

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("StationsModel", "No."),
            QCoreApplication.translate("StationsModel", "Role"),
            QCoreApplication.translate("StationsModel", "Name"),
            QCoreApplication.translate("StationsModel", "Company"),
            QCoreApplication.translate("StationsModel", "Last bundle merged"),
            QCoreApplication.translate("StationsModel", "Records"),
            QCoreApplication.translate("StationsModel", "Waiting"),
        ]

    def cell(self, row: StationSummary, column: int, role: int) -> Any:
        numbers = (COL_NUMBER, COL_RECORDS, COL_WAITING)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_WAITING and row.waiting:
            return QCoreApplication.translate(
                "StationsModel",
                "Records of this station that wait for a row not here yet — a student another "
                "desk registered, whose bundle is not merged — and go in when it is.",
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column in numbers:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == COL_NUMBER:
            return f"{row.number:03d}"
        if column == COL_ROLE:
            return role_title(row.role) if row.role in ("desk", "booth", "organiser") else row.role
        if column == COL_NAME:
            return station_text(row.name)
        if column == COL_COMPANY:
            return row.company or ""
        if column == COL_MERGED:
            if row.last_merged_at is None:
                return QCoreApplication.translate("StationsModel", "not yet")
            return local_text(row.last_merged_at, TIME_FORMAT)
        if column == COL_WAITING:
            return QLocale().toString(row.waiting) if row.waiting else ""
        return QLocale().toString(row.records)


class StationsScreen(QWidget):
    """See the module docstring; takes the tool's services and the runner, never the ORM."""

    stations_loaded = Signal(int)

    def __init__(
        self, service: StationsTool, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stationsScreen")
        self.setAccessibleName(self.tr("Stations"))
        self.service = service
        self.tasks = tasks
        self.dialog: QWidget | None = None
        self._reading = self._stale = False

        heading = QLabel(self.tr("Stations"))
        heading.setObjectName("stationsHeading")
        fonts.heading(heading, 1.3)
        hint = QLabel(
            self.tr(
                "Each desk and booth laptop starts from a station pack made here and brings its "
                "records back in a bundle on a USB stick. Merge the bundles as they arrive: the "
                "same bundle twice changes nothing."
            )
        )
        hint.setObjectName("stationsHint")
        hint.setWordWrap(True)
        self.model = StationsModel(self)
        self.table = QTableView()
        self.table.setObjectName("stationsTable")
        self.table.setAccessibleName(self.tr("Stations"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self.tr("No station packs made yet."))
        self.empty_label.setObjectName("stationsEmpty")
        self.empty_label.hide()

        self.pack_button = QPushButton(self.tr("Make &pack…"))
        self.pack_button.setObjectName("makePackButton")
        self.pack_button.setAccessibleName(self.tr("Make a station pack"))
        self.pack_button.clicked.connect(self.open_pack_dialog)
        self.merge_button = QPushButton(self.tr("&Merge bundles…"))
        self.merge_button.setObjectName("mergeBundlesButton")
        self.merge_button.setAccessibleName(self.tr("Merge bundles"))
        self.merge_button.clicked.connect(self.open_merge_dialog)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pack_button)
        buttons.addWidget(self.merge_button)
        buttons.addStretch(1)

        root = QVBoxLayout(self)
        root.addWidget(heading)
        root.addWidget(hint)
        root.addLayout(buttons)
        root.addWidget(self.table, 1)
        root.addWidget(self.empty_label)
        tasks.data_changed.connect(lambda _kinds: self.reload())
        self.reload()

    def reload(self) -> None:
        """Read the stations again off the GUI thread (one read at a time)."""
        if self._reading:
            self._stale = True
            return
        self._reading, self._stale = True, False
        self.tasks.read(
            self.service.list_stations, self._loaded, self._failed,
            label=self.tr("Reading the stations"),
        )  # fmt: skip

    def _failed(self, exc: BaseException) -> None:
        logger.warning("stations: %s", exc)
        self._read_done()

    def _read_done(self) -> None:
        self._reading = False
        if self._stale:
            self.reload()

    def _loaded(self, rows: list[StationSummary]) -> None:
        self.model.set_rows(rows)
        self.empty_label.setVisible(not rows)
        self._read_done()
        self.stations_loaded.emit(len(rows))

    def open_pack_dialog(self) -> MakePackDialog:
        dialog = MakePackDialog(self.service, self.tasks, self)
        dialog.made.connect(lambda _result: self.reload())
        self._open(dialog)
        return dialog

    def open_merge_dialog(self) -> MergeDialog:
        dialog = MergeDialog(self.service, self.tasks, self)
        self._open(dialog)
        return dialog

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
