"""Badge files: print-ready PDF sheets and labels, and PNG e-badges to send before the fair.

Both check every name against the fonts first and return the warnings with what was written, so
the CLI can print a `warning:` line per badge and the app can list them. PNGs are drawn by the
same painter as the PDF and saved through Pillow (with their dpi), one per attendee, named by
学号 — or by the badge serial when there is none — made safe for any file system.
"""

from __future__ import annotations

import logging
import os
import re
from collections import deque
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PIL import Image
from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter

from fairdesk.core.badge_layout import PRINT_DPI, Preset
from fairdesk.core.messages import message
from fairdesk.errors import UserError
from fairdesk.render.badge_fonts import register_fonts
from fairdesk.render.badge_render import (
    BadgePainter,
    BadgeStyle,
    NameWarning,
    Progress,
    check_names,
    paint_pages,
    render_badge,
)
from fairdesk.render.pdf_file import write_pdf_file
from fairdesk.services.badges.service import BadgeView

logger = logging.getLogger(__name__)

E_BADGE_DPI = 200  # a phone screen or a home printer: QR modules stay ≥ 5 px
PNG_COMPRESSION = 3  # zlib level: files ~20 % larger than level 6, encoded twice as fast
_UNSAFE = re.compile(r"[^0-9A-Za-z._-]+")
MAX_STEM = 64

NOTHING_TO_PRINT = message(
    "badge_file.nothing_to_print",
    "No badges match: nothing to print.",
    "没有符合条件的胸卡：无需打印。",
)
NOTHING_TO_WRITE = message(
    "badge_file.nothing_to_write",
    "No badges match: nothing to write.",
    "没有符合条件的胸卡：无需生成。",
)
CANNOT_WRITE = message(
    "badge_file.cannot_write", "Cannot write {path}: {detail}", "无法写入 {path}：{detail}"
)
CANNOT_CREATE_FOLDER = message(
    "badge_file.cannot_create_folder",
    "Cannot create the folder {path}: {detail}",
    "无法创建文件夹 {path}：{detail}",
)
PDF_TITLE = message("badge_file.pdf_title", "{title} — badges", "{title} — 胸卡")


@dataclass(frozen=True)
class BadgeFiles:
    """What a run wrote: badges, pages (PDF) or files (PNG), and the name warnings."""

    badges: int
    pages: int
    path: Path
    warnings: tuple[NameWarning, ...]
    files: tuple[Path, ...] = ()

    def summary(self) -> str:
        if self.files:
            return f"wrote {self.badges} e-badges to {self.path}"
        return f"wrote {self.badges} badges on {self.pages} pages to {self.path}"


