"""What the Students and Companies tools need from their services (`services.people_admin`).

The screens see only these shapes, so a test builds them with fakes; `fairdesk.wiring` hands
them `StudentsService` and `CompaniesService`. A deletion returns an undo token the screen keeps
untouched and passes back to `undo`; it reads only the token's `label`.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:  # types only: importing this module loads no service
    from fairdesk.services.people_admin.companies import CompanyRow
    from fairdesk.services.people_admin.forms import CompanyForm, PositionForm, StudentForm
    from fairdesk.services.people_admin.positions import PositionRow
    from fairdesk.services.people_admin.students import StudentList, StudentRow


class UndoToken(Protocol):
    """What a deletion handed back (`people_admin.deleted.DeletedRows`)."""

    @property
    def label(self) -> str: ...


class StudentsTool(Protocol):
    def find(self, query: str = ..., limit: int = ...) -> StudentList: ...
    def edit(self, attendee_id: uuid.UUID, form: StudentForm) -> StudentRow: ...
    def delete(self, attendee_id: uuid.UUID) -> Any: ...  # an UndoToken
    def undo(self, token: Any) -> Any: ...


class CompaniesTool(Protocol):
    def find(self, query: str = ...) -> list[CompanyRow]: ...
    def edit(self, company_id: uuid.UUID, form: CompanyForm) -> CompanyRow: ...
    def delete(self, company_id: uuid.UUID) -> Any: ...  # an UndoToken
    def undo(self, token: Any) -> Any: ...
    def positions(self, company_id: uuid.UUID) -> list[PositionRow]: ...
    def add_position(self, company_id: uuid.UUID, form: PositionForm) -> PositionRow: ...
    def edit_position(self, position_id: uuid.UUID, form: PositionForm) -> PositionRow: ...
    def remove_position(self, position_id: uuid.UUID) -> Any: ...  # an UndoToken
