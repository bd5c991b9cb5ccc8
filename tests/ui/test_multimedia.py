"""Without QtMultimedia's system libraries the booth still works, and says what to install."""

from __future__ import annotations

import sys

import pytest
from pytestqt.qtbot import QtBot

from fairdesk.ui import multimedia
from fairdesk.ui.multimedia import MultimediaStatus, multimedia_status, status_from_error
from fairdesk.ui.widgets import camera_panel
from tests.ui.booth.test_booth import Booth, booth, scan, unlock  # noqa: F401  (booth is a fixture)

# What PySide6 really raises on a machine without PulseAudio's client library.
LIBPULSE_ERROR = ImportError(
    "libpulse.so.0: cannot open shared object file: No such file or directory"
)


def test_the_missing_library_and_its_package_are_named(english: str) -> None:
    status = status_from_error(LIBPULSE_ERROR)
    assert (status.available, status.library, status.package) == (
        False,
        "libpulse.so.0",
        "libpulse0",
    )
    assert "libpulse.so.0" in status.message() and "apt-get install libpulse0" in status.message()


def test_an_unknown_library_is_still_named(english: str) -> None:
    status = status_from_error(ImportError("libfoo.so.7: cannot open shared object file"))
    assert status.library == "libfoo.so.7" and status.package == ""
    assert "libfoo.so.7" in status.message()


def test_the_message_is_chinese_in_the_chinese_interface(qapp: object) -> None:
    from fairdesk.ui.i18n import install_translator

    install_translator(qapp, "zh_CN")  # type: ignore[arg-type]
    try:
        text = status_from_error(LIBPULSE_ERROR).message()
    finally:
        install_translator(qapp, "en")  # type: ignore[arg-type]
    assert "摄像头" in text and "libpulse0" in text


def test_a_module_that_cannot_load_reports_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    multimedia_status.cache_clear()
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # import now fails
    try:
        assert not multimedia.multimedia_status().available
    finally:
        multimedia_status.cache_clear()


def test_booth_without_multimedia_scans_and_names_the_package(
    qtbot: QtBot,
    booth: Booth,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        camera_panel, "multimedia_status", lambda: status_from_error(LIBPULSE_ERROR)
    )
    unlock(qtbot, booth.screen)
    station = booth.station
    button = station.scan_bar.camera_button
    assert not button.isEnabled()
    assert "libpulse0" in button.toolTip()
    button.setChecked(True)  # forced: nothing starts, nothing breaks
    assert not station.camera.running
    scan(qtbot, station, booth.student.code)
    qtbot.waitUntil(lambda: station.card.name_label.text() == booth.student.name)


def test_status_of_this_machine_is_consistent() -> None:
    status = multimedia_status()
    assert isinstance(status, MultimediaStatus)
    assert status.available or status.detail
