"""The desk's three sounds: a bright chirp for a check-in, a double beep for "already", a buzz for
a rejection — so a volunteer hears the verdict while looking at the queue.

The WAV files in `resources/sounds/` are synthesised by `write_tones` (Python's `wave` module,
no recording), regenerated with ``python -m fairdesk.ui.sounds``. QtMultimedia is loaded lazily
(`warm_up`, off the scan path); a machine without an audio device plays nothing, quietly, once
logged. A mute switch turns it all off.
"""

from __future__ import annotations

import logging
import math
import struct
import wave
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLoggingCategory, QObject, QUrl

from fairdesk.resource_files import resources_dir

logger = logging.getLogger(__name__)

RATE = 22_050
OUTCOMES = ("ok", "already", "rejected")
#: (frequency Hz, milliseconds) per note; frequency 0 is a pause.
TONES: dict[str, tuple[tuple[int, int], ...]] = {
    "ok": ((880, 90), (1320, 140)),
    "already": ((660, 110), (0, 60), (660, 110)),
    "rejected": ((220, 380),),
}


def sound_path(outcome: str) -> Path:
    return resources_dir() / "sounds" / f"desk_{outcome}.wav"


def _samples(notes: tuple[tuple[int, int], ...]) -> bytes:
    frames = bytearray()
    for freq, ms in notes:
        count = RATE * ms // 1000
        for i in range(count):
            if freq == 0:
                value = 0.0
            else:
                fade = min(1.0, i / 220, (count - i) / 220)  # no clicks at the edges
                wave_ = math.sin(2 * math.pi * freq * i / RATE)
                if freq < 400:  # the rejection buzz: a square-ish, harsher tone
                    wave_ = max(-0.6, min(0.6, 3 * wave_))
                value = 0.5 * fade * wave_
            frames += struct.pack("<h", int(value * 32767))
    return bytes(frames)


def write_tones(folder: Path | None = None) -> list[Path]:
    """Synthesise the three WAV files (16-bit mono); returns their paths."""
    target = folder or resources_dir() / "sounds"
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for outcome, notes in TONES.items():
        path = target / f"desk_{outcome}.wav"
        with wave.open(str(path), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(_samples(notes))
        written.append(path)
    return written


class DeskSounds(QObject):
    """Plays a verdict's sound unless muted or no audio device exists."""

    def __init__(self, parent: QObject | None = None, *, muted: bool = False) -> None:
        super().__init__(parent)
        self.muted = muted
        self._effects: dict[str, Any] | None = None  # None: not loaded yet; {}: no audio

    @property
    def available(self) -> bool:
        """True once loaded with an audio output to play on."""
        return bool(self._effects)

    def warm_up(self) -> None:
        """Load QtMultimedia and the WAV files now, so the first verdict does not wait for it."""
        if self._effects is not None or self.muted:
            return
        self._effects = {}
        # the multimedia backend announces every optional library it lacks; one line is enough
        QLoggingCategory.setFilterRules(
            "qt.multimedia.symbolsresolver=false\nqt.multimedia.ffmpeg=false"
        )
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError:
            logger.info("QtMultimedia not available: the desk plays no sounds")
            return
        if not QMediaDevices.audioOutputs():
            logger.info("no audio output device: the desk plays no sounds")
            return
        for outcome in OUTCOMES:
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(sound_path(outcome))))
            effect.setVolume(0.8)
            self._effects[outcome] = effect

    def play(self, outcome: str) -> None:
        if self.muted:
            return
        self.warm_up()
        effect = (self._effects or {}).get(outcome)
        if effect is not None:
            effect.play()


if __name__ == "__main__":
    for written in write_tones():
        print(written)
