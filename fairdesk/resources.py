"""Where the shipped resources (translations, fonts, icons, sounds, demo data) live.

`resources/` sits at the repository top level beside the `fairdesk` package; the package is
installed editable, so one path relative to this file finds it. Everything that loads a resource
asks `resources_dir()` rather than building its own path.
"""

from __future__ import annotations

from pathlib import Path


def resources_dir() -> Path:
    """The top-level `resources/` directory."""
    return Path(__file__).resolve().parents[1] / "resources"
