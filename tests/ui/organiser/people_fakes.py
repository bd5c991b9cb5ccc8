"""Fake Students and Companies services for the organiser's screens (no database)."""

from __future__ import annotations

import dataclasses
import threading
import uuid
from dataclasses import dataclass

from fairdesk.core.company_names import company_keys, sort_key
from fairdesk.core.pinyin_keys import name_keys
from fairdesk.errors import UserError
from fairdesk.services.people_admin.companies import CompanyRow
from fairdesk.services.people_admin.forms import (
    CompanyForm,
    FieldInvalid,
    PositionForm,
    StudentForm,
    check_company,
    check_position,
    check_student,
)
from fairdesk.services.people_admin.positions import PositionRow
from fairdesk.services.people_admin.students import HAS_CHECKINS, StudentList, StudentRow


@dataclass(frozen=True)
class Token:
    label: str
    rows: tuple[object, ...]


def student(name: str, student_no: str, major: str, *, checked_in: bool = False) -> StudentRow:
    return StudentRow(
        id=uuid.uuid4(), name=name, name_pinyin=name_keys(name)[0], student_no=student_no,
        university="北京航空航天大学", school="计算机学院", major=major, degree="bachelor",
        grad_year=2026, phone="13712345678", email=None, consent=False, source="import",
        badges=1, checked_in=checked_in,
    )  # fmt: skip


class FakeStudents:
    def __init__(self) -> None:
        self.rows = [
            student("张三", "2021010002", "应用数学"),
            student("曾小贤", "2021010001", "软件工程", checked_in=True),
            student("李四", "2021010003", "电子信息"),
        ]
        self.queries: list[str] = []
        self.threads: set[str] = set()

    def find(self, query: str = "", limit: int = 1000) -> StudentList:
        self.queries.append(query)
        self.threads.add(threading.current_thread().name)
        q = query.strip().lower()
        hits = [
            r for r in self.rows
            if not q or r.name.startswith(q) or r.name_pinyin.startswith(q)
            or name_keys(r.name)[1].startswith(q) or (r.student_no or "").startswith(q)
        ]  # fmt: skip
        return StudentList(hits, len(self.rows), False)

    def _index(self, attendee_id: uuid.UUID) -> int:
        return next(i for i, r in enumerate(self.rows) if r.id == attendee_id)

    def edit(self, attendee_id: uuid.UUID, form: StudentForm) -> StudentRow:
        clean = check_student(form)  # the real rules: a bad value is refused
        i = self._index(attendee_id)
        self.rows[i] = dataclasses.replace(
            self.rows[i], name=clean.name, major=clean.major, phone=clean.phone,
            name_pinyin=name_keys(clean.name)[0],
        )  # fmt: skip
        return self.rows[i]

    def delete(self, attendee_id: uuid.UUID) -> Token:
        i = self._index(attendee_id)
        if self.rows[i].checked_in:
            raise UserError(HAS_CHECKINS(name=self.rows[i].name))
        gone = self.rows.pop(i)
        return Token(gone.name, (i, gone))

    def undo(self, token: Token) -> Token:
        i, row = token.rows
        self.rows.insert(int(i), row)  # type: ignore[call-overload]
        return token


def company(name: str, *booths: str) -> CompanyRow:
    return CompanyRow(
        id=uuid.uuid4(), name=name, sector="电子信息", city="中山", contact_name="", phone="",
        email="", uscc=None, booths=booths, positions=0, interviews=0,
        pinyin=company_keys(name)[0],
    )  # fmt: skip


class FakeCompanies:
    def __init__(self) -> None:
        self.rows = [company(n) for n in ("vivo", "京东", "格力电器")] + [company("华为", "A01")]
        self.by_company: dict[uuid.UUID, list[PositionRow]] = {r.id: [] for r in self.rows}
        huawei = self.rows[-1].id
        self.by_company[huawei].append(
            PositionRow(id=uuid.uuid4(), company_id=huawei, title="软件工程师",
                        degree="bachelor", majors="计算机", headcount=5, interviews=0)
        )  # fmt: skip

    def find(self, query: str = "") -> list[CompanyRow]:
        q = query.strip().lower()
        hits = [r for r in self.rows if not q or q in r.name.lower() or r.pinyin.startswith(q)
                or company_keys(r.name)[1].startswith(q)]  # fmt: skip
        rows = [dataclasses.replace(r, positions=len(self.by_company[r.id])) for r in hits]
        return sorted(rows, key=lambda r: sort_key(r.name))

    def _index(self, company_id: uuid.UUID) -> int:
        return next(i for i, r in enumerate(self.rows) if r.id == company_id)

    def edit(self, company_id: uuid.UUID, form: CompanyForm) -> CompanyRow:
        values = check_company(form)
        i = self._index(company_id)
        name = str(values["name"])
        self.rows[i] = dataclasses.replace(self.rows[i], name=name, sector=str(values["sector"]),
                                           pinyin=company_keys(name)[0])  # fmt: skip
        return self.rows[i]

    def delete(self, company_id: uuid.UUID) -> Token:
        gone = self.rows.pop(self._index(company_id))
        return Token(gone.name, ("company", gone))

    def undo(self, token: Token) -> Token:
        kind, row = token.rows
        if kind == "company":
            self.rows.append(row)  # type: ignore[arg-type]
        else:
            assert isinstance(row, PositionRow)
            self.by_company[row.company_id].append(row)
        return token

    def positions(self, company_id: uuid.UUID) -> list[PositionRow]:
        return list(self.by_company[company_id])

    def add_position(self, company_id: uuid.UUID, form: PositionForm) -> PositionRow:
        v = check_position(form)
        if any(p.title == v.title for p in self.by_company[company_id]):
            raise FieldInvalid("title", "same title")
        row = PositionRow(id=uuid.uuid4(), company_id=company_id, title=v.title,
                          degree=v.degree, majors=v.majors, headcount=v.headcount,
                          interviews=0)  # fmt: skip
        self.by_company[company_id].append(row)
        return row

    def _find_position(self, position_id: uuid.UUID) -> tuple[list[PositionRow], int]:
        for rows in self.by_company.values():
            for i, p in enumerate(rows):
                if p.id == position_id:
                    return rows, i
        raise KeyError(position_id)

    def edit_position(self, position_id: uuid.UUID, form: PositionForm) -> PositionRow:
        v = check_position(form)
        rows, i = self._find_position(position_id)
        rows[i] = dataclasses.replace(rows[i], title=v.title, degree=v.degree, majors=v.majors,
                                      headcount=v.headcount)  # fmt: skip
        return rows[i]

    def remove_position(self, position_id: uuid.UUID) -> Token:
        rows, i = self._find_position(position_id)
        gone = rows.pop(i)
        return Token(gone.title, ("position", gone))
