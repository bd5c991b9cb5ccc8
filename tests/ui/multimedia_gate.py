"""Webcam tests need QtMultimedia: skip them (saying why) only where it may be absent.

A machine without `libpulse0` runs the whole suite with the webcam tests skipped and the reason
shown; CI sets FAIRDESK_REQUIRE_MULTIMEDIA, so there a missing library fails instead of skipping.
"""

from __future__ import annotations

import os

import pytest

from fairdesk.ui.multimedia import multimedia_status


def require_multimedia() -> None:
    """Call at module level in a test module that imports QtMultimedia."""
    status = multimedia_status()
    if status.available:
        return
    reason = f"QtMultimedia cannot load here ({status.detail})"
    if os.environ.get("FAIRDESK_REQUIRE_MULTIMEDIA"):
        pytest.fail(f"{reason}, but FAIRDESK_REQUIRE_MULTIMEDIA is set", pytrace=False)
    pytest.skip(
        f"{reason}; install {status.package or 'its system library'}", allow_module_level=True
    )
