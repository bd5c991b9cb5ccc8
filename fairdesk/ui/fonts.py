"""Heading and body font sizes: a widget's own font scaled (and made bold), in one place.

Every screen sizes its headings relative to the system font, so they follow the desktop's
setting and the interface language's font; `heading` is the one way to make one.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget


def scale_font(widget: QWidget, scale: float, *, bold: bool = False,
               like: QWidget | None = None) -> None:  # fmt: skip
    """Give `widget` the font of `like` (default: its own) scaled by `scale`, bold if asked."""
    font = QFont((like or widget).font())
    font.setPointSizeF(font.pointSizeF() * scale)
    if bold:
        font.setBold(True)
    widget.setFont(font)


def heading(widget: QWidget, scale: float, *, like: QWidget | None = None) -> None:
    """Make `widget` a heading: bold, `scale` times the size of its (or `like`'s) font."""
    scale_font(widget, scale, bold=True, like=like)