def page_layout(layout: Preset) -> QPageLayout:
    """The page of `layout` with no margins (badges are placed from the paper's corner)."""
    short, long = sorted((layout.page_w, layout.page_h))
    size = QPageSize(QSizeF(short, long), QPageSize.Unit.Millimeter, layout.key)
    orientation = (
        QPageLayout.Orientation.Landscape
        if layout.page_w > layout.page_h
        else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


class PrintLog(Protocol):
    """Where printings are recorded (the badge service, or a test's fake)."""

    def record_prints(self, views: Sequence[BadgeView], layout: str) -> None: ...


def write_pdf(
    views: Sequence[BadgeView],
    path: Path,
    layout: Preset,
    *,
    title: str,
    style: BadgeStyle | None = None,
    progress: Progress | None = None,
    log: PrintLog | None = None,
) -> BadgeFiles:
    """A vector PDF of `views` on `layout`'s pages, fonts embedded.

    With `log` (the badge service), each badge's printing is then recorded: a PDF goes to the
    print shop, so it counts as printed ("not yet printed", `--only-unprinted`). Nothing is
    logged when the file could not be written.
    """
    if not views:
        raise UserError(NOTHING_TO_PRINT())
    register_fonts()
    warnings = tuple(check_names(views))
    chosen = style or BadgeStyle()

    def paint(writer: QPdfWriter) -> int:
        return paint_pages(writer, views, layout, title=title, style=chosen, progress=progress)

    pages = write_pdf_file(
        path,
        paint,
        title=str(PDF_TITLE(title=title)),
        page=page_layout(layout),
        dpi=PRINT_DPI,
        texts=[title, *(f"{v.name}{v.university}{v.major}" for v in views)],
        cannot_write=lambda target, why: CANNOT_WRITE(path=target, detail=why),
    )
    logger.info("badge PDF: %d badges, %d pages, %s", len(views), pages, path)
    if log is not None:
        log.record_prints(views, layout.key)
    return BadgeFiles(len(views), pages, path, warnings)


def png_stem(view: BadgeView) -> str:
    """学号 made filesystem-safe, else the serial (``001-000042`` or ``001-000042_r1``)."""
    stem = _UNSAFE.sub("_", (view.student_no or "").strip()).strip("._")[:MAX_STEM]
    return stem or view.short_serial.replace("/", "_r")


def qimage_to_pillow(image: QImage) -> Image.Image:
    """A Pillow copy of the image's pixels (RGB888 needs no conversion first)."""
    rgb = (
        image
        if image.format() == QImage.Format.Format_RGB888
        else image.convertToFormat(QImage.Format.Format_RGB888)
    )
    return Image.frombuffer(
        "RGB",
        (rgb.width(), rgb.height()),
        bytes(rgb.constBits()),
        "raw",
        "RGB",
        rgb.bytesPerLine(),
        1,
    )


def _save_png(image: QImage, target: Path, dpi: int) -> None:
    """Encode on a pool thread (zlib runs without the GIL) while the next badge is drawn."""
    # A badge has a few hundred colours (white, text, the accent and their anti-aliased edges):
    # an exact-enough 256-colour palette (largest error 14/255, QR modules stay pure black and
    # white) halves the encoding time and makes files a third the size for e-mail.
    picture = qimage_to_pillow(image).quantize(
        colors=256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE
    )
    try:
        picture.save(target, format="PNG", dpi=(dpi, dpi), compress_level=PNG_COMPRESSION)
    except OSError as exc:  # read-only folder, full disk, USB stick pulled
        raise UserError(CANNOT_WRITE(path=target, detail=exc.strerror or exc)) from exc


def write_pngs(
    views: Sequence[BadgeView],
    folder: Path,
    layout: Preset,
    *,
    title: str,
    style: BadgeStyle | None = None,
    dpi: int = E_BADGE_DPI,
    progress: Progress | None = None,
) -> BadgeFiles:
    """One PNG e-badge per attendee in `folder`; a 学号 used twice gets the serial appended.

    Drawing stays on this thread (it holds the GIL); PNG encoding overlaps it on a small pool.
    """
    if not views:
        raise UserError(NOTHING_TO_WRITE())
    register_fonts()
    warnings = tuple(check_names(views))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(CANNOT_CREATE_FOLDER(path=folder, detail=exc.strerror)) from exc
    used: set[str] = set()
    written: list[Path] = []
    chosen = style or BadgeStyle()
    rgb = QImage.Format.Format_RGB888
    painter = BadgePainter(layout, title, chosen, dpi)
    with ThreadPoolExecutor(max_workers=max(1, min(4, os.cpu_count() or 1))) as pool:
        pending: deque[Future[None]] = deque()
        for i, view in enumerate(views, 1):
            stem = png_stem(view)
            if stem.lower() in used:
                stem = f"{stem}-{view.short_serial.replace('/', '_r')}"
            used.add(stem.lower())
            image = render_badge(view, layout, title=title, style=chosen, dpi=dpi, image_format=rgb,
                                 painter=painter)  # fmt: skip
            target = folder / f"{stem}.png"
            pending.append(pool.submit(_save_png, image, target, dpi))
            written.append(target)
            while len(pending) > 8:  # bounded memory; surfaces a write error early
                pending.popleft().result()
            if progress is not None:
                progress(i, len(views))
        for future in pending:
            future.result()
    return BadgeFiles(len(views), 0, folder, warnings, tuple(written))
