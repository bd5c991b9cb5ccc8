"""The bundled badge font and the check that no name is ever printed as a box.

`resources/fonts/` holds a subset of Noto Sans CJK SC (SIL OFL 1.1, renamed "FairDesk Noto Sans
SC" so an installed Noto never stands in for it): Latin, punctuation and middle dots, kana and
every CJK ideograph the font has, Ext B+ included. It is registered with Qt at render time, which
needs a QGuiApplication: headless callers (the CLI, the benchmark) get an offscreen one from
`ensure_gui_app`.

Before anything prints, `find_missing` lists the characters of a text that neither the bundled
font nor any font Qt would fall back to can draw. Such a character is printed as the geta mark
〓 (U+3013), the typesetters' sign for "character not available", never as a box, and the caller
reports it with the person's name — the organiser wants the badge anyway and can write the
character in by hand.
"""

from __future__ import annotations

import atexit
import logging
import os
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QRawFont,
    QTextLayout,
)

from fairdesk.resource_files import resources_dir

logger = logging.getLogger(__name__)

FAMILY = "FairDesk Noto Sans SC"
FONT_FILES = ("FairDeskNotoSansSC-Regular.otf", "FairDeskNotoSansSC-Bold.otf")
PLACEHOLDER = "\u3013"  # 〓 geta mark
_NOT_DRAWN = frozenset(("Cc", "Cf", "Zs", "Zl", "Zp"))  # controls, format marks, spaces
_lock = threading.Lock()
_registered: list[str] = []
_app: QGuiApplication | None = None


def ensure_gui_app() -> QCoreApplication:
    """The running Qt application, or a new offscreen QGuiApplication for headless rendering."""
    global _app
    app = QCoreApplication.instance()
    if app is not None:
        if not isinstance(app, QGuiApplication):
            raise RuntimeError("badge rendering needs a QGuiApplication, not a QCoreApplication")
        return app
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(["fairdesk"])
    atexit.register(_release_app)
    return _app


def _release_app() -> None:
    """Drop cached Qt font objects before our application object goes (avoids a crash at exit)."""
    global _app
    _bundled.cache_clear()
    can_draw.cache_clear()
    _font.cache_clear()
    _device.cache_clear()
    _app = None


def register_fonts() -> str:
    """Register the bundled font files once; returns the family name to draw with."""
    ensure_gui_app()
    with _lock:
        if not _registered:
            for name in FONT_FILES:
                path = resources_dir() / "fonts" / name
                font_id = QFontDatabase.addApplicationFont(str(path))
                if font_id < 0:
                    raise RuntimeError(f"cannot load the badge font {path}")
                _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
            logger.info("badge fonts registered: %s", sorted(set(_registered)))
    return FAMILY


def badge_font(size_pt: float, *, bold: bool = False) -> QFont:
    """The bundled family at `size_pt`, with no silent substitution of another family.

    A copy of a remembered font (QFont is shared until changed): fitting text asks for the same
    sizes badge after badge.
    """
    return QFont(_font(size_pt, bold))


@lru_cache(maxsize=512)
def _font(size_pt: float, bold: bool) -> QFont:
    font = QFont(register_fonts())
    font.setPointSizeF(size_pt)
    font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    font.setStyleStrategy(QFont.StyleStrategy.PreferOutline)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


@lru_cache(maxsize=2)
def _bundled(bold: bool) -> QRawFont:
    return QRawFont.fromFont(badge_font(12, bold=bold))


@lru_cache(maxsize=4096)
def can_draw(char: str, bold: bool = False) -> bool:
    """True when the bundled font, or a font Qt falls back to, has a glyph for `char`."""
    if _bundled(bold).supportsCharacter(ord(char)):
        return True
    layout = QTextLayout(char, badge_font(12, bold=bold))
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    return bool(runs) and all(0 not in run.glyphIndexes() for run in runs)


@dataclass(frozen=True)
class MissingChar:
    """A character of a text that no available font can draw."""

    char: str

    @property
    def codepoint(self) -> str:
        return f"U+{ord(self.char):04X}"


def find_missing(text: str, *, bold: bool = False) -> list[MissingChar]:
    """Characters of `text` (spaces aside) that would print as a box, each listed once."""
    seen: list[MissingChar] = []
    for char in text:
        if unicodedata.category(char) in _NOT_DRAWN:  # unassigned (Cn) is checked: new ideographs
            continue
        if not can_draw(char, bold) and MissingChar(char) not in seen:
            seen.append(MissingChar(char))
    return seen


def printable(text: str, *, bold: bool = False) -> str:
    """`text` with every undrawable character replaced by the geta mark 〓."""
    missing = {m.char for m in find_missing(text, bold=bold)}
    return "".join(PLACEHOLDER if c in missing else c for c in text) if missing else text


MIN_FIT_FRACTION = 0.25  # text never shrinks below a quarter of its full size


@dataclass(frozen=True)
class FittedText:
    """Text lines at the size that fits a box, and the box they take (device units)."""

    lines: tuple[str, ...]
    font: QFont
    box: QRectF


def fit_text(
    text: str, box: QRectF, size_pt: float, *, bold: bool, wrap: bool, dpi: float
) -> FittedText:
    """The largest size ≤ `size_pt` at which `text` fits `box` (on two lines if `wrap`)."""
    candidates: list[tuple[str, ...]] = [(text,)]
    words = text.split()
    if wrap and len(words) > 1:
        splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
        candidates.append(min(splits, key=lambda s: max(len(s[0]), len(s[1]))))
    best: FittedText | None = None
    for lines in candidates:
        size = size_pt
        while True:
            font = badge_font(size, bold=bold)
            metrics = QFontMetricsF(font, _device(dpi))
            width = max(metrics.horizontalAdvance(line) for line in lines)
            height = metrics.height() * len(lines)
            if (width <= box.width() and height <= box.height()) or size <= (
                size_pt * MIN_FIT_FRACTION
            ):
                break
            size = max(
                size_pt * MIN_FIT_FRACTION,
                min(size * box.width() / width, size * box.height() / height, size - 0.25),
            )
        fitted = FittedText(lines, font, QRectF(box.x(), box.y(), width, height))
        if best is None or font.pointSizeF() > best.font.pointSizeF() + 0.5:
            best = fitted
    assert best is not None
    return best


@lru_cache(maxsize=8)
def _device(dpi: float) -> _Device:
    return _Device(dpi)


class _Device(QImage):
    """A tiny paint device reporting `dpi`, so font metrics match the target device."""

    def __init__(self, dpi: float) -> None:
        super().__init__(1, 1, QImage.Format.Format_ARGB32)
        dpm = round(dpi / 0.0254)
        self.setDotsPerMeterX(dpm)
        self.setDotsPerMeterY(dpm)
