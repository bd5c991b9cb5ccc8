"""The organiser's Badges screen: choose layout, fields, colour and logo, preview, then print.

The preview is a real attendee's badge drawn by the same painter as the PDF. Selecting, saving
PDFs and PNGs run through the TaskRunner (each service call opens its own session), with a
progress bar fed by the runner's progress reports; names with characters no font can draw are
listed before anything prints. Writing a PDF logs the prints (a write of "badges"); the selection
is read again when attendees change (an import, a walk-in at a desk).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fairdesk.core.badge_layout import DEFAULT_PRESET, pages_needed, preset
from fairdesk.render.badge_output import BadgeFiles, write_pdf, write_pngs
from fairdesk.render.badge_render import BadgeStyle, NameWarning, check_names, render_badge
from fairdesk.services.badges.service import BadgeView
from fairdesk.ui.bundles import Badges
from fairdesk.ui.changes import DataKind, touches
from fairdesk.ui.crash_dialog import readable_error
from fairdesk.ui.file_names import offered_name
from fairdesk.ui.organiser.badge_options import BadgeOptions, named
from fairdesk.ui.organiser.badge_printing import (
    KEY_LAYOUT,
    print_badges,
    station_settings,
    warning_text,
)
from fairdesk.ui.tasks import Report, TaskRunner

logger = logging.getLogger(__name__)

PREVIEW_DPI = 150


class BadgesScreen(QWidget):
    """See the module docstring. Takes a service and the runner; never touches the ORM."""

    selection_loaded = Signal(int)
    files_written = Signal(str)

    def __init__(
        self,
        service: Badges,
        tasks: TaskRunner,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("badgesScreen")
        self.setAccessibleName(self.tr("Badges"))
        self.service = service
        self.tasks = tasks
        self.settings = settings
        self.views: list[BadgeView] = []
        self.warnings: list[NameWarning] = []
        self.title = ""
        self.badge_style = BadgeStyle()
        self._preview_index = 0
        self._build()
        tasks.data_changed.connect(self._data_changed)
        self.reload()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.options = BadgeOptions()
        opts = self.options
        self.layout_combo, self.university_combo = opts.layout_combo, opts.university_combo
        self.unprinted_check, self.field_checks = opts.unprinted_check, opts.field_checks
        self.language_combo = opts.language_combo
        for check in self.field_checks.values():
            check.toggled.connect(self._style_changed)

        self.count_label = QLabel()
        named(self.count_label, "badgeCountLabel", self.tr("Badges selected"))
        self.warning_list = QListWidget()
        named(self.warning_list, "nameWarnings", self.tr("Names that cannot be drawn"))
        self.warning_list.setMaximumHeight(110)
        self.warning_label = QLabel(self.tr("Characters no font can draw (printed as 〓):"))
        self.warning_label.setObjectName("nameWarningsLabel")
        self.pdf_button = QPushButton(self.tr("Save &PDF…"))
        named(self.pdf_button, "savePdfButton", self.tr("Save PDF"))
        self.png_button = QPushButton(self.tr("Save P&NG e-badges…"))
        named(self.png_button, "savePngButton", self.tr("Save PNG e-badges"))
        self.print_button = QPushButton(self.tr("P&rint…"))
        named(self.print_button, "printButton", self.tr("Print"))
        self.progress = QProgressBar()
        named(self.progress, "badgeProgress", self.tr("Progress"))
        self.progress.hide()
        self.status_label = QLabel()
        named(self.status_label, "badgeStatus", self.tr("Status"))
        self.status_label.setWordWrap(True)
        actions = QHBoxLayout()
        for button in (self.pdf_button, self.png_button, self.print_button):
            actions.addWidget(button)

        left = QVBoxLayout()
        left.addWidget(opts)
        left.addWidget(self.count_label)
        left.addWidget(self.warning_label)
        left.addWidget(self.warning_list)
        left.addLayout(actions)
        left.addWidget(self.progress)
        left.addWidget(self.status_label)
        left.addStretch(1)

        self.preview = QLabel()
        named(self.preview, "badgePreview", self.tr("Badge preview"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(420, 280)
        self.next_button = QPushButton(self.tr("Next attendee ›"))
        named(self.next_button, "previewNextButton", self.tr("Preview the next attendee"))
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignHCenter)

        root = QHBoxLayout(self)
        root.addLayout(left, 0)
        root.addLayout(right, 1)

        self.layout_combo.currentIndexChanged.connect(self._style_changed)
        self.language_combo.currentIndexChanged.connect(self._style_changed)
        self.university_combo.currentIndexChanged.connect(self.reload)
        self.unprinted_check.toggled.connect(self.reload)
        opts.accent_button.clicked.connect(self.choose_accent)
        opts.logo_button.clicked.connect(self.choose_logo)
        opts.clear_logo_button.clicked.connect(lambda: self.set_logo(None))
        self.next_button.clicked.connect(self.next_preview)
        # A lambda, not the method: clicked(bool) would arrive as `path=False`.
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.png_button.clicked.connect(lambda: self.save_pngs())
        self.print_button.clicked.connect(self.print_selection)

    # -- selection ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Reselect the badges off the GUI thread."""
        university = str(self.university_combo.currentData() or "") or None
        only_unprinted = self.unprinted_check.isChecked()
        service = self.service

        def work() -> tuple[str, list[str], list[BadgeView], list[NameWarning]]:
            views = service.select(university=university, only_unprinted=only_unprinted)
            return service.fair_name(), service.universities(), views, check_names(views)

        self.tasks.read(work, self._loaded, label=self.tr("Selecting badges"))

    def _data_changed(self, kinds: frozenset[str]) -> None:
        if touches(kinds, DataKind.ATTENDEES, DataKind.FAIR):
            self.reload()

    def _loaded(self, result: tuple[str, list[str], list[BadgeView], list[NameWarning]]) -> None:
        self.title, universities, self.views, self.warnings = result
        if self.university_combo.count() == 1:
            self.university_combo.blockSignals(True)
            for name in universities:
                self.university_combo.addItem(name, name)
            self.university_combo.blockSignals(False)
        self.warning_list.clear()
        self.warning_list.addItems([warning_text(w) for w in self.warnings])
        self.warning_label.setVisible(bool(self.warnings))
        self.warning_list.setVisible(bool(self.warnings))
        self._preview_index = 0
        self._update_count()
        self.update_preview()
        self.selection_loaded.emit(len(self.views))

    def _update_count(self) -> None:
        layout = preset(self.layout_key())
        self.count_label.setText(
            self.tr("{n} badges on {p} pages").format(
                n=len(self.views), p=pages_needed(len(self.views), layout)
            )
        )
        for button in (self.pdf_button, self.png_button, self.print_button):
            button.setEnabled(bool(self.views))

    # -- style and preview -------------------------------------------------------------------

    def layout_key(self) -> str:
        return str(self.layout_combo.currentData() or DEFAULT_PRESET)

    def _style_changed(self, *_args: object) -> None:
        on = {field: check.isChecked() for field, check in self.field_checks.items()}
        self.badge_style = replace(
            self.badge_style,
            language=str(self.language_combo.currentData() or "zh"),
            show_title=on["show_title"],
            show_university=on["show_university"],
            show_degree_major=on["show_degree_major"],
            show_year=on["show_year"],
            show_serial=on["show_serial"],
        )
        self._update_count()
        self.update_preview()

    def set_accent(self, colour: QColor) -> None:
        if colour.isValid():
            self.badge_style = replace(self.badge_style, accent=colour.name())
            self.update_preview()

    def choose_accent(self) -> None:
        self.set_accent(QColorDialog.getColor(QColor(self.badge_style.accent), self))

    def set_logo(self, path: Path | None) -> None:
        self.badge_style = replace(self.badge_style, logo=path)
        self.update_preview()

    def choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Logo"), "", self.tr("Images (*.png *.jpg *.jpeg *.svg)")
        )
        if name:
            self.set_logo(Path(name))

    def next_preview(self) -> None:
        if self.views:
            self._preview_index = (self._preview_index + 1) % len(self.views)
            self.update_preview()

    def update_preview(self) -> None:
        if not self.views:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No badges match."))
            return
        view = self.views[self._preview_index]
        layout = preset(self.layout_key())
        image = render_badge(
            view, layout, title=self.title, style=self.badge_style, dpi=PREVIEW_DPI
        )
        self.preview_image = image
        self.preview.setPixmap(QPixmap.fromImage(image))
        self.preview.setToolTip(view.name)

    # -- output ------------------------------------------------------------------------------

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _start(self) -> None:
        self.progress.setValue(0)
        self.progress.show()
        for button in (self.pdf_button, self.png_button, self.print_button):
            button.setEnabled(False)

    def _finished(self, files: BadgeFiles) -> None:
        self.progress.hide()
        self._update_count()
        self.status_label.setText(files.summary())
        self.files_written.emit(str(files.path))

    def save_pdf(self, path: Path | None = None) -> None:
        if path is None:
            offered = offered_name(self.tr("badges_{fair}.pdf"), fair=self.title)
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save badges"), offered,
                                                  self.tr("PDF (*.pdf)"))  # fmt: skip
            if not name:
                return
            path = Path(name)
        views, layout, style, title = (
            list(self.views),
            preset(self.layout_key()),
            self.badge_style,
            self.title,
        )
        service = self.service

        def work(report: Report) -> BadgeFiles:
            return write_pdf(views, path, layout, title=title, style=style, progress=report,
                             log=service)  # fmt: skip

        self._start()
        label = self.tr("Writing badge PDF")
        self.tasks.write(work, self._finished, self._failed, kinds=[DataKind.BADGES],
                         label=label, on_progress=self._show_progress)  # fmt: skip

    def save_pngs(self, folder: Path | None = None) -> None:
        if folder is None:
            name = QFileDialog.getExistingDirectory(self, self.tr("Folder for e-badges"))
            if not name:
                return
            folder = Path(name)
        views, layout, style, title = (
            list(self.views),
            preset(self.layout_key()),
            self.badge_style,
            self.title,
        )

        def work(report: Report) -> BadgeFiles:
            return write_pngs(views, folder, layout, title=title, style=style, progress=report)

        self._start()
        self.tasks.read(work, self._finished, self._failed, label=self.tr("Writing e-badges"),
                        on_progress=self._show_progress)  # fmt: skip

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self._update_count()
        self.status_label.setText(readable_error(exc))

    def print_selection(self) -> None:
        settings = self.settings or station_settings()
        settings.setValue(KEY_LAYOUT, self.layout_key())  # the preview starts on this layout
        if print_badges(self, self.service, list(self.views), settings, style=self.badge_style):
            self.tasks.announce([DataKind.BADGES])
            self.status_label.setText(self.tr("Printed {n} badges.").format(n=len(self.views)))
            self.reload()
