"""Where the shipped resources (translations, fonts, sounds) are found.

The top-level `resources/` folder is installed as the package `fairdesk.resources`, so
`importlib.resources` locates it the same way in an editable checkout (setuptools' finder maps
the package to the folder) and in an installed wheel (site-packages/fairdesk/resources). Qt loads
fonts and catalogues by file name, so the lookup insists on a real directory; everything that
loads a resource asks `resources_dir()` rather than building its own path.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

PACKAGE = "fairdesk.resources"


@cache
def resources_dir() -> Path:
    """The installed `resources/` directory (fonts/, i18n/, sounds/)."""
    found = files(PACKAGE)
    if not isinstance(found, Path) or not found.is_dir():
        raise RuntimeError(f"{PACKAGE} is not a folder on disk ({found!r}); reinstall FairDesk")
    return found
