"""A webcam panel for booths without a handheld scanner: camera picker, live preview, flash.

Frames go from the camera's video sink into a `FrameDecoder` (`fairdesk.ui.booth.camera_scan`),
the same code path tests feed with synthetic frames; found codes come out as `scanned(str)`.
With no camera (or no multimedia backend) the panel says so and stays disabled; nothing here may
crash a booth.

This module imports QtMultimedia at load, so nothing imports it at load either: only
`camera_panel.make_camera_panel`, after `multimedia.multimedia_status()` found the libraries
(tests/unit/test_layers.py checks that opening every station loads no QtMultimedia).
"""

from __future__ import annotations

import contextlib
import logging

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtMultimedia import QCamera, QCameraDevice, QMediaCaptureSession, QMediaDevices
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fairdesk.ui.booth.camera_scan import FrameDecoder
from fairdesk.ui.tasks import TaskRunner

logger = logging.getLogger(__name__)

FLASH_MS = 400


class CameraView(QWidget):
    """Picker + preview; `start()` / `stop()`; emits `scanned(code)` for each new code."""

    scanned = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        decoder: FrameDecoder | None = None,
        tasks: TaskRunner | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("cameraView")
        self.setAccessibleName(self.tr("Webcam scanner"))
        self.decoder = decoder or FrameDecoder(self, runner=tasks)
        self.decoder.found.connect(self._on_found)
        self._camera: QCamera | None = None
        self._session: QMediaCaptureSession | None = None
        self._devices: list[QCameraDevice] = []

        self.picker = QComboBox()
        self.picker.setObjectName("cameraPicker")
        self.picker.setAccessibleName(self.tr("Camera"))
        self.toggle = QPushButton(self.tr("Start camera"))
        self.toggle.setObjectName("cameraToggle")
        self.toggle.setAccessibleName(self.tr("Start or stop the camera"))
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._on_toggled)
        self.message = QLabel()
        self.message.setObjectName("cameraMessage")
        self.message.setWordWrap(True)
        self.preview = QVideoWidget()
        self.preview.setObjectName("cameraPreview")
        self.preview.setAccessibleName(self.tr("Camera preview"))
        self.preview.setMinimumSize(240, 180)
        self.preview.hide()
        self._flash = QTimer(self)
        self._flash.setSingleShot(True)
        self._flash.setInterval(FLASH_MS)
        self._flash.timeout.connect(lambda: self.setStyleSheet(""))

        row = QHBoxLayout()
        row.addWidget(self.picker, 1)
        row.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.message)
        self.refresh_devices()

    def refresh_devices(self) -> None:
        """List the cameras; with none, disable the panel and say why."""
        try:
            self._devices = list(QMediaDevices.videoInputs())
        except Exception:  # a broken multimedia backend must not stop the booth
            logger.exception("listing cameras failed")
            self._devices = []
        self.picker.clear()
        for device in self._devices:
            self.picker.addItem(device.description())
        available = bool(self._devices)
        self.picker.setEnabled(available)
        self.toggle.setEnabled(available)
        self.message.setText(
            "" if available else self.tr("No camera found: use a handheld scanner or type codes.")
        )

    @property
    def available(self) -> bool:
        """Whether any camera was found."""
        return bool(self._devices)

    @property
    def running(self) -> bool:
        return self._camera is not None

    @Slot(bool)
    def _on_toggled(self, on: bool) -> None:
        if on:
            self.start()
        else:
            self.stop()

    def start(self) -> None:
        index = self.picker.currentIndex()
        if self._camera is not None or not 0 <= index < len(self._devices):
            return
        try:
            camera = QCamera(self._devices[index], self)
            session = QMediaCaptureSession(self)
            session.setCamera(camera)
            session.setVideoOutput(self.preview)
            self.preview.videoSink().videoFrameChanged.connect(self.decoder.submit_frame)
            camera.errorOccurred.connect(self._on_error)
            camera.start()
        except Exception:
            logger.exception("starting the camera failed")
            self.message.setText(self.tr("The camera could not be started."))
            self.toggle.setChecked(False)
            return
        self._camera, self._session = camera, session
        self.preview.show()
        self.toggle.setText(self.tr("Stop camera"))
        self.message.setText(self.tr("Hold a badge's QR code up to the camera."))

    def stop(self) -> None:
        camera, self._camera = self._camera, None
        if camera is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self.preview.videoSink().videoFrameChanged.disconnect(self.decoder.submit_frame)
            camera.stop()
            camera.deleteLater()
        if self._session is not None:
            self._session.deleteLater()
            self._session = None
        self.preview.hide()
        self.toggle.setChecked(False)
        self.toggle.setText(self.tr("Start camera"))

    @Slot(QCamera.Error, str)
    def _on_error(self, _error: QCamera.Error, text: str) -> None:
        logger.warning("camera error: %s", text)
        self.message.setText(self.tr("Camera error: {text}").format(text=text))
        self.stop()

    @Slot(str)
    def _on_found(self, code: str) -> None:
        self.setStyleSheet("#cameraPreview { border: 4px solid #2e7d32; }")
        self.message.setText(self.tr("Code read."))
        self._flash.start()
        self.scanned.emit(code)

    def hideEvent(self, event: object) -> None:
        self.stop()
        super().hideEvent(event)  # type: ignore[arg-type]
