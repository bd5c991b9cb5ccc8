"""The webcam pipeline, fed synthetic frames (a rendered badge QR) along the camera's path."""

from __future__ import annotations

import io

import qrcode
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from tests.ui.multimedia_gate import require_multimedia

require_multimedia()

from PySide6.QtMultimedia import QVideoFrame  # noqa: E402

from fairdesk.ui.booth.camera_scan import FrameDecoder, decode_image  # noqa: E402
from fairdesk.ui.widgets.camera_view import CameraView  # noqa: E402

CODE = "125102280010000660022759559120979428820"


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def badge_frame(code: str = CODE, size: tuple[int, int] = (640, 480)) -> QImage:
    """A camera-sized frame with a badge QR drawn off-centre on a grey background."""
    png = io.BytesIO()
    qrcode.make(code, box_size=5, border=4).get_image().convert("RGB").save(png, "PNG")
    qr = QImage.fromData(png.getvalue())
    frame = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    frame.fill(QColor(120, 120, 120))
    painter = QPainter(frame)
    painter.drawImage(180, 60, qr)
    painter.end()
    return frame


def blank_frame() -> QImage:
    frame = QImage(640, 480, QImage.Format.Format_RGB32)
    frame.fill(QColor(200, 200, 200))
    return frame


def test_decode_image_reads_a_rendered_badge() -> None:
    assert decode_image(badge_frame()) == [CODE]
    assert decode_image(blank_frame()) == []
    assert decode_image(QImage()) == []


def test_code_found_once_and_repeats_within_two_seconds_ignored(qtbot: QtBot) -> None:
    clock = Clock()
    decoder = FrameDecoder(clock=clock, pool=QThreadPool())
    found: list[str] = []
    decoder.found.connect(found.append)
    with qtbot.waitSignal(decoder.frame_decoded, timeout=5000):
        decoder.submit_image(badge_frame())
    assert found == [CODE]

    clock.now += 1.0  # the badge is still in front of the lens
    with qtbot.waitSignal(decoder.frame_decoded, timeout=5000) as seen:
        decoder.submit_frame(QVideoFrame(badge_frame()))  # the camera's own frame type
    assert seen.args == [[CODE]] and found == [CODE]

    clock.now += 1.5  # still within 2 s of the last sighting: still ignored
    with qtbot.waitSignal(decoder.frame_decoded, timeout=5000):
        decoder.submit_image(badge_frame())
    assert found == [CODE]

    clock.now += 2.5  # taken away and shown again later: a new sighting
    with qtbot.waitSignal(decoder.frame_decoded, timeout=5000):
        decoder.submit_frame(QVideoFrame(badge_frame()))
    assert found == [CODE, CODE]
    decoder.wait_idle()


def test_throttle_and_single_slot_queue(qtbot: QtBot) -> None:
    clock = Clock()
    decoder = FrameDecoder(clock=clock, pool=QThreadPool())
    found: list[str] = []
    decoder.found.connect(found.append)
    decoded: list[list[str]] = []
    decoder.frame_decoded.connect(decoded.append)
    decoder.submit_image(blank_frame())
    decoder.submit_image(badge_frame())  # same instant: over ~10/s, dropped by the throttle
    assert decoder.dropped == 1
    clock.now += 0.1
    decoder.submit_image(blank_frame())  # waits while the first decode runs (or runs next)
    clock.now += 0.1
    decoder.submit_image(badge_frame())  # replaces the waiting frame if it had to wait
    qtbot.waitUntil(lambda: not decoder.busy and found == [CODE], timeout=5000)
    assert len(decoded) + decoder.dropped == 4
    decoder.wait_idle()


def test_camera_view_without_a_camera_is_disabled_not_broken(qtbot: QtBot) -> None:
    clock = Clock()
    view = CameraView(decoder=FrameDecoder(clock=clock, pool=QThreadPool()))
    qtbot.addWidget(view)
    view.show()
    if view.picker.count() == 0:
        assert not view.toggle.isEnabled() and not view.picker.isEnabled()
        assert view.message.text()
        view.start()  # nothing to start; must not raise
        assert not view.running
    scanned: list[str] = []
    view.scanned.connect(scanned.append)
    with qtbot.waitSignal(view.scanned, timeout=5000):
        view.decoder.submit_frame(QVideoFrame(badge_frame()))
    assert scanned == [CODE]
    view.decoder.wait_idle()
