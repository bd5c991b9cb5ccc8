"""Printouts through the print dialog: a preview (QPrintPreviewDialog, whose Print button opens
QPrintDialog) of the floor map, the booth signs or the PIN slips, drawn by the same painters as
the PDFs. `preview_and_print` returns True once printed; `exec_dialog` is replaceable in tests.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPagedPaintDevice, QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

logger = logging.getLogger(__name__)

ExecDialog = Callable[[QDialog], int]
Paint = Callable[[QPagedPaintDevice], int]


def exec_dialog(dialog: QDialog) -> int:
    return dialog.exec()


def make_printer(layout: QPageLayout, name: str, *, dpi: int | None = None) -> QPrinter:
    """A high-resolution printer on `layout` from the paper's corner (the pages keep their own
    margins); `dpi` fixed for painters laid out in pixels of one resolution (the PIN slips)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    printer.setPageLayout(layout)
    printer.setDocName(name)
    if dpi is not None:
        printer.setResolution(dpi)
    return printer


def preview_and_print(
    parent: QWidget | None,
    printer: QPrinter,
    paint: Paint,
    title: str,
    *,
    exec_dialog: ExecDialog = exec_dialog,
) -> bool:
    """Show the preview; True when the person printed."""
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("printoutPreview")
    dialog.setWindowTitle(title)
    failures: list[BaseException] = []

    def draw(device: QPrinter) -> None:
        try:
            paint(device)
        except Exception as exc:  # shown once the dialog closes; never raised inside Qt's slot
            logger.exception("printing failed")
            failures.append(exc)

    dialog.paintRequested.connect(draw)
    try:
        accepted = exec_dialog(dialog) == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
    if failures:
        raise failures[0]
    return accepted


def title_for(kind: str) -> str:
    if kind == "map":
        return QCoreApplication.translate("Printouts", "Print the floor map")
    if kind == "signs":
        return QCoreApplication.translate("Printouts", "Print booth signs")
    return QCoreApplication.translate("Printouts", "Print booth PIN slips")
