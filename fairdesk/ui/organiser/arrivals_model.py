"""The employer check-in table: company, booth, arrived (time) or not, contact, phone."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from fairdesk.core.times import local_text
from fairdesk.services.arrivals.service import CompanyArrivalRow
from fairdesk.ui.rows_model import RowsModel

COMPANY, BOOTH, STATUS, CONTACT, PHONE = range(5)
ARRIVED_COLOUR = QColor("#1b7f3b")


def status_text(row: CompanyArrivalRow) -> str:
    if row.arrived_at is None:
        return QCoreApplication.translate("ArrivalsModel", "Not arrived")
    time = local_text(row.arrived_at, "%H:%M")
    if row.representatives:
        return QCoreApplication.translate("ArrivalsModel", "Arrived {time} ({n} people)").format(
            time=time, n=row.representatives
        )
    return QCoreApplication.translate("ArrivalsModel", "Arrived {time}").format(time=time)


class ArrivalsModel(RowsModel[CompanyArrivalRow]):
    COLUMNS = 5

    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("ArrivalsModel", "Company"),
            QCoreApplication.translate("ArrivalsModel", "Booth"),
            QCoreApplication.translate("ArrivalsModel", "Status"),
            QCoreApplication.translate("ArrivalsModel", "Contact"),
            QCoreApplication.translate("ArrivalsModel", "Phone"),
        )

    def cell(self, row: CompanyArrivalRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COMPANY:
                return row.name
            if column == BOOTH:
                return "、".join(row.booths)
            if column == STATUS:
                return status_text(row)
            if column == CONTACT:
                return row.contact_name
            if column == PHONE:
                return row.phone
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS and row.arrived:
            return ARRIVED_COLOUR
        return None
