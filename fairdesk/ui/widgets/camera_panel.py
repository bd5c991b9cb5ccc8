"""The booth's webcam panel, or a stand-in that says why there is none.

`make_camera_panel` loads QtMultimedia only now (through `fairdesk.ui.multimedia`); when a system
library is missing it returns `CameraUnavailable`, which has the panel's interface (`scanned`,
`available`, `running`, `start`, `stop`, `message`) and does nothing, so the booth works fully
with a handheld scanner or typed codes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from fairdesk.ui.multimedia import MultimediaStatus, multimedia_status

if TYPE_CHECKING:
    from fairdesk.ui.tasks import TaskRunner
    from fairdesk.ui.widgets.camera_view import CameraView


class CameraUnavailable(QWidget):
    """No webcam on this machine: the reason in `message`, nothing ever starts."""

    scanned = Signal(str)

    def __init__(self, status: MultimediaStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cameraView")
        self.status = status
        self.message = QLabel(status.message())
        self.message.setObjectName("cameraMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)

    @property
    def available(self) -> bool:
        return False

    @property
    def running(self) -> bool:
        return False

    def start(self) -> None:
        """Nothing to start."""

    def stop(self) -> None:
        """Nothing to stop."""


def make_camera_panel(
    parent: QWidget | None = None, *, tasks: TaskRunner | None = None
) -> CameraView | CameraUnavailable:
    """A `CameraView` decoding on `tasks` when QtMultimedia loads here, else `CameraUnavailable`."""
    status = multimedia_status()
    if not status.available:
        return CameraUnavailable(status, parent)
    from fairdesk.ui.widgets.camera_view import CameraView  # needs QtMultimedia

    return CameraView(parent, tasks=tasks)
