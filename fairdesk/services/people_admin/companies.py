"""The organiser's Companies tool: the fair's companies in pinyin order, edited or deleted.

The list is sorted as a Chinese reader looks for a company (`core.pinyin_order`: 格力, 华为,
京东, …, vivo) and searched by name, sector, city, booth code, or the full pinyin or initials
from any word of the name on (中山市翠亨投资 by "cuiheng" or "cht"); a fair
has at most about a thousand companies, so the search runs over rows read once per call. An
edit is checked by the company list's rules (`people_admin.forms`) and writes only what changed,
with `updated_at`. Deleting a company takes its positions and its own interview tags with it and
frees its booths (each a recorded change, all put back by the undo); it is refused once a booth
recorded an interview for it or a booth station pack was made for it (that laptop's records would
then belong to no company).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from fairdesk.core.companies import booth_key, company_key
from fairdesk.core.company_names import company_keys, sort_key, word_starts
from fairdesk.core.messages import message
from fairdesk.core.pinyin_keys import search_key
from fairdesk.errors import UserError
from fairdesk.services.fairs import current_fair
from fairdesk.services.people_admin.deleted import DeletedRows, Restored, delete_rows, restore
from fairdesk.services.people_admin.forms import CompanyForm, FieldInvalid, check_company
from fairdesk.services.people_admin.positions import PositionsMixin
from fairdesk.store.engine import read_session, write_session
from fairdesk.store.models import Booth, Company, Interview, Position, Station, Tag, utcnow
from fairdesk.store.seam import changes

HAS_INTERVIEWS = message(
    "people_admin.company_interviewed",
    "{name} cannot be deleted: its booth has recorded interviews.",
    "不能删除“{name}”：该企业展位已有面谈记录。",
)
HAS_STATION = message(
    "people_admin.company_has_station",
    "{name} cannot be deleted: a booth station pack was made for it.",
    "不能删除“{name}”：已为该企业制作了展位工作站数据包。",
)
SAME_NAME = message(
    "people_admin.same_company_name", "another company is already called so", "已有同名企业"
)
SAME_USCC = message(
    "people_admin.same_uscc", "{other} already has this credit code", "“{other}”已使用这个信用代码"
)


@dataclass(frozen=True, kw_only=True)
class CompanyRow:
    """One company as the organiser's table shows it."""

    id: uuid.UUID
    name: str
    sector: str
    city: str
    contact_name: str
    phone: str
    email: str
    uscc: str | None
    booths: tuple[str, ...]
    positions: int
    interviews: int
    pinyin: str  # the name's full pinyin: the table's sort key for the name


def _matches(row: CompanyRow, key: str) -> bool:
    folded = (row.name + " " + row.sector + " " + row.city).casefold()
    return (
        key in "".join(folded.split())
        or any(start.startswith(key) for start in word_starts(row.name))
        or any(booth_key(b).casefold().startswith(key) for b in row.booths)
        or bool(row.uscc and row.uscc.casefold().startswith(key))
    )


class CompaniesService(PositionsMixin):
    """See the module docstring; one short transaction per call."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def find(self, query: str = "") -> list[CompanyRow]:
        """The fair's companies in pinyin order; those `query` matches when it is given."""
        key = search_key(query)
        with read_session(self._engine) as session:
            fair = current_fair(session)
            companies = list(session.exec(select(Company).where(Company.fair_id == fair.id)))
            rows = _rows(session, companies)
        if key:
            rows = [r for r in rows if _matches(r, key)]
        return sorted(rows, key=lambda r: sort_key(r.name))

    def company(self, company_id: uuid.UUID) -> CompanyRow:
        with read_session(self._engine) as session:
            return _rows(session, [self._company(session, company_id)])[0]

    def edit(self, company_id: uuid.UUID, form: CompanyForm) -> CompanyRow:
        """Save `form` over the company (`FieldInvalid` names a refused field)."""
        wanted = check_company(form)
        with write_session(self._engine) as session:
            c = self._company(session, company_id)
            changed = {k: v for k, v in wanted.items() if getattr(c, k) != v}
            if changed:
                others = list(
                    session.exec(
                        select(Company).where(Company.fair_id == c.fair_id, Company.id != c.id)
                    )
                )
                if "name" in changed and any(
                    company_key(o.name) == company_key(str(wanted["name"])) for o in others
                ):
                    raise FieldInvalid("name", SAME_NAME(), kind="companies")
                same = [o for o in others if wanted["uscc"] and o.uscc == wanted["uscc"]]
                if "uscc" in changed and same:
                    raise FieldInvalid("uscc", SAME_USCC(other=same[0].name), kind="companies")
                changes(session).update(c, **changed, updated_at=utcnow())
            return _rows(session, [c])[0]

    def delete(self, company_id: uuid.UUID) -> DeletedRows:
        """Delete the company with its positions and tags, freeing its booths (undoable)."""
        with write_session(self._engine) as session:
            c = self._company(session, company_id)
            if session.exec(select(Interview.id).where(Interview.company_id == c.id)).first():
                raise UserError(HAS_INTERVIEWS(name=c.name))
            if session.exec(select(Station.id).where(Station.company_id == c.id)).first():
                raise UserError(HAS_STATION(name=c.name))
            log = changes(session)
            booths = list(session.exec(select(Booth).where(Booth.company_id == c.id)))
            for booth in booths:
                log.update(booth, company_id=None)
            positions = list(session.exec(select(Position).where(Position.company_id == c.id)))
            tags = list(session.exec(select(Tag).where(Tag.company_id == c.id)))
            rows = delete_rows(log, [tags, positions, [c]])
            return DeletedRows("company", c.id, c.name, rows, tuple(b.id for b in booths))

    def undo(self, token: DeletedRows) -> Restored:
        """Put back a deleted company (positions, tags, free booths) or a removed position."""
        with write_session(self._engine) as session:
            return restore(session, token)


def _rows(session: Session, companies: Sequence[Company]) -> list[CompanyRow]:
    ids = [c.id for c in companies]
    booths: dict[uuid.UUID, list[str]] = defaultdict(list)
    positions: dict[uuid.UUID, int] = {}
    interviews: dict[uuid.UUID, int] = {}
    if ids:
        held = select(col(Booth.company_id), col(Booth.code)).where(col(Booth.company_id).in_(ids))
        for company_id, code in session.exec(held.order_by(col(Booth.code))):
            if company_id is not None:
                booths[company_id].append(code)
        for model, into in ((Position, positions), (Interview, interviews)):
            owner = col(model.company_id)
            counted = select(owner, func.count()).where(owner.in_(ids)).group_by(owner)
            into.update({k: int(n) for k, n in session.exec(counted)})
    return [
        CompanyRow(
            id=c.id,
            name=c.name,
            sector=c.sector,
            city=c.city,
            contact_name=c.contact_name,
            phone=c.phone,
            email=c.email,
            uscc=c.uscc,
            booths=tuple(booths.get(c.id, ())),
            positions=positions.get(c.id, 0),
            interviews=interviews.get(c.id, 0),
            pinyin=company_keys(c.name)[0],
        )
        for c in companies
    ]
