"""The wheel carries every package and every resource a station loads (pyproject's lists).

`pyproject.toml` names its packages and resource globs by hand (`fairdesk.resources` is the
top-level resources/ folder, which package discovery cannot see), so these tests fail when a new
subpackage or a new kind of resource file would silently be left out of the wheel. The wheel
itself is built and run by `.ci/wheel-check`.
"""

from __future__ import annotations

import tomllib
from fnmatch import fnmatch
from pathlib import Path

from fairdesk.resource_files import resources_dir

ROOT = Path(__file__).resolve().parents[2]
SETUPTOOLS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
    "setuptools"
]
#: Loaded at run time by the app: fonts, compiled catalogues, sounds.
RUNTIME_SUFFIXES = {".otf", ".qm", ".wav"}


def test_every_package_under_fairdesk_is_listed() -> None:
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "fairdesk").rglob("__init__.py")
    }
    assert found | {"fairdesk.resources"} == set(SETUPTOOLS["packages"])
    assert SETUPTOOLS["package-dir"] == {"fairdesk.resources": "resources"}


def test_every_runtime_resource_matches_a_package_data_glob() -> None:
    globs = SETUPTOOLS["package-data"]["fairdesk.resources"]
    files = [
        p.relative_to(ROOT / "resources").as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.suffix in RUNTIME_SUFFIXES
    ]
    assert len(files) >= 9  # 2 fonts, 4 catalogues, 3 sounds, …
    left_out = [f for f in files if not any(fnmatch(f, g) for g in globs)]
    assert left_out == []
    assert not any(fnmatch("screenshots/desk_zh.png", g) for g in globs)
    assert not any(fnmatch("fonts/subset_noto.py", g) for g in globs)


def test_resources_are_found_through_the_installed_package() -> None:
    """In this checkout the editable install maps `fairdesk.resources` onto resources/."""
    found = resources_dir()
    assert found == ROOT / "resources"
    assert (found / "i18n" / "fairdesk_zh_CN.qm").is_file()
    assert (found / "fonts" / "FairDeskNotoSansSC-Regular.otf").is_file()
