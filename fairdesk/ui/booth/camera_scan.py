"""Webcam decoding pipeline: frames in, badge codes out, without blocking the GUI thread.

`FrameDecoder` takes frames from a camera's `QVideoSink` (`submit_frame`) or plain images
(`submit_image`, what tests feed), keeps at most ~10 decodes a second, decodes with zxing-cpp as
reads on the station's `TaskRunner` (the one runner: shutdown waits for it, a decode never
announces a change), and de-duplicates: a code seen again within `repeat_window` seconds of its last
sighting is ignored, so a badge held in front of the lens is logged once. Only one frame is decoded
at a time; while one is in flight a newer frame replaces any waiting one (a queue of size 1 that
drops stale frames). The clock is injectable so tests can step time without sleeping.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

import zxingcpp
from PIL import Image
from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QImage

from fairdesk.core.codes import fold_input
from fairdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:  # QtMultimedia is loaded only when a camera is used (fairdesk.ui.multimedia)
    from PySide6.QtMultimedia import QVideoFrame

logger = logging.getLogger(__name__)

MIN_INTERVAL_S = 0.1  # at most ~10 decodes a second
REPEAT_WINDOW_S = 2.0
MAX_SIDE = 960  # larger frames are scaled down before decoding (QR modules stay several pixels)


def decode_image(image: QImage) -> list[str]:
    """The texts of the QR codes (and other barcodes) zxing-cpp finds in `image`."""
    if image.isNull():
        return []
    if max(image.width(), image.height()) > MAX_SIDE:
        image = image.scaled(
            MAX_SIDE, MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )  # fmt: skip
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    data = bytes(gray.constBits())[: stride * height]
    pil = Image.frombuffer("L", (width, height), data, "raw", "L", stride, 1)
    return [r.text for r in zxingcpp.read_barcodes(pil) if r.valid and r.text]


def _decode_quietly(image: QImage) -> list[str]:
    """`decode_image` on a worker thread: a bad frame is dropped, never a crash dialog."""
    try:
        return decode_image(image)
    except Exception:
        logger.exception("decoding a camera frame failed")
        return []


class FrameDecoder(QObject):
    """See the module docstring: `found(code)` once per sighting, `frame_decoded` per frame."""

    found = Signal(str)
    frame_decoded = Signal(list)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        min_interval: float = MIN_INTERVAL_S,
        repeat_window: float = REPEAT_WINDOW_S,
        runner: TaskRunner | None = None,
        pool: QThreadPool | None = None,  # only for a runner of its own (tests)
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._min_interval = min_interval
        self._repeat_window = repeat_window
        self._runner = runner if runner is not None else TaskRunner(self, pool=pool)
        self._busy = False
        self._waiting: QImage | None = None
        self._last_start: float | None = None
        self._last_seen: dict[str, float] = {}
        self.dropped = 0  # frames skipped by the throttle or replaced while waiting

    @property
    def busy(self) -> bool:
        return self._busy

    @Slot(object)
    def submit_frame(self, frame: QVideoFrame) -> None:
        """A frame from a `QVideoSink` (the camera path)."""
        if frame.isValid() and self._take():  # throttle before the costly conversion
            self._queue(frame.toImage())

    @Slot(QImage)
    def submit_image(self, image: QImage) -> None:
        """An image to decode unless the throttle says it is too soon after the last one."""
        if self._take():
            self._queue(image)

    def _take(self) -> bool:
        now = self._clock()
        if self._last_start is not None and now - self._last_start < self._min_interval:
            self.dropped += 1
            return False
        self._last_start = now
        return True

    def _queue(self, image: QImage) -> None:
        if self._busy:
            if self._waiting is not None:
                self.dropped += 1
            self._waiting = image.copy()
            return
        self._start(image.copy())

    def _start(self, image: QImage) -> None:
        self._busy = True
        self._runner.read(partial(_decode_quietly, image), self._on_done, self._failed)

    def _failed(self, _exc: BaseException) -> None:  # the crash path has it already
        self._on_done([])

    @Slot(object)
    def _on_done(self, texts: list[str]) -> None:
        self._busy = False
        now = self._clock()
        for raw in texts:
            code = fold_input(raw)
            last = self._last_seen.get(code)
            self._last_seen[code] = now
            if last is None or now - last >= self._repeat_window:
                logger.debug("camera found a code")
                self.found.emit(code)
        self._last_seen = {
            c: t for c, t in self._last_seen.items() if now - t < self._repeat_window * 4
        }
        self.frame_decoded.emit(list(texts))
        if self._waiting is not None:
            waiting, self._waiting = self._waiting, None
            self._start(waiting)

    def wait_idle(self, msecs: int = 5000) -> bool:
        """Block until the runner has no decode running (shutdown)."""
        return self._runner.wait_for_done(msecs)
