"""Test-wide setup: Qt runs offscreen (set before anything imports Qt)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


import pytest

from fairdesk.core import messages


@pytest.fixture(autouse=True)
def _messages_in_english() -> object:
    """Each test starts with messages in English, whatever an earlier test chose."""
    messages.set_language("en")
    yield
    messages.set_language("en")
