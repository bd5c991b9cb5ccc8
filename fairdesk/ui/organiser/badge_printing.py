"""Printing badges from the app: preview, print dialog, the station's remembered printer and layout.

`print_badges(parent, service, views)` is what every screen calls (the desk's Ctrl+P, walk-in,
reprint and reissue; the organiser's Badges screen). It warns about names that no font can draw,
opens a print preview with a layout chooser in its toolbar (the preview's Print button opens
QPrintDialog), and, once printed, logs the prints through the service and remembers the printer
and layout for this station in QSettings (organisation "FairDesk").
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QMessageBox, QToolBar, QWidget

from fairdesk.core.badge_layout import DEFAULT_PRESET, PRESETS, Preset, preset
from fairdesk.render.badge_output import page_layout
from fairdesk.render.badge_render import BadgeStyle, NameWarning, check_names, paint_pages
from fairdesk.services.badges.service import BadgeView
from fairdesk.ui.bundles import Badges

logger = logging.getLogger(__name__)

ORGANISATION = "FairDesk"
APPLICATION = "FairDesk"
KEY_LAYOUT = "badges/layout"
KEY_PRINTER = "badges/printer"


#: Layout names as the UI shows them (core keeps its own English labels for the CLI).
LAYOUT_LABELS = {
    "a4-90x54": QT_TRANSLATE_NOOP("BadgeLayouts", "90 × 54 mm, 10 per A4 sheet"),
    "a4-4x3": QT_TRANSLATE_NOOP("BadgeLayouts", "4 × 3 in, 6 per A4 sheet"),
    "a6": QT_TRANSLATE_NOOP("BadgeLayouts", "A6 card (105 × 148 mm)"),
    "label-62": QT_TRANSLATE_NOOP("BadgeLayouts", "62 mm label roll, 100 mm long (Brother QL)"),
}


def layout_label(key: str) -> str:
    return QCoreApplication.translate("BadgeLayouts", str(LAYOUT_LABELS.get(key, key)))


def station_settings() -> QSettings:
    return QSettings(ORGANISATION, APPLICATION)


def remembered_layout(settings: QSettings) -> Preset:
    key = str(settings.value(KEY_LAYOUT, DEFAULT_PRESET))
    return PRESETS.get(key, PRESETS[DEFAULT_PRESET])


def make_printer(settings: QSettings, layout: Preset) -> QPrinter:
    """A high-resolution printer: the station's remembered one if still installed."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    name = str(settings.value(KEY_PRINTER, "") or "")
    if name and name in QPrinterInfo.availablePrinterNames():
        printer.setPrinterName(name)
    apply_layout(printer, layout)
    return printer


def apply_layout(printer: QPrinter, layout: Preset) -> None:
    printer.setFullPage(True)  # coordinates from the paper's corner; badges carry their margins
    printer.setPageLayout(page_layout(layout))
    printer.setDocName(f"FairDesk badges ({layout.key})")


def warning_text(warning: NameWarning) -> str:
    """One name warning in the interface language (render's `NameWarning.text` is English)."""
    chars = ", ".join(f"{m.codepoint} {m.char}" for m in warning.missing)
    return QCoreApplication.translate(
        "BadgePrinting",
        "{name} ({university}): no font on this computer has {chars}; the badge prints it as 〓 "
        "— write it in by hand",
    ).format(name=warning.name, university=warning.university, chars=chars)


def warning_box(parent: QWidget | None, warnings: Sequence[NameWarning]) -> QMessageBox:
    """Asks "print anyway?" for names with characters no font has (listed in full)."""
    box = QMessageBox(parent)
    box.setObjectName("badgeNameWarningBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(
        QCoreApplication.translate("BadgePrinting", "Characters missing from the font")
    )
    text = QCoreApplication.translate(
        "BadgePrinting",
        "{count} badge(s) have characters that no font on this computer can draw. "
        "They print as 〓 so the character can be written in by hand.",
    )
    box.setText(text.format(count=len(warnings)))
    box.setDetailedText("\n".join(warning_text(w) for w in warnings))
    box.setInformativeText("\n".join(warning_text(w) for w in warnings[:5]))
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Ok).setText(
        QCoreApplication.translate("BadgePrinting", "Print anyway")
    )
    return box


