"""The Companies tool's models: companies (name column sorted by pinyin) and their positions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt

from fairdesk.core.vocabulary import DEGREE_AT_LEAST, Degree
from fairdesk.ui.organiser.sorted_rows import SortedRows
from fairdesk.ui.rows_model import RowsModel

if TYPE_CHECKING:
    from fairdesk.services.people_admin.companies import CompanyRow
    from fairdesk.services.people_admin.positions import PositionRow

COL_NAME, COL_SECTOR, COL_CITY, COL_BOOTHS, COL_POSITIONS, COL_CONTACT, COL_PHONE = range(7)
COL_TITLE, COL_DEGREE, COL_MAJORS, COL_HEADCOUNT = range(4)


def degree_wanted_text(degree: str | None) -> str:
    """A position's minimum degree as a person reads it (本科及以上; 不限 for none)."""
    if not degree:
        return QCoreApplication.translate("CompaniesModel", "any")
    try:
        return DEGREE_AT_LEAST[Degree(degree)].template()
    except ValueError:
        return degree


class CompaniesModel(SortedRows["CompanyRow"]):
    COLUMNS = 7

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("CompaniesModel", "Company"),
            QCoreApplication.translate("CompaniesModel", "Sector"),
            QCoreApplication.translate("CompaniesModel", "City"),
            QCoreApplication.translate("CompaniesModel", "Booth"),
            QCoreApplication.translate("CompaniesModel", "Positions"),
            QCoreApplication.translate("CompaniesModel", "Contact"),
            QCoreApplication.translate("CompaniesModel", "Phone"),
        ]

    def sort_key(self, row: CompanyRow, column: int) -> Any:
        if column == COL_NAME:
            return row.pinyin, row.name.casefold()
        if column == COL_POSITIONS:
            return row.positions
        return str(self.cell(row, column, Qt.ItemDataRole.DisplayRole)).casefold()

    def cell(self, row: CompanyRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_POSITIONS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (
            row.name, row.sector, row.city, "、".join(row.booths), str(row.positions),
            row.contact_name, row.phone,
        )  # fmt: skip
        return values[column]


class PositionsModel(RowsModel["PositionRow"]):
    COLUMNS = 4

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("CompaniesModel", "Position"),
            QCoreApplication.translate("CompaniesModel", "Degree"),
            QCoreApplication.translate("CompaniesModel", "Majors"),
            QCoreApplication.translate("CompaniesModel", "Headcount"),
        ]

    def cell(self, row: PositionRow, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (
            row.title, degree_wanted_text(row.degree), row.majors,
            "" if row.headcount is None else str(row.headcount),
        )  # fmt: skip
        return values[column]
