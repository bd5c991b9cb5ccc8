"""Every message of the Students and Companies services renders in both languages with sample
parameters (the checks of tests/unit/test_messages_rendered.py, over these modules)."""

from __future__ import annotations

import importlib

import pytest

from fairdesk.core.messages import Message
from tests.unit import test_messages_rendered as rendered

MODULES = (
    "fairdesk.services.people_admin.deleted",
    "fairdesk.services.people_admin.forms",
    "fairdesk.services.people_admin.students",
    "fairdesk.services.people_admin.companies",
    "fairdesk.services.people_admin.positions",
)
MESSAGES = sorted(
    {
        m.key: m for name in MODULES for m in rendered._declared(importlib.import_module(name))
    }.values(),
    key=lambda m: m.key,
)


def test_each_module_declares_messages() -> None:
    assert all(rendered._declared(importlib.import_module(name)) for name in MODULES)


@pytest.mark.parametrize("entry", MESSAGES, ids=lambda m: m.key)
def test_renders_in_both_languages(entry: Message) -> None:
    rendered.test_renders_in_both_languages_with_sample_parameters(entry)
