"""A deletion that can be undone: the rows it removed, and putting them back as they were.

Deleting is a recorded change (`ChangeWriter.delete`, op "delete" in the change log), so bundles
and the hub carry it; undoing it re-inserts the very same rows — same ids, same values —
through the seam (op "insert"), so everything that pointed at them points at them again. The
token the service hands back (`DeletedRows`) holds those values: the screen keeps it for its
Undo button and passes it back untouched; it reads only `what`, `label` and `count`.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table
from sqlalchemy.exc import IntegrityError
from sqlalchemy.inspection import inspect
from sqlmodel import Session, SQLModel

from fairdesk.core.messages import message
from fairdesk.errors import UserError
from fairdesk.store.models import Booth
from fairdesk.store.seam import ChangeWriter, changes

ALREADY_BACK = message(
    "people_admin.already_restored",
    "{name} is already back: there is nothing to undo.",
    "“{name}”已经恢复，无需撤销。",
)
CANNOT_RESTORE = message(
    "people_admin.cannot_restore",
    "{name} cannot be put back: a record it belongs to is gone, or another record now holds "
    "its 学号 or name.",
    "无法恢复“{name}”：它所属的记录已不存在，或者它的学号或名称已被另一条记录占用。",
)


@dataclass(frozen=True)
class DeletedRows:
    """What one deletion removed, parents first (see the module docstring)."""

    what: str  # "attendee" | "company" | "position"
    row_id: uuid.UUID
    label: str  # the name a person knows it by
    rows: tuple[tuple[str, tuple[Mapping[str, Any], ...]], ...]
    freed_booths: tuple[uuid.UUID, ...] = ()  # booths the deleted company held

    def count(self, table: str) -> int:
        """How many rows of `table` the deletion removed (a company's positions, say)."""
        return sum(len(rows) for name, rows in self.rows if name == table)


@dataclass(frozen=True)
class Restored:
    """What an undo put back; `booths_taken`: booths given to another company meanwhile."""

    what: str
    row_id: uuid.UUID
    label: str
    booths_back: int = 0
    booths_taken: int = 0


def values_of(obj: SQLModel) -> dict[str, Any]:
    """Every column of a loaded row, as the row stores it."""
    return {a.key: getattr(obj, a.key) for a in inspect(type(obj)).column_attrs}


def delete_rows(log: ChangeWriter, groups: Sequence[Sequence[SQLModel]]) -> tuple[
    tuple[str, tuple[Mapping[str, Any], ...]], ...
]:  # fmt: skip
    """Delete `groups` of rows (children first: a badge's prints before the badge) through the
    seam; their values, parents first, for the undo token."""
    taken: list[tuple[str, tuple[Mapping[str, Any], ...]]] = []
    for group in groups:
        if not group:
            continue
        table = str(group[0].__table__.name)  # type: ignore[attr-defined]
        taken.append((table, tuple(values_of(o) for o in group)))
        for obj in group:
            log.delete(obj)
    return tuple(reversed(taken))


def restore(session: Session, token: DeletedRows) -> Restored:
    """Put `token`'s rows back through the seam (one transaction, the caller's)."""
    main = _table(token.rows[0][0])
    if session.connection().execute(main.select().where(main.c.id == token.row_id)).first():
        raise UserError(ALREADY_BACK(name=token.label))
    log = changes(session)
    try:
        for table, rows in token.rows:
            log.insert_rows(_table(table), [dict(r) for r in rows])
    except IntegrityError as exc:
        raise UserError(CANNOT_RESTORE(name=token.label)) from exc
    back = taken = 0
    for booth_id in token.freed_booths:
        booth = session.get(Booth, booth_id)
        if booth is not None and booth.company_id is None:
            log.update(booth, company_id=token.row_id)
            back += 1
        else:
            taken += 1
    return Restored(token.what, token.row_id, token.label, back, taken)


def _table(name: str) -> Table:
    return SQLModel.metadata.tables[name]
