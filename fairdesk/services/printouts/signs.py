"""Booth signs' contents: for every booth with a company, its code, the company and the
positions it offers (title, minimum degree, headcount) with the majors it wants.

Degrees are given in the words of the interface language (本科及以上 / Bachelor or above); the
signs come in booth order, so a stack of printed signs is laid out along the hall.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlmodel import col, select

from fairdesk.core.messages import language
from fairdesk.core.vocabulary import DEGREE_AT_LEAST, Degree
from fairdesk.services.fairs import current_fair
from fairdesk.services.printouts.floor_map import code_order
from fairdesk.store.engine import read_session
from fairdesk.store.models import Booth, Company, Position


@dataclass(frozen=True)
class SignPosition:
    title: str
    degree: str  # "本科及以上"; "" for any degree
    headcount: int | None
    majors: str  # joined with 、; "" for any major


@dataclass(frozen=True)
class BoothSign:
    code: str
    hall: str
    company: str
    sector: str
    positions: tuple[SignPosition, ...]


@dataclass(frozen=True)
class SignSet:
    title: str
    signs: tuple[BoothSign, ...]

    def texts(self) -> list[str]:
        out = [self.title]
        for s in self.signs:
            out += [s.company, s.sector, s.hall]
            out += [t for p in s.positions for t in (p.title, p.degree, p.majors)]
        return out


def degree_words(stored: str | None, lang: str | None = None) -> str:
    """A stored minimum degree as words; an unknown value as it is stored."""
    if not stored:
        return ""
    try:
        return DEGREE_AT_LEAST[Degree(stored)].template(lang or language())
    except ValueError:
        return stored


def read_signs(engine: Engine, *, lang: str | None = None) -> SignSet:
    """One sign per booth that has a company, in booth order (hall, then code)."""
    with read_session(engine) as session:
        fair = current_fair(session)
        booths = list(
            session.exec(
                select(Booth).where(Booth.fair_id == fair.id, col(Booth.company_id).is_not(None))
            )
        )
        companies = {
            c.id: c for c in session.exec(select(Company).where(Company.fair_id == fair.id))
        }
        offered: dict[uuid.UUID, list[SignPosition]] = {}
        query = select(Position).order_by(col(Position.created_at), col(Position.id))
        for p in session.exec(query):
            offered.setdefault(p.company_id, []).append(
                SignPosition(p.title, degree_words(p.degree, lang), p.headcount, p.majors)
            )
        title = fair.name
    signs = [
        BoothSign(
            b.code,
            b.hall,
            companies[b.company_id].name,
            companies[b.company_id].sector,
            tuple(offered.get(b.company_id, [])),
        )
        for b in booths
        if b.company_id in companies
    ]
    signs.sort(key=lambda s: (s.hall, code_order(s.code)))
    return SignSet(title, tuple(signs))