class BadgePrintJob:
    """One printing of some badges; the parts are separate so tests can drive them."""

    def __init__(
        self,
        service: Badges,
        views: Sequence[BadgeView],
        settings: QSettings,
        style: BadgeStyle | None = None,
    ) -> None:
        self.service = service
        self.views = list(views)
        self.settings = settings
        self.style = style or BadgeStyle()
        self.layout = remembered_layout(settings)
        self.printer = make_printer(settings, self.layout)
        self.title = service.fair_name()
        self.warnings = check_names(self.views)
        self.pages = 0

    def paint(self, printer: QPrinter) -> None:
        """Draw the badges on `printer` (the preview's, or the real one after the dialog)."""
        self.pages = paint_pages(printer, self.views, self.layout, title=self.title,
                                 style=self.style)  # fmt: skip

    def set_layout(self, key: str) -> None:
        self.layout = preset(key)
        apply_layout(self.printer, self.layout)

    def preview_dialog(self, parent: QWidget | None) -> QPrintPreviewDialog:
        dialog = QPrintPreviewDialog(self.printer, parent)
        dialog.setObjectName("badgePrintPreview")
        dialog.setWindowTitle(QCoreApplication.translate("BadgePrinting", "Print badges"))
        dialog.paintRequested.connect(self.paint)
        toolbar = dialog.findChild(QToolBar)
        if toolbar is not None:
            combo = QComboBox(toolbar)
            combo.setObjectName("badgeLayoutCombo")
            combo.setAccessibleName(QCoreApplication.translate("BadgePrinting", "Badge layout"))
            for p in PRESETS.values():
                combo.addItem(layout_label(p.key), p.key)
            combo.setCurrentIndex(combo.findData(self.layout.key))
            preview = dialog.findChild(QPrintPreviewWidget)

            def changed(_index: int) -> None:
                self.set_layout(str(combo.currentData()))
                if preview is not None:
                    preview.updatePreview()

            combo.currentIndexChanged.connect(changed)
            toolbar.addSeparator()
            toolbar.addWidget(
                QLabel(QCoreApplication.translate("BadgePrinting", "Layout:"), toolbar)
            )
            toolbar.addWidget(combo)
        return dialog

    def finish(self) -> None:
        """After a successful print: log it and remember the station's choice."""
        self.service.record_prints(self.views, self.layout.key)
        self.settings.setValue(KEY_LAYOUT, self.layout.key)
        if self.printer.outputFormat() == QPrinter.OutputFormat.NativeFormat:
            self.settings.setValue(KEY_PRINTER, self.printer.printerName())
        self.settings.sync()
        logger.info("printed %d badges (%s)", len(self.views), self.layout.key)


ExecDialog = Callable[[QDialog], int]


def _exec(dialog: QDialog) -> int:
    return dialog.exec()


def print_badges(
    parent: QWidget | None,
    service: Badges,
    views: list[BadgeView],
    settings: QSettings | None = None,
    *,
    style: BadgeStyle | None = None,
    exec_dialog: ExecDialog = _exec,
) -> bool:
    """Preview and print `views`; True when they were printed (and logged)."""
    if not views:
        return False
    job = BadgePrintJob(service, views, settings or station_settings(), style)
    if job.warnings:
        box = warning_box(parent, job.warnings)
        if exec_dialog(box) != QMessageBox.StandardButton.Ok:
            return False
    dialog = job.preview_dialog(parent)
    try:
        if exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return False
    finally:
        dialog.deleteLater()
    job.finish()
    return True
