"""The preflight turns `ldd`'s "not found" lines into one apt-get line (fake ldd output here),
and passes on this machine, where everything the suite needs is installed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from fairdesk import preflight

ROOT = Path(__file__).resolve().parents[2]

QT_GUI_LDD = """\
/venv/PySide6/QtGui.abi3.so:
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6Gui.so.6 => /venv/PySide6/Qt/lib/libQt6Gui.so.6 (0x00007f10)
\tlibEGL.so.1 => not found
\tlibfontconfig.so.1 => /lib/x86_64-linux-gnu/libfontconfig.so.1 (0x00007f11)
\tlibxkbcommon.so.0 => not found
\tlibEGL.so.1 => not found
\tlibfoo-unknown.so.3 => not found
\t/lib64/ld-linux-x86-64.so.2 (0x00007f12)
"""
MULTIMEDIA_LDD = """\
/venv/PySide6/QtMultimedia.abi3.so:
\tlibQt6Multimedia.so.6 => /venv/PySide6/Qt/lib/libQt6Multimedia.so.6 (0x00007f20)
\tlibpulse.so.0 => not found
\tlibxkbcommon.so.0 => not found
"""
ALL_FOUND = "\tlibfontconfig.so.1 => /lib/x86_64-linux-gnu/libfontconfig.so.1 (0x00007f11)\n"


def test_not_found_lines_become_sonames_once_each() -> None:
    assert preflight.missing_sonames(QT_GUI_LDD) == [
        "libEGL.so.1",
        "libxkbcommon.so.0",
        "libfoo-unknown.so.3",
    ]
    assert preflight.missing_sonames(ALL_FOUND) == []


def test_sonames_map_to_debian_packages_and_unknown_ones_stay_as_they_are() -> None:
    names = ["libEGL.so.1", "libGL.so.1", "libxcb-icccm.so.4", "libglib-2.0.so.0"]
    names += ["libgthread-2.0.so.0", "libX11-xcb.so.1", "libpulse.so.0", "libweird.so.9"]
    assert preflight.packages_for(names) == [
        "libegl1",
        "libgl1",
        "libxcb-icccm4",
        "libglib2.0-0",
        "libx11-xcb1",
        "libpulse0",
        "libweird.so.9",
    ]


def test_every_missing_package_is_in_one_line_and_stops_make() -> None:
    code, line = preflight.verdict(QT_GUI_LDD, MULTIMEDIA_LDD, root=False)
    assert code == 1
    assert line == (
        "FairDesk needs system packages: "
        "sudo apt-get install -y libegl1 libxkbcommon0 libfoo-unknown.so.3 libpulse0"
    )
    _, as_root = preflight.verdict(QT_GUI_LDD, "", root=True)
    assert as_root == (
        "FairDesk needs system packages: apt-get install -y libegl1 libxkbcommon0 "
        "libfoo-unknown.so.3"
    )


def test_missing_multimedia_alone_is_a_warning() -> None:
    code, line = preflight.verdict(ALL_FOUND, "\tlibpulse.so.0 => not found\n", root=False)
    assert (code, line) == (
        0,
        "FairDesk: webcam scanning and desk sounds are off until you run: "
        "sudo apt-get install -y libpulse0",
    )


def test_ci_can_require_multimedia() -> None:
    code, line = preflight.verdict(
        ALL_FOUND, "\tlibpulse.so.0 => not found\n", root=True, require_multimedia=True
    )
    assert (code, line) == (1, "FairDesk needs system packages: apt-get install -y libpulse0")


def test_no_fontconfig_at_all_is_missing() -> None:
    assert preflight.verdict(ALL_FOUND, "", root=True, fontconfig_tool=False) == (0, None)
    code, line = preflight.verdict("", "", root=True, fontconfig_tool=False)
    assert (code, line) == (1, "FairDesk needs system packages: apt-get install -y libfontconfig1")


def test_nothing_missing_says_nothing() -> None:
    assert preflight.verdict(ALL_FOUND, "", root=False) == (0, None)


def test_platform_plugins_follow_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    assert preflight.platforms([]) == []
    monkeypatch.setenv("DISPLAY", ":0")
    assert preflight.platforms([]) == ["xcb"]
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert preflight.platforms([]) == ["offscreen"]
    assert preflight.platforms(["xcb"]) == ["xcb"]


def test_a_python_without_ensurepip_gets_the_venv_package(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "ensurepip", None)  # import now raises ImportError
    monkeypatch.setattr(sys, "platform", "linux")
    code, line = preflight.check_venv()
    assert code == 1
    assert line is not None
    assert line.startswith("FairDesk needs system packages: ")
    assert line.endswith(f"apt-get install -y python3.{sys.version_info.minor}-venv")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd is Linux's")
def test_this_machines_pyside6_libraries_are_found_by_ldd() -> None:
    pyside = preflight.pyside_dir()
    assert pyside is not None
    files = preflight.binaries(pyside, preflight.REQUIRED_MODULES, ["offscreen"])
    assert len(files) == len(preflight.REQUIRED_MODULES) + 1
    output = preflight.ldd(files)
    assert "libQt6Widgets.so.6 => " in output
    assert preflight.missing_sonames(output) == []


@pytest.mark.parametrize("args", [["--platform", "offscreen"], ["--venv"]])
def test_the_real_preflight_passes_here(args: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "fairdesk.preflight", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert len(done.stderr.splitlines()) <= 1  # at most the webcam warning
    assert done.stdout == ""
