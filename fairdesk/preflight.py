"""Before the app or the tests start: are the system packages Qt needs installed?

PySide6's wheels bring Qt but not the system libraries it links against (EGL, xkbcommon,
fontconfig, the xcb helpers, PulseAudio for QtMultimedia). Without them importing Qt dies with a
loader error or "could not load the Qt platform plugin", which says nothing about the fix. So
`make run` / `make test` run `python -m fairdesk.preflight` first: on Linux it asks `ldd` which
libraries PySide6's modules and the platform plugin cannot find and prints every missing Debian
package in one `apt-get install` line. QtMultimedia (webcam scanning, desk sounds) is optional:
its packages only earn a warning, unless FAIRDESK_REQUIRE_MULTIMEDIA=1 (CI) makes them needed.
`--venv` runs before the virtual environment exists (system Python): is `venv`/`ensurepip` there?

Standard library only and no Qt import: this must run exactly when Qt cannot load.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

#: The Debian/Ubuntu package that ships each shared library Qt may link against.
SONAME_PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libOpenGL.so.0": "libopengl0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libpng16.so.16": "libpng16-16",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
    "libexpat.so.1": "libexpat1",
    "libpulse.so.0": "libpulse0",
    "libpulse-mainloop-glib.so.0": "libpulse-mainloop-glib0",
    "libasound.so.2": "libasound2",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
}
#: PySide6 modules every station imports; ldd follows them into Qt's libraries.
REQUIRED_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport")
#: Loaded lazily by the desk (sounds) and the camera scanner; a station works without them.
MULTIMEDIA_MODULES = ("QtMultimedia", "QtMultimediaWidgets")
REQUIRE_MULTIMEDIA_ENV = "FAIRDESK_REQUIRE_MULTIMEDIA"
_NOT_FOUND = re.compile(r"^\s*(\S+)\s*=>\s*not found\s*$", re.MULTILINE)
_FONTCONFIG_FOUND = re.compile(r"^\s*libfontconfig\.so\.1\s*=>\s*/", re.MULTILINE)


def missing_sonames(ldd_output: str) -> list[str]:
    """The libraries `ldd` reported as "=> not found", each once, in the order seen."""
    return list(dict.fromkeys(_NOT_FOUND.findall(ldd_output)))


def packages_for(sonames: Iterable[str]) -> list[str]:
    """Debian packages for `sonames`, each once; a library we do not know is named as is."""
    return list(dict.fromkeys(SONAME_PACKAGES.get(name, name) for name in sonames))


def install_command(packages: Sequence[str], *, root: bool) -> str:
    """The apt-get line that installs `packages` (with sudo unless we already are root)."""
    return ("" if root else "sudo ") + "apt-get install -y " + " ".join(packages)


def verdict(
    required_ldd: str,
    multimedia_ldd: str,
    *,
    root: bool,
    fontconfig_tool: bool = True,
    require_multimedia: bool = False,
) -> tuple[int, str | None]:
    """Exit code and the one line to print (None: all there) for the given `ldd` outputs.

    Every missing package goes into one command, so a person runs one line and is done; only
    multimedia missing is a warning (exit 0), unless `require_multimedia`.
    """
    needed = missing_sonames(required_ldd)
    if not fontconfig_tool and not _FONTCONFIG_FOUND.search(required_ldd):
        needed.append("libfontconfig.so.1")
    optional = [s for s in missing_sonames(multimedia_ldd) if s not in needed]
    if needed or (optional and require_multimedia):
        packages = packages_for(needed + optional)
        return 1, "FairDesk needs system packages: " + install_command(packages, root=root)
    if optional:
        command = install_command(packages_for(optional), root=root)
        return 0, f"FairDesk: webcam scanning and desk sounds are off until you run: {command}"
    return 0, None


def pyside_dir() -> Path | None:
    """PySide6's folder, found without importing it (importing is what may fail)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def platforms(chosen: Sequence[str]) -> list[str]:
    """Platform plugins to check: as given, else QT_QPA_PLATFORM, else xcb on an X display."""
    if chosen:
        return list(chosen)
    env = os.environ.get("QT_QPA_PLATFORM", "")
    if env:
        return [name.split(":")[0] for name in env.split(";") if name]
    return ["xcb"] if os.environ.get("DISPLAY") else []


def binaries(pyside: Path, modules: Sequence[str], plugins: Sequence[str]) -> list[Path]:
    """The extension modules and plugin files of PySide6 that `ldd` should look at."""
    found = [p for name in modules for p in sorted(pyside.glob(f"{name}.*.so"))]
    for name in plugins:
        plugin = pyside / "Qt" / "plugins" / "platforms" / f"libq{name}.so"
        if plugin.is_file():
            found.append(plugin)
    return found


def ldd(files: Sequence[Path]) -> str:
    """`ldd`'s output for `files` ("" for none)."""
    if not files:
        return ""
    done = subprocess.run(["ldd", *map(str, files)], capture_output=True, text=True, check=False)
    return done.stdout


def check_qt(chosen_platforms: Sequence[str]) -> tuple[int, str | None]:
    """The verdict for this machine's PySide6 (Linux with ldd; elsewhere nothing to say)."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return 0, None
    pyside = pyside_dir()
    if pyside is None:
        return 1, "FairDesk: PySide6 is not installed in this Python (run `make` again)"
    multimedia = binaries(pyside, MULTIMEDIA_MODULES, [])
    multimedia += sorted((pyside / "Qt" / "plugins" / "multimedia").glob("*.so"))
    return verdict(
        ldd(binaries(pyside, REQUIRED_MODULES, platforms(chosen_platforms))),
        ldd(multimedia),
        root=os.geteuid() == 0,
        fontconfig_tool=shutil.which("fc-match") is not None,
        require_multimedia=os.environ.get(REQUIRE_MULTIMEDIA_ENV) == "1",
    )


def check_venv() -> tuple[int, str | None]:
    """Can this (system) Python make FairDesk's virtual environment?"""
    if sys.version_info < (3, 11):  # noqa: UP036 (this runs on the system Python, not the venv)
        return 1, f"FairDesk needs Python 3.11 or newer (this is {sys.version.split()[0]})"
    try:
        import ensurepip
        import venv  # noqa: F401

        ensurepip.version()
    except Exception:  # Debian and Ubuntu ship ensurepip in a separate package
        if not sys.platform.startswith("linux"):
            return 1, "FairDesk: this Python cannot create virtual environments (no ensurepip)"
        package = f"python3.{sys.version_info.minor}-venv"
        return 1, "FairDesk needs system packages: " + install_command(
            [package], root=os.geteuid() == 0
        )
    return 0, None


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m fairdesk.preflight [--platform NAME]… | --venv`; prints at most one line."""
    parser = argparse.ArgumentParser(
        prog="python -m fairdesk.preflight", description=(__doc__ or "").splitlines()[0]
    )
    parser.add_argument("--platform", action="append", default=[], help="Qt platform plugin")
    parser.add_argument("--venv", action="store_true", help="check that venv/ensurepip work")
    args = parser.parse_args(argv)
    code, line = check_venv() if args.venv else check_qt(args.platform)
    if line:
        print(line, file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
