"""The organiser's Exports tool: every export `fairdesk export` writes, behind one call.

`ExportsService.export(kind, out, university=…, company_id=…, machine_headers=…)` runs the same
functions as the command line (attendance, interviews, companies), so a file saved from the GUI
is the file a script gets: IDs and phones as text in .xlsx, Excel-safe CSV. `kinds()` lists what
can be exported and which filter applies; `universities()` and `companies()` fill the filters.
One company's interviews are the file the career centre sends that company: the booth's display
fields, no 学号 (`export --company`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import select

from fairdesk.core.company_names import sort_key
from fairdesk.core.export_words import MACHINE
from fairdesk.core.messages import message
from fairdesk.errors import UserError
from fairdesk.services.exports.attendance import (
    export_attendees,
    export_checkins,
    fair_universities,
)
from fairdesk.services.exports.companies import export_companies
from fairdesk.services.exports.interviews import export_interviews
from fairdesk.services.exports.no_shows import export_no_shows
from fairdesk.store.engine import read_session
from fairdesk.store.models import Company, Interview

NO_FILTER_HERE = message(
    "export.no_university_filter",
    "The {kind} export has no university filter.",
    "{kind} 导出不能按学校筛选。",
)


NO_COMPANY_FILTER = message(
    "export.no_company_filter",
    "The {kind} export has no company filter.",
    "{kind} 导出不能按单位筛选。",
)


class ExportKind(StrEnum):
    """The CLI's words (`fairdesk export KIND`)."""

    ATTENDEES = "attendees"
    CHECKINS = "checkins"
    INTERVIEWS = "interviews"
    COMPANIES = "companies"
    NO_SHOWS = "no-shows"


#: the kinds a university narrows (the others are about companies)
BY_UNIVERSITY = frozenset({ExportKind.ATTENDEES, ExportKind.CHECKINS})
#: the kinds a company narrows
BY_COMPANY = frozenset({ExportKind.INTERVIEWS})


@dataclass(frozen=True)
class ExportDone:
    """What the tool's status line says."""

    kind: str
    path: Path  # the file, or the folder of one file per company
    rows: int
    files: int = 1


def _companies(engine: Engine, out: Path, *, headers: str | None) -> int:
    return export_companies(engine, out, headers=headers)


def _no_shows(engine: Engine, out: Path, *, headers: str | None) -> int:
    return export_no_shows(engine, out, headers=headers).rows


_PLAIN: dict[ExportKind, Callable[..., int]] = {
    ExportKind.COMPANIES: _companies,
    ExportKind.NO_SHOWS: _no_shows,
}


class ExportsService:
    """See the module docstring; each call opens its own session."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def kinds(self) -> list[str]:
        return [kind.value for kind in ExportKind]

    def filters_by_university(self, kind: str) -> bool:
        return ExportKind(kind) in BY_UNIVERSITY

    def filters_by_company(self, kind: str) -> bool:
        return ExportKind(kind) in BY_COMPANY

    def universities(self) -> list[str]:
        with read_session(self._engine) as session:
            return fair_universities(session)

    def companies(self) -> list[tuple[uuid.UUID, str]]:
        """The fair's companies (id, name) in the pinyin order of every company list."""
        with read_session(self._engine) as session:
            rows = session.exec(select(Company.id, Company.name)).all()
        return sorted(((cid, name) for cid, name in rows), key=lambda r: sort_key(r[1]))

    def export(
        self,
        kind: str,
        out: Path,
        *,
        university: str | None = None,
        company_id: uuid.UUID | None = None,
        machine_headers: bool = False,
    ) -> ExportDone:
        """Write the `kind` export to `out` (.xlsx or .csv); returns the rows written."""
        chosen = ExportKind(kind)
        headers = MACHINE if machine_headers else None
        if university is not None and chosen not in BY_UNIVERSITY:
            raise UserError(NO_FILTER_HERE(kind=chosen.value))
        if company_id is not None and chosen not in BY_COMPANY:
            raise UserError(NO_COMPANY_FILTER(kind=chosen.value))
        if chosen in BY_UNIVERSITY:
            run = export_attendees if chosen is ExportKind.ATTENDEES else export_checkins
            rows = run(self._engine, out, university=university, headers=headers)
        elif chosen is ExportKind.INTERVIEWS:
            rows = export_interviews(self._engine, out, company_id=company_id, headers=headers)
        else:
            rows = _PLAIN[chosen](self._engine, out, headers=headers)
        return ExportDone(chosen.value, out, rows)

    def export_each_company(
        self,
        folder: Path,
        name_of: Callable[[str], str],
        *,
        machine_headers: bool = False,
    ) -> ExportDone:
        """One interviews file per company that met students, into `folder`: the files the
        career centre sends each company. `name_of(company)` is the file name (with suffix)."""
        headers = MACHINE if machine_headers else None
        with read_session(self._engine) as session:
            met = set(session.exec(select(Interview.company_id).distinct()).all())
        rows = files = 0
        used: set[str] = set()
        for company_id, name in self.companies():
            if company_id in met:
                file_name = name_of(name)
                stem, dot, suffix = file_name.rpartition(".")
                n = 1
                while file_name.lower() in used:  # two names made the same by safe_part
                    n += 1
                    file_name = f"{stem} ({n}){dot}{suffix}"
                used.add(file_name.lower())
                out = folder / file_name
                rows += export_interviews(self._engine, out, company_id=company_id,
                                          headers=headers)  # fmt: skip
                files += 1
        return ExportDone(ExportKind.INTERVIEWS.value, folder, rows, files)
