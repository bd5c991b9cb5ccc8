"""Whether QtMultimedia can be loaded here, and if not, which system library is missing.

QtMultimedia links against system libraries (PulseAudio's `libpulse.so.0` on Linux, …) that a
bare machine may lack. Nothing imports it at load time: the booth's webcam panel and the desk's
sounds ask `multimedia_status()` first, so a missing library turns off the webcam (with a message
naming the library and the package that brings it) instead of stopping the whole station.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from fairdesk.preflight import SONAME_PACKAGES

logger = logging.getLogger(__name__)

_SONAME = re.compile(r"(lib[\w.+-]+\.so[.\d]*)")


@dataclass(frozen=True)
class MultimediaStatus:
    """`available`, or the missing `library` and the `package` that brings it (may be empty)."""

    available: bool
    library: str = ""
    package: str = ""
    detail: str = ""

    def message(self) -> str:
        """What the webcam button says when it is off (empty when multimedia works)."""
        if self.available:
            return ""
        if self.library and self.package:
            return QCoreApplication.translate(
                "multimedia",
                "Webcam off: the system library {library} is missing. Install it with: "
                "sudo apt-get install {package} — use a handheld scanner or type codes meanwhile.",
            ).format(library=self.library, package=self.package)
        if self.library:
            return QCoreApplication.translate(
                "multimedia",
                "Webcam off: the system library {library} is missing. Use a handheld scanner "
                "or type codes.",
            ).format(library=self.library)
        return QCoreApplication.translate(
            "multimedia", "Webcam off: Qt Multimedia cannot be loaded ({detail})."
        ).format(detail=self.detail)


def status_from_error(error: BaseException) -> MultimediaStatus:
    """The status for an ImportError raised while loading QtMultimedia."""
    text = str(error)
    found = _SONAME.search(text)
    library = found.group(1) if found else ""
    return MultimediaStatus(False, library, SONAME_PACKAGES.get(library, ""), text)


@functools.cache
def multimedia_status() -> MultimediaStatus:
    """Load QtMultimedia (once per process) and say whether it worked."""
    try:
        import PySide6.QtMultimedia
        import PySide6.QtMultimediaWidgets  # noqa: F401
    except ImportError as exc:
        status = status_from_error(exc)
        logger.warning("QtMultimedia unavailable (%s): webcam and sounds are off", exc)
        return status
    return MultimediaStatus(True)
