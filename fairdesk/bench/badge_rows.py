"""Badge rows: PNG and PDF badges per second and a 1,000-badge sheet PDF, against the floor.

The floor is the part no badge renderer can skip: building the QR matrix with `qrcode` plus one
text draw in the bundled CJK font, per badge, on the same kind of device (an image for PNGs, a
QPdfWriter for the PDF). DESIGN.md's budget: ≥ 100 badges/s rendered; a 1,000-badge PDF ≤ 10 s;
Step 5 raises PNG e-badges to ≥ 150/s.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter, QPdfWriter
from sqlalchemy import Engine

from fairdesk.bench.table import BenchRow
from fairdesk.core.badge_layout import PRINT_DPI, mm_to_dots, preset
from fairdesk.render.badge_fonts import badge_font, ensure_gui_app, register_fonts
from fairdesk.render.badge_output import page_layout, write_pdf, write_pngs
from fairdesk.render.badge_render import qr_matrix
from fairdesk.services.badges.service import BadgeService, BadgeView

PDF_BADGES = 1000
PNG_BADGES = 200
LAYOUT = "a4-90x54"
PNG_BUDGET = 150.0  # badges/s


def _floor_png(views: Sequence[BadgeView]) -> float:
    layout = preset(LAYOUT)
    w, h = round(mm_to_dots(layout.badge_w)), round(mm_to_dots(layout.badge_h))
    font = badge_font(20, bold=True)
    start = time.perf_counter()
    for view in views:
        qr_matrix(view.code)
        image = QImage(w, h, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setFont(font)
        painter.drawText(QPointF(50, 150), view.name)
        painter.end()
    return time.perf_counter() - start


def _floor_pdf(views: Sequence[BadgeView], path: Path) -> float:
    layout = preset(LAYOUT)
    font = badge_font(20, bold=True)
    start = time.perf_counter()
    writer = QPdfWriter(str(path))
    writer.setResolution(PRINT_DPI)
    writer.setPageLayout(page_layout(layout))
    painter = QPainter(writer)
    painter.setFont(font)
    for i, view in enumerate(views):
        if i and i % layout.per_page == 0:
            writer.newPage()
        qr_matrix(view.code)
        painter.drawText(QPointF(200, 200 + (i % layout.per_page) * 600), view.name)
    painter.end()
    del writer
    return time.perf_counter() - start


def bench_badges(engine: Engine, work: Path) -> list[BenchRow]:
    """PNG badges/s, PDF badges/s and the 1,000-badge sheet PDF, each beside its floor."""
    ensure_gui_app()
    register_fonts()
    service = BadgeService(engine)
    title = service.fair_name()
    views = service.select()[:PDF_BADGES]
    if not views:
        raise RuntimeError("bench store has no badges")
    layout = preset(LAYOUT)
    write_pngs(views[:5], work / "badges_warm", layout, title=title)  # fonts and caches warm

    start = time.perf_counter()
    write_pngs(views[:PNG_BADGES], work / "badges_png", layout, title=title)
    png_s = time.perf_counter() - start
    png_floor = _floor_png(views[:PNG_BADGES])

    start = time.perf_counter()
    write_pdf(views, work / "badges.pdf", layout, title=title)
    pdf_s = time.perf_counter() - start
    pdf_floor = _floor_pdf(views, work / "badges_floor.pdf")

    n_png, n_pdf = min(PNG_BADGES, len(views)), len(views)
    return [
        BenchRow(
            "badges rendered, PNG e-badge", n_png / png_s, n_png / png_floor, PNG_BUDGET, "/s"
        ),
        BenchRow("badges rendered, PDF sheet", n_pdf / pdf_s, n_pdf / pdf_floor, 100.0, "/s"),
        BenchRow(f"{n_pdf:,}-badge sheet PDF", pdf_s, pdf_floor, 10.0, "s"),
    ]
