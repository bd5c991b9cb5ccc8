"""The organiser's Printouts tool (打印): the floor map, booth signs and booth PIN slips.

Each can be saved as a PDF (written off the GUI thread, a busy bar meanwhile) or printed
through the preview and print dialog. The floor map is A3 or A4 landscape, every hall or one;
the signs one A4 landscape page per booth with a company. PIN slips are printed for companies
without a PIN: the new PINs are stored only once their slips are saved or printed, so nobody is
left with a PIN that is on no paper; a company with a PIN keeps it (only its hash is kept).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, Signal
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QVBoxLayout,
    QWidget,
)

from fairdesk.errors import UserError
from fairdesk.render import booth_signs, floor_map, pin_slips
from fairdesk.services.booth.pins import PinPlan
from fairdesk.services.printouts.floor_map import FloorMap
from fairdesk.services.printouts.signs import SignSet
from fairdesk.ui.changes import DataKind
from fairdesk.ui.crash_dialog import readable_error
from fairdesk.ui.file_names import offered_name
from fairdesk.ui.organiser.arrivals import dialog_save_path
from fairdesk.ui.organiser.print_protocols import PrintoutsTool, SavePath
from fairdesk.ui.organiser.printouts_controls import PrintoutsControls
from fairdesk.ui.organiser.printouts_print import (
    ExecDialog,
    Paint,
    exec_dialog,
    make_printer,
    preview_and_print,
    title_for,
)
from fairdesk.ui.tasks import TaskRunner

logger = logging.getLogger(__name__)
PDF_FILTER = "PDF (*.pdf)"


@dataclass(frozen=True)
class SlipsDone:
    written: pin_slips.SlipFile | None
    plan: PinPlan


def _named(widget: QWidget, name: str, accessible: str) -> None:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)


def write_and_store_slips(service: PrintoutsTool, path: Path, title: str) -> SlipsDone:
    """The slips first, then their PINs (a PDF that cannot be written stores no PIN); should a
    company get a PIN elsewhere in between, the file is written again without it."""
    plan = service.plan_pin_slips()
    if not plan.slips:
        return SlipsDone(None, plan)
    written: pin_slips.SlipFile | None = pin_slips.write_slips(plan.slips, path, title=title)
    try:
        stored = service.store_pin_slips(plan)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    if stored.slips != plan.slips:
        path.unlink(missing_ok=True)
        written = pin_slips.write_slips(stored.slips, path, title=title) if stored.slips else None
    return SlipsDone(written, stored)


class PrintoutsScreen(QWidget):
    """See the module docstring. Takes the service and the runner; never touches the ORM."""

    loaded = Signal()
    written = Signal(str)  # the file
    printed = Signal(str)  # map | signs | slips

    def __init__(
        self,
        service: PrintoutsTool,
        tasks: TaskRunner,
        *,
        save_path: SavePath | None = None,
        exec_dialog: ExecDialog | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        _named(self, "printoutsScreen", self.tr("Printouts"))
        self.service, self.tasks = service, tasks
        self.save_path = save_path or dialog_save_path(self)
        self.exec_dialog = exec_dialog
        self.title = ""
        self._build()
        tasks.data_changed.connect(lambda _kinds: self.reload())
        self.reload()

    def _build(self) -> None:
        c = self.controls = PrintoutsControls(self)
        self.paper_combo, self.hall_combo = c.paper_combo, c.hall_combo
        self.save_map_button, self.print_map_button = c.save_map_button, c.print_map_button
        self.save_signs_button, self.print_signs_button = c.save_signs_button, c.print_signs_button
        self.save_slips_button, self.print_slips_button = c.save_slips_button, c.print_slips_button
        self.buttons, self.progress, self.status_label = c.buttons, c.progress, c.status_label
        QVBoxLayout(self).addWidget(c)
        self.save_map_button.clicked.connect(lambda: self.save_map())
        self.print_map_button.clicked.connect(lambda: self.print_map())
        self.save_signs_button.clicked.connect(lambda: self.save_signs())
        self.print_signs_button.clicked.connect(lambda: self.print_signs())
        self.save_slips_button.clicked.connect(lambda: self.save_slips())
        self.print_slips_button.clicked.connect(lambda: self.print_slips())

    # -- state ---------------------------------------------------------------------------

    def reload(self) -> None:
        service = self.service
        self.tasks.read(lambda: (service.fair_name(), service.halls()), self._loaded, self._failed)

    def _loaded(self, result: tuple[str, list[str]]) -> None:
        self.title, halls = result
        chosen = self.hall_combo.currentData()
        self.hall_combo.blockSignals(True)
        while self.hall_combo.count() > 1:
            self.hall_combo.removeItem(1)
        for hall in halls:
            self.hall_combo.addItem(hall or self.tr("(no hall)"), hall)
        found = self.hall_combo.findData(chosen) if chosen is not None else 0
        self.hall_combo.setCurrentIndex(max(found, 0))
        self.hall_combo.blockSignals(False)
        self.loaded.emit()

    def paper(self) -> str:
        return str(self.paper_combo.currentData() or "A3")

    def hall(self) -> str | None:
        data = self.hall_combo.currentData()
        return None if data is None else str(data)

    def _busy(self, on: bool) -> None:
        self.progress.setVisible(on)
        for button in self.buttons:
            button.setEnabled(not on)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.status_label.setText(readable_error(exc))

    def _ask(self, title: str, stem: str, path: Path | None) -> Path | None:
        if path is not None:
            return path
        return self.save_path(title, offered_name(stem, fair=self.title), PDF_FILTER)

    def _written(self, summary: str, path: Path) -> None:
        self._busy(False)
        self.status_label.setText(summary)
        self.written.emit(str(path))

    # -- PDFs ----------------------------------------------------------------------------

    def save_map(self, path: Path | None = None) -> None:
        path = self._ask(self.tr("Save the floor map"), self.tr("floor_map_{fair}.pdf"), path)
        if path is None:
            return
        service, hall, paper, target = self.service, self.hall(), self.paper(), path

        def work() -> floor_map.MapFile:
            return floor_map.write_floor_map(service.floor_map(hall), target, paper=paper)

        self._busy(True)
        self.tasks.read(work, self._map_written, self._failed, label=self.tr("Writing the map"))

    def _map_written(self, done: floor_map.MapFile) -> None:
        text = self.tr("Wrote the floor map on {pages} pages to {path}.")
        self._written(text.format(pages=done.pages, path=done.path), done.path)

    def save_signs(self, path: Path | None = None) -> None:
        path = self._ask(self.tr("Save booth signs"), self.tr("booth_signs_{fair}.pdf"), path)
        if path is None:
            return
        service, target = self.service, path

        def work() -> booth_signs.SignFile:
            return booth_signs.write_signs(service.booth_signs(), target)

        self._busy(True)
        self.tasks.read(work, self._signs_written, self._failed, label=self.tr("Writing signs"))

    def _signs_written(self, done: booth_signs.SignFile) -> None:
        text = self.tr("Wrote {n} booth signs to {path}.")
        self._written(text.format(n=done.signs, path=done.path), done.path)

    def save_slips(self, path: Path | None = None) -> None:
        path = self._ask(self.tr("Save booth PIN slips"), self.tr("pin_slips_{fair}.pdf"), path)
        if path is None:
            return
        service, target, title = self.service, path, self.title

        def work() -> SlipsDone:
            return write_and_store_slips(service, target, title)

        self._busy(True)
        self.tasks.write(
            work,
            self._slips_done,
            self._failed,
            kinds=[DataKind.COMPANIES],
            label=self.tr("Writing PIN slips"),
        )

    def _slips_done(self, done: SlipsDone) -> None:
        self._busy(False)
        kept = len(done.plan.skipped)
        if done.written is None:
            self.status_label.setText(
                self.tr("Every company has a PIN already ({n}): no slips to print.").format(n=kept)
            )
            return
        text = self.tr(
            "Wrote {n} PIN slips on {pages} pages to {path}; {kept} companies keep their PIN."
        )
        self.status_label.setText(
            text.format(
                n=done.written.slips, pages=done.written.pages, path=done.written.path, kept=kept
            )
        )
        self.written.emit(str(done.written.path))

    # -- the print dialog ----------------------------------------------------------------

    def _preview(self, kind: str, printer: QPrinter, paint: Paint) -> bool:
        run = self.exec_dialog or exec_dialog
        try:
            done = preview_and_print(self, printer, paint, title_for(kind), exec_dialog=run)
        except UserError as exc:
            self.status_label.setText(readable_error(exc))
            return False
        if done:
            self.printed.emit(kind)
        return done

    def print_map(self) -> None:
        hall, paper, service = self.hall(), self.paper(), self.service
        self.tasks.read(
            lambda: service.floor_map(hall), lambda data: self._print_map(data, paper), self._failed
        )

    def _print_map(self, data: FloorMap, paper: str) -> None:
        printer = make_printer(floor_map.page_layout(paper), "FairDesk floor map")
        if self._preview("map", printer, lambda device: floor_map.paint_floor_map(device, data)):
            self.status_label.setText(self.tr("Sent the floor map to the printer."))

    def print_signs(self) -> None:
        self.tasks.read(self.service.booth_signs, self._print_signs, self._failed)

    def _print_signs(self, data: SignSet) -> None:
        printer = make_printer(booth_signs.page_layout(), "FairDesk booth signs")
        if self._preview("signs", printer, lambda device: booth_signs.paint_signs(device, data)):
            self.status_label.setText(
                self.tr("Sent {n} booth signs to the printer.").format(n=len(data.signs))
            )

    def print_slips(self) -> None:
        self.tasks.read(self.service.plan_pin_slips, self._print_slips, self._failed)

    def _print_slips(self, plan: PinPlan) -> None:
        if not plan.slips:
            self._slips_done(SlipsDone(None, plan))
            return
        layout = QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
        printer = make_printer(layout, "FairDesk booth PIN slips", dpi=pin_slips.DPI)
        title = self.title

        def paint(device: QPagedPaintDevice) -> int:
            return pin_slips.paint_slips(device, plan.slips, title)

        if not self._preview("slips", printer, paint):
            return  # not printed: no PIN stored
        service = self.service
        self.tasks.write(
            lambda: service.store_pin_slips(plan),
            lambda stored: self._slips_printed(plan, stored),
            self._failed,
            kinds=[DataKind.COMPANIES],
        )

    def _slips_printed(self, plan: PinPlan, stored: PinPlan) -> None:
        text = self.tr("Printed {n} PIN slips; their PINs now open the booths.")
        text = text.format(n=len(stored.slips))
        gone = {s.company_id for s in plan.slips} - {s.company_id for s in stored.slips}
        if gone:
            names = "、".join(s.name for s in plan.slips if s.company_id in gone)
            text += " " + self.tr(
                "Throw away the slips of {names}: they got a PIN elsewhere meanwhile."
            ).format(names=names)
        self.status_label.setText(text)
