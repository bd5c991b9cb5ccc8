"""Painting item after item, a fixed number per page, on a printer or a PDF writer.

The badge sheets and the booth PIN slips both open one painter on the device, start a new page
before every page but the first, and always end the painter; `painter_on` and `page_chunks` are
that loop, so each caller only draws a page.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TypeVar

from PySide6.QtGui import QPagedPaintDevice, QPainter

Item = TypeVar("Item")


@contextmanager
def painter_on(device: QPagedPaintDevice, *, antialias: bool, failure: str) -> Iterator[QPainter]:
    """A painter begun on `device` (RuntimeError `failure` when it cannot), ended afterwards."""
    p = QPainter()
    if not p.begin(device):
        raise RuntimeError(failure)
    try:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, antialias)
        yield p
    finally:
        p.end()


def page_chunks(
    device: QPagedPaintDevice, items: Sequence[Item], per_page: int
) -> Iterator[tuple[int, Sequence[Item]]]:
    """(index of the first, the items) of each page, a new page begun on `device` between."""
    for start in range(0, len(items), per_page):
        if start:
            device.newPage()
        yield start, items[start : start + per_page]


def page_count(items: Sequence[object], per_page: int) -> int:
    """How many pages `items` fill at `per_page` a page."""
    return -(-len(items) // per_page)
