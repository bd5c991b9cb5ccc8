"""The station roles are one vocabulary (`fairdesk.core.roles`), stored and typed as plain words."""

from __future__ import annotations

import pytest

from fairdesk.core.roles import ROLES, Role, parse_role


def test_roles_are_the_stored_words_in_picker_order() -> None:
    assert ROLES == ("desk", "booth", "organiser")
    assert [str(r) for r in ROLES] == ["desk", "booth", "organiser"]
    assert f"{Role.BOOTH}" == "booth"  # formatted into SQL values and log lines as the word


def test_parse_role_names_the_choices() -> None:
    assert parse_role("organiser") is Role.ORGANISER
    with pytest.raises(ValueError, match="desk, booth, organiser"):
        parse_role("cashier")
