"""The roles a station can take, defined once: the picker's buttons, `fairdesk gui --role`, the
station table's `role` column and the names a station gets when nobody named it all use `Role`.

The translated labels are the UI's business (`fairdesk.ui.labels.role_title`); these values are
stored and typed on command lines, so they never change.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """In the order the role picker offers them."""

    DESK = "desk"
    BOOTH = "booth"
    ORGANISER = "organiser"


ROLES: tuple[Role, ...] = tuple(Role)


def parse_role(text: str) -> Role:
    """`Role` for a stored or typed value; ValueError naming the choices otherwise."""
    try:
        return Role(text)
    except ValueError:
        choices = ", ".join(ROLES)
        raise ValueError(f"unknown role {text!r}; expected one of {choices}") from None
