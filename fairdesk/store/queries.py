"""Query pieces that several services share, so a rule is written once."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import ColumnElement
from sqlmodel import Session, col, select

from fairdesk.store.models import Badge, CheckIn, CompanyArrival


def active_arrival() -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    """WHERE clauses for a check-in that counts as an arrival: first in, and not undone."""
    return (col(CheckIn.kind) == "arrival", col(CheckIn.undone_at).is_(None))


def code_is_revoked(badge: Badge, code_reissue: int) -> bool:
    """A badge withdrawn, or a code older than the badge's latest reissue (a lost badge)."""
    return badge.revoked or code_reissue < badge.reissue


def arrived_companies(session: Session, among: Sequence[uuid.UUID] | None = None) -> set[uuid.UUID]:
    """Companies with an employer check-in that is not undone; only those `among` when given
    (one booth's company after a drop, read by its index)."""
    query = select(CompanyArrival.company_id).where(col(CompanyArrival.undone_at).is_(None))
    if among is not None:
        query = query.where(col(CompanyArrival.company_id).in_(list(among)))
    return set(session.exec(query).all())
