"""Query pieces that several services share, so a rule is written once."""

from __future__ import annotations

from sqlalchemy import ColumnElement
from sqlmodel import col

from fairdesk.store.models import Badge, CheckIn


def active_arrival() -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    """WHERE clauses for a check-in that counts as an arrival: first in, and not undone."""
    return (col(CheckIn.kind) == "arrival", col(CheckIn.undone_at).is_(None))


def code_is_revoked(badge: Badge, code_reissue: int) -> bool:
    """A badge withdrawn, or a code older than the badge's latest reissue (a lost badge)."""
    return badge.revoked or code_reissue < badge.reissue
